import type {Root} from 'nlcst'
import type {ReportDescriptor, Rule, RuleContext, SentenceInfo, UnitInfo} from '../rule.js'
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
    analyses: analysed.analyses,
    maskedAt: (offset) => masked.find((m) => m.start <= offset && offset < m.end),
    slice: (start, end) => document.text.slice(start, end),
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute())
      return memo.get(key) as T
    },
    report,
  }
  rule.check(scope.tree, context, active.state)
}

/**
 * Rule stage: every rule that applies, in order, over the whole document. A generator that
 * pauses after each rule, so an abortable check can give the event loop a turn.
 */
export function* ruleStage(analysed: Analysed, runtime: Runtime): Generator<void, RuleReport[]> {
  const reports: RuleReport[] = []
  const memo = new Map<string, unknown>()
  const scope: RuleScope = analysed.parsed
  for (const active of runtime.rules) {
    if (!ruleApplies(active.rule, analysed)) continue
    runRule(active, analysed, scope, memo, (descriptor) =>
      reports.push({rule: active.rule, setting: active.setting, descriptor}),
    )
    yield
  }
  return reports
}
