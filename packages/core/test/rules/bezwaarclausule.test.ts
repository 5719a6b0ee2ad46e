import {describe, expect, it} from 'vitest'
import {STANDARD_CLAUSE} from '../../src/rules/bezwaarclausule.js'
import {brief, checkRule} from '../helpers.js'
import {BAD_DECISION, GOOD_DECISION} from '../letters.js'

const letter = (body: string) =>
  `Beste Sanne,\n\n${body}\n\nMet vriendelijke groet,\nTeam Vergunningen`

describe('bezwaarclausule', () => {
  it('passes a decision with a complete objection clause', () => {
    expect(checkRule('bezwaarclausule', GOOD_DECISION)).toEqual([])
  })

  it('requires the clause in a decision letter, with the standard wording as suggestion', () => {
    const findings = checkRule('bezwaarclausule', BAD_DECISION)
    expect(findings.map(brief)).toEqual([
      {
        ruleId: 'bezwaarclausule',
        severity: 'error',
        line: 5,
        column: 1,
        start: 73,
        end: 199,
        actual:
          'Naar aanleiding van uw aanvraag van 3/2 delen wij u mede dat uw aanvraag is afgewezen, omdat in uw straat geen plaats meer is.',
        expected: [STANDARD_CLAUSE],
        fix: 'suggestion',
      },
    ])
  })

  it('names what an incomplete clause misses', () => {
    const text = letter(
      'Wij hebben besloten u de subsidie toe te kennen.\n\nU kunt bezwaar maken tegen dit besluit.',
    )
    expect(checkRule('bezwaarclausule', text).map((f) => f.reason)).toEqual([
      'De alinea over bezwaar mist de termijn (zes weken), bij wie, hoe (online of per post). Vermeld de termijn van zes weken, bij wie en hoe de lezer bezwaar maakt.',
    ])
  })

  it('does not fire on a letter that only announces a decision', () => {
    const text = letter(
      'Wij hebben uw aanvraag ontvangen. Wij nemen binnen acht weken een besluit. U hoort dan van ons.',
    )
    expect(checkRule('bezwaarclausule', text)).toEqual([])
  })
})
