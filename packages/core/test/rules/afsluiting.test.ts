import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'
import {BAD_DECISION, GOOD_DECISION} from '../letters.js'

describe('afsluiting', () => {
  it('passes a closing with a signer', () => {
    expect(checkRule('afsluiting', GOOD_DECISION)).toEqual([])
    expect(
      checkRule(
        'afsluiting',
        'Beste Sanne,\n\nUw pas is klaar.\n\nMet vriendelijke groet, Team Burgerzaken',
      ),
    ).toEqual([])
  })

  it('asks for a signer after the closing line', () => {
    expect(checkRule('afsluiting', BAD_DECISION).map(brief)).toEqual([
      {
        ruleId: 'afsluiting',
        severity: 'warning',
        line: 9,
        column: 1,
        start: 279,
        end: 291,
        actual: 'Hoogachtend,',
        expected: undefined,
        fix: undefined,
      },
    ])
  })

  it('asks for a closing when there is none', () => {
    const findings = checkRule('afsluiting', 'Beste Sanne,\n\nUw pas is klaar. U kunt het ophalen.')
    expect(findings.map((f) => [f.messageId, f.actual])).toEqual([
      ['geenGroet', 'U kunt het ophalen.'],
    ])
  })

  it('accepts a placeholder as signer', () => {
    expect(
      checkRule(
        'afsluiting',
        'Beste Sanne,\n\nUw pas is klaar.\n\nMet vriendelijke groet,\n\n{{medewerker}}',
      ),
    ).toEqual([])
  })
})
