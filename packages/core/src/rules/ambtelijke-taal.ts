import {gapBefore, hasVerb, phraseInOneClause} from '../nlp/clauses.js'
import {builtinJargon, JARGON_CATEGORIES, toPhraseEntries, type JargonEntry} from '../nlp/jargon.js'
import {
  fitContext,
  fitReplacement,
  insideClosedQuotation,
  insideName,
  ON_THE_GROUNDS_OF,
} from '../nlp/fit.js'
import {matchedEnd, PhraseMatcher, type PhraseMatch} from '../nlp/phrase-matcher.js'
import {meansPaying} from '../nlp/payment.js'
import {relativePronoun} from '../nlp/relative-pronoun.js'
import {loadVerbTable} from '../nlp/verbs.js'
import {defineRule, type RuleContext, type SentenceInfo} from '../rule.js'
import {explainedAt} from '../nlp/explained.js'
import {toLegalProfessional, toLegalReader} from '../nlp/letter.js'
import type {UnitKind} from '../types.js'

/** What an attributive adjective stands before (condition `niet-voor-tag:ADJ+NOUN`). */
/** Rows that head a formal decision's recitals when a colon follows: "Gelet op:". */
const RECITAL_HEADINGS = new Set(['gelet op', 'overwegende dat'])

const ATTRIBUTED = new Set(['NOUN', 'PROPN', 'ADJ'])

interface Options {
  /** Extra entries of the organisation (the CLI and editor load `extraTermsFile` into these). */
  extraTerms: Array<{
    term: string
    alternatives: string[]
    forms?: string[]
    uitleg?: string
    categorie?: string
    fix?: 'safe' | 'suggestion'
  }>
  /** Terms (as in the list) that are fine in this organisation. */
  disabledTerms: string[]
  /** Categories to report. */
  categories: string[]
}

const LABEL: Record<string, string> = {
  ouderwets: 'ouderwets',
  formeel: 'formeel',
  vaktaal: 'vaktaal',
  leenwoord: 'een leenwoord',
  latijn: 'Latijn',
  engels: 'Engels',
  omslachtig: 'omslachtig',
  dubbelop: 'dubbelop',
}

export {builtinJargon}

/** Units of a letter that are names, titles and formulas, not text the writer words. */
const NAME_UNITS: ReadonlySet<UnitKind> = new Set(['letterhead', 'signature', 'salutation'])

/** A quick test before matching a head, signature or salutation line: a signing formula. */
const SIGNING_FORMULA = /(?<![\p{L}])namens\s+deze/iu

/** Words that open the subject of a clause: 'daar' before them is a conjunction of cause. */
const SUBJECT_START = new Set(
  'u wij we ik hij zij ze het men jij je jullie de een uw onze ons mijn zijn haar hun dit deze die dat er geen'.split(
    ' ',
  ),
)

const isFinite = (word: string) =>
  loadVerbTable()
    .analyse(word)
    .some((a) => a.slot !== 'inf' && a.slot !== 'participle')

/**
 * Whether the entry's conditions rule out a replacement at this match (the finding stays):
 * `geen-vervanging`, or a word or part of speech next to it that the replacement does not fit
 * (`vervang-niet-voor:`, `vervang-niet-na:`, `vervang-niet-voor-tag:`, `vervang-niet-na-tag:`),
 * or no word before it that it needs (`vervang-alleen-na:`, "er is sprake van"):
 * "gedurende lange tijd", "1 november jongstleden" (not "1 november vorige"), "nevenstaande
 * reactie" (not "hiernaast reactie"), "leges verschuldigd ten bedrage van" (not "verschuldigd
 * van").
 */
function replacementBlocked(
  entry: JargonEntry,
  sentence: SentenceInfo,
  match: PhraseMatch<JargonEntry>,
): boolean {
  if (entry.conditions.length === 0) return false
  const next = sentence.words[match.last + 1]
  const around = new Map([
    ['vervang-niet-voor', next?.lower ?? ''],
    ['vervang-niet-na', sentence.words[match.first - 1]?.lower ?? ''],
    ['vervang-niet-voor-tag', next?.tag?.upos ?? ''],
    // Only the word right before, not one across a comma or bracket: "(bouwen) als bedoeld in"
    // and "over te gaan, als bedoeld in" still take 'genoemd in' (set-pp).
    [
      'vervang-niet-na-tag',
      /[,;:()]/.test(gapBefore(sentence, match.first) ?? ',')
        ? ''
        : (sentence.words[match.first - 1]?.tag?.upos ?? ''),
    ],
  ])
  return entry.conditions.some((condition) => {
    if (condition === 'geen-vervanging') return true
    // "Echter, uit de schouw bleek …": 'Maar,' with the comma left behind is wrong (set-l).
    if (condition === 'vervang-niet-voor-komma') {
      const last = match.tail ? match.tail[1] : match.last
      return sentence.text.slice(sentence.words[last]!.end - sentence.start).startsWith(',')
    }
    // "U dient de schutting te verwijderen dan wel in te korten": 'moet' would leave the second
    // 'te' behind ("u moet … verwijderen dan wel in te korten").
    if (condition === 'vervang-niet-bij-tweede-te') {
      // "dienen te allen tijde vrij te worden gehouden": this 'te' is not the infinitive's.
      const following = sentence.words[match.last + 1]?.tag
      if (!match.tail && following !== undefined && !['VERB', 'AUX'].includes(following.upos))
        return true
      const last = match.tail ? match.tail[1] : match.last
      const after = sentence.text.slice(sentence.words[last]!.end - sentence.start)
      return /(?<![\p{L}])(?:en|of|dan\s+wel)\s[^,;:.]*?(?<![\p{L}])te\s+\p{L}/iu.test(after)
    }
    // 'behoeven' is 'hoeven' only with a 'te' infinitive after it ("u behoeft niet te betalen");
    // with an object it is 'nodig hebben' ("Het gebruik behoeft de toestemming van het college";
    // blind letters, set-ll), which the explanation gives.
    if (condition === 'vervang-alleen-met-te') return !teAfter(sentence, match.last)
    const [name = '', list = ''] = condition.split(':')
    // "Er is sprake van X" may become "Er is X", but "Daarnaast is sprake van X" would lose its
    // subject ("Daarnaast is X"): replace only right after these words (blind letters, set-i).
    if (name === 'vervang-alleen-na')
      return !list.split('|').includes(sentence.words[match.first - 1]?.lower ?? '')
    // "met inachtneming van de hierna genoemde voorschriften": conditions the reader must meet,
    // not something to take into account ('rekening houdend met' weakened them; blind letters,
    // nine findings in sets a-nn).
    // "in het kader van de Wmo": 'bij de Wmo' broke the sentence (blind letters: 5 of the 11
    // findings deels); what fits depends on the sentence ('volgens', 'door', 'voor').
    if (condition === 'vervang-niet-voor-wet')
      return lawAhead(sentence, (match.tail ? match.tail[1] : match.last) + 1)
    if (name === 'vervang-niet-voor-zinsdeel')
      return wordAhead(sentence, match.last, list.split('|'), 5)
    // "Van een grote afstand wordt derhalve geen sprake geacht": a form of 'worden' earlier in the
    // clause makes 'geacht' the passive's, where 'gevonden' breaks it (blind letters, set-bbbb).
    if (name === 'vervang-niet-na-zinsdeel')
      return wordBehind(sentence, match.first, list.split('|'), 6)
    const value = around.get(name)
    return value !== undefined && list.split('|').includes(value)
  })
}

/**
 * Whether a match stands in one clause. The words of a phrase have no comma between them ("Wat de
 * kosten betreft, de gemeente …" is not 'betreft de'), and the far part of a split phrase stays in
 * the clause: no comma, colon or semicolon between ("Het gebruik van de zaal is gratis, maar u moet
 * afspraken maken van tevoren"); the comma of an amount or the colon of a time ("U dient € 412,80
 * te betalen") is none. A far 'te' is the one of an infinitive, not of 'te allen tijde' or 'te laat'.
 */
function inOneClause(
  ctx: {slice(start: number, end: number): string},
  sentence: SentenceInfo,
  match: PhraseMatch<JargonEntry>,
): boolean {
  const words = sentence.words
  if (!phraseInOneClause((start, end) => ctx.slice(start, end), words, match)) return false
  if (!match.tail) return true
  const afterTail = words[match.tail[1] + 1]
  return !(
    words[match.tail[1]]!.lower === 'te' &&
    afterTail?.tag !== undefined &&
    !['VERB', 'AUX'].includes(afterTail.tag.upos)
  )
}

/** Whether a 'te' with a word after it follows word `index` in its clause (before a comma). */
function teAfter(sentence: SentenceInfo, index: number): boolean {
  // (A 'te' with a word after it: not the sentence's last word.)
  return wordAhead(sentence, index, ['te'], sentence.words.length - 2 - index)
}

/** Whether one of the words `wanted` follows word `index` within `reach` words, before a comma. */
function wordAhead(
  sentence: SentenceInfo,
  index: number,
  wanted: readonly string[],
  reach: number,
): boolean {
  const words = sentence.words
  for (let k = index + 1; k < words.length && k <= index + reach; k++) {
    if (gapBefore(sentence, k)?.includes(',')) return false
    if (wanted.includes(words[k]!.lower)) return true
  }
  return false
}

/** Whether one of the words `wanted` precedes word `index` within `reach` words, after a comma. */
function wordBehind(
  sentence: SentenceInfo,
  index: number,
  wanted: readonly string[],
  reach: number,
): boolean {
  const words = sentence.words
  for (let k = index - 1; k >= 0 && k >= index - reach; k--) {
    if (gapBefore(sentence, k + 1)?.includes(',')) return false
    if (wanted.includes(words[k]!.lower)) return true
  }
  return false
}

/** Right after a comma, or right after a noun, name or number (an amount: "€ 10,00 welke"). */
function afterCommaOrNoun(sentence: SentenceInfo, index: number): boolean {
  const gap = gapBefore(sentence, index)
  if (gap?.includes(',')) return true
  const previous = sentence.words[index - 1]
  return gap === ' ' && ['NOUN', 'PROPN', 'NUM'].includes(previous?.tag?.upos ?? '')
}

/** The last part of the name of a law, rule or agreement: Participatiewet, Wmo, verordening. */
const LAW = /(?:wet|verordening|regeling|convenant|contract|overeenkomst)$|^(?:wmo|awb|web|apv)$/

/**
 * Whether a law, rule or agreement is named within three words from `index`, before a comma: "in
 * het kader van de Wet maatschappelijke ondersteuning", "… van het Antenneconvenant".
 */
function lawAhead(sentence: SentenceInfo, index: number): boolean {
  for (let k = index; k < sentence.words.length && k < index + 3; k++) {
    if (k > index && gapBefore(sentence, k)?.includes(',')) return false
    if (LAW.test(sentence.words[k]!.lower)) return true
  }
  return false
}

/** Forms of worden and zijn that make a passive with a participle. */
const PASSIVE_AUXILIARIES = new Set([
  'is',
  'zijn',
  'was',
  'waren',
  'wordt',
  'worden',
  'werd',
  'werden',
])

/**
 * Whether the participle at `index` has a form of worden or zijn right after it or before it in
 * its clause: "is geconstateerd dat", "Geconstateerd werd dat", "worden … geconstateerd".
 */
function withPassiveAuxiliary(sentence: SentenceInfo, index: number): boolean {
  if (PASSIVE_AUXILIARIES.has(sentence.words[index + 1]?.lower ?? '')) return true
  for (let k = index - 1; k >= 0 && k >= index - 8; k--) {
    if (gapBefore(sentence, k + 1)?.includes(',')) return false
    if (PASSIVE_AUXILIARIES.has(sentence.words[k]!.lower)) return true
  }
  return false
}

/**
 * The alternatives for a match: in a passive, those of the condition `lijdend-alternatief`
 * ('is geconstateerd dat' is 'is vastgesteld dat', not 'is gezien dat'; blind letters, sets
 * dd-pp: 13 findings deels); right after a comma, those of the condition
 * `na-komma-alternatief` when the entry has it ('derhalve' there specifies what went before:
 * "binnen zes weken, derhalve uiterlijk op 15 juli" is "dus", not "daarom"; blind letters, sets
 * o, q, s and v: four such findings deels), else the entry's own.
 */
function alternativesAt(entry: JargonEntry, sentence: SentenceInfo, first: number): string[] {
  const afterComma = entry.conditions.find((c) => c.startsWith('na-komma-alternatief:'))
  if (afterComma && gapBefore(sentence, first)?.includes(','))
    return afterComma.slice('na-komma-alternatief:'.length).split('|')
  const passive = entry.conditions.find((c) => c.startsWith('lijdend-alternatief:'))
  // Also the infinitive used as a noun: "Het constateren van overtredingen" is "Het vaststellen
  // van …", not "Het zien van …" (blind letters, set-tt).
  const nominal =
    sentence.words[first - 1]?.lower === 'het' && sentence.words[first]!.lower.endsWith('en')
  if (passive && (nominal || withPassiveAuxiliary(sentence, first)))
    return passive.slice('lijdend-alternatief:'.length).split('|')
  if (entry.conditions.includes('betrekkelijk')) return relativePronoun(sentence.words, first)
  return entry.alternatives
}

/**
 * Whether `text` names something by a title that holds `term`: a compound with a capital that ends
 * in it ('de Winkeltijdenverordening', 'Bomenverordening 2020') or the term with a capital and a
 * lower-case word after it ('de Verordening rioolaansluitingen …'), not at the start of a sentence.
 */
export function namedByTitle(text: string, term: string): boolean {
  if (term.includes(' ')) return false
  const lower = text.toLowerCase()
  for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) {
    const after = text.slice(at + term.length)
    if (/^\p{L}/u.test(after)) continue
    // The word the term ends: back to its first letter.
    let start = at
    while (start > 0 && /[\p{L}-]/u.test(text[start - 1]!)) start--
    if (!/\p{Lu}/u.test(text[start]!)) continue
    // A capital at the start of a sentence or line says nothing.
    let previous = start - 1
    while (previous >= 0 && (text[previous] === ' ' || text[previous] === '\t')) previous--
    const opensSentence = previous < 0 || '.?!:\n\r'.includes(text[previous]!)
    if (start < at && !opensSentence) return true
    if (start === at && !opensSentence && /^ \p{Ll}/u.test(after)) return true
    if (start < at && /^ (?:\d{4}|\p{Ll})/u.test(after)) return true
  }
  return false
}

/** `namedByTitle` for one document, worked out once per term (condition niet-na-titel). */
function titleLookup(text: string): (term: string) => boolean {
  const titles = new Map<string, boolean>()
  return (term) => {
    let named = titles.get(term)
    if (named === undefined) {
      named = namedByTitle(text, term)
      titles.set(term, named)
    }
    return named
  }
}

/**
 * Whether the word at `first` stands as a title: after a name and a comma or an opening bracket,
 * or at the start of a line in a sentence without a verb (a signature).
 */
function jobTitle(sentence: SentenceInfo, first: number): boolean {
  const gap = gapBefore(sentence, first) ?? ''
  const previous = sentence.words[first - 1]
  if (previous && /^\p{Lu}/u.test(previous.value) && /^\s*[,(]\s*$/.test(gap)) return true
  return (first === 0 || gap.includes('\n')) && !hasVerb(sentence.words)
}

/**
 * A verb from word `from` on, before the next comma (not the one of a number: "2,5 meter") or the
 * end of the sentence.
 */
function verbLaterInClause(sentence: SentenceInfo, from: number): boolean {
  for (let k = from; k < sentence.words.length; k++) {
    if (k > from && /,\s/.test(gapBefore(sentence, k) ?? '')) return false
    const upos = sentence.words[k]!.tag?.upos
    if (upos === 'VERB' || upos === 'AUX') return true
  }
  return false
}

/** A length of time: a number or number word and a unit. */
const DURATION =
  /^[\s(:]*(?:van\s+)?(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|twintig|dertig)\s+(?:werk)?(?:dag|dagen|week|weken|maand|maanden|jaar)(?![\p{L}])/iu

/** Whether a length of time follows the match ("termijn van zes weken", "termijn (8 weken)"). */
function durationAfter(sentence: SentenceInfo, match: PhraseMatch<JargonEntry>): boolean {
  const last = sentence.words[match.tail ? match.tail[1] : match.last]!
  return DURATION.test(sentence.text.slice(last.end - sentence.start))
}

/**
 * The message data of a replacement finding. 'op grond van', 'krachtens' and 'ingevolge' without
 * a replacement stand before a reason, not a rule ("een verlaging op grond van teruggelopen
 * inkomsten", "op grond van een sociaal-medische indicatie"): "Schrijf ‘volgens’" told the writer
 * to put a wrong word there (blind letters: 7 of 15 such findings deels), so the message says when
 * 'volgens' fits and what fits otherwise.
 */
function messageData(
  entry: JargonEntry,
  actual: string,
  data: {label: string; uitleg: string},
  ownMessage: boolean,
  replaced: boolean,
): {label: string; uitleg: string; intro: string} {
  const intro = `‘${actual}’ is ${data.label}. `
  if (!replaced && ON_THE_GROUNDS_OF.test(entry.term))
    return {
      ...data,
      intro,
      uitleg:
        'Schrijf ‘volgens’ bij een regel (‘volgens artikel 5’); noemt u een reden, schrijf dan ‘omdat’ of ‘vanwege’.',
    }
  return {...data, intro: ownMessage ? '' : intro}
}

/** Whether the entry's word-sense conditions (column `voorwaarde`) hold at this match. */
function conditionsHold(
  entry: JargonEntry,
  sentence: SentenceInfo,
  match: PhraseMatch<JargonEntry>,
  namesTitle: (term: string) => boolean,
): boolean {
  const next = sentence.words[match.last + 1]?.lower ?? ''
  const previous = sentence.words[match.first - 1]?.lower ?? ''
  // The next word's part of speech, from the tagger (the language layer).
  const nextUpos = sentence.words[match.last + 1]?.tag?.upos
  for (const condition of entry.conditions) {
    const [name, list = ''] = condition.split(':')
    const values = new Set(list.split('|'))
    if (name === 'niet-voor' && values.has(next)) return false
    if (name === 'niet-na' && values.has(previous)) return false
    if (name === 'niet-na-werkwoord' && isFinite(previous)) return false
    // "waar de bus dan wel stopt": 'dan' and 'wel' before a finite verb are two adverbs, not
    // 'of' (blind letters, set-o). After a comma it joins two clauses all the same: "…, dan wel
    // vindt vernietiging plaats".
    if (
      name === 'niet-voor-werkwoord' &&
      isFinite(next) &&
      (nextUpos === 'VERB' || nextUpos === 'AUX') &&
      !gapBefore(sentence, match.first)?.includes(',')
    )
      return false
    // The letter names a regulation by its title ('de Winkeltijdenverordening', 'Verordening
    // rioolaansluitingen …'): 'de verordening' then points back to it, and 'regels' would lose
    // which ones (blind letters, sets n and o: six of six such findings wrong).
    if (name === 'niet-na-titel' && namesTitle(entry.term)) return false
    // A job title in apposition to a name ("Fatima El Khatib, accountmanager bedrijven") or on a
    // line of its own under a name is the title the person has, not a word to replace (blind
    // letters: 5 of 12 such findings fout or deels, all of them titles).
    if (name === 'functietitel' && jobTitle(sentence, match.first)) return false
    // "de wettelijke termijn van zes weken": the length the explanation asks for is there
    // (blind letters, set-tt).
    if (name === 'niet-voor-duur' && durationAfter(sentence, match)) return false
    // "Mocht u vragen hebben, …" opens the sentence; "Toen mocht u …" is the past of mogen, and
    // so is a question ("Mocht ik daar parkeren?").
    if (name === 'alleen-zinsbegin' && (match.first !== 0 || sentence.text.trimEnd().endsWith('?')))
      return false
    // Part of speech from the tagger (the language layer): 'daar' as SCONJ, not ADV.
    const upos = sentence.words[match.first]?.tag?.upos
    if (name === 'tag' && upos !== undefined && !values.has(upos)) return false
    if (name === 'niet-tag' && upos !== undefined && values.has(upos)) return false
    // The next word's part of speech: 'bij deze' alone, not 'bij deze brief'.
    if (name === 'niet-voor-tag' && nextUpos !== undefined && values.has(nextUpos)) return false
    if (name === 'betaling' && !meansPaying(sentence, match.first, match.last)) return false
    // `ADJ+NOUN`: an adjective before a noun (", welke grote stukken" asks which), not one that
    // stands alone (", welke kosteloos is", ", welke uiterlijk 1 juni klaar is": the pronoun).
    if (
      name === 'niet-voor-tag' &&
      nextUpos === 'ADJ' &&
      values.has('ADJ+NOUN') &&
      ATTRIBUTED.has(sentence.words[match.last + 2]?.tag?.upos ?? '')
    )
      return false
    // Right after a comma or a noun: 'welke' as a relative pronoun ("de politie, welke geen
    // bezwaar heeft", "Schade welke is ontstaan", "€ 10,00 welke in mindering wordt gebracht";
    // blind letters, set-uuu: four missed without a comma), not the question word ("welke
    // stukken", "Wij weten niet welke u bedoelt"; 'niet-voor-tag' keeps "de vraag welke regels").
    if (name === 'na-komma' && !afterCommaOrNoun(sentence, match.first)) return false
    // 'nu' as a conjunction of cause: it opens a clause (at the start of the sentence or after a
    // comma) and no finite verb follows it, as after the adverb ("Nu is het tijd"): "…, nu u
    // niet aan de voorwaarden voldoet" (blind letters: 28 such uses in sets a-ww, none reported).
    if (name === 'opent-bijzin') {
      const opens = match.first === 0 || (gapBefore(sentence, match.first) ?? '').includes(',')
      const after = sentence.words[match.last + 1]
      // A subject or 'niet' follows, no verb form or adjective: ", thans afgemeerd aan …" is
      // the adverb (", nu afgemeerd").
      if (!opens || !after || ['VERB', 'AUX', 'ADJ'].includes(after.tag?.upos ?? '')) return false
      // A clause of cause ends in its own verb ("…, nu u niet aan de voorwaarden voldoet");
      // without one 'nu' is the adverb: "Daarvan is, gelet op het advies, nu geen sprake" (the
      // replacement of 'thans', set-xx).
      if (!verbLaterInClause(sentence, match.last + 1)) return false
    }
    // 'gehouden zijn' as an obligation has what must be done after it: "U bent gehouden de
    // kosten te betalen", "gehouden tot betaling"; not the passive of houden ("De zitting is
    // gehouden op 3 maart") or "rekening houden met" ("… onvoldoende rekening is gehouden";
    // blind letters, set-l).
    if (name === 'met-te-of-tot' && next !== 'tot' && !teAfter(sentence, match.last)) return false
    if (name === 'oorzaak') {
      // Causal 'daar' opens a clause with its subject; locative 'daar' is followed by the verb
      // ("Daar staat …", "Daar kunt u parkeren") or by 'waar'.
      // The row 'daar het' has its subject in it.
      const own = match.last > match.first
      if (!own && !SUBJECT_START.has(next)) return false
      // It opens a clause: at the start of the sentence or after a comma ("…, daar wij …"), not
      // after a verb ("Vul daar het nummer in"; blind letters, set-yyy).
      if (!(gapBefore(sentence, match.first) ?? ',').includes(',')) return false
      if (!own && isFinite(next) && next !== 'u' && next !== 'de' && next !== 'het') return false
    }
  }
  return true
}

/**
 * The explanation without a lead that repeats the category the message already names ("Latijn;
 * schrijf ‘vooraf’." after "‘a priori’ is Latijn."), as an organisation's own list may have it.
 */
function withoutLabel(explanation: string, label: string): string {
  const bare = label.replace(/^een\s+/, '')
  if (explanation.slice(0, bare.length).toLowerCase() !== bare.toLowerCase()) return explanation
  if (!/^[.;:,]/.test(explanation.slice(bare.length))) return explanation
  const rest = explanation.slice(bare.length + 1).trimStart()
  return rest ? rest[0]!.toUpperCase() + rest.slice(1) : explanation
}

/**
 * A trade term the message only asks to explain ('Leg uit wat het is.') is reported once per
 * paragraph: the explanation goes where it first appears (blind letters, sets u-ff: 7 of 9 second
 * findings in the same paragraph judged wrong; in a later paragraph 12 of 24 right). True when it
 * was reported in this paragraph (`unitStart`) already; `asked` is kept up to date.
 */
function askedInParagraph(entry: JargonEntry, unitStart: number, asked: Set<string>): boolean {
  if (entry.category !== 'vaktaal' || !ASKS_EXPLANATION.test(entry.explanation)) return false
  const key = `${entry.term}\u0000${unitStart}`
  if (asked.has(key)) return true
  asked.add(key)
  return false
}

/** The explanation of a trade term that has no plainer word: the message asks to explain it. */
const ASKS_EXPLANATION = /^Leg uit\b/

/** Whether a trade term is explained here or was earlier in the text (`seen`, kept up to date). */
function tradeExplained(entry: JargonEntry, seen: Set<string>, here: () => boolean): boolean {
  if (entry.category !== 'vaktaal' || entry.legal) return false
  if (seen.has(entry.term)) return true
  if (!here()) return false
  seen.add(entry.term)
  return true
}

export default defineRule<Options>({
  id: 'ambtelijke-taal',
  meta: {
    description: 'Schrijf gewone woorden in plaats van ambtelijke, ouderwetse of omslachtige taal.',
    scope: 'unit',
    severity: 'warning',
    fixable: 'safe',
    messages: {
      vervang: '{intro}{uitleg}',
      scheidbaar: '‘{actual} … {particle}’ is {label}. {uitleg}',
      juridisch:
        '‘{term}’ is een juridische term. Laat hem staan waar het besluit hem nodig heeft, maar leg uit wat het is: {uitleg}.',
      bezwaarGezegd:
        '‘{term}’ is een juridische term. Wat bezwaar maken is, staat er al in gewone woorden: schrijf ‘uw bezwaar’.',
    },
    options: {
      type: 'object',
      properties: {
        extraTerms: {
          type: 'array',
          default: [],
          description: 'Eigen termen: {term, alternatives, forms?, uitleg?, categorie?, fix?}.',
          items: {
            type: 'object',
            required: ['term', 'alternatives'],
            properties: {
              term: {type: 'string', minLength: 1},
              alternatives: {type: 'array', items: {type: 'string'}, minItems: 1},
              forms: {type: 'array', items: {type: 'string'}},
              uitleg: {type: 'string'},
              categorie: {enum: [...JARGON_CATEGORIES]},
              fix: {enum: ['safe', 'suggestion']},
            },
            additionalProperties: false,
          },
        },
        extraTermsFile: {
          type: 'string',
          default: '',
          description:
            'Eigen woordenlijst als TSV in het formaat van de ingebouwde lijst, relatief aan het configuratiebestand.',
        },
        disabledTerms: {
          type: 'array',
          items: {type: 'string'},
          default: [],
          description: 'Termen die bij u gewoon zijn.',
        },
        categories: {
          type: 'array',
          items: {enum: [...JARGON_CATEGORIES]},
          default: [...JARGON_CATEGORIES],
          description: 'Welke soorten woorden gemeld worden.',
        },
      },
      additionalProperties: false,
    },
  },
  setup(options) {
    const disabled = new Set(options.disabledTerms.map((t) => t.toLowerCase()))
    const categories = new Set(options.categories)
    // 'leenwoord' was the one category for all loans before 'latijn' and 'engels' split off: a
    // configuration that names it keeps getting the Latin and English words.
    if (categories.has('leenwoord')) for (const c of ['latijn', 'engels']) categories.add(c)
    const extra: JargonEntry[] = options.extraTerms.map((t) => ({
      term: t.term.toLowerCase(),
      forms: (t.forms ?? []).map((f) => f.toLowerCase()),
      alternatives: t.alternatives,
      category: (t.categorie ?? 'formeel') as JargonEntry['category'],
      fix: t.fix ?? 'suggestion',
      explanation: t.uitleg ?? '',
      conditions: [],
      legal: false,
      sources: [],
    }))
    // Organisation entries replace built-in ones with the same term.
    const extraTerms = new Set(extra.map((e) => e.term))
    const entries = [...builtinJargon().filter((e) => !extraTerms.has(e.term)), ...extra].filter(
      (e) => !disabled.has(e.term) && categories.has(e.category),
    )
    return new PhraseMatcher(toPhraseEntries(entries))
  },
  // Whether the letter is addressed to a lawyer decides whether legal terms are explained.
  unitFacts(_unit, context) {
    let facts = context.memo.get('ambtelijke-taal:legalReader') as string | undefined
    if (facts === undefined) {
      facts = toLegalProfessional(context.sentences) ? '1' : '0'
      context.memo.set('ambtelijke-taal:legalReader', facts)
    }
    return facts
  },
  check(_tree, ctx, state) {
    const matcher = state as PhraseMatcher<JargonEntry>
    // A legal term is explained once, where it first appears; later uses need no new message.
    const explained = new Set<string>()
    const explainedTrade = new Set<string>() // trade terms the text has explained so far
    const askedInUnit = new Set<string>() // explanation-only trade terms reported, per paragraph
    const legalReader = toLegalReader(ctx)
    const namesTitle = titleLookup(ctx.document.text)
    for (const [index, sentence] of ctx.sentences.entries()) {
      // A letter's head and signature name teams, committees and titles as they are called
      // ("Commissie bezwaarschriften"); the salutation is a formula ('Geacht bestuur,'). Only a
      // signing formula of the list ('namens dezen', condition ook-ondertekening) is looked for
      // there (blind letters: missed four times in signatures).
      const nameUnit = NAME_UNITS.has(sentence.unit.kind)
      if (nameUnit && !SIGNING_FORMULA.test(sentence.text)) continue
      for (const match of matcher.match(sentence.words)) {
        if (nameUnit && !match.entry.data.conditions.includes('ook-ondertekening')) continue
        const first = sentence.words[match.first]!
        // The end of the match: before a full stop the parser kept in the sentence's last word.
        const end = matchedEnd(sentence.words, match.last)
        const entry = match.entry.data
        // Word sense before alarm: names and titles the letter must use, and per-entry conditions.
        if (insideName(sentence.words, match.first, match.last, (a, b) => ctx.slice(a, b))) continue
        // A quotation gives someone else's words as they were said or written (a resident's
        // letter, a saying, an article of law): the writer cannot change them.
        const offset = first.start - sentence.start
        if (insideClosedQuotation(sentence.text, offset, end - sentence.start)) continue
        if (!conditionsHold(entry, sentence, match, namesTitle)) continue
        // "Gelet op:" over the legal grounds of a formal decision is the heading of its recitals,
        // not a phrase to rewrite (blind letters, sets jjj and ppp: both findings wrong).
        if (
          RECITAL_HEADINGS.has(entry.term) &&
          match.first === 0 &&
          ctx.slice(end, end + 1) === ':'
        )
          continue
        if (!inOneClause(ctx, sentence, match)) continue
        // A split verb ("laat … na") only when the language layer links the verb to its particle:
        // in "Laat het formulier na het invullen achter", 'na' is a preposition.
        if (match.tail && match.tail[0] === match.tail[1]) {
          const head = sentence.words[match.last]!
          const particle = sentence.words[match.tail[0]]!
          const linked = head.tag?.particle === match.tail[0] || particle.tag?.verb === match.last
          // Without a full stop the parser kept in the sentence's last word ("op.").
          const bare = ctx.slice(particle.start, matchedEnd(sentence.words, match.tail[0]))
          const particleLower = bare.toLowerCase()
          // A split form written out in the list was checked by hand; a generated one needs the link.
          const listed = entry.forms.includes(`${head.lower} ... ${particleLower}`)
          // A word of the phrase before the verb ("vooraf plannen" → "plant … vooraf") is no particle
          // of the verb: the tagger does not link it, but it belongs to the verb when it closes the
          // clause ("Wij plannen de afspraak vooraf."; not "Wij combineren dit samen met …").
          const verbs = loadVerbTable()
          const ownParticle = verbs.analyse(head.lower).some((a) => a.particle === particleLower)
          const after = sentence.words[match.tail[0] + 1]
          const closesClause = !after || /[,;:]/.test(ctx.slice(particle.end, after.start))
          const gated = ownParticle || !closesClause
          if (head.tag && !listed && gated && verbs.isParticle(particleLower) && !linked) continue
        }
        if (legalReader && lawyersOwn(entry)) continue
        // A trade term the text explains is kept on purpose; once explained, later uses need no
        // message either (set-y: 'Wat is een ontwerpbesluit?', then three more uses reported).
        const explainedHere = () => explainedAt(ctx, sentence, index, end, first.start)
        if (tradeExplained(entry, explainedTrade, explainedHere)) continue
        if (askedInParagraph(entry, sentence.unit.start, askedInUnit)) continue
        const actual = ctx.slice(first.start, end)
        const particle = tailText(ctx, sentence, match)
        const label = LABEL[entry.category] ?? entry.category
        const data = {label, uitleg: withoutLabel(entry.explanation, label)}
        // An explanation that already names the word ("‘Aanvang’ is formeel voor ‘begin’") stands
        // alone, so the message does not say the same thing twice.
        const named = /^‘([^’]+)’ (?:is|in de betekenis)/
          .exec(entry.explanation)?.[1]
          ?.toLowerCase()
        const ownMessage = named !== undefined && [entry.term, ...entry.forms].includes(named)
        if (entry.legal) {
          // A subject line or heading names the matter; the explanation belongs in the text.
          if (sentence.unit.kind === 'subject' || sentence.unit.kind === 'heading') continue
          // A letter to a lawyer ('De heer mr. …', an advocaat, a gemachtigde): the explanation is
          // for residents (blind letters, set-k: nine such findings in one letter, all wrong).
          if (legalReader) continue
          if (explained.has(entry.term)) continue
          explained.add(entry.term)
          if (explainedHere()) continue
          // A legal term a decision must use: explain it, never replace it. A split one is named
          // whole: 'schort de werking … op'.
          const term = particle === undefined ? actual : `${actual} … ${particle}`
          ctx.report({
            start: first.start,
            end,
            messageId:
              OBJECTION_LETTER.test(entry.term) && objectionSaid(ctx, sentence, first.start)
                ? 'bezwaarGezegd'
                : 'juridisch',
            actual,
            data: {...data, term, uitleg: meaning(entry.explanation)},
            severity: 'info',
          })
          continue
        }
        if (particle !== undefined) {
          // No replacement: putting 'behandelen' in place of 'nemen' would leave 'in behandeling'
          // behind ("Wij behandelen uw aanvraag in behandeling"); the message names the verb.
          ctx.report({
            start: first.start,
            end,
            messageId: 'scheidbaar',
            actual,
            data: {...data, particle},
          })
          continue
        }
        // Suggestions grammatical by construction: each alternative is inflected and checked
        // against the words around it (nlp/fit.ts); one that does not fit is left out.
        const context = fitContext(sentence.words, match.first, match.last)
        const onlyAtStart = entry.conditions.includes('zinsbegin') && match.first !== 0
        const expected =
          onlyAtStart || replacementBlocked(entry, sentence, match)
            ? []
            : [
                ...new Set(
                  alternativesAt(entry, sentence, match.first)
                    .map((a) => fitReplacement(entry.term, actual, a, context))
                    .filter((a): a is string => a !== undefined),
                ),
              ]
        // Alternatives are written for the lemma: only the lemma itself (never inside a quotation,
        // see above), with its first alternative fitting, gets a safe fix.
        const isLemma = actual.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'") === entry.term
        const firstFits =
          expected[0] !== undefined &&
          expected[0].toLowerCase() === (entry.alternatives[0] ?? '').toLowerCase()
        ctx.report({
          start: first.start,
          end,
          messageId: 'vervang',
          actual,
          data: messageData(entry, actual, data, ownMessage, expected.length > 0),
          ...(expected.length > 0 ? {expected} : {}),
          fix:
            expected.length === 0
              ? undefined
              : entry.fix === 'safe' && isLemma && firstFits
                ? 'safe'
                : 'suggestion',
        })
      }
    }
  },
})

/** The letter of objection, which a plain objection paragraph calls 'uw bezwaar'. */
const OBJECTION_LETTER = /^bezwaarschrift(?:en)?$/
/** Plain words for objecting: "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken." */
const OBJECTION_IN_PLAIN_WORDS = /\bniet\s+(?:mee\s+)?eens\b|\bbezwaar\s+maken\b/i

/**
 * Whether the reader was told in plain words, before `at` in this sentence, in the sentence
 * before it or in the heading above its paragraph, that they may object when they disagree:
 * then 'bezwaarschrift' needs no explanation, only its plain name (blind letters: 27 of the 83
 * such findings judged wrong as "explain it"; the others often asked for 'uw bezwaar').
 */
function objectionSaid(
  ctx: {sentences: readonly SentenceInfo[]; slice(start: number, end: number): string},
  sentence: SentenceInfo,
  at: number,
): boolean {
  const index = ctx.sentences.indexOf(sentence)
  const before = ctx.slice(sentence.start, at)
  const previous = ctx.sentences[index - 1]
  const near =
    previous &&
    (previous.unitIndex === sentence.unitIndex ||
      (previous.unitIndex === sentence.unitIndex - 1 && previous.unit.kind === 'heading'))
  return (
    OBJECTION_IN_PLAIN_WORDS.test(before) ||
    (!!near && OBJECTION_IN_PLAIN_WORDS.test(previous.text))
  )
}

/**
 * The explanation of a legal term as the end of the sentence "leg uit wat het is: …": a meaning
 * written as a sentence of its own (an organisation's list may do that: "Een gesprek over uw
 * bezwaar.") loses its capital and full stop, so the message never ends in "..".
 */
export function meaning(explanation: string): string {
  let text = explanation.trim()
  while (text.endsWith('.')) text = text.slice(0, -1).trimEnd()
  // Lower-case the first letter unless the first word is an abbreviation or a name (all capitals
  // or a capital inside: "AOW", "WOZ-waarde").
  const first = /^\p{L}[\p{Ll}-]*(?=[\s,;:]|$)/u.exec(text)?.[0]
  return first ? first.charAt(0).toLowerCase() + text.slice(1) : text
}

/**
 * A term of the trade a lawyer reads every day ('perceel', 'begunstigingstermijn',
 * 'vergunningvrij'): in a letter to a lawyer ('De heer mr. …', an advocaat, a gemachtigde) it is
 * that reader's own word (blind letters, sets k and l: 13 of 15 such findings wrong). Not
 * management jargon (condition ook-voor-jurist), and not the formal and old-fashioned words.
 */
function lawyersOwn(entry: JargonEntry): boolean {
  return entry.category === 'vaktaal' && !entry.conditions.includes('ook-voor-jurist')
}

/** The detached part of a split match as written ('op' in 'schort de werking … op'). */
function tailText(
  ctx: RuleContext<unknown>,
  sentence: SentenceInfo,
  match: PhraseMatch<JargonEntry>,
): string | undefined {
  if (!match.tail) return undefined
  const tailStart = sentence.words[match.tail[0]]!.start
  return ctx.slice(tailStart, matchedEnd(sentence.words, match.tail[1]))
}
