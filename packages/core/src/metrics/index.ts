import type {Frequency} from '../nlp/frequency.js'
import {DEFAULT_RARE_THRESHOLD} from '../nlp/frequency.js'
import {countSyllables} from '../nlp/syllables.js'
import type {SentenceInfo, UnitInfo, WordInfo} from '../rule.js'
import type {SourceRange} from '../types.js'
import {estimateLevel, type LevelEstimate} from './level.js'
import {brouwer, fleschDouma} from './readability.js'

export {brouwer, fleschDouma} from './readability.js'
export {
  estimateLevel,
  levelLabel,
  MIN_WORDS_FOR_LEVEL,
  THRESHOLDS,
  TOO_SHORT_LABEL,
} from './level.js'
export type {Level, LevelEstimate, LevelInput} from './level.js'

/** Figures shared by document, paragraph and sentence. */
export interface TextFigures {
  /** Words as readers count them: a placeholder, URL or e-mail address is one word. */
  words: number
  sentences: number
  /** Syllables of the words that have letters (placeholders and numbers left out). */
  syllables: number
  wordsPerSentence: number
  syllablesPerWord: number
  /** Share of sentences longer than the long-sentence limit (default 20 words). */
  longSentenceShare: number
  fleschDouma: number
  brouwer: number
  /** Share of rare words among the words with letters (names with a capital left out). */
  rareWordShare: number
  /** Share of passive sentences, when the passive analysis ran. */
  passiveShare: number | undefined
}

/** Figures of one paragraph-like unit. */
export interface ParagraphMetrics extends TextFigures {
  kind: string
  range: SourceRange
}

/** Figures of one sentence (used by the editor panel and the HTML report). */
export interface SentenceMetrics {
  range: SourceRange
  words: number
  syllables: number
  syllablesPerWord: number
  fleschDouma: number
  brouwer: number
  /** More words than the long-sentence limit. */
  long: boolean
  /** Whether the passive analysis marked the sentence (undefined when it did not run). */
  passive: boolean | undefined
  /** Rare words as written, in order (a word used twice is listed twice). */
  rareWords: string[]
  rareWordShare: number
}

/** Readability metrics of a document. */
export interface Metrics extends TextFigures {
  paragraphs: number
  level: LevelEstimate
  perParagraph: ParagraphMetrics[]
  perSentence: SentenceMetrics[]
}

/** Options for computeMetrics. */
export interface MetricsOptions {
  frequency: Frequency
  rareThreshold?: number
  longSentence?: number
  passiveSentences?: ReadonlySet<SentenceInfo> | undefined
  toRange: (start: number, end: number) => SourceRange
  targetLevel?: 'B1' | 'B2'
}

interface Tally {
  words: number
  sentences: number
  syllables: number
  syllableWords: number
  rare: number
  rareCandidates: number
  long: number
  passive: number
}

const emptyTally = (): Tally => ({
  words: 0,
  sentences: 0,
  syllables: 0,
  syllableWords: 0,
  rare: 0,
  rareCandidates: 0,
  long: 0,
  passive: 0,
})

function add(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as Array<keyof Tally>) into[key] += from[key]
}

function figures(t: Tally, passiveKnown: boolean): TextFigures {
  const wordsPerSentence = t.sentences === 0 ? 0 : t.words / t.sentences
  const syllablesPerWord = t.syllableWords === 0 ? 0 : t.syllables / t.syllableWords
  const empty = t.words === 0
  return {
    words: t.words,
    sentences: t.sentences,
    syllables: t.syllables,
    wordsPerSentence,
    syllablesPerWord,
    longSentenceShare: t.sentences === 0 ? 0 : t.long / t.sentences,
    // Both scales run from 0 to 100: a Brouwer of -15 or a Flesch-Douma of 102 is shown clamped
    // (issue #15), the formulas themselves stay as published.
    fleschDouma: empty ? 0 : clamp(fleschDouma(syllablesPerWord, wordsPerSentence)),
    brouwer: empty ? 0 : clamp(brouwer(syllablesPerWord, wordsPerSentence)),
    rareWordShare: t.rareCandidates === 0 ? 0 : t.rare / t.rareCandidates,
    passiveShare: passiveKnown ? (t.sentences === 0 ? 0 : t.passive / t.sentences) : undefined,
  }
}

/**
 * Compute readability metrics per document, paragraph and sentence from parsed units (the checker
 * passes only running text: no headings, salutation or closing lines).
 *
 * Counting: every word token with a letter or digit is a word; a masked placeholder, URL or e-mail
 * address is one word, also when the parser split it; an amount with a decimal comma is one word.
 * Syllables and rare words are counted over words with letters only (numbers and masked words are
 * left out); a capitalised word inside a sentence is taken for a name and left out of the rare-word
 * share. Sentences and paragraphs without words are left out, and so are one-line snippets: a unit
 * that is a single sentence of at most SNIPPET_MAX_WORDS words without final punctuation (headings,
 * labels, address lines, short list items and table cells). An empty text gives zeros, never NaN,
 * and the level `onbekend`.
 */
export function computeMetrics(units: readonly UnitInfo[], options: MetricsOptions): Metrics {
  const threshold = options.rareThreshold ?? DEFAULT_RARE_THRESHOLD
  const longLimit = options.longSentence ?? 20
  const passiveKnown = options.passiveSentences !== undefined
  const total = emptyTally()
  const perParagraph: ParagraphMetrics[] = []
  const perSentence: SentenceMetrics[] = []

  for (const unit of units) {
    const paragraph = emptyTally()
    for (const sentence of unit.sentences) {
      const tally = emptyTally()
      const rareWords: string[] = []
      let lastMask: unknown
      let previous: WordInfo | undefined
      for (const word of sentence.words) {
        const prev = previous
        previous = word
        if (word.masked !== undefined) {
          // A placeholder or URL the parser split into several words is still one word.
          if (word.masked !== lastMask) tally.words++
          lastMask = word.masked
          continue
        }
        lastMask = undefined
        // Tokens without letters or digits are not words a reader reads.
        if (!/[\p{L}\p{N}]/u.test(word.value)) continue
        // "1.250,00": the parser splits at the decimal comma; it is one amount.
        if (prev && isDecimalTail(prev, word, sentence)) continue
        tally.words++
        const syllables = countSyllables(word.value)
        if (syllables === 0) continue
        tally.syllables += syllables
        tally.syllableWords++
        if (isName(word)) continue
        tally.rareCandidates++
        if (options.frequency.isRare(word.value, threshold)) {
          tally.rare++
          rareWords.push(word.value)
        }
      }
      // "---" or "...": a sentence to the parser, nothing to read.
      if (tally.words === 0) continue
      // A one-line snippet (a heading, label, address line, short list item or table cell without
      // final punctuation) is not a sentence a reader reads as one: counting it would make the
      // averages look easier than the text is (issue #15).
      if (isSnippet(unit, sentence, tally.words)) continue
      tally.sentences = 1
      const long = tally.words > longLimit
      if (long) tally.long = 1
      const passive = options.passiveSentences?.has(sentence)
      if (passive) tally.passive = 1
      add(paragraph, tally)
      const f = figures(tally, passiveKnown)
      perSentence.push({
        range: options.toRange(sentence.start, sentence.end),
        words: tally.words,
        syllables: tally.syllables,
        syllablesPerWord: f.syllablesPerWord,
        fleschDouma: f.fleschDouma,
        brouwer: f.brouwer,
        long,
        passive: passiveKnown ? Boolean(passive) : undefined,
        rareWords,
        rareWordShare: f.rareWordShare,
      })
    }
    if (paragraph.sentences === 0) continue
    add(total, paragraph)
    perParagraph.push({
      kind: unit.unit.kind,
      range: options.toRange(unit.unit.start, unit.unit.end),
      ...figures(paragraph, passiveKnown),
    })
  }

  const document = figures(total, passiveKnown)
  return {
    ...document,
    paragraphs: perParagraph.length,
    level: estimateLevel({
      ...document,
      targetLevel: options.targetLevel ?? 'B1',
      longSentence: longLimit,
    }),
    perParagraph,
    perSentence,
  }
}

/** A readability score on its 0–100 scale. */
function clamp(score: number): number {
  return Math.min(100, Math.max(0, score))
}

/** Snippets have at most this many words. */
export const SNIPPET_MAX_WORDS = 12

/** The unit is this one short sentence, without final punctuation. */
function isSnippet(unit: UnitInfo, sentence: SentenceInfo, words: number): boolean {
  return (
    unit.sentences.length === 1 &&
    words <= SNIPPET_MAX_WORDS &&
    !/[.!?…]["'”’)\]]*\s*$/.test(sentence.text)
  )
}

/** Digits right after a number and a comma: the decimals of "1.250,00". */
function isDecimalTail(prev: WordInfo, word: WordInfo, sentence: SentenceInfo): boolean {
  return (
    word.start === prev.end + 1 &&
    sentence.text[prev.end - sentence.start] === ',' &&
    /^\d+$/.test(word.value) &&
    /\d$/.test(prev.value)
  )
}

/** A capitalised word inside a sentence is taken for a name: not vocabulary. */
function isName(word: WordInfo): boolean {
  return word.index > 0 && /^\p{Lu}/u.test(word.value)
}
