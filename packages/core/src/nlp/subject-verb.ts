import type {SentenceInfo, WordInfo} from '../rule.js'
import {articleOf, genderOf, singularKnown} from './fit.js'
import {loadVerbTable, MODAL_LEMMAS, type VerbSlot} from './verbs.js'
import {isFinite, SUBJECT_PRONOUNS} from './verb-agreement.js'
import type {VerbFormError} from './verb-forms.js'

/**
 * A finite verb that does not agree in number with its subject: "De gegevens wordt verwerkt",
 * "omdat de kosten hoger is", "De aanvraag zijn compleet". Only where the subject is certain
 * without a parser: a noun phrase (or 'u', 'hij', two phrases joined by 'en') that opens the
 * sentence right before its finite verb (and no other subject after the verb, as in "De kosten
 * betaalt de gemeente"); the phrase right after the verb when 'er', an adverb, one or two
 * prepositional phrases or a phrase of time opens the sentence; or the subject that opens a
 * clause after a subordinating conjunction whose one finite verb stands further on. Quantity
 * nouns (een aantal, de helft), other coordinated subjects, numbers and names are left alone:
 * Dutch lets their verb go either way, or the number is not the noun's.
 */

/** Nouns of quantity: "Een aantal bewoners heeft/hebben", "De helft van de kosten is/zijn". */
const QUANTITY =
  /^(?:aantal|paar|deel|gedeelte|meerderheid|minderheid|merendeel|helft|rest|totaal|percentage|procent|tal|stel|hoeveelheid|drietal|tweetal|viertal|vijftal|familie|gezin|echtpaar|duo)$/
/**
 * Collective nouns: singular on their own ("Het team is bereikbaar", not "Het team zijn"), but
 * with plural members after them the verb may follow those ("Een groep bewoners hebben …", "Een
 * reeks van maatregelen zijn …").
 */
const COLLECTIVE = /^(?:groep|team|reeks|serie|combinatie|soort|type|lijst|overzicht|pakket|set)$/
/** Nouns of time: a phrase with one opens the sentence as an adverbial ("Elk voorjaar trekken de padden"). */
const TIME =
  /^(?:jaar|jaren|dag|dagen|week|weken|maand|maanden|voorjaar|najaar|zomer|winter|herfst|lente|keer|ochtend|middag|avond|nacht|weekend|moment|periode|tijd|eeuw|uur|kwartaal|seizoen)$/
/** Nouns that are plural though they end like a singular, or singular though they end like a plural. */
const PLURAL_ONLY =
  /^(?:leges|kosten|onkosten|inkomsten|gegevens|hersenen|notulen|financiën|ouders|mensen|data|media|personalia|\p{L}*(?:lui|lieden))$/u
/** Adjectives of material that the tagger may read as plural nouns ("de glazen balustrade"). */
const MATERIAL =
  /^(?:glazen|houten|stenen|gouden|zilveren|ijzeren|wollen|koperen|lederen|leren|papieren|kartonnen|rubberen|stalen|betonnen|tinnen|zinken|linnen|katoenen|zijden|gietijzeren|aarden)$/
/** Determiners of a singular noun only, and of a plural only. */
const SINGULAR_DETERMINERS = new Set([
  'een',
  'het',
  'dit',
  'dat',
  'elk',
  'elke',
  'ieder',
  'iedere',
  'zo’n',
  "zo'n",
])
const PLURAL_DETERMINERS = new Set([
  'alle',
  'beide',
  'sommige',
  'enkele',
  'vele',
  'diverse',
  'verschillende',
  'meerdere',
])

/**
 * Subordinating conjunctions whose clause puts its finite verb at the end. Not 'als' and 'of',
 * which also compare and coordinate ("als een voorziening worden aangemerkt").
 */
const SUBORDINATORS = new Set([
  'dat',
  'omdat',
  'wanneer',
  'zodat',
  'nadat',
  'voordat',
  'terwijl',
  'doordat',
  'indien',
  'zodra',
  'totdat',
  'hoewel',
  'aangezien',
  'zolang',
])
/** Words that may stand after the finite verb as its own subject: then the noun phrase before it is an object. */
const SUBJECT_WORDS = new Set([
  'ik',
  'je',
  'jij',
  'u',
  'hij',
  'zij',
  'ze',
  'het',
  'wij',
  'we',
  'jullie',
  'men',
  'er',
  'de',
  'een',
  'dit',
  'dat',
  'deze',
  'die',
  'uw',
  'ons',
  'onze',
  'zijn',
  'haar',
  'hun',
  'mijn',
  'iedereen',
  'niemand',
  'iemand',
])
/**
 * Whether the word at `at`, right after the finite verb, may open another subject: not 'er', not
 * the conjunction 'dat' ("De politie vermoedt dat …"), not a phrase of time ("Wilde speculaties
 * deden de voorbije maanden de ronde").
 */
function subjectMayFollow(words: readonly WordInfo[], at: number): boolean {
  // A pronoun past an adverb: "De foto's krijgt alleen u" (blind letters, set-mmmm got
  // 'krijgen'); a noun phrase there is left as before ("Veel bewoners heeft al een pas").
  if (PRONOUN_SUBJECTS.has(words[pastAdverbs(words, at)]?.lower ?? '')) return true
  const after = words[at]
  if (!after || !(SUBJECT_WORDS.has(after.lower) || after.tag?.upos === 'PROPN')) return false
  if (after.lower === 'er' || after.tag?.upos === 'SCONJ') return false
  if (!isDeterminer(after)) return true
  let k = at + 1
  while (words[k] && isAdjective(words[k]!) && !nounNumber(words[k]!)) k++
  return !(words[k] && TIME.test(words[k]!.lower))
}
const SINGULAR: ReadonlySet<VerbSlot> = new Set(['sg1', 'sg2', 'sg3', 'pastSg'])
const PLURAL: ReadonlySet<VerbSlot> = new Set(['pl', 'pastPl'])

const isDeterminer = (w: WordInfo) =>
  /^(?:LID|VNW\|(?:bez|aanw|onbep)\|det)/.test(w.tag?.xpos ?? '') ||
  [
    'de',
    'het',
    'een',
    'deze',
    'dit',
    'die',
    'uw',
    'onze',
    'ons',
    'zijn',
    'haar',
    'hun',
    'mijn',
  ].includes(w.lower) ||
  PLURAL_DETERMINERS.has(w.lower)
const isAdjective = (w: WordInfo) =>
  w.tag?.upos === 'ADJ' || /^(?:ADJ\|prenom|WW\|(?:od|vd)\|prenom)/.test(w.tag?.xpos ?? '')
const nounNumber = (w: WordInfo): 'sg' | 'pl' | undefined => {
  const xpos = w.tag?.xpos ?? ''
  if (!xpos.startsWith('N|soort|')) return undefined
  return xpos.includes('|mv|') ? 'pl' : xpos.includes('|ev|') ? 'sg' : undefined
}

/** Adverbs that may stand between the finite verb (or 'er') and the subject: "Er zijn nog twee plekken". */
const LIGHT_ADVERBS = new Set([
  'nog',
  'ook',
  'al',
  'wel',
  'dus',
  'toch',
  'echter',
  'immers',
  'dan',
  'nu',
])
/** Adverbs that may stand before a subject after the finite verb: "krijgt alleen u". */
const ONLY = new Set(['alleen', 'zelfs', 'vooral', 'slechts', 'ook'])
/** Pronouns that are a subject after the finite verb. */
const PRONOUN_SUBJECTS = new Set([...SUBJECT_PRONOUNS, 'iedereen', 'niemand', 'iemand'])
/** The first word from `at` that is not one of those adverbs. */
function pastAdverbs(words: readonly WordInfo[], at: number): number {
  while (words[at] && (LIGHT_ADVERBS.has(words[at]!.lower) || ONLY.has(words[at]!.lower))) at++
  return at
}
/** Numerals that make a noun phrase singular. */
const ONE = new Set(['een', 'één', '1'])

interface Phrase {
  /** Index of the head noun. */
  head: number
  /** Index after the phrase. */
  end: number
  number: 'sg' | 'pl'
}

/** Words of quantity that may open a noun phrase without an article: "Er is veel steden". */
const QUANTIFIERS = new Set([
  'veel',
  'vele',
  'weinig',
  'talloze',
  'tal',
  'meer',
  'minder',
  'zoveel',
])

/**
 * The noun phrase from `from`: a determiner (or, with `numerals`, a numeral: "twee bomen" is
 * plural; with `bare`, no determiner: "Er wordt maatregelen genomen"; with `opening`, for the
 * subject that opens a sentence, all of these and a word of quantity: "Veel bewoners hebben"), adjectives, a noun; with
 * "van" and a second noun phrase after it ("De kosten van de aanvraag"). Undefined when it is no
 * such phrase.
 */
function nounPhrase(
  words: readonly WordInfo[],
  from: number,
  {numerals = false, bare = false, opening = false} = {},
): Phrase | undefined {
  if (opening) numerals = bare = true
  let i = from
  let counted: 'sg' | 'pl' | undefined
  const first = words[i]
  if (!first) return undefined
  // "In 2024 waren het er elf": a personal pronoun, not an article.
  if (first.tag?.xpos.startsWith('VNW|pers')) return undefined
  if (isDeterminer(first) || (opening && QUANTIFIERS.has(first.lower))) {
    i++
    // "De twee vriendinnetjes", "Deze drie bomen": a numeral after the article counts too.
    if (words[i]?.tag?.upos === 'NUM' && !ONE.has(words[i]!.lower)) {
      counted = 'pl'
      i++
    }
  } else if (numerals && first.tag?.upos === 'NUM') {
    counted = ONE.has(first.lower) ? 'sg' : 'pl'
    i++
  } else if (!bare) return undefined
  const articleless = i === from
  while (
    words[i] &&
    (isAdjective(words[i]!) ||
      words[i]!.tag?.upos === 'ADV' ||
      (bare && QUANTIFIERS.has(words[i]!.lower))) &&
    !nounNumber(words[i]!)
  )
    i++
  let head = i
  if (!words[head] || !nounNumber(words[head]!)) return undefined
  // "de glazen balustrade": a material in -en before a noun is no head.
  if (words[head + 1] && MATERIAL.test(words[head]!.lower) && nounNumber(words[head + 1]!)) head++
  const own = nounNumber(words[head]!)
  if (!own) return undefined
  // Two nouns in a row: a compound written apart ("parkeer plaatsen"), whose head is the last.
  if (words[head + 1] && nounNumber(words[head + 1]!)) return undefined
  // Without an article only a plural is sure: a singular may be the first part of a compound
  // written apart whose last part the tagger read as a verb ("genoeg parkeer plaatsen").
  if (articleless && own === 'sg') return undefined
  // Without an article a form that is also an infinitive may be one: "Fietsen lukt niet meer".
  // And its singular must be a listed noun ("Legaliseren kost …": no noun 'legaliser').
  if (
    articleless &&
    opening &&
    (isInfinitive(words[head]!.lower) || !singularKnown(words[head]!.lower, articleOf))
  )
    return undefined
  if (TIME.test(words[head]!.lower)) return undefined
  // A capital inside the sentence makes a name ("De Wâldrinkers is …", "de Nadere regels").
  if (head > 0 && words[head]!.value !== words[head]!.lower) return undefined
  // The determiner and the tag disagree: the tagger is wrong about one ("een zuigwagen", "dit
  // gevolgen" where 'dit' is the subject itself).
  const determiner = words[from]!.lower
  if (own === 'pl' && SINGULAR_DETERMINERS.has(determiner)) return undefined
  if (own === 'sg' && PLURAL_DETERMINERS.has(determiner)) return undefined
  // A word the tagger does not know may be a plural it took for a singular ("de grootste
  // countrysterren"): singular only when the article list or the word's ending says so.
  const lower = words[head]!.lower
  // A singular: a noun the article list knows (or a compound of one), not a plural-only noun.
  // A singular article makes it sure ("een stempel", whose gender the list leaves open).
  if (
    own === 'sg' &&
    ((genderOf(lower) === undefined && !SINGULAR_DETERMINERS.has(determiner)) ||
      PLURAL_ONLY.test(lower))
  )
    return undefined
  // A singular het-word the tagger took for a plural ("uw inkomen", "uw gezinsinkomen", "geen
  // wegwerpservies"): a plural always takes 'de'.
  if (own === 'pl' && genderOf(lower) === 'het') return undefined
  // A plural the article list knows, or whose singular it knows ("documenten", "padden"); not
  // a singular in -en it does not know ("Uw kenteken wordt …").
  if (own === 'pl' && genderOf(lower) !== 'de' && !singularKnown(lower)) return undefined
  // "twee jaar", "drie keer": a measure noun stays singular after a numeral.
  if (counted && counted !== own) return undefined
  i = head + 1
  // "van" and a phrase of its own, or a name: the head stays the first noun ("De resultaten van
  // de toetsen van Taalpunt Zuid").
  if (words[i]?.lower === 'van' && words[i + 1] && isDeterminer(words[i + 1]!)) {
    const inner = nounPhrase(words, i + 1)
    if (!inner) return undefined
    i = inner.end
  } else if (words[i]?.lower === 'van' && words[i + 1]?.tag?.upos === 'PROPN') {
    i++
    while (words[i]?.tag?.upos === 'PROPN') i++
  }
  // Before the finite verb of a main clause everything belongs to the subject: a name after it
  // ("De gemeente Ruinen"), and one or two prepositional phrases ("Bewoners in de wijk", "De
  // vader van een van de kinderen").
  if (opening) {
    while (
      words[i]?.tag?.upos === 'PROPN' &&
      words[i]!.value !== words[i]!.lower &&
      words[i]!.start - words[i - 1]!.end === 1
    )
      i++
    for (let pp = 0; pp < 2; pp++) i = modifierEnd(words, i)
  }
  return {head, end: i, number: own}
}

/** Prepositions of a phrase that may follow a noun inside the subject. */
const NOUN_MODIFIER_PREPOSITIONS = new Set([
  'van',
  'in',
  'uit',
  'bij',
  'met',
  'voor',
  'op',
  'aan',
  'door',
  'over',
  'tegen',
  'tussen',
  'zonder',
  'naar',
  'rond',
])

/**
 * The end of a prepositional phrase at `at` that modifies the noun before it: the preposition,
 * determiners, adjectives or numerals, and one or more nouns or names. `at` itself when there is
 * none.
 */
function modifierEnd(words: readonly WordInfo[], at: number): number {
  const preposition = words[at]
  if (!preposition || preposition.tag?.upos !== 'ADP') return at
  if (!NOUN_MODIFIER_PREPOSITIONS.has(preposition.lower)) return at
  let j = at + 1
  while (
    words[j] &&
    (isDeterminer(words[j]!) || isAdjective(words[j]!) || words[j]!.tag?.upos === 'NUM') &&
    !nounNumber(words[j]!)
  )
    j++
  const first = j
  while (words[j] && ['NOUN', 'PROPN'].includes(words[j]!.tag?.upos ?? '') && !isFinite(words[j]!))
    j++
  // One space between all its words: no comma or bracket inside it.
  for (let k = at; k < j; k++) if (k > 0 && words[k]!.start - words[k - 1]!.end !== 1) return at
  return j > first ? j : at
}

/** Whether words from..to-1 are one noun phrase: determiners, adjectives, numerals, one noun last. */
function oneNounPhrase(words: readonly WordInfo[], from: number, to: number): boolean {
  if (to <= from || words[to - 1]!.tag?.upos !== 'NOUN') return false
  return words
    .slice(from, to - 1)
    .every(
      (w) =>
        ['DET', 'ADJ', 'NUM', 'ADV'].includes(w.tag?.upos ?? '') ||
        isDeterminer(w) ||
        isAdjective(w),
    )
}

/**
 * Whether the words before the finite verb are one or two prepositional phrases, optionally after
 * 'ook' or 'toch': "In de brief", "Omstreeks 1800", "Van 1993 tot 2003", "Ook bij de verkiezingen
 * in juni 2004". Each preposition has a noun phrase or a number after it; nothing else stands
 * there, no comma either.
 */
function prepositionalOpener(
  words: readonly WordInfo[],
  verb: number,
  gap: (a: WordInfo, b: WordInfo) => string,
): boolean {
  let at = 0
  if (['ook', 'toch', 'zelfs', 'alleen'].includes(words[0]!.lower)) at++
  if (words[at]?.tag?.upos !== 'ADP' || verb - at < 2) return false
  let prepositions = 0
  for (let k = at; k < verb; k++) {
    const w = words[k]!
    if (k > at && gap(words[k - 1]!, w) !== ' ') return false
    if (w.tag?.upos === 'ADP') {
      prepositions++
      // Each preposition has its phrase: no two in a row, none last.
      if (k === verb - 1 || words[k + 1]!.tag?.upos === 'ADP') return false
    } else if (
      !['DET', 'ADJ', 'NUM', 'NOUN'].includes(w.tag?.upos ?? '') &&
      !isDeterminer(w) &&
      !isAdjective(w)
    )
      return false
  }
  const last = words[verb - 1]!.tag?.upos
  return prepositions <= 2 && (last === 'NOUN' || last === 'NUM')
}

/** Participles of verbs whose passive keeps a person without article: "Er is bewoners gevraagd". */
const DATIVE = new Set([
  'vragen',
  'verzoeken',
  'vertellen',
  'zeggen',
  'beloven',
  'aanbieden',
  'toestaan',
  'adviseren',
  'meedelen',
  'melden',
  'laten',
  'geven',
  'sturen',
  'toesturen',
  'aanraden',
  'verbieden',
  'opdragen',
  'gunnen',
])
const isDativeParticiple = (w: WordInfo) =>
  /^WW\|vd/.test(w.tag?.xpos ?? '') && DATIVE.has(w.tag?.lemma ?? '')

/** Whether a form is also an infinitive ("fietsen", "stemmen", "vallen"). */
const isInfinitive = (form: string) =>
  loadVerbTable()
    .analyse(form)
    .some((a) => a.slot === 'inf' && !a.split)

/** Whether a form is only a past tense ("behielden", "stuurden"), never an infinitive. */
function onlyPast(form: string): boolean {
  const slots = loadVerbTable()
    .analyse(form)
    .map((a) => a.slot)
  return slots.length > 0 && slots.every((slot) => slot === 'pastPl' || slot === 'pastSg')
}

/** The other number's form of a finite verb: the same tense, the subject's number. */
function agreeing(
  form: string,
  lemma: string | undefined,
  subject: 'sg' | 'pl',
): string | undefined {
  const table = loadVerbTable()
  const all = table.analyse(form).filter((a) => !a.split && a.particle === '')
  // 'was' is 'zijn' and 'wassen': the tagger's lemma chooses.
  const tagged = all.filter((a) => a.lemma === lemma)
  const analyses = tagged.length > 0 ? tagged : all
  if (analyses.length === 0) return undefined
  const slots = new Set(analyses.map((a) => a.slot))
  const finite = [...slots].filter((s) => SINGULAR.has(s) || PLURAL.has(s))
  if (finite.length === 0) return undefined
  const wrong =
    subject === 'pl' ? finite.every((s) => SINGULAR.has(s)) : finite.every((s) => PLURAL.has(s))
  if (!wrong) return undefined
  // "zetten" is present and past: the present is meant more often.
  const past = finite.every((s) => s === 'pastSg' || s === 'pastPl')
  const target: VerbSlot = subject === 'pl' ? (past ? 'pastPl' : 'pl') : past ? 'pastSg' : 'sg3'
  const lemmas = new Set(analyses.map((a) => a.lemma))
  if (lemmas.size !== 1) return undefined
  return table.inflect([...lemmas][0]!, target)
}

function explain(subject: string, number: 'sg' | 'pl'): string {
  return number === 'pl'
    ? `Het onderwerp ‘${subject}’ is meervoud, dus de persoonsvorm ook.`
    : `Het onderwerp ‘${subject}’ is enkelvoud, dus de persoonsvorm ook.`
}

/** Auxiliaries and modals: their plural form is rarely an infinitive read as finite. */
const AUXILIARIES: ReadonlySet<string> = new Set([
  ...MODAL_LEMMAS,
  'zijn',
  'hebben',
  'worden',
  'blijven',
])
/** Words before 'dat' that make it a pronoun or relative pronoun, not the conjunction. */
const NOT_CONJUNCTION_BEFORE = new Set(['hoe', 'wat', 'waarom', 'wie', 'waar', 'wanneer', 'of'])

const COORDINATION = new Set(['en', 'of', 'noch', 'en/of', 'als', 'zoals', 'met', 'plus'])

/**
 * Whether the noun phrase right after the finite verb has the number of the one before it: then
 * the verb cannot agree with either ("De stad hadden een gemengde bevolking", "Het kartel werden
 * de grootste partij"). When the numbers differ, the phrase after the verb may be the subject and
 * the one before it the object or predicate ("De kosten betaalt de gemeente", "Het probleem zijn
 * de kosten"), and nothing is said. Not a quantity or a phrase that goes on in a list ("Het plan
 * steunen de gemeente en de provincie").
 */
function sameNumberAfter(
  words: readonly WordInfo[],
  opening: Phrase,
  gap: (a: WordInfo, b: WordInfo) => string,
): boolean {
  const second = nounPhrase(words, opening.end + 1)
  if (!second || second.number !== opening.number) return false
  if (ofGroup(words[second.head]!)) return false
  const next = words[second.end]
  if (!next || clauseFollows(words, second.end)) return true
  return !COORDINATION.has(next.lower) && !/[,;(]/.test(gap(words[second.end - 1]!, next))
}

/**
 * Whether a new clause with its own finite verb starts at `at`: "en begint", ", en bezat", "en
 * is": then 'en' or the comma joins clauses, not noun phrases.
 */
function clauseFollows(words: readonly WordInfo[], at: number): boolean {
  let k = at
  if (['en', 'maar', 'of'].includes(words[k]?.lower ?? '')) k++
  return k > at && words[k] !== undefined && isFinite(words[k]!)
}

/**
 * Whether 'dat' at `c` is a (relative) pronoun, not the conjunction: "verkeer dat de lichten wil
 * vermijden", "hoe dat de kuikens helpt", and after a name or abbreviation in brackets ("het
 * Syndicaat (VSOA) dat de ambtenaren vertegenwoordigt").
 */
function pronounDat(
  words: readonly WordInfo[],
  c: number,
  gap: (a: WordInfo, b: WordInfo) => string,
): boolean {
  const before = words[c - 1]
  return (
    words[c]!.lower === 'dat' &&
    before !== undefined &&
    (before.tag?.upos === 'NOUN' ||
      before.tag?.upos === 'PROPN' ||
      NOT_CONJUNCTION_BEFORE.has(before.lower) ||
      gap(before, words[c]!).includes(')'))
  )
}

/** Whether a noun is one of quantity or a collective, whose number the verb need not take. */
const ofGroup = (w: WordInfo) => QUANTITY.test(w.lower) || COLLECTIVE.test(w.lower)

/**
 * Whether a collective noun at `head` names plural members after it, whose number the verb may
 * take: "een groep van twintig bewoners", "een reeks van maatregelen". Unclear members count too.
 */
function pluralMembers(words: readonly WordInfo[], head: number): boolean {
  if (words[head + 1]?.lower !== 'van') return false
  const members = nounPhrase(words, head + 2, {numerals: true, bare: true})
  return !members || members.number === 'pl'
}

/** Pronouns that are always singular subjects: "dat u de grond in gebruik hebben genomen". */
const SINGULAR_PRONOUNS = new Set(['u', 'hij'])

/** A singular personal pronoun at `at` as a subject phrase of one word. */
function pronounSubject(words: readonly WordInfo[], at: number): Phrase | undefined {
  const word = words[at]
  if (!word || !SINGULAR_PRONOUNS.has(word.lower) || word.tag?.upos !== 'PRON') return undefined
  return {head: at, end: at + 1, number: 'sg'}
}

/**
 * Two noun phrases joined by 'en' right before the finite verb are one plural subject: "De
 * tekeningen en het ventilatieplan is goedgekeurd" (set-hhhh). Not 'of', whose verb takes the
 * nearest ("de aanvraag of de melding is").
 */
function coordinated(words: readonly WordInfo[], first: Phrase | undefined): Phrase | undefined {
  if (!first || words[first.end]?.lower !== 'en') return first
  // 'en' after a prepositional phrase joins that phrase's nouns: "Een brief over uw inkomen en
  // uw situatie is …".
  if (words.slice(first.head + 1, first.end).some((w) => w.tag?.upos === 'ADP')) return undefined
  const second = nounPhrase(words, first.end + 1)
  if (!second || !words[second.end] || !isFinite(words[second.end]!)) return first
  if ([first, second].some((p) => ofGroup(words[p.head]!))) return undefined
  return {head: first.head, end: second.end, number: 'pl'}
}

/**
 * Whether a list may follow a subject in the rest of its clause: a comma or 'en', 'of', 'noch',
 * 'plus' before the clause ends. Not the 'en' of "tussen A en B", and not in a relative or
 * subordinate clause after the subject ("Er ontstond een ruzie tussen hem en de buren, zodat …").
 */
function listFollows(rest: string): boolean {
  const clause = rest
    .split(/,?\s(?=(?:die|dat|wat|waar\p{L}*|zodat|omdat|wanneer|terwijl)(?!\p{L}))/u)[0]!
    .replace(/(?<!\p{L})tussen(?!\p{L})[^,.;:?!]*?(?<!\p{L})en(?!\p{L})/u, '')
  return /^[^.;:?!]*?(?:,|(?<![\p{L}])(?:en|of|noch|plus)(?![\p{L}]))/u.test(clause)
}

/** Words a relative clause may hold besides its verbs (no conjunction, no second relative). */
const RELATIVE_CLAUSE_WORDS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'ADV', 'NUM', 'PRON'])

/**
 * The main clause's finite verb after a relative clause on the subject that opens the sentence:
 * 'die' after a plural or de-word, 'dat' after a het-word, then the clause's own finite verb
 * and its other verbs, then the next finite verb (after a comma at most). -1 when the sentence
 * is not built so.
 */
function verbAfterRelative(
  words: readonly WordInfo[],
  subject: Phrase,
  gap: (a: WordInfo, b: WordInfo) => string,
): number {
  const pronoun = words[subject.end]
  if (!pronoun || !['die', 'dat'].includes(pronoun.lower)) return -1
  if (!(pronoun.tag?.xpos ?? '').includes('betr')) return -1
  const head = words[subject.head]!.lower
  const neuter = subject.number === 'sg' && genderOf(head) === 'het'
  if ((pronoun.lower === 'dat') !== neuter) return -1
  if (gap(words[subject.end - 1]!, pronoun) !== ' ') return -1
  let own = -1
  for (let k = subject.end + 1; k < words.length; k++) {
    const word = words[k]!
    const between = gap(words[k - 1]!, word)
    if (isFinite(word)) {
      if (own === -1) {
        if (between !== ' ') return -1
        own = k
        continue
      }
      return /^,?\s$/.test(between) ? k : -1
    }
    if (between !== ' ') return -1
    const upos = word.tag?.upos ?? ''
    if (!RELATIVE_CLAUSE_WORDS.has(upos) && !(upos === 'VERB' || upos === 'AUX')) return -1
    if (upos === 'PRON' && (word.tag?.xpos ?? '').includes('betr')) return -1
  }
  return -1
}

/** Subject-verb number errors in a sentence (see the comment at the top of this file). */
export function subjectVerbErrors(
  sentence: SentenceInfo,
  clauseStarts: readonly boolean[],
): VerbFormError[] {
  const words = sentence.words
  const errors: VerbFormError[] = []
  const gap = (a: WordInfo, b: WordInfo) =>
    sentence.text.slice(a.end - sentence.start, b.start - sentence.start)
  const check = (phrase: Phrase, verbIndex: number, from: number, opening = false) => {
    const head = words[phrase.head]!
    if (QUANTITY.test(head.lower)) return
    if (COLLECTIVE.test(head.lower) && pluralMembers(words, phrase.head)) return
    if (words.slice(from, phrase.end).some((w) => w.masked)) return
    // Coordinated subjects ("de gemeente en de provincie", "In de jury zitten de burgemeester, de
    // wethouder en …") are plural together: after the subject no list may follow in the clause.
    if (
      !opening &&
      phrase.number === 'sg' &&
      listFollows(sentence.text.slice(words[phrase.end - 1]!.end - sentence.start))
    )
      return
    const next = words[phrase.end]
    if (next && COORDINATION.has(next.lower) && phrase.end !== verbIndex) return
    const verb = words[verbIndex]!
    // A plural form is also the infinitive: outside a subject that opens the sentence, only an
    // auxiliary or copula is taken as finite for a singular subject ("laten dat uw werkgever
    // weten": an infinitive the tagger read as finite).
    if (
      phrase.number === 'sg' &&
      !AUXILIARIES.has(verb.tag?.lemma ?? '') &&
      !(opening && (sentence.unit.kind === 'paragraph' || sentence.unit.kind === 'quote')) &&
      !onlyPast(verb.lower)
    )
      return
    const after = words[verbIndex + 1]
    if (phrase.number === 'sg' && after && /,/.test(gap(verb, after))) return
    // "Een afspraak maken is verplicht": the plural form is an infinitive before the finite verb.
    if (phrase.number === 'sg' && after && isFinite(after)) return
    if (verb.value !== verb.lower || verb.masked) return
    // A plural form after a singular noun is also an infinitive: list items and headings without
    // a finite verb ("Een gesprek voeren met een mediator", "Afspraak wijzigen").
    if (
      phrase.number === 'sg' &&
      (sentence.unit.kind === 'heading' ||
        sentence.unit.kind === 'listItem' ||
        !/[.?!]["'”’)]*\s*$/.test(sentence.text))
    )
      return
    let expected = agreeing(verb.lower, verb.tag?.lemma, phrase.number)
    if (!expected || expected === verb.lower) return
    // "u bent", not "u is".
    if (head.lower === 'u' && expected === 'is') expected = 'bent'
    const subject = words
      .slice(from, phrase.end)
      .map((w) => w.value)
      .join(' ')
    errors.push({index: verbIndex, expected, uitleg: explain(subject, phrase.number)})
  }
  // A main clause that opens with its subject, "De gegevens wordt …", and no other subject right
  // after the verb ("De kosten betaalt de gemeente").
  // Not a fragment that starts in lower case or with a list number ("2. alle afvalstoffen …").
  const opening =
    /^\s*(?:\d+[.)]|[-•*])/.test(sentence.text) || words[0]?.value === words[0]?.lower
      ? undefined
      : (coordinated(words, nounPhrase(words, 0, {opening: true})) ?? pronounSubject(words, 0))
  if (opening && words[opening.end] && isFinite(words[opening.end]!)) {
    if (
      gap(words[opening.end - 1]!, words[opening.end]!) === ' ' &&
      (!subjectMayFollow(words, opening.end + 1) || sameNumberAfter(words, opening, gap))
    )
      check(opening, opening.end, 0, true)
  }
  // The subject with a relative clause after it: "De stukken die u heeft ingeleverd is
  // onvolledig" (blind letters, set-jjjj).
  const afterRelative = opening ? verbAfterRelative(words, opening, gap) : -1
  if (afterRelative !== -1 && !subjectMayFollow(words, afterRelative + 1))
    check(opening!, afterRelative, 0, true)
  // The subject after the finite verb: after 'er' ("Er wordt drie bomen gekapt", "Volgende week
  // is er twee avonden"), or after an adverb or a prepositional phrase that opens the sentence
  // ("Hierdoor werd de straten smaller", "In de brief staat de regels").
  const verb = words.findIndex(isFinite)
  if (verb >= 1 && !opening && !words.slice(0, verb).some((w) => w.tag?.upos === 'SCONJ')) {
    const first = words[0]!
    const existential = first.lower === 'er' && verb === 1
    let at = verb + 1
    // The whole first place: one adverb, a preposition and its noun phrase, or a phrase of time
    // ("Alleen de grootste sterren krijgen …": the subject itself stands before the verb; "U
    // heeft er twee foto's bij gestuurd": a pronoun).
    const opener =
      ((first.tag?.upos === 'ADV' || /^ADJ\|vrij/.test(first.tag?.xpos ?? '')) && verb === 1) ||
      prepositionalOpener(words, verb, gap) ||
      (oneNounPhrase(words, 0, verb) && TIME.test(words[verb - 1]!.lower))
    const afterEr = !existential && opener && words[at]?.lower === 'er'
    if (afterEr) at++
    if (existential || opener) {
      while (words[at] && LIGHT_ADVERBS.has(words[at]!.lower)) at++
      // After 'er' the subject may go without an article: "Er wordt maatregelen genomen"; not
      // where a passive names whom it is asked or told ("Er is bewoners gevraagd …").
      const bare = (existential || afterEr) && !words.some(isDativeParticiple)
      const phrase = nounPhrase(words, at, {numerals: existential || afterEr, bare})
      if (phrase) check(phrase, verb, at)
    }
  }
  // A subordinate clause: "omdat de kosten hoger is", "omdat er twee bomen ziek is".
  for (let c = 0; c < words.length; c++) {
    if (!SUBORDINATORS.has(words[c]!.lower) || words[c]!.tag?.upos !== 'SCONJ') continue
    if (pronounDat(words, c, gap)) continue
    let at = c + 1
    const er = words[at]?.lower === 'er'
    if (er) at++
    // "dat deze onvoldoende gegevens bevat": a demonstrative may be the subject itself.
    if (['deze', 'die', 'dit', 'dat'].includes(words[at]?.lower ?? '')) continue
    const phrase =
      nounPhrase(words, at, {numerals: er, bare: er && !words.some(isDativeParticiple)}) ??
      (er ? undefined : pronounSubject(words, at))
    if (!phrase) continue
    const next = words[phrase.end]
    if (!next || /[,;:(]/.test(gap(words[phrase.end - 1]!, next))) continue
    // "de activiteiten waarvoor subsidie is verleend": the finite verb of a relative clause.
    if (/^(?:die|dat|wat|wie|waar\p{L}*)$/u.test(next.lower)) continue
    let end = phrase.end
    while (end < words.length && !clauseStarts[end]) end++
    const finite = []
    for (let k = phrase.end; k < end; k++) if (isFinite(words[k]!)) finite.push(k)
    if (finite.length !== 1) continue
    // The finite verb ends the clause, with only other verbs after it ("omdat de kosten hoger
    // zijn geworden"); a noun after it means the tagger read a noun or infinitive as finite.
    // An extraposed comparison or prepositional phrase may follow ("hoger is dan vorig jaar").
    const tail = words.slice(finite[0]! + 1, end)
    const extra = tail.findIndex(
      (w) => !['VERB', 'AUX'].includes(w.tag?.upos ?? '') && w.lower !== 'te',
    )
    if (extra !== -1 && !(tail[extra]!.tag?.upos === 'ADP' || tail[extra]!.lower === 'dan'))
      continue
    // The clause ends at punctuation or a comparison ("dan", "als"); a clause that ends at another
    // word ("in delen of in natura wordt") was cut where the tagger's finite verb is not its own.
    if (
      end < words.length &&
      !/[,;:]/.test(gap(words[end - 1]!, words[end]!)) &&
      !['dan', 'als'].includes(words[end]!.lower)
    )
      continue
    check(phrase, finite[0]!, at)
  }
  return errors
}

/**
 * The form a d/t correction should have when its subject is plural: "De gegevens word verwerkt"
 * is not "wordt" but "worden". The corrected form is put in the sentence and checked for
 * agreement like any finite verb; the form that agrees, with why, or nothing when the correction
 * itself agrees (or the subject is not certain).
 */
export function agreeingCorrection(
  sentence: SentenceInfo,
  clauseStarts: readonly boolean[],
  error: VerbFormError,
): VerbFormError | undefined {
  const word = sentence.words[error.index]!
  // The tagger may have read the misspelt form as another word ("De bomen word …": a pronoun);
  // the corrected form is finite when the verb table says so.
  const finite = loadVerbTable()
    .analyse(error.expected)
    .find((a) => !a.split && (SINGULAR.has(a.slot) || PLURAL.has(a.slot)))
  if (!finite) return undefined
  const tag =
    word.tag && !isFinite(word)
      ? {...word.tag, upos: 'VERB', xpos: 'WW|pv|tgw|met-t', lemma: finite.lemma}
      : word.tag
  const words = sentence.words.slice()
  words[error.index] = {...word, value: error.expected, lower: error.expected, tag}
  return subjectVerbErrors({...sentence, words}, clauseStarts).find((e) => e.index === error.index)
}
