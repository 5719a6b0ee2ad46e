import {punctuationBetween} from '../nlp/clause-parts.js'
import {articleOf, genderOf, TITLE_HEADS} from '../nlp/fit.js'
import {loadVerbTable} from '../nlp/verbs.js'
import {defineRule, type SentenceInfo, type WordInfo} from '../rule.js'

interface Options {
  /** Most words allowed between article and noun. */
  maxLidwoord: number
  /** Most words allowed between the finite verb and the rest of the verb cluster. */
  maxWerkwoord: number
}

const upos = (word: WordInfo | undefined) => word?.tag?.upos ?? ''
const xpos = (word: WordInfo | undefined) => word?.tag?.xpos ?? ''
const isFinite = (word: WordInfo | undefined) => xpos(word).startsWith('WW|pv')
/**
 * A determiner or possessive that opens a noun phrase: de, het, een, deze, uw, onze. Not the old
 * genitive 's of a fixed adverb ('s nachts, 's morgens): it opens no noun phrase.
 */
const isDeterminer = (word: WordInfo | undefined) =>
  !/^['’]s$/.test(word?.value ?? '') &&
  (upos(word) === 'DET' || (upos(word) === 'PRON' && xpos(word).startsWith('VNW|bez|det')))
/**
 * An infinitive or participle that closes a verb cluster: by the tagger, or a participle by the
 * verb table that the tagger read as an adjective ("waren … gescheiden"). Not one used as a noun
 * (after a preposition other than "te", an article, or an adjective of a noun phrase: "voor
 * parkeren", "de bovenste delen") or before a noun ("een geschreven bundel").
 */
function closesCluster(words: readonly WordInfo[], j: number): boolean {
  const word = words[j]!
  const verb =
    ((upos(word) === 'VERB' || upos(word) === 'AUX') &&
      /^WW\|(?:vd|inf)\|/.test(xpos(word)) &&
      // not one before a noun, inflected ("de door Wilson geïnitieerde Volkenbond")
      !xpos(word).includes('prenom')) ||
    (upos(word) === 'ADJ' &&
      loadVerbTable()
        .analyse(word.lower)
        .some((a) => a.slot === 'participle'))
  if (!verb) return false
  const previous = words[j - 1]
  // "te" + infinitive: whether it is the verb's is asked by `teInCluster`
  if (upos(previous) === 'ADP' && previous!.lower !== 'te') return false
  if (upos(previous) === 'DET') return false
  // an adjective of a noun phrase ("de bovenste delen", "voor snel parkeren"), not one used as an
  // adverb ("zou zich … onophoudelijk bezighouden")
  if (
    upos(previous) === 'ADJ' &&
    (previous!.lower.endsWith('e') || ['ADP', 'DET', 'PRON'].includes(upos(words[j - 2])))
  )
    return false
  return upos(words[j + 1]) !== 'NOUN'
}
/**
 * Whether word j opens a subclause: a subordinating conjunction or relative pronoun, or "om" with
 * "te" and an infinitive after it before the next punctuation ("om de afspraak te verzetten"); "om"
 * without them is a preposition ("de strijd om de wereldtitel").
 */
function opensSubclause(sentence: SentenceInfo, j: number): boolean {
  const words = sentence.words
  const word = words[j]
  if (word === undefined) return false
  if (word.lower === 'om') return teInfinitiveAhead(sentence)[j + 1] === 1
  // "net als vorig jaar", "meer dan tien", "zoals elk jaar": a comparison without a finite verb of
  // its own is no subclause (else the clause's own cluster would be taken for the comparison's)
  // ("Dan kunt u …": the adverb opens nothing)
  if (COMPARISONS.has(word.lower) && upos(word) === 'SCONJ')
    return nextVerbs(sentence)[j + 1] === FINITE_NEXT || verbFinalClause(sentence, j)
  return upos(word) === 'SCONJ' || xpos(word).includes('betr') || SUBCLAUSE_WORDS.test(word.lower)
}

/** A subject that opens a clause after its conjunction: "als de jongen …", "als u …". */
const CLAUSE_SUBJECT = /^(?:de|het|een|uw|deze|dit|die|dat|u|hij|zij|ze|wij|we|jij|je|ik|jullie)$/

/**
 * "… als de jongen uit het ei zijn.": a subject after the conjunction and a verb as the last word
 * of the sentence make it a subclause, also when the tagger read its plural finite verb as an
 * infinitive (blind letters, set-dd and set-aa: 'Blijf … zijn' and 'kunnen … staan' were reported
 * as one cluster). Only at the end of the sentence: before a comma a main clause may follow whose
 * verbs the subclause must not take.
 */
function verbFinalClause(sentence: SentenceInfo, j: number): boolean {
  const words = sentence.words
  if (!CLAUSE_SUBJECT.test(words[j + 1]?.lower ?? '')) return false
  const k = verbAhead(sentence)[j + 1]!
  // the plural finite verb read as an infinitive, not a participle: in "wordt Ron meer als
  // komisch bijfiguur dan als de beste vriend van Harry neergezet" the participle is the main
  // clause's (held-out treebank)
  return k === words.length - 1 && xpos(words[k]).startsWith('WW|inf')
}

/**
 * For each word k of a sentence: the index of the first verb at k or later before the next
 * punctuation, or -1. One pass from the end, like `nextVerbs`, so that asking it after every
 * comparison word stays linear.
 */
const verbAhead = perSentence((sentence) => {
  const words = sentence.words
  const ahead = new Int32Array(words.length + 1).fill(-1)
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!
    const verb = upos(word) === 'VERB' || upos(word) === 'AUX'
    const next = k + 1 < words.length && !punctuationBetween(sentence, word, words[k + 1]!)
    ahead[k] = verb ? k : next ? ahead[k + 1]! : -1
  }
  return ahead
})

/** Words that open a comparison, a subclause only with a finite verb ("zoals u weet"). */
const COMPARISONS = new Set(['als', 'dan', 'zoals'])

/** `nextVerbs` value: the first verb at or after the word, before punctuation, is finite. */
const FINITE_NEXT = 1

/**
 * For each word k of a sentence: FINITE_NEXT when the first verb at k or later before the next
 * punctuation is finite, 2 when it is an infinitive or participle, 0 without a verb. One pass from
 * the end (linear however many comparisons a sentence has).
 */
const nextVerbs = perSentence((sentence) => {
  const words = sentence.words
  const ahead = new Uint8Array(words.length + 1)
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!
    const verb = upos(word) === 'VERB' || upos(word) === 'AUX'
    const next = k + 1 < words.length && !punctuationBetween(sentence, word, words[k + 1]!)
    ahead[k] = verb ? (isFinite(word) ? FINITE_NEXT : 2) : next ? ahead[k + 1]! : 0
  }
  return ahead
})

/**
 * For each word k of a sentence: 1 when "te" and an infinitive come at k or later before the next
 * punctuation. One pass from the end, so asking it for every "om" stays linear in a long sentence
 * without punctuation (a pasted list).
 */
const teInfinitiveAhead = perSentence((sentence) => {
  const words = sentence.words
  const ahead = new Uint8Array(words.length + 1)
  for (let k = words.length - 2; k >= 1; k--) {
    if (punctuationBetween(sentence, words[k - 1]!, words[k]!)) continue
    const teHere = words[k]!.lower === 'te' && xpos(words[k + 1]).startsWith('WW|inf')
    ahead[k] = teHere || ahead[k + 1] === 1 ? 1 : 0
  }
  return ahead
})

/** A table per sentence, made on the first question about the sentence and kept with it. */
function perSentence<T extends Uint8Array | Int32Array>(make: (sentence: SentenceInfo) => T) {
  const made = new WeakMap<SentenceInfo, T>()
  return (sentence: SentenceInfo): T => {
    let table = made.get(sentence)
    if (!table) made.set(sentence, (table = make(sentence)))
    return table
  }
}
/** Words that open a subclause whatever the tagger calls them: waarin, hoezeer, alvorens. */
const SUBCLAUSE_WORDS =
  /^(?:waar(?:in|op|door|mee|aan|van|voor|bij|uit|naar|over)?|hoe(?:zeer|veel)?|alvorens|toen|terwijl|nadat|voordat|zodat|omdat|wanneer|indien|zodra)$/

/**
 * A word of a modifier before a noun: an adjective or participle ("vastgestelde", "geldende"),
 * whatever the tagger calls its position, or "te" with an infinitive ("te vinden"). Returns how many
 * words it takes (0: none).
 */
function modifierAt(words: readonly WordInfo[], j: number): number {
  const word = words[j]
  if (!word) return 0
  if (word.lower === 'te' && xpos(words[j + 1]).startsWith('WW|inf')) return 2
  if (upos(word) === 'ADJ') return 1
  if ((upos(word) === 'VERB' || upos(word) === 'AUX') && /^WW\|(?:vd|od)\|/.test(xpos(word)))
    return 1
  return verbFormBeforeNoun(word) ? 1 : 0
}

/**
 * A participle before a noun by the verb table, where the tagger read it otherwise (after a name:
 * "Dronten geldende regels"): vastgestelde, geldende, afgegeven.
 */
function verbFormBeforeNoun(word: WordInfo): boolean {
  if (word.value !== word.lower || upos(word) === 'NOUN') return false
  const verbs = loadVerbTable()
  // strong participles have no -e: "de bij de balie afgegeven pas", "de opgenomen regels"
  if (word.lower.endsWith('en'))
    return verbs.analyse(word.lower).some((a) => a.slot === 'participle')
  if (!word.lower.endsWith('e')) return false
  const base = word.lower.slice(0, -1)
  if (verbs.analyse(base).some((a) => a.slot === 'participle')) return true
  // present participle: gelden + d
  return base.endsWith('d') && verbs.analyse(base.slice(0, -1)).some((a) => a.slot === 'inf')
}

/** A noun by the tagger, or a lower-case word the article list knows ("besluit"). */
const isNoun = (word: WordInfo | undefined) =>
  word !== undefined &&
  (upos(word) === 'NOUN' ||
    (word.value === word.lower &&
      !['VERB', 'AUX', 'ADJ', 'DET'].includes(upos(word)) &&
      articleOf(word.lower) !== undefined))

/**
 * "de door de gemeente in 2024 vastgestelde regels": a determiner, a modifier with its own words
 * (it starts with a preposition or adverb), adjectives or participles, the noun. Returns the index
 * of the noun, or -1.
 */
function prenominalNoun(sentence: SentenceInfo, i: number): number {
  const words = sentence.words
  const first = words[i + 1]
  if (!first || (upos(first) !== 'ADP' && upos(first) !== 'ADV')) return -1
  // "de te verwachten aanpassing": 'te' with its infinitive is the whole modifier, and the noun
  // after it the article's (blind letters, set-xx: the search went on to a noun 16 words away).
  if (modifierAt(words, i + 1) === 2 && isNoun(words[i + 3])) return -1
  for (let j = i + 2; j < Math.min(words.length - 1, i + 20); j++) {
    const word = words[j]!
    if (punctuationBetween(sentence, words[j - 1]!, word) || isFinite(word)) return -1
    if (opensSubclause(sentence, j)) return -1
    // An infinitive without te is the article's own noun: "het tegen betaling verstrekken van drank"
    // (blind letters, set-xx: reported as 'het … drank', with 'het drank die').
    if (xpos(word).startsWith('WW|inf') && words[j - 1]?.lower !== 'te') return -1
    let n = j
    for (let take = modifierAt(words, n); take > 0; take = modifierAt(words, n)) n += take
    if (n === j) continue
    // the adjective of a noun phrase inside the modifier: "door de nieuwe wethouder", also right
    // after its preposition: "na lang overleg vastgestelde regels" (the noun is 'regels')
    if (isDeterminer(words[j - 1]) || (upos(words[j - 1]) === 'ADP' && upos(word) === 'ADJ')) {
      j = n - 1
      continue
    }
    // A number between the participle and the noun counts with the noun: "de … genoemde elf
    // personen" (relabel round 31: 'de elf die …').
    if (upos(words[n]) === 'NUM' && isNoun(words[n + 1])) n++
    if (isNoun(words[n]) && !punctuationBetween(sentence, words[n - 1]!, words[n]!)) return n
    // "toegelichte en door de raad aangenomen begroting": a coordinated modifier goes on
    if (upos(words[n]) !== 'CCONJ') return -1
    j = n - 1
  }
  return -1
}

/**
 * The end of the verb cluster of the finite verb at `f` in its own clause: its separable particle,
 * or the first infinitive or participle of the same clause. Subclauses in between (a relative
 * clause, "dat …", "om … te …") are skipped and counted as words in between; another finite verb
 * of the same level, or punctuation that does not close a subclause, ends the clause without a
 * cluster (coordinated clauses are not paired). Returns -1 when the clause has no such end, or
 * when it lies more than `reach` words on: in a text without sentence ends (a pasted list) an
 * unclosed subclause would otherwise send every finite verb's search to the end of the text.
 */
function clusterEnd(sentence: SentenceInfo, f: number, reach: number): number {
  const words = sentence.words
  // the particle, unless an infinitive or participle of the clause comes first ("heeft … laten
  // bouwen … aan", where the tagger linked "aan" to "heeft")
  const linked = words[f]!.tag?.particle
  const particle = linked !== undefined && linked > f ? linked : undefined
  let depth = 0
  /** Within a subclause: whether its finite verb (or te + infinitive) has come. */
  let closing = false
  let justClosed = false
  /** The subclause opened by a conjunction ("dat", "doordat"), not a relative pronoun or "om". */
  let conjunction = false
  /** Commas passed in the clause itself (see `endsClause`). */
  let commas = 0
  /** Whether "en"/"of" came after the last of them: a list closed ("kennis, kapitaal en …"). */
  let listClosed = false
  /**
   * Whether the clause can end here: no comma, a pair of them (a remark), or a list closed by
   * "en"/"of". A single comma with no "en" after it sets off a clause of its own ("waren … op de
   * dropplaatsen, de bemanningen veilig overgebracht").
   */
  const settled = () => commas % 2 === 0 || listClosed
  /** Brackets opened in the clause and not yet closed: what stands in them is a remark. */
  let brackets = 0
  /** Whether a subclause of a conjunction has closed in the clause. */
  let afterConjunction = false
  const until = Math.min(words.length, f + 1 + reach)
  for (let j = f + 1; j < until; j++) {
    const word = words[j]!
    const punctuation = punctuationBetween(sentence, words[j - 1]!, word)
    if (depth > 0) {
      // its verbs joined by a conjunction go on ("waarop zijn verhalen zijn opgebouwd en
      // uitgebeeld"): the second one is the subclause's too
      if (closing && upos(word) === 'CCONJ' && isVerbForm(words[j + 1])) continue
      // a subclause ends after its verbs, at punctuation or a conjunction: a "verb" the tagger
      // found in its middle ("op … plaatsen een geurstof") does not close it
      const boundary = punctuation || ['CCONJ', 'SCONJ'].includes(upos(word))
      if (closing && upos(word) !== 'VERB' && upos(word) !== 'AUX' && !boundary) closing = false
      if (closing && upos(word) !== 'VERB' && upos(word) !== 'AUX') {
        depth--
        closing = false
        justClosed = true
        j--
        continue
      }
      if (opensSubclause(sentence, j) && !closing) {
        depth++
        continue
      }
      if (isFinite(word) || (words[j - 1]!.lower === 'te' && xpos(word).startsWith('WW|inf')))
        closing = true
      continue
    }
    // After a subclause of a conjunction, punctuation or "en" goes on with that subclause or
    // with something after the clause: "Het is waarschijnlijk dat … is ontstaan, in … gelegen",
    // "… doordat de gewassen geteeld worden en minder arbeid vragen". (A relative clause may stand
    // inside its clause, comma and all: "de aanvraag die u stuurde, toch niet ontvangen".)
    if (justClosed && conjunction && (punctuation || upos(word) === 'CCONJ')) return -1
    if (justClosed && conjunction) afterConjunction = true
    if (punctuation && !justClosed) {
      // after a subclause of a conjunction, a comma ends the clause as ever ("… dat … genomen
      // zoals bij X, maar ook doorgelezen")
      if (afterConjunction) return -1
      const between = sentence.text.slice(
        words[j - 1]!.end - sentence.start,
        word.start - sentence.start,
      )
      if (between.includes(',')) {
        commas++
        listClosed = false
      }
      if (endsClause(between, word, commas)) return -1
      for (const c of between) {
        if (c === '(') brackets++
        // the finite verb stood in a remark of its own ("… lid van deze groep) met als doel …")
        else if (c === ')' && --brackets < 0) return -1
      }
    }
    justClosed = false
    // inside brackets: a verb there is the remark's ("een tijdschrift geleid door …")
    if (brackets > 0) continue
    // another finite verb: a coordinated clause ("gaat … dood en kan … gebruiken"), not paired;
    // but a plural at the very end of the clause is the infinitive ("zullen … plaatsen.")
    if (isFinite(word) && !infinitiveAtEnd(sentence, j)) return -1
    if (isFinite(word)) return settled() ? j : -1
    if (upos(word) === 'CCONJ') listClosed = true
    if (opensSubclause(sentence, j)) {
      // after a comma of the clause, a subclause makes the structure too loose to pair verbs
      // over it ("ben hier zeker van, dat het … is als het er niet … geweest zijn"); but a
      // relative clause set off after its noun is a remark inside the clause, closed by the next
      // comma ("hebben de aanvraag, die u ons stuurde, op 3 maart … ontvangen")
      if (commas > 0) {
        if (!relativeAfterNoun(sentence, j, punctuation)) return -1
        // its comma is the remark's, like the one that closes it (not counted after a subclause)
        commas--
      }
      depth = 1
      closing = false
      conjunction = upos(word) === 'SCONJ' && word.lower !== 'om'
      continue
    }
    if (j === particle) return settled() ? j : -1
    if (closesCluster(words, j) && governs(words, f, j)) {
      // the verb group from j back: "te doen aanslaan", "te zijn aanbeland"
      let group = j
      while (group - 1 > f && isVerbForm(words[group - 1])) group--
      if (words[group - 1]!.lower !== 'te' || teInCluster(words, f, group)) {
        return settled() ? j : -1
      }
      // an infinitive clause of its own ("pogingen de reeks … te doen aanslaan"): its verbs are
      // skipped, the clause's cluster may still follow
      while (isVerbForm(words[j + 1]) && !punctuationBetween(sentence, words[j]!, words[j + 1]!))
        j++
    }
  }
  return -1
}

/**
 * Whether word j opens a relative clause right after a comma that follows a noun: "de aanvraag,
 * die …", "het besluit, waarin …" (a relative pronoun or a waar-word, not a conjunction).
 */
function relativeAfterNoun(sentence: SentenceInfo, j: number, punctuation: boolean): boolean {
  const word = sentence.words[j]!
  const before = sentence.words[j - 1]
  if (!punctuation || before === undefined || !['NOUN', 'PROPN'].includes(upos(before)))
    return false
  const between = sentence.text.slice(before.end - sentence.start, word.start - sentence.start)
  return between.trim() === ',' && (xpos(word).includes('betr') || /^waar\p{L}+$/u.test(word.lower))
}

/**
 * Whether punctuation (`between`: the text between two words, before word b; `commas`: the commas
 * of the clause so far, this one included) ends the clause of the finite verb. A colon,
 * semicolon or dash does. A comma or bracket does not when it sets off a remark or a list inside
 * the clause ("hebben, sinds de invoering van …, de gevolgen aangevallen", "door gebrek aan
 * kennis, kapitaal en technologie", "in zijn 'Boeken van cokerijen' (1510) opgetekend"); but a
 * verb form right after an opening one starts a clause of its own ("liep naar buiten, gevolgd door
 * zijn hond"): after the second mark of a pair it is the clause's own again ("hebben, na overleg,
 * besloten").
 */
function endsClause(between: string, b: WordInfo, commas: number): boolean {
  if (/[;:–—]/.test(between)) return true
  return commas % 2 === 1 && between.includes(',') && isVerbForm(b)
}

/**
 * Whether a finite verb can have this infinitive or participle in its cluster: an auxiliary can
 * (the tagger's AUX: hebben, zijn, worden, the modal verbs), and verbs that take an infinitive
 * (gaan, laten, blijven, the verbs of TE_CLUSTER_VERBS) or a participle (krijgen, blijven, raken)
 * can; other verbs cannot, so a participle or infinitive after them starts something of its own
 * ("bestaat uit twee gebieden, over het algemeen … genoemd", "verlieten …, met intervallen …
 * gevolgd door").
 */
function governs(words: readonly WordInfo[], f: number, j: number): boolean {
  const finite = words[f]!
  if (upos(finite) === 'AUX') return true
  const lemma = finite.tag?.lemma ?? finite.lower
  if (!xpos(words[j]).startsWith('WW|inf')) return PARTICIPLE_VERBS.has(lemma)
  // "te" + infinitive ("is te zien", "weet … te redden"), or a bare one ("gaat … halen")
  return words[j - 1]?.lower === 'te' ? TE_CLUSTER_VERBS.has(lemma) : INFINITIVE_VERBS.has(lemma)
}

/** Verbs besides the auxiliaries whose cluster has an infinitive (see `governs`). */
const INFINITIVE_VERBS = new Set([
  'blijven',
  'doen',
  'gaan',
  'helpen',
  'horen',
  'kunnen',
  'laten',
  'leren',
  'moeten',
  'mogen',
  'voelen',
  'willen',
  'zien',
  'zullen',
])

/** Verbs besides the auxiliaries whose cluster has a participle (see `governs`). */
const PARTICIPLE_VERBS = new Set(['blijven', 'hebben', 'krijgen', 'raken', 'worden', 'zijn'])

/**
 * Verbs whose "te" + infinitive stands in their own cluster ("U heeft de rekening … te betalen",
 * "U hoeft … niets te doen", "Wij proberen … af te handelen"); after other verbs "te" opens an
 * infinitive clause of its own ("Er ontstonden pogingen de reeks … te verkopen").
 */
const TE_CLUSTER_VERBS = new Set([
  'behoeven',
  'beginnen',
  'beloven',
  'blijken',
  'dienen',
  'dreigen',
  'durven',
  'hangen',
  'hebben',
  'hoeven',
  'hopen',
  'komen',
  'liggen',
  'lijken',
  'lopen',
  'menen',
  'plegen',
  'proberen',
  'schijnen',
  'staan',
  'trachten',
  'vallen',
  'vergeten',
  'verwachten',
  'weigeren',
  'weten',
  'zijn',
  'zitten',
])

/**
 * Nouns that take an infinitive clause of their own ("het gevoel … te zijn aanbeland", "de kans
 * … te reageren"): with one of them before "te", the infinitive is theirs, not the verb's.
 */
const TE_NOUNS = new Set([
  'bedoeling',
  'behoefte',
  'besluit',
  'doel',
  'gelegenheid',
  'gevoel',
  'idee',
  'kans',
  'manier',
  'moeite',
  'mogelijkheid',
  'neiging',
  'opdracht',
  'plan',
  'plicht',
  'poging',
  'recht',
  'reden',
  'taak',
  'tijd',
  'toestemming',
  'verplichting',
  'verzoek',
  'voorstel',
  'wens',
])

/**
 * Whether the "te" + infinitive whose verb group starts at `group` belongs to the cluster of the
 * finite verb at f: a verb that takes one (TE_CLUSTER_VERBS), with no noun that takes one of its
 * own, no "om" and no other finite verb or infinitive between ("heeft … om Trimble te vragen terug
 * te komen": the second infinitive is the first one's).
 */
function teInCluster(words: readonly WordInfo[], f: number, group: number): boolean {
  if (!TE_CLUSTER_VERBS.has(words[f]!.tag?.lemma ?? '')) return false
  for (let k = f + 1; k < group - 1; k++) {
    const word = words[k]!
    if (upos(word) === 'NOUN' && TE_NOUNS.has(word.tag?.lemma ?? '')) return false
    if (word.lower === 'om' || isFinite(word) || xpos(word).startsWith('WW|inf|')) return false
  }
  return true
}

/** A participle or infinitive by the tagger. */
const isVerbForm = (word: WordInfo | undefined) =>
  (upos(word) === 'VERB' || upos(word) === 'AUX') && /^WW\|(?:vd|inf)\|/.test(xpos(word))

/** A word the tagger read as a finite plural that ends its clause and is also an infinitive. */
function infinitiveAtEnd(sentence: SentenceInfo, j: number): boolean {
  const words = sentence.words
  const next = words[j + 1]
  const atEnd = !next || punctuationBetween(sentence, words[j]!, next)
  return (
    atEnd &&
    loadVerbTable()
      .analyse(words[j]!.lower)
      .some((a) => a.slot === 'inf')
  )
}

/** Words after a finite verb within which the rest of its cluster is looked for. */
const CLUSTER_REACH = 100

/** The relative pronoun for a noun: "de regels die", "het besluit dat". */
function relative(article: WordInfo, noun: WordInfo): string {
  if (noun.tag?.feats.Number === 'Plur') return 'die'
  const gender = genderOf(noun.tag?.lemma ?? noun.lower)
  if (gender) return gender === 'het' ? 'dat' : 'die'
  if (['het', 'dit', 'dat'].includes(article.lower)) return 'dat'
  if (['de', 'deze', 'die'].includes(article.lower)) return 'die'
  return 'die of dat'
}

/** The plain objection clause from its finite verb to 'maken'. */
const OBJECTION_TERM =
  /^(?:kunt|kan|kunnen)\s+(?:(?:u|je|jij|jullie)\s+)?binnen\s+(?:zes|6)\s+weken\s+na\s+de\s+(?:datum|verzenddatum)\s+van\s+(?:deze|dit)\s+(?:brief|besluit|e-mail)\s+bezwaar\s+maken$/i

export default defineRule<Options>({
  id: 'tangconstructie',
  meta: {
    description:
      'Zet woorden die bij elkaar horen bij elkaar: lidwoord en zelfstandig naamwoord, en de werkwoorden.',
    scope: 'unit',
    severity: 'info',
    fixable: 'none',
    messages: {
      lidwoord:
        'Tussen ‘{article}’ en ‘{noun}’ staan {count} woorden. Zet ze achter het woord: ‘{article} {noun} {relative} …’.',
      werkwoord:
        'Tussen ‘{first}’ en ‘{last}’ staan {count} woorden. Zet de werkwoorden dichter bij elkaar, of maak er twee zinnen van.',
    },
    options: {
      type: 'object',
      properties: {
        maxLidwoord: {
          type: 'integer',
          minimum: 1,
          default: 4,
          description: 'Meeste woorden tussen lidwoord en zelfstandig naamwoord.',
        },
        maxWerkwoord: {
          type: 'integer',
          minimum: 3,
          default: 10,
          description: 'Meeste woorden tussen de werkwoorden.',
        },
      },
      additionalProperties: false,
    },
  },
  check(_tree, ctx) {
    // How far a verb cluster is looked for: far beyond any sentence a letter has, and beyond
    // the option, so that a cluster too far off is still found and reported.
    const reach = Math.max(CLUSTER_REACH, 4 * ctx.options.maxWerkwoord)
    for (const sentence of ctx.sentences) {
      const words = sentence.words
      const count = (from: number, to: number) => to - from - 1
      // "de door u op 12 maart bij ons ingediende aanvraag"
      for (let i = 0; i + 3 < words.length; i++) {
        const article = words[i]!
        if (article.masked || !isDeterminer(article)) continue
        const n = prenominalNoun(sentence, i)
        if (n === -1) continue
        // "een … aantal andere geneesmiddelen": "een" with a plural noun belongs to another noun.
        if (article.lower === 'een' && words[n]!.tag?.feats.Number === 'Plur') continue
        if (count(i, n) > ctx.options.maxLidwoord) {
          const noun = words[n]!
          ctx.report({
            start: article.start,
            end: noun.end,
            messageId: 'lidwoord',
            data: {
              article: article.value,
              noun: noun.value,
              count: count(i, n),
              relative: relative(article, noun),
            },
          })
        }
        i = n
      }
      // "Wij hebben uw aanvraag … op 3 maart ontvangen": verb and cluster in one clause.
      let depth = 0
      let closing = false
      for (let f = 0; f < words.length; f++) {
        const word = words[f]!
        // keep track of subclauses, whose finite verb stands at their end; a comma after it ends
        // the subclause too ("Als u vragen heeft over …, kunt u …")
        if (depth > 0) {
          const after = closing && punctuationBetween(sentence, words[f - 1]!, word)
          if (after || (closing && upos(word) !== 'VERB' && upos(word) !== 'AUX')) {
            depth--
            closing = false
          } else {
            if (isFinite(word)) closing = true
            continue
          }
        }
        if (opensSubclause(sentence, f)) {
          depth++
          continue
        }
        if (!isFinite(word) || word.masked) continue
        const end = clusterEnd(sentence, f, reach)
        if (end === -1) continue
        // A word of an official name after its head is no verb of the clause, whatever the tagger
        // read: "… in de zin van artikel 1:3 van de Algemene wet bestuursrecht" (blind letters,
        // set-y). The verb table knows no such form.
        if (
          TITLE_HEADS.test(words[end - 1]!.lower) &&
          loadVerbTable().analyse(words[end]!.lower).length === 0
        )
          continue
        // The plain objection clause: "kunt u binnen zes weken na de datum van deze brief bezwaar
        // maken" is how the reader is told the term, in plain words (blind letters, sets a-rr: 16
        // of 19 such findings wrong; the legal wording with 'een bezwaarschrift indienen' stays).
        const span = sentence.text.slice(
          word.start - sentence.start,
          words[end]!.end - sentence.start,
        )
        if (OBJECTION_TERM.test(span)) continue
        const between = count(f, end)
        if (between > ctx.options.maxWerkwoord) {
          const last = words[end]!
          ctx.report({
            start: word.start,
            end: last.end,
            messageId: 'werkwoord',
            data: {first: word.value, last: last.value, count: between},
          })
        }
      }
    }
  },
})
