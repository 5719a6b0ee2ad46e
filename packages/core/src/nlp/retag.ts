import {toString} from 'nlcst-to-string'
import type {SentenceInfo} from '../rule.js'
import {loadFrequency} from './frequency.js'
import {tagTokens, type WordTag} from './tagger/index.js'
import {loadVerbTable} from './verbs.js'

/**
 * The re-tag test of a replacement (issue #15): put the replacement in the sentence, tag the
 * sentence again and compare its shape with the original. A replacement may change words, not the
 * structure of the sentence: the same finite verbs and clause openers, verb forms kept (a
 * participle stays a participle), a one-word swap keeps its part of speech, and no doubled
 * preposition, determiner or verb at its seams. The rules stage drops replacements that fail
 * (the finding then explains instead of editing), and tests/suggestions applies it to every
 * suggestion in the corpus and the rule docs.
 */

export interface Token {
  value: string
  start: number
  end: number
}

/** Words and punctuation of a replacement, as the parser would split them. */
const TOKEN = /[\p{L}\p{N}]+(?:[-'’./][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu

/** Tokens per parsed sentence, made once however many replacements in it are judged. */
const sentenceTokens = new WeakMap<SentenceInfo, Token[]>()

function tokensOf(sentence: SentenceInfo): Token[] {
  let out = sentenceTokens.get(sentence)
  if (!out) {
    out = splitSentence(sentence)
    sentenceTokens.set(sentence, out)
  }
  return out
}

function splitSentence(sentence: SentenceInfo): Token[] {
  const out: Token[] = []
  let w = 0
  for (const child of sentence.node.children) {
    if (child.type === 'WhiteSpaceNode') continue
    if (child.type === 'WordNode') {
      const word = sentence.words[w++]
      if (word) out.push({value: word.value, start: word.start, end: word.end})
      continue
    }
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) return []
    out.push({value: toString(child), start, end})
  }
  return out
}

/** Verb form from the Lassy tag: pv (finite), inf, vd (participle), od (present participle). */
function verbForm(tag: WordTag): string | undefined {
  if (!tag.xpos.startsWith('WW')) return undefined
  return tag.xpos.split('|')[1]
}

/** Old imperative forms the verb table lacks ("Gelieve … te sturen"). */
const ARCHAIC_FINITE = new Set(['gelieve', 'verzoeke'])
const SUBJECTS = new Set(['ik', 'wij', 'we', 'u', 'jij', 'je', 'hij', 'zij', 'ze', 'men'])
const isFinite = (tag: WordTag) => verbForm(tag) === 'pv'
/** Conjunctions that open a clause with a finite verb of its own (not 'om … te', 'behalve'). */
const SUBORDINATORS = new Set(
  'dat omdat totdat zodat terwijl nadat voordat hoewel doordat zodra indien wanneer als tenzij mits aangezien'.split(
    ' ',
  ),
)
const opensClause = (tag: WordTag, word: string) =>
  tag.upos === 'SCONJ' && SUBORDINATORS.has(word.toLowerCase())

function count(tags: readonly WordTag[], tokens: readonly string[], test: typeof opensClause) {
  let n = 0
  for (let i = 0; i < tags.length; i++) if (test(tags[i]!, tokens[i]!)) n++
  return n
}

/**
 * What breaks when `replacement` takes the place of [start, end) in the sentence, or undefined
 * when the re-tagged sentence keeps its shape. Replacements that are not a word-level edit inside
 * the sentence (whole sentences, punctuation only, ranges that cut a word) are not judged here.
 */
export function replacementProblem(
  sentence: SentenceInfo,
  start: number,
  end: number,
  replacement: string,
): string | undefined {
  if (start < sentence.start || end > sentence.end) return undefined
  return shapeProblem(tokensOf(sentence), start, end, replacement)
}

/** Words and punctuation of a text with their offsets (for callers without a parsed sentence). */
export function tokenize(text: string, offset = 0): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    value: m[0],
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }))
}

/**
 * Verdicts of `judge` kept per run. A verdict depends only on the words of the sentence, the
 * replaced span and the replacement (the tagger, verb table and frequency list are fixed per
 * process), and letters repeat sentences and replacements a lot, so each combination is judged
 * once. Emptied when full, so memory stays bounded.
 */
const verdicts = new Map<string, Map<string, string | null>>()
let verdictCount = 0
const VERDICT_LIMIT = 20_000
/** The key of a token list's words (a sentence's tokens are judged once per replacement in it). */
const tokenKeys = new WeakMap<readonly Token[], string>()
const SEP = '\u0000'

/**
 * Sentences of up to this many tokens (words and punctuation) are judged whole. A longer one (a
 * text without full stops: a pasted table, a list without punctuation) is judged in a window of
 * at most WINDOW tokens on either side of the replacement, so that each replacement costs the
 * same however long its sentence is: tagging the whole sentence again for every replacement in it
 * made a check quadratic in the sentence's length (a 64 KB sentence took 24 s and 650 MB).
 */
export const LONG_SENTENCE = 250
export const WINDOW = 50
/** Tokens that end a clause or an inserted part: a window starts after one and ends at one. */
const CLAUSE_EDGE = /^[,;:()–—]$/

/**
 * The part of a long sentence a replacement of tokens [first, last] is judged in: WINDOW tokens
 * either side, cut back to the nearest clause edge in the outer half of each side, so the window
 * starts and ends at a clause boundary where there is one.
 */
export function judgedWindow(
  tokens: readonly Token[],
  first: number,
  last: number,
): {from: number; to: number} {
  if (tokens.length <= LONG_SENTENCE) return {from: 0, to: tokens.length}
  let from = Math.max(0, first - WINDOW)
  if (from > 0) {
    for (let i = from; i < first - WINDOW / 2; i++) {
      if (CLAUSE_EDGE.test(tokens[i]!.value)) {
        from = i + 1
        break
      }
    }
  }
  let to = Math.min(tokens.length, last + 1 + WINDOW)
  if (to < tokens.length) {
    for (let i = to - 1; i > last + WINDOW / 2; i--) {
      if (CLAUSE_EDGE.test(tokens[i]!.value)) {
        to = i + 1
        break
      }
    }
  }
  return {from, to}
}

/** The first token that ends after `offset` (tokens are in text order without overlap). */
function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle]!.end <= offset) low = middle + 1
    else high = middle
  }
  return low
}

/** `replacementProblem` over a sentence given as tokens with offsets. */
export function shapeProblem(
  sentenceTokens: readonly Token[],
  start: number,
  end: number,
  replacement: string,
): string | undefined {
  if (/…|\.\.\./.test(replacement)) return 'placeholder (…) in the replacement'
  if (start >= end || sentenceTokens.length === 0) return undefined
  // The span: from the first token that ends after `start` to the last that starts before `end`.
  const found = firstEndingAfter(sentenceTokens, start)
  let first = found < sentenceTokens.length ? found : -1
  let last = -1
  for (let i = Math.max(found, 0); i < sentenceTokens.length; i++) {
    if (sentenceTokens[i]!.start < end) last = i
    else break
  }
  if (first < 0 || last < first) return undefined
  // The range must run from token edge to token edge.
  if (sentenceTokens[first]!.start !== start || sentenceTokens[last]!.end !== end) return undefined
  const {from, to} = judgedWindow(sentenceTokens, first, last)
  const tokens =
    from === 0 && to === sentenceTokens.length ? sentenceTokens : sentenceTokens.slice(from, to)
  first -= from
  last -= from
  // The words of the judged tokens as one key, made (and hashed) once per token list.
  let sentenceKey = tokenKeys.get(tokens)
  if (sentenceKey === undefined) {
    sentenceKey = ''
    for (const token of tokens) sentenceKey += SEP + token.value
    tokenKeys.set(tokens, sentenceKey)
  }
  let inSentence = verdicts.get(sentenceKey)
  if (!inSentence) {
    if (verdictCount >= VERDICT_LIMIT) {
      verdicts.clear()
      verdictCount = 0
    }
    verdicts.set(sentenceKey, (inSentence = new Map()))
  }
  const key = `${first}${SEP}${last}${SEP}${replacement}`
  const known = inSentence.get(key)
  if (known !== undefined) return known ?? undefined
  const verdict = judge(tokens, first, last, replacement)
  inSentence.set(key, verdict ?? null)
  verdictCount++
  return verdict
}

/** The re-tag test proper, for a span [first, last] of tokens that runs from edge to edge. */
function judge(
  tokens: readonly Token[],
  first: number,
  last: number,
  replacement: string,
): string | undefined {
  const wordish = (t: string) => /[\p{L}\p{N}]/u.test(t)
  const spanWords = tokens.slice(first, last + 1).filter((t) => wordish(t.value)).length
  const allWords = tokens.filter((t) => wordish(t.value)).length
  const replacementTokens = replacement.match(TOKEN) ?? []
  if (spanWords === 0 || spanWords === allWords) return undefined
  if (!replacementTokens.some(wordish)) return undefined

  const before = tokens.slice(0, first).map((t) => t.value)
  const span = tokens.slice(first, last + 1).map((t) => t.value)
  const after = tokens.slice(last + 1).map((t) => t.value)
  const original = [...before, ...span, ...after]
  const fixed = [...before, ...replacementTokens, ...after]
  const oldTags = tagTokens(original)
  const newTags = tagTokens(fixed)
  const oldSpan = oldTags.slice(first, last + 1)
  const newSpan = newTags.slice(first, first + replacementTokens.length)
  const newLast = first + replacementTokens.length - 1
  const verbs = loadVerbTable()
  // The tagger often mis-tags the rare word being replaced, so what the span was is taken from
  // the tagger and the verb table together; the replacement's common words are tagged reliably.
  const finiteReading = (word: string) =>
    ARCHAIC_FINITE.has(word.toLowerCase()) ||
    verbs
      .analyse(word.toLowerCase())
      .some((a) => a.slot !== 'inf' && a.slot !== 'participle' && !a.split)
  // A loan verb the table lacks (faciliteren) may be finite when the tagger calls it a verb.
  const loanVerb = (w: string, tag: WordTag) =>
    verbs.analyse(w.toLowerCase()).length === 0 &&
    /^\p{L}+(eren|eert)$/u.test(w) &&
    (tag.upos === 'VERB' || SUBJECTS.has(before.at(-1)?.toLowerCase() ?? ''))
  // A form that is also a participle or infinitive counts as the tagger read it ("verboden").
  const nonFinite = (tag: WordTag) => verbForm(tag) === 'vd' || verbForm(tag) === 'inf'
  const spanMayBeFinite = span.some(
    (w, i) =>
      isFinite(oldSpan[i]!) ||
      ARCHAIC_FINITE.has(w.toLowerCase()) ||
      (finiteReading(w) && /^(VERB|AUX)$/.test(oldSpan[i]!.upos) && !nonFinite(oldSpan[i]!)) ||
      (loanVerb(w, oldSpan[i]!) && !nonFinite(oldSpan[i]!)),
  )
  // Finite when the tagger and the table agree, or a verb form right after its subject pronoun.
  const subjectBefore = SUBJECTS.has(before.at(-1)?.toLowerCase() ?? '')
  const spanIsFinite = span.some(
    (w, i) =>
      (isFinite(oldSpan[i]!) || (i === 0 && subjectBefore && !nonFinite(oldSpan[i]!))) &&
      (finiteReading(w) || loanVerb(w, oldSpan[i]!)),
  )
  // A finite verb by its tag in the sentence, or by its tag after a bare subject when the broken
  // sentence misleads the tagger ("Het is mag om": 'mag' taken for an adjective there) and the
  // verb table knows the word only as a finite form.
  const alone = tagTokens(['Het', ...replacementTokens]).slice(1)
  const onlyFinite = (w: string) => {
    const readings = verbs.analyse(w.toLowerCase())
    // Of a common verb: 'nodig' is also a form of the rare 'nodigen', and an adjective here.
    const frequency = loadFrequency()
    return (
      readings.length > 0 &&
      readings.every((a) => a.slot !== 'inf' && a.slot !== 'participle') &&
      readings.some((a) => (frequency.rank(a.lemma) ?? Infinity) < 2000)
    )
  }
  // A capitalised word inside the sentence is a name ("Team Wet maatschappelijke …"), not a verb.
  const name = (i: number) => /^\p{Lu}/u.test(replacementTokens[i]!) && first + i > 0
  // A word right after a determiner or possessive is never a finite verb, whatever the tagger
  // makes of it ("uw wijk": 'wijk' of wijken).
  const afterDeterminer = (i: number) => {
    const previous = newTags[first + i - 1]
    return previous !== undefined && /^(LID|VNW\|bez)/.test(previous.xpos)
  }
  // (Also a word the verb table knows only as a finite form: "de bouw" for "de realisatie";
  // blind letters, set-t.)
  const newFinite = newSpan.filter(
    (tag, i) =>
      !afterDeterminer(i) &&
      ((isFinite(tag) && !name(i)) ||
        (replacementTokens.length === 1 &&
          isFinite(alone[i]!) &&
          onlyFinite(replacementTokens[i]!))),
  ).length

  // A finite verb added: "U bent die woont in", "Het is mag om", "in behandeling wordt genomen"
  // → "wordt behandeld wordt genomen".
  if (newFinite > 0 && !spanMayBeFinite) return 'a finite verb is added'
  // A finite verb lost or moved: "Wij faciliteren de bijeenkomst" → "Wij mogelijk maken de …".
  if (spanIsFinite) {
    if (newFinite === 0) return 'the finite verb is lost'
    if (!isFinite(newSpan[0]!)) return 'the finite verb moves'
    // A separable verb is split in a main clause: "Wij uitvoeren het besluit".
    const unsplit = replacementTokens.some((w) =>
      verbs.analyse(w.toLowerCase()).some((a) => a.particle !== '' && !a.split && a.slot === 'pl'),
    )
    if (unsplit && count(oldTags.slice(0, first), before, opensClause) === 0)
      return 'a separable verb left whole in a main clause'
  }
  // A new clause opener needs a finite verb of its own: "Totdat uw antwoord verblijven wij".
  const openers = count(newTags, fixed, opensClause)
  // Finite verbs of the new sentence, with an inverted or imperative one the tagger missed
  // ("…, sturen wij", "…, bel ons dan") and one right after the subject of a new clause
  // ("Voordat wij besluiten, …": the tagger reads 'besluiten' as a noun there).
  const finiteVerbs = newTags.filter(
    (tag, i) =>
      isFinite(tag) ||
      (finiteReading(fixed[i]!) &&
        (SUBJECTS.has(fixed[i + 1]?.toLowerCase() ?? '') ||
          fixed[i - 1] === ',' ||
          (SUBJECTS.has(fixed[i - 1]?.toLowerCase() ?? '') &&
            opensClause(newTags[i - 2] ?? tag, fixed[i - 2] ?? '')))),
  ).length
  if (openers > count(oldTags, original, opensClause) && finiteVerbs <= openers)
    return 'a clause opener without its verb'
  // Seams: two prepositions or two determiners in a row that were not there.
  const seam = (tags: readonly WordTag[], i: number) => {
    const x = tags[i]?.upos
    const y = tags[i + 1]?.upos
    if (x === 'ADP' && y === 'ADP') return 'ADP'
    if (x === 'DET' && (y === 'DET' || y === 'PRON')) return 'DET'
    return undefined
  }
  for (const [o, n] of [
    [first - 1, first - 1],
    [last, newLast],
  ] as const) {
    const kind = seam(newTags, n)
    if (kind && !seam(oldTags, o)) return `two of ${kind} in a row at the seam`
  }
  const attributive = attributiveProblem(oldTags, first, last, newSpan)
  if (attributive) return attributive
  // A verb doubled across the seam by lemma: "kunt u kunnen krijgen".
  const near = [
    ...newTags.slice(Math.max(0, first - 2), first),
    ...newTags.slice(newLast + 1, newLast + 3),
  ]
  for (const tag of newSpan) {
    if (!tag.xpos.startsWith('WW')) continue
    if (near.some((n) => n.xpos.startsWith('WW') && n.lemma === tag.lemma))
      return `‘${tag.lemma}’ twice`
  }
  return undefined
}

/**
 * An adjective before its noun is replaced by one adjective, not a phrase or another kind of
 * word: "een operationeel team" → "een in gebruik team". Only between a determiner or adjective
 * and a noun: the tagger also calls a rare word it does not know an adjective ("Bij vragen
 * gelieve contact opnemen"). A participle before a noun is an adjective too ("een dringende
 * zaak", WW|od); a demonstrative may take the place of one ("bovenstaand advies" → "dit advies").
 */
function attributiveProblem(
  oldTags: readonly WordTag[],
  first: number,
  last: number,
  newSpan: readonly WordTag[],
): string | undefined {
  const attributive =
    last === first &&
    oldTags[first]?.upos === 'ADJ' &&
    /^(DET|ADJ|NUM)$/.test(oldTags[first - 1]?.upos ?? '') &&
    oldTags[last + 1]?.upos === 'NOUN'
  if (!attributive) return undefined
  const tag = newSpan.length === 1 ? newSpan[0]! : undefined
  const adjectival =
    tag !== undefined && (tag.upos === 'ADJ' || tag.upos === 'DET' || /^WW\|(od|vd)/.test(tag.xpos))
  return adjectival ? undefined : 'an adjective before its noun replaced by a phrase'
}
