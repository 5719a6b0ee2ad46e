import type {SentenceInfo, WordInfo} from '../rule.js'
import {bareAdjective, inflectAdjective} from './adjectives.js'
import {articleOf, genderOf, hasTwoArticles, sameCase, singularKnown} from './fit.js'
import {loadFrequency} from './frequency.js'
import {nounPhraseStart, relativePronoun} from './relative-pronoun.js'
import {sharedWordClasses} from './tagger/index.js'
import {ADJECTIVE_FLAG} from './tagger/word-classes.js'
import {loadVerbTable, MODAL_LEMMAS} from './verbs.js'

/**
 * Agreement inside a noun phrase that hunspell cannot see, because every word exists: the article
 * or demonstrative that does not fit the noun ("het bijbehorende emissiefactor", "de bloemstuk",
 * "deze besluit"), the adjective's -e ("een verwachte bezoekersaantal", "in een groen kleur", "de
 * nieuw regels") and the relative pronoun after a het-word ("het besluit, die"). Blind letters of
 * sets yy-ccc named such errors as missed 14 times. Only what is certain is reported: a noun whose
 * article the word list knows (lidwoorden.tsv, its compound head, or a suffix of de-words), no
 * noun with two articles or two meanings, no 'het' that can be a pronoun.
 */
export interface AgreementError {
  /** Index of the word to replace in the sentence. */
  index: number
  /** The right form, with the written capital kept. */
  expected: string
  /** Why, in Dutch (one sentence). */
  uitleg: string
}

/** Adverbs between an article and its adjective: "de hieronder genoemde …". */
const PHRASE_ADVERBS = new Set('hieronder hierboven eerder reeds al zojuist nog net pas'.split(' '))

/** The agent of a tang between an article and its participle: "de door u verstrekte …". */
const AGENTS = new Set(['u', 'ons', 'hen', 'haar', 'hem', 'jou', 'jullie', 'mij'])

/** Degree words before an adjective: "een heel grote …". */
const DEGREE = new Set(['heel', 'erg', 'zeer', 'zo', 'te', 'vrij', 'best', 'nog', 'extra'])

/** Indefinite words after which an adjective before a het-word has no -e: een groot huis. */
const INDEFINITE = new Set(['een', 'één', 'geen', 'elk', 'ieder', "zo'n", 'zo’n'])

/** Definite words after which an adjective always has its -e: de nieuwe regel, uw nieuwe adres. */
const DEFINITE = new Set(['de', 'deze', 'mijn', 'uw', 'onze', 'hun', 'jouw'])

/**
 * Adjective + het-word pairs that keep the adjective bare after a definite word, as names of a
 * kind (ANS: het openbaar vervoer, het algemeen belang, het dagelijks bestuur).
 */
const FIXED_BARE = new Set([
  'openbaar vervoer',
  'openbaar ministerie',
  'openbaar lichaam',
  'openbaar onderwijs',
  'algemeen belang',
  'algemeen bestuur',
  'dagelijks bestuur',
  'hoger onderwijs',
  'voortgezet onderwijs',
  'speciaal onderwijs',
  'primair onderwijs',
  'bijzonder onderwijs',
  'wetenschappelijk onderwijs',
  'middelbaar onderwijs',
  'beroepsonderwijs',
  'stoffelijk overschot',
  'burgerlijk wetboek',
  'wettelijk minimumloon',
  'sociaal domein',
  'persoonlijk budget',
  'centraal station',
  'medisch dossier',
  'koninklijk huis',
  'eigen risico',
])

/** Ordinals and superlatives, whose -e stays with a het-word too: een tweede gesprek. */
const ORDINAL =
  /(?:ste|tweede|derde|vierde|vijfde|zesde|zevende|negende|tiende|twaalfde|honderdste)$/

/** -e forms that are no inflection before a het-word: een volgende keer, een enige kans. */
const NO_BARE = new Set(['volgende', 'enige', 'ene', 'zelfde', 'eigenste'])

function isUninflectable(adjective: string): boolean {
  return ORDINAL.test(adjective) || NO_BARE.has(adjective)
}

/**
 * An adjective or a participle before a noun: the tagger's ADJ, a prenominal participle
 * (verwachte, redengevend), or a past form in -de/-te that is a participle + e ("de door u
 * verstrekte …", where the tagger reads a finite verb).
 */
function isModifier(word: WordInfo): boolean {
  if (word.tag?.upos === 'ADJ') return true
  if (word.tag?.xpos.startsWith('WW|') && word.tag.xpos.includes('|prenom')) return true
  return (
    word.tag?.upos === 'VERB' &&
    /[dt]e$/.test(word.lower) &&
    loadVerbTable()
      .analyse(word.lower.slice(0, -1))
      .some((a) => a.slot === 'participle')
  )
}

/**
 * Nouns of a person or role by their ending (medewerker, adviseur, ambtenaar, specialist,
 * kampioene, lerares, secretaris, deskundige, belanghebbende), with a minimum length where a
 * shorter word of the same ending is a thing (kleur, papier, krant, moment, adres).
 */
const PERSON_ENDINGS: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?:man|vrouw|arts|aris|genoot|trice|euse|loog|kampioene?|lid|hoofd)$/, 0],
  [/(?:aar|ist|ster|eres|ares|in)$/, 6],
  [/(?:er|eur|ier|ent|ant)$/, 7],
  // Adjectives as nouns of a person: een archeologisch deskundige, de direct betrokkene.
  [/(?:ige|ende|ene)$/, 8],
]

/**
 * Endings of things that the person endings above would take for a role: het document, de
 * aanplant, de achterkant, de kamerplant, de dagkrant.
 */
const THING_ENDINGS = /(?:ing|heid|teit|ment|kant|plant|krant)$/

/** The endings that are a person's only as a de-word: het formulier, het dossier are things. */
const DE_PERSON_ENDINGS = /(?:aar|ist|ster|eres|ares|in|er|eur|ier|ent|ant)$/

const isPersonSingular = (noun: string) =>
  PERSON_ENDINGS.some(([ending, length]) => ending.test(noun) && noun.length >= length) &&
  !THING_ENDINGS.test(noun) &&
  !(DE_PERSON_ENDINGS.test(noun) && genderOf(noun) === 'het')

/** A person's noun, also in the plural (ambtenaren → ambtenaar, adviseurs → adviseur). */
function isPerson(noun: string): boolean {
  if (isPersonSingular(noun)) return true
  const stem = noun.replace(/(?:en|s)$/, '')
  if (stem === noun) return false
  // ambtenar-en → ambtenaar, secretariss-en → secretaris.
  return [stem, stem.replace(/([aeou])([^aeiou])$/, '$1$1$2'), stem.replace(/(.)\1$/, '$1')].some(
    isPersonSingular,
  )
}

/** The noun as the explanation writes it: lower case, a hyphenated compound as written (WOZ-waarde). */
const nounText = (word: WordInfo) => (word.value.includes('-') ? word.value : word.lower)

const isVerbForm = (lower: string) => loadVerbTable().analyse(lower).length > 0

/** The article of a singular noun, when certain. */
function certainGender(word: WordInfo): 'de' | 'het' | undefined {
  // A compound with a hyphen takes the article of its last part: de WOZ-waarde, het
  // bio-industrie → de (industrie), het privé-sfeer → de (sfeer).
  const hyphen = word.value.lastIndexOf('-')
  const lower = hyphen < 0 ? word.lower : word.value.slice(hyphen + 1)
  // Not a last part that follows its head: het consulaat-generaal, de secretaris-generaal.
  if (hyphen >= 0 && (lower.length < 4 || !/^\p{Ll}+$/u.test(lower) || lower === 'generaal'))
    return undefined
  if ((hyphen < 0 && word.value !== lower) || lower.length < 3) return undefined
  if (word.tag?.upos !== 'NOUN') return undefined
  // The tagger reads a het-word in -en after 'de' as a plural ("in de noorden", "de examen"); the
  // list (itself, not a compound's head: vaardig-heden) lists a het-word that is also a plural as
  // de/het (het teken / de teken).
  if (word.tag.feats.Number === 'Plur' && !(lower.endsWith('en') && articleOf(lower) === 'het'))
    return undefined
  // A nominalised infinitive is a het-word whatever a plural of the same form takes (het
  // regelen), and a participle the tagger read as a noun has no article ("het volledige verplicht
  // eigen risico").
  const analyses = loadVerbTable().analyse(lower)
  if (lower.endsWith('en') && analyses.length > 0) return undefined
  if (analyses.some((a) => a.slot === 'participle')) return undefined
  if (hasTwoArticles(lower)) return undefined
  return genderOf(lower)
}

const SWAP: Record<string, Record<'de' | 'het', string>> = {
  de: {de: 'de', het: 'het'},
  het: {de: 'de', het: 'het'},
  deze: {de: 'deze', het: 'dit'},
  dit: {de: 'deze', het: 'dit'},
  // Before a het-word 'ieder' and 'elk' (ieder uur, elk kind); before a de-word both forms are
  // used, so only 'iedere' and 'elke' before a het-word are reported (blind letters, set-uuu:
  // "iedere gewerkte uur").
  iedere: {de: 'iedere', het: 'ieder'},
  elke: {de: 'elke', het: 'elk'},
}
const QUANTIFIERS = new Set(['iedere', 'elke'])

interface Phrase {
  words: readonly WordInfo[]
  /** Index of the determiner and of the noun. */
  det: number
  noun: number
  /** The noun's article, when certain. */
  gender: 'de' | 'het' | undefined
}

/** Whether the determiner of the phrase may be a pronoun ("Wij vinden het zonde"). */
function mayBePronoun({words, det, noun}: Phrase): boolean {
  const lower = words[det]!.lower
  // 'de' is an article only ("is de verschil", "dat de toernooi"), and so are 'iedere' and 'elke'.
  if (lower === 'de' || QUANTIFIERS.has(lower)) return false
  const before = words[det - 1]
  const after = words[noun + 1]
  const between = words.slice(det + 1, noun).filter(isModifier)
  const verbAfter = after === undefined || ['VERB', 'AUX'].includes(after.tag?.upos ?? '')
  // After a conjunction it may be the clause's subject: "dat dit overlast voor de buren geeft",
  // "Wanneer het langere tijd warm is" (so "dat het rommel op het speelveld vervelend is" is
  // missed).
  if (before?.tag?.upos === 'SCONJ') return true
  // With an inflected adjective the phrase is a noun phrase ("het bijbehorende emissiefactor");
  // 'het' and a bare one may be a noun of their own ("in het openbaar plaats te vinden").
  // A participle or adjective in -en has no other form ("het afgelopen week", "het omgekomen
  // hoogleraar"): it counts as inflected.
  const inflected = between.every(
    (a) => a.lower.endsWith('e') || inflectAdjective(a.lower) === a.lower,
  )
  if (between.length > 0 && inflected) return false
  if (between.length > 0 && lower === 'het') return true
  // Without one, after a verb that takes a noun as a predicate ("Wij vinden het zonde", "Nu is
  // het tijd"); after another verb it is the article ("Wij ruimen het rommel op"). A copula with
  // its subject before it has no room for a second one ("Het was het bedoeling", "Dit is de
  // vakgebied").
  if (before && ['VERB', 'AUX'].includes(before.tag?.upos ?? '')) {
    const lemma = before.tag?.lemma ?? ''
    if (COPULAS.has(lemma) && SUBJECTS.has(words[det - 2]?.lower ?? '')) return false
    // The bare predicate of 'het' after a copula is a noun of time, weather or state ("Nu is het
    // tijd", "Dan is het vakantie", "Het is zaak"), not any noun: "In Colombia werd het situatie
    // te onveilig", "Toch wordt het naam van de club genoemd" (dev treebanks).
    // A noun that is an adjective too is the predicate: "Is het druk?", "Dan is het vergunningvrij"
    // (blind letters, sets ggg, ii and jj).
    if (COPULAS.has(lemma)) return barePredicate(words[noun]!.lower) || adjectiveToo(words[noun]!)
    if (PREDICATIVE.has(lemma)) return true
    // After a finite verb 'het' or 'dit' may be its subject ("dan kan dit aanleiding geven"), not
    // when a subject pronoun stands before the verb ("Hij liet het machine stilstaan").
    const subjectBefore =
      before.tag?.feats.VerbForm === 'Fin' && SUBJECTS.has(words[det - 2]?.lower ?? '')
    return verbAfter && !subjectBefore
  }
  if (before !== undefined && !['ADP', 'CCONJ'].includes(before.tag?.upos ?? '')) return verbAfter
  if (lower !== 'het') return false
  // 'het' of a verb group it makes a noun of, also after a preposition ("Het voorhanden hebben,
  // tellen …", "bij het doorgang vinden van"; set-rrr; not "Het manier van werken").
  // With a modal before it the infinitive may be the clause's ("wil zijn strips in het krant laten
  // zien"), unless 'van' follows it ("willen bij het doorgang vinden van het evenement helpen").
  const infinitive = nominalises(words, noun)
  if (infinitive >= 0 && (!modalBefore(words, det) || words[infinitive + 1]?.lower === 'van'))
    return true
  // After a preposition that cannot open a clause 'het' is the article ("in het buurt", "op het
  // markt"); after 'voor', 'om', 'door' … it may be a subject or object ("voor het regent", "om
  // het te doen").
  if (before?.tag?.upos === 'ADP' && !CLAUSE_PREPOSITIONS.has(before.lower)) return false
  // 'het' before a finite verb that agrees with it ("Het spijt ons", "Het vereiste", "voor het
  // regent"; not "Het droom", "in het buurt").
  return agreesWithHet(words[noun]!.lower)
}

/** Adjectives that are nouns after 'het': het bovenstaande, het voorgaande, het bepaalde in. */
const NOMINAL = new Set(
  'bovenstaande onderstaande voorgaande navolgende vorenstaande bovengenoemde bovenvermelde bepaalde overige'.split(
    ' ',
  ),
)

/** Prepositions that are conjunctions too, or take 'het' as an object before 'te'. */
const CLAUSE_PREPOSITIONS = new Set(
  'voor na tot sinds zonder om door naar behalve tegen te'.split(' '),
)

/** Copulas, whose subject and predicate are both in the nominative. */
const COPULAS = new Set(['zijn', 'worden', 'blijven', 'lijken', 'heten', 'wezen'])

/** Subject pronouns right before a copula: "Het was het bedoeling dat …". */
const SUBJECTS = new Set(
  'ik jij je u hij zij ze wij we jullie men het dit dat die deze wat'.split(' '),
)

/** A form of the third person singular, present or past: spijt, vereiste (not droom, vraag). */
const agreesWithHet = (lower: string) =>
  loadVerbTable()
    .analyse(lower)
    .some((a) => a.slot === 'sg3' || a.slot === 'pastSg')

/** Lemmas of the verbs whose infinitive may close the clause: "wil zijn strips in het krant laten zien". */
const INFINITIVE_TAKERS = new Set([...MODAL_LEMMAS, 'laten', 'gaan'])

/** Whether a finite modal before the phrase takes the infinitive after it. */
const modalBefore = (words: readonly WordInfo[], det: number) =>
  words
    .slice(0, det)
    .some((w) => w.tag?.feats.VerbForm === 'Fin' && INFINITIVE_TAKERS.has(w.tag.lemma ?? ''))

/**
 * The index of an infinitive after the noun that makes a noun of it ("het mondeling naar voren
 * brengen"), not one after a preposition or 'te' ("het manier van werken"); -1 if there is none.
 */
function nominalises(words: readonly WordInfo[], noun: number): number {
  for (let k = noun + 1; k < Math.min(words.length, noun + 5); k++) {
    const w = words[k]!
    if (words[k - 1]!.tag?.upos === 'ADP') continue
    if (w.tag?.feats.VerbForm === 'Inf') return k
    // A plural present has the infinitive's form: it names an action when more of them or 'van'
    // follow ("Het voorhanden hebben, tellen en afstorten van …"), not as the clause's verb ("In
    // het bosbouw worden …").
    const next = words[k + 1]
    if (isInfinitive(w) && (next === undefined || next.lower === 'van' || isInfinitive(next)))
      return k
    if (w.tag?.upos === 'SCONJ' || w.tag?.feats.VerbForm === 'Fin') return -1
  }
  return -1
}

/**
 * Nouns that stand bare as the predicate of 'het' after a copula: times, seasons, weather and states
 * ("Nu is het tijd", "Het wordt winter", "Dan is het vakantie", "Het is zaak", "Het blijft onrust"),
 * and compounds that end in one of the times (zomervakantie, etenstijd).
 */
const BARE_PREDICATES = new Set(
  (
    'tijd zaak vakantie feest oorlog vrede crisis chaos onrust paniek rust stilte zomer winter ' +
    'herfst lente nacht dag avond ochtend middag week weekend maandag dinsdag woensdag donderdag ' +
    'vrijdag zaterdag zondag kerst kermis markt vloed eb storm mist file spits mode traditie ' +
    'gewoonte regel plicht noodzaak voorwaarde afspraak praktijk beleid schande zonde onzin pech ' +
    'prijs raak kwestie inloop spreekuur opruiming uitverkoop'
  ).split(' '),
)
const BARE_HEADS = /(?:tijd|vakantie|dag|avond|nacht|ochtend|middag|week|feest)$/

const barePredicate = (lower: string) => BARE_PREDICATES.has(lower) || BARE_HEADS.test(lower)

/** Endings of compound adjectives: vergunningvrij, zichtbaar, kosteloos, plasticarm. */
const ADJECTIVE_ENDINGS =
  /.{4}(?:vrij|baar|lijk|ig|isch|loos|zaam|waardig|rijk|arm|vol|dicht|klaar)$/

/**
 * A word the tagger reads as a noun that is an adjective too: druk (the dictionary gives it the
 * adjective's endings), vergunningvrij (a compound adjective the dictionary does not list).
 */
const adjectiveToo = (word: WordInfo) =>
  ADJECTIVE_ENDINGS.test(word.lower) ||
  (sharedWordClasses().classOf(word.lower) & ADJECTIVE_FLAG) !== 0

/** Verbs with a noun as predicate of 'het': het zonde vinden, het tijd is, het onzin noemen. */
const PREDICATIVE = new Set([...COPULAS, 'vinden', 'noemen', 'achten', 'maken', 'houden'])

const isInfinitive = (word: WordInfo) =>
  ['VERB', 'AUX'].includes(word.tag?.upos ?? '') &&
  loadVerbTable()
    .analyse(word.lower)
    .some((a) => a.slot === 'inf')

/** The article or demonstrative that does not fit the noun: "het bijbehorende emissiefactor". */
function articleError(phrase: Phrase): AgreementError | undefined {
  const {words, det, noun, gender} = phrase
  const word = words[det]!
  const article = SWAP[word.lower]
  if (!article || !gender || article[gender] === word.lower) return undefined
  // "dit keer" is as good as "deze keer".
  if (word.lower === 'dit' && words[noun]!.lower === 'keer') return undefined
  // 'het' with an adjective that is a noun of its own: "in afwijking van het bovenstaande bijstand
  // te verlenen" (blind letters, set-ooo).
  if (word.lower === 'het' && words.slice(det + 1, noun).some((w) => NOMINAL.has(w.lower)))
    return undefined
  // 'het' before a participle is the article even where the tagger reads a pronoun ("het
  // hieronder genoemde contactpersoon").
  const participle = words
    .slice(det + 1, noun)
    .some((w) => w.tag?.xpos.startsWith('WW|vd|prenom|met-e'))
  // A demonstrative before its noun is tagged a pronoun ("Deze besluit": VNW|aanw|det|…|prenom).
  const determiner = word.tag?.upos === 'DET' || word.tag?.xpos.includes('|prenom')
  if (!determiner && !(word.lower === 'het' && participle)) return undefined
  if (mayBePronoun(phrase)) return undefined
  return {
    index: det,
    expected: sameCase(word.value, article[gender]),
    uitleg: QUANTIFIERS.has(word.lower)
      ? `Vóór een het-woord schrijft u ‘${article[gender]}’: ${article[gender]} ${nounText(words[noun]!)}${
          words.slice(det + 1, noun).some((w) => w.lower.endsWith('e'))
            ? ', en het bijvoeglijk naamwoord ervoor zonder -e'
            : ''
        }.`
      : `Het is ${gender} ${nounText(words[noun]!)}.`,
  }
}

/** The -e form of an adjective, when certain and a word of the lists. */
function inflected(adjective: string): string | undefined {
  const form = inflectAdjective(adjective)
  return form && form !== adjective && loadFrequency().rank(form) !== undefined ? form : undefined
}

/** The adjective right before the noun without its -e or with one too many. */
function adjectiveError({words, det, noun, gender}: Phrase): AgreementError | undefined {
  const lower = words[det]!.lower
  const adjective = words[noun - 1]!
  const nounWord = words[noun]!
  if (noun - 1 <= det || !isModifier(adjective) || adjective.value !== adjective.lower)
    return undefined
  const bareForm = !adjective.lower.endsWith('e')
  if (INDEFINITE.has(lower) && gender === 'het' && !bareForm) {
    if (isUninflectable(adjective.lower)) return undefined
    const bare = bareAdjective(adjective.lower)
    return bare
      ? {
          index: noun - 1,
          expected: bare,
          uitleg: `Bij een het-woord na ‘${lower}’ krijgt het bijvoeglijk naamwoord geen -e: ${lower} ${bare} ${nounText(nounWord)}.`,
        }
      : undefined
  }
  if (!bareForm) return undefined
  // A role keeps a bare adjective (een technisch medewerker, de juridisch adviseur, de
  // buitengewoon opsporingsambtenaren: ANS), and a bare adjective before it modifies the next
  // ("de drievoudig olympisch kampioene").
  const previous = words[noun - 2]!
  if (isPerson(nounWord.lower)) return undefined
  if (noun - 2 > det && !previous.lower.endsWith('e') && isModifier(previous)) return undefined
  if (DEFINITE.has(lower)) {
    if (FIXED_BARE.has(`${adjective.lower} ${nounWord.lower}`)) return undefined
    // A de-word or plural, or a het-word after a possessive (uw nieuwe adres); 'de' before a
    // het-word is the article's error.
    const plural =
      nounWord.tag?.upos === 'NOUN' &&
      nounWord.tag.feats.Number === 'Plur' &&
      nounWord.value === nounWord.lower &&
      !isVerbForm(nounWord.lower)
    // A noun with two articles takes the -e after either (de/het hormoon: de nieuwe hormoon).
    const twoArticles =
      nounWord.tag?.upos === 'NOUN' &&
      nounWord.value === nounWord.lower &&
      hasTwoArticles(nounWord.lower) &&
      !isVerbForm(nounWord.lower)
    const nounGender = gender ?? (plural || twoArticles ? 'de' : undefined)
    if (!nounGender || (nounGender === 'het' && (lower === 'de' || lower === 'deze')))
      return undefined
    const form = inflected(adjective.lower)
    return form
      ? {
          index: noun - 1,
          expected: form,
          uitleg: `Na ‘${lower}’ krijgt het bijvoeglijk naamwoord een -e: ${lower} ${form} ${nounText(nounWord)}.`,
        }
      : undefined
  }
  if (INDEFINITE.has(lower) && gender === 'de') {
    const form = inflected(adjective.lower)
    return form
      ? {
          index: noun - 1,
          expected: form,
          uitleg: `Bij een de-woord krijgt het bijvoeglijk naamwoord een -e: ${lower} ${form} ${nounText(nounWord)}.`,
        }
      : undefined
  }
  return undefined
}

/**
 * Nouns of number, part, kind or container before a second noun: "een groot aantal planten". Not
 * 'paar', whose article may be the plural's ("de eerste paar dagen").
 */
const MEASURE_NOUNS = new Set(
  'aantal stuk deel stel type soort groep reeks serie rij hoeveelheid pak glas kopje blik zak doos kist'.split(
    ' ',
  ),
)

/** Index of the noun of the phrase that starts at `det`, or -1. */
function nounOf(words: readonly WordInfo[], det: number): number {
  // After adjectives and the words of a tang ("de door u verstrekte …").
  let j = det + 1
  while (j < words.length && j - det <= 4) {
    const w = words[j]!
    if (w.lower === 'door' && AGENTS.has(words[j + 1]?.lower ?? '')) j += 2
    else if (isModifier(w) || PHRASE_ADVERBS.has(w.lower) || DEGREE.has(w.lower)) j++
    else break
  }
  return j < words.length ? j : -1
}

/**
 * The agreement errors of a sentence. `known` says whether the dictionary knows a word: a typo
 * ("aangiftebilljet") is the spelling check's, not a noun with a wrong article.
 */
export function agreementErrors(
  sentence: SentenceInfo,
  known: (word: string) => boolean = () => true,
): AgreementError[] {
  const words = sentence.words
  const errors: AgreementError[] = []
  const gap = (a: WordInfo, b: WordInfo) =>
    sentence.text.slice(a.end - sentence.start, b.start - sentence.start)
  const spaced = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (gap(words[k]!, words[k + 1]!) !== ' ') return false
    return true
  }
  for (let det = 0; det < words.length - 1; det++) {
    const lower = words[det]!.lower
    if (words[det]!.masked || !(lower in SWAP || INDEFINITE.has(lower) || DEFINITE.has(lower)))
      continue
    const noun = nounOf(words, det)
    if (noun < 0 || !spaced(det, noun) || !known(words[noun]!.value)) continue
    // After a number a noun of time or measure counts ("de daaropvolgende dertig jaar").
    // An ordinal in digits is no count ("in het 19e eeuw"); a fraction with 'half' is ("de
    // eerste anderhalf jaar", "de komende tweeënhalf uur"; set-gggg).
    const count = (w: WordInfo) =>
      w.tag?.upos === 'NUM' ||
      (/\d/.test(w.value) && !/^\d+(?:e|ste|de)$/.test(w.lower)) ||
      /^\p{L}+(?:ë|e)nhalf$|^anderhalf$/u.test(w.lower)
    if (words.slice(det + 1, noun).some(count)) continue
    // A noun before a second noun may be the first part of a compound written apart ("de
    // rijbewijs keuring"): its article is the second's.
    // An adjective and a noun after it make the noun a modifier too ("verplicht eigen risico").
    const after = words[noun + 1]
    const headAfter = after?.tag?.upos === 'ADJ' ? words[noun + 2] : after
    // Not after a noun of number, part or kind, whose phrase takes the article: "een groot aantal
    // planten", "een nieuw stuk grond".
    if (
      after !== undefined &&
      !MEASURE_NOUNS.has(words[noun]!.lower) &&
      headAfter?.tag?.upos === 'NOUN' &&
      gap(words[noun]!, after) === ' ' &&
      headAfter.value === headAfter.lower
    )
      continue
    // An adjective in -e the tagger read as a noun, before a plural it read as a verb: "de
    // veelgestelde vragen" (blind letters, set-mmmm got 'het veelgestelde').
    if (
      words[noun]!.lower.endsWith('e') &&
      after?.tag?.upos === 'VERB' &&
      /en$/.test(after.lower) &&
      gap(words[noun]!, after) === ' ' &&
      singularKnown(after.lower)
    )
      continue
    const phrase: Phrase = {words, det, noun, gender: certainGender(words[noun]!)}
    const article = articleError(phrase)
    if (article) errors.push(article)
    const adjective = adjectiveError(phrase)
    if (adjective) errors.push(adjective)
  }
  errors.push(...barePluralErrors(words, gap))
  errors.push(...relativeErrors(sentence, gap))
  errors.push(...subjectHunErrors(words, gap))
  return errors
}

/**
 * Finite verbs in the plural that never follow the possessive 'hun' as a noun (auxiliaries, modals
 * and a few common verbs; not 'werken', 'eten' or 'leven', which are nouns after 'hun' too).
 */
const PLURAL_FINITE = new Set(
  (
    'zijn waren hebben hadden worden werden kunnen konden moeten moesten willen wilden mogen ' +
    'mochten zullen zouden gaan gingen komen kwamen krijgen kregen doen deden weten wisten'
  ).split(' '),
)

/**
 * Words after which a clause starts, so that 'hun' there is its subject: "omdat hun zijn …". Not
 * clauses.ts's CLAUSE_STARTERS, which has the relative 'die' and 'waar': in "de buren die hun
 * hebben geholpen" 'hun' is the object.
 */
const CLAUSE_OPENERS = new Set(
  'en maar want omdat dat als toen of zodat doordat nu terwijl wanneer indien'.split(' '),
)

/**
 * 'hun' as the subject of a clause: "Hun zijn bereikbaar via …", "omdat hun hebben gebeld" → zij
 * (blind letters, set-uuu). 'hun' is a possessive or an object; as a subject it is spoken
 * language. Only at the start of a sentence or clause and right before one of the finite verbs
 * above, which 'hun' as a possessive never takes.
 */
function subjectHunErrors(
  words: readonly WordInfo[],
  gap: (a: WordInfo, b: WordInfo) => string,
): AgreementError[] {
  const errors: AgreementError[] = []
  for (const [i, word] of words.entries()) {
    if (word.lower !== 'hun' || word.masked) continue
    const next = words[i + 1]
    if (!next || !PLURAL_FINITE.has(next.value) || gap(word, next) !== ' ') continue
    const previous = words[i - 1]
    const opens =
      i === 0 || CLAUSE_OPENERS.has(previous!.lower) || /[,;:]/.test(gap(previous!, word))
    if (!opens) continue
    errors.push({
      index: i,
      expected: sameCase(word.value, 'zij'),
      uitleg: `‘Hun’ is geen onderwerp; als onderwerp schrijft u ‘zij’: zij ${next.value}.`,
    })
  }
  return errors
}

/** Parts of speech before a preposition that make its phrase part of the clause, not of a noun. */
const CLAUSE_PARTS = new Set(['VERB', 'AUX', 'ADV', 'SCONJ', 'ADP'])

/**
 * Whether the preposition at `at` opens a phrase of the clause rather than of a noun before it:
 * a verb, adverb, conjunction or another preposition before it ("dan van het volk", "af van het
 * land"), or a het-word, which takes 'dat' as well ("het gevolg van een akkoord").
 */
function phraseOfClause(words: readonly WordInfo[], at: number): boolean {
  const previous = words[at - 1]
  if (!previous) return true
  if (CLAUSE_PARTS.has(previous.tag?.upos ?? '')) return true
  return previous.tag?.upos === 'NOUN' && certainGender(previous) === 'het'
}

/**
 * Parts of speech before a plural without a determiner: "in klein kooien", "noch ander bewijzen".
 * After a verb or adverb a bare adjective may be an adverb ("Het waterschap kan zelfstandig
 * maatregelen treffen"): there only 'ander', which is none ("Er lopen ook ander dieren rond").
 */
const BEFORE_BARE_PLURAL = new Set(['ADP', 'CCONJ', 'SCONJ'])
const BEFORE_ANDER = new Set(['ADP', 'CCONJ', 'SCONJ', 'VERB', 'AUX', 'ADV'])

/**
 * An adjective without its -e before a plural that has no determiner: "Er lopen ook ander dieren
 * rond" → andere, "voor nieuw regels" → nieuwe (blind letters, set-xxx). Only where the tagger reads
 * the adjective as attributive, after a preposition or conjunction (not after 'het': "Wij vinden
 * het belangrijk inwoners te betrekken"), and not before a role (technisch medewerkers).
 */
function barePluralErrors(
  words: readonly WordInfo[],
  gap: (a: WordInfo, b: WordInfo) => string,
): AgreementError[] {
  const errors: AgreementError[] = []
  for (let i = 1; i < words.length - 1; i++) {
    const adjective = words[i]!
    const noun = words[i + 1]!
    // An attributive adjective or present participle ("verschillend ziektes"); 'ander', which the
    // tagger reads as a preposition without its -e ("Ook ander kranten").
    const xpos = adjective.tag?.xpos ?? ''
    if (!xpos.startsWith('ADJ|prenom') && !xpos.startsWith('WW|od') && adjective.lower !== 'ander')
      continue
    if (adjective.value !== adjective.lower || adjective.lower.endsWith('e')) continue
    if (noun.tag?.upos !== 'NOUN' || noun.tag.feats.Number !== 'Plur') continue
    if (noun.value !== noun.lower || gap(adjective, noun) !== ' ') continue
    const before = words[i - 1]!
    const allowed = adjective.lower === 'ander' ? BEFORE_ANDER : BEFORE_BARE_PLURAL
    if (!allowed.has(before.tag?.upos ?? '') || DEGREE.has(before.lower)) continue
    // A plural ending: not 'élan', which the tagger may read as one.
    if (!/(?:en|ën|s)$/.test(noun.lower)) continue
    // Before 'te' and its verb the adjective may be an adverb: "door snel maatregelen te nemen".
    if (words.slice(i + 2, i + 6).some((w) => w.lower === 'te')) continue
    if (isPerson(noun.lower)) continue
    // A plural that is also a verb form only after a preposition ("in klein kooien"), where no
    // verb can stand.
    if (isVerbForm(noun.lower) && before.tag?.upos !== 'ADP') continue
    // After a preposition a verb form with no listed singular is an infinitive with its adverb:
    // "aanleiding tot onmiddellijk ingrijpen", "na lang wachten" (blind letters, set-llll).
    if (isVerbForm(noun.lower) && !singularKnown(noun.lower, articleOf)) continue
    const form = inflected(adjective.lower)
    if (!form) continue
    errors.push({
      index: i,
      expected: form,
      uitleg: `Vóór een meervoud krijgt het bijvoeglijk naamwoord een -e: ${form} ${noun.lower}.`,
    })
  }
  return errors
}

/** A relative 'die' after a het-word: "het besluit, die u ontving" → dat. */
function relativeErrors(
  sentence: SentenceInfo,
  gap: (a: WordInfo, b: WordInfo) => string,
): AgreementError[] {
  const words = sentence.words
  const errors: AgreementError[] = []
  for (const word of words) {
    if (word.lower !== 'die' || !word.tag?.xpos.startsWith('VNW|betr')) continue
    const antecedent = words[word.index - 1]
    if (!antecedent || certainGender(antecedent) !== 'het') continue
    if (!/^ ?,? $/.test(gap(antecedent, word))) continue
    // Not after 'en' or 'of', where it may point to all the nouns ("ruiters en publiek, die …"),
    // after a noun of measure or kind ("de hoeveelheid restafval die …"), or after a
    // preposition's phrase that may belong to a noun further back ("de kinderen uit het dorp,
    // die …"); after a verb or adverb it can only be the phrase's ("u vindt het in het
    // formulier die …").
    const start = nounPhraseStart(words, antecedent.index)
    const before = words[start - 1]?.tag?.upos ?? ''
    if (before === 'CCONJ' || before === 'NOUN') continue
    if (before === 'ADP' && !phraseOfClause(words, start - 1)) continue
    if (relativePronoun(words, word.index)[0] !== 'dat') continue
    errors.push({
      index: word.index,
      expected: 'dat',
      uitleg: `Na een het-woord is het betrekkelijk voornaamwoord ‘dat’: het ${antecedent.lower} dat …`,
    })
  }
  return errors
}
