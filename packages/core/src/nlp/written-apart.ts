import {readDataFile} from './frequency.js'
import type {SentenceInfo, WordInfo} from '../rule.js'
import {loadVerbTable, type VerbSlot} from './verbs.js'

/**
 * Words that Dutch writes as one but a writer put apart (blind letters, sets b-y: 'gebruik
 * maken', 'plaats gevonden', 'kapot gegaan', 'open gaat'): the particle of a separable verb
 * right before the verb. Next to each other they are one word (u kunt er gebruikmaken, de
 * bijeenkomst heeft plaatsgevonden, dat wij het bedrag terugbetalen); split by the main clause
 * they stay apart (wij maken er gebruik van), and those are never adjacent in this order.
 *
 * Only particles that are no preposition or pronominal adverb: after 'waar' or 'er' a
 * preposition stands alone on purpose ('waar u op let', 'waar het mee begint'), and 'samen
 * werken', 'weer geven', 'goed gaan' are often meant as two words.
 */
const NOT_A_PARTICLE_HERE = new Set(
  (
    'aan achter af bij binnen buiten daar door eruit heen in langs mee na om onder op over rond ' +
    'samen tegen tegenover toe uit voor voorbij waar weer weg'
  ).split(' '),
)

/**
 * Verbs never joined to a particle here: 'zijn', 'worden', 'hebben' and the modals ('terecht
 * kunnen' is also 'rightly can'; 'vrij zijn' is no verb at all).
 */
const NOT_AFTER_A_PARTICLE = new Set(
  'zijn worden hebben kunnen moeten mogen willen zullen'.split(' '),
)

/**
 * A degree word before the first part makes it an adjective of its own: 'dat het pand helemaal
 * leeg staat', 'zo goed keuren'. A determiner, possessive, adjective, number or preposition before
 * it makes it a noun: 'het gebruik maakt', 'uw plaats vinden', 'een goede plaats vinden', 'in
 * gebruik nemen'. Words that are also a pronoun ('het', 'die', 'haar') go by their tag: 'dat het
 * terug komt', 'de bijeenkomst die plaats vindt' are written apart wrongly.
 */
const BLOCKING_BEFORE = new Set(
  (
    'heel erg zeer helemaal volledig geheel totaal te zo zó nog wat best behoorlijk echt compleet ' +
    'flink vrij veel minder meer de een uw mijn ons onze hun jouw elk ieder iedere geen welk welke'
  ).split(' '),
)
const BLOCKING_TAGS = new Set(['DET', 'ADJ', 'NUM', 'ADP'])

function blocks(word: WordInfo | undefined): boolean {
  if (!word) return false
  if (BLOCKING_BEFORE.has(word.lower)) return true
  const tag = word.tag
  return tag !== undefined && (BLOCKING_TAGS.has(tag.upos) || tag.xpos.includes('|bez|'))
}

const FINITE: ReadonlySet<VerbSlot> = new Set(['sg1', 'sg2', 'sg3', 'pl', 'pastSg', 'pastPl'])

let extra: Set<string> | undefined
/**
 * Separable verbs with a noun or adjective as particle that the conjugation table lacks, written
 * 'particle verb' (scheidbare-werkwoorden.txt).
 */
function extraVerbs(): Set<string> {
  extra ??= new Set(
    readDataFile('scheidbare-werkwoorden.txt')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  )
  return extra
}

/** A separable verb written apart: its particle is `words[index]`, the verb the word after it. */
export interface WrittenApart {
  index: number
  /** The two words as one, as the writer should have written them. */
  joined: string
}

/**
 * The separable verbs of a sentence whose particle stands apart right before the verb form.
 * `gap(a, b)` is the text between two words; `known` tells whether the joined word is in the
 * dictionary (the last check: the Woordenlijst must write it as one word).
 */
export function separableWrittenApart(
  sentence: SentenceInfo,
  gap: (a: WordInfo, b: WordInfo) => string,
  known: (word: string) => boolean,
): WrittenApart[] {
  const out: WrittenApart[] = []
  const words = sentence.words
  const table = loadVerbTable()
  for (let i = 0; i + 1 < words.length; i++) {
    const particle = words[i]!
    const verb = words[i + 1]!
    if (particle.masked || verb.masked) continue
    const first = particle.lower
    if (NOT_A_PARTICLE_HERE.has(first)) continue
    if (!table.isParticle(first) && !isExtraParticle(first)) continue
    // A capital inside the sentence is a name; the verb form is always lower case.
    if (particle.value !== first && i !== 0) continue
    if (verb.value !== verb.lower || !/^\p{Ll}+$/u.test(verb.value)) continue
    if (gap(particle, verb) !== ' ') continue
    if (blocks(words[i - 1])) continue
    // The verb is known by its form, not its tag: the tagger reads 'staat' in 'dat het pand leeg
    // staat' as the noun. The particle list and the table keep nouns out ('thuis bezoeken').
    const readings = table
      .analyse(verb.lower)
      .filter(
        (r) =>
          !r.split &&
          r.particle === '' &&
          !NOT_AFTER_A_PARTICLE.has(r.lemma) &&
          (table.separable(first, r.lemma) !== undefined ||
            extraVerbs().has(`${first} ${r.lemma}`)),
      )
    if (readings.length === 0) continue
    // 'Vast staat dat …': a particle that opens a main clause stands before its finite verb.
    if (i === 0 && readings.every((r) => FINITE.has(r.slot))) continue
    const joined = particle.value + verb.value
    if (!known(joined)) continue
    out.push({index: i, joined})
  }
  return out
}

let extraParticles: Set<string> | undefined
function isExtraParticle(word: string): boolean {
  extraParticles ??= new Set([...extraVerbs()].map((line) => line.split(' ')[0]!))
  return extraParticles.has(word)
}

/**
 * Pronominal adverbs written apart: 'er', 'daar', 'hier' or 'waar' right before its preposition,
 * where the preposition has no noun phrase of its own. Dutch writes them as one word: "De
 * activiteiten voldoen daaraan" (not "daar aan", blind letters, set-ee), "Wij hebben eraan
 * gedacht", "zorgt ervoor dat", "daarmee" for "daar met". Apart they stay when words stand between
 * ("daar hebben wij niet aan gedacht") and when the preposition takes a noun phrase ("Wij wonen
 * daar aan de rand van het dorp", "Wij zijn er voor u"): only a verb, a conjunction, a second
 * preposition, a predicative adjective or the end of the clause may follow.
 */
const PRONOMINAL = new Set(['er', 'daar', 'hier', 'waar'])
const JOINED_PREPOSITION: Record<string, string> = {
  aan: 'aan',
  achter: 'achter',
  bij: 'bij',
  door: 'door',
  in: 'in',
  met: 'mee',
  mee: 'mee',
  na: 'na',
  naar: 'naar',
  om: 'om',
  onder: 'onder',
  op: 'op',
  over: 'over',
  tegen: 'tegen',
  tot: 'toe',
  toe: 'toe',
  tussen: 'tussen',
  uit: 'uit',
  van: 'van',
  voor: 'voor',
  zonder: 'zonder',
}
/** Words of a noun phrase: after an adjective they make it attributive. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM'])
/** What may follow the preposition: it then has no noun phrase of its own. */
const AFTER_PREPOSITION = new Set(['VERB', 'AUX', 'SCONJ', 'ADP'])
/**
 * Fixed phrases that open with the preposition: "van tevoren", "voor altijd", "om te", "in wezen"
 * ("ging er in wezen op in", treebank: the tagger reads 'wezen' as a verb). (A phrase with an
 * article, "voor het eerst", never gets here: a determiner is no word AFTER_PREPOSITION allows.)
 */
const FIXED_AFTER = new Set([
  'van tevoren',
  'van te voren',
  'voor altijd',
  'om te',
  'in wezen',
  'op zich',
])

export function pronominalWrittenApart(
  sentence: SentenceInfo,
  gap: (a: WordInfo, b: WordInfo) => string,
): WrittenApart[] {
  const out: WrittenApart[] = []
  const words = sentence.words
  for (let i = 0; i + 1 < words.length; i++) {
    const adverb = words[i]!
    if (!PRONOMINAL.has(adverb.lower) || adverb.masked) continue
    // A capital inside the sentence is a name ("Van Daar").
    if (adverb.value !== adverb.lower && i !== 0) continue
    const preposition = words[i + 1]!
    const joinedPart = JOINED_PREPOSITION[preposition.value]
    if (joinedPart === undefined || gap(adverb, preposition) !== ' ') continue
    const next = words[i + 2]
    const rest = next
      ? gap(preposition, next)
      : sentence.text.slice(preposition.end - sentence.start)
    const ends = next === undefined ? /^\s*(?:[.,;:!?]|$)/.test(rest) : /[.,;:!?]/.test(rest)
    if (!ends) {
      if (!next || rest !== ' ') continue
      // A predicative adjective closes the phrase ("zijn ons er van bewust dat", set-hh); an
      // adjective before a noun opens the preposition's own noun phrase ("er op goede voet").
      const predicative = next.tag?.upos === 'ADJ' && !NOMINAL.has(words[i + 3]?.tag?.upos ?? '')
      if (!AFTER_PREPOSITION.has(next.tag?.upos ?? '') && !predicative) continue
      if (FIXED_AFTER.has(`${preposition.value} ${next.lower}`)) continue
      if (FIXED_AFTER.has(`${preposition.value} ${next.lower} ${words[i + 3]?.lower ?? ''}`))
        continue
    }
    out.push({index: i, joined: adverb.value + joinedPart})
  }
  return out
}
