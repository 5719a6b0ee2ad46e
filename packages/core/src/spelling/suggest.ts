/**
 * Fast spelling suggestions: a symmetric-delete index (SymSpell) over the frequency list, ranked
 * by an edit distance in which the mistakes Dutch writers make (ei/ij, d/t/dt, au/ou, g/ch, a
 * doubled or single letter, a diaeresis left out) cost half an edit, then by frequency. Only the few best candidates
 * are verified with hunspell. Words outside the list (rare words, compounds) get a second pass:
 * single edits and Dutch variants checked with hunspell, and a compound whose last part has the
 * typo, both under a budget of dictionary checks per word (and a hard time limit). Hunspell's own `suggest` took 20 ms to more than a
 * second per word; this takes microseconds for most words (docs/performance.md).
 */

/** Half-cost edits: [written, meant]. Both directions are listed where both occur. */
const DUTCH_EDITS: ReadonlyArray<readonly [string, string]> = [
  ['ei', 'ij'],
  ['ij', 'ei'],
  ['y', 'ij'],
  ['ij', 'y'],
  ['au', 'ou'],
  ['ou', 'au'],
  ['g', 'ch'],
  ['ch', 'g'],
  ['d', 't'],
  ['t', 'd'],
  ['dt', 't'],
  ['dt', 'd'],
  ['t', 'dt'],
  ['d', 'dt'],
  ['f', 'v'],
  ['v', 'f'],
  ['s', 'z'],
  ['z', 's'],
  // A diaeresis or accent left out: geindiceerd → geïndiceerd, financiele → financiële.
  ['i', 'ï'],
  ['e', 'ë'],
  ['o', 'ö'],
  ['u', 'ü'],
  ['e', 'é'],
]
const HALF = 0.5

/**
 * Edit distance between a written word `a` and a candidate `b`: insertions, deletions,
 * substitutions and swaps of neighbouring letters cost 1 (optimal string alignment), the Dutch
 * confusions above and a letter written once where it is doubled (or the other way round) cost
 * 0.5. Stops early and returns Infinity when the distance exceeds `max`.
 */
export function dutchDistance(a: string, b: string, max = 2): number {
  const n = a.length
  const m = b.length
  if (Math.abs(n - m) > max + 1) return Infinity
  // Full matrix (row i at i * width): words are short, and the multi-letter edits need rows
  // further back. One buffer for every call.
  const width = m + 1
  if (matrix.length < (n + 1) * width) matrix = new Float64Array((n + 1) * width * 2)
  const d = matrix
  for (let i = 0; i <= n; i++) d[i * width] = i
  for (let j = 0; j <= m; j++) d[j] = j
  // Which Dutch edits can end here: bit k of ends[j] is set when DUTCH_EDITS[k][1] ends at b[j - 1].
  const ends = endsBuffer.length > m ? endsBuffer : (endsBuffer = new Uint32Array(2 * m + 2))
  for (let j = 1; j <= m; j++) ends[j] = editsEndingAt(b, j, 1)
  for (let i = 1; i <= n; i++) {
    let rowMin = Infinity
    const row = i * width
    const prev = row - width
    const ca = a[i - 1]
    const del = ca === a[i - 2] || ca === a[i] ? HALF : 1
    const written = editsEndingAt(a, i, 0)
    for (let j = 1; j <= m; j++) {
      const cb = b[j - 1]
      let best = d[prev + j - 1]! + (ca === cb ? 0 : 1)
      // Deleting a letter that doubles its neighbour (vergunnning) or adding one (vergunig).
      const ins = cb === b[j - 2] || cb === b[j] ? HALF : 1
      best = Math.min(best, d[prev + j]! + del, d[row + j - 1]! + ins)
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb)
        best = Math.min(best, d[prev - width + j - 2]! + 1)
      for (let both = written & ends[j]!; both !== 0; both &= both - 1) {
        const [x, y] = DUTCH_EDITS[31 - Math.clz32(both & -both)]!
        best = Math.min(best, d[(i - x.length) * width + j - y.length]! + HALF)
      }
      d[row + j] = best
      if (best < rowMin) rowMin = best
    }
    if (rowMin > max) return Infinity
  }
  const result = d[n * width + m]!
  return result > max ? Infinity : result
}

let matrix = new Float64Array(0)
let endsBuffer = new Uint32Array(0)

/** Bit k set when side `side` (0 written, 1 meant) of DUTCH_EDITS[k] ends at `word[end - 1]`. */
function editsEndingAt(word: string, end: number, side: 0 | 1): number {
  let bits = 0
  for (let k = 0; k < DUTCH_EDITS.length; k++) {
    const part = DUTCH_EDITS[k]![side]
    if (part.length <= end && word.endsWith(part, end)) bits |= 1 << k
  }
  return bits
}

/** The index and its lookups; built once per process, on the first suggestion. */
export interface SuggestionIndex {
  /** Candidates for a lowercase word: [word, distance], best first, at most `limit`. */
  candidates(word: string, limit: number): Array<[string, number]>
  /** 1-based frequency rank of a lowercase word, if listed. */
  rank(word: string): number | undefined
  /** Number of words. */
  readonly size: number
}

const MAX_DISTANCE = 2

/**
 * An index over `words`, most frequent first. Candidates are the word's single edits and Dutch
 * variants that are in the list (a few hundred set lookups, tens of microseconds); a
 * symmetric-delete index (SymSpell) that also finds words two edits away took 82 MB of heap and
 * about a second to build for the 32,000 words, for one percent point more right first
 * suggestions on the 500 test typos (docs/performance.md).
 */
export function createSuggestionIndex(words: readonly string[]): SuggestionIndex {
  const ranks = new Map<string, number>()
  for (const word of words) {
    if (word.length >= 2 && !ranks.has(word)) ranks.set(word, ranks.size + 1)
  }
  return {
    ...indexOver(
      (word) => ranks.get(word),
      () => ranks.keys(),
    ),
    size: ranks.size,
  }
}

/**
 * The same index as `createSuggestionIndex(words)` for `words` = a ranked list followed by more
 * words, without a map of its own: `ranked` maps each word of the ranked list to the 1-based place
 * of its first occurrence in the list (as the frequency knowledge already has it; every word of
 * the list lower case), `rankedLength` is the list's length, and `more` are the words after it.
 * A word's rank is another number than in `createSuggestionIndex`, but words come in the same
 * order, which is all the ranks are used for. Saves building a second map of the 32,000 frequent
 * words at the first suggestion of every process.
 */
export function createRankedSuggestionIndex(
  ranked: {
    get(word: string): number | undefined
    has(word: string): boolean
    keys(): Iterable<string>
  },
  rankedLength: number,
  more: readonly string[],
): SuggestionIndex {
  const moreRanks = new Map<string, number>()
  for (const word of more) {
    if (word.length >= 2 && !ranked.has(word) && !moreRanks.has(word))
      moreRanks.set(word, rankedLength + moreRanks.size + 1)
  }
  const rankOf = (word: string) =>
    word.length < 2 ? undefined : (ranked.get(word) ?? moreRanks.get(word))
  function* words() {
    for (const word of ranked.keys()) if (word.length >= 2) yield word
    yield* moreRanks.keys()
  }
  let size: number | undefined
  return {
    ...indexOver(rankOf, words),
    get size() {
      if (size === undefined) {
        size = moreRanks.size
        for (const word of ranked.keys()) if (word.length >= 2) size++
      }
      return size
    },
  }
}

/**
 * Words looked up one by one, as strings, before the index builds its trie: a single letter (an
 * editor, a one-file run) does not pay for building it.
 */
const LOOKUPS_BEFORE_TRIE = 64

/**
 * Candidates and ranks over the words `rankOf` knows (lower is more frequent); `words` lists
 * them. The candidates are the listed words among the word's Dutch variants and single edits
 * (singleEdits): for the first few words each edit is made and looked up; after that a trie of
 * the listed words finds the single edits that are words without making the others (most of
 * the several hundred edits of a word are none), with the same result.
 */
function indexOver(
  rankOf: (word: string) => number | undefined,
  words: () => Iterable<string>,
): Omit<SuggestionIndex, 'size'> {
  let trie: WordTrie | undefined
  let lookups = 0
  const candidates = (word: string, limit: number): Array<[string, number]> => {
    const found: Array<[string, number, number]> = []
    const seen = new Set<string>([word])
    const consider = (candidate: string) => {
      const rank = rankOf(candidate)
      if (rank === undefined || seen.has(candidate)) return
      seen.add(candidate)
      const distance = dutchDistance(word, candidate, MAX_DISTANCE)
      if (distance <= MAX_DISTANCE) found.push([candidate, distance, rank])
    }
    // Most edits are no listed word: look them up before remembering them (a repeat of an
    // unlisted edit is skipped by the lookup as well).
    for (const candidate of dutchVariants(word)) consider(candidate)
    if (trie === undefined && ++lookups > LOOKUPS_BEFORE_TRIE) trie = WordTrie.of(words())
    if (trie) trie.singleEdits(word, consider)
    else for (const candidate of singleEdits(word)) consider(candidate)
    found.sort((x, y) => x[1] - y[1] || x[2] - y[2])
    return found.slice(0, limit).map(([candidate, distance]) => [candidate, distance])
  }
  return {candidates, rank: rankOf}
}

/** The word with one doubled consonant written once: verwoedde → verwoede. */
export function undoubledConsonants(word: string): string[] {
  const found: string[] = []
  for (let i = 0; i < word.length - 1; i++)
    if (word[i] === word[i + 1] && !VOWELS.includes(word[i]!) && /\p{Ll}/u.test(word[i]!))
      found.push(word.slice(0, i) + word.slice(i + 1))
  return [...new Set(found)]
}

/** The Dutch variants of a word: every half-cost edit applied once. */
export function dutchVariants(word: string): string[] {
  const variants = new Set<string>()
  for (const [x, y] of DUTCH_EDITS) {
    for (let at = word.indexOf(x); at >= 0; at = word.indexOf(x, at + 1))
      variants.add(word.slice(0, at) + y + word.slice(at + x.length))
  }
  // One letter doubled or undoubled.
  for (let i = 0; i < word.length; i++) {
    if (word[i] === word[i + 1]) variants.add(word.slice(0, i) + word.slice(i + 1))
    else variants.add(word.slice(0, i + 1) + word[i] + word.slice(i + 1))
  }
  variants.delete(word)
  return [...variants]
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzéëèïöü'
const VOWELS = 'aeiou'
/** Neighbouring keys on a QWERTY keyboard: the likeliest wrong letters. */
export const NEIGHBOURS: Readonly<Record<string, string>> = {
  q: 'wa',
  w: 'qeas',
  e: 'wrds',
  r: 'etdf',
  t: 'ryfg',
  y: 'tugh',
  u: 'yihj',
  i: 'uojk',
  o: 'ipkl',
  p: 'ol',
  a: 'qwsz',
  s: 'awedxz',
  d: 'serfcx',
  f: 'drtgvc',
  g: 'ftyhbv',
  h: 'gyujnb',
  j: 'huikmn',
  k: 'jiolm',
  l: 'kop',
  z: 'asx',
  x: 'zsdc',
  c: 'xdfv',
  v: 'cfgb',
  b: 'vghn',
  n: 'bhjm',
  m: 'njk',
}

/**
 * All words one edit away, the likeliest first (two letters swapped, a letter too many, a vowel
 * left out, a neighbouring key), so a budget of checks is spent on them first.
 */
export function singleEdits(word: string): string[] {
  const edits: string[] = []
  const replace = (i: number, letter: string) =>
    edits.push(word.slice(0, i) + letter + word.slice(i + 1))
  const insert = (i: number, letter: string) =>
    edits.push(word.slice(0, i) + letter + word.slice(i))
  for (let i = 0; i < word.length - 1; i++)
    edits.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
  for (let i = 0; i < word.length; i++) edits.push(word.slice(0, i) + word.slice(i + 1))
  for (let i = 0; i <= word.length; i++) for (const letter of VOWELS) insert(i, letter)
  for (let i = 0; i < word.length; i++)
    for (const letter of NEIGHBOURS[word[i]!] ?? '') replace(i, letter)
  for (let i = 0; i <= word.length; i++)
    for (const letter of ALPHABET) if (!VOWELS.includes(letter)) insert(i, letter)
  for (let i = 0; i < word.length; i++)
    for (const letter of ALPHABET)
      if (letter !== word[i] && !NEIGHBOURS[word[i]!]?.includes(letter)) replace(i, letter)
  return edits
}

/** Letters singleEdits inserts and substitutes, as a lookup by character code. */
const IN_ALPHABET = new Set([...ALPHABET].map((letter) => letter.charCodeAt(0)))

/**
 * The listed words as a trie in typed arrays (first child, next sibling, character, end of a
 * word): finds the words one edit away from a word by walking only the paths that exist.
 * About 3 MB for the 40,000 words of the suggestion index, built in tens of milliseconds.
 */
export class WordTrie {
  #char: Uint16Array
  #first: Int32Array
  #next: Int32Array
  #end: Uint8Array
  #size = 1

  private constructor(capacity: number) {
    this.#char = new Uint16Array(capacity)
    this.#first = new Int32Array(capacity).fill(-1)
    this.#next = new Int32Array(capacity).fill(-1)
    this.#end = new Uint8Array(capacity)
  }

  static of(words: Iterable<string>): WordTrie {
    const trie = new WordTrie(1 << 16)
    for (const word of words) trie.#add(word)
    return trie
  }

  #add(word: string): void {
    let node = 0
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i)
      let child = this.child(node, code)
      if (child < 0) {
        if (this.#size === this.#char.length) this.#grow()
        child = this.#size++
        this.#char[child] = code
        this.#next[child] = this.#first[node]!
        this.#first[node] = child
      }
      node = child
    }
    this.#end[node] = 1
  }

  #grow(): void {
    const capacity = this.#char.length * 2
    const char = new Uint16Array(capacity)
    char.set(this.#char)
    const first = new Int32Array(capacity).fill(-1)
    first.set(this.#first)
    const next = new Int32Array(capacity).fill(-1)
    next.set(this.#next)
    const end = new Uint8Array(capacity)
    end.set(this.#end)
    this.#char = char
    this.#first = first
    this.#next = next
    this.#end = end
  }

  /** The child of `node` for a character code, or -1. */
  child(node: number, code: number): number {
    if (node < 0) return -1
    for (let c = this.#first[node]!; c >= 0; c = this.#next[c]!)
      if (this.#char[c] === code) return c
    return -1
  }

  /** Whether `word.slice(from)` read from `node` ends at a listed word. */
  #endsWord(node: number, word: string, from: number): boolean {
    for (let i = from; i < word.length && node >= 0; i++)
      node = this.child(node, word.charCodeAt(i))
    return node >= 0 && this.#end[node] === 1
  }

  /** Whether the trie lists a word. */
  has(word: string): boolean {
    return this.#endsWord(0, word, 0)
  }

  /**
   * Calls `found` with every listed word that singleEdits(word) makes (a word may come more than
   * once): two neighbouring letters swapped, a letter left out, a letter of ALPHABET added or put
   * in place of another.
   */
  singleEdits(word: string, found: (candidate: string) => void): void {
    const n = word.length
    // prefix[i]: the node of word.slice(0, i), or -1 when no listed word starts with it.
    const prefix = new Int32Array(n + 1).fill(-1)
    prefix[0] = 0
    for (let i = 0; i < n && prefix[i]! >= 0; i++)
      prefix[i + 1] = this.child(prefix[i]!, word.charCodeAt(i))
    for (let i = 0; i <= n; i++) {
      const at = prefix[i]!
      if (at < 0) break
      if (i < n - 1) {
        const swapped = this.child(this.child(at, word.charCodeAt(i + 1)), word.charCodeAt(i))
        if (swapped >= 0 && this.#endsWord(swapped, word, i + 2))
          found(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
      }
      if (i < n && this.#endsWord(at, word, i + 1)) found(word.slice(0, i) + word.slice(i + 1))
      for (let c = this.#first[at]!; c >= 0; c = this.#next[c]!) {
        const code = this.#char[c]!
        if (!IN_ALPHABET.has(code)) continue
        const letter = String.fromCharCode(code)
        if (this.#endsWord(c, word, i)) found(word.slice(0, i) + letter + word.slice(i))
        if (i < n && code !== word.charCodeAt(i) && this.#endsWord(c, word, i + 1))
          found(word.slice(0, i) + letter + word.slice(i + 1))
      }
    }
  }
}

export interface SuggestDeps {
  index: () => SuggestionIndex
  /** Whether the full dictionary (hunspell) knows a word. */
  isKnown: (word: string) => boolean
  /** Whether a word splits into other known words (a compound hunspell allows but few write). */
  isCompound?: (word: string) => boolean
  /**
   * Dictionary checks per word beyond the index (default 400, a few milliseconds): a budget in
   * work rather than time, so the same word gets the same suggestions on a busy machine.
   */
  maxChecks?: number
  /**
   * Hard limit in milliseconds per word (default 1000). Only a stalled machine reaches it: the check
   * budget above ends the work long before, and it gives the same suggestions on every run, which
   * a time limit under load would not (the CLI promises the same output with any --jobs).
   */
  budgetMs?: number
  now?: () => number
}

/** Shape the suggestion like the written word: Capitalised or ALL CAPS. */
function matchCase(written: string, suggestion: string): string {
  if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase())
    return suggestion.toUpperCase()
  if (written[0] !== written[0]!.toLowerCase())
    return suggestion[0]!.toUpperCase() + suggestion.slice(1)
  return suggestion
}

/**
 * Up to `max` suggestions for a word the dictionary does not know, best first. See the module
 * comment for how they are found.
 */
export function suggestWord(written: string, deps: SuggestDeps, max = 5): string[] {
  const now = deps.now ?? (() => performance.now())
  const deadline = now() + (deps.budgetMs ?? 1000)
  let checks = deps.maxChecks ?? 400
  const spent = () => checks-- <= 0 || now() > deadline
  const word = written.toLowerCase()
  const index = deps.index()
  const capitalised = written[0]!.toUpperCase() + written.slice(1)
  const capital =
    /^\p{Ll}/u.test(written) && index.rank(word) !== undefined && deps.isKnown(capitalised)
      ? capitalised
      : undefined
  const scored = new Map<string, number>()
  const add = (candidate: string, distance: number) => {
    const before = scored.get(candidate)
    if (before === undefined || distance < before) scored.set(candidate, distance)
  }

  // 1. Frequent words within two edits, verified with hunspell (the list has some non-words).
  let verified = 0
  for (const [candidate, distance] of index.candidates(word, max * 3)) {
    if (verified >= max * 2) break
    if (deps.isKnown(candidate)) {
      add(candidate, distance)
      verified++
    }
  }
  const best = Math.min(...scored.values())
  // 2. Not a frequent word nearby: Dutch variants and single edits, checked with hunspell.
  if (!(best <= 1)) {
    const tries = [...dutchVariants(word), ...singleEdits(word)]
    for (const candidate of tries) {
      if (scored.has(candidate) || index.rank(candidate) !== undefined) continue
      if (spent()) break
      if (deps.isKnown(candidate)) {
        add(candidate, dutchDistance(word, candidate, MAX_DISTANCE))
        if (scored.size >= max) break
      }
    }
  } else if (best > HALF) {
    // A frequent word is one edit away, but a consonant written twice where it is single is a
    // Dutch slip of its own ("verwoedde" for "verwoede", not the more frequent "vermoedde"):
    // that word comes first when the dictionary knows it and it is not a compound the dictionary
    // merely allows.
    for (const candidate of undoubledConsonants(word)) {
      if (scored.has(candidate) || spent()) continue
      if (deps.isKnown(candidate) && !deps.isCompound?.(candidate)) add(candidate, HALF)
    }
  }
  // 3. A compound with the typo in its last part: gemeentebelastnig → gemeente + belasting.
  if (scored.size === 0 && word.length >= 8) {
    for (let at = 3; at <= word.length - 4; at++) {
      const head = word.slice(0, at)
      if (index.rank(head) === undefined && index.rank(head.replace(/s$/, '')) === undefined)
        continue
      for (const [tail, distance] of index.candidates(word.slice(at), 3)) {
        const compound = head + tail
        if (spent()) break
        if (deps.isKnown(compound)) add(compound, distance)
      }
      if (scored.size > 0) break
    }
  }
  const ranked = [...scored].sort(
    (x, y) =>
      x[1] - y[1] ||
      (index.rank(x[0]) ?? Infinity) - (index.rank(y[0]) ?? Infinity) ||
      (x[0] < y[0] ? -1 : 1),
  )
  const suggestions = ranked.slice(0, max).map(([candidate]) => matchCase(written, candidate))
  // A frequent word the dictionary knows only with a capital, written without it: inhabitants
  // and languages ("belgen" → "Belgen", "engels" → "Engels"), unless a word is as close as a
  // Dutch slip ("mont" is "mond", not the name "Mont").
  const closest = ranked[0]?.[1] ?? Infinity
  if (capital !== undefined && closest > HALF) return [capital]
  return suggestions
}
