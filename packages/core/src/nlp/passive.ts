import type {SentenceInfo, WordInfo} from '../rule.js'
import {alsNamesRole, RELATIVE_ADVERB} from './clauses.js'
import {loadFrequency} from './frequency.js'
import {isParticiple, participleInfo} from './participles.js'
import {loadVerbTable} from './verbs.js'

/** Forms of "worden": always a passive with a participle. */
const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden'])
/**
 * Participles that are mostly adjectives after "zijn" (bezorgd = worried, verplicht = required) and
 * so not counted as participles in general, but are passives after "worden": "uw pas wordt
 * bezorgd", "u wordt verplicht".
 */
const PARTICIPLE_AFTER_WORDEN = new Set(['bezorgd', 'verplicht', 'verlost'])
/**
 * Forms of "zijn": a passive only with participles of actions ("is afgewezen", marked `handeling`
 * in data/deelwoorden.tsv) or with a door-phrase naming the actor. Other participles read as a
 * state ("Het loket is gesloten") and perfect-tense verbs ("is verhuisd") are never passive.
 */
export const ZIJN = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent', 'geweest'])
/** Finite verbs that may stand between a participle and "worden" in a subclause. */
const MODALS = new Set([
  'kan',
  'kunnen',
  'kon',
  'konden',
  'moet',
  'moeten',
  'moest',
  'moesten',
  'zal',
  'zullen',
  'zou',
  'zouden',
  'mag',
  'mogen',
  'mocht',
  'mochten',
])

/**
 * Verbs with "te" between a participle and "worden": "uitgevoerd hoeft te worden", its old form
 * "gevreesd behoeft te worden" (blind letters, set-w), "gemeld dient te worden".
 */
const RAISING = new Set([
  'hoeft',
  'hoeven',
  'hoefde',
  'hoefden',
  'behoeft',
  'behoeven',
  'behoefde',
  'behoefden',
  // "gemeld dient te worden" (blind letters, set-aaa: found only after 'dient te' became 'moet')
  'dient',
  'dienen',
  'diende',
  'dienden',
  'dreigt',
  'dreigen',
  'dreigde',
  'dreigden',
  'lijkt',
  'lijken',
  'leek',
  'leken',
  'schijnt',
  'schijnen',
  'scheen',
  'schenen',
  'blijkt',
  'blijken',
  'bleek',
  'bleken',
])

/** Words that end the clause: the participle of a passive stands before these. */
const CLAUSE_BREAK = new Set([
  'en',
  'maar',
  'want',
  'dus',
  'omdat',
  'als',
  'wanneer',
  'dat',
  'die',
  'waar',
  'zodat',
  'terwijl',
  'nadat',
  'voordat',
  'of',
  // Subordinators that are never a preposition or adverb: "wordt opgeschort totdat wij de
  // gegevens hebben ontvangen". Not the tagger's SCONJ: it reads "toen" and "dan" as one where
  // they are adverbs ("Dit werd toen … genoemd").
  'totdat',
  'alsof',
  'zodra',
  'doordat',
  'hoewel',
  'indien',
  'mits',
  'opdat',
  'aangezien',
  'zolang',
  'tenzij',
  'alvorens',
  // It opens a clause with "te": "wordt een scherm aangebracht teneinde … te voorkomen" (blind
  // letters, set-r).
  'teneinde',
  // An indirect question: "Bent u niet tevreden over hoe wij uw klacht hebben behandeld?".
  'hoe',
])
/**
 * Forms of 'hebben': a participle after one belongs to its perfect ("Bent u niet tevreden over
 * wat wij hebben behandeld"), not to an auxiliary of the passive before it.
 */
const HEBBEN = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden'])
/** Object pronouns: a door-phrase with one names its actor in one word ("door ons een berekening"). */
const OBJECT_PRONOUNS = new Set([
  'ons',
  'mij',
  'me',
  'u',
  'jou',
  'jullie',
  'hen',
  'hun',
  'hem',
  'haar',
])

/** A passive construction in a sentence: the auxiliary and the participle (word indexes). */
export interface Passive {
  aux: number
  participle: number
  /** The actor of a door-phrase, if any ("door het college"). */
  agent: string | undefined
}

function separated(sentence: SentenceInfo, from: WordInfo, to: WordInfo): boolean {
  // A comma, semicolon or bracket between the words ends the clause.
  return /[,;:()]/.test(sentence.text.slice(from.end - sentence.start, to.start - sentence.start))
}

/** Words that open a noun phrase: after them a door-phrase is inside it. */
const NOUN_PHRASE_OPENERS = new Set([
  'de',
  'het',
  'een',
  'die',
  'deze',
  'dit',
  'dat',
  'uw',
  'zijn',
  'haar',
  'hun',
  'onze',
])

/** Words of a quantity before a noun ("ten minste 4000", "meer dan tien"). */
const QUANTITY = new Set([
  'ten',
  'minste',
  'minstens',
  'ongeveer',
  'circa',
  'ruim',
  'bijna',
  'meer',
  'minder',
  'dan',
  'hooguit',
  'maximaal',
  'minimaal',
])

/** A participle by the tagger's VerbForm or by its form (strict: no compound ge-noun). */
const participleReading = (word: WordInfo) =>
  word.tag?.feats.VerbForm === 'Part' || looksLikeParticiple(word, true)

/** Verbs whose door-phrase is a substitute: "De pas wordt vervangen door een nieuwe pas." */
const SUBSTITUTION = new Set(['vervangen', 'verruilen', 'inruilen', 'omruilen'])

/**
 * The actor of a door-phrase between `from` and `to` (exclusive): the words after "door" up to a
 * participle, clause break or punctuation. "door te bellen" names a means, not an actor.
 */
function agentOf(
  sentence: SentenceInfo,
  from: number,
  to: number,
  participle: number,
): string | undefined {
  const words = sentence.words
  // "vervangen door een nieuwe pas" after the participle names what takes the subject's place,
  // not who acts ("door de provincie vervangen" does).
  const substitution = SUBSTITUTION.has(words[participle]?.tag?.lemma ?? '')
  for (let i = from; i < to; i++) {
    // After the participle the door-phrase must still be in its clause: in "is geregistreerd,
    // maar door een fout is deze niet doorgestuurd" it belongs to the next clause.
    if (
      i > participle &&
      (separated(sentence, words[i - 1]!, words[i]!) || CLAUSE_BREAK.has(words[i]!.lower))
    )
      return undefined
    if (words[i]!.lower !== 'door' || i === participle) continue
    // "door middel van" names a means, not who acts.
    if (words[i + 1]?.lower === 'middel') continue
    // "niet door de gemeente maar door het CAK": a denied actor is not who acts; the next
    // door-phrase names them (blind letters, set-i).
    if (words[i - 1]?.lower === 'niet') continue
    if (substitution && i > participle) continue
    // "een duif omringd door engelen": the door-phrase belongs to the other participle.
    const previous = words[i - 1]
    if (i > from && i - 1 !== participle && previous !== undefined && participleReading(previous))
      continue
    // "de door paarden getrokken werktuigen": a door-phrase after a determiner whose next
    // participle is another one than the passive's is part of a modifier before a noun, the
    // actor of that modifier's participle (not "werd het door Wilson vergund").
    if (previous !== undefined && NOUN_PHRASE_OPENERS.has(previous.lower)) {
      let next = i + 1
      // A verb form right before a noun is that modifier's participle too, whatever the tagger
      // read: "De door u betaalde leges worden niet gerestitueerd" (blind letters, set-jjjj).
      const modifier = (w: WordInfo, k: number) =>
        participleReading(w) || (w.tag?.upos === 'VERB' && words[k + 1]?.tag?.upos === 'NOUN')
      while (next < words.length && next !== participle && !modifier(words[next]!, next)) next++
      if (next < words.length && next !== participle) continue
    }
    const agent: string[] = []
    let ended = false
    // The actor is at most four words; the words after it are read up to eight on, for a 'te'
    // that makes the door-phrase a means ("door het ruwe product op te lossen").
    for (let k = i + 1; k < Math.min(words.length, i + 9); k++) {
      const word = words[k]!
      if (
        k === participle ||
        separated(sentence, words[k - 1]!, word) ||
        CLAUSE_BREAK.has(word.lower) ||
        looksLikeParticiple(word, true)
      )
        break
      // "te" with an infinitive; "te Antwerpen" names a place.
      const after = words[k + 1]?.tag?.upos
      if (word.lower === 'te' && (after === 'VERB' || after === 'AUX')) return undefined
      // The actor ends where a preposition, adverb, number, finite verb or the infinitive of the
      // cluster starts: "door de gemeente binnen acht weken", "door de medewerkers op 3 maart",
      // "door de balie al", "die wordt gemaakt door COX-1 werkt in …", "kunnen door de gemeente
      // worden verhaald" (blind letters, set-cc: the actor was 'de gemeente worden').
      const upos = word.tag?.upos
      const xpos = word.tag?.xpos ?? ''
      if (
        agent.length > 0 &&
        (upos === 'ADP' ||
          upos === 'ADV' ||
          upos === 'AUX' ||
          // "door de erfgenamen dan wel door …": 'dan' joins two phrases (set-jjjj).
          word.lower === 'dan' ||
          xpos.startsWith('WW|pv') ||
          (xpos.startsWith('WW|inf') && !xpos.includes('prenom')) ||
          /^\d/.test(word.value))
      )
        ended = true
      // A second determiner after a noun opens the next noun phrase: "werd hem door de senaat
      // een eredoctoraat geboden" (not the "De" of a name: "gouverneur Lodewijk De Witte").
      if (
        agent.length > 1 &&
        word.value === word.lower &&
        NOUN_PHRASE_OPENERS.has(word.lower) &&
        !NOUN_PHRASE_OPENERS.has(words[k - 1]!.lower)
      )
        ended = true
      // A bare noun right after the actor's noun is the next phrase ("door de burgemeester
      // toepassing gegeven"), and so is an adverbial adjective ("door de boa telefonisch in de
      // gelegenheid gesteld"; blind letters, set-m). Not a name in capitals ("de afdeling Beheer
      // Openbare Ruimte"), which may run past four words.
      const previousTag = words[k - 1]!.tag?.upos
      const capitalised = /^\p{Lu}/u.test(word.value)
      if (
        agent.length > 1 &&
        previousTag === 'NOUN' &&
        !capitalised &&
        (upos === 'NOUN' || (upos === 'ADJ' && words[k + 1]?.tag?.upos !== 'NOUN'))
      )
        ended = true
      const name = capitalised && /^\p{Lu}/u.test(words[k - 1]!.value)
      if (k > i + 4 && !(name && k <= i + 7)) ended = true
      // A quantity before the actor is not part of who acts: "door ten minste 4000 toeschouwers".
      if (agent.length === 0 && (upos === 'ADV' || QUANTITY.has(word.lower))) continue
      if (!ended) agent.push(word.value)
      // A pronoun is the whole actor: "wordt door ons een berekening gemaakt".
      if (agent.length === 1 && OBJECT_PRONOUNS.has(word.lower)) ended = true
    }
    // A bare function word ("door het door de Arabieren gestichte Cairo") or a cause ("door het
    // feit dat …") names no actor.
    const content = agent.filter((w) => !NOUN_PHRASE_OPENERS.has(w.toLowerCase()))
    if (content.length === 0 || content.at(-1)!.toLowerCase() === 'feit') return undefined
    if (agent.length > 0) return agent.join(' ')
  }
  return undefined
}

/**
 * A compound noun whose form looks like a ge-participle: a known word of five letters or more,
 * then a known word ("gemeenteraad" = gemeente + raad, "gezinsbond"), that the verb table does not
 * have as a participle. Shorter first parts make false splits of real participles ("geregeld" =
 * gere + geld, "gekookt" = gek + ookt).
 */
function compoundNoun(word: WordInfo): boolean {
  const parts = loadFrequency().compoundParts(word.lower)
  return (
    parts !== undefined &&
    parts[0]!.length >= 5 &&
    parts.at(-1)!.length >= 3 &&
    !loadVerbTable()
      .analyse(word.lower)
      .some((a) => a.slot === 'participle')
  )
}

/**
 * Whether a word reads as a participle (`isParticiple`), not being a compound noun that only
 * looks like one (`compoundNoun`).
 */
function looksLikeParticiple(word: WordInfo, strict = false): boolean {
  return isParticiple(word.value, strict) && !compoundNoun(word) && !onlyFinite(word)
}

/**
 * A form the verb table knows only as a finite verb: "betreft" (betreffen; participle
 * "betroffen") or "betaalt" look like be- … -t participles but are not ("… wordt geblokkeerd een
 * omstandigheid betreft", blind letters, set-l).
 */
function onlyFinite(word: WordInfo): boolean {
  const analyses = loadVerbTable().analyse(word.lower)
  return analyses.length > 0 && analyses.every((a) => a.slot !== 'participle')
}

/**
 * A participle by the tagger (not one before a noun: "de verleende vergunning"; not a capitalised
 * word, which the tagger may take for a participle: "Verhofstadt").
 */
function taggedParticiple(word: WordInfo): boolean {
  const tag = word.tag
  return (
    tag !== undefined &&
    word.value === word.lower &&
    tag.upos === 'VERB' &&
    tag.feats.VerbForm === 'Part' &&
    tag.xpos.startsWith('WW|vd|vrij') &&
    // and a participle the verb table knows, or a regular ge-form: not "bewolkt"
    (loadVerbTable()
      .analyse(word.lower)
      .some((a) => a.slot === 'participle') ||
      isParticiple(word.value, true))
  )
}

/**
 * A verb whose participle is its infinitive (bezien, ontvangen, vergeten), which the tagger may
 * read as the infinitive: after "worden" it is the participle ("zal … worden bezien").
 */
function sameAsInfinitive(word: WordInfo): boolean {
  if (word.tag?.upos !== 'VERB' || word.value !== word.lower) return false
  const slots = loadVerbTable().analyse(word.lower)
  return slots.some((a) => a.slot === 'participle') && slots.some((a) => a.slot === 'inf')
}

/**
 * The tagger reads the word as a name or function word ("Verhofstadt"), or as a noun without the
 * ge- of a participle ("bewind"); a ge-word it calls a noun may be an unknown participle ("geïnd").
 */
const notAVerb = (word: WordInfo) =>
  word.tag !== undefined &&
  (['PROPN', 'ADP', 'DET', 'PRON'].includes(word.tag.upos) ||
    (word.tag.upos === 'NOUN' && !word.lower.includes('ge')))

/** Parts of speech of the words of a door-phrase's actor: "door de nieuwe stichting". */
const AGENT_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'])

/**
 * A participle the tagger reads before its noun ("Dit is een automatisch verzonden bericht", "Dat
 * zijn de gewijzigde regels"): part of a noun phrase, not the verb of a passive.
 */
/** What a prepositional phrase inside a noun phrase holds: "in het Evenementenbeleid 2024". */
const PHRASE_WORD = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON'])

/**
 * A participle that closes a prepositional phrase between a determiner and its noun: "de in het
 * Evenementenbeleid 2024 opgenomen maximale eindtijd", "de in het ontwerpbesluit opgenomen
 * termijn" (blind letters, set-aaa: joined to an 'is' or 'zijn' of the clause as a passive).
 */
function prepositionalModifier(words: readonly WordInfo[], index: number): boolean {
  let n = index + 1
  while (words[n]?.tag?.upos === 'ADJ') n++
  const noun = words[n]?.tag?.upos
  if (noun !== 'NOUN' && noun !== 'PROPN') return false
  for (let k = index - 1; k >= 1 && k >= index - 8; k--) {
    const upos = words[k]!.tag?.upos ?? ''
    if (upos === 'ADP' && NOUN_PHRASE_OPENERS.has(words[k - 1]!.lower)) return true
    if (!PHRASE_WORD.has(upos)) return false
  }
  return false
}

/** Articles and possessives that are never an object pronoun before a participle. */
const ONLY_ARTICLE = new Set(['de', 'een', 'uw', 'onze', 'deze', 'elk', 'ieder', 'iedere'])
/** Words that are an article after a preposition and may be a pronoun elsewhere ("wordt het verzonden"). */
const ARTICLE_AFTER_PREPOSITION = new Set(['het', 'dit', 'dat', 'die'])

/**
 * A participle right after an article is a noun: "de juistheid van het gegeven", "het door u
 * gevraagde", "een verzochte" (blind letters, set-jjjj: 'is … gegeven' reported). 'het' only
 * after a preposition, where it cannot be the object ("wordt het verzonden").
 */
function nominalised(words: readonly WordInfo[], index: number): boolean {
  const previous = words[index - 1]
  if (!previous) return false
  if (ONLY_ARTICLE.has(previous.lower)) return true
  return ARTICLE_AFTER_PREPOSITION.has(previous.lower) && words[index - 2]?.tag?.upos === 'ADP'
}

function attributive(words: readonly WordInfo[], index: number): boolean {
  const next = words[index + 1]
  // Before a present participle it is part of a modifier: "de met de wijziging gepaard gaande
  // kosten" (blind letters, set-ww: 'zijn … gepaard' was reported instead of 'zijn gemaakt').
  // Only right before it, without a comma ("aangetroffen, bestaande uit …" is the passive's).
  if (next?.tag?.xpos.startsWith('WW|od') === true && next.start - words[index]!.end === 1)
    return true
  if (prepositionalModifier(words, index)) return true
  if (nominalised(words, index)) return true
  if (next?.tag?.upos !== 'NOUN' && next?.tag?.upos !== 'PROPN') return false
  if (words[index]!.tag?.xpos.includes('|prenom') === true) return true
  // A participle between a determiner and its noun, also with a door-phrase in between, is an
  // adjective whatever the tagger's reading: "op het door u opgegeven rekeningnummer", "een door
  // de stichting afgegeven pas" (blind letters, set-cc).
  let door = index - 1
  while (door >= 0 && door >= index - 5 && AGENT_WORD.has(words[door]!.tag?.upos ?? '')) door--
  if (door < index - 1 && words[door]?.lower === 'door') {
    let k = door - 1
    while (k >= 0 && words[k]!.tag?.upos === 'ADJ') k--
    if (k >= 0 && NOUN_PHRASE_OPENERS.has(words[k]!.lower)) return true
  }
  // Adverbs too: "de reeds ingenomen ligplaats", "de eerder genoemde regels" (blind letters,
  // set-uu).
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) {
    const word = words[k]!
    if (NOUN_PHRASE_OPENERS.has(word.lower)) return true
    const upos = word.tag?.upos
    if (
      word.lower !== 'door' &&
      !OBJECT_PRONOUNS.has(word.lower) &&
      upos !== 'ADJ' &&
      upos !== 'ADV'
    )
      return false
  }
  return false
}

/** The actor named between the start of a clause and its verbs at `from` (not one opening a sentence). */
function agentBefore(
  sentence: SentenceInfo,
  from: number,
  participle: number,
  aux: number,
): string | undefined {
  const words = sentence.words
  let k = from
  while (
    k > 0 &&
    k > from - 10 &&
    !separated(sentence, words[k - 1]!, words[k]!) &&
    !CLAUSE_BREAK.has(words[k - 1]!.lower) &&
    words[k - 1]!.tag?.upos !== 'SCONJ'
  )
    k--
  // At the start of a sentence only a door-phrase that opens it is a cause ("Door een storing is
  // …"); "De kosten kunnen door de gemeente worden verhaald" names who acts (blind letters, set-cc).
  if (k === from || (k === 0 && words[0]!.lower === 'door')) return undefined
  const agent = agentOf(sentence, k, from, participle)
  // A door-phrase that opens a main clause, right before its finite verb, is mostly a cause too:
  // "…, maar door een storing is het niet verwerkt". A pronoun is who acts: "en door u zijn …".
  if (
    agent !== undefined &&
    !OBJECT_PRONOUNS.has(agent.toLowerCase()) &&
    words[k]!.lower === 'door' &&
    aux === k + 1 + agent.split(' ').length
  )
    return undefined
  return agent
}

/** Articles and possessives that open a sentence's subject: "De bedragen worden hoger". */
const SUBJECT_OPENERS = new Set([
  'de',
  'het',
  'een',
  'deze',
  'dit',
  'uw',
  'onze',
  'ons',
  'zijn',
  'haar',
  'hun',
])

/**
 * The word is the noun of the subject that opens a main clause, right before its finite verb:
 * "De bedragen worden hoger" (bedragen, also the participle of bedragen, is the subject; blind
 * letters, set-m), not "… dat het ingevuld wordt".
 */
function subjectNoun(words: readonly WordInfo[], index: number): boolean {
  return index === 1 && SUBJECT_OPENERS.has(words[0]!.lower)
}

const isFiniteTag = (word: WordInfo) => word.tag?.xpos.startsWith('WW|pv') === true
/** Finite verbs that take a participle of their own. */
const OWN_PARTICIPLE = new Set([
  'zijn',
  'hebben',
  'worden',
  'blijven',
  'kunnen',
  'moeten',
  'zullen',
  'mogen',
])

/** Whether a participle with a form of zijn is a passive. */
function zijnPassive(participle: WordInfo, agent: string | undefined): boolean {
  const kind = participleInfo(participle.value)?.afterZijn ?? 'toestand'
  if (kind === 'voltooid') return false
  return kind === 'handeling' || agent !== undefined
}

/**
 * The index of the finite verb that closes a relative clause opened at `j` by 'die' or 'dat' right
 * after a noun or pronoun, without punctuation in it; -1 when `j` opens none, or when that verb is
 * an auxiliary. A main verb comes last in the relative clause, and the main clause goes on after
 * it.
 */
function relativeClauseEnd(sentence: SentenceInfo, j: number): number {
  const words = sentence.words
  const opener = words[j]!
  if (!opener.tag?.xpos.includes('betr') || (opener.lower !== 'die' && opener.lower !== 'dat'))
    return -1
  if (!['NOUN', 'PRON', 'PROPN'].includes(words[j - 1]?.tag?.upos ?? '')) return -1
  for (let k = j + 1; k < Math.min(words.length - 1, j + 8); k++) {
    if (separated(sentence, words[k - 1]!, words[k]!)) return -1
    // An auxiliary there has a participle of its own ("een auto die op uw naam is geregistreerd"):
    // what follows is still the relative clause's.
    if (isFiniteTag(words[k]!)) return OWN_PARTICIPLE.has(words[k]!.tag!.lemma) ? -1 : k
  }
  return -1
}

/** Find passives in one sentence. */
export function passivesIn(sentence: SentenceInfo): Passive[] {
  const words = sentence.words
  const found: Passive[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (word.masked) continue
    const zijn = ZIJN.has(word.lower)
    if (!zijn && !WORDEN.has(word.lower)) continue
    // The possessive after a preposition: "in zijn geheel doorgestort", "met zijn auto" (blind
    // letters, set-cc: 'zijn … doorgestort' was reported as a passive).
    if (
      word.lower === 'zijn' &&
      words[i - 1]?.tag?.upos === 'ADP' &&
      ['NOUN', 'ADJ'].includes(words[i + 1]?.tag?.upos ?? '')
    )
      continue
    const participleHere = (index: number) => {
      const candidate = words[index]!
      return (
        !candidate.masked &&
        !notAVerb(candidate) &&
        !attributive(words, index) &&
        (looksLikeParticiple(candidate) ||
          taggedParticiple(candidate) ||
          (!zijn && (PARTICIPLE_AFTER_WORDEN.has(candidate.lower) || sameAsInfinitive(candidate))))
      )
    }
    // Main clause: the participle follows the auxiliary, in the same clause; the last one counts
    // ("wordt na ontvangst van uw betaling verzonden").
    let participle = -1
    for (let j = i + 1; j < Math.min(words.length, i + 14); j++) {
      const next = words[j]!
      // A relative clause on the subject between them ends at its own finite verb: "wordt eenieder
      // die deze brief ontvangt verzocht" (blind letters, set-uu).
      const relativeEnd = participle === -1 ? relativeClauseEnd(sentence, j) : -1
      if (relativeEnd !== -1) {
        j = relativeEnd
        continue
      }
      if (
        separated(sentence, words[j - 1]!, next) ||
        (CLAUSE_BREAK.has(next.lower) && !(next.lower === 'als' && alsNamesRole(sentence, j))) ||
        WORDEN.has(next.lower) ||
        HEBBEN.has(next.lower) ||
        (zijn && ZIJN.has(next.lower)) ||
        // Another finite verb after the participle, or a finite auxiliary, has a participle of
        // its own: "Afspraken die zijn gemaakt blijven gehandhaafd", "wordt uiteengezet op welke
        // gronden deze beslissing is genomen" (blind letters, set-pp: two passives joined).
        (isFiniteTag(next) &&
          OWN_PARTICIPLE.has(next.tag!.lemma) &&
          words[j - 1]!.tag?.upos !== 'ADP') ||
        (participle !== -1 &&
          (next.tag?.upos === 'VERB' || next.tag?.upos === 'AUX') &&
          !taggedParticiple(next)) ||
        // A relative clause after the participle has verbs of its own: "te worden overgelegd
        // waarin u gemotiveerd aangeeft" (blind letters, set-jjjj).
        (participle !== -1 && RELATIVE_ADVERB.test(next.lower))
      )
        break
      // After "te" a form like "voorkomen" or "ontvangen" is the infinitive of a clause of its own:
      // "wordt … aangebracht om schade te voorkomen" (blind letters, set-r).
      if (participleHere(j) && words[j - 1]!.lower !== 'te') participle = j
    }
    // worden with its participle far away or after a list with commas, found through the tagger:
    // "werden de stammen in het gebied tussen Noordzee, Rijn, Seine en Marne … aangeduid".
    if (participle === -1 && !zijn && word.tag?.lemma === 'worden') {
      for (let j = i + 1; j < words.length; j++) {
        const next = words[j]!
        const tag = next.tag
        const gap = sentence.text.slice(
          words[j - 1]!.end - sentence.start,
          next.start - sentence.start,
        )
        if (
          /[();:]/.test(gap) ||
          !tag ||
          (tag.upos === 'SCONJ' && !(next.lower === 'als' && alsNamesRole(sentence, j))) ||
          tag.xpos.includes('betr')
        )
          break
        if (isFiniteTag(next)) break
        if (taggedParticiple(next)) {
          participle = j
          break
        }
      }
    }
    // Subordinate clause and infinitive: "… dat uw aanvraag beoordeeld wordt", "… ingevuld moet
    // worden", "om verlaagd te worden", "uitgevoerd hoeft te worden", "gerekend te mogen worden".
    if (participle === -1 && i > 0) {
      let before = i - 1
      if (words[before]!.lower === 'te' && before > 0) {
        before--
        if (RAISING.has(words[before]!.lower) && before > 0) before--
      } else if (MODALS.has(words[before]!.lower) && before > 0) {
        before--
        if (words[before]!.lower === 'te' && before > 0) before--
      }
      const candidate = words[before]!
      if (
        !separated(sentence, candidate, word) &&
        !(before < i - 1 && separated(sentence, words[before + 1]!, word)) &&
        !subjectNoun(words, before) &&
        participleHere(before)
      )
        participle = before
    }
    if (participle === -1) continue
    const from = Math.min(i, participle)
    const to = Math.max(i, participle)
    const agent =
      agentOf(sentence, from, to, participle) ??
      agentOf(sentence, to + 1, Math.min(words.length, to + 3), participle) ??
      // A subordinate clause names the actor before the verbs: "omdat de weg door de gemeente is
      // afgesloten", "en door u geen stukken zijn overgelegd" (blind letters, set-l). Not at the
      // start of a sentence, where a door-phrase is mostly a cause: "Door een storing is …".
      agentBefore(sentence, from, participle, i)
    if (zijn && !zijnPassive(words[participle]!, agent)) continue
    // What something is made of is a state: "De deksels zijn gemaakt van kunststof" (the
    // replacement of 'vervaardigd van' in a blind letter, set-rr).
    if (
      zijn &&
      !agent &&
      words[participle]!.lower === 'gemaakt' &&
      ['van', 'uit'].includes(words[participle + 1]?.lower ?? '')
    )
      continue
    if (found.some((p) => p.participle === participle)) continue
    found.push({aux: i, participle, agent})
  }
  return found
}

/**
 * Passives per sentence. Pure, so the metrics can compute the passive share even when the rule
 * is off; within a check, rules read `ctx.analyses.passives(sentence)`, computed once.
 */
export function findPassivesIn(sentences: readonly SentenceInfo[]): Map<SentenceInfo, Passive[]> {
  const map = new Map<SentenceInfo, Passive[]>()
  for (const sentence of sentences) {
    const passives = passivesIn(sentence)
    if (passives.length > 0) map.set(sentence, passives)
  }
  return map
}

/** The sentences that contain a passive (what the metrics count). */
export function passiveSentences(sentences: readonly SentenceInfo[]): Set<SentenceInfo> {
  return new Set(findPassivesIn(sentences).keys())
}
