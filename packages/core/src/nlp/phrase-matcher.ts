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
  /** Place in the order candidates are tried: longest first, contiguous before separable. */
  rank: number
}

/** A node of the token trie: the candidates whose contiguous tokens end here, and what follows. */
interface TrieNode<T> {
  candidates: Array<Candidate<T>>
  next: Map<string, TrieNode<T>> | undefined
}

/** Words a separable particle may be away from its verb, at most. */
const MAX_GAP = 12

function tokens(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean)
}

/** The normalised lower-case words of a sentence ('' for masked ones), shared by every list. */
const lowerWords = new WeakMap<readonly WordInfo[], string[]>()

/**
 * Matches many words and phrases in one pass per sentence: candidates sit in a trie of their
 * tokens, so a word costs one lookup per token of the phrases that really go on there, however
 * many phrases share its first word ("in" opens hundreds). The longest match wins; among
 * candidates that match, they are tried in one fixed order (longest first, contiguous before
 * separable, then list order), as a list per first word tried in that order would.
 */
export class PhraseMatcher<T = unknown> {
  private readonly root = new Map<string, TrieNode<T>>()

  constructor(entries: Iterable<PhraseEntry<T>>) {
    const byFirst = new Map<string, Array<Candidate<T>>>()
    const add = (candidate: Candidate<T>) => {
      const first = candidate.tokens[0]
      if (!first) return
      let list = byFirst.get(first)
      if (!list) byFirst.set(first, (list = []))
      list.push(candidate)
    }
    for (const entry of entries) {
      for (const form of entry.forms) add({entry, tokens: tokens(form), tail: undefined, rank: 0})
      for (const form of entry.separable) {
        const [head = '', tail = ''] = form.split('...')
        if (head.trim() && tail.trim())
          add({entry, tokens: tokens(head), tail: tokens(tail), rank: 0})
      }
    }
    // Longest candidates first, contiguous before separable (a stable sort keeps list order).
    for (const list of byFirst.values()) {
      list.sort(
        (a, b) =>
          b.tokens.length + (b.tail?.length ?? 0) - (a.tokens.length + (a.tail?.length ?? 0)) ||
          Number(Boolean(a.tail)) - Number(Boolean(b.tail)),
      )
      list.forEach((candidate, rank) => {
        candidate.rank = rank
        let level = this.root
        let node: TrieNode<T> | undefined
        for (const token of candidate.tokens) {
          node = level.get(token)
          if (!node) level.set(token, (node = {candidates: [], next: undefined}))
          level = node.next ??= new Map()
        }
        node!.candidates.push(candidate)
      })
    }
  }

  /** All non-overlapping matches in a sentence's words, left to right. */
  match(words: readonly WordInfo[]): Array<PhraseMatch<T>> {
    const result: Array<PhraseMatch<T>> = []
    let used: Set<number> | undefined
    let lower = lowerWords.get(words)
    if (!lower) {
      lower = words.map((w) => (w.masked ? '' : normalise(w.lower)))
      lowerWords.set(words, lower)
    }
    const found: Array<Candidate<T>> = []
    for (let i = 0; i < words.length; i++) {
      if (words[i]!.masked || used?.has(i)) continue
      // Every candidate whose contiguous tokens stand at i (masked words match nothing).
      found.length = 0
      let node = this.root.get(lower[i]!)
      for (let k = i + 1; node; k++) {
        for (const candidate of node.candidates) found.push(candidate)
        const word = lower[k]
        node = word ? node.next?.get(word) : undefined
      }
      if (found.length === 0) continue
      if (found.length > 1) found.sort((a, b) => a.rank - b.rank)
      for (const candidate of found) {
        const last = i + candidate.tokens.length - 1
        if (!candidate.tail) {
          result.push({entry: candidate.entry, first: i, last, tail: undefined})
          used = markUsed(used, i, last)
          i = last
          break
        }
        const tailStart = findTail(lower, last + 1, candidate.tail)
        if (tailStart === -1) continue
        const tailEnd = tailStart + candidate.tail.length - 1
        result.push({entry: candidate.entry, first: i, last, tail: [tailStart, tailEnd]})
        used = markUsed(markUsed(used, i, last), tailStart, tailEnd)
        i = last
        break
      }
    }
    return result
  }
}

function markUsed(used: Set<number> | undefined, from: number, to: number): Set<number> {
  const set = used ?? new Set<number>()
  for (let k = from; k <= to; k++) set.add(k)
  return set
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
