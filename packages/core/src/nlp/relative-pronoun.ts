import type {WordInfo} from '../rule.js'
import {genderOf} from './fit.js'

/** Parts of speech inside a noun phrase before its noun: 'de', 'uw', 'twee', 'nieuwe'. */
const BEFORE_NOUN = new Set(['DET', 'PRON', 'NUM', 'ADJ'])

/** The first word of the noun phrase whose noun is at `at`: back over 'de', 'uw', 'twee', 'nieuwe'. */
export function nounPhraseStart(words: readonly WordInfo[], at: number): number {
  let start = at
  while (start > 0 && BEFORE_NOUN.has(words[start - 1]!.tag?.upos ?? '')) start--
  return start
}

/**
 * The relative pronoun that replaces 'welke' at word `first` (ambtelijke-taal's condition
 * `betrekkelijk`), as a list of at most one: 'die' after a de-word or a plural,
 * 'dat' after a het-word, by the noun right before the comma. None where that noun is not
 * certain: no noun there, an unknown article, or a chain of nouns that would take different
 * pronouns ("de kosten van het onderhoud van het graf, welke …": kosten or graf). Blind letters,
 * set-t: 'het schetsontwerp, welke' got 'die'.
 */
export function relativePronoun(words: readonly WordInfo[], first: number): string[] {
  const phraseStart = (at: number) => nounPhraseStart(words, at)
  const pronounOf = (at: number): string | undefined => {
    const word = words[at]
    if (word?.tag?.upos !== 'NOUN') return undefined
    if (word.tag.feats.Number === 'Plur') return 'die'
    // The article or demonstrative of the phrase says it ('het rapport'), else the word list.
    for (let i = phraseStart(at); i < at; i++) {
      const lower = words[i]!.lower
      if (NEUTER_DETERMINER.has(lower)) return 'dat'
      if (COMMON_DETERMINER.has(lower)) return 'die'
    }
    const gender = genderOf(word.value)
    return gender === 'het' ? 'dat' : gender === 'de' ? 'die' : undefined
  }
  let at = first - 1
  if (words[at]?.tag?.upos !== 'NOUN') return clauseAgreement(words, first, pronounOf)
  const pronoun = pronounOf(at)
  if (!pronoun) return []
  // Back over a chain of prepositional phrases of nouns: the pronoun may point to any of their
  // nouns ("de kosten van het onderhoud", "de onderhoudsronde in het najaar, welke …": die, not
  // dat; blind letters, set-bbbb).
  for (;;) {
    const before = phraseStart(at) - 1
    if (before < 1 || !NOUN_PREPOSITIONS.has(words[before]!.lower)) break
    const head = before - 1
    if (words[head]!.tag?.upos !== 'NOUN') break
    if (pronounOf(head) !== pronoun) return []
    at = head
  }
  return [pronoun]
}

/**
 * Without a noun right before the comma ("… een aansluiting tot aan de gevel aangelegd, welke"),
 * the pronoun points further back: the one pronoun every noun of the clause before the comma
 * takes, or none when they differ, one is unknown or a name stands there.
 */
function clauseAgreement(
  words: readonly WordInfo[],
  first: number,
  pronounOf: (at: number) => string | undefined,
): string[] {
  const found = new Set<string | undefined>()
  for (let i = first - 1; i >= 0; i--) {
    const upos = words[i]!.tag?.upos
    if (i < first - 1 && upos === 'PUNCT') break
    if (upos === 'PROPN') return []
    if (upos === 'NOUN') found.add(pronounOf(i))
  }
  const [only] = found
  return found.size === 1 && only !== undefined ? [only] : []
}

/**
 * Prepositions whose phrase often belongs to the noun before it ("de onderhoudsronde in het
 * najaar"); not 'aan', whose phrase mostly belongs to the verb ("advies aan de politie, welke …").
 */
const NOUN_PREPOSITIONS = new Set(
  'van in op bij uit over voor met zonder onder naast tussen rond tegen langs'.split(' '),
)

const NEUTER_DETERMINER = new Set(['het', 'dit', 'dat'])
const COMMON_DETERMINER = new Set(['de', 'deze', 'die'])
