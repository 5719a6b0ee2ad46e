import {DuidelijkError} from '../errors.js'
import {normalizeSeverity} from '../severity.js'
import type {SeverityOrOff} from '../types.js'
import {presets} from './presets/index.js'
import {currentRuleId, renamedRuleWarning} from './renamed.js'
import type {Config, ResolvedConfig, RuleSetting} from './types.js'

/** Default preset applied when a config extends nothing. */
export const DEFAULT_PRESET = 'duidelijk:aanbevolen'

/** Largest file analysed unless configured otherwise. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024

/** Loads a config file named in `extends`; supplied by the edges (CLI, language server). */
export type ConfigFileLoader = (
  reference: string,
  from: string | undefined,
) => {config: Config; path: string}

/** Read a rule setting into severity + options. */
export function readRuleSetting(
  id: string,
  setting: RuleSetting,
  where: string,
): {severity: SeverityOrOff | undefined; options: Record<string, unknown> | undefined} {
  if (typeof setting === 'string' || typeof setting === 'number')
    return {severity: checkSeverity(setting), options: undefined}
  if (Array.isArray(setting)) {
    return {severity: checkSeverity(setting[0]), options: setting[1]}
  }
  if (setting && typeof setting === 'object') {
    return {
      severity: setting.severity === undefined ? undefined : checkSeverity(setting.severity),
      options: setting.options,
    }
  }
  throw new DuidelijkError(
    'config',
    `regel "${id}": onbekende instelling; gebruik "error", "warning", "info" of "off"`,
    where,
  )

  function checkSeverity(value: unknown): SeverityOrOff {
    const severity = normalizeSeverity(value)
    if (severity) return severity
    throw new DuidelijkError(
      'config',
      `regel "${id}": ernst ${JSON.stringify(value)} bestaat niet; kies uit "error", "warning", "info" of "off"`,
      where,
    )
  }
}

/** An empty resolved config (everything at its default). */
export function emptyResolvedConfig(): ResolvedConfig {
  return {
    lang: 'auto',
    targetLevel: 'B1',
    letter: 'auto',
    rules: {},
    placeholders: {patterns: [], defaults: true},
    words: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    ignorePatterns: [],
    templates: [],
    formats: {},
    groups: {},
    sources: [],
    warnings: [],
  }
}

/**
 * Merge a config with everything it extends (presets by name, files through `loadFile`).
 * Later entries win; rule options merge key by key; word lists and patterns add up.
 */
export function resolveConfig(
  config: Config = {},
  options: {path?: string; loadFile?: ConfigFileLoader} = {},
): ResolvedConfig {
  const result = emptyResolvedConfig()
  // The chain of presets and files being applied, to detect extends cycles.
  const seen: string[] = options.path ? [options.path] : []
  apply(config, options.path, true)
  return result

  /** The current id of a rule id from config; an old id gets a warning. */
  function renamed(id: string, where: string): string {
    const current = currentRuleId(id)
    if (current !== id) {
      const warning = renamedRuleWarning(id, where)
      if (!result.warnings.includes(warning)) result.warnings.push(warning)
    }
    return current
  }

  function enter(reference: string, where: string | undefined): void {
    if (seen.includes(reference)) {
      const chain = [...seen.slice(seen.indexOf(reference)), reference]
      throw new DuidelijkError(
        'config',
        `"extends" verwijst in een kring naar ${reference} (${chain.join(' → ')})`,
        where,
      )
    }
    seen.push(reference)
  }

  function apply(current: Config, where: string | undefined, top: boolean): void {
    const parents =
      current.extends === undefined
        ? top && where === undefined
          ? [DEFAULT_PRESET]
          : []
        : Array.isArray(current.extends)
          ? current.extends
          : [current.extends]
    for (const reference of parents) {
      const preset = presets[reference]
      if (preset) {
        enter(reference, where)
        apply(preset, reference, false)
        result.sources.push(reference)
        seen.pop()
      } else if (reference.startsWith('duidelijk:')) {
        throw new DuidelijkError(
          'config',
          `onbekende preset "${reference}"; kies uit ${Object.keys(presets).join(', ')}`,
          where,
        )
      } else {
        if (!options.loadFile) {
          throw new DuidelijkError('config', `kan "${reference}" uit "extends" niet laden`, where)
        }
        const loaded = options.loadFile(reference, where)
        // Files are compared by resolved path: "./basis.yaml" in two folders are two files.
        enter(loaded.path, where)
        apply(loaded.config, loaded.path, false)
        result.sources.push(loaded.path)
        seen.pop()
      }
    }
    const label = where ?? 'config'
    if (current.lang !== undefined) result.lang = current.lang
    if (current.targetLevel !== undefined) result.targetLevel = current.targetLevel
    if (current.letter !== undefined) result.letter = current.letter
    if (current.maxFileSize !== undefined) result.maxFileSize = current.maxFileSize
    if (current.words) result.words.push(...current.words)
    if (current.ignorePatterns) result.ignorePatterns.push(...current.ignorePatterns)
    if (current.templates) result.templates.push(...current.templates)
    if (current.groups) {
      for (const [name, group] of Object.entries(current.groups)) {
        result.groups[name] = {...group, rules: group.rules.map((id) => renamed(id, label))}
      }
    }
    if (current.formats) Object.assign(result.formats, current.formats)
    if (current.placeholders?.patterns)
      result.placeholders.patterns.push(...current.placeholders.patterns)
    if (current.placeholders?.defaults !== undefined)
      result.placeholders.defaults = current.placeholders.defaults
    for (const [written, setting] of Object.entries(current.rules ?? {})) {
      const id = renamed(written, label)
      const read = readRuleSetting(id, setting, label)
      const previous = result.rules[id]
      result.rules[id] = {
        severity: read.severity ?? previous?.severity ?? 'warning',
        explicit: read.severity !== undefined || (previous?.explicit ?? false),
        options: {...previous?.options, ...read.options},
      }
      if (read.severity === undefined && !previous) result.rules[id]!.explicit = false
    }
  }
}
