import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'

describe('toon', () => {
  it('suggests a friendlier form for stiff formulas', () => {
    const text =
      'Wij verzoeken u vriendelijk doch dringend het formulier te sturen.\n\nHoogachtend,\nTeam Belastingen'
    expect(checkRule('toon', text).map(brief)).toEqual([
      {
        ruleId: 'toon',
        severity: 'warning',
        line: 1,
        column: 1,
        start: 0,
        end: 41,
        actual: 'Wij verzoeken u vriendelijk doch dringend',
        expected: ['Wilt u'],
        fix: 'suggestion',
      },
      {
        ruleId: 'toon',
        severity: 'warning',
        line: 3,
        column: 1,
        start: 68,
        end: 79,
        actual: 'Hoogachtend',
        expected: ['Met vriendelijke groet'],
        fix: 'suggestion',
      },
    ])
  })

  it('suggests leaving out empty formulas', () => {
    const [finding] = checkRule(
      'toon',
      'Hierbij delen wij u mede dat uw pas klaar is.'.replace(
        'Hierbij delen wij u mede',
        'Wij delen u mede',
      ),
    )
    expect([finding!.actual, finding!.expected, finding!.reason]).toEqual([
      'Wij delen u mede dat',
      [''],
      '‘Wij delen u mede dat’ klinkt stijf. Laat dit weg en begin met wat u te zeggen heeft.',
    ])
  })

  it('keeps the case of the replacement in mid-sentence', () => {
    const [finding] = checkRule('toon', 'Daarom gelieve u het bedrag te betalen.')
    expect(finding!.expected).toEqual(['wilt u'])
  })

  it('leaves friendly sentences alone', () => {
    expect(
      checkRule(
        'toon',
        'Wilt u het formulier sturen? Wij helpen u graag.\n\nMet vriendelijke groet,\nTeam',
      ),
    ).toEqual([])
  })
})
