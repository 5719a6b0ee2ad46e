import type {VerbAnalysis, VerbTable} from '../verbs.js'

/** Shortest verb form looked up after a particle (not "gaat" in "opgaat" alone: "tekst" ≠ te + kst). */
const MIN_REST = 4

/** Longest particle tried (tevoorschijn is the longest the table has; longer tails are rare). */
const MAX_PARTICLE = 12

/** Particles that are also the prefix of inseparable verbs (overschatten, doorzoeken). */
const INSEPARABLE_TOO = new Set([
  'over',
  'onder',
  'door',
  'om',
  'achter',
  'voor',
  'vol',
  'mis',
  'weer',
])

/** Words whose readings are kept per verb table (a few megabytes at most). */
const MEMO_LIMIT = 20_000

const cache = new WeakMap<VerbTable, Map<string, readonly VerbAnalysis[]>>()

/**
 * Readings of a form the verb table lacks as a separable verb made of a particle the table knows
 * and a form of a verb it has: "afgekort" (af + gekort, participle of afkorten), "toeslaat",
 * "rondtrokken", "voortwoedde", "opspannen". The attached particle makes every finite reading the
 * form of a subclause ("… dat het noodlot toeslaat").
 *
 * Not the bare stem (first person singular): after a particle it is nearly always a noun
 * (voorkeur, uitzaai, binnenverblijf). The longest particle that leaves a known form wins
 * (aaneen + gesloten before aan + eengesloten). A -t or -d form after a particle that also makes
 * inseparable verbs is the participle too ("overschat": he overschat, or overschat as in "is
 * overschat"). Empty when the table has the form itself.
 */
export function compoundVerbReadings(verbs: VerbTable, lower: string): readonly VerbAnalysis[] {
  let memo = cache.get(verbs)
  if (!memo) cache.set(verbs, (memo = new Map()))
  let readings = memo.get(lower)
  if (readings === undefined) {
    readings = analyseCompound(verbs, lower)
    // bounded: a language server runs for days on ever new words
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(lower, readings)
  }
  return readings
}

const NONE: readonly VerbAnalysis[] = []

function analyseCompound(verbs: VerbTable, lower: string): readonly VerbAnalysis[] {
  if (lower.length < MIN_REST + 2 || verbs.analyse(lower).length > 0) return NONE
  for (let k = Math.min(MAX_PARTICLE, lower.length - MIN_REST); k >= 2; k--) {
    const particle = lower.slice(0, k)
    if (!verbs.isParticle(particle)) continue
    const rest = lower.slice(k)
    const readings = verbs
      .analyse(rest)
      .filter((a) => !a.split && a.particle === '' && a.slot !== 'sg1')
    if (readings.length === 0) continue
    const lemma = particle + readings[0]!.lemma
    const out = readings.map((a) => ({...a, lemma: particle + a.lemma, particle}))
    // over-, onder-, door-, om-, achter-, voor-, vol-, mis- and weer- also make inseparable verbs,
    // whose participle has no ge-: overschat, doorzocht, omringd
    if (
      INSEPARABLE_TOO.has(particle) &&
      readings.some((a) => a.slot === 'sg3' || a.slot === 'pastSg') &&
      /[dt]$/.test(rest)
    ) {
      out.push({
        lemma,
        slot: 'participle',
        feats: {VerbForm: 'Part'},
        particle: '',
        split: false,
      })
    }
    return out
  }
  return NONE
}

/** Whether the verb table has the form as a participle, itself or of a separable verb it lacks. */
export function isParticipleForm(verbs: VerbTable, lower: string): boolean {
  return (
    verbs.analyse(lower).some((a) => a.slot === 'participle') ||
    compoundVerbReadings(verbs, lower).some((a) => a.slot === 'participle')
  )
}
