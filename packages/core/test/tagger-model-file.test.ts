import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {encodeWeights, parseModel, type WeightTable} from '../src/nlp/tagger/model.js'

// A small table with an odd number of cells, so the byte layout is not accidentally aligned.
const table: WeightTable = {
  keys: Uint32Array.from([7, 4_000_000_000, 12345]),
  rows: Uint32Array.from([0, 2, 2, 5]),
  labels: Uint8Array.from([0, 1, 1, 0, 1]),
  weights: Int16Array.from([-32768, 32767, 0, -1, 300]),
  scale: 0.25,
}
const text = ['# a model of two labels', 'L\tNOUN\tN|soort\tNumber=Sing', 'L\tVERB\tWW|pv\t_']
  .concat([`W\t0.25\t${encodeWeights(table)}`, `U\t0.5\t${encodeWeights(table)}`])
  .join('\n')

const plain = (t: WeightTable) => ({
  keys: [...t.keys],
  rows: [...t.rows],
  labels: [...t.labels],
  weights: [...t.weights],
  scale: t.scale,
})

describe('tagger model file', () => {
  it('reads the weight tables back as they were written, with Node’s decoder', () => {
    const model = parseModel(text)
    expect(plain(model.weights)).toEqual(plain(table))
    expect(plain(model.words)).toEqual({...plain(table), scale: 0.5})
    expect(model.labels.map((l) => l.upos)).toEqual(['NOUN', 'VERB'])
  })

  it('reads the same tables without Node’s Buffer (as in a browser)', () => {
    const saved = globalThis.Buffer
    try {
      // @ts-expect-error: gone for this call only
      delete globalThis.Buffer
      const model = parseModel(text)
      expect(plain(model.weights)).toEqual(plain(table))
      expect(plain(model.words)).toEqual({...plain(table), scale: 0.5})
    } finally {
      globalThis.Buffer = saved
    }
  })

  it('gives the same weights for the shipped model either way', () => {
    const shipped = readFileSync(new URL('../src/data/tagger-model.txt', import.meta.url), 'utf8')
    const fast = parseModel(shipped)
    const saved = globalThis.Buffer
    let slow
    try {
      // @ts-expect-error: gone for this call only
      delete globalThis.Buffer
      slow = parseModel(shipped)
    } finally {
      globalThis.Buffer = saved
    }
    for (const key of ['weights', 'words'] as const) {
      expect(fast[key].rows).toEqual(slow[key].rows)
      expect(fast[key].labels).toEqual(slow[key].labels)
      expect(fast[key].weights).toEqual(slow[key].weights)
      expect(fast[key].keys).toEqual(slow[key].keys)
    }
  })
})
