import type {SentenceInfo, WordInfo} from '../rule.js'
import {alsNamesRole, RELATIVE_ADVERB} from './clauses.js'
import {loadVerbTable, MODAL_LEMMAS, type VerbAnalysis, type VerbTable} from './verbs.js'
import {STEM_T, type VerbFormError} from './verb-forms.js'

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
/** Third-person subjects that can follow the finite verb when the clause opens with something else. */
const INVERTED_SUBJECTS = new Set(['hij', 'zij', 'ze', 'het', 'men', 'u', 'dat', 'dit', 'die'])
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
/** Conjunctions after which a stem opens an imperative: "Of beantwoord deze e-mail", "Of meld u aan". */
const IMPERATIVE_CONJUNCTIONS = new Set(['of', 'en', 'maar', 'want'])
/** Finite auxiliaries that take a participle ("is gebeurd", "wordt beantwoord", "heeft"). */
const AUXILIARY_LEMMAS = new Set(['zijn', 'worden', 'hebben'])

/** Whether the tagger reads a word as a finite verb (persoonsvorm). */
export const isFinite = (w: WordInfo) => w.tag?.xpos.startsWith('WW|pv') === true
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
  /**
   * The sentence goes on with ", dan …": a verb at its start opens a condition ("Volgt daarna
   * nog geen betaling, dan …"), not an imperative.
   */
  conditional: boolean
  /**
   * A later sentence of a list item or table cell: a description whose subject the item names
   * ("- Appelboom (laagstam): wordt 3 tot 4 meter hoog. Geeft appels."), not an imperative.
   */
  described: boolean
}

/** ", dan" or ", zo" opening the main clause after a condition. */
const CONDITION_THEN = /,\s*(?:dan|zo)\s/i

/** Imperative with t at the start of the sentence: "Houdt rekening met de datum". */
function imperativeWithT(spot: VerbSpot): VerbFormError | undefined {
  const {i, word, lower, tag, next, verbs, question, conditional, described} = spot
  if (
    i === 0 &&
    !question &&
    !conditional &&
    !described &&
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

/** Singular present and past slots, and the plural slot that replaces each after wij/we. */
const PLURAL_OF: ReadonlyMap<string, 'pl' | 'pastPl'> = new Map([
  ['sg1', 'pl'],
  ['sg2', 'pl'],
  ['sg3', 'pl'],
  ['pastSg', 'pastPl'],
])

/**
 * A singular finite verb with wij or we right before or after it: "Daarom stuurt wij een
 * monteur", "Wij kan u niet helpen", "Morgen heeft we geen spreekuur". Only forms that are never
 * plural (not "kunnen", not the stem of a verb whose plural is the same) and only with the pronoun
 * next to the verb in its clause, so that the pronoun is its subject.
 */
function singularWithWij(spot: VerbSpot): VerbFormError | undefined {
  const {i, word, lower, tag, previous, next, verbs} = spot
  if (tag.upos !== 'VERB' && tag.upos !== 'AUX') return undefined
  const wij = (w: WordInfo | undefined) =>
    w !== undefined && (w.lower === 'wij' || w.lower === 'we')
  if (!wij(previous) && !wij(next)) return undefined
  const forms = readings(lower)
  if (forms.some((a) => !PLURAL_OF.has(a.slot))) return undefined
  const reading = forms[0]
  const slot = reading && PLURAL_OF.get(reading.slot)
  const plural = slot && verbs.inflect(reading.lemma, slot)
  if (!plural || plural === lower) return undefined
  return {
    index: i,
    expected: word.value[0] === lower[0] ? plural : plural[0]!.toUpperCase() + plural.slice(1),
    uitleg: `Bij ‘wij’ en ‘we’ hoort het meervoud: ‘wij ${plural}’.`,
  }
}

/**
 * A d-form that opens a question, before a third-person subject: "Word de lamp niet gemaakt?",
 * "Vind u dat goed?" (Wordt, Vindt). Only in a question: at the start of a statement the stem is
 * an imperative ("Houd de deur dicht", "Meld u aan"). Any other stem before 'u', 'hij' or 'het'
 * in a question too: "Gebruik u medicijnen?" (Gebruikt; blind letters, set-y).
 */
function dOpeningQuestion(spot: VerbSpot): VerbFormError | undefined {
  const {i, word, lower, tag, next, verbs, question, conditional, words} = spot
  if (i !== 0 || !(question || conditional) || !next) return undefined
  if (!lower.endsWith('d') && !(question && ['u', 'hij', 'het'].includes(next.lower)))
    return undefined
  // A question that opens with a word the tagger read as a noun ("Brand de lamp nog steeds
  // niet?", blind letters set-k; "Gebruik u medicijnen?", set-y): a noun right before an article
  // or 'u', in a question with no other finite verb, is the verb.
  const verbAsNoun =
    question &&
    tag.upos === 'NOUN' &&
    (DEFINITE.has(next.lower) || next.lower === 'u') &&
    !words.some((w, j) => j > 0 && w.tag?.feats.VerbForm === 'Fin')
  if (tag.upos !== 'VERB' && tag.upos !== 'AUX' && !verbAsNoun) return undefined
  const subject =
    ['u', 'hij', 'het'].includes(next.lower) ||
    // "Veranderd er iets in uw situatie?" (blind letters, set-i): the subject after 'er'.
    (next.lower === 'er' && ER_SUBJECTS.has(words[2]?.lower ?? '')) ||
    (DEFINITE.has(next.lower) &&
      words.slice(2, 5).find((w) => w.tag?.upos === 'NOUN')?.tag?.feats.Number === 'Sing')
  if (!subject) return undefined
  // The stem ("Word de lamp …?") or the participle ("Veranderd er iets?") for the t-form.
  const forms = readings(lower)
  const stem = forms.find((a) => a.slot === 'sg1')
  const participle = forms.find((a) => a.slot === 'participle')
  // Outside a question a stem at the start may be an imperative ("Meld uw verhuizing, dan …"):
  // there only the participle counts ("Veranderd uw inkomen, dan …").
  if (!question && (stem || !participle)) return undefined
  // Only a d-form can be a participle written for the t-form; another word needs the stem.
  if (!lower.endsWith('d') && !stem) return undefined
  // A stem that is also a past tense of another verb is that past tense: "Was het geluid harder
  // dan mocht?" is 'zijn', not 'wassen' (blind letters, set-ddd).
  if (stem && forms.some((a) => a.slot === 'pastSg' && a.lemma !== stem.lemma)) return undefined
  const reading = stem ?? participle
  const sg3 = reading && verbs.inflect(reading.lemma, 'sg3')
  if (!sg3) return undefined
  if (stem ? sg3 !== lower + 't' : sg3 !== lower.slice(0, -1) + 't') return undefined
  const example = `‘${sg3} ${next.lower} …${question ? '?' : ''}’`
  return {
    index: i,
    expected: word.value[0]! + sg3.slice(1),
    uitleg: stem
      ? `Bij u, hij, het en een zelfstandig naamwoord komt er een t achter de stam${question ? ', ook in een vraag' : ''}: ${example}.`
      : `‘${lower}’ is het voltooid deelwoord; vooraan in de zin is de persoonsvorm ${example}.`,
  }
}

/** Subjects after 'er' at the start: "Verandert er iets?", "Komt er een brief?". */
const ER_SUBJECTS = new Set(['iets', 'niets', 'wat', 'een', 'veel', 'geen', 'nog', 'zo', 'meer'])

/** Determiners that open a subject after a verb at the start of a question ("Word de lamp …?"). */
const DEFINITE = new Set(['de', 'het', 'uw', 'deze', 'dit', 'die', 'dat', 'zijn', 'haar', 'onze'])

/** Finite slots of the verb table. */
const FINITE_SLOTS = new Set(['sg1', 'sg2', 'sg3', 'pl', 'pastSg', 'pastPl'])

/** Conjunctions that open a subclause in front of the main clause ("Als u …, word de kras …"). */
const FRONTED = new Set([
  'als',
  'wanneer',
  'zodra',
  'omdat',
  'nadat',
  'voordat',
  'indien',
  'doordat',
  'terwijl',
  'hoewel',
  'zolang',
  'tenzij',
])

/**
 * The finite verb that opens the main clause after a subclause in front, before a third-person
 * subject: "Als u er met een sleutel over krast, word de kras zilverkleurig" (wordt), "Als het
 * regent, geld de regeling niet meer" (geldt); blind letters, set-p. Not before je or jij ("…, word
 * je gebeld") or u ("…, meld u dan …" is an imperative too), and only a stem whose t-form is the
 * stem with a t.
 */
function dOpeningMainClause(spot: VerbSpot, sentenceFirst: WordInfo): VerbFormError | undefined {
  const {i, lower, tag, next, verbs, words} = spot
  if (!next || !lower.endsWith('d') || !FRONTED.has(sentenceFirst.lower)) return undefined
  // The tagger may read the verb as a noun before an article ("…, geld de regeling niet meer").
  const verbAsNoun = tag.upos === 'NOUN' && DEFINITE.has(next.lower)
  if (tag.upos !== 'VERB' && tag.upos !== 'AUX' && !verbAsNoun) return undefined
  // The subclause in front has a finite verb of its own before this comma (the tagger may read
  // it as a noun: "Als het regent, …"), so it is a clause, not "Als bewoner van de wijk, …".
  const finiteInFront = words.some(
    (w) =>
      w.index > 0 &&
      w.index < i &&
      (isFinite(w) || readings(w.lower).some((a) => FINITE_SLOTS.has(a.slot))),
  )
  if (!finiteInFront) return undefined
  // Not 'u': after a condition "meld u dan …" is also the polite imperative of a reflexive verb.
  const subject =
    ['hij', 'het', 'men'].includes(next.lower) ||
    (DEFINITE.has(next.lower) &&
      words.slice(i + 2, i + 5).find((w) => w.tag?.upos === 'NOUN')?.tag?.feats.Number === 'Sing')
  if (!subject) return undefined
  const forms = readings(lower)
  const stem = forms.find((a) => a.slot === 'sg1')
  const sg3 = stem && verbs.inflect(stem.lemma, 'sg3')
  if (sg3 === lower + 't') {
    return {
      index: i,
      expected: sg3,
      uitleg: `Bij u, hij, het en een zelfstandig naamwoord komt er een t achter de stam, ook vooraan in de hoofdzin: ‘${sg3} ${next.lower} …’.`,
    }
  }
  // The participle written for the t-form: "Als ik een stuk instuur, beweerd de redactie …"
  // (beweert; training treebank).
  const participle = !stem && forms.find((a) => a.slot === 'participle')
  const finite = participle && verbs.inflect(participle.lemma, 'sg3')
  if (!finite || finite !== lower.slice(0, -1) + 't') return undefined
  return {
    index: i,
    expected: finite,
    uitleg: `‘${lower}’ is het voltooid deelwoord; vooraan in de hoofdzin is de persoonsvorm ‘${finite} ${next.lower} …’.`,
  }
}

/** Conjunctions after which a verb shares the subject of the clause before: "… en beoordeeld deze". */
const COORDINATING = new Set(['en', 'maar'])
/** Verbs after which a participle past 'en' is an adjective: "Het pakket is compleet en verzegeld". */
const COPULAS = new Set(['zijn', 'worden', 'blijven', 'lijken', 'schijnen', 'raken'])

/**
 * Whether the d-form at i follows 'en' or 'maar' right after a conjunct whose finite verb is a
 * present singular with a third-person subject, so that the d-form is a second finite verb with
 * the same subject: "Aspirine heeft een effect op de bloedplaatjes en belemmerd deze" (belemmert),
 * "… wil al zijn werken verkopen, maar vind geen koper" (vindt); training treebanks. Not after a
 * copula ("is compleet en verzegeld": an adjective), not when a participle stands between the
 * finite verb and the conjunction ("heeft de brief gelezen en begrepen"), not after an adjective
 * or adverb ("werkt snel en gemotiveerd"), and not with ik, je, jij or wij in the sentence.
 */
function sharesSubject(words: readonly WordInfo[], i: number): boolean {
  const conjunction = words[i - 1]
  const before = words[i - 2]
  if (!conjunction || !before || !COORDINATING.has(conjunction.lower)) return false
  if (before.tag!.upos === 'ADJ' || before.tag!.upos === 'ADV') return false
  if (words.slice(0, i).some((w) => FIRST_SECOND.has(w.lower))) return false
  // "dient de schutting te verwijderen en verwijderd te houden" (blind letters, set-k): a
  // participle of a second infinitive phrase, with an infinitive after it.
  // An 'om … te' phrase after it is its own ("belemmert deze om samen te klonteren").
  for (let k = i + 1; k < words.length && !isBoundary(words[k]!) && words[k]!.lower !== 'om'; k++) {
    if (words[k]!.lower === 'te' || words[k]!.tag!.xpos.startsWith('WW|inf')) return false
  }
  for (let k = i - 2; k >= 0; k--) {
    const w = words[k]!
    const tag = w.tag!
    if (tag.xpos.startsWith('WW|vd') || w.lower === 'te') return false
    if (isFinite(w)) {
      if (COPULAS.has(tag.lemma)) return false
      return (
        // A present singular: with t, or a modal's without it ("hij wil", "het kan").
        tag.xpos === 'WW|pv|tgw|met-t' ||
        (tag.xpos === 'WW|pv|tgw|ev' && MODAL_LEMMAS.has(tag.lemma))
      )
    }
    if (tag.upos === 'SCONJ' || tag.xpos.includes('betr')) return false
  }
  return false
}

/** A d-form where the clause has no finite verb: the verb needs its t ("Het team beantwoord"). */
function dWithoutT(spot: VerbSpot, previous: WordInfo, shared = false): VerbFormError | undefined {
  const {words, i, lower, tag, clause, next, verbs, question} = spot
  // The caller has checked: a d-form, no other finite verb, no ik/je/we in the clause.
  const forms = readings(lower)
  // The past tense of another verb is right as it stands: 'reed' (rijden) is also the stem of
  // the rare 'reden', 'wond' (winden) of 'wonden' (blind letters, set-pp: "langs uw tuin reed"
  // got 'reedt').
  if (forms.some((a) => a.slot === 'pastSg' || a.slot === 'pastPl')) return undefined
  const reading = forms.find((a) => a.slot === 'sg1' || a.slot === 'participle')
  // A participle with its own door-phrase or before a te-infinitive belongs to a phrase, not to
  // the clause's finite verb: "de handtekeningenlijst ondertekend door 23 bewoners", "beide
  // exemplaren ondertekend te retourneren", "ingevuld terug te sturen" (blind letters, set-vv).
  if (forms.some((a) => a.slot === 'participle') && participlePhrase(words, i)) return undefined
  // A clause that opens with a preposition and closes with 'te' and an infinitive has no finite
  // verb: a stem there is a noun the tagger took for one ("Door de bovenste laag grond weg te
  // halen, …"; blind letters, set-xxx: got 'grondt').
  if (
    words[spot.from]?.tag?.upos === 'ADP' &&
    !INVERTED_SUBJECTS.has(next?.lower ?? '') &&
    !nounPhraseAfter(words, i) &&
    participlePhrase(words, i)
  )
    return undefined
  // A stem after 'en' or 'of' in a sentence that opens with an imperative is the next imperative,
  // also before 'het' ("Schrijf in uw bezwaar waarom …, en vermeld het zaaknummer"; blind
  // letters, set-fff).
  if (
    forms.some((a) => a.slot === 'sg1') &&
    ['of', 'en'].includes(words[i - 1]?.lower ?? '') &&
    opensWithImperative(words)
  )
    return undefined
  const sg3 = reading && verbs.inflect(reading.lemma, 'sg3')
  // The subject before the verb, or right after it when something else opens the clause (the
  // verb second: "Hierdoor verminderd het vermogen", "Omgekeerd geld dat niet").
  const subject =
    shared ||
    clause.some(
      (w) =>
        w.index < i &&
        (THIRD_PERSON.has(w.lower) ||
          ((w.tag!.upos === 'NOUN' || w.tag!.upos === 'PROPN') &&
            w.tag!.feats.Number !== 'Plur' &&
            !asRole(words, w.index))),
    ) ||
    (next !== undefined &&
      INVERTED_SUBJECTS.has(next.lower) &&
      // A stem before 'u' right after a conjunction, outside a question, is an imperative with
      // its reflexive pronoun: "Of meld u direct aan via de website" (blind letters, set-uuu).
      !(
        next.lower === 'u' &&
        !question &&
        forms.some((a) => a.slot === 'sg1') &&
        IMPERATIVE_CONJUNCTIONS.has(words[i - 1]?.lower ?? '')
      )) ||
    // a noun phrase after a stem ('vind', 'beantwoord'), not after a form that is only a
    // participle ("en meer bepaald de strijd om …": held-out treebank), nor after a conjunction
    // that opens the sentence: an imperative ("Of beantwoord deze e-mail."); after 'of' or 'en'
    // in a sentence that opens with an imperative see above ("Bel ons of beantwoord deze
    // e-mail"; blind letters, set-bbb)
    (forms.some((a) => a.slot === 'sg1') &&
      !(i === 1 && IMPERATIVE_CONJUNCTIONS.has(words[0]!.lower)) &&
      nounPhraseAfter(words, i))
  // A participle before a noun, or before an adjective of that noun, is used as an adjective
  // ("hernieuwd unitarisme", "met vernieuwd groot elan"); before an adverb it is the verb: "De
  // gemeente hersteld snel de schade", "Ron hersteld volledig" (herstelt; held-out treebank).
  // After an auxiliary anywhere earlier in the sentence it belongs to that auxiliary, also
  // across commas of a list ("worden bruggen, machines … vervaardigd").
  const participle = tag.xpos.startsWith('WW|vd')
  const adjectival =
    previous.tag!.upos === 'DET' ||
    (participle &&
      (next?.tag?.upos === 'NOUN' ||
        (next?.tag?.upos === 'ADJ' && ['NOUN', 'ADJ'].includes(words[i + 2]?.tag?.upos ?? ''))))
  // The tagger makes 'worden' or 'hebben' a main verb when it finds no participle in its own
  // clause, as when a 'zoals' phrase stands between them ("worden metaalproducten zoals bruggen,
  // … en munitie vervaardigd"): those still count.
  // Not across a relative pronoun or subordinating conjunction that opens the word's clause: that
  // clause needs a finite verb of its own ("wordt een arts ingeschakeld die beoordeeld of u …":
  // beoordeelt; blind letters, set-ee).
  const opener = words[spot.from]!
  const ownClause =
    spot.from > 0 && (opener.tag!.upos === 'SCONJ' || opener.tag!.xpos.includes('betr'))
  const auxiliaryBefore = words.some(
    (w) =>
      w.index < i &&
      (!ownClause || w.index > spot.from) &&
      AUXILIARY_LEMMAS.has(w.tag!.lemma) &&
      (w.tag!.upos === 'AUX' || (w.tag!.upos === 'VERB' && w.tag!.lemma !== 'zijn')),
  )
  // A relative clause without a finite verb of its own by the tagger may have ended before the
  // participle, when a finite worden, zijn or hebben before it still waits for its participle:
  // "wordt het zicht van verkeersdeelnemers die de rotonde naderen door de aanhangwagen …
  // belemmerd" ('naderen' read as a noun; blind letters, set-ccc: got 'belemmert').
  const waiting =
    ownClause && opener.tag!.xpos.includes('betr') && auxiliaryWaiting(words, spot.from)
  const verbal = tag.upos === 'VERB' || tag.upos === 'AUX'
  if (
    sg3 &&
    verbal &&
    subject &&
    !adjectival &&
    // A shared subject was checked with the conjunct's own finite verb and no participle there.
    !(participle && (auxiliaryBefore || waiting) && !shared) &&
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

/**
 * A noun without article right after 'als' names a role, not a subject: "aan te wijzen als
 * parkeerplaats uitsluitend bestemd voor het opladen" (blind letters, set-mmmm got 'bestemt').
 */
function asRole(words: readonly WordInfo[], index: number): boolean {
  let k = index - 1
  while (k >= 0 && words[k]!.tag?.upos === 'ADJ') k--
  return words[k]?.lower === 'als'
}

/** A finite worden, zijn or hebben before word `from` with no participle after it yet. */
function auxiliaryWaiting(words: readonly WordInfo[], from: number): boolean {
  for (let k = from - 1; k >= 0; k--) {
    const tag = words[k]!.tag!
    if (tag.xpos.startsWith('WW|vd')) return false
    if (tag.xpos.startsWith('WW|pv')) return AUXILIARY_LEMMAS.has(tag.lemma)
  }
  return false
}

/**
 * The sentence opens with an imperative: a verb's stem as its first word, with no subject pronoun
 * after it ("Bel dan het team …"; not the question "Vind u …?").
 */
function opensWithImperative(words: readonly WordInfo[]): boolean {
  const first = words[0]
  if (!first || first.value === first.lower) return false
  return (
    readings(first.lower).some((a) => a.slot === 'sg1') &&
    !SUBJECT_PRONOUNS.has(words[1]?.lower ?? '') &&
    words[1]?.lower !== 'er'
  )
}

/** The word after `i` opens a door-phrase, or a te-infinitive follows (after a particle). */
function participlePhrase(words: readonly WordInfo[], i: number): boolean {
  const next = words[i + 1]?.lower
  if (next === 'door') return true
  // 'te' and its infinitive within a few words, also after a phrase of its own: "ingevuld terug te
  // sturen", "ondertekend aan ons te retourneren" (blind letters, set-www: got 'ondertekent').
  for (let k = i + 1; k < Math.min(words.length - 1, i + 5); k++) {
    const word = words[k]!
    if (word.lower === 'te') return words[k + 1]!.tag?.xpos.startsWith('WW|inf') === true
    // An 'om … te' phrase is its own: "belemmerd deze om samen te klonteren" (held-out treebank).
    if (word.tag?.xpos.startsWith('WW|pv') || word.tag?.upos === 'SCONJ' || word.lower === 'om')
      return false
  }
  return false
}

/**
 * A singular noun phrase right after the verb: its subject when something else opened the clause
 * ("Dan vind de gemeente een oplossing", "Daarna beantwoord de afdeling uw vraag"; held-out
 * treebank: "Maar dan vind Ron bloed"). An article or possessive, adjectives, then the noun.
 */
function nounPhraseAfter(words: readonly WordInfo[], i: number): boolean {
  // After 'er' the subject may be a bare noun: "Hierdoor treed er vertraging op" (held-out
  // treebank: "Hierdoor treed er een zekere specialisatie … op").
  const er = words[i + 1]?.lower === 'er'
  const at = er ? i + 2 : i + 1
  const first = words[at]
  // A name is a subject of its own: "Maar dan vind Ron bloed" (held-out treebank).
  if (first?.tag!.upos === 'PROPN' && first.value !== first.lower) return true
  if (er && first?.tag!.upos === 'NOUN' && first.tag.feats.Number !== 'Plur') return true
  if (!first || first.tag!.upos !== 'DET' || first.lower === 'die' || first.lower === 'dat')
    return false
  for (let k = at + 1; k < Math.min(words.length, at + 4); k++) {
    const upos = words[k]!.tag!.upos
    if (upos === 'ADJ') continue
    return (upos === 'NOUN' || upos === 'PROPN') && words[k]!.tag!.feats.Number !== 'Plur'
  }
  return false
}

/** Personal pronouns that are the subject of a verb of their own ("hoe hij het behandelt"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  ...FIRST_SECOND,
  'hij',
  'zij',
  'ze',
  'u',
  'men',
])
/** Question and relative adverbs that open a clause: "waarin hij …", "hoe het …", "wanneer u …". */
const opensClause = (word: string) =>
  RELATIVE_ADVERB.test(word) || /^(?:waar|hoe|wanneer)$/.test(word)

/**
 * The participle a t-form stands for when it differs from it only in its last letter
 * ("beantwoordt" → "beantwoord", "verbouwt" → "verbouwd"), if the verb table has one.
 */
function participleOfT(lower: string, verbs: VerbTable): string | undefined {
  const reading = readings(lower).find((a) => a.slot === 'sg3' || a.slot === 'sg2')
  const participle = reading && verbs.inflect(reading.lemma, 'participle')
  return participle &&
    participle !== lower &&
    (participle === lower.slice(0, -1) || participle === lower.slice(0, -1) + 'd')
    ? participle
    : undefined
}

/**
 * A t-form after a finite auxiliary in its clause where the participle belongs: "Uw vraag wordt
 * beantwoordt", "De zaden werden bewaart voor de uitzaai", "Het werd bevestigt na onderzoek", and
 * after a modal with the infinitive of the auxiliary ("kan worden verbouwt"). A clause has one
 * finite verb, so the t-form is not another one, whatever follows it; but a subject pronoun
 * between them, not right after the auxiliary, gives the t-form a clause of its own that no
 * conjunction opened ("Het is belangrijk hoe hij het behandelt"), and so does a question or
 * relative adverb ("een werk waarin De Morgan een intuïtie vertoont").
 */
function tAfterAuxiliary(spot: VerbSpot, auxiliary: WordInfo): VerbFormError | undefined {
  const {words, i, lower, verbs} = spot
  const participle = participleOfT(lower, verbs)
  if (!participle) return undefined
  for (let k = auxiliary.index + 1; k < i; k++) {
    const between = words[k]!.lower
    if (opensClause(between)) return undefined
    if (k > auxiliary.index + 1 && SUBJECT_PRONOUNS.has(between)) return undefined
  }
  return {
    index: i,
    expected: participle,
    uitleg: `Na ‘${auxiliary.value}’ volgt het voltooid deelwoord: ‘${participle}’.`,
  }
}

/** Verbs with a 'te' infinitive after them: their own t-form stands before 'te worden'. */
const TAKES_TE = new Set([
  'behoeven',
  'hoeven',
  'dienen',
  'blijken',
  'lijken',
  'schijnen',
  'proberen',
  'trachten',
  'weigeren',
  'dreigen',
  'beloven',
  'durven',
  'hopen',
  'menen',
  'verdienen',
  'vrezen',
])

/**
 * A t-form right before a form of worden, zijn or hebben that closes a verb cluster: "dat hij door
 * het weekblad benadert werd", "die bewaart zijn van de vorige oogst", "moeten deze rassen
 * verbouwt worden". Only where the clause cannot be the subject of what follows ("Wat u betaalt
 * is …", "De zaden die hij bewaart zijn groot"): a finite verb comes before the t-form in its own
 * clause, or the clause is a subordinate one and the sentence has its finite verb already.
 */
function tBeforeAuxiliary(spot: VerbSpot): VerbFormError | undefined {
  const {words, i, lower, clause, from, next, verbs} = spot
  // "moet drastisch verlaagt te worden" (verlaagd; training treebank): the participle before
  // 'te worden', in a sentence with a finite verb that governs it.
  if (next?.lower === 'te' && words[i + 1] === next && words[i + 2]?.lower === 'worden') {
    // Not the clause's own finite verb: one comes before it in the clause, or in the sentence
    // before a clause that no conjunction opened ("waardoor niet gevreesd behoeft te worden" is
    // the finite verb of its clause; blind letters, set-w), and never a verb that takes 'te'.
    const governed =
      clause.some((w) => w.index < i && isFinite(w)) ||
      (!isBoundary(words[from]!) && words.slice(0, from).some(isFinite))
    const participle =
      governed && !readings(lower).some((a) => TAKES_TE.has(a.lemma)) && participleOfT(lower, verbs)
    return participle
      ? {
          index: i,
          expected: participle,
          uitleg: `Met ‘te worden’ hoort hier het voltooid deelwoord: ‘${participle}’.`,
        }
      : undefined
  }
  // The tagger may read worden/hebben there as a main verb: it sees no participle beside them.
  const verbal = next?.tag?.upos === 'AUX' || next?.tag?.upos === 'VERB'
  if (!next || !verbal || !AUXILIARY_LEMMAS.has(next.tag!.lemma)) return undefined
  const finiteBefore =
    clause.some((w) => w.index < i && isFinite(w)) ||
    (from > 0 && isBoundary(words[from]!) && words.slice(0, from).some(isFinite))
  if (!finiteBefore) return undefined
  const participle = participleOfT(lower, verbs)
  if (!participle) return undefined
  return {
    index: i,
    expected: participle,
    uitleg: `Met ‘${next.value}’ hoort hier het voltooid deelwoord: ‘${participle}’.`,
  }
}

/** What a verb spot needs to know of its sentence as a whole (see VerbSpot). */
function sentenceFacts(
  sentence: SentenceInfo,
): Pick<VerbSpot, 'question' | 'conditional' | 'described'> {
  return {
    question: sentence.text.trimEnd().endsWith('?'),
    conditional: CONDITION_THEN.test(sentence.text),
    described: sentence.indexInUnit > 0 && ['listItem', 'tableCell'].includes(sentence.unit.kind),
  }
}

export function taggedVerbFormErrors(sentence: SentenceInfo): VerbFormError[] {
  const words = sentence.words
  if (words.length === 0 || words.some((w) => !w.tag)) return []
  const verbs = loadVerbTable()
  const errors: VerbFormError[] = []
  const gap = (a: WordInfo, b: WordInfo) =>
    sentence.text.slice(a.end - sentence.start, b.start - sentence.start)
  /** A clause boundary before word i: punctuation or a conjunction or relative word. */
  // 'als' before a role is no boundary after a finite worden or zijn: "Uw brief wordt als klacht
  // behandeld" (behandeld belongs to wordt).
  // So is 'staan' with its participle: "Op het monument staat als sterfjaar 1944 vermeld" (blind
  // letters, set-uu: 'vermeldt' broke the sentence).
  const auxiliaryAt = words.findIndex(
    (w) =>
      isFinite(w) &&
      (w.tag!.lemma === 'worden' || w.tag!.lemma === 'zijn' || w.tag!.lemma === 'staan'),
  )
  // Nor is the 'en' of 'tot en met', which joins two points of one range: "Uw aanvraag was tot en
  // met 29 juni behandelt" (held-out treebank: "tot en met 29 juni 2006 vertegenwoordigt").
  const boundaryBefore = (i: number) =>
    i === 0 ||
    /[,;:()"“”–]/.test(gap(words[i - 1]!, words[i]!)) ||
    (isBoundary(words[i]!) &&
      !(auxiliaryAt !== -1 && auxiliaryAt < i && alsNamesRole(sentence, i)) &&
      !(words[i]!.lower === 'en' && words[i - 1]!.lower === 'tot' && words[i + 1]?.lower === 'met'))
  // Clause bounds of every word, in one pass each way (not a scan per word): `from` is the
  // nearest boundary at or before the word, `to` the word before the next boundary.
  const n = words.length
  const fromOf = new Int32Array(n)
  const toOf = new Int32Array(n)
  for (let i = 0; i < n; i++) fromOf[i] = boundaryBefore(i) ? i : fromOf[i - 1]!
  for (let i = n - 1; i >= 0; i--) toOf[i] = i + 1 < n && fromOf[i + 1] !== i + 1 ? toOf[i + 1]! : i
  /** The words of each clause, sliced once per clause (keyed by its first word). */
  const clauses = new Map<number, readonly WordInfo[]>()
  const facts = sentenceFacts(sentence)

  const hasWij = words.some((w) => w.lower === 'wij' || w.lower === 'we')
  for (let i = 0; i < n; i++) {
    const word = words[i]!
    if (word.masked) continue
    const lower = word.lower
    // Every check below is about the first word, a word ending in d or t, or a verb beside wij/we.
    const besideWij =
      hasWij &&
      (['wij', 'we'].includes(words[i - 1]?.lower ?? '') ||
        ['wij', 'we'].includes(words[i + 1]?.lower ?? ''))
    if (i !== 0 && !lower.endsWith('d') && !lower.endsWith('t') && !besideWij) continue
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
      ...facts,
    }
    const early =
      imperativeWithT(spot) ??
      dtAfterIk(spot) ??
      dOpeningQuestion(spot) ??
      (besideWij ? singularWithWij(spot) : undefined)
    if (early) {
      errors.push(early)
      continue
    }
    const before = i === from && i > 0 ? gap(words[i - 1]!, word) : ''
    if (/[,)]/.test(before)) {
      const inverted = before.includes(',') ? dOpeningMainClause(spot, words[0]!) : undefined
      if (inverted) {
        errors.push(inverted)
        continue
      }
      // After an apposition: "Mevrouw L. Gerritsen, klachtencoördinator, behandeld uw klacht"
      // (behandelt; blind letters, set-p), or a short part between brackets: "De omgevingsdienst
      // (ODR) beoordeeld uw aanvraag" (training treebank: "… Records (GWR) verzameld …"). The
      // subject opens the sentence, a short part without a verb stands between commas or
      // brackets, and the verb follows: the clause is read from the start.
      const apposition = fromOf[i - 1]!
      if (
        lower.endsWith('d') &&
        word.value === lower &&
        apposition > 0 &&
        i - apposition <= 4 &&
        fromOf[apposition - 1] === 0 &&
        !isBoundary(words[0]!) &&
        words[0]!.tag!.upos !== 'SCONJ' &&
        !words.slice(0, i).some((w) => isFinite(w) || STEM_T.has(w.lower)) &&
        !words.slice(i + 1, to + 1).some((w) => isFinite(w)) &&
        // No verb in the apposition ("De aanvraag, ingediend op 3 maart, …") and no ik, je or
        // wij anywhere before the next boundary ("Wij, de gemeente, behandelen …").
        !words.slice(apposition, i).some((w) => w.tag!.upos === 'VERB' || w.tag!.upos === 'AUX') &&
        !words.slice(0, to + 1).some((w) => FIRST_SECOND.has(w.lower)) &&
        // A participle with a preposition after it opens a phrase of its own ("…, onderverdeeld
        // in een Vlaamse Gemeenschap": held-out treebank), not the verb of the sentence.
        next !== undefined &&
        next.tag!.upos !== 'ADP'
      ) {
        const error = dWithoutT({...spot, clause: words.slice(0, to + 1), from: 0}, words[i - 1]!)
        if (error) {
          errors.push(error)
          continue
        }
      }
    }
    if (word.value !== lower || i === from) continue
    // Only what the word's ending asks for is looked up in its clause.
    let error: VerbFormError | undefined
    if (lower.endsWith('d')) {
      // A stem that the list check reports as the finite verb without its t ("Uw aanvraag word
      // door … beoordeeld") is the clause's finite verb: the participle stays a participle.
      const hasOtherFinite = clause.some((w) => w !== word && (isFinite(w) || STEM_T.has(w.lower)))
      const informal = !hasOtherFinite && clause.some((w) => FIRST_SECOND.has(w.lower))
      if (!hasOtherFinite && !informal && previous)
        error = dWithoutT(spot, previous, i === from + 1 && sharesSubject(words, i))
    } else if (lower.endsWith('t')) {
      // A finite worden/zijn/hebben before it, or their infinitive after a finite modal.
      const finiteBefore = clause.some((w) => w.index < i && isFinite(w))
      const auxiliary = clause.find(
        (w) =>
          w.index < i &&
          AUXILIARY_LEMMAS.has(w.tag!.lemma) &&
          (isFinite(w) || (finiteBefore && w.tag!.xpos.startsWith('WW|inf'))),
      )
      error = auxiliary ? tAfterAuxiliary(spot, auxiliary) : tBeforeAuxiliary(spot)
    }
    if (error) errors.push(error)
  }
  return errors
}
