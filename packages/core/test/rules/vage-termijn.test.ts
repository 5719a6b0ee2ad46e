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

  it('accepts dates and numbers of days', () => {
    for (const text of [
      'U krijgt binnen 14 dagen bericht.',
      'Wij bellen u vóór 1 april 2025.',
      'U hoort binnen twee weken van ons.',
      'Het kost op dit moment € 25,00.',
    ]) {
      expect([text, found(text)]).toEqual([text, []])
    }
  })
})
