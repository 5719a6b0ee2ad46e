import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'

const found = (text: string) => checkRule('vage-termijn', text).map((f) => f.actual)

describe('vage-termijn', () => {
  it('reports a vague term with its exact range', () => {
    const findings = checkRule('vage-termijn', 'Wij nemen zo spoedig mogelijk contact op.')
    expect(findings.map(brief)).toEqual([
      {
        ruleId: 'vage-termijn',
        severity: 'warning',
        line: 1,
        column: 11,
        start: 10,
        end: 29,
        actual: 'zo spoedig mogelijk',
        expected: undefined,
        fix: undefined,
      },
    ])
    expect(findings[0]!.reason).toBe(
      '‘zo spoedig mogelijk’ is een vage termijn. Hoe snel is ‘zo spoedig mogelijk’? Noem een datum of een aantal dagen.',
    )
  })

  it('finds the usual vague terms', () => {
    expect(
      found(
        'U hoort binnenkort van ons. Wij bellen u op korte termijn. Te zijner tijd sturen wij een brief.',
      ),
    ).toEqual(['binnenkort', 'op korte termijn', 'Te zijner tijd'])
    expect(found('Dat gebeurt binnen afzienbare tijd of in de nabije toekomst.')).toEqual([
      'binnen afzienbare tijd',
      'in de nabije toekomst',
    ])
  })

  it('finds variants and less common vague terms', () => {
    expect(
      found('Binnen een korte termijn krijgt u bericht. Wij bellen u zo gauw mogelijk.'),
    ).toEqual(['Binnen een korte termijn', 'zo gauw mogelijk'])
    const [finding] = checkRule('vage-termijn', 'Wij sturen eerdaags een brief.')
    expect(brief(finding!)).toEqual({
      ruleId: 'vage-termijn',
      severity: 'warning',
      line: 1,
      column: 12,
      start: 11,
      end: 19,
      actual: 'eerdaags',
      expected: undefined,
      fix: undefined,
    })
  })

  it('accepts dates and numbers of days', () => {
    for (const text of [
      'U krijgt binnen 14 dagen bericht.',
      'Wij bellen u vóór 1 april 2025.',
      'U hoort binnen twee weken van ons.',
      'Het kost op dit moment € 25,00.',
      'Wij komen zo mogelijk dinsdag.',
      'De termijn is kort.',
      'U kunt de termijn verlengen.',
      'Wij doen ons best om u snel te helpen.',
      // Reported by afkorting with the same advice, not twice.
      'Wij nemen z.s.m. contact op.',
    ]) {
      expect([text, found(text)]).toEqual([text, []])
    }
  })
})
