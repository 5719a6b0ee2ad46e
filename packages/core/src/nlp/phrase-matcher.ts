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
  /** A contiguous form whose entry also has a separable form with this first word ('dient te'). */
  detachable?: boolean
}

/** A form of the list as given: contiguous, or the head and tail of a separable form. */
interface ListedForm<T> {
  entry: PhraseEntry<T>
  head: string
  tail: string | undefined
}

interface FirstWord<T> {
  /** The candidates of the first word, longest first. */
  list: Array<Candidate<T>>
  single: Array<Candidate<T>>
  /** The second words of the candidates, and the candidates given each (made when first met). */
  seconds: Set<string>
  bySecond: Map<string, Array<Candidate<T>>>
}

/** Words a separable particle may be away from its verb, at most. */
const MAX_GAP = 12

const FIRST_TOKEN = /\S+/

function tokens(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean)
}

/**
 * Matches many words and phrases in one pass per sentence: candidates are indexed by their first
 * word, so the cost per word does not grow with the size of the list. The longest match wins.
 */
export class PhraseMatcher<T = unknown> {
  /** The forms of the list by their first word, as given (tokenised when a text has that word). */
  private readonly byFirst = new Map<string, Array<ListedForm<T>>>()
  /**
   * The candidates of a first word that can match given the word after it: those of one word
   * (before a gap, for a separable form) and those whose second word it is, in the order of
   * `byFirst`. Frequent first words start hundreds of phrases ("in", "een"). Made for a first word
   * when a text has it, and for a pair when a text has that: tokenising the whole list and making
   * them for every pair took some 30 ms of every start-up, and a letter meets few of its words.
   */
  private readonly byFirstTwo = new Map<string, FirstWord<T>>()

  constructor(entries: Iterable<PhraseEntry<T>>) {
    for (const entry of entries) {
      for (const form of entry.forms) this.add({entry, head: form, tail: undefined})
      for (const form of entry.separable) {
        const [head = '', tail = ''] = form.split('...')
        if (head.trim() && tail.trim()) this.add({entry, head, tail})
      }
    }
  }

  private add(form: ListedForm<T>): void {
    // The first of `tokens(form.head)`.
    const first = FIRST_TOKEN.exec(form.head.toLowerCase())?.[0]
    if (!first) return
    let list = this.byFirst.get(first)
    if (!list) this.byFirst.set(first, (list = []))
    list.push(form)
  }

  /** The candidates of a first word (undefined when no phrase starts with it). */
  private firstWord(first: string): FirstWord<T> | undefined {
    let firstWord = this.byFirstTwo.get(first)
    if (firstWord) return firstWord
    const forms = this.byFirst.get(first)
    if (!forms) return undefined
    const list = forms.map(({entry, head, tail}): Candidate<T> => ({
      entry,
      tokens: tokens(head),
      tail: tail === undefined ? undefined : tokens(tail),
    }))
    // Longest candidates first, contiguous before separable (a stable sort: else in list order).
    list.sort(
      (a, b) =>
        b.tokens.length + (b.tail?.length ?? 0) - (a.tokens.length + (a.tail?.length ?? 0)) ||
        Number(Boolean(a.tail)) - Number(Boolean(b.tail)),
    )
    const separable = new Set(list.filter((c) => c.tail).map((c) => c.entry))
    for (const candidate of list)
      candidate.detachable = !candidate.tail && separable.has(candidate.entry)
    const seconds = new Set<string>()
    for (const candidate of list) {
      const second = candidate.tokens[1]
      if (second !== undefined) seconds.add(second)
    }
    firstWord = {
      list,
      single: list.filter((c) => c.tokens.length === 1),
      seconds,
      bySecond: new Map(),
    }
    this.byFirstTwo.set(first, firstWord)
    return firstWord
  }

  /** The candidates of a first word followed by `next`. */
  private candidates(firstWord: FirstWord<T>, next: string | undefined): Array<Candidate<T>> {
    if (!next || !firstWord.seconds.has(next)) return firstWord.single
    let list = firstWord.bySecond.get(next)
    if (!list) {
      list = firstWord.list.filter((c) => c.tokens.length === 1 || c.tokens[1] === next)
      firstWord.bySecond.set(next, list)
    }
    return list
  }

  /**
   * Whether a contiguous phrase of two or more words of the list starts at word k: a detached
   * part of one word never takes its first word ("dient tijdens de rit te allen tijde aanwezig te
   * zijn": the 'te' of 'dient … te' is the infinitive's, and 'te allen tijde' is a phrase of its
   * own). A detached part of more words is a phrase itself ("stellen u … in de gelegenheid").
   */
  private opensPhrase(lower: readonly string[], k: number): boolean {
    const firstWord = this.firstWord(lower[k]!)
    if (!firstWord) return false
    return this.candidates(firstWord, lower[k + 1]).some(
      (c) => !c.tail && c.tokens.length > 1 && sameTokens(lower, k, c.tokens),
    )
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
      const firstWord = this.firstWord(lower[i]!)
      if (!firstWord) continue
      // A contiguous match put back for the separable form of its entry (below).
      let deferred: PhraseMatch<T> | undefined
      let matched = false
      for (const candidate of this.candidates(firstWord, lower[i + 1])) {
        const last = i + candidate.tokens.length - 1
        if (!sameTokens(lower, i, candidate.tokens)) continue
        if (!candidate.tail) {
          // Nor does a contiguous phrase that has a separable form end in the first word of
          // another while the separable form fits: in "dient te allen tijde te zijn" the 'te'
          // opens 'te allen tijde', and 'dient … te' takes the later one (blind letters, set-nn:
          // 'te allen tijde' was missed). Without a later one the contiguous match stands.
          if (last > i && candidate.detachable && this.opensPhrase(lower, last)) {
            deferred ??= {entry: candidate.entry, first: i, last, tail: undefined}
            continue
          }
          result.push({entry: candidate.entry, first: i, last, tail: undefined})
          i = last
          matched = true
          break
        }
        const single = candidate.tail.length === 1
        const tailStart = findTail(
          lower,
          last + 1,
          candidate.tail,
          (k) => single && this.opensPhrase(lower, k),
        )
        if (tailStart === -1) continue
        const tailEnd = tailStart + candidate.tail.length - 1
        result.push({entry: candidate.entry, first: i, last, tail: [tailStart, tailEnd]})
        used ??= new Set()
        for (let k = tailStart; k <= tailEnd; k++) used.add(k)
        i = last
        matched = true
        break
      }
      if (!matched && deferred) {
        result.push(deferred)
        i = deferred.last
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
function findTail(
  lower: readonly string[],
  from: number,
  tail: readonly string[],
  opensPhrase: (k: number) => boolean,
): number {
  for (let i = from; i < Math.min(lower.length, from + MAX_GAP); i++) {
    if (sameTokens(lower, i, tail) && !opensPhrase(i)) return i
  }
  return -1
}
