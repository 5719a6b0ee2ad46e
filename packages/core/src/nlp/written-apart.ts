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
    // 'thuis' of a place: "een medewerker kan bij u thuis komen", "bij de familie thuis blijven"
    // (set-eeee: 'thuiskomen' changed the meaning).
    if (first === 'thuis' && words.slice(Math.max(0, i - 4), i).some((w) => w.lower === 'bij'))
      continue
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
    // At the end of the clause the preposition may be the particle of the clause's verb: "Wij
    // houden de planning daar bij" is 'bijhouden', not 'daarbij' (blind letters, set-ss).
    if (ends && particleOfVerbBefore(words, i, preposition.value)) continue
    out.push({index: i, joined: adverb.value + joinedPart})
  }
  return out
}

/** Whether a verb before index `before` makes a separable verb with `particle`: houden + bij. */
function particleOfVerbBefore(
  words: readonly WordInfo[],
  before: number,
  particle: string,
): boolean {
  const table = loadVerbTable()
  return words
    .slice(0, before)
    .some(
      (w) =>
        (w.tag?.upos === 'VERB' || w.tag?.upos === 'AUX') &&
        table.analyse(w.lower).some((r) => table.separable(particle, r.lemma) !== undefined),
    )
}

/**
 * Nouns that measure, count or sort what follows them, and nouns of time: before a noun they
 * stand on their own ('een stuk grond', 'een paar weken', 'dat soort vragen', 'deze week
 * bezoekers', 'de hele dag werk'; UD Dutch treebanks).
 */
const NOT_A_FIRST_PART = new Set(
  (
    'aantal paar stel stuk stukje stukken soort soorten type typen serie reeks rij groep groepen ' +
    'kring hoop deel helft begin eind einde midden kopje glas fles pak zak doos bos liter kilo ' +
    'gram meter kilometer procent euro cent miljoen miljard tientallen honderden duizenden ' +
    'dag dagen week weken maand maanden jaar jaren uur uren minuut minuten keer maal zomer ' +
    'winter lente herfst ochtend middag avond nacht weekend tijd'
  ).split(' '),
)
/** Whether the last two words are a separable verb: 'een goede plaats vinden' (plaatsvinden). */
function joinsVerb(parts: readonly WordInfo[]): boolean {
  const particle = parts.at(-2)!.lower
  const table = loadVerbTable()
  return table
    .analyse(parts.at(-1)!.lower)
    .some(
      (r) =>
        table.separable(particle, r.lemma) !== undefined ||
        extraVerbs().has(`${particle} ${r.lemma}`),
    )
}

/** An adjective, participle or infinitive: what closes a clause after its object. */
function closesClause(word: WordInfo | undefined): boolean {
  const tag = word?.tag
  if (!tag) return false
  return tag.upos === 'ADJ' || (tag.upos === 'VERB' && /^WW\|(?:vd|inf)/.test(tag.xpos))
}

/** A finite verb (the tagger's 'pv'). */
function isFiniteVerb(word: WordInfo): boolean {
  return word.tag?.xpos.startsWith('WW|pv') === true
}

/**
 * Whether the clause around word `at` has a finite verb other than it: without one, a form in
 * -en after a noun is the clause's own verb ("ander grof afval passen niet in de container";
 * blind letters, set-kkkk got 'afvalpassen').
 */
function otherFiniteVerb(
  words: readonly WordInfo[],
  at: number,
  gap: (a: WordInfo, b: WordInfo) => string,
): boolean {
  const boundary = (k: number) => /[.,;:!?()]/.test(gap(words[k - 1]!, words[k]!))
  let from = at
  while (from > 0 && !boundary(from)) from--
  let to = at
  while (to + 1 < words.length && !boundary(to + 1)) to++
  return words.slice(from, to + 1).some((w, k) => from + k !== at && isFiniteVerb(w))
}

/**
 * The last word of the clause that goes on at `from`, or undefined when a finite verb comes
 * first: the clause ends at a punctuation mark, a conjunction or 'om' ('om … te planten').
 */
function clauseEnd(
  words: readonly WordInfo[],
  from: number,
  gap: (a: WordInfo, b: WordInfo) => string,
): WordInfo | undefined {
  let j = from
  for (; ; j++) {
    const word = words[j]!
    if (isFiniteVerb(word)) return undefined
    const next = words[j + 1]
    if (!next || /[.,;:!?()]/.test(gap(word, next))) break
    if (next.tag?.upos === 'SCONJ' || next.lower === 'om') break
  }
  return words[j]
}

/** A determiner or possessive: the start of a noun phrase. */
function opensPhrase(word: WordInfo): boolean {
  const tag = word.tag
  return tag !== undefined && (tag.upos === 'DET' || tag.xpos.includes('|bez|'))
}

const NEUTER_ARTICLE = new Set(['het', 'dit', 'dat'])
const COMMON_ARTICLE = new Set(['de', 'deze', 'die'])
/**
 * Whether a definite article fits the noun as the tagger reads it in its place (neuter,
 * common or plural). Other words before it, and a noun of unknown gender, fit.
 */
function agrees(article: WordInfo, noun: WordInfo): boolean {
  const xpos = noun.tag?.xpos ?? ''
  const plural = xpos.includes('|mv') || noun.tag?.upos === 'VERB'
  const neuter = !plural && xpos.includes('|onz|')
  const common = plural || xpos.includes('|zijd|')
  if (NEUTER_ARTICLE.has(article.lower)) return !common || neuter
  if (COMMON_ARTICLE.has(article.lower)) return !neuter || common
  return true
}

/** Words before a noun phrase's first word. */
const QUANTITY = new Set('genoeg veel weinig enkele meer minder alle geen extra'.split(' '))
const PHRASE_TAGS = new Set(['ADJ', 'NUM'])
/** First words that take a name or a number after them: 'het woord X', 'de heer Y'. */
const NAMING = new Set(
  (
    'woord term naam heer mevrouw meneer titel nummer artikel team afdeling stichting ' +
    'vereniging bureau project programma'
  ).split(' '),
)

/**
 * A compound written as two or three words ('het parkeer terrein', 'de basis scholen', 'het Klant
 * Contact Centrum'; blind letters, sets dd-hh): nouns side by side that Dutch writes as one word.
 * Only when the joined word is attested in a word list of real Dutch (`attested`: the frequency
 * lists and the basic vocabulary): any two nouns make a compound hunspell accepts, but two nouns
 * side by side are often two phrases ('krijgt de aanvrager bericht', 'geeft de koe melk').
 */
export function compoundWrittenApart(
  sentence: SentenceInfo,
  gap: (a: WordInfo, b: WordInfo) => string,
  attested: (word: string) => boolean,
): Array<WrittenApart & {length: number}> {
  const out: Array<WrittenApart & {length: number}> = []
  const words = sentence.words
  const part = (word: WordInfo | undefined, first: boolean): boolean => {
    if (!word || word.masked || !/^\p{L}{3,}$/u.test(word.value)) return false
    const upos = word.tag?.upos
    if (upos === 'NOUN' || (upos === 'PROPN' && word.value !== word.lower)) return true
    // The stem of a verb as first part: 'het parkeer terrein', 'de wacht tijd'.
    return first && upos === 'VERB' && word.tag?.xpos.startsWith('WW|pv|tgw|ev') === true
  }
  // After an adjective, a number or a quantity word the words are one noun phrase, and a last
  // word the tagger reads as a verb form in -en is its plural noun: 'twee nieuwe basis scholen',
  // 'genoeg parkeer plaatsen'.
  const inPhrase = (word: WordInfo | undefined) =>
    word !== undefined && (QUANTITY.has(word.lower) || PHRASE_TAGS.has(word.tag?.upos ?? ''))
  const plural = (word: WordInfo | undefined) =>
    word !== undefined &&
    /en$/.test(word.lower) &&
    (word.tag?.xpos === 'WW|pv|tgw|mv' || word.tag?.xpos.startsWith('WW|inf') === true)
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i]!
    if (!part(first, true) || NOT_A_FIRST_PART.has(first.lower) || NAMING.has(first.lower)) continue
    // A noun phrase begins before the first word: an article, a possessive, an adjective, a
    // number or a quantity ('het dossier nummer', 'uw klant nummer', 'genoeg parkeer plaatsen').
    // Without one, two nouns are mostly two phrases ('dan krijgt u bericht', 'drink water').
    const before = words[i - 1]
    if (!before || !(opensPhrase(before) || inPhrase(before))) continue
    if (NAMING.has(before.lower)) continue
    // Never the first word of the sentence (a word stands before it), so a capital is the writer's.
    const capitalised = first.value !== first.lower
    let length = 0
    let joined = ''
    for (const n of [3, 2]) {
      const parts = words.slice(i, i + n)
      if (parts.length < n) continue
      const last = parts[n - 1]!
      if (!parts.slice(1, -1).every((w) => part(w, false))) continue
      if (
        !part(last, false) &&
        !(
          plural(last) &&
          inPhrase(before) &&
          !joinsVerb(parts) &&
          otherFiniteVerb(words, i + n - 1, gap)
        )
      )
        continue
      // All lower case, or all with a capital (a name written as words: 'Klant Contact Centrum').
      if (parts.some((w) => (w.value !== w.lower) !== capitalised)) continue
      if (parts.slice(1).some((w, k) => gap(parts[k]!, w) !== ' ')) continue
      // A name goes on after the words ('team Werk en Inkomen', 'Stichting Samen Wonen Noord').
      const after = words[i + n]
      if (capitalised && after && (after.value !== after.lower || after.lower === 'en')) continue
      // A predicate or the verbs at the end of the clause, with no finite verb after the last
      // word, make it a phrase of its own: 'u bent voor het gebruik van de grond belasting
      // verschuldigd' (but: 'het parkeer terrein is vol'). A name in capitals is no bare object
      // ('bij het Klant Contact Centrum 23 meldingen ontvangen').
      if (!capitalised && after && closesClause(clauseEnd(words, i + n, gap))) continue
      // A bare noun before a finite verb and an infinitive is the object of that infinitive:
      // "zonder dat uw rug pijn gaat doen" (pijn doen; blind letters, set-ccc got 'rugpijn').
      if (after && isFiniteVerb(after) && words[i + n + 1]?.tag?.xpos.startsWith('WW|inf') === true)
        continue
      // The article goes with the last word, as with the compound: 'in de tuin afval' is no
      // 'tuinafval' (het afval), 'krijgt de aanvrager bericht' no 'aanvragerbericht'.
      if (!agrees(before, last)) continue
      const candidate = parts.map((w) => w.lower).join('')
      if (!attested(candidate)) continue
      length = n
      joined = first.value + candidate.slice(first.lower.length)
      break
    }
    if (length === 0) continue
    out.push({index: i, joined, length})
    i += length - 1
  }
  return out
}
