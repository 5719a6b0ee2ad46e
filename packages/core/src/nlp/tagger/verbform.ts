import type {VerbSlot, VerbTable} from '../verbs.js'
import type {Label} from './model.js'

/**
 * The VerbForm stage after the model and the clause corrections of tagger.ts: where the greedy
 * model reads an -en form, 'zijn' or a participle the wrong way, the clause decides.
 * Each correction was kept only when it gained on the five dev folds of LassySmall (scripts/
 * eval-tagger-folds.mjs), for the committed and the mixed training, without lowering a fold, and
 * was checked on letter sentences (test/tagger.test.ts). Figures: docs/rules/quality.md.
 */

/** Subjects after which 'zijn' is the verb when no noun follows ("ze zijn willekeurig", "Er zijn"). */
const ZIJN_SUBJECTS = new Set(['wij', 'we', 'zij', 'ze', 'jullie', 'er'])

/** Subject pronouns that are never objects: 'zijn' after them is the verb ("wij zijn akkoord"). */
const PLURAL_SUBJECTS = new Set(['wij', 'we', 'zij', 'jullie'])

/** Lemmas of verbs that take an infinitive: their clause goes on after them ("die kon krijgen"). */
const CLUSTER_HEADS = new Set([
  'kunnen',
  'moeten',
  'zullen',
  'willen',
  'mogen',
  'hoeven',
  'laten',
  'gaan',
  'blijven',
  'komen',
  'zien',
  'horen',
  'helpen',
  'leren',
  'durven',
  'proberen',
])

/** Words that start a noun phrase: never right after the possessive 'zijn'. */
const ARTICLES = new Set(['de', 'het', 'een', 'geen', 'deze', 'dit'])

/** Finite forms of the modal verbs and of zullen: their clause takes infinitives. */
const MODALS = new Set([
  'kan',
  'kunt',
  'kunnen',
  'kon',
  'konden',
  'moet',
  'moeten',
  'moest',
  'moesten',
  'zal',
  'zult',
  'zullen',
  'zou',
  'zouden',
  'mag',
  'mogen',
  'mocht',
  'mochten',
  'wil',
  'wilt',
  'willen',
  'wilde',
  'wilden',
])

/** Auxiliaries before a participle that closes a subclause ("die zijn gesticht"). */
const AUXILIARIES = new Set([
  'is',
  'zijn',
  'was',
  'waren',
  'heeft',
  'hebben',
  'had',
  'hadden',
  'wordt',
  'worden',
  'werd',
  'werden',
])

/** Finite forms of laten, which takes an infinitive like a modal ("liet inschrijven"). */
const LATEN = new Set(['laat', 'laten', 'liet', 'lieten'])

/** Quotes, which do not end a clause. */
const QUOTES = new Set(["'", '"', '`', '«', '»', '‘', '’', '“', '”'])

/** Finite forms and the infinitive of hebben, zijn and worden, which take a participle. */
export const PERFECT = new Set([
  'heb',
  'hebt',
  'heeft',
  'hebben',
  'had',
  'hadden',
  'ben',
  'bent',
  'is',
  'zijn',
  'was',
  'waren',
  'word',
  'wordt',
  'worden',
  'werd',
  'werden',
])

/** The same with their participles ("is geweest", "zijn geworden"). */
const PERFECT_FORMS = new Set([...PERFECT, 'geweest', 'geworden'])

/** Marks that end a sentence (not a heading). */
const SENTENCE_END = new Set(['.', '?', '!'])

/** Conjunctions that join two verb phrases of one clause ("zal … controleren en … sturen"). */
const JOINING = new Set(['en', 'of'])

/** Parts of speech before a noun in its noun phrase. */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM'])

/**
 * Conjunctions that also compare ("als het malen", "dan"): they neither start a subclause nor end
 * a clause here.
 */
export const COMPARISON = new Set(['als', 'dan'])

/** Labels and label sets of a model that the stage reads. */
function stageLabels(labels: readonly Label[], verbs: VerbTable) {
  const labelOf = (upos: string, xpos: string) =>
    labels.findIndex((l) => l.upos === upos && l.xpos === xpos)
  const auxPlural = labelOf('AUX', 'WW|pv|tgw|mv')
  const auxInfinitive = labelOf('AUX', 'WW|inf|vrij|zonder')
  const plural = {VERB: labelOf('VERB', 'WW|pv|tgw|mv'), AUX: auxPlural}
  const infinitive = {VERB: labelOf('VERB', 'WW|inf|vrij|zonder'), AUX: auxInfinitive}
  const isParticiple = labels.map((l) => l.xpos.startsWith('WW|vd'))
  const isSingularFinite = labels.map(
    (l) => l.xpos === 'WW|pv|tgw|met-t' || l.xpos === 'WW|pv|tgw|ev' || l.xpos === 'WW|pv|verl|ev',
  )
  const pastPlural = labelOf('VERB', 'WW|pv|verl|mv')
  const participleE = labelOf('VERB', 'WW|vd|prenom|met-e')
  const isPastSingular = labels.map((l) => l.xpos === 'WW|pv|verl|ev')
  const pluralNoun = labelOf('NOUN', 'N|soort|mv|basis')
  // words before a noun inside its noun phrase: article, number, possessive, prenominal adjective
  const isAttributive = labels.map(
    (l) =>
      l.upos === 'DET' ||
      l.upos === 'NUM' ||
      l.xpos.startsWith('VNW|bez|det') ||
      (l.upos === 'ADJ' && !l.xpos.startsWith('ADJ|vrij')),
  )
  const participleFree = labelOf('VERB', 'WW|vd|vrij|zonder')
  const finiteLabels = {
    sg1: labelOf('VERB', 'WW|pv|tgw|ev'),
    sg3: labelOf('VERB', 'WW|pv|tgw|met-t'),
    pastSg: labelOf('VERB', 'WW|pv|verl|ev'),
    pastPl: labelOf('VERB', 'WW|pv|verl|mv'),
  }
  const isSubject = labels.map(
    (l) => l.upos === 'NOUN' || l.upos === 'PROPN' || l.xpos.startsWith('VNW|pers'),
  )
  const isRelative = labels.map((l) => l.xpos.includes('betr'))
  const pos = labels.map((l) => l.upos)
  const isVerb = labels.map((l) => l.upos === 'VERB' || l.upos === 'AUX')
  const isFinite = labels.map((l) => l.xpos.startsWith('WW|pv'))
  const isPluralFinite = labels.map((l) => l.xpos === 'WW|pv|tgw|mv')
  const isInfinitive = labels.map((l) => l.xpos === 'WW|inf|vrij|zonder')
  const isPossessive = labels.map((l) => l.xpos.startsWith('VNW|bez|det'))
  const isBoundary = labels.map(
    (l) => l.xpos === 'LET' || l.upos === 'SCONJ' || l.upos === 'CCONJ' || l.xpos.includes('betr'),
  )
  const isSubclauseStart = labels.map((l) => l.upos === 'SCONJ' || l.xpos.includes('betr'))
  const isNounish = labels.map((l) => l.upos === 'NOUN' || l.upos === 'PROPN')
  const isFreeParticiple = labels.map((l) => l.xpos === 'WW|vd|vrij|zonder')
  const nominalInfinitiveLabel = labelOf('VERB', 'WW|inf|nom|zonder|zonder-n')
  const isSingularNoun = labels.map((l) => l.upos === 'NOUN' && l.xpos.startsWith('N|soort|ev'))
  const has = (lower: string, slot: VerbSlot) =>
    verbs.analyse(lower).some((a) => a.slot === slot && !a.split)

  return {
    labelOf,
    auxPlural,
    auxInfinitive,
    plural,
    infinitive,
    isParticiple,
    isSingularFinite,
    pastPlural,
    participleE,
    isPastSingular,
    pluralNoun,
    isAttributive,
    participleFree,
    finiteLabels,
    isSubject,
    isRelative,
    pos,
    isVerb,
    isFinite,
    isPluralFinite,
    isInfinitive,
    isPossessive,
    isBoundary,
    isSubclauseStart,
    isNounish,
    isFreeParticiple,
    isSingularNoun,
    nominalInfinitiveLabel,
    has,
    verbs,
  }
}

type Stage = ReturnType<typeof stageLabels>

/** Whether the clause of word `i` has a finite verb before it (back to a boundary). */
function finiteBefore(c: Stage, tags: Int32Array, i: number): boolean {
  const {isFinite, isBoundary} = c
  for (let j = i - 1; j >= 0; j--) {
    const t = tags[j]!
    if (isBoundary[t]) return false
    if (isFinite[t]) return true
  }
  return false
}

/**
 * Whether word `i` is a participle that no noun follows, the verb table having the form as a
 * participle: after 'zijn' it makes the verb, not the possessive ("die als Alexandrië zijn
 * gesticht", "allemaal zijn vervangen"; not "zijn gesloten winkel").
 */
function participleAfter(c: Stage, lows: readonly string[], tags: Int32Array, i: number): boolean {
  if (i >= tags.length || !c.has(lows[i]!, 'participle')) return false
  const after = i + 1 < tags.length ? c.pos[tags[i + 1]!] : 'PUNCT'
  return after !== 'NOUN' && after !== 'PROPN' && after !== 'ADJ'
}

/** Days and parts of days: 'zijn' before one is the verb ("Uw gegevens zijn maandag verwerkt"). */
const TIME_WORDS =
  /^(maan|dins|woens|donder|vrij|zater|zon)dag(avond|middag|morgen|ochtend|nacht)?$|^(vanavond|vanmiddag|vanmorgen|vanochtend|vannacht|gisteravond|gistermiddag|gisterochtend)$/

/** What follows a participle inside a noun phrase ("zijn gesloten winkel"). */
const NOUN_AFTER = new Set(['NOUN', 'PROPN', 'ADJ'])

/**
 * Whether no noun phrase can follow 'zijn' at `i`: past adverbs and uninflected adjectives, the
 * next word is a preposition, a subordinator, a free participle or the end of the sentence ("zijn
 * heel groot in", "zijn in behandeling", "zijn niet bereikbaar.", "zijn al verwerkt"). An
 * inflected adjective on the way makes a noun phrase likely ("zijn eerste etsen", "zijn sombere
 * interieurs"), and so does "best" ("heeft zijn best gedaan").
 */
function noNounPhraseAfter(
  c: Stage,
  lows: readonly string[],
  tags: Int32Array,
  i: number,
): boolean {
  const {pos, isFreeParticiple} = c
  let j = i + 1
  for (; j < tags.length; j++) {
    const p = pos[tags[j]!]
    if (p !== 'ADV' && p !== 'ADJ') break
    if (p === 'ADJ' && (lows[j]!.endsWith('e') || lows[j] === 'best')) return false
  }
  if (j >= tags.length) return j > i + 1
  const p = pos[tags[j]!]
  return (
    p === 'ADP' ||
    p === 'SCONJ' ||
    (isFreeParticiple[tags[j]!] && !NOUN_AFTER.has(pos[tags[j + 1] ?? -1] ?? '')) ||
    (p === 'PUNCT' && j > i + 1 && !QUOTES.has(lows[j]!))
  )
}

/**
 * Whether 'zijn' at `i` is the second word of a sentence that opens with an adverb and has no
 * other finite verb before its first boundary: the finite verb of the main clause ("Soms zijn
 * tennissters net mensen", "Toch zijn de kosten hoger"; not "Ook zijn kinderen gingen mee").
 */
function secondInMainClause(c: Stage, tags: Int32Array, i: number): boolean {
  const {pos, isFinite, isBoundary} = c
  let first = 0
  while (first < i && pos[tags[first]!] === 'PUNCT') first++
  if (first !== i - 1 || pos[tags[first]!] !== 'ADV') return false
  for (let j = i + 1; j < tags.length && !isBoundary[tags[j]!]; j++)
    if (isFinite[tags[j]!]) return false
  return true
}

/**
 * 'zijn' read as the possessive where it is the verb: before an article, punctuation or the
 * end ("en zijn een bron", "associatief zijn;"), after wij/we/zij/jullie ("Zij zijn akkoord"),
 * or after ze or "er" when no noun follows ("ze zijn willekeurig"); where no noun phrase can
 * follow ("zijn niet bereikbaar", see noNounPhraseAfter); before a day ("zijn maandag verwerkt");
 * second after an opening adverb in a sentence without another finite verb ("Toch zijn de
 * kosten hoger"). Finite, or the infinitive when its clause has a finite verb already ("kan nog
 * wel associatief zijn").
 */
function zijnAsVerb(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {auxPlural, auxInfinitive, pos, isPossessive, isNounish} = c
  for (let i = 0; i < tags.length; i++) {
    if (lows[i] !== 'zijn' || !isPossessive[tags[i]!]) continue
    const next = lows[i + 1]
    const nextTag = i + 1 < tags.length ? tags[i + 1]! : -1
    const verb =
      next === undefined ||
      pos[nextTag] === 'PUNCT' ||
      ARTICLES.has(next) ||
      (ZIJN_SUBJECTS.has(lows[i - 1] ?? '') && !isNounish[nextTag]) ||
      PLURAL_SUBJECTS.has(lows[i - 1] ?? '') ||
      participleAfter(c, lows, tags, i + 1) ||
      noNounPhraseAfter(c, lows, tags, i) ||
      TIME_WORDS.test(next) ||
      secondInMainClause(c, tags, i)
    if (!verb) continue
    const label = finiteBefore(c, tags, i) ? auxInfinitive : auxPlural
    if (label >= 0) tags[i] = label
  }
}

/**
 * An -en verb read as the finite plural after "en"/"of" in a clause whose finite verb is a
 * modal (or zullen), with only infinitives and participles between: the second infinitive
 * of the modal ("zal … nooit vergeven en blijven verachten"), unless a subject follows.
 */
function modalAcrossJoin(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {infinitive, pos, isFinite, isPluralFinite, isBoundary, has, verbs} = c
  let modal = -1
  let joined = false
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!
    const lower = lows[i]!
    if (isBoundary[t] && !(JOINING.has(lower) && pos[t] === 'CCONJ')) {
      modal = -1
      joined = false
      continue
    }
    if (JOINING.has(lower)) {
      joined = modal >= 0
      continue
    }
    // a relative "waar…" starts a clause of its own ("waar ze kunnen leggen")
    if (lower.startsWith('waar') && pos[t] === 'ADV') {
      modal = -1
      joined = false
      continue
    }
    if (!isFinite[t]) continue
    const after = i + 1 < tags.length ? pos[tags[i + 1]!]! : 'PUNCT'
    if (
      joined &&
      isPluralFinite[t] &&
      !MODALS.has(lower) &&
      (after === 'PUNCT' || after === 'ADP' || after === 'VERB' || after === 'AUX') &&
      // an -en form the verb table does not know counts too ("hervatten")
      (has(lower, 'inf') || (lower.endsWith('en') && verbs.analyse(lower).length === 0))
    ) {
      const upos = pos[t] as 'VERB' | 'AUX'
      if (infinitive[upos] >= 0) {
        tags[i] = infinitive[upos]
        continue
      }
    }
    modal = MODALS.has(lower) ? i : -1
    joined = false
  }
}

/**
 * A subclause's first verb, alone and followed by more words and another verb, is its finite
 * verb when the model read it as an infinitive ("mensen die witte rijst eten hun menu
 * aanvullen"): the verb-final subclause ends there.
 */
function subclauseFirstVerb(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {plural, pos, isVerb, isFinite, isInfinitive, isBoundary, isSubclauseStart, has} = c
  const n = tags.length
  for (let s = 0; s < n; s++) {
    if (!isSubclauseStart[tags[s]!] || COMPARISON.has(lows[s]!)) continue
    let first = -1
    let end = s + 1
    for (; end < n && !isBoundary[tags[end]!]; end++) {
      const t = tags[end]!
      if (isFinite[t]) {
        first = -2
        break
      }
      if (first === -1 && isVerb[t]) first = end
    }
    if (first < 0 || first + 1 >= end || isVerb[tags[first + 1]!]) continue
    if (!isInfinitive[tags[first]!] || lows[first - 1] === 'te') continue
    let later = false
    for (let j = first + 2; j < end && !later; j++) later = isVerb[tags[j]!]!
    if (!later || !has(lows[first]!, 'pl')) continue
    const upos = pos[tags[first]!] as 'VERB' | 'AUX'
    if (plural[upos] >= 0) tags[first] = plural[upos]
  }
}

/**
 * The finite verb of a main clause that opens with a subject and its subclause, or with a
 * subclause: right after the subclause's closing verbs, an -en verb read as an infinitive (or
 * 'zijn' read as the possessive) is finite ("Dieren die niet goed schoongemaakt worden kunnen
 * ziek worden", "De symbolen die hij opsomt zijn", "Omdat ze verschenen zijn, zijn ze"). The
 * subclause closes on participle + finite verb, finite verb + participle of zijn/hebben/worden,
 * or a lone singular finite verb; the main clause before it has no finite verb.
 */
function afterSubclause(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {
    plural,
    isParticiple,
    isSingularFinite,
    isRelative,
    pos,
    isVerb,
    isFinite,
    isInfinitive,
    isPossessive,
    isBoundary,
    isSubclauseStart,
    has,
    verbs,
  } = c
  const n = tags.length
  for (let i = 3; i < n; i++) {
    const t = tags[i]!
    const zijn = lows[i] === 'zijn' && isPossessive[t]
    if (!zijn && !(isInfinitive[t] && lows[i - 1] !== 'te')) continue
    // the subclause: back from i - 1 to its start, no boundary between
    let s = i - 1
    while (s >= 0 && !isBoundary[tags[s]!]) s--
    if (s < 0 || !isSubclauseStart[tags[s]!] || COMPARISON.has(lows[s]!)) continue
    const verbsIn: number[] = []
    for (let j = s + 1; j < i; j++) if (isVerb[tags[j]!]) verbsIn.push(j)
    const finites = verbsIn.filter((j) => isFinite[tags[j]!])
    if (finites.length !== 1) continue
    const f = finites[0]!
    const closes =
      (f === i - 1 && isParticiple[tags[i - 2]!] && AUXILIARIES.has(lows[f]!)) ||
      (f === i - 2 && isParticiple[tags[i - 1]!] && AUXILIARIES.has(lows[f]!)) ||
      (zijn && f === i - 1 && verbsIn.length === 1 && isSingularFinite[tags[f]!]) ||
      (f === i - 1 &&
        verbsIn.length === 1 &&
        isRelative[tags[s]!] &&
        !MODALS.has(lows[f]!) &&
        !verbs.analyse(lows[f]!).some((a) => CLUSTER_HEADS.has(a.lemma)))
    if (!closes) continue
    // the main clause before the subclause: no finite verb back to punctuation
    let main = false
    for (let j = s - 1; j >= 0 && !main && pos[tags[j]!] !== 'PUNCT'; j--)
      main = isFinite[tags[j]!]!
    if (main || !has(lows[i]!, 'pl')) continue
    const upos = zijn ? 'AUX' : (pos[t] as 'VERB' | 'AUX')
    if (plural[upos] >= 0) tags[i] = plural[upos]
  }
}

/** Whether words `from` to `to` (not included) have a noun, name or pronoun: a subject. */
function hasSubject(c: Stage, tags: Int32Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (c.isNounish[tags[k]!] || c.pos[tags[k]!] === 'PRON') return true
  return false
}

/**
 * The singular finite label of a form by its verb-table slots: the stem (ev) when the table has
 * it as the first person (also when the third person is the same form: "bijt", "spuit"), the -t
 * form (met-t) when only as the third person, the past singular; -1 for none.
 */
function singularFinite(c: Stage, slots: readonly string[]): number {
  const {sg1, sg3, pastSg} = c.finiteLabels
  if (slots.includes('sg1')) return sg1
  if (slots.includes('sg3')) return sg3
  if (slots.includes('pastSg')) return pastSg
  return -1
}

/**
 * A subclause without any verb reading needs one: its last word the verb table has as a
 * plural (present or past), read as a plural noun, is that finite verb ("die het signaal
 * naar de hersenen doorsturen", "die we hierboven aanstipten"); with a subject before it and
 * not right after a preposition, one it has as a singular finite form is that singular verb
 * ("waar het legioen toeslaat", "wanneer een varken in een tuitje bijt").
 */
function verblessSubclause(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {
    plural,
    pastPlural,
    pos,
    isVerb,
    isPossessive,
    isBoundary,
    isSubclauseStart,
    isNounish,
    verbs,
  } = c
  const n = tags.length
  for (let s = 0; s < n; s++) {
    const st = tags[s]!
    const start =
      (isSubclauseStart[st] && !COMPARISON.has(lows[s]!)) ||
      (pos[st] === 'ADV' && lows[s]!.startsWith('waar'))
    if (!start) continue
    let end = s + 1
    let verb = false
    while (end < n && !isBoundary[tags[end]!] && !verb) verb = isVerb[tags[end++]!]!
    if (verb) continue
    for (let j = end - 1; j > s + 1; j--) {
      if (!isNounish[tags[j]!] || lows[j - 1] === 'te') continue
      // after an article, adjective, number or possessive it is a noun ("een jongen")
      if (NOUN_PHRASE.has(pos[tags[j - 1]!]!) || isPossessive[tags[j - 1]!]) break
      const slots = verbs
        .analyse(lows[j]!)
        .filter((a) => !a.split)
        .map((a) => a.slot)
      let label = slots.includes('pl') ? plural.VERB : slots.includes('pastPl') ? pastPlural : -1
      if (label < 0 && pos[tags[j - 1]!] !== 'ADP' && hasSubject(c, tags, s + 1, j))
        label = singularFinite(c, slots)
      if (label >= 0) tags[j] = label
      break
    }
  }
}

/**
 * A past singular reading of an -de/-te form between a determiner, preposition or number (over
 * adverbs and adjectives) and a noun is the inflected participle ("de vaak gebruikte
 * benaming", "in minder ontwikkelde landen", "twee verbouwde scholen").
 */
function prenominalParticiple(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {participleE, isPastSingular, pos, has} = c
  if (participleE < 0) return
  for (let i = 1; i + 1 < tags.length; i++) {
    if (!isPastSingular[tags[i]!] || pos[tags[i + 1]!] !== 'NOUN') continue
    let j = i - 1
    while (j > 0 && (pos[tags[j]!] === 'ADV' || pos[tags[j]!] === 'ADJ')) j--
    const head = pos[tags[j]!]
    if (head !== 'DET' && head !== 'ADP' && head !== 'NUM') continue
    const lower = lows[i]!
    if (!lower.endsWith('e') || !has(lower.slice(0, -1), 'participle')) continue
    tags[i] = participleE
  }
}

/**
 * In a clause whose finite verb is a modal (or laten) and that has no infinitive yet, a
 * plural-noun reading of an infinitive at the end of the clause (before punctuation, a
 * preposition, a verb or en/of), not inside a noun phrase, is the infinitive ("Mussolini bleef de
 * Ustace steunen", "kan de wind het kaf wegblazen.", "konden vroeten op zoek naar").
 */
function modalInfinitive(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {infinitive, pluralNoun, isAttributive, pos, isVerb, isFinite, isBoundary, has} = c
  const n = tags.length
  let modal = -1
  for (let i = 0; i < n; i++) {
    const t = tags[i]!
    if (isBoundary[t]) {
      modal = -1
      continue
    }
    if (isFinite[t]) {
      modal = MODALS.has(lows[i]!) || LATEN.has(lows[i]!) ? i : -1
      continue
    }
    if (modal < 0) continue
    if (isVerb[t]) {
      modal = -1
      continue
    }
    if (t !== pluralNoun || i === modal + 1 || !has(lows[i]!, 'inf')) continue
    const before = tags[i - 1]!
    if (isAttributive[before] || pos[before] === 'ADP') continue
    // the end of the verb phrase: punctuation, a preposition, a verb, or "en"/"of" before a
    // second one ("zou een nieuwe munt invoeren en de betalingen hervatten")
    const after = i + 1 < n ? pos[tags[i + 1]!]! : 'PUNCT'
    if (
      after !== 'PUNCT' &&
      after !== 'ADP' &&
      after !== 'VERB' &&
      after !== 'AUX' &&
      !(after === 'CCONJ' && JOINING.has(lows[i + 1]!))
    )
      continue
    if (infinitive.VERB >= 0) tags[i] = infinitive.VERB
    modal = -1
  }
}

/**
 * A clause with a subject and no finite verb: a participle reading there that the verb table
 * also has as a finite form is that finite verb ("De Morgan gebruikt het criterium", "de
 * verzorging vereist veel mankracht"). Not a clause that opens with the participle ("gevolgd
 * door", ", afgekort als").
 */
function finiteParticiple(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {
    isParticiple,
    participleFree,
    finiteLabels,
    isSubject,
    isRelative,
    pos,
    isVerb,
    isFinite,
    isSubclauseStart,
    verbs,
  } = c
  const n = tags.length
  // the clause here: up to punctuation other than quotes, a subordinator or relative pronoun
  // (not a coordinator: "natuurlijke en kunstmatig aangelegde bossen")
  const ends = (j: number) =>
    (pos[tags[j]!] === 'PUNCT' && !QUOTES.has(lows[j]!)) ||
    isSubclauseStart[tags[j]!] ||
    (pos[tags[j]!] === 'ADV' && lows[j]!.startsWith('waar'))
  let start = 0
  while (start < n) {
    let end = start
    while (end < n && !ends(end)) end++
    let finite = false
    let part = -1
    let parts = 0
    for (let j = start; j < end && !finite; j++) {
      const t = tags[j]!
      finite = isFinite[t]!
      if (isVerb[t] && !isParticiple[t]) finite = true
      if (t === participleFree) {
        parts++
        part = j
      }
    }
    const relative =
      start > 0 &&
      (isRelative[tags[start - 1]!] ||
        (pos[tags[start - 1]!] === 'ADV' && lows[start - 1]!.startsWith('waar')))
    if (!finite && parts === 1 && relative) {
      let subject = false
      for (let j = start; j < part && !subject; j++) subject = isSubject[tags[j]!]!
      if (subject && part > start && lows[part - 1] !== 'te') {
        const slots = verbs
          .analyse(lows[part]!)
          .filter((a) => !a.split)
          .map((a) => a.slot)
        const label = slots.includes('sg3')
          ? finiteLabels.sg3
          : slots.includes('pastSg')
            ? finiteLabels.pastSg
            : slots.includes('pastPl')
              ? finiteLabels.pastPl
              : slots.includes('sg1')
                ? finiteLabels.sg1
                : -1
        if (label >= 0) tags[part] = label
      }
    }
    start = end + 1
  }
}

/**
 * A form that is both infinitive and participle (ontstaan, verlaten, vervangen) by the
 * finite verb of its clause: the infinitive after a modal when no form of hebben, zijn or
 * worden is in the clause ("kan er een ras ontstaan"), the participle after a finite form of
 * hebben, zijn or worden when no modal is ("is langzaam vervallen", "hebben Egypte verlaten").
 */
function participleOrInfinitive(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {infinitive, participleFree, isFinite, isBoundary, has} = c
  const n = tags.length
  for (let i = 1; i < n; i++) {
    const t = tags[i]!
    if (t !== participleFree && t !== infinitive.VERB) continue
    if (lows[i - 1] === 'te' || !has(lows[i]!, 'inf') || !has(lows[i]!, 'participle')) continue
    let a = i
    while (a > 0 && !isBoundary[tags[a - 1]!]) a--
    let b = i
    while (b + 1 < n && !isBoundary[tags[b + 1]!]) b++
    let modal = false
    let perfect = false
    let auxiliary = false
    for (let j = a; j <= b; j++) {
      if (j === i) continue
      const lower = lows[j]!
      if (PERFECT_FORMS.has(lower)) {
        auxiliary = true
        if (isFinite[tags[j]!]) perfect = true
      } else if (isFinite[tags[j]!] && (MODALS.has(lower) || LATEN.has(lower)))
        // a modal after the form belongs to the next clause ("die de folder ontvangen kunnen")
        modal ||= j < i
    }
    if (modal && !auxiliary && t === participleFree) tags[i] = infinitive.VERB
    else if (perfect && !modal && t === infinitive.VERB) tags[i] = participleFree
  }
}

/**
 * The same by the whole sentence, where its clause as `participleOrInfinitive` sees it is cut short
 * by "en" or a comma ("Bij gebruik kunnen maagklachten en zelfs maagbloedingen ontstaan", "werd er
 * in 'Suske en Wiske' af en toe naar de actualiteit verwezen"): a sentence whose finite verbs
 * include a modal (or laten) and no form of hebben, zijn or worden makes such a form the
 * infinitive; one with such a form and no modal makes it the participle, also a form the verb
 * table has only as a participle that the model read as an infinitive ("verwezen"). Not right after
 * another verb (a cluster: "heeft laten vervangen"), not after "te".
 */
function sentenceParticipleOrInfinitive(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {infinitive, participleFree, isFinite, isVerb, has} = c
  if (infinitive.VERB < 0 || participleFree < 0) return
  let modal = false
  let perfect = false
  for (let j = 0; j < tags.length; j++) {
    if (!isFinite[tags[j]!]) continue
    if (MODALS.has(lows[j]!) || LATEN.has(lows[j]!)) modal = true
    else if (PERFECT.has(lows[j]!)) perfect = true
  }
  if (modal === perfect) return
  for (let i = 1; i < tags.length; i++) {
    const t = tags[i]!
    if (t !== participleFree && t !== infinitive.VERB) continue
    if (lows[i - 1] === 'te' || isVerb[tags[i - 1]!]) continue
    const lower = lows[i]!
    if (modal && t === participleFree && has(lower, 'inf')) tags[i] = infinitive.VERB
    else if (perfect && t === infinitive.VERB && has(lower, 'participle')) tags[i] = participleFree
  }
}

/** Parts of speech that open a verb's object or adverbial right after it. */
const OBJECT_OPENERS = new Set(['ADV', 'ADJ', 'DET', 'PRON', 'NUM', 'NOUN'])

/**
 * A second verb phrase joined by "en"/"of" to one with a plural finite verb takes a plural finite
 * verb too: right after the conjunction, a plural-noun reading of a form the verb table has as a
 * plural, with an adverb, adjective, determiner, pronoun, number or noun after it (the start of
 * its object or adverbial) and no finite verb later in the sentence, is that verb ("Ze
 * veroorzaken overlast en vertonen crimineel gedrag", "De verhalen spelen zich af in het verleden
 * en putten uit oude sagen"). Not when a determiner or adjective comes first ("en de bakken") or
 * the plural finite verb is not in the sentence before it.
 */
function joinedPluralFinite(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {plural, pluralNoun, isPluralFinite, isFinite, isRelative, pos, has} = c
  if (plural.VERB < 0 || pluralNoun < 0) return
  const n = tags.length
  // A change below makes a word the last finite verb, so it never moves this for later words.
  let lastFinite = -1
  for (let j = 0; j < n; j++) if (isFinite[tags[j]!]) lastFinite = j
  let pluralBefore = false
  for (let i = 0; i < n; i++) {
    const t = tags[i]!
    if (isPluralFinite[t]) pluralBefore = true
    if (SENTENCE_END.has(lows[i]!)) pluralBefore = false
    if (!pluralBefore || t !== pluralNoun || !JOINING.has(lows[i - 1] ?? '')) continue
    // What opens the verb's object or adverbial ("vertonen crimineel gedrag", "putten ook"), not
    // a preposition or relative pronoun that a noun takes too ("de huur en kosten voor gas").
    const next = i + 1 < n ? tags[i + 1]! : -1
    if (next < 0 || !OBJECT_OPENERS.has(pos[next]!) || isRelative[next]) continue
    if (has(lows[i]!, 'pl') && lastFinite < i) tags[i] = plural.VERB
  }
}

/**
 * A sentence of four words or more that ends in a full stop, question or exclamation mark and has
 * no finite verb, or whose first clause (up to punctuation, a subordinator or a relative pronoun)
 * has none ("De bewoners eisen een oplossing die snel werkt."): its first -en verb read as an infinitive or participle (or as a plural noun,
 * not after an article, attributive word or preposition), after a subject, not
 * after "te", with more of the clause after it (not a conjunction or punctuation), that the verb
 * table has as a plural, is the finite verb ("Enkel de timing en de tekenstijl wijzen er mogelijk
 * op.", "Alle bewoners van de wijk ontvangen een brief."); a participle reading that the table
 * also has as a past plural is that past plural ("De bewoners bevonden zich in de tuin."). Not a
 * heading ("Informatie over afval scheiden").
 */
function sentenceFinite(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {
    plural,
    participleFree,
    pluralNoun,
    isAttributive,
    pos,
    isFinite,
    isInfinitive,
    isSubject,
    isSingularNoun,
    finiteLabels,
    has,
    isSubclauseStart,
  } = c
  const total = tags.length
  if (total < 4 || !SENTENCE_END.has(lows[total - 1]!)) return
  // the first clause: up to punctuation (not a quote), a subordinator or a relative pronoun
  let n = total
  let anyFinite = false
  for (let i = 0; i < total; i++) if (isFinite[tags[i]!]) anyFinite = true
  if (anyFinite) {
    n = 0
    while (
      n < total &&
      !(pos[tags[n]!] === 'PUNCT' && !QUOTES.has(lows[n]!) && n > 0) &&
      !isSubclauseStart[tags[n]!]
    )
      n++
    if (n < total) n++
  }
  for (let i = 0; i < n; i++) if (isFinite[tags[i]!]) return
  let subject = false
  for (let i = 0; i < n; i++) {
    const t = tags[i]!
    // more of the clause follows: not the last word, not before a conjunction
    const more = i + 2 < n && pos[tags[i + 1]!] !== 'CCONJ' && pos[tags[i + 1]!] !== 'PUNCT'
    const read =
      isInfinitive[t] ||
      t === participleFree ||
      (t === pluralNoun && !isAttributive[tags[i - 1]!] && pos[tags[i - 1]!] !== 'ADP')
    if (read && subject && more && lows[i - 1] !== 'te' && has(lows[i]!, 'pl')) {
      const label = plural[pos[t] === 'AUX' ? 'AUX' : 'VERB']
      if (label >= 0) tags[i] = label
      return
    }
    // a past plural read as the participle ("De twee vriendinnetjes bevonden zich in de tuin.")
    if (t === participleFree && subject && more && has(lows[i]!, 'pastPl')) {
      if (finiteLabels.pastPl >= 0) tags[i] = finiteLabels.pastPl
      return
    }
    // A singular noun reading right after the subject noun or pronoun, of a singular finite
    // form ("Het besluit staat online.", "Het team beantwoord uw vraag.").
    if (isSingularNoun[t] && i > 0 && isSubject[tags[i - 1]!] && more) {
      const lower = lows[i]!
      const label =
        lower.endsWith('t') && has(lower, 'sg3')
          ? finiteLabels.sg3
          : has(lower, 'sg1')
            ? finiteLabels.sg1
            : -1
      if (label >= 0) {
        tags[i] = label
        return
      }
    }
    subject ||= isSubject[t]!
  }
}

/** Subject pronouns that open a declarative sentence, by number ('ze' and 'zij' are both). */
const SINGULAR_SUBJECTS = new Set(['hij', 'zij', 'ze', 'men', 'u', 'jij', 'je', 'ik'])
const PLURAL_SUBJECT_PRONOUNS = new Set([...PLURAL_SUBJECTS, 'ze'])

/**
 * The subject that opens a sentence and its number: a subject pronoun, or a noun phrase
 * (article, number, possessive or adjective words, an adverb after one of them as in "De meeste
 * inwoners", then nouns or names). Returns the index after it and whether it can be singular and
 * plural, or undefined when the sentence does not open with one.
 */
function openingSubject(
  c: Stage,
  lows: readonly string[],
  tags: Int32Array,
  start: number,
): {end: number; singular: boolean; plural: boolean} | undefined {
  const {pos, isAttributive, isNounish, pluralNoun} = c
  const n = tags.length
  const first = lows[start]!
  if (
    pos[tags[start]!] === 'PRON' &&
    (SINGULAR_SUBJECTS.has(first) || PLURAL_SUBJECT_PRONOUNS.has(first))
  ) {
    const singular = SINGULAR_SUBJECTS.has(first)
    return {end: start + 1, singular, plural: PLURAL_SUBJECT_PRONOUNS.has(first)}
  }
  let v = start
  while (
    v < n &&
    (isAttributive[tags[v]!] ||
      pos[tags[v]!] === 'ADJ' ||
      (v > start && pos[tags[v]!] === 'ADV' && isAttributive[tags[v - 1]!]))
  )
    v++
  const head = v
  while (v < n && isNounish[tags[v]!]) v++
  if (v === head) return undefined
  const last = tags[v - 1]!
  return {end: v, singular: last !== pluralNoun, plural: last === pluralNoun}
}

/**
 * A declarative sentence that opens with its subject puts its finite verb right after it (verb
 * second): a form there that agrees with the subject and that the model read as another form is
 * that finite verb, when no finite verb follows in its clause and more of the clause follows (not
 * a conjunction or punctuation). An -en form read as an infinitive after a plural subject ("De
 * dieren gebruiken weinig ruimte en …"), a -t form read as a participle after a singular subject
 * ("De verzorging vereist veel mankracht"), a -de/-te form read as a prenominal participle or
 * adjective after a singular subject ("Men gebruikte matten", "Frankrijk moedigde … aan"). Not
 * a subject that is itself an infinitive or participle phrase ("Honden uitlaten is verboden",
 * "Alle aanvragen ingediend voor mei worden …": a finite verb follows), not a heading (the
 * sentence ends in a full stop, question or exclamation mark).
 */
function frontedSubjectFinite(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {pos, isFinite, isBoundary} = c
  const n = tags.length
  if (n < 4 || !SENTENCE_END.has(lows[n - 1]!)) return
  // Main clauses start the sentence, follow a semicolon or colon, or follow a coordinator once a
  // main clause has its finite verb ("…, en de verzorging vereist veel mankracht"); none starts
  // inside a subclause.
  let start = 0
  let finite = false
  let subclause = false
  for (let i = 0; i < n; i++) {
    if (i === start) fronted(c, lows, tags, start)
    const t = tags[i]!
    if (isFinite[t]) finite = true
    if (lows[i] === ';' || lows[i] === ':') {
      start = i + 1
      finite = false
      subclause = false
    } else if (pos[t] === 'CCONJ') {
      if (finite && !subclause) start = i + 1
    } else if (isBoundary[t] && pos[t] !== 'PUNCT') {
      subclause = true
    }
  }
}

/** `frontedSubjectFinite` for the main clause from `start`. */
function fronted(c: Stage, lows: readonly string[], tags: Int32Array, start: number): void {
  const {plural, pos, isFinite, isInfinitive, isBoundary, isAttributive, has, verbs} = c
  const {participleFree, participleE, finiteLabels} = c
  const n = tags.length
  const subject = openingSubject(c, lows, tags, start)
  if (!subject) return
  const v = subject.end
  if (v + 2 >= n) return
  const next = tags[v + 1]!
  if (isFinite[next] || pos[next] === 'CCONJ' || pos[next] === 'PUNCT') return
  for (let j = v + 1; j < n && !isBoundary[tags[j]!]; j++) if (isFinite[tags[j]!]) return
  const t = tags[v]!
  const lower = lows[v]!
  // in a main clause a separable verb's finite form stands without its particle
  const finiteAs = (slot: VerbSlot) => verbs.analyse(lower).some((a) => a.slot === slot)
  let label = -1
  if (isInfinitive[t] && subject.plural && has(lower, 'pl')) {
    label = plural[pos[t] === 'AUX' ? 'AUX' : 'VERB']
  } else if (
    t === participleFree &&
    subject.singular &&
    lows[start] !== 'ik' &&
    lower.endsWith('t') &&
    finiteAs('sg3')
  ) {
    label = finiteLabels.sg3
  } else if (
    (t === participleE || (pos[t] === 'ADJ' && isAttributive[t])) &&
    subject.singular &&
    (lower.endsWith('de') || lower.endsWith('te')) &&
    finiteAs('pastSg')
  ) {
    label = finiteLabels.pastSg
  }
  if (label >= 0) tags[v] = label
}

/**
 * A finite reading of a form the verb table has as a participle, right before a finite form of
 * hebben, zijn or worden: the participle that closes a subclause or a verb cluster ("dat ik het
 * ontdekt heb", "die door elke stap bereikt wordt", "waarin karnemelk verwerkt is", "dat het
 * pakket verloren was"). A finite verb is never followed directly by another finite verb of its
 * own clause.
 */
function participleBeforeAuxiliary(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {isFinite, participleFree, has} = c
  if (participleFree < 0) return
  for (let i = 0; i + 1 < tags.length; i++) {
    if (!isFinite[tags[i]!] || !isFinite[tags[i + 1]!]) continue
    if (!PERFECT.has(lows[i + 1]!)) continue
    if (has(lows[i]!, 'participle')) tags[i] = participleFree
  }
}

/**
 * A plural finite reading of an infinitive right before "van", with another finite verb later in
 * the same clause: the nominalised infinitive ("Het in behandeling nemen van uw aanvraag duurt
 * enkele weken", "Het ophalen van grofvuil kost niets").
 */
function nominalInfinitive(c: Stage, lows: readonly string[], tags: Int32Array): void {
  const {isPluralFinite, isFinite, isBoundary, nominalInfinitiveLabel, infinitive, has} = c
  const label = nominalInfinitiveLabel >= 0 ? nominalInfinitiveLabel : infinitive.VERB
  if (label < 0) return
  const n = tags.length
  for (let i = 0; i + 1 < n; i++) {
    if (!isPluralFinite[tags[i]!] || lows[i + 1] !== 'van' || !has(lows[i]!, 'inf')) continue
    for (let j = i + 2; j < n && !isBoundary[tags[j]!]; j++) {
      if (isFinite[tags[j]!]) {
        tags[i] = label
        break
      }
    }
  }
}

/** The stage for a model's labels: a function that corrects a sentence's labels in place. */
export function verbFormStage(
  labels: readonly Label[],
  verbs: VerbTable,
): (lows: readonly string[], tags: Int32Array) => void {
  const c = stageLabels(labels, verbs)
  return (lows, tags) => {
    nominalInfinitive(c, lows, tags)
    zijnAsVerb(c, lows, tags)
    modalAcrossJoin(c, lows, tags)
    subclauseFirstVerb(c, lows, tags)
    frontedSubjectFinite(c, lows, tags)
    sentenceFinite(c, lows, tags)
    afterSubclause(c, lows, tags)
    verblessSubclause(c, lows, tags)
    prenominalParticiple(c, lows, tags)
    modalInfinitive(c, lows, tags)
    finiteParticiple(c, lows, tags)
    participleOrInfinitive(c, lows, tags)
    sentenceParticipleOrInfinitive(c, lows, tags)
    joinedPluralFinite(c, lows, tags)
    participleBeforeAuxiliary(c, lows, tags)
  }
}
