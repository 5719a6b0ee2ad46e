import {describe, expect, it} from 'vitest'
import {
  packArrays,
  StringTable,
  StringTableBuilder,
  stringList,
  stringTable,
  unpackArrays,
} from '../src/nlp/string-table.js'

const WORDS = ['huis', 'gemeente', '', 'één', 'Huis', 'ŉ', 'café', 'x', 'huizen', 'huis', 'é']

describe('StringTable', () => {
  it('finds exactly the strings added, at the index of their first addition', () => {
    const table = stringTable(WORDS)
    const first = new Map<string, number>()
    for (const word of WORDS) if (!first.has(word)) first.set(word, first.size)
    expect(table.size).toBe(first.size)
    for (const [word, index] of first) expect([word, table.indexOf(word)]).toEqual([word, index])
    for (const word of ['hui', 'huiss', 'HUIS', 'een', 'cafe', 'ŉŉ', ' huis']) {
      expect([word, table.indexOf(word), table.has(word)]).toEqual([word, -1, false])
    }
    expect([...table]).toEqual([...first.keys()])
    expect(table.at(first.get('één')!)).toBe('één')
  })

  it('keeps code units in one byte where it can, in two where it must', () => {
    expect(stringTable(['huis', 'één']).chars).toBeInstanceOf(Uint8Array)
    expect(stringTable(['huis', 'ŉ']).chars).toBeInstanceOf(Uint16Array)
  })

  it('keeps its slots in two bytes while the indices fit, in four beyond', () => {
    expect(stringTable(['a', 'b']).slots).toBeInstanceOf(Uint16Array)
    const many = Array.from({length: 70_000}, (_, i) => i.toString(36))
    const table = stringTable(many)
    expect(table.slots).toBeInstanceOf(Int32Array)
    expect(many.filter((word, i) => table.indexOf(word) !== i)).toEqual([])
    expect(table.indexOf('zzzzzz')).toBe(-1)
  })

  it('grows as strings are added, and answers as a Set of them', () => {
    const builder = new StringTableBuilder()
    const words = Array.from({length: 5000}, (_, i) => `w${(i * 7919) % 3001}${i % 3 ? 'é' : ''}`)
    for (const word of words) builder.add(word)
    const table = builder.finish()
    const set = new Set(words)
    expect(table.size).toBe(set.size)
    expect([...table]).toEqual([...set])
    for (const word of [...set, 'w', 'w3002', 'w1é1']) expect(table.has(word)).toBe(set.has(word))
  })

  it('makes a long string from its code units', () => {
    const long = 'ab'.repeat(5000) + 'ŉ'
    expect(stringList([long, '', 'c']).at(0)).toBe(long)
    expect([...stringList(['a', 'a', ''])]).toEqual(['a', 'a', ''])
  })

  it('refuses stored arrays that do not make a table', () => {
    const {chars, starts, slots} = stringTable(['a', 'bc'])
    expect(StringTable.from(chars, starts, slots)?.has('bc')).toBe(true)
    expect(StringTable.from(chars, starts, slots.subarray(0, 3))).toBeUndefined()
    expect(StringTable.from(chars.subarray(1), starts, slots)).toBeUndefined()
    // A damaged table without an empty slot ends its search.
    expect(new StringTable(chars, starts, new Int32Array([1, 2, 1, 2])).has('zz')).toBe(false)
  })
})

describe('packArrays', () => {
  const arrays = [
    Int32Array.of(1, -2, 3),
    Uint16Array.of(7, 65535, 9),
    Uint8Array.of(1, 2, 3, 4, 5),
    new Int32Array(0),
  ]

  it.each([0, 1, 2, 3, 65])('reads back what it wrote after a prefix of %i bytes', (prefix) => {
    const packed = packArrays(0x12345678, 99, arrays, prefix)
    // As read from a file: the prefix, then the packed bytes.
    const file = new Uint8Array(prefix + packed.byteLength)
    file.set(packed, prefix)
    const bytes = file.subarray(prefix)
    const read = unpackArrays(bytes, 0x12345678, 99)!
    expect(read.map((a) => [a.constructor.name, [...a]])).toEqual(
      arrays.map((a) => [a.constructor.name, [...a]]),
    )
    // Used where they are, without a copy, when aligned as written.
    expect(read[0]!.buffer).toBe(file.buffer)
  })

  it('copies arrays that are not aligned as written', () => {
    const packed = packArrays(1, 2, arrays, 0)
    const file = new Uint8Array(packed.byteLength + 1)
    file.set(packed, 1)
    const read = unpackArrays(file.subarray(1), 1, 2)!
    expect([...read[1]!]).toEqual([7, 65535, 9])
    expect(read[0]!.buffer).not.toBe(file.buffer)
  })

  it('refuses another magic number, another key and damaged bytes', () => {
    const packed = packArrays(1, 2, arrays)
    expect(unpackArrays(packed, 3, 2)).toBeUndefined()
    expect(unpackArrays(packed, 1, 3)).toBeUndefined()
    expect(unpackArrays(packed.subarray(0, packed.byteLength - 4), 1, 2)).toBeUndefined()
    expect(unpackArrays(packed.subarray(0, 8), 1, 2)).toBeUndefined()
    const badType = packed.slice()
    badType[16] = 9
    expect(unpackArrays(badType, 1, 2)).toBeUndefined()
  })
})
