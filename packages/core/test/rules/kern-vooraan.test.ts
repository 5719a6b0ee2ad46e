import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'
import {BAD_DECISION, GOOD_DECISION} from '../letters.js'

describe('kern-vooraan', () => {
  it('passes a letter that starts with the message', () => {
    expect(checkRule('kern-vooraan', GOOD_DECISION)).toEqual([])
  })

  it('flags an opening about the history of the case', () => {
    expect(checkRule('kern-vooraan', BAD_DECISION).map(brief)).toEqual([
      {
        ruleId: 'kern-vooraan',
        severity: 'warning',
        line: 5,
        column: 1,
        start: 73,
        end: 92,
        actual: 'Naar aanleiding van',
        expected: undefined,
        fix: undefined,
      },
    ])
  })

  it('flags other indirect openings', () => {
    for (const opening of [
      'Hierbij ontvangt u de stukken.',
      'In antwoord op uw vraag sturen wij u de folder.',
      'Middels deze brief laten wij u weten dat de weg dicht gaat.',
    ]) {
      const findings = checkRule(
        'kern-vooraan',
        `Beste Sanne,\n\n${opening}\n\nMet vriendelijke groet,\nTeam Wegen`,
      )
      expect(findings.map((f) => f.messageId)).toEqual(['omweg'])
    }
  })

  it('reports a long first paragraph as info', () => {
    const long =
      'Wij hebben uw aanvraag ontvangen. Wij kijken of alles klopt. Daarna bellen wij u. Dan maken wij een afspraak.'
    const [finding] = checkRule('kern-vooraan', `Beste Sanne,\n\n${long}`)
    expect([finding!.messageId, finding!.severity, finding!.reason]).toEqual([
      'lang',
      'info',
      'De eerste alinea is lang (19 woorden, 4 zinnen). Zet de kern in één of twee korte zinnen bovenaan.',
    ])
    expect(checkRule('kern-vooraan', `Beste Sanne,\n\n${long}`, {options: {maxZinnen: 4}})).toEqual(
      [],
    )
  })
})
