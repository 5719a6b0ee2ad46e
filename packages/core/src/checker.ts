import {francAll} from 'franc-min'
import type {Config, ResolvedConfig, ResolvedRule} from './config/types.js'
import {resolveConfig} from './config/resolve.js'
import {validateConfig} from './config/validate.js'
import {decodeText, type Encoding} from './decode.js'
import {DuidelijkError, isDuidelijkError} from './errors.js'
import {AnalysisCache, type CachedReport} from './analysis-cache.js'
import {Finding} from './finding.js'
import {formatOf, loadDocument} from './formats/index.js'
import {loadEml} from './formats/eml.js'
import {computeMetrics, type Metrics} from './metrics/index.js'
import {createDirectiveFilter} from './nlp/directives.js'
import {loadFrequency} from './nlp/frequency.js'
import {
  applyMasks,
  createMaskFinder,
  DEFAULT_PLACEHOLDER_PATTERNS,
  mergeMasks,
} from './nlp/masks.js'
import {parseUnits} from './nlp/parse.js'
import {passiveSentences} from './nlp/passive.js'
import {
  defaultOptions,
  type ReportDescriptor,
  type Rule,
  type RuleContext,
  ruleUrl,
  type SentenceInfo,
  type UnitInfo,
} from './rule.js'
import {builtinRules} from './rules/index.js'
import {createLocator} from './sourcemap.js'
import type {Root} from 'nlcst'
import type {Document, Format, Language, Severity} from './types.js'

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
}

const SEVERITY_RANK: Record<Severity, number> = {info: 0, warning: 1, error: 2}
/** With a signal, `checkAsync` lets the event loop run after this much work (ms). */
const YIELD_AFTER_MS = 8

/**
 * Create a checker. Loads what the active rules need once (word lists, the hunspell WebAssembly
 * module and dictionary for spelling) and compiles the rules; `check` is then cheap, synchronous
 * and reentrant. Accepts a user config (presets are merged) or an already resolved config.
 */
export async function createChecker(
  config: Config | ResolvedConfig = {},
  options: CreateCheckerOptions = {},
): Promise<Checker> {
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
  const active = allRules
    .map((rule) => {
      const set = resolved.rules[rule.id]
      const setting: ResolvedRule = {
        severity: set?.explicit ? set.severity : rule.meta.severity,
        explicit: set?.explicit ?? false,
        options: {...defaultOptions(rule.meta), ...set?.options},
      }
      return {rule, setting}
    })
    .filter(({setting}) => setting.severity !== 'off')
  const states = new Map<string, unknown>()
  for (const {rule, setting} of active) {
    if (rule.setup) states.set(rule.id, rule.setup(setting.options as never, env))
  }
  const maskFinder = createMaskFinder([
    ...(resolved.placeholders.defaults ? DEFAULT_PLACEHOLDER_PATTERNS : []),
    ...resolved.placeholders.patterns,
  ])
  const frequency = loadFrequency()

  const checker: Checker = {
    config: resolved,
    rules: active,
    async checkAsync(input, options) {
      const format = formatOf(input)
      if (format === 'eml' && !input.document) {
        if (!input.bytes && input.text === undefined)
          throw new DuidelijkError('format', 'geen inhoud opgegeven', input.path)
        const bytes = input.bytes ?? new TextEncoder().encode(input.text)
        if (bytes.length > resolved.maxFileSize)
          readDocument({...input, bytes}, resolved.maxFileSize)
        const document = await loadEml(bytes, input.path)
        input = {...input, document}
      }
      const signal = options?.signal
      if (!signal) return checker.check(input, options)
      // Step through the analysis, letting the event loop run between steps: a newer edit in an
      // editor can then abort a long check of an older version.
      const steps = analyse(input, options)
      let slice = performance.now()
      for (;;) {
        signal.throwIfAborted()
        const step = steps.next()
        if (step.done) return step.value
        // A turn of the event loop costs time: take one only after a slice of work.
        if (performance.now() - slice > YIELD_AFTER_MS) {
          await new Promise((resolve) => setImmediate(resolve))
          slice = performance.now()
        }
      }
    },
    check(input, options = {}) {
      const steps = analyse(input, options)
      for (;;) {
        const step = steps.next()
        if (step.done) return step.value
      }
    },
  }

  /** One check, as a generator that pauses after parsing and after each rule. */
  function* analyse(input: CheckInput, options: CheckOptions = {}): Generator<void, CheckResult> {
    {
      const document = input.document ?? readDocument(input, resolved.maxFileSize)
      if (input.template !== undefined) document.meta.template = input.template
      const masked = mergeMasks([...document.masked, ...maskFinder.find(document.text)])
      document.masked = masked
      const analysed = applyMasks(document.text, masked)
      const lang = pickLanguage(document, analysed, resolved)
      const isLetter =
        input.letter ?? (resolved.letter === 'auto' ? looksLikeLetter(document) : resolved.letter)
      const cache = options.cache
      cache?.begin([checker, lang, isLetter, document.format])
      const entries = cache
        ? document.units.map((unit) =>
            cache.entry(`${lang}\u0001${unit.kind}\u0001${analysed.slice(unit.start, unit.end)}`),
          )
        : undefined
      const parsed = parseUnits(analysed, document.units, masked, lang, entries)
      yield
      const locator = createLocator(document)
      const directives = createDirectiveFilter(document.directives)
      const findings: Finding[] = []
      const memo = new Map<string, unknown>()
      const applies = (rule: Rule<never>) =>
        (rule.meta.languages ?? ['nl']).includes(lang) && !(rule.meta.letterOnly && !isLetter)

      const contextFor = (
        rule: Rule<never>,
        setting: ResolvedRule,
        scope: {units: UnitInfo[]; sentences: SentenceInfo[]},
        ruleMemo: Map<string, unknown>,
        report: (descriptor: ReportDescriptor) => void,
      ): RuleContext<never> => ({
        id: rule.id,
        options: setting.options as never,
        document,
        lang,
        isLetter,
        sentences: scope.sentences,
        units: scope.units,
        maskedAt: (offset) => masked.find((m) => m.start <= offset && offset < m.end),
        slice: (start, end) => document.text.slice(start, end),
        memo<T>(key: string, compute: () => T): T {
          if (!ruleMemo.has(key)) ruleMemo.set(key, compute())
          return ruleMemo.get(key) as T
        },
        report,
      })
      const emit = (rule: Rule<never>, setting: ResolvedRule, descriptor: ReportDescriptor) => {
        const finding = toFinding(rule, setting, descriptor, document, locator)
        if (!directives.isDisabled(rule.id, finding.range.start.offset, finding.range.start.line)) {
          findings.push(finding)
        }
      }

      // With a cache, unit-scoped rules run only on units whose text is new; the first unit of
      // each text stands for its duplicates.
      let fresh: UnitInfo[] = []
      const entryOf = new Map<UnitInfo, NonNullable<typeof entries>[number]>()
      if (entries) {
        const seen = new Set<object>()
        parsed.units.forEach((info, i) => {
          const entry = entries[i]!
          if (seen.has(entry)) return
          seen.add(entry)
          if (!entry.analysed) {
            fresh.push(info)
            entryOf.set(info, entry)
          }
        })
        cache!.stats = {reused: parsed.units.length - fresh.length, analysed: fresh.length}
      } else fresh = parsed.units
      const freshScope = entries
        ? {units: fresh, sentences: fresh.flatMap((u) => u.sentences)}
        : undefined
      const freshTree: Root | undefined = entries
        ? {type: 'RootNode', children: fresh.map((u) => u.node)}
        : undefined
      const freshMemo = new Map<string, unknown>()

      for (const {rule, setting} of active) {
        if (!applies(rule)) continue
        if (entries && rule.meta.scope === 'unit') {
          // Keep the reports of the new units, relative to their unit.
          const stored = new Map<UnitInfo, CachedReport[]>(fresh.map((u) => [u, []]))
          const context = contextFor(rule, setting, freshScope!, freshMemo, (descriptor) => {
            const start = descriptor.start ?? descriptor.node?.position?.start.offset
            const end = descriptor.end ?? descriptor.node?.position?.end.offset
            if (start === undefined || end === undefined) {
              throw new Error(`Rule ${rule.id} reported without a range`)
            }
            const unit = unitAt(fresh, start)
            if (!unit) return
            const {node: _node, ...rest} = descriptor
            stored.get(unit)!.push({
              descriptor: rest,
              start: start - unit.unit.start,
              end: end - unit.unit.start,
            })
          })
          if (fresh.length > 0) {
            rule.check(freshTree!, context, states.get(rule.id))
            yield
          }
          for (const [unit, reports] of stored) entryOf.get(unit)!.reports.set(rule.id, reports)
          continue
        }
        const context = contextFor(rule, setting, parsed, memo, (descriptor) =>
          emit(rule, setting, descriptor),
        )
        rule.check(parsed.tree, context, states.get(rule.id))
        yield
      }
      if (entries) {
        for (const info of fresh) entryOf.get(info)!.analysed = true
        // Every unit, new or not, reports what its text reported.
        for (const {rule, setting} of active) {
          if (rule.meta.scope !== 'unit' || !applies(rule)) continue
          parsed.units.forEach((info, i) => {
            for (const report of entries[i]!.reports.get(rule.id) ?? []) {
              emit(rule, setting, {
                ...report.descriptor,
                start: info.unit.start + report.start,
                end: info.unit.start + report.end,
              })
            }
          })
        }
      }

      findings.sort(
        (a, b) =>
          a.range.start.offset - b.range.start.offset ||
          a.range.end.offset - b.range.end.offset ||
          (a.ruleId ?? '').localeCompare(b.ruleId ?? ''),
      )
      const passive = entries
        ? cachedPassives(parsed.units, entries, lang, active)
        : memoValue(memo, 'passiveSentences')
      cache?.end()
      const metrics = computeMetrics(runningText(parsed.units), {
        frequency,
        passiveSentences: passive as never,
        toRange: (start, end) => locator.range(start, end),
        targetLevel: resolved.targetLevel,
      })
      return {
        path: input.path,
        format: document.format,
        lang,
        isLetter,
        findings,
        metrics,
        document,
      }
    }
  }
  return checker
}

/** Unit kinds that are running text; headings, salutation, closing and alt text are not. */
const RUNNING_TEXT = new Set(['paragraph', 'listItem', 'quote', 'tableCell'])

/**
 * The units readability is measured on: running text before the closing line. Short lines such as
 * "Geachte heer Bakker," or "Team Vergunningen" would otherwise count as sentences and make every
 * letter look easier than it is.
 */
function runningText(units: readonly UnitInfo[]): UnitInfo[] {
  const closing = units.findIndex((u) => u.unit.kind === 'closing')
  return (closing === -1 ? units : units.slice(0, closing)).filter((u) =>
    RUNNING_TEXT.has(u.unit.kind),
  )
}

/** The unit whose text contains an offset (units are in document order). */
function unitAt(units: readonly UnitInfo[], offset: number): UnitInfo | undefined {
  let found: UnitInfo | undefined
  for (const info of units) {
    if (info.unit.start > offset) break
    found = info
  }
  return found
}

/**
 * The passive sentences for the metrics, from per-unit flags kept in the cache (computed when the
 * lijdende-vorm rule is on, as without a cache).
 */
function cachedPassives(
  units: readonly UnitInfo[],
  entries: ReadonlyArray<{passive: boolean[] | undefined}>,
  lang: Language,
  active: Checker['rules'],
): Set<SentenceInfo> | undefined {
  if (lang !== 'nl' || !active.some(({rule}) => rule.id === 'lijdende-vorm')) return undefined
  const result = new Set<SentenceInfo>()
  units.forEach((info, i) => {
    const entry = entries[i]!
    if (!entry.passive || entry.passive.length !== info.sentences.length) {
      const passive = passiveSentences(info.sentences)
      entry.passive = info.sentences.map((s) => passive.has(s))
    }
    info.sentences.forEach((s, j) => {
      if (entry.passive![j]) result.add(s)
    })
  })
  return result
}

function memoValue(memo: Map<string, unknown>, key: string): unknown {
  return memo.has(key) ? memo.get(key) : undefined
}

function isResolved(config: Config | ResolvedConfig): config is ResolvedConfig {
  return Array.isArray((config as ResolvedConfig).sources)
}

function readDocument(input: CheckInput, maxFileSize: number): Document {
  const size = input.bytes?.length ?? (input.text === undefined ? 0 : input.text.length)
  if (size > maxFileSize) {
    throw new DuidelijkError(
      'too-large',
      `het bestand is ${(size / 1024 / 1024).toFixed(1)} MB; duidelijk controleert bestanden tot ${(maxFileSize / 1024 / 1024).toFixed(1)} MB (instelling maxFileSize). Splits de tekst op of verhoog de grens.`,
      input.path,
    )
  }
  let detected: Encoding | undefined
  const document = loadDocument(input, (bytes) => {
    if (input.encoding !== undefined) return decodeText(bytes, input.encoding, input.path)
    try {
      return decodeText(bytes, undefined, input.path)
    } catch (error) {
      // Not valid UTF-8: old Windows exports are Windows-1252. Decode so, and say so (rule tekenset).
      if (!isDuidelijkError(error) || error.code !== 'encoding') throw error
      detected = 'windows-1252'
      return decodeText(bytes, 'windows-1252', input.path)
    }
  })
  if (detected) document.meta.detectedEncoding = detected
  return document
}

function pickLanguage(document: Document, analysed: string, config: ResolvedConfig): Language {
  if (config.lang !== 'auto') return config.lang
  if (document.lang) return document.lang
  const sample = document.units
    .map((unit) => analysed.slice(unit.start, unit.end))
    .join(' ')
    .replace(/x{3,}/g, ' ')
    .slice(0, 1500)
  if (sample.length < 60) return 'nl'
  const quick = quickLanguage(sample)
  if (quick) return quick
  const [best] = francAll(sample, {only: ['nld', 'eng']})
  return best && best[0] === 'eng' && best[1] >= 0.99 ? 'en' : 'nl'
}

const DUTCH_WORDS = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'u',
  'uw',
  'wij',
  'we',
  'is',
  'dat',
  'niet',
  'op',
  'voor',
  'met',
  'zijn',
  'te',
  'wordt',
  'ook',
  'bij',
])
const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'you',
  'your',
  'we',
  'is',
  'that',
  'not',
  'on',
  'for',
  'with',
  'are',
  'be',
  'will',
  'this',
  'our',
  'at',
  'by',
])

/**
 * Most letters are plainly Dutch or English: counting function words decides those without the
 * trigram model (franc is the slowest step of a check otherwise).
 */
function quickLanguage(sample: string): Language | undefined {
  let dutch = 0
  let english = 0
  for (const word of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    if (DUTCH_WORDS.has(word)) dutch++
    if (ENGLISH_WORDS.has(word)) english++
  }
  if (dutch >= 5 && dutch >= english * 4) return 'nl'
  if (english >= 5 && english >= dutch * 4) return 'en'
  return undefined
}

const SALUTATION = /^(?:geachte|beste|hallo|dag|lieve|hoi)\b/i

/** A document is a letter when it has a salutation or a subject line, or is an e-mail. */
export function looksLikeLetter(document: Document): boolean {
  if (document.format === 'eml') return true
  return document.units.some(
    (unit) =>
      unit.kind === 'salutation' ||
      unit.kind === 'subject' ||
      (unit.kind === 'paragraph' &&
        SALUTATION.test(document.text.slice(unit.start, unit.end)) &&
        unit.end - unit.start < 80),
  )
}

function format(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    data && key in data ? String(data[key]) : whole,
  )
}

function toFinding(
  rule: Rule<never>,
  setting: ResolvedRule,
  descriptor: ReportDescriptor,
  document: Document,
  locator: ReturnType<typeof createLocator>,
): Finding {
  const template = rule.meta.messages[descriptor.messageId]
  if (template === undefined) {
    throw new Error(`Rule ${rule.id} reported unknown messageId "${descriptor.messageId}"`)
  }
  const offersReplacement = Boolean(descriptor.expected?.length || descriptor.lazyExpected)
  if (rule.meta.fixable === 'none' && (offersReplacement || descriptor.fix)) {
    throw new Error(`Rule ${rule.id} offered a replacement but declares fixable: none`)
  }
  const fix = descriptor.fix ?? (offersReplacement ? rule.meta.fixable : undefined)
  if (fix !== undefined && fix !== 'none') {
    const allowed = rule.meta.fixable
    if (allowed === 'none' || (fix === 'safe' && allowed !== 'safe')) {
      throw new Error(`Rule ${rule.id} offered a ${fix} fix but declares fixable: ${allowed}`)
    }
    if (!descriptor.expected?.length && !descriptor.lazyExpected) {
      throw new Error(`Rule ${rule.id} offered a fix without replacement text`)
    }
  }
  const start = descriptor.start ?? descriptor.node?.position?.start.offset
  const end = descriptor.end ?? descriptor.node?.position?.end.offset
  if (start === undefined || end === undefined) {
    throw new Error(`Rule ${rule.id} reported without a range`)
  }
  const configured = setting.severity === 'off' ? 'info' : setting.severity
  let severity: Severity = descriptor.severity ?? configured
  if (
    descriptor.severity &&
    setting.explicit &&
    SEVERITY_RANK[descriptor.severity] > SEVERITY_RANK[configured]
  ) {
    severity = configured
  }
  const range = locator.range(start, end)
  const located = document.locate?.(range.start.offset)
  const part =
    document.partOf?.(range.start.offset) ??
    (typeof document.meta.part === 'string' ? document.meta.part : undefined)
  const actual = descriptor.actual ?? document.source.slice(range.start.offset, range.end.offset)
  // A Finding is an Error (VFileMessage): capturing a stack trace for every finding is the most
  // expensive part of a check, and nobody reads those traces.
  const messageTemplate: string = template
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return createFinding()
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }

  function createFinding(): Finding {
    return new Finding({
      reason: format(messageTemplate, {
        actual,
        ...(descriptor.expected?.[0] === undefined ? {} : {expected: descriptor.expected[0]}),
        ...descriptor.data,
      }),
      ruleId: rule.id,
      messageId: descriptor.messageId,
      severity,
      range,
      url: ruleUrl(rule.id),
      actual,
      ...(descriptor.expected
        ? {expected: descriptor.expected}
        : descriptor.lazyExpected
          ? {expected: descriptor.lazyExpected}
          : {}),
      ...(fix && fix !== 'none' ? {fix} : {}),
      ...(descriptor.note ? {note: descriptor.note} : {}),
      ...(located ? {location: located} : {}),
      ...(descriptor.sensitive ? {sensitive: true} : {}),
      ...(part === undefined ? {} : {part}),
    })
  }
}
