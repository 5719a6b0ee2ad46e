import {describe, expect, it} from 'vitest'
import {stylish} from '../../src/formatters/stylish.js'
import {fixture} from './fixture.js'

const URL = 'https://github.com/duidelijk/duidelijk/blob/main/docs/rules/'

describe('stylish formatter', () => {
  it('groups by file with a code frame, figures, totals and rule links; hides personal data', async () => {
    expect(stylish(await fixture())).toBe(
      [
        'brieven/a.txt',
        '  1:24  waarschuwing  ‘Reeds’ is ouderwets voor ‘al’. → al  ambtelijke-taal',
        '                      Wij hebben uw aanvraag reeds ontvangen.',
        '                                             ^^^^^',
        '  2:1   waarschuwing  ‘Indien’ is formeel. ‘Als’ is korter en gewoner. → Als  ambtelijke-taal',
        '                      Indien u vragen heeft, belt u ons.',
        '                      ^^^^^^',
        '',
        "  Leesbaarheid: 13 woorden, 2 zinnen, 2 alinea's",
        '    gemiddeld 6,5 woorden per zin, 1,46 lettergrepen per woord',
        '    Flesch-Douma 88,3, Leesindex Brouwer 84,5, lange zinnen 0%, zeldzame woorden 0%',
        '    Geschat taalniveau (indicatie): te kort voor een betrouwbaar niveau',
        '      - Te kort voor een betrouwbaar niveau: 13 woorden lopende tekst; duidelijk geeft een indicatie vanaf 100 woorden.',
        '',
        'brieven/b.txt',
        '  1:27  info          Hier staat een burgerservicenummer (BSN) (••••••333). Controleer voor verzending of dit klopt en nodig is (AVG).  persoonsgegevens',
        '                      Uw burgerservicenummer is •••••••••.',
        `                      ${' '.repeat(26)}^^^^^^^^^`,
        '',
        '  Leesbaarheid: 4 woorden, 1 zin, 1 alinea',
        '    gemiddeld 4,0 woorden per zin, 3,00 lettergrepen per woord',
        // Issue #15: -27,9 and -13,1 by the formulas, shown on their 0–100 scales.
        '    Flesch-Douma 0,0, Leesindex Brouwer 0,0, lange zinnen 0%, zeldzame woorden 0%',
        '    Geschat taalniveau (indicatie): te kort voor een betrouwbaar niveau',
        '      - Te kort voor een betrouwbaar niveau: 4 woorden lopende tekst; duidelijk geeft een indicatie vanaf 100 woorden.',
        '',
        '3 bevindingen (0 fouten, 2 waarschuwingen, 1 info)',
        '',
        'Uitleg per regel (of: duidelijk uitleg <regel>):',
        `  ambtelijke-taal   ${URL}ambtelijke-taal.md`,
        `  persoonsgegevens  ${URL}persoonsgegevens.md`,
        '',
      ].join('\n'),
    )
  })

  it('colours severities and marks only when asked', async () => {
    const [a] = await fixture()
    const out = stylish([a!], {metrics: false, color: true})
    expect(out.split('\n').slice(1, 4)).toEqual([
      '  1:24  \u001b[33mwaarschuwing\u001b[0m  ‘Reeds’ is ouderwets voor ‘al’. → al  \u001b[2mambtelijke-taal\u001b[0m',
      '                      \u001b[2mWij hebben uw aanvraag \u001b[0m\u001b[33mreeds\u001b[0m\u001b[2m ontvangen.\u001b[0m',
      '                                             \u001b[33m^^^^^\u001b[0m',
    ])
    expect(stylish([a!], {metrics: false})).not.toContain('\u001b[')
  })

  it('says so when there is nothing to report', () => {
    expect(stylish([])).toBe('Geen bevindingen.\n')
  })
})

describe('stylish code frame for a long range', () => {
  it('marks only the first 60 characters of a long sentence', async () => {
    const {builtinRules, createChecker} = await import('@duidelijk/core')
    const rules = Object.fromEntries(
      builtinRules.filter((r) => r.id !== 'lange-zin').map((r) => [r.id, 'off' as const]),
    )
    const checker = await createChecker({rules: {...rules, 'lange-zin': ['warning', {warning: 5}]}})
    const text =
      'Wij sturen u deze brief omdat de gemeente de regels voor het parkeren in uw straat verandert.\n'
    const out = stylish([checker.check({path: 'a.txt', text})], {metrics: false})
    expect(out.split('\n').slice(2, 4)).toEqual([
      '                     Wij sturen u deze brief omdat de gemeente de regels voor het…',
      `                     ${'^'.repeat(60)}`,
    ])
  })
})
