import {existsSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import ignore from 'ignore'
import {parse as parseJsonc, printParseErrorCode, type ParseError} from 'jsonc-parser'
import {parseDocument} from 'yaml'
import {DuidelijkError, isDuidelijkError} from '../errors.js'
import {MAX_LIST_BYTES, readSmallFile} from './small-file.js'
import type {Rule} from '../rule.js'
import {builtinRules} from '../rules/index.js'
import {resolveConfig} from '../config/resolve.js'
import {loadTermFiles} from './term-files.js'
import type {Config, ResolvedConfig, RuleSetting} from '../config/types.js'
import {validateConfig} from '../config/validate.js'

/** Config file names, in order of preference within one folder. */
export const CONFIG_FILES = [
  '.duidelijk.json',
  '.duidelijk.jsonc',
  '.duidelijk.yaml',
  '.duidelijk.yml',
]
/** The organisation's word list next to a config file. */
export const WORDS_FILE = '.duidelijk-woorden.txt'

/** jsonc-parser's error codes in Dutch. */
const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'onverwacht teken',
  InvalidNumberFormat: 'ongeldig getal',
  PropertyNameExpected: 'sleutel tussen aanhalingstekens verwacht',
  ValueExpected: 'waarde verwacht',
  ColonExpected: 'dubbele punt (:) verwacht',
  CommaExpected: 'komma verwacht',
  CloseBraceExpected: 'sluitaccolade (}) verwacht',
  CloseBracketExpected: 'sluithaak (]) verwacht',
  EndOfFileExpected: 'einde van het bestand verwacht',
  InvalidCommentToken: 'ongeldige opmerking',
  UnexpectedEndOfComment: 'opmerking niet afgesloten (*/ ontbreekt)',
  UnexpectedEndOfString: 'tekst niet afgesloten (" ontbreekt)',
  UnexpectedEndOfNumber: 'getal niet afgemaakt',
  InvalidUnicode: 'ongeldige unicode-code',
  InvalidEscapeCharacter: 'ongeldig escapeteken na \\',
  InvalidCharacter: 'ongeldig teken in tekst',
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `${line}:${column}`
}

/** Largest config file read (a config is a few KB; /dev/zero or a log file named by mistake is not). */
const MAX_CONFIG_BYTES = 1024 * 1024
/** Read and validate one config file (JSONC or YAML). Errors name the file, line and column. */
export function loadConfigFile(
  path: string,
  rules: ReadonlyArray<Rule<never>> = builtinRules,
): Config {
  const text = readSmallFile(path, MAX_CONFIG_BYTES, 'het configuratiebestand')
  let data: unknown
  if (/\.ya?ml$/i.test(path)) {
    const document = parseDocument(text, {prettyErrors: true})
    const [first] = document.errors
    if (first) {
      const at = first.linePos?.[0]
      throw new DuidelijkError(
        'config',
        `ongeldige YAML${at ? ` op ${at.line}:${at.col}` : ''}: ${first.message.split('\n')[0]}`,
        path,
      )
    }
    try {
      // yaml refuses more than 100 alias expansions (a "billion laughs" file would fill memory).
      data = document.toJS({maxAliasCount: 100}) ?? {}
    } catch (error) {
      throw new DuidelijkError(
        'config',
        /alias/i.test((error as Error).message)
          ? 'ongeldige YAML: te veel verwijzingen naar ankers (*naam); zo’n bestand kan het geheugen vullen en wordt niet gelezen. Schrijf de instellingen uit zonder ankers.'
          : `ongeldige YAML: ${(error as Error).message}`,
        path,
      )
    }
  } else {
    const errors: ParseError[] = []
    // Notepad saves with a BOM; an empty file means "no settings".
    const json = text.replace(/^\uFEFF/, '')
    data = json.trim() === '' ? {} : (parseJsonc(json, errors, {allowTrailingComma: true}) ?? {})
    const [first] = errors
    if (first) {
      const code = printParseErrorCode(first.error)
      throw new DuidelijkError(
        'config',
        `ongeldige JSON op ${lineColumn(json, first.offset)}: ${JSON_ERRORS[code] ?? code}`,
        path,
      )
    }
  }
  return validateConfig(data, path, rules)
}

/** The nearest config file in a folder, or undefined. */
function configIn(folder: string): string | undefined {
  for (const name of CONFIG_FILES) {
    const candidate = join(folder, name)
    if (existsSync(candidate)) return candidate
  }
  return undefined
}

/** Find the config file that applies to a folder: nearest wins. */
export function findConfigFile(startDir: string): string | undefined {
  let folder = resolve(startDir)
  for (;;) {
    const found = configIn(folder)
    if (found) return found
    const parent = dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}

function readWords(folder: string): string[] {
  const file = join(folder, WORDS_FILE)
  if (!existsSync(file)) return []
  return readWordsFile(file)
}

/** The words of a words file: one per line, `#` starts a comment, blank lines skipped. */
export function readWordsFile(file: string): string[] {
  return readSmallFile(file, MAX_LIST_BYTES, 'de woordenlijst')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => {
      const hash = line.indexOf('#')
      return (hash === -1 ? line : line.slice(0, hash)).trim()
    })
    .filter(Boolean)
}

type Override = NonNullable<Config['overrides']>[number]

/** Marks the config chain of a parent folder in `extends`; no real path starts with NUL. */
const PARENT_CHAIN = '\0folder:'

/** A loaded config chain for one folder, before per-file overrides. */
interface FolderConfig {
  /** The merged settings; file references in `extends` are absolute. */
  config: Config
  /** The nearest config file. */
  path: string | undefined
  files: string[]
  /** Overrides of every file in the chain, each with the folder its globs are relative to. */
  overrides: Array<{base: string; override: Override}>
}

/** Options for config discovery. */
export interface ConfigLoaderOptions {
  /** Use this file instead of searching (`--config`). */
  configPath?: string
  /** Extra settings on top of the files (CLI flags such as `--preset`). */
  overrides?: Config
  rules?: ReadonlyArray<Rule<never>>
}

/**
 * Finds, loads and merges configuration per checked file. Config files, the files they extend and
 * the resolved result are cached per folder, so a batch of hundreds of files reads each file once;
 * call `clear()` when a config file changes (the language server does on file events).
 */
export class ConfigLoader {
  private readonly folders = new Map<string, FolderConfig>()
  private readonly extended = new Map<string, Config>()
  private readonly chains = new Map<string, FolderConfig>()
  private readonly resolved = new Map<string, {config: ResolvedConfig; files: string[]}>()
  private readonly rules: ReadonlyArray<Rule<never>>

  constructor(private readonly options: ConfigLoaderOptions = {}) {
    this.rules = options.rules ?? builtinRules
  }

  /** Forget everything read so far. */
  clear(): void {
    this.folders.clear()
    this.extended.clear()
    this.chains.clear()
    this.resolved.clear()
  }

  /** Resolved config for a file, with `overrides` for its path applied. */
  configFor(filePath: string): {config: ResolvedConfig; files: string[]} {
    const absolute = resolve(filePath)
    const folder = dirname(absolute)
    const base = this.options.configPath ? this.explicit() : this.forFolder(folder)
    const matching: number[] = []
    base.overrides.forEach(({base: from, override}, index) => {
      const rel = relative(from, absolute).split(sep).join('/')
      if (rel && !rel.startsWith('..') && !isAbsolute(rel) && matcher(override.files).ignores(rel))
        matching.push(index)
    })
    const key = `${base.path ?? folder}|${matching.join(',')}`
    const cached = this.resolved.get(key)
    if (cached) return cached
    const applicable: Config[] = [base.config]
    for (const index of matching) {
      const {files: _files, ...rest} = base.overrides[index]!.override
      applicable.push(rest)
    }
    if (this.options.overrides) applicable.push(this.options.overrides)
    const merged = applicable.reduce<Config>((acc, next) => merge(acc, next), {})
    const loadFile = (reference: string, from: string | undefined) => {
      const chain = this.chains.get(reference)
      if (chain) return {config: chain.config, path: chain.path!}
      const path = isAbsolute(reference)
        ? reference
        : resolve(from ? dirname(from) : folder, reference)
      let config = this.extended.get(path)
      if (!config) {
        try {
          config = absolutePaths(loadConfigFile(path, this.rules), path)
        } catch (error) {
          // Name the config whose "extends" points here, not only the file that was refused.
          if (!from || !isDuidelijkError(error)) throw error
          throw new DuidelijkError('config', `"extends" → ${error.message}`, from)
        }
        this.extended.set(path, config)
      }
      return {config, path}
    }
    // Without a config file, resolveConfig applies the default preset itself.
    const config = loadTermFiles(
      resolveConfig(merged, {...(base.path ? {path: base.path} : {}), loadFile}),
      base.path,
      folder,
    )
    const result = {config, files: base.files}
    this.resolved.set(key, result)
    return result
  }

  private explicit(): FolderConfig {
    const path = resolve(this.options.configPath!)
    const cached = this.folders.get(`explicit:${path}`)
    if (cached) return cached
    // A folder, device or pipe is refused with its own message by readSmallFile.
    if (!existsSync(path)) {
      throw new DuidelijkError('config', 'configuratiebestand niet gevonden', path)
    }
    const own = this.readOwn(path)
    const result = {...own, config: withDefaultPreset(own.config)}
    this.folders.set(`explicit:${path}`, result)
    return result
  }

  /** One config file with its words file, extends made absolute and overrides set apart. */
  private readOwn(path: string): FolderConfig {
    const {overrides = [], ...config} = absolutePaths(loadConfigFile(path, this.rules), path)
    const words = readWords(dirname(path))
    return {
      config: words.length ? {...config, words: [...(config.words ?? []), ...words]} : config,
      path,
      files: [path],
      overrides: overrides.map((override) => ({base: dirname(path), override})),
    }
  }

  private forFolder(folder: string): FolderConfig {
    const cached = this.folders.get(folder)
    if (cached) return cached
    const ownPath = configIn(folder)
    const parent = dirname(folder)
    let result: FolderConfig
    if (ownPath) {
      const own = this.readOwn(ownPath)
      const above = own.config.root || parent === folder ? undefined : this.forFolder(parent)
      if (!above?.path) {
        result = {...own, config: withDefaultPreset(own.config)}
      } else {
        // The nearer file wins: the chain above (its presets and keys) comes first, as the first
        // entry of this file's extends, so this file's presets and keys are applied after it.
        const reference = `${PARENT_CHAIN}${above.path}`
        this.chains.set(reference, above)
        const ownExtends = own.config.extends === undefined ? [] : [own.config.extends].flat()
        result = {
          config: {...own.config, extends: [reference, ...ownExtends]},
          path: ownPath,
          files: [...above.files, ownPath],
          overrides: [...above.overrides, ...own.overrides],
        }
      }
    } else {
      result =
        parent === folder
          ? {config: {}, path: undefined, files: [], overrides: []}
          : this.forFolder(parent)
    }
    this.folders.set(folder, result)
    return result
  }
}

const matchers = new Map<string, ReturnType<typeof ignore>>()

function matcher(globs: string[]): ReturnType<typeof ignore> {
  const key = globs.join('\n')
  let found = matchers.get(key)
  if (!found) {
    found = ignore().add(globs)
    matchers.set(key, found)
  }
  return found
}

/** Rule options that name a file, relative to the config file that sets them. */
const PATH_OPTIONS = ['extraTermsFile']

/**
 * File references (`extends`, and rule options such as `extraTermsFile`) are relative to the file
 * that names them; once configs of several folders are merged that file is no longer known, so
 * they are made absolute when read.
 */
function absolutePaths(config: Config, path: string): Config {
  const folder = dirname(path)
  const absolute = (reference: string) =>
    reference.startsWith('duidelijk:') || isAbsolute(reference)
      ? reference
      : resolve(folder, reference)
  const withRules = <T extends Pick<Config, 'rules'>>(part: T): T =>
    part.rules ? {...part, rules: absoluteRuleOptions(part.rules, folder)} : part
  const result = {...withRules(config)}
  if (config.extends !== undefined) {
    result.extends = Array.isArray(config.extends)
      ? config.extends.map(absolute)
      : absolute(config.extends)
  }
  if (config.overrides) result.overrides = config.overrides.map(withRules)
  return result
}

function absoluteRuleOptions(
  rules: Record<string, RuleSetting>,
  folder: string,
): Record<string, RuleSetting> {
  const fix = (options: Record<string, unknown>) => {
    let result = options
    for (const key of PATH_OPTIONS) {
      const value = options[key]
      if (typeof value === 'string' && value !== '' && !isAbsolute(value))
        result = {...result, [key]: resolve(folder, value)}
    }
    return result
  }
  const out: Record<string, RuleSetting> = {}
  for (const [id, setting] of Object.entries(rules)) {
    if (Array.isArray(setting) && setting.length === 2) out[id] = [setting[0], fix(setting[1])]
    else if (typeof setting === 'object' && !Array.isArray(setting) && setting.options)
      out[id] = {...setting, options: fix(setting.options)}
    else out[id] = setting
  }
  return out
}

/** A config file that extends nothing still builds on the default preset. */
function withDefaultPreset(config: Config): Config {
  return config.extends === undefined ? {...config, extends: 'duidelijk:aanbevolen'} : config
}

/** Merge two user configs: `next` wins; lists add up; rules merge per id. */
function merge(base: Config, next: Config): Config {
  const extendsList = [base.extends, next.extends]
    .flat()
    .filter((e): e is string => typeof e === 'string')
  const result: Config = {...base, ...next}
  if (extendsList.length) result.extends = [...new Set(extendsList)]
  result.rules = {...base.rules, ...next.rules}
  for (const key of ['words', 'ignorePatterns', 'templates'] as const) {
    const list = [...(base[key] ?? []), ...(next[key] ?? [])]
    if (list.length) result[key] = list
  }
  return result
}

/** Convenience: the resolved config for one file (no cache between calls). */
export function loadConfigFor(
  filePath: string,
  options: ConfigLoaderOptions = {},
): {config: ResolvedConfig; files: string[]} {
  return new ConfigLoader(options).configFor(filePath)
}
