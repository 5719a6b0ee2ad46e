/**
 * Flesch reading ease adapted to Dutch by Douma (1960):
 * 206.835 − 77 × syllables per word − 0.93 × words per sentence.
 */
export function fleschDouma(syllablesPerWord: number, wordsPerSentence: number): number {
  return 206.835 - 77 * syllablesPerWord - 0.93 * wordsPerSentence
}

/**
 * Leesindex Brouwer (1963): 195 − 66.7 × syllables per word − 2 × words per sentence.
 */
export function brouwer(syllablesPerWord: number, wordsPerSentence: number): number {
  return 195 - 66.7 * syllablesPerWord - 2 * wordsPerSentence
}

/** Round for reports (two decimals), keeping the raw value for computation. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
