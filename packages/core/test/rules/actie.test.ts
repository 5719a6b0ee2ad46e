import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'
import {BAD_DECISION, GOOD_DECISION} from '../letters.js'

const letter = (body: string) =>
  `Beste Sanne,\n\n${body}\n\nMet vriendelijke groet,\nTeam Burgerzaken`

describe('actie', () => {
  it('passes an action with a deadline and a way to do it', () => {
    expect(checkRule('actie', GOOD_DECISION)).toEqual([])
    expect(
      checkRule(
        'actie',
        letter('Stuur ons binnen 14 dagen een kopie van uw paspoort. Dat kan per e-mail.'),
      ),
    ).toEqual([])
  })

  it('asks for a deadline', () => {
    expect(checkRule('actie', BAD_DECISION).map(brief)).toEqual([
      {
        ruleId: 'actie',
        severity: 'warning',
        line: 7,
        column: 1,
        start: 201,
        end: 277,
        actual: 'Wij verzoeken u vriendelijk doch dringend de leges van €1,250.00 te betalen.',
        expected: undefined,
        fix: undefined,
      },
    ])
    const findings = checkRule('actie', letter('Wilt u het formulier invullen en opsturen?'))
    expect(findings.map((f) => f.messageId)).toEqual(['geenTermijn'])
  })

  it('asks how, when the deadline is there but the way is not (info)', () => {
    const [finding] = checkRule('actie', letter('U moet de aanvraag vóór 1 mei 2025 ondertekenen.'))
    expect([finding!.messageId, finding!.severity]).toEqual(['geenManier', 'info'])
  })

  it('does not treat offers and conditions as tasks', () => {
    const text = letter(
      'Heeft u vragen? Bel ons dan op 14 0321. Als u wilt, kunt u het formulier ook opsturen. Wij sturen u de pas toe.',
    )
    expect(checkRule('actie', text)).toEqual([])
  })
})
