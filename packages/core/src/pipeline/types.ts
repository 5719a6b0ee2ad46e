import type {ResolvedConfig, ResolvedRule} from '../config/types.js'
import type {MaskFinder} from '../nlp/masks.js'
import type {Frequency} from '../nlp/frequency.js'
import type {PersonalDataOptions} from '../nlp/personal-data.js'
import type {Parsed} from '../nlp/parse.js'
import type {ReportDescriptor, Rule} from '../rule.js'
import type {Document, Language} from '../types.js'
import type {SharedAnalyses} from './analyses.js'

/**
 * What a checker holds for all its checks: the resolved configuration, the rules that are on
 * (with their settings and the state their `setup` returned) and compiled helpers.
 */
export interface Runtime {
  readonly config: ResolvedConfig
  readonly rules: ReadonlyArray<ActiveRule>
  readonly maskFinder: MaskFinder
  readonly frequency: Frequency
  /** The organisation's own numbers and addresses (persoonsgegevens options, rule on or off). */
  readonly personalData: PersonalDataOptions
}

/** A rule that is on, with its resolved setting and the state its `setup` returned. */
export interface ActiveRule {
  readonly rule: Rule<never>
  readonly setting: ResolvedRule
  readonly state: unknown
}

/** Output of the mask stage: the document with every masked range, and the text to analyse. */
export interface Masked {
  /** The loaded document; its `masked` also holds the placeholders the checker's patterns found. */
  readonly document: Document
  /** The document text with masked ranges replaced (same length): what the parser sees. */
  readonly text: string
}

/** Output of the language stage. */
export interface Detected extends Masked {
  readonly lang: Language
  readonly isLetter: boolean
}

/** Output of the parse and shared-analyses stages: what the rules and the metrics read. */
export interface Analysed extends Detected {
  readonly parsed: Parsed
  readonly analyses: SharedAnalyses
}

/** One report of one rule, offsets in the analysed text (output of the rule stage). */
export interface RuleReport {
  readonly rule: Rule<never>
  readonly setting: ResolvedRule
  readonly descriptor: ReportDescriptor
}
