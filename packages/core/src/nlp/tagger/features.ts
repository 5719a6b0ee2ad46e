/**
 * Feature extraction of the part-of-speech tagger, shared by training (scripts/train-tagger.mjs,
 * which imports the built module) and tagging, so both compute the same hashes.
 *
 * Every feature is a 32-bit hash of a template number and a value. Features of a word on its own
 * (its form, affixes, shape, lexicon classes) are computed once per word type and cached; the
 * context features combine the cached hashes of neighbours and the previous tags with integer
 * mixing, without building strings.
 */

/** Lexicon knowledge the features use for words the training data did not have. */
export interface TaggerLexicon {
  /** Bit mask of the verb-table readings of a lower-case form (see `verbMask`). */
  verbMask(lower: string): number
  /** 1-based frequency rank, or undefined when the word is not in the frequency list. */
  rank(lower: string): number | undefined
  /** Class of a word as listed (its hunspell flag letters as bits), 0 when the dictionary lacks it. */
  wordClass(word: string): number
}

/** What the tagger keeps per word type. */
export interface WordEntry {
  /** Hash of the lower-case form. */
  hash: number
  /** Hash of the last three letters. */
  suffix3: number
  /** Features of the word on its own. */
  own: Uint32Array
  /** Whether the word starts with a capital. */
  capital: number
  /** Verb-table bits of the word: 1 infinitive/plural, 2 participle. */
  verbKind: number
  /** Dictionary class and verb-table readings together, as the neighbours see the word. */
  lexical: number
}

const T = {
  bias: 1,
  word: 2,
  suffix: 3, // 3..6 for lengths 1..4
  prefix: 8, // 8..10 for lengths 1..3
  shape: 12,
  verb: 13,
  rank: 14,
  shapeSuffix: 15,
  prev1: 20,
  next1: 21,
  prev2: 22,
  next2: 23,
  prevSuffix: 24,
  nextSuffix: 25,
  tag1: 26,
  tag2: 27,
  tag12: 28,
  tag1Word: 29,
  tag1Suffix: 30,
  prevWord: 31,
  nextVerb: 32,
  capital: 33,
  capitalWord: 34,
  lexicon: 35,
  finiteWord: 37,
  finiteSuffix: 38,
  laterVerb: 39,
  lexiconStripped: 36,
  headClass: 40,
  headVerb: 41,
  headRank: 42,
  headStripped: 43,
  lexiconLetter: 44,
  lexiconSource: 45,
  nextClass: 46,
  nextGuess: 47,
  nextGuess2: 48,
  nextGuessWord: 49,
} as const

const LETTER_ALIASES = new Map([
  ['u', 'ze'],
  ['uw', 'hun'],
])

/** Endings tried on the head of a compound that the dictionary lacks as written. */
const HEAD_ENDINGS = ['en', 's', 'e', 'n', 't', 'd', 'de', 'te', 'ers']

/** Final mixing step of MurmurHash3: spreads the bits of a 32-bit value. */
function fmix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Hash of a template and a value. */
export function feature(template: number, value: number): number {
  return fmix((value ^ Math.imul(template, 0x9e3779b1)) >>> 0)
}

/** Hash of a template and two values. */
export function feature2(template: number, a: number, b: number): number {
  return fmix((fmix(a ^ Math.imul(template, 0x9e3779b1)) ^ Math.imul(b, 0x85ebca6b)) >>> 0)
}

/** FNV-1a over the characters of s from `from` to `to` (exclusive). */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

export const BOUNDARY_HASH = 0x5bd1e995
export const BOUNDARY_SUFFIX = 0x1b873593

/** Symbols (Unicode S*: + × = € § °), which UD tags SYM where punctuation is PUNCT. */
const SYMBOL = /\p{S}/u

/** Shape of a word as a small number: capitals, digits, hyphen, symbols, other characters, length. */
function shapeOf(form: string): number {
  let upper = 0
  let lower = 0
  let digit = 0
  let hyphen = 0
  let other = 0
  let symbol = 0
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i)
    if (c >= 48 && c <= 57) digit++
    else if (c === 45) hyphen++
    else {
      const ch = form[i]!
      if (ch !== ch.toLowerCase()) upper++
      else if (ch !== ch.toUpperCase()) lower++
      else if (SYMBOL.test(ch)) symbol++
      else other++
    }
  }
  const first = form[0] ?? ''
  const initialCapital = first !== first.toLowerCase() ? 1 : 0
  const allCaps = upper > 0 && lower === 0 ? 1 : 0
  const length = form.length <= 2 ? form.length : form.length <= 4 ? 3 : form.length <= 8 ? 4 : 5
  return (
    initialCapital |
    (allCaps << 1) |
    ((digit > 0 ? 1 : 0) << 2) |
    ((hyphen > 0 ? 1 : 0) << 3) |
    ((other > 0 ? 1 : 0) << 4) |
    ((lower === 0 && upper === 0 && digit === 0 ? 1 : 0) << 5) |
    (length << 6) |
    ((symbol > 0 ? 1 : 0) << 9)
  )
}

function rankBucket(rank: number | undefined): number {
  if (rank === undefined) return 0
  return rank <= 100 ? 1 : rank <= 1000 ? 2 : rank <= 5000 ? 3 : rank <= 20000 ? 4 : 5
}

const ENDINGS = [
  'e',
  'en',
  'n',
  's',
  "'s",
  't',
  'd',
  'de',
  'te',
  'den',
  'ten',
  'er',
  'ere',
  'st',
  'ste',
  'tje',
  'je',
]

/** The features of a word on its own, and the hashes its neighbours use. */
export function wordEntry(form: string, lexicon: TaggerLexicon): WordEntry {
  const lower = form.toLowerCase()
  const n = lower.length
  const own: number[] = [feature(T.bias, 0)]
  // The treebanks hardly have u and uw, letters have them in every sentence: as neighbours they
  // count as the words the treebanks have in their place (leest u / leest ze, sturen u / sturen ze, uw brief / hun brief).
  const alias = LETTER_ALIASES.get(lower)
  const hash = alias ? hashRange(alias, 0, alias.length) : hashRange(lower, 0, n)
  own.push(feature(T.word, hash))
  for (let k = 1; k <= 4 && k <= n; k++) {
    own.push(feature(T.suffix + k - 1, hashRange(lower, n - k, n)))
  }
  for (let k = 1; k <= 3 && k < n; k++) {
    own.push(feature(T.prefix + k - 1, hashRange(lower, 0, k)))
  }
  const shape = shapeOf(form)
  own.push(feature(T.shape, shape))
  const suffix3 = alias
    ? hashRange(alias, 0, alias.length)
    : hashRange(lower, Math.max(0, n - 3), n)
  own.push(feature2(T.shapeSuffix, shape & 0b111, suffix3))
  const verbs = lexicon.verbMask(lower)
  own.push(feature(T.verb, verbs))
  own.push(feature(T.rank, rankBucket(lexicon.rank(lower))))
  let cls = lexicon.wordClass(form)
  let source = cls !== 0 ? 1 : 0
  if (cls === 0 && form !== lower) {
    cls = lexicon.wordClass(lower)
    if (cls !== 0) source = 2
  }
  own.push(feature(T.lexicon, cls))
  // Each flag letter on its own (A adjective, C/Z noun, c compound part, P/V verb): a rare combination of them
  // still says which classes the word can have.
  for (let bits = cls, b = 0; bits !== 0; bits >>>= 1, b++) {
    if (bits & 1) own.push(feature(T.lexiconLetter, b))
  }
  // Listed with its capital (a name), only in lower case (a capitalised common word), or not.
  own.push(feature(T.lexiconSource, source | ((shape & 1) << 2)))
  // Inflected forms are not listed: try the word without an ending (mooie → mooi, gemeenten → gemeente).
  if (cls === 0) {
    for (let s = 0; s < ENDINGS.length; s++) {
      const ending = ENDINGS[s]!
      if (n > ending.length + 2 && lower.endsWith(ending)) {
        const stem = lexicon.wordClass(lower.slice(0, n - ending.length))
        if (stem !== 0) own.push(feature2(T.lexiconStripped, s, stem))
      }
    }
    if (n > 5 && lower.startsWith('ge') && (lower.endsWith('d') || lower.endsWith('t'))) {
      const verb = lexicon.wordClass(lower.slice(2, n - 1) + 'en')
      if (verb !== 0) own.push(feature2(T.lexiconStripped, 99, verb))
    }
    compoundHead(lower, lexicon, own)
  }
  const verbKind = (verbs & 0b1001 ? 1 : 0) | (verbs & 0b1000000 ? 2 : 0)
  const lexical = feature2(T.nextClass, cls, verbs)
  return {hash, suffix3, own: Uint32Array.from(own), capital: shape & 1, verbKind, lexical}
}

/**
 * Features of the head of a compound the dictionary lacks (parkeervergunning → vergunning,
 * saneringsplan → plan, wiskunde-onderzoek → onderzoek): the longest listed final part of at least
 * four letters after at least three, its dictionary class, verb-table readings and frequency. A head
 * not listed as written is tried without an inflectional ending (vergunningen → vergunning).
 */
/** Longest compound head looked up (as frequency.ts's MAX_COMPOUND_LENGTH). */
const MAX_HEAD_LENGTH = 60

function compoundHead(lower: string, lexicon: TaggerLexicon, own: number[]): void {
  const n = lower.length
  if (n < 7) return
  // Heads longer than any dictionary word are never looked up: a 100,000-letter "word" would
  // otherwise hash every one of its tails (quadratic).
  const from = Math.max(3, n - MAX_HEAD_LENGTH)
  for (let k = from; k <= n - 4; k++) {
    const head = lower.slice(k)
    const cls = lexicon.wordClass(head)
    if (cls === 0) continue
    own.push(feature(T.headClass, cls))
    own.push(feature(T.headVerb, lexicon.verbMask(head)))
    own.push(feature(T.headRank, rankBucket(lexicon.rank(head))))
    return
  }
  for (let k = from; k <= n - 5; k++) {
    for (let e = 0; e < HEAD_ENDINGS.length; e++) {
      const ending = HEAD_ENDINGS[e]!
      if (n - k - ending.length < 4 || !lower.endsWith(ending)) continue
      const cls = lexicon.wordClass(lower.slice(k, n - ending.length))
      if (cls !== 0) {
        own.push(feature2(T.headStripped, e, cls))
        return
      }
    }
  }
}

/** Number of context features `contextFeatures` writes. */
export const CONTEXT_FEATURES = 22

/** Per label: bit 1 a finite verb, bit 2 a clause boundary (punctuation, conjunction). */
export function clauseFlags(labels: readonly {upos: string; xpos: string}[]): Uint8Array {
  return Uint8Array.from(labels, (l) =>
    l.xpos.startsWith('WW|pv')
      ? 1
      : l.upos === 'PUNCT' || l.upos === 'SCONJ' || l.upos === 'CCONJ' || l.xpos.includes('betr')
        ? 2
        : 0,
  )
}

/** Clause state after a word with these flags: 1 once the clause has a finite verb. */
export function nextClauseState(state: number, flags: number): number {
  return flags & 2 ? 0 : flags & 1 ? 1 : state
}

/**
 * The context features of position i, written to `out` from `offset`: neighbouring words and
 * suffixes, the two previous tags (label indexes, -1 before the sentence), the out-of-context
 * labels of the next two words (`guesses`, label indexes), whether the clause
 * has a finite verb so far (`clause`, from `nextClauseState`) and verb forms later on.
 */
export function contextFeatures(
  entries: readonly WordEntry[],
  guesses: ArrayLike<number>,
  i: number,
  tag1: number,
  tag2: number,
  clause: number,
  out: Uint32Array,
  offset: number,
): void {
  const self = entries[i]!
  const p1 = entries[i - 1]
  const p2 = entries[i - 2]
  const n1 = entries[i + 1]
  const n2 = entries[i + 2]
  let o = offset
  out[o++] = feature(T.prev1, p1 ? p1.hash : BOUNDARY_HASH)
  out[o++] = feature(T.next1, n1 ? n1.hash : BOUNDARY_HASH)
  out[o++] = feature(T.prev2, p2 ? p2.hash : BOUNDARY_HASH)
  out[o++] = feature(T.next2, n2 ? n2.hash : BOUNDARY_HASH)
  out[o++] = feature(T.prevSuffix, p1 ? p1.suffix3 : BOUNDARY_SUFFIX)
  out[o++] = feature(T.nextSuffix, n1 ? n1.suffix3 : BOUNDARY_SUFFIX)
  out[o++] = feature(T.tag1, tag1 + 2)
  out[o++] = feature(T.tag2, tag2 + 2)
  out[o++] = feature2(T.tag12, tag1 + 2, tag2 + 2)
  out[o++] = feature2(T.tag1Word, tag1 + 2, self.hash)
  out[o++] = feature2(T.tag1Suffix, tag1 + 2, self.suffix3)
  out[o++] = feature2(T.prevWord, p1 ? p1.hash : BOUNDARY_HASH, self.hash)
  out[o++] = feature2(T.nextVerb, n1 ? n1.hash : BOUNDARY_HASH, self.suffix3)
  // A capital inside a sentence marks a name: "De Morgan", not the article.
  const position = i === 0 ? 2 : 0
  out[o++] = feature(T.capital, self.capital | position)
  out[o++] = feature2(T.capitalWord, self.capital | position, self.hash)
  // Finite plural or infinitive: does the clause have its finite verb already?
  out[o++] = feature2(T.finiteWord, clause, self.hash)
  out[o++] = feature2(T.finiteSuffix, clause, self.suffix3)
  // An auxiliary has an infinitive or participle later in the sentence.
  let later = 0
  for (let j = i + 1; j < entries.length && j <= i + 10; j++) later |= entries[j]!.verbKind
  out[o++] = feature2(T.laterVerb, later, self.hash)
  // What the lexicon says the next word can be (a right context the greedy tagger has no tag for).
  out[o++] = feature(T.nextClass, n1 ? n1.lexical : BOUNDARY_HASH)
  // The labels the next words have out of context (the word model's guess, see `guesses`): the
  // right context the greedy tagger has no tags for yet.
  const g1 = i + 1 < entries.length ? guesses[i + 1]! + 2 : 0
  const g2 = i + 2 < entries.length ? guesses[i + 2]! + 2 : 0
  out[o++] = feature(T.nextGuess, g1)
  out[o++] = feature2(T.nextGuess2, g1, g2)
  out[o++] = feature2(T.nextGuessWord, g1, self.hash)
}

/**
 * Keys of the context features of `contextFeatures` that depend on one word type alone, for a
 * tagger that resolves them once per type instead of hashing them at every token (tagger.ts).
 * `entry` undefined: the boundary before or after the sentence. `guess`: the word's out-of-context
 * label (see `contextFeatures`). Index by `TypeKey`.
 */
export function typeContextKeys(entry: WordEntry | undefined, guess: number): Uint32Array {
  const hash = entry ? entry.hash : BOUNDARY_HASH
  const suffix3 = entry ? entry.suffix3 : BOUNDARY_SUFFIX
  const capital = entry ? entry.capital : 0
  const keys = new Uint32Array(TYPE_KEYS)
  keys[TypeKey.prev1] = feature(T.prev1, hash)
  keys[TypeKey.next1] = feature(T.next1, hash)
  keys[TypeKey.prev2] = feature(T.prev2, hash)
  keys[TypeKey.next2] = feature(T.next2, hash)
  keys[TypeKey.prevSuffix] = feature(T.prevSuffix, suffix3)
  keys[TypeKey.nextSuffix] = feature(T.nextSuffix, suffix3)
  keys[TypeKey.nextClass] = feature(T.nextClass, entry ? entry.lexical : BOUNDARY_HASH)
  keys[TypeKey.nextGuess] = feature(T.nextGuess, entry ? guess + 2 : 0)
  keys[TypeKey.capitalWord] = feature2(T.capitalWord, capital, hash)
  keys[TypeKey.capitalWord + 1] = feature2(T.capitalWord, capital | 2, hash)
  keys[TypeKey.finiteWord] = feature2(T.finiteWord, 0, hash)
  keys[TypeKey.finiteWord + 1] = feature2(T.finiteWord, 1, hash)
  keys[TypeKey.finiteSuffix] = feature2(T.finiteSuffix, 0, suffix3)
  keys[TypeKey.finiteSuffix + 1] = feature2(T.finiteSuffix, 1, suffix3)
  for (let later = 0; later < 4; later++) {
    keys[TypeKey.laterVerb + later] = feature2(T.laterVerb, later, hash)
  }
  return keys
}

/** Index of a key in `typeContextKeys`: one key, or two or four by clause/position/later value. */
export const TypeKey = {
  prev1: 0,
  next1: 1,
  prev2: 2,
  next2: 3,
  prevSuffix: 4,
  nextSuffix: 5,
  nextClass: 6,
  nextGuess: 7,
  /** + 0 inside the sentence, + 1 at its start */
  capitalWord: 8,
  /** + clause state */
  finiteWord: 10,
  /** + clause state */
  finiteSuffix: 12,
  /** + the verb kinds later in the sentence (0..3) */
  laterVerb: 14,
} as const

export const TYPE_KEYS = 18

/**
 * First mixing step of the two-value features whose first value is the word type's (see
 * `pairKey`): prevWord (the previous word), nextVerb (the next word), nextGuessWord (the next
 * word's guess).
 */
export function pairPrefixes(entry: WordEntry | undefined, guess: number): Uint32Array {
  const hash = entry ? entry.hash : BOUNDARY_HASH
  return Uint32Array.of(
    fmix(hash ^ Math.imul(T.prevWord, 0x9e3779b1)),
    fmix(hash ^ Math.imul(T.nextVerb, 0x9e3779b1)),
    fmix((entry ? guess + 2 : 0) ^ Math.imul(T.nextGuessWord, 0x9e3779b1)),
    fmix((entry ? guess + 2 : 0) ^ Math.imul(T.nextGuess2, 0x9e3779b1)),
  )
}

/** Index in `pairPrefixes`. */
export const PairPrefix = {prevWord: 0, nextVerb: 1, nextGuessWord: 2, nextGuess2: 3} as const

/** Second step of a two-value feature: `feature2(t, a, b)` is `pairKey(prefix of t and a, b)`. */
export function pairKey(prefix: number, b: number): number {
  return fmix((prefix ^ Math.imul(b, 0x85ebca6b)) >>> 0)
}

/** Prefixes of the features of the previous tag with the word (tag1Word) and its suffix (tag1Suffix). */
export function tagPrefixes(tag1: number): [word: number, suffix: number] {
  return [
    fmix((tag1 + 2) ^ Math.imul(T.tag1Word, 0x9e3779b1)),
    fmix((tag1 + 2) ^ Math.imul(T.tag1Suffix, 0x9e3779b1)),
  ]
}

/** Keys of the features of the two previous tags and the capital (context features 6–8, 13). */
export function tagPairKeys(tag1: number, tag2: number, capital: number): Uint32Array {
  return Uint32Array.of(
    feature(T.tag1, tag1 + 2),
    feature(T.tag2, tag2 + 2),
    feature2(T.tag12, tag1 + 2, tag2 + 2),
    feature(T.capital, capital),
  )
}
