import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'
import {BAD_DECISION, GOOD_DECISION} from '../letters.js'

describe('contactgegevens', () => {
  it('passes a letter with a phone number, e-mail address or website', () => {
    expect(checkRule('contactgegevens', GOOD_DECISION)).toEqual([])
    expect(
      checkRule(
        'contactgegevens',
        'Beste Sanne,\n\nBel ons op 0321 123 456.\n\nMet vriendelijke groet,\nTeam',
      ),
    ).toEqual([])
    expect(
      checkRule('contactgegevens', 'Beste Sanne,\n\nKijk op www.dronten.nl.\n\nGroet,\nTeam'),
    ).toEqual([])
    expect(
      checkRule('contactgegevens', 'Beste {{naam}},\n\nBel {{telefoonnummer}}.\n\nGroet,\nTeam'),
    ).toEqual([])
  })

  it('reports a letter without any way to reach the sender at the closing', () => {
    expect(checkRule('contactgegevens', BAD_DECISION).map(brief)).toEqual([
      {
        ruleId: 'contactgegevens',
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

  it('does not take a date for a phone number', () => {
    const text = 'Beste Sanne,\n\nUw afspraak is op 12-03-2025.\n\nMet vriendelijke groet,\nTeam'
    expect(checkRule('contactgegevens', text).map((f) => f.messageId)).toEqual(['ontbreekt'])
  })
})
