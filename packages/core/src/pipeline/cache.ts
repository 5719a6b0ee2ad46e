import type {Root} from 'nlcst'
import type {AnalysisCache, CachedReport, CachedUnit} from '../analysis-cache.js'
import type {UnitInfo} from '../rule.js'
import {ruleApplies, runRule, type RuleScope} from './rules.js'
import type {Analysed, Detected, RuleReport, Runtime} from './types.js'

/**
 * Start a cached check: one cache entry per unit text (units with the same text share one). The
 * parse stage reuses the sentences kept there, {@link cachedRuleStage} the rules' reports.
 */
export function openCache(
  cache: AnalysisCache,
  runtime: Runtime,
  detected: Detected,
): CachedUnit[] {
  const {document, text, lang, isLetter} = detected
  cache.begin([runtime, lang, isLetter, document.format])
  return document.units.map((unit) =>
    cache.entry(`${lang}\u0001${unit.kind}\u0001${text.slice(unit.start, unit.end)}`),
  )
}

/**
 * The rule stage with an AnalysisCache: unit-scoped rules run only on units whose text is new (the
 * first unit of each text stands for its duplicates) and their reports are kept per unit text,
 * relative to the unit; then every unit reports what its text reported. Document-scoped rules run
 * as without a cache. The findings are the same as those of {@link ruleStage}.
 */
export function* cachedRuleStage(
  analysed: Analysed,
  runtime: Runtime,
  cache: AnalysisCache,
  entries: readonly CachedUnit[],
): Generator<void, RuleReport[]> {
  const units = analysed.parsed.units
  const fresh = freshUnits(units, entries)
  cache.stats = {reused: units.length - fresh.size, analysed: fresh.size}
  const freshList = [...fresh.keys()]
  const freshScope: RuleScope = {
    tree: {type: 'RootNode', children: freshList.map((u) => u.node)} satisfies Root,
    units: freshList,
    sentences: freshList.flatMap((u) => u.sentences),
  }
  const reports: RuleReport[] = []
  const memo = new Map<string, unknown>()
  const freshMemo = new Map<string, unknown>()
  for (const active of runtime.rules) {
    if (!ruleApplies(active.rule, analysed)) continue
    if (active.rule.meta.scope !== 'unit') {
      runRule(active, analysed, analysed.parsed, memo, (descriptor) =>
        reports.push({rule: active.rule, setting: active.setting, descriptor}),
      )
      yield
      continue
    }
    // Keep the reports of the new units, relative to their unit.
    const stored = new Map<UnitInfo, CachedReport[]>(freshList.map((u) => [u, []]))
    if (freshList.length > 0) {
      runRule(active, analysed, freshScope, freshMemo, (descriptor) => {
        const start = descriptor.start ?? descriptor.node?.position?.start.offset
        const end = descriptor.end ?? descriptor.node?.position?.end.offset
        if (start === undefined || end === undefined) {
          throw new Error(`Rule ${active.rule.id} reported without a range`)
        }
        const unit = unitAt(freshList, start)
        if (!unit) return
        const {node: _node, ...rest} = descriptor
        stored.get(unit)!.push({
          descriptor: rest,
          start: start - unit.unit.start,
          end: end - unit.unit.start,
        })
      })
      yield
    }
    for (const [unit, unitReports] of stored)
      fresh.get(unit)!.reports.set(active.rule.id, unitReports)
  }
  for (const entry of fresh.values()) entry.analysed = true
  return [...reports, ...replay(analysed, runtime, entries)]
}

/** Units whose text the unit-scoped rules have not seen, with their cache entries. */
function freshUnits(
  units: readonly UnitInfo[],
  entries: readonly CachedUnit[],
): Map<UnitInfo, CachedUnit> {
  const fresh = new Map<UnitInfo, CachedUnit>()
  const seen = new Set<CachedUnit>()
  units.forEach((info, i) => {
    const entry = entries[i]!
    if (seen.has(entry)) return
    seen.add(entry)
    if (!entry.analysed) fresh.set(info, entry)
  })
  return fresh
}

/** Every unit, new or not, reports what its text reported. */
function replay(
  analysed: Analysed,
  runtime: Runtime,
  entries: readonly CachedUnit[],
): RuleReport[] {
  const reports: RuleReport[] = []
  for (const {rule, setting} of runtime.rules) {
    if (rule.meta.scope !== 'unit' || !ruleApplies(rule, analysed)) continue
    analysed.parsed.units.forEach((info, i) => {
      for (const report of entries[i]!.reports.get(rule.id) ?? []) {
        reports.push({
          rule,
          setting,
          descriptor: {
            ...report.descriptor,
            start: info.unit.start + report.start,
            end: info.unit.start + report.end,
          },
        })
      }
    })
  }
  return reports
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
