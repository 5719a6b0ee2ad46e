import {readDataFile, readGeneratedFile} from '../data.js'
import {packArrays, StringTable, StringTableBuilder, unpackArrays} from './string-table.js'

export {readDataFile}

/** Word frequency knowledge: rank in a frequency list plus a municipal basic vocabulary. */
export interface Frequency {
  /** 1-based rank in the frequency list (1 = most frequent), or undefined when not listed. */
  rank(word: string): number | undefined
  /**
   * Whether many readers may not know the word: not among the `threshold` most frequent words,
   * not on the basic list, not an inflection of one, and not a compound of known parts.
   */
  isRare(word: string, threshold?: number): boolean
  /**
   * Parts of a compound made of known words (fietsenstalling → fiets, en, stalling); a part is
   * known within `threshold` (default DEFAULT_RARE_THRESHOLD), as for `isRare`.
   */
  compoundParts(word: string, threshold?: number): string[] | undefined
  /**
   * Whether the word itself is known: listed (frequency, basic or spoken list within the
   * threshold), or an inflection or derivation of a listed word; unlike `isRare`, a compound of
   * known parts the lists do not have ("heibekers", "veerruimers") does not count.
   */
  isKnownWhole(word: string, threshold?: number): boolean
}

/** Default rank threshold: words below this rank count as known. */
export const DEFAULT_RARE_THRESHOLD = 20_000
/**
 * The spoken list (subtitles) is one source where the written list interleaves two, and people
 * know far more words than they read often: a word is known when its spoken rank is within this
 * many times the threshold (2 × 25,000 = the whole 50,000-word list for moeilijk-woord).
 */
export const SPOKEN_FACTOR = 2

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** The word lists as read from the data files (trimmed, without blank and comment lines). */
export interface FrequencyLists {
  /** data/frequente-woorden.txt, most frequent first. */
  ranked: readonly string[]
  /** data/basiswoorden.txt. */
  basic: readonly string[]
  /** data/gesproken-woorden.txt, most frequent first. */
  spoken: readonly string[]
}

let lists: FrequencyLists | undefined

/**
 * The lists as strings, read and split once per process (for callers that go through them all;
 * the frequency knowledge and the spelling suggestions look words up in `loadRankedLists`).
 */
export function loadFrequencyLists(): FrequencyLists {
  lists ??= {
    ranked: lines(readDataFile('frequente-woorden.txt')),
    basic: loadBasicWords(),
    spoken: lines(readDataFile('gesproken-woorden.txt')),
  }
  return lists
}

let basicWords: readonly string[] | undefined

/** data/basiswoorden.txt (some 3,000 words), read once per process. */
export function loadBasicWords(): readonly string[] {
  basicWords ??= lines(readDataFile('basiswoorden.txt'))
  return basicWords
}

/** Looking up words of a ranked list (a `WordRanks`, or a Map of word to rank). */
export interface RankLookup {
  get(word: string): number | undefined
  has(word: string): boolean
  /** The listed words, in the order of the list (each once). */
  keys(): Iterable<string>
}

/**
 * A ranked list as word → 1-based rank of the word's first line, as a Map of it would answer,
 * kept in a `StringTable` (no string per word until one is asked for).
 */
export class WordRanks implements RankLookup {
  constructor(
    /** The distinct words, in the order of the list. */
    readonly words: StringTable,
    /** The rank of each word of `words`; empty when each is its index + 1 (no repeated words). */
    readonly ranks: Int32Array,
    /** Lines of the list, repeated words included. */
    readonly length: number,
  ) {}

  get(word: string): number | undefined {
    const index = this.words.indexOf(word)
    return index < 0 ? undefined : this.ranks.length === 0 ? index + 1 : this.ranks[index]
  }

  has(word: string): boolean {
    return this.words.indexOf(word) >= 0
  }

  keys(): Iterable<string> {
    return this.words
  }

  get size(): number {
    return this.words.size
  }
}

/** A ranked list's ranks (the first occurrence of a repeated word counts). */
export function wordRanks(list: readonly string[]): WordRanks {
  const words = new StringTableBuilder()
  const ranks: number[] = []
  list.forEach((word, index) => {
    if (words.add(word) === ranks.length) ranks.push(index + 1)
  })
  const identity = ranks.length === list.length
  return new WordRanks(
    words.finish(),
    identity ? new Int32Array(0) : Int32Array.from(ranks),
    list.length,
  )
}

/** The ranked lists, as the frequency knowledge and the spelling suggestions look them up. */
export interface RankedLists {
  /** data/frequente-woorden.txt. */
  ranked: WordRanks
  /** data/gesproken-woorden.txt. */
  spoken: WordRanks
}

/** The name of the generated file (see `DataSource.generated`): the ranked lists' tables. */
export const GENERATED_FREQUENCY_FILE = 'woordfrequenties.bin'
/** First bytes of the generated file: "DWF" and format version 1. */
const FREQUENCY_MAGIC = 0x31465744

/**
 * The ranked lists in the binary form of the generated file (`key`: the byte length of the data
 * files they are made from, so a file made from other lists is not used).
 */
export function serializeRankedLists(tables: RankedLists, key: number, prefix = 0): Uint8Array {
  return packArrays(
    FREQUENCY_MAGIC,
    key,
    [tables.ranked, tables.spoken].flatMap((list) => [
      list.words.chars,
      list.words.starts,
      list.words.slots,
      list.ranks,
      Int32Array.of(list.length),
    ]),
    prefix,
  )
}

/** The ranked lists from their binary form, or undefined when the bytes are not that (for `key`). */
export function rankedListsFromBinary(bytes: Uint8Array, key: number): RankedLists | undefined {
  const arrays = unpackArrays(bytes, FREQUENCY_MAGIC, key)
  if (arrays?.length !== 10) return undefined
  const list = (at: number): WordRanks | undefined => {
    const [chars, starts, slots, ranks, length] = arrays.slice(at, at + 5)
    if (!chars || chars instanceof Int32Array || !(starts instanceof Int32Array)) return undefined
    if (!slots || slots instanceof Uint8Array) return undefined
    if (!(ranks instanceof Int32Array && length instanceof Int32Array)) return undefined
    const words = StringTable.from(chars, starts, slots)
    if (!words || length.length !== 1) return undefined
    if (ranks.length !== words.size && !(ranks.length === 0 && words.size === length[0]))
      return undefined
    return new WordRanks(words, ranks, length[0]!)
  }
  const ranked = list(0)
  const spoken = list(5)
  return ranked && spoken ? {ranked, spoken} : undefined
}

/**
 * The ranked lists: from the build's generated file when the data source has one made from the
 * lists as they are now, else from the data files (the same tables, made at run time).
 */
export function readRankedLists(): RankedLists {
  const generated = readGeneratedFile(GENERATED_FREQUENCY_FILE)
  const stored = generated && rankedListsFromBinary(generated.bytes, generated.sourceLength)
  if (stored) return stored
  const {ranked, spoken} = loadFrequencyLists()
  return {ranked: wordRanks(ranked), spoken: wordRanks(spoken)}
}

let rankedLists: RankedLists | undefined

/** `readRankedLists` once per process. */
export function loadRankedLists(): RankedLists {
  rankedLists ??= readRankedLists()
  return rankedLists
}

let loaded: Frequency | undefined

/**
 * The words of the loaded frequency list (data/frequente-woorden.txt) with the 1-based place of
 * their first occurrence, the table `rank` reads (so the spelling suggestions need no second one),
 * and the list's length.
 */
export function loadRankedWords(): {ranks: WordRanks; length: number} {
  const {ranked} = loadRankedLists()
  return {ranks: ranked, length: ranked.length}
}

/** Load the lists once per process. */
export function loadFrequency(): Frequency {
  if (!loaded) {
    const {ranked, spoken} = loadRankedLists()
    loaded = frequencyOf(ranked, loadBasicWords(), spoken)
  }
  return loaded
}

/** Linking letters between compound parts, longest first: fiets-en-stalling, not fietsen-stalling. */
const LINKS = ['en', 'e', 's', '']
/** Never the first part of a compound: articles, pronouns, prefixes ("teneinde" is not ten + einde). */
export const NOT_A_LEFT_PART: ReadonlySet<string> = new Set([
  'ten',
  'ter',
  'der',
  'des',
  'het',
  'een',
  'die',
  'dat',
  'wat',
  'wie',
  'hoe',
  'als',
  'dan',
  'nog',
  'ook',
  'wel',
  'niet',
  'zijn',
  'haar',
  'hun',
  'ons',
  'uw',
  'mijn',
  'pro',
  'per',
  'ver',
  'ont',
  'her',
  'gene',
])
/** A compound part of three letters must be at least this frequent. */
const SHORT_HEAD_RANK = 5000
/** Never the last part of a compound: suffixes that look like words. */
const NOT_A_RIGHT_PART = new Set([
  'ling',
  'heid',
  'lijk',
  'baar',
  'ing',
  'atie',
  'isch',
  'isme',
  'erij',
  'ster',
  'tje',
  'pje',
  'tjes',
  'ene',
  'ere',
  'ers',
  'eren',
  'end',
  'ende',
  'aar',
  'ier',
  'eur',
  'ist',
  'ant',
  'ent',
])
/** Left compound parts that are not a word on their own: scheeps- (schip), kinder- (kind). */
const IRREGULAR_LEFT: ReadonlySet<string> = new Set(['scheeps', 'steden', 'kinder'])
/** Longer words are never split into parts (arbeidsongeschiktheidsverzekering has 33 letters). */
export const MAX_COMPOUND_LENGTH = 60
/** Word types whose rarity is kept per threshold (emptied when full). */
const RARE_MEMO_LIMIT = 50_000
/** `isRare` per word as written: not a word of letters (or too short), rare, not rare. */
const NOT_A_WORD = 0
const RARE = 1
const NOT_RARE = 2
type Verdict = typeof NOT_A_WORD | typeof RARE | typeof NOT_RARE

/** `compute()` once per key and threshold, in a memo emptied when full (memory stays bounded). */
function memoised(
  memos: Map<number, Map<string, Verdict>>,
  limit: number,
  key: string,
  compute: () => Verdict,
): Verdict {
  let memo = memos.get(limit)
  if (!memo) memos.set(limit, (memo = new Map()))
  let verdict = memo.get(key)
  if (verdict === undefined) {
    verdict = compute()
    if (memo.size >= RARE_MEMO_LIMIT) memo.clear()
    memo.set(key, verdict)
  }
  return verdict
}
const SUFFIXES = ['en', 's', 'e', 'te', 'ten', 'de', 'den', 't', 'er', 'ers', 'st', "'s"]

/**
 * Build a Frequency from a ranked (written) list, a basic vocabulary and a ranked spoken list
 * (exported for tests). `rank` is the written rank only: the tagger and the spelling rule were
 * tuned on it; knowing a word (`isRare`) uses all three.
 */
export function createFrequency(
  ranked: readonly string[],
  basic: readonly string[],
  spoken: readonly string[] = [],
): Frequency {
  return frequencyOf(wordRanks(ranked), basic, wordRanks(spoken))
}

/**
 * A hyphenated word with a rare part. A part before a hyphen may be the stem of a known verb:
 * "sproei-installatie" (sproeien; blind letters, set-aaa).
 */
function rareHyphenated(
  lower: string,
  isRare: (part: string) => boolean,
  known: (word: string) => boolean,
): boolean {
  const parts = lower.split('-')
  return parts.some(
    (part, i) =>
      part.length > 2 &&
      isRare(part) &&
      !(i < parts.length - 1 && part.length >= 4 && known(`${part}en`)),
  )
}
/**
 * Short parts only when they are common words themselves (pas, bak, dag, uur); not from the spoken
 * list: dwang + som is not a known word. A short left part may also be the stem of a known verb
 * with a doubled consonant: til-band (tillen), put-deksel (putten); blind letters, set-uuu:
 * 'tilbanden' became 'stilbanden'.
 */
function shortPartKnown(
  word: string,
  side: 'left' | 'right',
  basicSet: ReadonlySet<string>,
  ranks: RankLookup,
  knownExact: (word: string) => boolean,
): boolean {
  if (basicSet.has(word) || (ranks.get(word) ?? Infinity) <= SHORT_HEAD_RANK) return true
  return side === 'left' && /[^aeiou]$/.test(word) && knownExact(`${word}${word.at(-1)}en`)
}

/**
 * A stem of a known verb whose infinitive is the stem + en (inzamel: inzamelen), also one that
 * loses a vowel or doubles its consonant in the infinitive (inhaal: inhalen, instel: instellen;
 * blind letters, set-xxx: 'inhaalverbod').
 */
function isVerbStem(stem: string, knownExact: (word: string) => boolean): boolean {
  if (stem.length < 4 || !/[^aeiou]$/.test(stem)) return false
  if (knownExact(`${stem}en`)) return true
  if (/([aeou])\1[^aeiou]$/.test(stem))
    return knownExact(`${stem.replace(/([aeou])\1([^aeiou])$/, '$1$2')}en`)
  return /[^aeiou][aeiou][^aeiouwj]$/.test(stem) && knownExact(`${stem}${stem.at(-1)}en`)
}

/**
 * The right part after a verb stem is a bare noun: not an infinitive or plural (afkop-pelen is
 * afkoppelen), an inflected adjective (heug-lijke is heuglijke) or an abstract noun; a plural of a
 * known noun of five letters or more is one too: instel-waarden (waarde), woeker-planten (plant);
 * blind letters, set-xxx.
 */
function bareNounPart(right: string, knownExact: (word: string) => boolean): boolean {
  const plural =
    right.endsWith('en') &&
    [right.slice(0, -1), right.slice(0, -2)].some((s) => s.length >= 5 && knownExact(s))
  if (plural) return !/^.?ing(?:en)?$|(?:ing|heid|tie|teit|isme)(?:en|s)?$/.test(right)
  return !/^.?ing(?:en)?$|e$|en$|(?:ing|heid|tie|teit|isme)$/.test(right)
}

/** `createFrequency` over the ranks of the lists. */
function frequencyOf(
  ranks: RankLookup,
  basic: readonly string[],
  spokenRanks: RankLookup,
): Frequency {
  const basicSet = new Set(basic.map((w) => w.toLowerCase()))
  const compoundCache = new Map<string, string[] | null>()
  let threshold = DEFAULT_RARE_THRESHOLD

  const {knownExact, knownForm} = listedWords(ranks, spokenRanks, basicSet, () => threshold)

  const isPart = (word: string, side: 'left' | 'right'): boolean => {
    if (word.length < 3 || (side === 'left' ? NOT_A_LEFT_PART : NOT_A_RIGHT_PART).has(word))
      return false
    if (word.length < 4 && !shortPartKnown(word, side, basicSet, ranks, knownExact)) return false
    // Left forms that are no word on their own: scheeps- (schip), steden- (stad).
    if (side === 'left' && IRREGULAR_LEFT.has(word)) return true
    // Short parts from the spoken list need the written threshold (ergo-, korf-): less frequent
    // ones are often tokenizer debris (te + inde).
    return knownForm(word, word.length >= 5 ? SPOKEN_FACTOR : 1)
  }

  const verbStem = (stem: string) => isVerbStem(stem, knownExact)

  /**
   * Split a word into known parts. Every sub-result is memoised for the duration of one word, so
   * the work is polynomial in the word's length (about n² substrings × n cut points), and words
   * longer than MAX_COMPOUND_LENGTH are not split at all: no Dutch compound in real letters is that
   * long, and without the cap a 1,000-letter "word" took minutes (issue #19).
   */
  const splitWord = (whole: string): string[] | null => {
    const partMemo = new Map<string, boolean>()
    const splitMemo = new Map<string, string[] | null>()
    const part = (word: string, side: 'left' | 'right'): boolean => {
      const key = side === 'left' ? `<${word}` : `>${word}`
      let known = partMemo.get(key)
      if (known === undefined) {
        known = isPart(word, side)
        partMemo.set(key, known)
      }
      return known
    }
    /** Left part with or without a linking s, e or en: fiets-en-stalling, bestemming-s-plan. */
    const leftPart = (left: string): string[] | null => {
      for (const link of LINKS) {
        if (!left.endsWith(link)) continue
        // A known word ending in e or s is one part (gemeente-belasting, reis-kosten); -en is a
        // plural link even when the plural is listed (fiets-en-stalling).
        if ((link === 'e' || link === 's') && knownExact(left)) continue
        const stem = left.slice(0, left.length - link.length)
        if (part(stem, 'left')) return link ? [stem, link] : [stem]
      }
      return null
    }
    const split = (word: string, depth: number): string[] | null => {
      if (depth > 2 || word.length < 7) return null
      const key = `${depth}:${word}`
      const cached = splitMemo.get(key)
      if (cached !== undefined) return cached
      let result: string[] | null = null
      // Two known words first (mantel + zorg), so a short head does not force a split of the rest
      // into smaller words (man + tel + zorg). Shortest head first: fietsen + stalling.
      for (let i = 3; i <= word.length - 3 && !result; i++) {
        if (!part(word.slice(i), 'right')) continue
        const left = leftPart(word.slice(0, i))
        if (left) result = [...left, word.slice(i)]
      }
      for (let i = 3; i <= word.length - 3 && !result; i++) {
        const right = word.slice(i)
        const rightParts = part(right, 'right') ? [right] : split(right, depth + 1)
        if (!rightParts) continue
        const left = word.slice(0, i)
        for (const link of LINKS) {
          if (!left.endsWith(link)) continue
          const stem = left.slice(0, left.length - link.length)
          const leftParts = part(stem, 'left') ? [stem] : split(stem, depth + 1)
          if (leftParts) {
            result = [...leftParts, ...(link ? [link] : []), ...rightParts]
            break
          }
        }
      }
      // The stem of a known verb before a known noun: inzamel-punt, inwerk-programma,
      // knutsel-middag (blind letters, sets kk-vv). Not where the right part is the end of an -ing noun of the
      // verb: verleg-ging, opwek-king are verlegging and opwekking, no compounds.
      for (let i = 4; depth === 0 && i <= word.length - 4 && !result; i++) {
        const right = word.slice(i)
        // The right part a bare noun ('inzamelvoorziening' stays hard: editors right both times).
        if (!bareNounPart(right, knownExact) || !part(right, 'right')) continue
        if (verbStem(word.slice(0, i))) result = [word.slice(0, i), right]
      }
      splitMemo.set(key, result)
      return result
    }
    return whole.length > MAX_COMPOUND_LENGTH ? null : split(whole, 0)
  }

  // Every entry point sets `threshold` before it asks the lists (compoundParts, isKnownWhole and
  // isRare's computation): an answer never depends on which threshold an earlier caller used.
  const compoundParts = (word: string, limit = DEFAULT_RARE_THRESHOLD): string[] | undefined => {
    const lower = word.toLowerCase()
    threshold = limit
    const key = `${limit}:${lower}`
    let parts = compoundCache.get(key)
    if (parts === undefined) {
      parts = splitWord(lower)
      if (compoundCache.size > 50_000) compoundCache.clear()
      compoundCache.set(key, parts)
    }
    return parts ?? undefined
  }

  const knownWhole = (lower: string) => knownForm(lower) || knownDerived(lower, knownExact)
  const rareMemo = new Map<number, Map<string, Verdict>>()
  const writtenMemo = new Map<number, Map<string, Verdict>>()
  /** `isRare` of a lower-case word of letters, with `threshold` set to `limit`. */
  const rareOf = (lower: string, limit: number): boolean => {
    if (knownWhole(lower)) return false
    if (lower.includes('-'))
      return rareHyphenated(lower, (part) => frequency.isRare(part, limit), knownExact)
    return compoundParts(lower, limit) === undefined
  }

  const frequency: Frequency = {
    rank: (word) => ranks.get(word.toLowerCase()),
    compoundParts,
    isKnownWhole: (word, limit = DEFAULT_RARE_THRESHOLD) => (
      (threshold = limit),
      knownWhole(word.toLowerCase())
    ),
    isRare(word, limit = DEFAULT_RARE_THRESHOLD) {
      // The verdict per word as written, so a repeated word costs one lookup (no lower-casing);
      // per lower-case word type (rules and metrics ask for every occurrence).
      const verdict =
        writtenMemo.get(limit)?.get(word) ??
        memoised(writtenMemo, limit, word, () => {
          const lower = word.toLowerCase()
          // Short words (u, je, of) are function words, whatever their rank in subtitles.
          if (lower.length <= 2 || !/^\p{L}[\p{L}'’-]*$/u.test(lower)) return NOT_A_WORD
          threshold = limit
          return memoised(rareMemo, limit, lower, () => (rareOf(lower, limit) ? RARE : NOT_RARE))
        })
      return verdict === RARE
    },
  }
  return frequency
}

/** What the lists know, at the threshold `threshold()` returns at the time of asking. */
function listedWords(
  ranks: RankLookup,
  spokenRanks: RankLookup,
  basicSet: ReadonlySet<string>,
  threshold: () => number,
) {
  /** Listed: basic, written within the threshold, or spoken within `spoken` × the threshold. */
  const knownExactIn = (word: string, spoken = SPOKEN_FACTOR): boolean => {
    if (basicSet.has(word)) return true
    const rank = ranks.get(word)
    if (rank !== undefined && rank <= threshold()) return true
    const spokenRank = spokenRanks.get(word)
    return spokenRank !== undefined && spokenRank <= threshold() * spoken
  }
  return {
    knownExact: (word: string): boolean => knownExactIn(word),
    /** The word or a simple inflection of it is known. */
    knownForm: (word: string, spoken = SPOKEN_FACTOR): boolean => {
      const knownExact = (w: string) => knownExactIn(w, spoken)
      return knownExact(word) || inflectionOfKnown(word, knownExact)
    },
  }
}

/** The word is a simple inflection or a participle of a word `knownExact` knows. */
function inflectionOfKnown(word: string, knownExact: (word: string) => boolean): boolean {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue
    const stem = word.slice(0, -suffix.length)
    if (
      knownExact(stem) ||
      knownExact(`${stem}en`) ||
      knownExact(undouble(stem)) ||
      knownExact(`${undouble(stem)}en`)
    )
      return true
  }
  // Present participles (wuivend → wuiven) and nouns made of them (oplettendheid → opletten).
  const present = /^(.{3,}?)(?:end|ende|endheid|endheden)$/.exec(word)?.[1]
  if (present && (knownExact(`${present}en`) || knownExact(`${undouble(present)}en`))) return true
  // Past participles, also of separable verbs: gemaakt → maken, opgevraagd → (op)vragen.
  const participle = PARTICIPLE.exec(word)
  if (participle) {
    const [, particle = '', stem = ''] = participle
    for (const candidate of verbForms(stem)) {
      if (knownExact(candidate) || (particle && knownExact(particle + candidate))) return true
    }
  }
  return false
}

/**
 * Adjectives made of a known word: gelig, groenachtig (geel, groen), ritmisch (ritme), and nouns
 * of a known adjective: zichtbaarheid. Only for a whole word, never for a compound part: twee +
 * ledig is not twee + leed + ig.
 */
function knownDerived(word: string, knownExact: (word: string) => boolean): boolean {
  const adjective = /^(.{3,}?)(?:achtig|achtige|ig|ige)$/.exec(word)?.[1]
  if (adjective && (knownExact(adjective) || knownExact(lengthen(adjective)))) return true
  const isch = /^(.{3,}?)(?:isch|ische)$/.exec(word)?.[1]
  if (isch !== undefined && knownExact(`${isch}e`)) return true
  // A noun of a known adjective: zichtbaarheid (zichtbaar), juistheid (juist), eerlijkheid.
  const heid = /^(.{4,}?)(?:heid|heden)$/.exec(word)?.[1]
  return heid !== undefined && knownExact(heid)
}

const PARTICIPLE =
  /^(op|aan|af|in|uit|toe|mee|door|over|terug|weg|bij|na|voor|vast|samen|tegen|langs|neer|rond|vrij)?ge(.{2,}?)[dt]$/

/** Infinitives a participle stem may come from: vraag → vragen, leef → leven, stap → stappen. */
function verbForms(stem: string): string[] {
  const forms = [stem, `${stem}en`]
  const single = stem.replace(
    /(aa|ee|oo|uu)([^aeiou])$/,
    (_, vowel: string, consonant: string) => vowel[0] + consonant,
  )
  const voiced = single.replace(/f$/, 'v').replace(/s$/, 'z')
  forms.push(`${single}en`, `${voiced}en`, `${stem}${stem.at(-1)}en`)
  return forms
}

/** "gel" → "geel" (gelig), "rod" → "rood": the long vowel an open syllable spelled single. */
function lengthen(stem: string): string {
  return stem.replace(/([^aeiou])([aeou])([^aeiou])$/, '$1$2$2$3')
}

/** "stapp" → "stap" (stappen), "legg" → "leg": undo consonant doubling before -en. */
function undouble(stem: string): string {
  return /([bcdfgklmnprstvz])\1$/.test(stem) ? stem.slice(0, -1) : stem
}
