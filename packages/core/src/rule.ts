import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import type {SharedAnalyses} from './pipeline/analyses.js'
import type {WordTag} from './nlp/tagger/tagger.js'
import type {Document, FixKind, Language, MaskedRange, Severity, Unit} from './types.js'

/** JSON schema (subset) for a rule's options; every property needs a `default`. */
export interface OptionsSchema {
  type: 'object'
  properties: Record<string, {default: unknown; description: string; [key: string]: unknown}>
  additionalProperties?: boolean
}

/** What a rule declares about itself. */
export interface RuleMeta {
  /** One Dutch sentence: what the rule asks of the writer. */
  description: string
  /** Default severity when the preset does not set one. */
  severity: Severity
  /** The strongest fix the rule may offer. The core refuses anything stronger. */
  fixable: FixKind
  /** Dutch messages by id; `{name}` is filled from the report's `data`. */
  messages: Record<string, string>
  /** Options with their defaults. */
  options?: OptionsSchema
  /** Languages the rule runs on (default: Dutch only). */
  languages?: Language[]
  /** Rules that only make sense for whole letters (aanhef, bezwaarclausule, ...). */
  letterOnly?: boolean
  /**
   * `unit`: the findings in a paragraph (unit) depend only on that paragraph's text and kind, so
   * an editor that checks the same document again (with an AnalysisCache) runs the rule only on
   * changed paragraphs. Default `document`: the rule always sees the whole document.
   */
  scope?: 'unit' | 'document'
}

/** A word in a sentence, with its offsets in the analysed text. */
export interface WordInfo {
  node: Word
  /** The word as written (placeholders: the placeholder text). */
  value: string
  /** Lower-cased value. */
  lower: string
  start: number
  end: number
  /** Set when the word is (part of) a placeholder, URL, e-mail address or code. */
  masked: MaskedRange | undefined
  /** Index in the sentence's word list. */
  index: number
  /**
   * Part of speech (UD and Lassy/CGN), features and lemma from the tagger; Dutch text only.
   * `tag.particle` / `tag.verb` link a separable verb and its particle (indexes in `words`).
   * Read-only: words with the same tokens around them share one tag object.
   */
  tag?: Readonly<WordTag> | undefined
}

/** A sentence with its words, as rules usually want to see it. */
export interface SentenceInfo {
  node: Sentence
  /** Text of the sentence in the analysed text (placeholders masked). */
  text: string
  start: number
  end: number
  words: WordInfo[]
  /** The unit (paragraph, heading, list item ...) the sentence belongs to. */
  unit: Unit
  unitIndex: number
  /** Index of the sentence within its unit. */
  indexInUnit: number
}

/** A paragraph-like unit with its sentences. */
export interface UnitInfo {
  unit: Unit
  node: Paragraph
  sentences: SentenceInfo[]
}

/** What a rule reports. Offsets are in the analysed text; the core maps them to the source. */
export interface ReportDescriptor {
  /** Node to report on (its whole extent), or an explicit `start`/`end`. */
  node?: {position?: {start: {offset?: number}; end: {offset?: number}}}
  start?: number
  end?: number
  messageId: string
  data?: Record<string, string | number>
  /** The matched text (defaults to the text of the range). */
  actual?: string
  /** Replacement texts for the range, best first. */
  expected?: string[]
  /** Replacements computed only when a front end asks for them (they are slow). */
  lazyExpected?: () => string[]
  /** Defaults to the rule's `meta.fixable` when `expected` is given. */
  fix?: 'safe' | 'suggestion'
  /** For graded rules: the severity of this finding (the configured severity is then a maximum). */
  severity?: Severity
  /** Extra explanation, shown in hovers and reports. */
  note?: string
  /** The range holds personal data: front ends must not print the source text under it. */
  sensitive?: boolean
}

/** Per-check context handed to a rule. */
export interface RuleContext<Options> {
  readonly id: string
  readonly options: Options
  readonly document: Document
  readonly lang: Language
  /** Whether the document looks like a letter or e-mail (or config says so). */
  readonly isLetter: boolean
  readonly sentences: readonly SentenceInfo[]
  readonly units: readonly UnitInfo[]
  /**
   * Every sentence of the document, also when a unit-scoped rule runs on some units only (an
   * AnalysisCache): for document facts its findings depend on, declared with `unitFacts`.
   */
  readonly documentSentences: readonly SentenceInfo[]
  /** Analyses shared by all rules and the metrics (passives, clauses), computed once per check. */
  readonly analyses: SharedAnalyses
  /** The masked range covering this text offset, if any. */
  maskedAt(offset: number): MaskedRange | undefined
  /** Text of the analysed document between two offsets. */
  slice(start: number, end: number): string
  /**
   * Per-check memo for a rule's own intermediate results (shared analyses are in `analyses`).
   * The key should name the result.
   */
  memo<T>(key: string, compute: () => T): T
  report(descriptor: ReportDescriptor): void
}

/** Resources loaded once per checker (word lists, spelling). */
export interface RuleEnvironment {
  /** Words the organisation accepts (spelling) from config and words files. */
  readonly words: readonly string[]
}

/** A rule: id, metadata and a check over the nlcst tree. */
export interface Rule<Options = Record<string, unknown>> {
  id: string
  meta: RuleMeta
  /**
   * Once per checker: prepare state from options (compile word lists, tries). The returned value
   * is handed to `check` as `state`.
   */
  setup?: (options: Options, env: RuleEnvironment) => unknown
  /**
   * Asynchronous loading shared by all checkers of the process (e.g. the hunspell WebAssembly
   * module). `createChecker` awaits it before `setup`; it must cache its result.
   */
  prepare?: () => Promise<void>
  check(tree: Root, ctx: RuleContext<Options>, state: unknown): void
  /**
   * For a unit-scoped rule whose findings in a unit also depend on facts about the rest of the
   * document (how often a name occurs in it): those facts for one unit, as a string. A cache
   * (AnalysisCache) reuses the rule's findings in a unit only when the unit's text and these
   * facts are what they were. Must give the same string for units with the same text in one
   * document. The rule itself reads such facts from `ctx.documentSentences`.
   */
  unitFacts?: (unit: UnitInfo, context: UnitFactsContext) => string
}

/** What `unitFacts` may read: the whole document, and a memo for this check. */
export interface UnitFactsContext {
  /** Every sentence of the document. */
  readonly sentences: readonly SentenceInfo[]
  /** Per-check memo shared by all `unitFacts` calls (e.g. counts over the document). */
  readonly memo: Map<string, unknown>
}

/** Declare a rule; checks the metadata is complete. */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(rule.id)) {
    throw new Error(`Rule id must be kebab-case: ${rule.id}`)
  }
  if (!rule.meta.description || Object.keys(rule.meta.messages).length === 0) {
    throw new Error(`Rule ${rule.id} needs a description and at least one message`)
  }
  return rule
}

/** Default options of a rule, from its schema. */
export function defaultOptions(meta: RuleMeta): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [key, prop] of Object.entries(meta.options?.properties ?? {})) {
    result[key] = structuredClone(prop.default)
  }
  return result
}

/** Base URL of the rule documentation. */
export const DOCS_BASE = 'https://github.com/duidelijk/duidelijk/blob/main/docs/rules/'

/** URL of a rule's doc page. */
export function ruleUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`
}
