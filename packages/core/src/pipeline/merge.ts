import type {Finding} from '../finding.js'

/**
 * Rules that judge single words or short phrases, in order of precedence: when two of them report
 * overlapping text, the reader sees one finding for the one problem (issue #15: a typo and a rare
 * word, a jargon phrase and a rare word in it). Sentence-level findings (lange-zin, lijdende-vorm,
 * tangconstructie) describe a different problem and are never merged away.
 */
const WORD_LEVEL = [
  'spelling',
  'persoonsgegevens',
  'ambtelijke-taal',
  'afkorting',
  'toon',
  'vage-termijn',
  'dubbele-ontkenning',
  'naamwoordstijl',
  'moeilijk-woord',
]
const RANK = new Map(WORD_LEVEL.map((id, index) => [id, index]))

const overlaps = (a: Finding, b: Finding) =>
  a.range.start.offset < b.range.end.offset && b.range.start.offset < a.range.end.offset

/**
 * One finding per problem: of overlapping word-level findings only the one of the rule with the
 * highest precedence stays, and a rule's exact duplicate (same range and message) is dropped.
 * Expects the findings sorted by start offset; keeps that order.
 */
export function mergeStage(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = []
  const seen = new Set<string>()
  for (const finding of findings) {
    const key = `${finding.ruleId}|${finding.range.start.offset}|${finding.range.end.offset}|${finding.reason}`
    if (seen.has(key)) continue
    seen.add(key)
    kept.push(finding)
  }
  // Word-level findings are short: compare each with its neighbours in start order only.
  const words = kept.filter((f) => RANK.has(f.ruleId ?? ''))
  const dropped = new Set<Finding>()
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!
    for (let j = i + 1; j < words.length; j++) {
      const b = words[j]!
      if (b.range.start.offset >= a.range.end.offset) {
        // Sorted by start: a later b can still overlap only when a is long; stop after a few.
        if (j - i > 8) break
        continue
      }
      if (a.ruleId === b.ruleId || !overlaps(a, b)) continue
      dropped.add(RANK.get(a.ruleId ?? '')! > RANK.get(b.ruleId ?? '')! ? a : b)
    }
  }
  return kept.filter((finding) => !dropped.has(finding))
}
