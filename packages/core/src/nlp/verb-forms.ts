import type {SentenceInfo, WordInfo} from '../rule.js'
import {CLAUSE_STARTERS} from './clauses.js'
import {taggedVerbFormErrors} from './verb-agreement.js'
import {HEBBEN_WORDEN} from './tagger/tagger.js'

/**
 * Verb forms that hunspell accepts because they are words, but that are wrong in their place: the
 * classic d/t errors of Dutch ("de bak word geleegd", "wat er gebeurd", "ik wordt"). Only patterns
 * that are almost never right are reported; a sentence with "ik", "je" or "jij" is left alone for
 * the stem rule, because there the stem without t is often correct.
 */
export interface VerbFormError {
  /** Index of the word in the sentence. */
  index: number
  /** The right form. */
  expected: string
  /** Why, in Dutch (one sentence). */
  uitleg: string
}

/** Stems ending in d whose third person adds a t: "u wordt", "de gemeente vindt". */
export const STEM_T: ReadonlyMap<string, string> = new Map([
  ['word', 'wordt'],
  ['vind', 'vindt'],
  ['houd', 'houdt'],
  ['onthoud', 'onthoudt'],
  ['zend', 'zendt'],
  ['bied', 'biedt'],
  ['verbied', 'verbiedt'],
  ['meld', 'meldt'],
  ['rijd', 'rijdt'],
  ['bind', 'bindt'],
  ['verbind', 'verbindt'],
  ['lijd', 'lijdt'],
  ['snijd', 'snijdt'],
])
const T_STEM = new Map([...STEM_T].map(([stem, withT]) => [withT, stem]))

/** Finite modals that take an infinitive: "kan … worden verleend". */
const MODALS = new Set(
  'kan kunt kunnen kon konden moet moeten moest moesten mag mogen mocht mochten zal zult zullen zou zouden wil wilt willen wilde wilden hoeft hoeven'.split(
    ' ',
  ),
)

/** Participle and present tense that sound the same: "er is iets gebeurd" / "dat gebeurt vaak". */
const PARTICIPLE_PRESENT = new Map([
  ['gebeurd', 'gebeurt'],
  ['verhuisd', 'verhuist'],
])
const PRESENT_PARTICIPLE = new Map([...PARTICIPLE_PRESENT].map(([p, present]) => [present, p]))

/** Forms of "zijn" that make a perfect tense with these participles. */
const ZIJN = new Set(['is', 'ben', 'bent', 'was', 'waren', 'zijn', 'geweest', 'wezen'])
/** The same without "zijn", which is also a possessive ("zijn dochter verhuist"). */
const ZIJN_UNAMBIGUOUS = new Set(['is', 'ben', 'bent', 'was', 'waren'])
/** Words that start a new clause; question words and time conjunctions too. */
const CLAUSE = new Set([...CLAUSE_STARTERS, 'wat', 'wie', 'hoe', 'nadat', 'voordat', 'zodra'])
/** Before these, a stem at the start of a clause is an imperative: "… en meld u aan". */
const BEFORE_IMPERATIVE = new Set(['en', 'of', 'maar', 'dan', 'ook', 'dus', 'want'])

export function verbFormErrors(sentence: SentenceInfo): VerbFormError[] {
  const words = sentence.words
  const errors: VerbFormError[] = []
  const gap = (a: WordInfo, b: WordInfo) =>
    sentence.text.slice(a.end - sentence.start, b.start - sentence.start)
  // 'dat' or 'die' that the tagger reads as a demonstrative is the subject, not a conjunction
  // that opens a clause: "Helaas is dat niet gebeurd" (blind letters, set-yy: got 'gebeurt').
  // 'en' or 'of' between two nouns joins them, not clauses: "Daar zijn geen inbraken of
  // ongelukken gebeurd" (blind letters, set-kkkk: got 'gebeurt').
  const joinsNouns = (i: number) =>
    ['en', 'of'].includes(words[i]!.lower) &&
    ['NOUN', 'PROPN'].includes(words[i - 1]?.tag?.upos ?? '') &&
    ['NOUN', 'DET', 'ADJ', 'NUM'].includes(words[i + 1]?.tag?.upos ?? '')
  const opensClause = (i: number) =>
    CLAUSE.has(words[i]!.lower) && !words[i]!.tag?.xpos.startsWith('VNW|aanw') && !joinsNouns(i)
  const boundaryBefore = (i: number) =>
    i === 0 || /[,;:()"“”–—]/.test(gap(words[i - 1]!, words[i]!)) || opensClause(i)
  /** Indexes of the clause around word i: from after the last boundary to before the next. */
  const clause = (i: number): [number, number] => {
    let from = i
    while (from > 0 && !boundaryBefore(from)) from--
    if (opensClause(from)) from++
    let to = i
    while (to + 1 < words.length && !boundaryBefore(to + 1)) to++
    return [from, to]
  }
  const informal = words.some((w) => ['ik', 'je', 'jij'].includes(w.lower))
  /**
   * Whether a participle follows word i in its clause: then "word" is the passive auxiliary with
   * its subject earlier, not an imperative, also after a comma or "en" ("Hardhout, zoals eiken,
   * word gebruikt voor …", "en word voorgezeten door").
   */
  const participleFollows = (i: number) => {
    for (let k = i + 1; k < words.length && !boundaryBefore(k); k++)
      if (words[k]!.tag?.xpos.startsWith('WW|vd')) return true
    return false
  }

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    // Lower case only: "Word" mid-sentence is the word processor.
    if (word.masked || word.value !== word.lower) continue
    const previous = words[i - 1]
    const next = words[i + 1]

    const withT = STEM_T.get(word.lower)
    if (
      withT &&
      !informal &&
      previous &&
      ((!boundaryBefore(i) && !BEFORE_IMPERATIVE.has(previous.lower)) ||
        (word.lower === 'word' && participleFollows(i)))
    ) {
      // After a modal in the clause the verb is the infinitive: "kan … een vergunning word
      // verleend" → worden, not wordt (blind letters, set-llll).
      const [from] = clause(i)
      const modal = words.slice(from, i).find((w) => MODALS.has(w.lower))
      errors.push(
        modal
          ? {
              index: i,
              expected: `${word.lower}en`,
              uitleg: `Na ‘${modal.lower}’ komt het hele werkwoord.`,
            }
          : {
              index: i,
              expected: withT,
              uitleg: `Bij u, hij, zij, het en een zelfstandig naamwoord komt er een t achter de stam, zoals in ‘u werkt’.`,
            },
      )
      continue
    }
    const stem = T_STEM.get(word.lower)
    if (
      stem &&
      ((previous?.lower === 'ik' && !boundaryBefore(i)) ||
        (next?.lower === 'ik' && !boundaryBefore(i + 1)))
    ) {
      errors.push({
        index: i,
        expected: stem,
        uitleg: `Bij ‘ik’ schrijft u alleen de stam: ‘ik ${stem}’.`,
      })
      continue
    }

    const present = PARTICIPLE_PRESENT.get(word.lower)
    if (present && i > 0) {
      const [from, to] = clause(i)
      // a passive or perfect with worden or hebben takes the participle too ("Wordt u verhuisd
      // door uw zorgaanbieder?", "Wij hebben uw spullen verhuisd")
      const hasAuxiliary = words
        .slice(from, to + 1)
        .some((w) => ZIJN.has(w.lower) || HEBBEN_WORDEN.has(w.lower))
      if (!hasAuxiliary && to - from >= 1) {
        errors.push({
          index: i,
          expected: present,
          uitleg: `‘${word.lower}’ is het voltooid deelwoord (er is iets ${word.lower}); hier is het de tegenwoordige tijd: ‘${present}’.`,
        })
        continue
      }
    }
    const participle = PRESENT_PARTICIPLE.get(word.lower)
    if (participle) {
      const [from] = clause(i)
      const zijn = words.slice(from, i).find((w) => ZIJN_UNAMBIGUOUS.has(w.lower))
      if (zijn) {
        errors.push({
          index: i,
          expected: participle,
          uitleg: `Na ‘${zijn.value}’ volgt het voltooid deelwoord: ‘${participle}’.`,
        })
      }
    }
  }
  // The tagger's layer finds the same kinds for every verb in the verb table.
  for (const error of taggedVerbFormErrors(sentence)) {
    if (!errors.some((e) => e.index === error.index)) errors.push(error)
  }
  errors.sort((a, b) => a.index - b.index)
  return errors
}
