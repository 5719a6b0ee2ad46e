import {existsSync, readFileSync, statSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import ignore from 'ignore'
import {parse as parseJsonc, printParseErrorCode, type ParseError} from 'jsonc-parser'
import {parseDocument} from 'yaml'
import {DuidelijkError} from '../errors.js'
import type {Rule} from '../rule.js'
import {builtinRules} from '../rules/index.js'
import {resolveConfig} from './resolve.js'
import type {Config, ResolvedConfig} from './types.js'
import {validateConfig} from './validate.js'

/** Config file names, in order of preference within one folder. */
export const CONFIG_FILES = [
  '.duidelijk.json',
  '.duidelijk.jsonc',
  '.duidelijk.yaml',
  '.duidelijk.yml',
]
/** The organisation's word list next to a config file. */
export const WORDS_FILE = '.duidelijk-woorden.txt'

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `${line}:${column}`
}

/** Read and validate one config file (JSONC or YAML). Errors name the file, line and column. */
export function loadConfigFile(
  path: string,
  rules: ReadonlyArray<Rule<never>> = builtinRules,
): Config {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new DuidelijkError(
      'config',
      `kan het configuratiebestand niet lezen (${(error as NodeJS.ErrnoException).code ?? 'fout'})`,
      path,
    )
  }
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
    data = document.toJS() ?? {}
  } else {
    const errors: ParseError[] = []
    data = parseJsonc(text, errors, {allowTrailingComma: true}) ?? {}
    const [first] = errors
    if (first) {
      throw new DuidelijkError(
        'config',
        `ongeldige JSON op ${lineColumn(text, first.offset)}: ${printParseErrorCode(first.error)}`,
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
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
}

/** A loaded config chain for one folder, before per-file overrides. */
interface FolderConfig {
  config: Config
  path: string | undefined
  files: string[]
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
 * Finds, loads and merges configuration per checked file, with a cache per folder so a batch of
 * hundreds of files reads each config once.
 */
export class ConfigLoader {
  private readonly folders = new Map<string, FolderConfig>()
  private readonly rules: ReadonlyArray<Rule<never>>

  constructor(private readonly options: ConfigLoaderOptions = {}) {
    this.rules = options.rules ?? builtinRules
  }

  /** Resolved config for a file, with `overrides` for its path applied. */
  configFor(filePath: string): {config: ResolvedConfig; files: string[]} {
    const folder = dirname(resolve(filePath))
    const base = this.options.configPath ? this.explicit() : this.forFolder(folder)
    const applicable: Config[] = [base.config]
    const root = base.path ? dirname(base.path) : folder
    for (const override of base.config.overrides ?? []) {
      const rel = relative(root, resolve(filePath)).split(sep).join('/')
      if (!rel.startsWith('..') && ignore().add(override.files).ignores(rel)) {
        const {files: _files, ...rest} = override
        applicable.push(rest)
      }
    }
    if (this.options.overrides) applicable.push(this.options.overrides)
    const merged = applicable.reduce<Config>((acc, next) => merge(acc, next), {})
    const loadFile = (reference: string, from: string | undefined) => {
      const path = isAbsolute(reference)
        ? reference
        : resolve(from ? dirname(from) : folder, reference)
      return {config: loadConfigFile(path, this.rules), path}
    }
    // Without a config file, resolveConfig applies the default preset itself.
    const config = resolveConfig(merged, {...(base.path ? {path: base.path} : {}), loadFile})
    return {config, files: base.files}
  }

  private explicit(): FolderConfig {
    const path = resolve(this.options.configPath!)
    const cached = this.folders.get(`explicit:${path}`)
    if (cached) return cached
    if (!existsSync(path) || !statSync(path).isFile()) {
      throw new DuidelijkError('config', 'configuratiebestand niet gevonden', path)
    }
    const config = withDefaultPreset(loadConfigFile(path, this.rules))
    const words = readWords(dirname(path))
    const result = {
      config: words.length ? {...config, words: [...(config.words ?? []), ...words]} : config,
      path,
      files: [path],
    }
    this.folders.set(`explicit:${path}`, result)
    return result
  }

  private forFolder(folder: string): FolderConfig {
    const cached = this.folders.get(folder)
    if (cached) return cached
    const own = configIn(folder)
    let result: FolderConfig
    if (own) {
      const config = loadConfigFile(own, this.rules)
      const words = readWords(folder)
      const withWords = words.length
        ? {...config, words: [...(config.words ?? []), ...words]}
        : config
      const parent = dirname(folder)
      if (config.root || parent === folder) {
        result = {config: withDefaultPreset(withWords), path: own, files: [own]}
      } else {
        const above = this.forFolder(parent)
        // The nearer file wins: it is applied after everything above it.
        result = {config: merge(above.config, withWords), path: own, files: [...above.files, own]}
      }
    } else {
      const parent = dirname(folder)
      result = parent === folder ? {config: {}, path: undefined, files: []} : this.forFolder(parent)
    }
    this.folders.set(folder, result)
    return result
  }
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
