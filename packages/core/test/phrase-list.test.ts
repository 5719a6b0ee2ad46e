import {describe, expect, it} from 'vitest'
import {parsePhraseList} from '../src/nlp/phrase-list.js'

const header = 'term\tvormen\talternatieven\tuitleg\tvoorwaarde'

describe('phrase lists', () => {
  it('reads the optional condition column into word sequences', () => {
    const [row] = parsePhraseList(
      `${header}\nniet zonder\t\tmet\t‘Niet zonder’ betekent ‘met’.\tniet-voor:meer|geldige reden, niet-na:is`,
      'test.tsv',
    )
    expect(row!.data.conditions).toEqual([
      {side: 'voor', values: [['meer'], ['geldige', 'reden']]},
      {side: 'na', values: [['is']]},
    ])
  })

  it('accepts a list without the column and rows with the cell empty', () => {
    const rows = parsePhraseList(
      'term\tvormen\talternatieven\tuitleg\nbinnenkort\t\tvóór …\tNoem een datum.',
      'test.tsv',
    )
    expect(rows[0]!.data.conditions).toEqual([])
  })

  it('names the file and row of a condition it does not know', () => {
    expect(() =>
      parsePhraseList(
        `${header}\nbinnenkort\t\tvóór …\tNoem een datum.\talleen-zinsbegin`,
        'x.tsv',
      ),
    ).toThrow(/x\.tsv.*onbekende voorwaarde 'alleen-zinsbegin'/)
    expect(() =>
      parsePhraseList(
        `${header}\nbinnenkort\t\tvóór …\tNoem een datum.\tniet-na:heel erg`,
        'x.tsv',
      ),
    ).toThrow(/niet-na kent alleen losse woorden/)
  })
})
