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
        // No replacement: 'Wilt u het formulier te sturen' would keep 'te'.
        expected: undefined,
        fix: undefined,
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

  it('finds u wordt verzocht, and offers Wilt u only where no te-infinitive follows', () => {
    const found = (text: string) => checkRule('toon', text).map((f) => [f.actual, f.expected?.[0]])
    expect(
      found(
        'U wordt verzocht de container binnen te zetten. U wordt verzocht om contact op te nemen. Gelieve op tijd aanwezig.',
      ),
    ).toEqual([
      ['U wordt verzocht', undefined],
      ['U wordt verzocht', undefined],
      ['Gelieve', 'Wilt u'],
    ])
    expect(checkRule('toon', 'U wordt verzocht de container binnen te zetten.')[0]!.reason).toBe(
      '‘U wordt verzocht’ klinkt stijf. Zeg wie iets vraagt en vraag het gewoon.',
    )
  })

  it('keeps the case of the replacement in mid-sentence', () => {
    const [finding] = checkRule('toon', 'Bij vragen gelieve contact opnemen met Team Zorg.')
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
