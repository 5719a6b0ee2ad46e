import {francAll} from 'franc-min'
import type {Config, ResolvedConfig, ResolvedRule} from './config/types.js'
import {resolveConfig} from './config/resolve.js'
import {validateConfig} from './config/validate.js'
import {decodeText, type Encoding} from './decode.js'
import {DuidelijkError, isDuidelijkError} from './errors.js'
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
import {
  defaultOptions,
  type ReportDescriptor,
  type Rule,
  type RuleContext,
  ruleUrl,
  type UnitInfo,
} from './rule.js'
import {builtinRules} from './rules/index.js'
import {createLocator} from './sourcemap.js'
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

/** A ready checker: configuration resolved, rules compiled, word lists loaded. */
export interface Checker {
  readonly config: ResolvedConfig
  /** The rules that are on, with their resolved settings. */
  readonly rules: ReadonlyArray<{rule: Rule<never>; setting: ResolvedRule}>
  check(input: CheckInput): CheckResult
  /**
   * Like `check`, for every format including e-mail (.eml), whose MIME parser is asynchronous.
   * Front ends (CLI, language server) use this one.
   */
  checkAsync(input: CheckInput): Promise<CheckResult>
}

/** Options for createChecker. */
export interface CreateCheckerOptions {
  /** Extra rules (plugins) besides the built-in ones. */
  rules?: ReadonlyArray<Rule<never>>
}

const SEVERITY_RANK: Record<Severity, number> = {info: 0, warning: 1, error: 2}

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
    async checkAsync(input) {
      const format = formatOf(input)
      if (format === 'eml' && !input.document) {
        if (!input.bytes && input.text === undefined)
          throw new DuidelijkError('format', 'geen inhoud opgegeven', input.path)
        const bytes = input.bytes ?? new TextEncoder().encode(input.text)
        if (bytes.length > resolved.maxFileSize)
          readDocument({...input, bytes}, resolved.maxFileSize)
        const document = await loadEml(bytes, input.path)
        return checker.check({...input, document})
      }
      return checker.check(input)
    },
    check(input) {
      const document = input.document ?? readDocument(input, resolved.maxFileSize)
      if (input.template !== undefined) document.meta.template = input.template
      const masked = mergeMasks([...document.masked, ...maskFinder.find(document.text)])
      document.masked = masked
      const analysed = applyMasks(document.text, masked)
      const lang = pickLanguage(document, analysed, resolved)
      const parsed = parseUnits(analysed, document.units, masked, lang)
      const isLetter =
        input.letter ?? (resolved.letter === 'auto' ? looksLikeLetter(document) : resolved.letter)
      const locator = createLocator(document)
      const directives = createDirectiveFilter(document.directives)
      const findings: Finding[] = []
      const memo = new Map<string, unknown>()

      for (const {rule, setting} of active) {
        if (!(rule.meta.languages ?? ['nl']).includes(lang)) continue
        if (rule.meta.letterOnly && !isLetter) continue
        const context: RuleContext<never> = {
          id: rule.id,
          options: setting.options as never,
          document,
          lang,
          isLetter,
          sentences: parsed.sentences,
          units: parsed.units,
          maskedAt: (offset) => masked.find((m) => m.start <= offset && offset < m.end),
          slice: (start, end) => document.text.slice(start, end),
          memo<T>(key: string, compute: () => T): T {
            if (!memo.has(key)) memo.set(key, compute())
            return memo.get(key) as T
          },
          report(descriptor) {
            const finding = toFinding(rule, setting, descriptor, document, locator)
            if (
              !directives.isDisabled(rule.id, finding.range.start.offset, finding.range.start.line)
            ) {
              findings.push(finding)
            }
          },
        }
        rule.check(parsed.tree, context, states.get(rule.id))
      }

      findings.sort(
        (a, b) =>
          a.range.start.offset - b.range.start.offset ||
          a.range.end.offset - b.range.end.offset ||
          (a.ruleId ?? '').localeCompare(b.ruleId ?? ''),
      )
      const passive = memoValue(memo, 'passiveSentences')
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
    },
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
