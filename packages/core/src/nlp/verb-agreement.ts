import type {SentenceInfo, WordInfo} from '../rule.js'
import {loadVerbTable, type VerbAnalysis, type VerbTable} from './verbs.js'
import type {VerbFormError} from './verb-forms.js'

/**
 * d/t errors found with the tagger's layer and the verb table, for every verb in the table rather
 * than a list: a stem or participle ending in d where the clause needs the finite form with t
 * ("Het team beantwoord uw vraag", "Wat gebeurd er"), a t-form where an auxiliary asks for the
 * participle ("Uw vraag wordt beantwoordt"), a t-form after or before ik/je/jij ("Vindt je"), and
 * an imperative with t ("Houdt rekening met de datum").
 */

/** Pronouns that take the t-form (u werkt, hij werkt); "ik" and inverted je/jij take the stem. */
const THIRD_PERSON = new Set([
  'hij',
  'zij',
  'ze',
  'het',
  'dit',
  'dat',
  'die',
  'wat',
  'wie',
  'men',
  'u',
  'iemand',
  'niemand',
  'iedereen',
  'niets',
  'iets',
])
const FIRST_SECOND = new Set(['ik', 'je', 'jij', 'we', 'wij', 'jullie'])
/** After these, a verb at the start is not an imperative but an inverted question or statement. */
const SUBJECT_AFTER = new Set([
  ...THIRD_PERSON,
  ...FIRST_SECOND,
  'de',
  'een',
  'deze',
  'uw',
  'mijn',
  'onze',
  'ons',
  'zijn',
  'haar',
  'hun',
  'er',
  'daar',
  'hier',
])
/** Finite auxiliaries that take a participle ("is gebeurd", "wordt beantwoord", "heeft"). */
const AUXILIARY_LEMMAS = new Set(['zijn', 'worden', 'hebben'])

const isFinite = (w: WordInfo) => w.tag?.xpos.startsWith('WW|pv') === true
const isBoundary = (w: WordInfo) => {
  const tag = w.tag
  if (!tag) return false
  return (
    tag.upos === 'SCONJ' ||
    (tag.upos === 'CCONJ' && w.lower !== 'dan') ||
    tag.xpos.includes('betr') ||
    (tag.upos === 'PRON' && tag.xpos.startsWith('VNW|vb'))
  )
}

function readings(lower: string): readonly VerbAnalysis[] {
  return loadVerbTable()
    .analyse(lower)
    .filter((a) => !a.split)
}

/** One word of a tagged sentence with its clause, as the d/t checks below read it. */
interface VerbSpot {
  words: readonly WordInfo[]
  i: number
  word: WordInfo
  lower: string
  tag: NonNullable<WordInfo['tag']>
  /** The words of the word's clause, and the index of its first word. */
  clause: readonly WordInfo[]
  from: number
  previous: WordInfo | undefined
  next: WordInfo | undefined
  verbs: VerbTable
  question: boolean
}

/** Imperative with t at the start of the sentence: "Houdt rekening met de datum". */
function imperativeWithT(spot: VerbSpot): VerbFormError | undefined {
  const {i, word, lower, tag, next, verbs, question} = spot
  if (
    i === 0 &&
    !question &&
    word.value !== lower &&
    lower.endsWith('t') &&
    (tag.upos === 'VERB' || tag.upos === 'AUX')
  ) {
    const reading = readings(lower).find(
      (a) =>
        (a.slot === 'sg2' || a.slot === 'sg3') &&
        verbs.inflect(a.lemma, 'sg1') === lower.slice(0, -1),
    )
    // "Bedankt voor uw hulp" is the participle, not an imperative with t; "plant" is also the
    // stem of planten. A lower-case start is a fragment (a table cell, "neemt geen besluit").
    const participle = readings(lower).some((a) => a.slot === 'participle' || a.slot === 'sg1')
    if (
      reading &&
      !participle &&
      next &&
      !SUBJECT_AFTER.has(next.lower) &&
      next.tag?.upos !== 'PROPN'
    ) {
      const stem = lower.slice(0, -1)
      return {
        index: i,
        expected: word.value[0] === lower[0] ? stem : stem[0]!.toUpperCase() + stem.slice(1),
        uitleg: `Een gebiedende wijs is alleen de stam, zonder t: ‘${stem} …’ (maar wel ‘${lower} u …’).`,
      }
    }
  }
  return undefined
}

/** A dt-form with ik, or before inverted je/jij: the stem ("ik vindt", "vindt je"). */
function dtAfterIk(spot: VerbSpot): VerbFormError | undefined {
  const {i, word, lower, previous, next, verbs} = spot
  if (
    lower.endsWith('dt') &&
    (previous?.lower === 'ik' || ['ik', 'je', 'jij'].includes(next?.lower ?? ''))
  ) {
    const stem = lower.slice(0, -1)
    if (readings(lower).some((a) => verbs.inflect(a.lemma, 'sg1') === stem)) {
      return {
        index: i,
        expected: word.value[0] === lower[0] ? stem : word.value[0]! + stem.slice(1),
        uitleg: `Bij ‘ik’, en bij ‘je’ of ‘jij’ achter het werkwoord, schrijft u alleen de stam: ‘${stem}’.`,
      }
    }
  }
  return undefined
}

/** A d-form where the clause has no finite verb: the verb needs its t ("Het team beantwoord"). */
function dWithoutT(spot: VerbSpot, previous: WordInfo): VerbFormError | undefined {
  const {words, i, lower, tag, clause, next, verbs} = spot
  // The caller has checked: a d-form, no other finite verb, no ik/je/we in the clause.
  const forms = readings(lower)
  const reading = forms.find((a) => a.slot === 'sg1' || a.slot === 'participle')
  const sg3 = reading && verbs.inflect(reading.lemma, 'sg3')
  const subject = clause.some(
    (w) =>
      w.index < i &&
      (THIRD_PERSON.has(w.lower) ||
        ((w.tag!.upos === 'NOUN' || w.tag!.upos === 'PROPN') && w.tag!.feats.Number !== 'Plur')),
  )
  // A participle before a noun or adjective is used as an adjective ("hernieuwd unitarisme");
  // after an auxiliary anywhere earlier in the sentence it belongs to that auxiliary, also
  // across commas of a list ("worden bruggen, machines … vervaardigd").
  const participle = tag.xpos.startsWith('WW|vd')
  const adjectival =
    previous.tag!.upos === 'DET' ||
    (participle && (next?.tag?.upos === 'NOUN' || next?.tag?.upos === 'ADJ'))
  // The tagger makes 'worden' or 'hebben' a main verb when it finds no participle in its own
  // clause, as when a 'zoals' phrase stands between them ("worden metaalproducten zoals bruggen,
  // … en munitie vervaardigd"): those still count.
  const auxiliaryBefore = words.some(
    (w) =>
      w.index < i &&
      AUXILIARY_LEMMAS.has(w.tag!.lemma) &&
      (w.tag!.upos === 'AUX' || (w.tag!.upos === 'VERB' && w.tag!.lemma !== 'zijn')),
  )
  const verbal = tag.upos === 'VERB' || tag.upos === 'AUX'
  if (
    sg3 &&
    verbal &&
    subject &&
    !adjectival &&
    !(participle && auxiliaryBefore) &&
    (sg3 === lower + 't' || sg3 === lower.slice(0, -1) + 't') &&
    !verbs.forms(reading.lemma).some((v) => v.particle !== '' && lower.startsWith(v.particle))
  ) {
    return {
      index: i,
      expected: sg3,
      uitleg:
        sg3 === lower + 't'
          ? `Bij u, hij, zij, het en een zelfstandig naamwoord komt er een t achter de stam: ‘${sg3}’.`
          : `‘${lower}’ is het voltooid deelwoord; zonder hulpwerkwoord is het de tegenwoordige tijd: ‘${sg3}’.`,
    }
  }
  return undefined
}

/** A t-form after is/wordt/heeft at the end of the clause: the participle ("wordt beantwoordt"). */
function tAfterAuxiliary(spot: VerbSpot): VerbFormError | undefined {
  const {i, lower, clause, next, verbs} = spot
  // The caller has checked: a t-form after a finite auxiliary in the clause.
  if (!next || next.tag?.upos === 'VERB' || next.tag?.upos === 'AUX') {
    const reading = readings(lower).find((a) => a.slot === 'sg3' || a.slot === 'sg2')
    const participle = reading && verbs.inflect(reading.lemma, 'participle')
    if (
      participle &&
      participle !== lower &&
      (participle === lower.slice(0, -1) || participle === lower.slice(0, -1) + 'd')
    ) {
      const auxiliary = clause.find(
        (w) => w.index < i && isFinite(w) && AUXILIARY_LEMMAS.has(w.tag!.lemma),
      )!
      return {
        index: i,
        expected: participle,
        uitleg: `Na ‘${auxiliary.value}’ volgt het voltooid deelwoord: ‘${participle}’.`,
      }
    }
  }
  return undefined
}

export function taggedVerbFormErrors(sentence: SentenceInfo): VerbFormError[] {
  const words = sentence.words
  if (words.length === 0 || words.some((w) => !w.tag)) return []
  const verbs = loadVerbTable()
  const errors: VerbFormError[] = []
  const gap = (a: WordInfo, b: WordInfo) =>
    sentence.text.slice(a.end - sentence.start, b.start - sentence.start)
  /** A clause boundary before word i: punctuation or a conjunction or relative word. */
  const boundaryBefore = (i: number) =>
    i === 0 || /[,;:()"“”–]/.test(gap(words[i - 1]!, words[i]!)) || isBoundary(words[i]!)
  // Clause bounds of every word, in one pass each way (not a scan per word): `from` is the
  // nearest boundary at or before the word, `to` the word before the next boundary.
  const n = words.length
  const fromOf = new Int32Array(n)
  const toOf = new Int32Array(n)
  for (let i = 0; i < n; i++) fromOf[i] = boundaryBefore(i) ? i : fromOf[i - 1]!
  for (let i = n - 1; i >= 0; i--) toOf[i] = i + 1 < n && fromOf[i + 1] !== i + 1 ? toOf[i + 1]! : i
  /** The words of each clause, sliced once per clause (keyed by its first word). */
  const clauses = new Map<number, readonly WordInfo[]>()
  const question = sentence.text.trimEnd().endsWith('?')

  for (let i = 0; i < n; i++) {
    const word = words[i]!
    if (word.masked) continue
    const lower = word.lower
    // Every check below is about the first word or a word ending in d or t.
    if (i !== 0 && !lower.endsWith('d') && !lower.endsWith('t')) continue
    const from = fromOf[i]!
    const to = toOf[i]!
    let clause = clauses.get(from)
    if (!clause) {
      clause = words.slice(from, to + 1)
      clauses.set(from, clause)
    }
    const previous = i > from ? words[i - 1] : undefined
    const next = i < to ? words[i + 1] : undefined
    const spot: VerbSpot = {
      words,
      i,
      word,
      lower,
      tag: word.tag!,
      clause,
      from,
      previous,
      next,
      verbs,
      question,
    }
    const early = imperativeWithT(spot) ?? dtAfterIk(spot)
    if (early) {
      errors.push(early)
      continue
    }
    if (word.value !== lower || i === from) continue
    // Only what the word's ending asks for is looked up in its clause.
    let error: VerbFormError | undefined
    if (lower.endsWith('d')) {
      const hasOtherFinite = clause.some((w) => w !== word && isFinite(w))
      const informal = !hasOtherFinite && clause.some((w) => FIRST_SECOND.has(w.lower))
      if (!hasOtherFinite && !informal && previous) error = dWithoutT(spot, previous)
    } else if (lower.endsWith('t')) {
      const hasAuxiliary = clause.some(
        (w) => w.index < i && isFinite(w) && AUXILIARY_LEMMAS.has(w.tag!.lemma),
      )
      if (hasAuxiliary) error = tAfterAuxiliary(spot)
    }
    if (error) errors.push(error)
  }
  return errors
}
