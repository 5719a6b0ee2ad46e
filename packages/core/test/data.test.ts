import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseJargonTsv} from '../src/nlp/jargon.js'

const data = (name: string) => readFileSync(new URL(`../src/data/${name}`, import.meta.url), 'utf8')

describe('data files', () => {
  it.each([
    'ambtelijke-taal.tsv',
    'frequente-woorden.txt',
    'basiswoorden.txt',
    'gemeenten.txt',
    'afkortingen.tsv',
    'vage-termijnen.tsv',
    'naamwoordstijl.tsv',
    'dubbele-ontkenningen.tsv',
  ])('%s names its source and licence', (name) => {
    const header = data(name)
      .split('\n')
      .filter((line) => line.startsWith('#'))
      .join('\n')
    expect(header).toMatch(/Bron: /)
    expect(header).toMatch(/Licentie: /)
  })

  describe('ambtelijke-taal.tsv', () => {
    const text = data('ambtelijke-taal.tsv')
    const entries = parseJargonTsv(text)
    const rows = text.split('\n').filter((line) => line && !line.startsWith('#'))

    it('has at least 500 entries with six columns', () => {
      expect(entries.length).toBeGreaterThanOrEqual(500)
      for (const row of rows) expect([row, row.split('\t').length]).toEqual([row, 6])
    })

    it('has unique lower-case terms, alternatives and an explanation for every entry', () => {
      const terms = entries.map((e) => e.term)
      expect(new Set(terms).size).toBe(terms.length)
      for (const entry of entries) {
        expect([entry.term, entry.alternatives.length > 0, entry.explanation.length > 0]).toEqual([
          entry.term,
          true,
          true,
        ])
      }
    })

    it('offers safe fixes only for one-to-one swaps', () => {
      for (const entry of entries.filter((e) => e.fix === 'safe')) {
        expect([
          entry.term,
          entry.alternatives[0]!.includes('…'),
          [entry.term, ...entry.forms].some((f) => f.includes('...')),
        ]).toEqual([entry.term, false, false])
      }
    })

    it('covers every category', () => {
      expect(new Set(entries.map((e) => e.category))).toEqual(
        new Set(['ouderwets', 'formeel', 'vaktaal', 'leenwoord', 'omslachtig', 'dubbelop']),
      )
    })

    it('reports format errors by line', () => {
      expect(() => parseJargonTsv('middels\t\tvia\tformeel\tmisschien\tx')).toThrow(
        'ambtelijke-taal.tsv, regel 1: fix moet "safe" of "suggestion" zijn',
      )
      expect(() => parseJargonTsv('# kop\nmiddels\t\tvia\tdeftig\tsafe\tx', 'eigen.tsv')).toThrow(
        'eigen.tsv, regel 2: onbekende categorie "deftig"',
      )
    })
  })
})
