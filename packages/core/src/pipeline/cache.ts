import type {Root} from 'nlcst'
import type {AnalysisCache, CachedReport, CachedUnit} from '../analysis-cache.js'
import type {UnitFactsContext, UnitInfo} from '../rule.js'
import {MAX_REPORTS_PER_RULE} from './limits.js'
import {ruleApplies, ruleStage, runRule, type RuleScope} from './rules.js'
import type {Analysed, Detected, RuleReport, Runtime} from './types.js'

/**
 * Start a cached check: one cache entry per unit (units with the same key share one). The key is
 * everything a unit-scoped rule may read besides document facts it declares (`unitFacts`): the
 * language, the unit's kind, its text with the character before and after it (unless space),
 * and the masked ranges in it (placeholders are read as written, not as the masked text). The
 * parse stage reuses the sentences kept there; {@link cachedRuleStage} reuses the rules' reports.
 */
export function openCache(
  cache: AnalysisCache,
  runtime: Runtime,
  detected: Detected,
): CachedUnit[] {
  const {document, lang, isLetter} = detected
  cache.begin([runtime, lang, isLetter, document.format])
  const {text, masked} = document
  let m = 0
  return document.units.map((unit) => {
    // A rule may look one character beyond its unit (a quotation mark before a word); space,
    // a line break and the start or end of the text read the same there.
    const before = text.slice(Math.max(0, unit.start - 1), unit.start).replace(/\s/, '')
    const after = text.slice(unit.end, unit.end + 1).replace(/\s/, '')
    let key = `${lang}\u0001${unit.kind}\u0001${before}\u0001${text.slice(unit.start, unit.end)}\u0001${after}`
    while (m < masked.length && masked[m]!.end <= unit.start - 1) m++
    for (let i = m; i < masked.length && masked[i]!.start <= unit.end; i++) {
      const mask = masked[i]!
      key += `\u0001${mask.start - unit.start}:${mask.end - unit.start}:${mask.kind}`
    }
    return cache.entry(key)
  })
}

/** Thrown inside the cached rule stage when a rule reports more than a check keeps. */
class TooManyReports extends Error {}

/**
 * The rule stage with an AnalysisCache: a unit-scoped rule runs only on units whose text it has
 * not seen, or saw under other document facts (`unitFacts`); the first unit of each text stands
 * for its duplicates. Its reports are kept per unit text, relative to the unit; then every unit
 * reports what its text reported. Document-scoped rules run as without a cache. The findings
 * are the same as those of {@link ruleStage}, the cap of MAX_REPORTS_PER_RULE reports per rule
 * included: a rule that reports more than that in the units it runs on ends the cached stage,
 * and the check runs the plain rule stage instead (a cache never holds more than a check keeps).
 */
export function* cachedRuleStage(
  analysed: Analysed,
  runtime: Runtime,
  cache: AnalysisCache,
  entries: readonly CachedUnit[],
  /** Per rule, how many reports were left out over MAX_REPORTS_PER_RULE (see the limit stage). */
  dropped: Map<string, number> = new Map(),
): Generator<void, RuleReport[]> {
  const units = analysed.parsed.units
  const facts: UnitFactsContext = {sentences: analysed.parsed.sentences, memo: new Map()}
  const reports: RuleReport[] = []
  const memo = new Map<string, unknown>()
  // The units each rule runs on; rules that run on the same units share a scope and its memo.
  const scopes = new Map<string, {scope: RuleScope; memo: Map<string, unknown>}>()
  const analysedUnits = new Set<UnitInfo>()
  for (const active of runtime.rules) {
    const {rule} = active
    if (!ruleApplies(rule, analysed)) continue
    if (rule.meta.scope !== 'unit') {
      let count = 0
      runRule(active, analysed, analysed.parsed, memo, (descriptor) => {
        if (++count > MAX_REPORTS_PER_RULE) dropped.set(rule.id, (dropped.get(rule.id) ?? 0) + 1)
        else reports.push({rule, setting: active.setting, descriptor})
      })
      yield
      continue
    }
    const fresh = freshUnits(units, entries, rule.id, (info) => rule.unitFacts?.(info, facts) ?? '')
    if (fresh.size === 0) continue
    for (const info of fresh.keys()) analysedUnits.add(info)
    const freshList = [...fresh.keys()]
    const scopeKey = [...fresh.values()].map((f) => f.index).join(',')
    let run = scopes.get(scopeKey)
    if (!run) {
      run = {
        scope: {
          tree: {type: 'RootNode', children: freshList.map((u) => u.node)} satisfies Root,
          units: freshList,
          sentences: freshList.flatMap((u) => u.sentences),
        },
        memo: new Map(),
      }
      scopes.set(scopeKey, run)
    }
    // Keep the reports of the new units, relative to their unit.
    const stored = new Map<UnitInfo, CachedReport[]>(freshList.map((u) => [u, []]))
    let count = 0
    try {
      runRule(active, analysed, run.scope, run.memo, (descriptor) => {
        if (++count > MAX_REPORTS_PER_RULE) throw new TooManyReports()
        const start = descriptor.start ?? descriptor.node?.position?.start.offset
        const end = descriptor.end ?? descriptor.node?.position?.end.offset
        if (start === undefined || end === undefined) {
          throw new Error(`Rule ${rule.id} reported without a range`)
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
    } catch (error) {
      if (!(error instanceof TooManyReports)) throw error
      dropped.clear()
      cache.stats = {reused: 0, analysed: units.length}
      return yield* ruleStage(analysed, runtime, dropped)
    }
    yield
    for (const [unit, unitReports] of stored) {
      const {entry, facts: unitFacts} = fresh.get(unit)!
      entry.reports.set(rule.id, {facts: unitFacts, reports: unitReports})
    }
  }
  cache.stats = {reused: units.length - analysedUnits.size, analysed: analysedUnits.size}
  return [...reports, ...replay(analysed, runtime, entries, dropped)]
}

/**
 * The units a unit-scoped rule has to run on: the first unit of each entry whose reports for the
 * rule are missing or were made under other document facts, with its entry and current facts.
 */
function freshUnits(
  units: readonly UnitInfo[],
  entries: readonly CachedUnit[],
  ruleId: string,
  factsOf: (info: UnitInfo) => string,
): Map<UnitInfo, {entry: CachedUnit; facts: string; index: number}> {
  const fresh = new Map<UnitInfo, {entry: CachedUnit; facts: string; index: number}>()
  const seen = new Set<CachedUnit>()
  units.forEach((info, i) => {
    const entry = entries[i]!
    if (seen.has(entry)) return
    seen.add(entry)
    const facts = factsOf(info)
    if (entry.reports.get(ruleId)?.facts !== facts) fresh.set(info, {entry, facts, index: i})
  })
  return fresh
}

/**
 * Every unit reports what its text reported, at most MAX_REPORTS_PER_RULE per rule in text order
 * (as the plain rule stage keeps them); the rest are counted in `dropped`.
 */
function replay(
  analysed: Analysed,
  runtime: Runtime,
  entries: readonly CachedUnit[],
  dropped: Map<string, number>,
): RuleReport[] {
  const reports: RuleReport[] = []
  for (const {rule, setting} of runtime.rules) {
    if (rule.meta.scope !== 'unit' || !ruleApplies(rule, analysed)) continue
    let count = 0
    analysed.parsed.units.forEach((info, i) => {
      for (const report of entries[i]!.reports.get(rule.id)?.reports ?? []) {
        if (++count > MAX_REPORTS_PER_RULE) {
          dropped.set(rule.id, (dropped.get(rule.id) ?? 0) + 1)
          continue
        }
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

/** The last unit that starts at or before an offset (units are in document order): a binary search. */
function unitAt(units: readonly UnitInfo[], offset: number): UnitInfo | undefined {
  let low = 0
  let high = units.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (units[middle]!.unit.start <= offset) low = middle + 1
    else high = middle
  }
  return units[low - 1]
}
