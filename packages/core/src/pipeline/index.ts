/**
 * The checking pipeline. One check runs these stages in order, each a module with a typed input
 * and output (see docs/architecture.md):
 *
 *   load → mask → language → parse → tag → shared analyses → rules → redact spans → locate →
 *   directives → limits → redact findings → metrics
 *
 * `load` (./load.ts) is the only stage that may be asynchronous (e-mail); the others run in
 * {@link analyse}, a generator that pauses after parsing and after each rule so that an abortable
 * check can give the event loop a turn. An AnalysisCache wraps the parse and rule stages
 * (./cache.ts); everything else runs the same with and without a cache.
 */
import {mergeStage} from './merge.js'
import {nearLimitStage} from './near-limit.js'
import {plainNominalStage} from './plain-nominal.js'
import type {AnalysisCache} from '../analysis-cache.js'
import {findRedactions, redactFindings, type Redaction} from '../redact.js'
import {createLocator} from '../sourcemap.js'
import type {Document} from '../types.js'
import {createAnalyses} from './analyses.js'
import {cachedRuleStage, openCache} from './cache.js'
import {directivesStage} from './directives.js'
import {limitStage} from './limits.js'
import {detectLanguage, withoutOtherLanguage} from './language.js'
import {detectLetter, markLetterParts, withoutQuotedQuestions} from './letter.js'
import {locateStage} from './locate.js'
import {maskStage} from './mask.js'
import {metricsStage} from './metrics.js'
import {parseStage} from './parse.js'
import {ruleStage} from './rules.js'
import {tagStage} from './tag.js'
import type {Analysed, Detected, Runtime} from './types.js'
import type {Finding} from '../finding.js'
import type {Metrics} from '../metrics/index.js'

export {loadStage, loadStageAsync, type LoadStageInput} from './load.js'
export type {ActiveRule, Analysed, Detected, Masked, RuleReport, Runtime} from './types.js'

/** What the stages after loading produce. */
export interface Analysis extends Analysed {
  readonly findings: Finding[]
  readonly metrics: Metrics
  /** Source ranges of personal data (sorted), masked in everything printed from the document. */
  readonly redactions: Redaction[]
}

/** Per-check options of the stages after loading. */
export interface AnalyseOptions {
  /** Force letter rules on or off (overrides config). */
  letter?: boolean
  cache?: AnalysisCache
}

/**
 * Run the stages after loading on a loaded document; pauses after parsing, after tagging and after
 * each rule.
 */
export function* analyse(
  loaded: Document,
  runtime: Runtime,
  options: AnalyseOptions = {},
): Generator<void, Analysis> {
  const masked = maskStage(withoutQuotedQuestions(loaded), runtime.maskFinder)
  const isLetter = detectLetter(masked.document, options.letter, runtime.config)
  const lang = detectLanguage(masked.document, masked.text, runtime.config)
  // Paragraphs in the other language (an English summary in a Dutch letter) are left out.
  const own = withoutOtherLanguage(masked.document, masked.text, lang)
  const detected: Detected = {
    ...masked,
    // A letter's head and signature lines get kinds of their own (before the cache keys units).
    document: isLetter ? markLetterParts(own) : own,
    lang,
    isLetter,
  }
  const cache = options.cache
  const entries = cache ? openCache(cache, runtime, detected) : undefined
  const parsed = parseStage(detected, entries)
  yield
  const analysed: Analysed = {
    ...detected,
    parsed: tagStage(parsed, detected.lang),
    analyses: createAnalyses(detected.lang),
  }
  yield
  const dropped = new Map<string, number>()
  // A sentence just over the length limit counts when it is officialese too (near-limit.ts).
  // In a letter, a verb used as a noun counts when its sentence holds other officialese
  // (plain-nominal.ts).
  const reports = plainNominalStage(
    nearLimitStage(
      cache
        ? yield* cachedRuleStage(analysed, runtime, cache, entries!, dropped)
        : yield* ruleStage(analysed, runtime, dropped),
      runtime,
    ),
    analysed.parsed.sentences,
    runtime,
    isLetter,
  )
  const locator = createLocator(analysed.document)
  // Personal data is found whether or not the persoonsgegevens rule is on, and masked in every
  // finding whichever rule made it (see redact.ts). One finding per problem (merge.ts).
  const redactions = findRedactions(analysed.document, locator, runtime.personalData)
  const findings = limitStage(
    mergeStage(
      directivesStage(
        locateStage(reports, analysed.document, locator, redactions),
        analysed.document,
      ),
    ),
    dropped,
  )
  redactFindings(findings, analysed.document.source, redactions)
  const metrics = metricsStage(analysed, runtime, locator)
  cache?.end()
  return {...analysed, findings, metrics, redactions}
}
