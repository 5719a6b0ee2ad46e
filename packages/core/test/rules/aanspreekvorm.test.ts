import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'

describe('aanspreekvorm', () => {
  it('lowers a capital U and Uw in mid-sentence with a safe fix', () => {
    const findings = checkRule(
      'aanspreekvorm',
      'Wij hebben Uw aanvraag ontvangen en sturen U een bevestiging.',
    )
    expect(findings.map(brief)).toEqual([
      {
        ruleId: 'aanspreekvorm',
        severity: 'warning',
        line: 1,
        column: 12,
        start: 11,
        end: 13,
        actual: 'Uw',
        expected: ['uw'],
        fix: 'safe',
      },
      {
        ruleId: 'aanspreekvorm',
        severity: 'warning',
        line: 1,
        column: 44,
        start: 43,
        end: 44,
        actual: 'U',
        expected: ['u'],
        fix: 'safe',
      },
    ])
    expect(findings[0]!.reason).toBe(
      'Schrijf ‘uw’ met een kleine letter: ‘Uw’ met een hoofdletter is ouderwets.',
    )
  })

  it('accepts U at the start of a sentence, after a colon and in headings', () => {
    const text =
      'U krijgt binnen twee weken bericht.\n\nOnderwerp: Uw aanvraag\n\nLet op: U moet zelf tekenen.'
    expect(checkRule('aanspreekvorm', text)).toEqual([])
  })

  it('flags the minority form when u and je are mixed', () => {
    const text = 'U kunt uw pas ophalen bij de balie. Neem uw paspoort mee. Heb je vragen? Bel ons.'
    const findings = checkRule('aanspreekvorm', text)
    expect(findings.map((f) => [f.actual, f.range.start.offset, f.messageId])).toEqual([
      ['je', 62, 'gemengd'],
    ])
    expect(findings[0]!.reason).toBe(
      'Deze brief spreekt de lezer vooral aan met ‘u’. Gebruik dat overal, ook hier in plaats van ‘je’.',
    )
  })

  it('leaves a consistent je-letter alone, unless the option asks for u', () => {
    const text = 'Je kunt je pas ophalen bij de balie. Neem je paspoort mee.'
    expect(checkRule('aanspreekvorm', text)).toEqual([])
    expect(checkRule('aanspreekvorm', text, {options: {vorm: 'u'}})).toHaveLength(3)
  })

  it('reports "de gemeente" as acting writer in a letter that says "wij" (info)', () => {
    const text =
      'Wij hebben uw aanvraag ontvangen. De gemeente heeft besloten de vergunning te verlenen.'
    expect(checkRule('aanspreekvorm', text).map(brief)).toEqual([
      {
        ruleId: 'aanspreekvorm',
        severity: 'info',
        line: 1,
        column: 35,
        start: 34,
        end: 45,
        actual: 'De gemeente',
        expected: undefined,
        fix: undefined,
      },
    ])
  })

  it('does not report "de gemeente" as a place or object', () => {
    const text = 'Wij wonen graag in de gemeente Dronten. U kunt de gemeente bellen. Wij helpen u.'
    expect(checkRule('aanspreekvorm', text)).toEqual([])
  })
})
