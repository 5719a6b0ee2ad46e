import type {SentenceInfo} from '../rule.js'
import {firstAtOrAfter} from './near-limit.js'
import {sentenceAround} from './rules.js'
import type {RuleReport, Runtime} from './types.js'

/** Rules whose reports show that a sentence is written in officialese. */
const OFFICIALESE = new Set([
  'ambtelijke-taal',
  'lijdende-vorm',
  'tangconstructie',
  'naamwoordstijl',
])

/**
 * A verb used as a noun ("het kappen van de bomen", naamwoordstijl's `infinitief`) is reported
 * only when its sentence holds officialese besides it: a report of ambtelijke-taal, lijdende-vorm,
 * tangconstructie or another of naamwoordstijl. Editors who judged new letters blind found the
 * nominalisation alone in a plain sentence ordinary Dutch ("Voor het kappen van deze bomen
 * hebben wij een vergunning", "Het verstrooien van de as mag op …"): in sets a to p, 7 such
 * findings were right and 16 wrong, against 62 right and 15 wrong in sentences with other
 * officialese. When none of those other rules is on there is nothing to judge by, and every
 * nominalisation is reported as before. Only in letters: in other prose (the held-out treebank
 * sentences) lone nominalisations were mostly judged right (precision there fell from 0.79 to 0.75
 * when this stage ran on every text).
 */
export function plainNominalStage(
  reports: RuleReport[],
  sentences: readonly SentenceInfo[],
  runtime: Runtime,
  isLetter: boolean,
): RuleReport[] {
  if (!isLetter) return reports
  const judges = runtime.rules.some(
    (active) => active.rule.id !== 'naamwoordstijl' && OFFICIALESE.has(active.rule.id),
  )
  if (!judges) return reports
  const nominal = reports.filter(isNominalisation)
  if (nominal.length === 0) return reports
  // The starts of the other officialese reports, in order, to find those inside a sentence.
  const others = reports
    .filter((report) => OFFICIALESE.has(report.rule.id) && report.descriptor.start !== undefined)
    .map((report) => ({report, start: report.descriptor.start!, end: report.descriptor.end!}))
    .sort((a, b) => a.start - b.start)
  const lone = new Set<RuleReport>()
  for (const report of nominal) {
    const sentence = sentenceAround(sentences, report.descriptor.start!, report.descriptor.end!)
    if (!sentence) continue
    let i = firstAtOrAfter(others, sentence.start)
    let company = false
    for (; i < others.length && others[i]!.start < sentence.end; i++) {
      const other = others[i]!
      if (other.report !== report && other.end <= sentence.end) {
        company = true
        break
      }
    }
    if (!company) lone.add(report)
  }
  return lone.size === 0 ? reports : reports.filter((report) => !lone.has(report))
}

function isNominalisation({rule, descriptor}: RuleReport): boolean {
  return (
    rule.id === 'naamwoordstijl' &&
    descriptor.messageId === 'infinitief' &&
    descriptor.start !== undefined &&
    descriptor.end !== undefined
  )
}
