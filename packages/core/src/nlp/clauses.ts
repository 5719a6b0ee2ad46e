import type {SentenceInfo} from '../rule.js'

/**
 * Conjunctions and relative words that start a new clause ("… als u niet verhuist"): a negation or
 * verb form after them belongs to another clause than the words before.
 */
export const CLAUSE_STARTERS: ReadonlySet<string> = new Set([
  'als',
  'omdat',
  'dan',
  'maar',
  'en',
  'want',
  'dus',
  'tenzij',
  'wanneer',
  'of',
  'zodat',
  'dat',
  'die',
  'waar',
  'terwijl',
])

/**
 * Whether text between words holds punctuation that ends a clause (comma, semicolon, colon). The
 * comma of an amount and the colon of a time join two numbers ("€ 412,80", "9:30"): give the text
 * with the last character of the word before and the first of the word after.
 */
export function breaksClause(between: string): boolean {
  return /[,;:]/.test(between.replace(/(?<=\d)[,:](?=\d)/g, ''))
}

/**
 * Whether the words of a list phrase stand in one clause: no comma, semicolon or colon between its
 * contiguous words ("Wat de kosten betreft, de gemeente …" is not 'betreft de'), nor between them
 * and a detached far part ("Het gebruik is gratis, maar u moet afspraken maken van tevoren").
 */
export function phraseInOneClause(
  slice: (start: number, end: number) => string,
  words: readonly {start: number; end: number}[],
  match: {first: number; last: number; tail?: readonly [number, number]},
): boolean {
  if (
    match.last > match.first &&
    breaksClause(slice(words[match.first]!.end, words[match.last]!.start))
  )
    return false
  return !match.tail || !breaksClause(slice(words[match.last]!.end, words[match.tail[0]]!.start))
}

/** The text between word `index` and the word before it; undefined for the sentence's first word. */
export function gapBefore(sentence: SentenceInfo, index: number): string | undefined {
  const before = sentence.words[index - 1]
  return before
    ? sentence.text.slice(
        before.end - sentence.start,
        sentence.words[index]!.start - sentence.start,
      )
    : undefined
}
