import type {Config, ResolvedConfig, ResolvedRule} from './config/types.js'
import {resolveConfig} from './config/resolve.js'
import {validateConfig} from './config/validate.js'
import type {Encoding} from './decode.js'
import {provideData, type DataSource} from './data.js'
import {DuidelijkError} from './errors.js'
import type {AnalysisCache} from './analysis-cache.js'
import type {Finding} from './finding.js'
import type {Metrics} from './metrics/index.js'
import {loadFrequency} from './nlp/frequency.js'
import {createMaskFinder, DEFAULT_PLACEHOLDER_PATTERNS} from './nlp/masks.js'
import {defaultOptions, type Rule} from './rule.js'
import {builtinRules} from './rules/index.js'
import {ruleSettings} from './rule-metadata.js'
import type {Redaction} from './redact.js'
import {provideSpelling, type SpellingSource} from './spelling/hunspell.js'
import {analyse, loadStage, loadStageAsync, type Analysis, type Runtime} from './pipeline/index.js'
import type {Document, Format, Language} from './types.js'

export {looksLikeLetter} from './pipeline/letter.js'

/** What to check: a path (for format detection and messages) and the text or the bytes. */
export interface CheckInput {
  path?: string
  text?: string
  bytes?: Uint8Array
  format?: Format
  /** Text encoding of `bytes` when it is not UTF-8. */
  encoding?: Encoding
  /** Force letter rules on or off for this input (overrides config). */
  letter?: boolean
  /** The file is a template (front ends set this from the `templates` config globs). */
  template?: boolean
  /** An already loaded document (checkAsync loads e-mails this way). */
  document?: Document
}

/** The outcome of checking one document. */
export interface CheckResult {
  path: string | undefined
  format: Format
  lang: Language
  isLetter: boolean
  /** Findings sorted by position. */
  findings: Finding[]
  metrics: Metrics
  /** The analysed document (text, source map, units). */
  document: Document
  /**
   * Where the document's source holds personal data (sorted source ranges), whether or not the
   * persoonsgegevens rule is on. Front ends mask these in everything they print from the source:
   * `redact(result, text, sourceOffset)`. Messages, `actual` and excerpts are masked already.
   */
  redactions: Redaction[]
}

/** Options for one check. */
export interface CheckOptions {
  /**
   * Reuse the analysis of unchanged paragraphs from earlier checks of the same document (editors).
   * The findings are the same as without a cache.
   */
  cache?: AnalysisCache
  /**
   * `checkAsync` only: abort the check (it then rejects with the signal's reason). The check
   * gives the event loop a turn after parsing and after each rule, so an abort takes effect soon.
   */
  signal?: AbortSignal
}

/** A ready checker: configuration resolved, rules compiled, word lists loaded. */
export interface Checker {
  readonly config: ResolvedConfig
  /** The rules that are on, with their resolved settings. */
  readonly rules: ReadonlyArray<{rule: Rule<never>; setting: ResolvedRule}>
  check(input: CheckInput, options?: CheckOptions): CheckResult
  /**
   * Like `check`, for every format including e-mail (.eml), whose MIME parser is asynchronous.
   * Front ends (CLI, language server) use this one.
   */
  checkAsync(input: CheckInput, options?: CheckOptions): Promise<CheckResult>
}

/** Options for createChecker. */
export interface CreateCheckerOptions {
  /** Extra rules (plugins) besides the built-in ones. */
  rules?: ReadonlyArray<Rule<never>>
  /**
   * Where the package's data files (word lists) come from. `@duidelijk/core/node` provides them
   * from disk; a browser build passes its own. Process-wide: see `provideData`.
   */
  data?: DataSource
  /** Where the spelling rule's dictionary comes from (as `data`; see `provideSpelling`). */
  spelling?: SpellingSource
}

/** With a signal, `checkAsync` lets the event loop run after this much work (ms). */
const YIELD_AFTER_MS = 8
/** One turn of the event loop: setImmediate in Node, a zero timeout in a browser. */
const nextTurn: (callback: () => void) => void =
  typeof globalThis.setImmediate === 'function'
    ? (callback) => globalThis.setImmediate(callback)
    : (callback) => setTimeout(callback, 0)

/**
 * Create a checker. Loads what the active rules need once (word lists, the hunspell WebAssembly
 * module and dictionary for spelling) and compiles the rules; `check` is then cheap, synchronous
 * and reentrant. Accepts a user config (presets are merged) or an already resolved config.
 */
export async function createChecker(
  config: Config | ResolvedConfig = {},
  options: CreateCheckerOptions = {},
): Promise<Checker> {
  provideSources(options)
  const rules = [...builtinRules, ...(options.rules ?? [])]
  const resolved = isResolved(config)
    ? config
    : resolveConfig(validateConfig(config, 'configuratie', rules))
  await Promise.all(
    rules
      .filter((rule) => rule.prepare && resolved.rules[rule.id]?.severity !== 'off')
      .map((rule) => rule.prepare!()),
  )
  return createCheckerSync(resolved, options)
}

/**
 * Create a checker synchronously. Rules that need asynchronous loading (spelling) must have been
 * prepared before (see `createChecker`), otherwise they throw when set up.
 */
export function createCheckerSync(
  config: Config | ResolvedConfig = {},
  options: CreateCheckerOptions = {},
): Checker {
  provideSources(options)
  const runtime = createRuntime(config, options)
  const checker: Checker = {
    config: runtime.config,
    rules: runtime.rules,
    async checkAsync(input, options = {}) {
      const document = await loadStageAsync(input, runtime.config.maxFileSize)
      const steps = analyse(document, runtime, {letter: input.letter, cache: options.cache})
      return toResult(input, await stepThrough(steps, options.signal))
    },
    check(input, options = {}) {
      const document = loadStage(input, runtime.config.maxFileSize)
      const steps = analyse(document, runtime, {letter: input.letter, cache: options.cache})
      for (;;) {
        const step = steps.next()
        if (step.done) return toResult(input, step.value)
      }
    },
  }
  return checker
}

/** Resolve the configuration, set up the rules that are on and compile the mask patterns. */
function createRuntime(config: Config | ResolvedConfig, options: CreateCheckerOptions): Runtime {
  const allRules = [...builtinRules, ...(options.rules ?? [])]
  const resolved = isResolved(config)
    ? config
    : resolveConfig(validateConfig(config, 'configuratie', allRules))
  const known = new Set(allRules.map((rule) => rule.id))
  for (const id of Object.keys(resolved.rules)) {
    if (!known.has(id)) {
      throw new DuidelijkError(
        'config',
        `onbekende regel "${id}" in "rules"`,
        resolved.sources.at(-1),
      )
    }
  }
  const env = {words: resolved.words}
  const personalRule = allRules.find((rule) => rule.id === 'persoonsgegevens')
  const rules = ruleSettings(resolved, allRules)
    .filter(({setting}) => setting.severity !== 'off')
    .map(({rule, setting}) => ({
      rule,
      setting,
      state: rule.setup ? rule.setup(setting.options as never, env) : undefined,
    }))
  return {
    config: resolved,
    rules,
    maskFinder: createMaskFinder([
      ...(resolved.placeholders.defaults ? DEFAULT_PLACEHOLDER_PATTERNS : []),
      ...resolved.placeholders.patterns,
    ]),
    frequency: loadFrequency(),
    // Personal data is masked in all output even when the rule that reports it is off; the
    // organisation's own numbers and addresses come from that rule's options.
    personalData: {
      ...(personalRule ? defaultOptions(personalRule.meta) : {}),
      ...resolved.rules['persoonsgegevens']?.options,
    },
  }
}

/**
 * Run the analysis to its end. With a signal, let the event loop run between steps (after a slice
 * of work): a newer edit in an editor can then abort a long check of an older version.
 */
async function stepThrough(
  steps: Generator<void, Analysis>,
  signal: AbortSignal | undefined,
): Promise<Analysis> {
  let slice = performance.now()
  for (;;) {
    signal?.throwIfAborted()
    const step = steps.next()
    if (step.done) return step.value
    // A turn of the event loop costs time: take one only after a slice of work.
    if (signal && performance.now() - slice > YIELD_AFTER_MS) {
      await new Promise<void>((resolve) => nextTurn(resolve))
      slice = performance.now()
    }
  }
}

function toResult(input: CheckInput, analysis: Analysis): CheckResult {
  return {
    path: input.path,
    format: analysis.document.format,
    lang: analysis.lang,
    isLetter: analysis.isLetter,
    findings: analysis.findings,
    metrics: analysis.metrics,
    document: analysis.document,
    redactions: analysis.redactions,
  }
}

function provideSources(options: CreateCheckerOptions): void {
  if (options.data) provideData(options.data)
  if (options.spelling) provideSpelling(options.spelling)
}

function isResolved(config: Config | ResolvedConfig): config is ResolvedConfig {
  return Array.isArray((config as ResolvedConfig).sources)
}
