import type {Frequency} from '../nlp/frequency.js'
import {DEFAULT_RARE_THRESHOLD} from '../nlp/frequency.js'
import {countSyllables} from '../nlp/syllables.js'
import type {SentenceInfo, UnitInfo, WordInfo} from '../rule.js'
import type {SourceRange} from '../types.js'
import {estimateLevel, type LevelEstimate} from './level.js'
import {brouwer, fleschDouma} from './readability.js'

export {brouwer, fleschDouma} from './readability.js'
export {estimateLevel, MIN_WORDS_FOR_LEVEL, THRESHOLDS} from './level.js'
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
  fleschDouma: number
  long: boolean
  passive: boolean | undefined
  rareWords: string[]
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
    fleschDouma: empty ? 0 : fleschDouma(syllablesPerWord, wordsPerSentence),
    brouwer: empty ? 0 : brouwer(syllablesPerWord, wordsPerSentence),
    rareWordShare: t.rareCandidates === 0 ? 0 : t.rare / t.rareCandidates,
    passiveShare: passiveKnown ? (t.sentences === 0 ? 0 : t.passive / t.sentences) : undefined,
  }
}

/**
 * Compute readability metrics per document, paragraph and sentence. Headings, salutation and
 * closing lines count as paragraphs but their "sentences" are short by nature; they are included,
 * as readers read them too.
 */
export function computeMetrics(units: readonly UnitInfo[], options: MetricsOptions): Metrics {
  const threshold = options.rareThreshold ?? DEFAULT_RARE_THRESHOLD
  const longLimit = options.longSentence ?? 20
  const passiveKnown = options.passiveSentences !== undefined
  const total = emptyTally()
  const perParagraph: ParagraphMetrics[] = []
  const perSentence: SentenceMetrics[] = []

  for (const unit of units) {
    if (unit.sentences.length === 0) continue
    const paragraph = emptyTally()
    for (const sentence of unit.sentences) {
      const tally = emptyTally()
      const rareWords: string[] = []
      let lastMask: unknown
      for (const word of sentence.words) {
        if (word.masked !== undefined) {
          if (word.masked !== lastMask) tally.words++
          lastMask = word.masked
          continue
        }
        lastMask = undefined
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
        fleschDouma: f.fleschDouma,
        long,
        passive: passiveKnown ? Boolean(passive) : undefined,
        rareWords,
      })
    }
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
    level: estimateLevel({...document, targetLevel: options.targetLevel ?? 'B1'}),
    perParagraph,
    perSentence,
  }
}

/** A capitalised word inside a sentence is taken for a name: not vocabulary. */
function isName(word: WordInfo): boolean {
  return word.index > 0 && /^\p{Lu}/u.test(word.value)
}
