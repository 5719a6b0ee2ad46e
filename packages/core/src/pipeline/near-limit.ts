import type {Options as SentenceLengthOptions} from '../rules/lange-zin.js'
import type {RuleReport, Runtime} from './types.js'

/**
 * A sentence just over lange-zin's limit (at most `marge` words over `info`, 21 or 22 words by
 * default) is reported only when ambtelijke-taal reports something inside it too. Editors who
 * judged new letters blind found such sentences hard when they were written in officialese ("Voor
 * nadere inlichtingen kunt u zich wenden tot …", "Indien u dat wenst, …") and clear when they were
 * in plain words ("De grijze container wordt voortaan eens in de vier weken geleegd in plaats van
 * eens in de twee weken."): of the 21- and 22-word sentences in sets a to j, 40 of 40 with
 * officialese were right or partly right, 26 of 37 without were wrong. A sentence one word over
 * needs two stiff words (see below). Longer sentences are always reported. When ambtelijke-taal
 * is off there is nothing to judge by, and every sentence over `info` is reported as before.
 */
export function nearLimitStage(reports: RuleReport[], runtime: Runtime): RuleReport[] {
  if (!runtime.rules.some((active) => active.rule.id === 'ambtelijke-taal')) return reports
  const near = new Set(reports.filter(isNearLimit))
  if (near.size === 0) return reports
  // Where ambtelijke-taal reported, by start offset, to find the ones inside a sentence quickly.
  const jargon = reports
    .filter((report) => report.rule.id === 'ambtelijke-taal')
    .map(({descriptor}) => ({start: descriptor.start ?? -1, end: descriptor.end ?? -1}))
    .filter(({start}) => start >= 0)
    .sort((a, b) => a.start - b.start)
  return reports.filter((report) => {
    if (!near.has(report)) return true
    const start = report.descriptor.start!
    const end = report.descriptor.end!
    // One word over the limit takes two: a 21-word sentence with one stiff word was mostly fine
    // to editors (sets a-qq: 10 goed, 1 deels, 26 fout), with two or more mostly not (28 goed, 16
    // fout); the stiff word is reported on its own anyway.
    const over = Number(report.descriptor.data?.count) - optionsOf(report).info
    const needed = over === 1 ? 2 : 1
    let inside = 0
    // From the first jargon report that starts at or after the sentence's start.
    for (let i = firstAtOrAfter(jargon, start); i < jargon.length && jargon[i]!.start < end; i++)
      if (jargon[i]!.end <= end && ++inside >= needed) return true
    return false
  })
}

const optionsOf = (report: RuleReport) => report.setting.options as unknown as SentenceLengthOptions

function isNearLimit(report: RuleReport): boolean {
  const {rule, descriptor} = report
  if (rule.id !== 'lange-zin' || descriptor.start === undefined || descriptor.end === undefined)
    return false
  const {info, marge} = optionsOf(report)
  const count = Number(descriptor.data?.count)
  return marge > 0 && count > info && count <= info + marge
}

/** The index of the first of `entries` (sorted by start) that starts at or after `offset`. */
export function firstAtOrAfter(entries: ReadonlyArray<{start: number}>, offset: number): number {
  let low = 0
  let high = entries.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (entries[middle]!.start < offset) low = middle + 1
    else high = middle
  }
  return low
}
