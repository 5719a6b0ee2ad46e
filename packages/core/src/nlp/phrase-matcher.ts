import type {WordInfo} from '../rule.js'

/** One entry of a word or phrase list (jargon, vague terms, stiff formulas …). */
export interface PhraseEntry<T = unknown> {
  /** The lemma or phrase as listed (lower case). */
  term: string
  /** Contiguous forms: the term and its inflections, each as written ("verstrekt", "ten behoeve van"). */
  forms: string[]
  /** Separable forms with a gap: "reikt ... uit" → head ["reikt"], tail ["uit"]. */
  separable: string[]
  data: T
}

/** A match in a sentence. */
export interface PhraseMatch<T = unknown> {
  entry: PhraseEntry<T>
  /** Index of the first word and the last word of the contiguous part. */
  first: number
  last: number
  /** For a separable match: indexes of the detached particle words. */
  tail: [number, number] | undefined
}

interface Candidate<T> {
  entry: PhraseEntry<T>
  tokens: string[]
  tail: string[] | undefined
}

interface FirstWord<T> {
  single: Array<Candidate<T>>
  bySecond: Map<string, Array<Candidate<T>>>
}

/** Words a separable particle may be away from its verb, at most. */
const MAX_GAP = 12

function tokens(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean)
}

/**
 * Matches many words and phrases in one pass per sentence: candidates are indexed by their first
 * word, so the cost per word does not grow with the size of the list. The longest match wins.
 */
export class PhraseMatcher<T = unknown> {
  private readonly byFirst = new Map<string, Array<Candidate<T>>>()
  /**
   * The candidates of a first word that can match given the word after it: those of one word
   * (before a gap, for a separable form) and those whose second word it is, in the order of
   * `byFirst`. Frequent first words start hundreds of phrases ("in", "een").
   */
  private readonly byFirstTwo = new Map<string, FirstWord<T>>()

  constructor(entries: Iterable<PhraseEntry<T>>) {
    for (const entry of entries) {
      for (const form of entry.forms) this.add({entry, tokens: tokens(form), tail: undefined})
      for (const form of entry.separable) {
        const [head = '', tail = ''] = form.split('...')
        if (head.trim() && tail.trim()) this.add({entry, tokens: tokens(head), tail: tokens(tail)})
      }
    }
    // Longest candidates first, contiguous before separable.
    for (const list of this.byFirst.values()) {
      list.sort(
        (a, b) =>
          b.tokens.length + (b.tail?.length ?? 0) - (a.tokens.length + (a.tail?.length ?? 0)) ||
          Number(Boolean(a.tail)) - Number(Boolean(b.tail)),
      )
    }
    for (const [first, list] of this.byFirst) {
      const single = list.filter((c) => c.tokens.length === 1)
      const bySecond = new Map<string, Array<Candidate<T>>>()
      for (const candidate of list) {
        const second = candidate.tokens[1]
        if (second !== undefined && !bySecond.has(second))
          bySecond.set(
            second,
            list.filter((c) => c.tokens.length === 1 || c.tokens[1] === second),
          )
      }
      this.byFirstTwo.set(first, {single, bySecond})
    }
  }

  private add(candidate: Candidate<T>): void {
    const first = candidate.tokens[0]
    if (!first) return
    let list = this.byFirst.get(first)
    if (!list) this.byFirst.set(first, (list = []))
    list.push(candidate)
  }

  /** All non-overlapping matches in a sentence's words, left to right. */
  match(words: readonly WordInfo[]): Array<PhraseMatch<T>> {
    const result: Array<PhraseMatch<T>> = []
    // Indexes of detached particles already matched (the contiguous parts are skipped by `i`).
    let used: Set<number> | undefined
    const lower = normalisedWords(words)
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!
      if (word.masked || used?.has(i)) continue
      const firstWord = this.byFirstTwo.get(lower[i]!)
      if (!firstWord) continue
      const next = lower[i + 1]
      const candidates = (next && firstWord.bySecond.get(next)) || firstWord.single
      for (const candidate of candidates) {
        const last = i + candidate.tokens.length - 1
        if (!sameTokens(lower, i, candidate.tokens)) continue
        if (!candidate.tail) {
          result.push({entry: candidate.entry, first: i, last, tail: undefined})
          i = last
          break
        }
        const tailStart = findTail(lower, last + 1, candidate.tail)
        if (tailStart === -1) continue
        const tailEnd = tailStart + candidate.tail.length - 1
        result.push({entry: candidate.entry, first: i, last, tail: [tailStart, tailEnd]})
        used ??= new Set()
        for (let k = tailStart; k <= tailEnd; k++) used.add(k)
        i = last
        break
      }
    }
    return result
  }
}

/**
 * The normalised lower-case words of a sentence ('' for masked words), made once per sentence
 * however many lists are matched against it (jargon, vague deadlines, nominal style, double
 * negatives).
 */
const normalisedMemo = new WeakMap<readonly WordInfo[], string[]>()
function normalisedWords(words: readonly WordInfo[]): string[] {
  let lower = normalisedMemo.get(words)
  if (!lower) {
    lower = words.map((w) => (w.masked ? '' : normalise(w.lower)))
    const last = words.length - 1
    if (last >= 0 && keepsFullStop(words[last]!)) lower[last] = lower[last]!.slice(0, -1)
    normalisedMemo.set(words, lower)
  }
  return lower
}

/**
 * Whether the sentence's last word holds the sentence's full stop: parse-dutch merges the stop
 * into a word it takes for an abbreviation ("al.", "sic.", "u.", "op." at the end of a paragraph),
 * so "Dat is reeds al." and "Wij schorten de betaling op." never matched a phrase that ends the
 * sentence. Only a word of letters with one dot, at its end, loses it: "d.d." and "m.b.t." keep
 * theirs.
 */
function keepsFullStop(word: WordInfo): boolean {
  return !word.masked && /^[\p{L}'’-]+\.$/u.test(word.lower)
}

/**
 * Where a matched word ends in the source: before the sentence's full stop when the parser put
 * it in the sentence's last word (see `keepsFullStop`), so a finding and its replacement never
 * take the full stop with them.
 */
export function matchedEnd(words: readonly WordInfo[], index: number): number {
  const word = words[index]!
  return index === words.length - 1 && keepsFullStop(word) ? word.end - 1 : word.end
}

function normalise(value: string): string {
  return value.includes('’') ? value.replace(/’/g, "'") : value
}

/** `lower` holds the normalised lower-case words of the sentence ('' for masked words). */
function sameTokens(lower: readonly string[], at: number, expected: readonly string[]): boolean {
  for (let k = 0; k < expected.length; k++) {
    const word = lower[at + k]
    if (!word || word !== expected[k]) return false
  }
  return true
}

/** The particle of a separable verb stands later in the clause ("reikt de pas vandaag uit"). */
function findTail(lower: readonly string[], from: number, tail: readonly string[]): number {
  for (let i = from; i < Math.min(lower.length, from + MAX_GAP); i++) {
    if (sameTokens(lower, i, tail)) return i
  }
  return -1
}
