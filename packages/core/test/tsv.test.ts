import {describe, expect, it} from 'vitest'
import {readTsv} from '../src/nlp/tsv.js'

const columns = ['afkorting', 'voluit', 'soort', 'uitleg'] as const

describe('readTsv', () => {
  it('reads rows by column name after the header, skipping comments and blank lines', () => {
    const text =
      '# Bron: eigen werk\n\nafkorting\tvoluit\tsoort\tuitleg\nbijv.\tbijvoorbeeld\tpunt\n'
    expect(readTsv(text, {source: 'a.tsv', columns, required: 3})).toEqual([
      {
        line: 4,
        where: 'a.tsv, regel 4',
        cells: {afkorting: 'bijv.', voluit: 'bijvoorbeeld', soort: 'punt', uitleg: ''},
      },
    ])
  })

  it('refuses a header with wrong or missing columns, naming file and line', () => {
    expect(() =>
      readTsv('# x\nafkorting\tvolledig\tsoort\n', {source: 'a.tsv', columns, required: 3}),
    ).toThrow(
      'a.tsv, regel 2: kopregel "afkorting, volledig, soort" klopt niet; verwacht: afkorting, voluit, soort, uitleg (de eerste 3 verplicht)',
    )
    expect(() => readTsv('afkorting\tvoluit\n', {source: 'a.tsv', columns, required: 3})).toThrow(
      /regel 1: kopregel "afkorting, voluit" klopt niet/,
    )
    expect(() => readTsv('# alleen commentaar\n', {source: 'a.tsv', columns, required: 3})).toThrow(
      'a.tsv: de kopregel (afkorting, voluit, soort, uitleg) ontbreekt',
    )
  })

  it('refuses a row with more cells than the header names', () => {
    const text = 'afkorting\tvoluit\tsoort\nbijv.\tbijvoorbeeld\tpunt\tte veel\n'
    expect(() => readTsv(text, {source: 'a.tsv', columns, required: 3})).toThrow(
      'a.tsv, regel 2: 4 kolommen, de lijst heeft er 3',
    )
  })

  it('with an optional header, reads a list without one from its first line', () => {
    const rows = readTsv('# eigen lijst\nbijv.\tbijvoorbeeld\n', {
      source: 'eigen.tsv',
      columns,
      required: 3,
      header: 'optional',
    })
    expect(rows.map((row) => [row.line, row.cells.afkorting, row.cells.voluit])).toEqual([
      [2, 'bijv.', 'bijvoorbeeld'],
    ])
  })
})
