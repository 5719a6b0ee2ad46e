import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'

const found = (text: string, options?: Record<string, unknown>) =>
  checkRule('afkorting', text, options ? {options} : {}).map((f) => [f.actual, f.expected?.[0]])

describe('afkorting', () => {
  it('replaces dotted abbreviations in running text', () => {
    const findings = checkRule('afkorting', 'Stuur het formulier t.a.v. de afdeling Vergunningen.')
    expect(findings.map(brief)).toEqual([
      {
        ruleId: 'afkorting',
        severity: 'warning',
        line: 1,
        column: 21,
        start: 20,
        end: 26,
        actual: 't.a.v.',
        expected: ['ter attentie van', 'aan'],
        fix: 'suggestion',
      },
    ])
    expect(
      found('Wij bellen u i.v.m. uw aanvraag, bijv. over de kosten m.b.t. de vergunning.'),
    ).toEqual([
      ['i.v.m.', 'in verband met'],
      ['bijv.', 'bijvoorbeeld'],
      ['m.b.t.', 'met betrekking tot'],
    ])
  })

  it('knows the dotted abbreviations of invitations and e-mails', () => {
    expect(found('Wij komen op 3 maart a.s. langs, zgn. huisbezoek, incl. een gesprek.')).toEqual([
      ['a.s.', 'aanstaande'],
      ['zgn.', 'zogenoemd'],
      ['incl.', 'inclusief'],
    ])
  })

  it('asks to write out a name abbreviation at its first use only', () => {
    const [finding, ...rest] = checkRule(
      'afkorting',
      'U krijgt hulp via de Wmo. De Wmo betaalt de traplift.',
    )
    expect(rest).toEqual([])
    expect([
      finding!.actual,
      finding!.expected,
      finding!.reason,
      finding!.range.start.offset,
    ]).toEqual([
      'Wmo',
      ['Wet maatschappelijke ondersteuning (Wmo)'],
      'Niet iedereen kent ‘Wmo’. Schrijf bij het eerste gebruik ‘Wet maatschappelijke ondersteuning (Wmo)’.',
      21,
    ])
    expect(found('U kunt een Woo-verzoek doen. Dat verzoek valt onder de Woo.')).toEqual([
      ['Woo', 'Wet open overheid (Woo)'],
    ])
    expect(found('De WOZ-waarde van uw huis staat op de aanslag.')).toEqual([
      ['WOZ', 'Waardering Onroerende Zaken (WOZ)'],
    ])
  })

  it('accepts an abbreviation written out before or right after it', () => {
    expect(
      found('U krijgt hulp via de Wet maatschappelijke ondersteuning (Wmo). De Wmo betaalt.'),
    ).toEqual([])
    expect(found('Uw Wmo (Wet maatschappelijke ondersteuning) loopt door.')).toEqual([])
    expect(found('Uw burgerservicenummer (BSN) staat op uw paspoort.')).toEqual([])
  })

  it('skips abbreviations the readers know and unknown capitals', () => {
    expect(found('Uw BSN staat op uw paspoort.', {known: ['BSN']})).toEqual([])
    expect(found('Log in met DigiD of bel de NS.')).toEqual([])
  })
})
