/**
 * Large word lists without a JavaScript string per word. The words are kept as UTF-16 code units
 * in one typed array, with an open-addressing hash table of their indices; a lookup hashes and
 * compares the code units of the word asked about, and a word's string is made only when a caller
 * asks for it (`at`, iteration). Building a Map of the 70,000 lines of the frequency lists cost
 * some 60 ms and a good share of the garbage collector's work at every start-up; the build writes
 * these tables into a generated file (`packArrays`) that loads in well under a millisecond.
 */

/** Code units of strings: one byte each where all are below 256. */
export type Chars = Uint8Array | Uint16Array
/** A hash table's slots: two bytes each while the indices fit. */
export type Slots = Int32Array | Uint16Array

/** FNV-1a over the UTF-16 code units of `s`. */
function hashOf(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** FNV-1a over code units `from` to `to` of `chars` (the same value as `hashOf` of that word). */
function hashOfChars(chars: Chars, from: number, to: number): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) h = Math.imul(h ^ chars[i]!, 0x01000193)
  return h >>> 0
}

/** The string of code units `from` to `to` (in chunks: `fromCharCode` takes its arguments on the stack). */
function stringOf(chars: Chars, from: number, to: number): string {
  const units = (at: number, end: number) =>
    String.fromCharCode.apply(null, chars.subarray(at, end) as unknown as number[])
  if (to - from <= 4096) return units(from, to)
  let s = ''
  for (let i = from; i < to; i += 4096) s += units(i, Math.min(i + 4096, to))
  return s
}

/** Index of `word` in a table's arrays (see `StringTable`), -1 when it is not there. */
function lookup(chars: Chars, starts: Int32Array, slots: Slots, word: string): number {
  const mask = slots.length - 1
  const length = word.length
  let s = hashOf(word) & mask
  // At most once round the table (only a damaged one has no empty slot).
  for (let probes = 0; probes <= mask; probes++) {
    const entry = slots[s]!
    if (entry === 0) return -1
    const from = starts[entry - 1]!
    if (starts[entry]! - from === length) {
      let i = 0
      while (i < length && chars[from + i] === word.charCodeAt(i)) i++
      if (i === length) return entry - 1
    }
    s = (s + 1) & mask
  }
  return -1
}

/** Strings 0 … size - 1, stored as code units: string i is chars[starts[i]] up to chars[starts[i + 1]]. */
export class StringList {
  constructor(
    readonly chars: Chars,
    readonly starts: Int32Array,
  ) {}

  get size(): number {
    return this.starts.length - 1
  }

  /** String `index` (made anew at each call). */
  at(index: number): string {
    return stringOf(this.chars, this.starts[index]!, this.starts[index + 1]!)
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.at(i)
  }
}

/** A list of distinct strings with a hash table from string to index. */
export class StringTable extends StringList {
  /** Open-addressing table (a power of two long): index + 1 of the string hashed there, 0 = empty. */
  readonly slots: Slots

  constructor(chars: Chars, starts: Int32Array, slots: Slots) {
    super(chars, starts)
    this.slots = slots
  }

  /** Index of `word`, -1 when the table does not have it. */
  indexOf(word: string): number {
    return lookup(this.chars, this.starts, this.slots, word)
  }

  has(word: string): boolean {
    return this.indexOf(word) >= 0
  }

  /** A table from its stored arrays, or undefined when they do not make one. */
  static from(chars: Chars, starts: Int32Array, slots: Slots): StringTable | undefined {
    // A power of two, with room for more than all strings (a lookup stops at an empty slot).
    const size = slots.length
    if (size === 0 || (size & (size - 1)) !== 0 || starts.length < 1 || size < starts.length)
      return undefined
    if (starts[0] !== 0 || starts[starts.length - 1] !== chars.length) return undefined
    return new StringTable(chars, starts, slots)
  }
}

/** Collects distinct strings in the order first added, for a `StringTable`. */
export class StringTableBuilder {
  private chars = new Uint16Array(1024)
  private starts = new Int32Array(256)
  private slots = new Int32Array(256)
  private count = 0
  private length = 0

  get size(): number {
    return this.count
  }

  /** The index of `word`: the one it has, or the next when it is new. */
  add(word: string): number {
    const found = this.find(word)
    if (found >= 0) return found
    if ((this.count + 1) * 4 > this.slots.length * 3) this.grow()
    const index = this.count++
    if (this.starts.length < this.count + 1)
      this.starts = copied(this.starts, this.starts.length * 2)
    while (this.chars.length < this.length + word.length)
      this.chars = copied(this.chars, this.chars.length * 2)
    for (let i = 0; i < word.length; i++) this.chars[this.length + i] = word.charCodeAt(i)
    this.starts[index] = this.length
    this.length += word.length
    this.starts[index + 1] = this.length
    this.place(hashOf(word), index)
    return index
  }

  /** Index of `word` if added, else -1. */
  find(word: string): number {
    return lookup(this.chars, this.starts, this.slots, word)
  }

  /** The table of the strings added, in the smallest table at most three quarters full. */
  finish(): StringTable {
    let size = 4
    while (size * 3 < this.count * 4) size <<= 1
    const chars = narrowed(this.chars.subarray(0, this.length))
    const starts = this.starts.slice(0, this.count + 1)
    this.slots = new Int32Array(size)
    for (let i = 0; i < this.count; i++)
      this.place(hashOfChars(chars, starts[i]!, starts[i + 1]!), i)
    // Index + 1 of every string fits in two bytes in all but very large tables.
    const slots = this.count < 0xffff ? Uint16Array.from(this.slots) : this.slots
    return new StringTable(chars, starts, slots)
  }

  private place(hash: number, index: number): void {
    const mask = this.slots.length - 1
    let s = hash & mask
    while (this.slots[s] !== 0) s = (s + 1) & mask
    this.slots[s] = index + 1
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2)
    for (let i = 0; i < this.count; i++)
      this.place(hashOfChars(this.chars, this.starts[i]!, this.starts[i + 1]!), i)
  }
}

/** A copy of code units, one byte each when they are all below 256. */
function narrowed(units: Uint16Array): Chars {
  let max = 0
  for (const unit of units) max |= unit
  return max < 256 ? Uint8Array.from(units) : units.slice()
}

function copied<T extends Uint16Array | Int32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length)
  bigger.set(array)
  return bigger
}

/** A list of strings (not necessarily distinct) as a `StringList`. */
export function stringList(strings: Iterable<string>): StringList {
  const starts: number[] = [0]
  let text = ''
  for (const s of strings) {
    text += s
    starts.push(text.length)
  }
  const chars = new Uint16Array(text.length)
  for (let i = 0; i < text.length; i++) chars[i] = text.charCodeAt(i)
  return new StringList(narrowed(chars), Int32Array.from(starts))
}

/** A `StringTable` of distinct strings, in the order given (a repeated string keeps its first index). */
export function stringTable(strings: Iterable<string>): StringTable {
  const builder = new StringTableBuilder()
  for (const s of strings) builder.add(s)
  return builder.finish()
}

export type StoredArray = Int32Array | Uint16Array | Uint8Array
/** Element type codes of stored arrays and their widths in bytes. */
const TYPES = [Int32Array, Uint16Array, Uint8Array] as const

/**
 * Typed arrays in one binary file (the build's generated files, see `DataSource.generated`): a
 * header of 32-bit words (magic, `key`, number of arrays, offset of the first array, then each
 * array's type and length), then each array, padded to four bytes. `key` says what the arrays were
 * made from (such as the byte length of the data files), so a file made from other data is
 * refused. `prefix` is the number of bytes the file has before these (a hash line): the header is
 * padded so that the arrays start at a multiple of four in the file, and can be used where they
 * were read, without a copy. Little-endian, as every platform Node runs on.
 */
export function packArrays(
  magic: number,
  key: number,
  arrays: readonly StoredArray[],
  prefix = 0,
): Uint8Array {
  let start = (4 + arrays.length * 2) * 4
  start += (4 - ((prefix + start) % 4)) % 4
  const header = new DataView(new ArrayBuffer(start))
  ;[magic, key >>> 0, arrays.length, start].forEach((word, i) =>
    header.setUint32(i * 4, word, true),
  )
  let bytes = start
  arrays.forEach((array, i) => {
    const type = TYPES.findIndex((kind) => array instanceof kind)
    header.setUint32(16 + i * 8, type, true)
    header.setUint32(20 + i * 8, array.length, true)
    bytes += (array.byteLength + 3) & ~3
  })
  const out = new Uint8Array(bytes)
  out.set(new Uint8Array(header.buffer), 0)
  let offset = start
  for (const array of arrays) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset)
    offset += (array.byteLength + 3) & ~3
  }
  return out
}

/**
 * The arrays of `packArrays`, or undefined when the bytes are not such a file with this magic
 * number and key (the caller then reads the data files). The arrays are views of `bytes` where
 * they are aligned as written, else of an aligned copy.
 */
export function unpackArrays(
  bytes: Uint8Array,
  magic: number,
  key: number,
): StoredArray[] | undefined {
  if (bytes.byteLength < 16) return undefined
  const header = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const word = (at: number) => header.getUint32(at, true)
  const count = word(8)
  const start = word(12)
  if (word(0) !== magic || word(4) !== key >>> 0 || start < 16 + count * 8) return undefined
  if (start > bytes.byteLength) return undefined
  let buffer: ArrayBufferLike = bytes.buffer
  let base = bytes.byteOffset
  if ((base + start) % 4 !== 0) {
    // Not where the writer meant it to be (a Buffer from fs may be a view at any offset of a
    // shared one): copy it to where the arrays are aligned.
    const pad = (4 - (start % 4)) % 4
    const copy = new Uint8Array(bytes.byteLength + pad)
    copy.set(bytes, pad)
    buffer = copy.buffer
    base = pad
  }
  const arrays: StoredArray[] = []
  let offset = start
  for (let i = 0; i < count; i++) {
    const Type = TYPES[word(16 + i * 8)]
    const length = word(20 + i * 8)
    if (!Type || offset + length * Type.BYTES_PER_ELEMENT > bytes.byteLength) return undefined
    arrays.push(new Type(buffer as ArrayBuffer, base + offset, length))
    offset += (length * Type.BYTES_PER_ELEMENT + 3) & ~3
  }
  return offset === bytes.byteLength ? arrays : undefined
}
