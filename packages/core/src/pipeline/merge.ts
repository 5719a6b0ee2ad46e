import type {Finding} from '../finding.js'
import {SEVERITY_RANK} from '../severity.js'

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

/**
 * A naamwoordstijl finding on a support verb with the noun of the action ("Er vindt een controle
 * plaats": write 'controleren') says more than ambtelijke-taal on the support verb alone ("vindt …
 * plaats": write 'is'); when it covers that finding and is as severe, the reader gets the verb to
 * write. A milder one (naamwoordstijl is info by default) never hides a warning.
 */
const namesTheVerb = (a: Finding, b: Finding) =>
  a.ruleId === 'naamwoordstijl' &&
  a.messageId === 'steunwerkwoord' &&
  b.ruleId === 'ambtelijke-taal' &&
  a.range.start.offset <= b.range.start.offset &&
  b.range.end.offset <= a.range.end.offset &&
  SEVERITY_RANK[a.severity] >= SEVERITY_RANK[b.severity]

/**
 * A separable verb written apart inside a stiff phrase: 'U kunt gebruik maken van de regeling' is
 * 'gebruikmaken' (spelling) in 'gebruik maken van' (ambtelijke-taal: write 'gebruiken'). The
 * phrase's advice removes the spelling problem with it, so the reader gets that one.
 */
const splitVerbInPhrase = (a: Finding, b: Finding) =>
  a.ruleId === 'spelling' &&
  a.messageId === 'aaneen' &&
  b.ruleId === 'ambtelijke-taal' &&
  b.range.start.offset <= a.range.start.offset &&
  a.range.end.offset <= b.range.end.offset

/**
 * The phrase's finding names the spelling it hides, for a writer who keeps the words: blind
 * editors counted 'gebruik maken' and 'er op' as missed spelling when only the phrase was
 * reported (sets hh and ii).
 */
function mentionSpelling(phrase: Finding, spelling: Finding): void {
  const joined = spelling.expected?.[0]
  if (!joined || phrase.reason.includes(`‘${joined}’`)) return
  phrase.reason = `${phrase.reason} Houdt u de woorden, schrijf dan ‘${joined}’ aaneen.`
  phrase.message = phrase.reason
}

const overlaps = (a: Finding, b: Finding) =>
  a.range.start.offset < b.range.end.offset && b.range.start.offset < a.range.end.offset

/**
 * A typo or an old-fashioned word inside a stiff formula is a problem of its own: 'Wij hopen u
 * hiermee voldoende te hebben geinformeerd' is a stiff closing (toon) with a missing diaeresis in
 * it (spelling), 'Wij vertrouwen erop u hiermede …' one with 'hiermede' (ambtelijke-taal); before,
 * the word hid the closing (blind letters, set-b and set-h). Both stay: a typo always, an
 * old-fashioned word only when toon's edit removes the whole sentence (otherwise the two say the
 * same: 'delen wij u mede dat', where 'mede' is the stiff part).
 * Only for toon, whose replacement never reuses the words it matched: dubbele-ontkenning on 'niet
 * onmoeglijk' would suggest the typo 'moeglijk', so there the typo alone is shown, as before.
 */
const typoInside = (typo: Finding, phrase: Finding) =>
  (typo.ruleId === 'spelling' ||
    (typo.ruleId === 'ambtelijke-taal' && phrase.expected?.[0] === '')) &&
  phrase.ruleId === 'toon' &&
  phrase.range.start.offset <= typo.range.start.offset &&
  typo.range.end.offset <= phrase.range.end.offset &&
  phrase.range.end.offset - phrase.range.start.offset >
    typo.range.end.offset - typo.range.start.offset

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
      if (typoInside(a, b) || typoInside(b, a)) continue
      // A spelling finding is never the naamwoordstijl one, so the order of the tests is free.
      if (splitVerbInPhrase(b, a)) {
        dropped.add(b)
        mentionSpelling(a, b)
      } else if (splitVerbInPhrase(a, b)) {
        dropped.add(a)
        mentionSpelling(b, a)
      } else if (namesTheVerb(a, b)) dropped.add(b)
      else if (namesTheVerb(b, a)) dropped.add(a)
      else dropped.add(RANK.get(a.ruleId ?? '')! > RANK.get(b.ruleId ?? '')! ? a : b)
    }
  }
  return kept.filter((finding) => !dropped.has(finding))
}
