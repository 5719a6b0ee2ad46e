import type {Root} from 'nlcst'
import type {ReportDescriptor, Rule, RuleContext, SentenceInfo, UnitInfo} from '../rule.js'
import type {Document, MaskedRange} from '../types.js'
import {MAX_REPORTS_PER_RULE} from './limits.js'
import {replacementProblem} from '../nlp/retag.js'
import type {ActiveRule, Analysed, RuleReport, Runtime} from './types.js'

/** The part of the document a rule run sees. */
export interface RuleScope {
  readonly tree: Root
  readonly units: readonly UnitInfo[]
  readonly sentences: readonly SentenceInfo[]
}

/** Whether a rule runs on this document: its language, and letter rules only on letters. */
export function ruleApplies(rule: Rule<never>, analysed: Analysed): boolean {
  return (
    (rule.meta.languages ?? ['nl']).includes(analysed.lang) &&
    !(rule.meta.letterOnly && !analysed.isLetter)
  )
}

/** Run one rule over a scope; its reports go to `report`. */
export function runRule(
  active: ActiveRule,
  analysed: Analysed,
  scope: RuleScope,
  memo: Map<string, unknown>,
  report: (descriptor: ReportDescriptor) => void,
): void {
  const {rule, setting} = active
  const {document} = analysed
  const masked = document.masked
  const context: RuleContext<never> = {
    id: rule.id,
    options: setting.options as never,
    document,
    lang: analysed.lang,
    isLetter: analysed.isLetter,
    sentences: scope.sentences,
    units: scope.units,
    documentSentences: analysed.parsed.sentences,
    analyses: analysed.analyses,
    maskedAt: (offset) => maskAt(masked, offset),
    slice: (start, end) => document.text.slice(start, end),
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute())
      return memo.get(key) as T
    },
    report: analysed.lang === 'nl' ? (d) => report(retagged(rule.id, d, scope.sentences)) : report,
  }
  rule.check(scope.tree, context, active.state)
}

/** Rules whose edits change a word's form on purpose (spelling, notation, capitals). */
const NOT_REWORDING = new Set(['spelling', 'datum-en-bedrag', 'aanspreekvorm', 'tekenset'])

/**
 * The re-tag test for every rule's replacements (nlp/retag.ts): a replacement that changes the
 * shape of its sentence is left out; a report left without replacements explains instead.
 */
function retagged(
  ruleId: string,
  descriptor: ReportDescriptor,
  sentences: readonly SentenceInfo[],
): ReportDescriptor {
  const {expected, start, end} = descriptor
  if (!expected?.length || start === undefined || end === undefined) return descriptor
  if (NOT_REWORDING.has(ruleId)) return descriptor
  const sentence = sentenceAround(sentences, start, end)
  if (!sentence) return descriptor
  const kept = expected.filter((value) => !replacementProblem(sentence, start, end, value))
  if (kept.length === expected.length) return descriptor
  if (kept.length > 0) return {...descriptor, expected: kept}
  // No edit, but a message that names the replacement still says what to write.
  const {expected: _dropped, fix: _fix, ...rest} = descriptor
  return {...rest, data: {expected: expected[0]!, ...descriptor.data}}
}

/** Whether a scope's sentences are in text order without overlap, worked out once per scope. */
const inOrder = new WeakMap<readonly SentenceInfo[], boolean>()

/**
 * The first sentence that holds [start, end): a binary search when the sentences are in text
 * order without overlap (always, for parsed documents), so a report costs O(log n) and not a scan
 * of the whole document; otherwise the scan.
 */
export function sentenceAround(
  sentences: readonly SentenceInfo[],
  start: number,
  end: number,
): SentenceInfo | undefined {
  let ordered = inOrder.get(sentences)
  if (ordered === undefined) {
    ordered = sentences.every(
      (s, i) => s.start <= s.end && (i === 0 || sentences[i - 1]!.end <= s.start),
    )
    inOrder.set(sentences, ordered)
  }
  if (!ordered) return sentences.find((s) => s.start <= start && end <= s.end)
  // The first sentence that ends at or after `end`: ends only grow, so no earlier one holds the
  // range, and starts only grow, so no later one does when this one starts after `start`.
  let low = 0
  let high = sentences.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sentences[middle]!.end < end) low = middle + 1
    else high = middle
  }
  const sentence = sentences[low]
  return sentence && sentence.start <= start ? sentence : undefined
}

/** The mask covering an offset: a binary search, as the masks are sorted and do not overlap. */
function maskAt(masked: Document['masked'], offset: number): MaskedRange | undefined {
  let low = 0
  let high = masked.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const mask = masked[middle]!
    if (mask.end <= offset) low = middle + 1
    else if (mask.start > offset) high = middle - 1
    else return mask
  }
  return undefined
}

/**
 * Rule stage: every rule that applies, in order, over the whole document. A generator that
 * pauses after each rule, so an abortable check can give the event loop a turn.
 */
export function* ruleStage(
  analysed: Analysed,
  runtime: Runtime,
  /** Per rule, how many reports were left out over MAX_REPORTS_PER_RULE (see the limit stage). */
  dropped?: Map<string, number>,
): Generator<void, RuleReport[]> {
  const reports: RuleReport[] = []
  const memo = new Map<string, unknown>()
  const scope: RuleScope = analysed.parsed
  for (const active of runtime.rules) {
    if (!ruleApplies(active.rule, analysed)) continue
    let count = 0
    runRule(active, analysed, scope, memo, (descriptor) => {
      if (dropped && ++count > MAX_REPORTS_PER_RULE) {
        dropped.set(active.rule.id, (dropped.get(active.rule.id) ?? 0) + 1)
        return
      }
      reports.push({rule: active.rule, setting: active.setting, descriptor})
    })
    yield
  }
  return reports
}
