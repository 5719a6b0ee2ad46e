import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'

describe('moeilijk-woord', () => {
  it('reports a rare word once, at its first use', () => {
    const findings = checkRule(
      'moeilijk-woord',
      'Wij sturen u een sommatie. Betaal de sommatie binnen 14 dagen.',
    )
    expect(findings.map(brief)).toEqual([
      {
        ruleId: 'moeilijk-woord',
        severity: 'info',
        line: 1,
        column: 18,
        start: 17,
        end: 25,
        actual: 'sommatie',
        expected: undefined,
        fix: undefined,
      },
    ])
    expect(findings[0]!.reason).toBe(
      '‘sommatie’ kennen veel lezers niet. Kies een gewoner woord, of leg in de zin uit wat het betekent.',
    )
  })

  it('passes frequent words, municipal words, compounds of known parts and names', () => {
    const text =
      'De fietsenstalling bij het gemeentehuis is open. Uw WOZ-waarde en de afvalstoffenheffing staan op de aanslag. Mevrouw Zwartkruis belt u.'
    expect(checkRule('moeilijk-woord', text)).toEqual([])
  })

  it('accepts words the organisation marks as known, and follows the threshold', () => {
    const text = 'U krijgt een dwangsom als de schuur blijft staan.'
    expect(checkRule('moeilijk-woord', text).map((f) => f.actual)).toEqual(['dwangsom'])
    expect(checkRule('moeilijk-woord', text, {options: {known: ['dwangsom']}})).toEqual([])
    expect(
      checkRule('moeilijk-woord', 'U kunt meedenken over de jeugdpas en de wasmachine.'),
    ).toEqual([])
    // "middels" is around rank 5,500 in the frequency list: known at 20,000, rare at 1,000.
    expect(checkRule('moeilijk-woord', 'Dat gaat middels de brief.')).toEqual([])
    expect(
      checkRule('moeilijk-woord', 'Dat gaat middels de brief.', {options: {threshold: 1000}}).map(
        (f) => f.actual,
      ),
    ).toEqual(['middels'])
  })
})
