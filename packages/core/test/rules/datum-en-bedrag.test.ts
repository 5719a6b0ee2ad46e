import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'

const found = (text: string) =>
  checkRule('datum-en-bedrag', text).map((f) => [f.actual, f.expected?.[0], f.messageId])

describe('datum-en-bedrag', () => {
  it('writes out dates with slashes and short dates', () => {
    expect(
      found(
        'Uw afspraak is op 3/2 om 10.00 uur. De brief van 12/03/2025 en 5/6/25 is binnen. Kom op 03-12 langs.',
      ),
    ).toEqual([
      ['3/2', '3 februari', 'datum'],
      ['12/03/2025', '12 maart 2025', 'datum'],
      ['5/6/25', '5 juni 2025', 'datum'],
      ['03-12', '3 december', 'datum'],
    ])
  })

  it('gives the exact range of a date', () => {
    expect(checkRule('datum-en-bedrag', 'Kom op 3/2 langs.').map(brief)).toEqual([
      {
        ruleId: 'datum-en-bedrag',
        severity: 'warning',
        line: 1,
        column: 8,
        start: 7,
        end: 10,
        actual: '3/2',
        expected: ['3 februari'],
        fix: 'suggestion',
      },
    ])
  })

  it('puts amounts in Dutch notation', () => {
    expect(
      found(
        "De leges zijn €1,250.00 of EUR 45,50, en de borg is 50 euro's. Het tarief is € 12.50 per uur. Betaal €25,00.",
      ),
    ).toEqual([
      ['€1,250.00', '€ 1.250,00', 'bedrag'],
      ['EUR 45,50', '€ 45,50', 'bedrag'],
      ["50 euro's", '50 euro', 'bedrag'],
      ['€ 12.50', '€ 12,50', 'bedrag'],
      ['€25,00', '€ 25,00', 'spatie'],
    ])
  })

  it('accepts written dates, full numeric dates, ranges and Dutch amounts', () => {
    expect(
      found(
        'Op 12 maart 2025 of 12-03-2025 tussen 9-12 uur. Dat kost € 1.250,00 of € 50,-. Het duurt 5-10 dagen. Zie 3,5% en 1/3 deel.',
      ),
    ).toEqual([])
  })

  it('reads English decimals before the word euro and a curly apostrophe in euro’s', () => {
    expect(
      found(
        'Het kaartje kost 7.50 euro. De boete is 95 euro’s. De borg is 1,250.00 euro’s. Dat is 2.500 euro.',
      ),
    ).toEqual([
      ['7.50 euro', '€ 7,50', 'bedrag'],
      ['95 euro’s', '95 euro', 'bedrag'],
      ['1,250.00 euro’s', '€ 1.250,00', 'bedrag'],
    ])
  })

  it('still reads a slash date before other words, and a full date before deel', () => {
    expect(found('Kom op 1/3 langs. Het deel van 1/3/2025 deel ik mee.')).toEqual([
      ['1/3', '1 maart', 'datum'],
      ['1/3/2025', '1 maart 2025', 'datum'],
    ])
  })
})
