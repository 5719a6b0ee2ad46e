import {readDataFile} from './frequency.js'
import {readTsv} from './tsv.js'

/**
 * Dutch past participles: regular (ge-…-d/t), irregular (strong verbs, from data/deelwoorden.tsv),
 * separable (toegestuurd, opgehaald) and inseparable (beoordeeld, verzonden). Used by the passive and
 * "tang" rules.
 */

/** What a participle means after is/zijn/was/waren. */
export type AfterZijn =
  /** An action by someone: "Uw aanvraag is afgewezen" is a passive. */
  | 'handeling'
  /** The verb forms its perfect with zijn: "is gegaan", "is verhuisd" is never a passive. */
  | 'voltooid'
  /** Usually a state ("is gesloten"): a passive only when a door-phrase names the actor. */
  | 'toestand'

/** A participle from the data file, or derived from one (aan + genomen). */
export interface ParticipleInfo {
  infinitive: string
  afterZijn: AfterZijn
}

/** Particles of separable verbs. */
export const PARTICLES = [
  'aan',
  'af',
  'bij',
  'door',
  'in',
  'mee',
  'na',
  'om',
  'op',
  'over',
  'terug',
  'toe',
  'uit',
  'voor',
  'weg',
  'vast',
  'dicht',
  'open',
  'samen',
  'tegen',
  'neer',
  'rond',
  'vrij',
  'kwijt',
  'goed',
  'teniet',
  'stop',
  'los',
  'klaar',
  'thuis',
  'tussen',
  'achter',
  'binnen',
  'buiten',
  'mis',
  'vooruit',
]

let known: Map<string, ParticipleInfo> | undefined

/** Parse data/deelwoorden.tsv (columns: deelwoord · infinitief · na zijn). */
export function parseParticiples(text: string): Map<string, ParticipleInfo> {
  const map = new Map<string, ParticipleInfo>()
  const columns = ['deelwoord', 'infinitief', 'na zijn'] as const
  for (const {cells} of readTsv(text, {source: 'deelwoorden.tsv', columns, required: 3})) {
    const participle = cells.deelwoord.trim()
    const infinitive = cells.infinitief.trim()
    const kind = cells['na zijn'].trim() || '-'
    map.set(participle, {
      infinitive,
      afterZijn: kind === 'handeling' || kind === 'voltooid' ? kind : 'toestand',
    })
  }
  return map
}

/** Listed participles plus the separable compounds of the ge- ones (opgenomen, toegezonden). */
function participles(): Map<string, ParticipleInfo> {
  if (known) return known
  const listed = parseParticiples(readDataFile('deelwoorden.tsv'))
  const all = new Map(listed)
  for (const [participle, info] of listed) {
    if (!participle.startsWith('ge')) continue
    for (const particle of PARTICLES) {
      if (!all.has(particle + participle))
        all.set(particle + participle, {...info, infinitive: particle + info.infinitive})
    }
  }
  known = all
  return all
}

const SEPARABLE_REGULAR = new RegExp(`^(?:${PARTICLES.join('|')})ge[a-zëïé]{2,}[dt]$`)
const REGULAR = /^ge[a-zëïé]{2,}[dt]$/
/** Separable verb with an inseparable prefix: uitbetaald, terugbetaald, doorverkocht. */
const SEPARABLE_INSEPARABLE = new RegExp(
  `^(?:${PARTICLES.join('|')})(?:be|ver|ont|her)[a-zëïé]{2,}[dt]$`,
)
const INSEPARABLE_REGULAR = /^(?:be|ver|ont|her|er|onder)[a-zëïé]{3,}[dt]$/
/**
 * Present participles used as adjectives ("vervelend", "bevredigend") end in -end like a few past
 * participles; only -kend (kennen), -wend (wennen, wenden), -eend and -iend (lenen, dienen) are past.
 */
const PRESENT_PARTICIPLE = /end$/
const PAST_IN_END = /(?:kend|wend|eend|iend)$/
/** Words that look like participles but are not (nouns and adjectives). */
const NOT_PARTICIPLE = new Set([
  'geld',
  'gebied',
  'gewicht',
  'gezicht',
  'gedicht',
  'gebit',
  'gewest',
  'geduld',
  'gehucht',
  'gesticht',
  'gerecht',
  'gezond',
  'gebed',
  'gevecht',
  'geleed',
  'geboorteland',
  'gemiddeld',
  'bericht',
  'verschil',
  'verhaal',
  'verbod',
  'vervoer',
  'verband',
  'verstand',
  'verleden',
  'beleid',
  'bedrijfsrecht',
  'bezit',
  'bestuur',
  'bedrag',
  'beroep',
  'verlof',
  'verlet',
  'herfst',
  'ontbijt',
  'ontwerp',
  'verwijt',
  'bezwaart',
  'betaalt',
  'bereikbaar',
  'verplicht',
  'bekend',
  'geschikt',
  'gerust',
  'gewoon',
  'gereed',
  'vergeefs',
  'begaafd',
  'bezorgd',
  'verliefd',
  'verwant',
  'geliefd',
  'bewolkt',
  'ontvangst',
  'verlost',
  'verkeerd',
  'beroemd',
  'bejaard',
  'berucht',
  'bevoegd',
  'gehaast',
])

/** The listed or derived participle, with its infinitive and meaning after zijn. */
export function participleInfo(word: string): ParticipleInfo | undefined {
  return participles().get(word.toLowerCase())
}

/**
 * Whether a word is a past participle. `strict` leaves out the inseparable regular pattern
 * (be-/ver-/ont-…-d/t), which also matches present-tense verbs and nouns.
 */
export function isParticiple(word: string, strict = false): boolean {
  const lower = word.toLowerCase()
  if (participles().has(lower)) return true
  if (NOT_PARTICIPLE.has(lower) || lower.endsWith('heid')) return false
  if (PRESENT_PARTICIPLE.test(lower) && !PAST_IN_END.test(lower)) return false
  if (REGULAR.test(lower) || SEPARABLE_REGULAR.test(lower) || SEPARABLE_INSEPARABLE.test(lower))
    return true
  return !strict && INSEPARABLE_REGULAR.test(lower)
}

/** Nouns in -e whose stem looks like a participle (gemeente: gemeent). */
const NOUNS_IN_E = new Set([
  'gemeente',
  'gedeelte',
  'gedachte',
  'gewoonte',
  'geboorte',
  'gestalte',
  'gebergte',
  'gevangene',
  'verte',
  'bediende',
])

/** Participles used as adjectives: "de ingediende aanvraag", "het verzonden formulier". */
export function isAdjectivalParticiple(word: string): boolean {
  const lower = word.toLowerCase()
  if (participles().has(lower) && lower.endsWith('en')) return true
  return lower.endsWith('e') && !NOUNS_IN_E.has(lower) && isParticiple(lower.slice(0, -1))
}
