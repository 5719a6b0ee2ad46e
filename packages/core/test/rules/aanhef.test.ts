import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'
import {BAD_DECISION, GOOD_DECISION} from '../letters.js'

describe('aanhef', () => {
  it('passes a letter with a personal salutation and a comma', () => {
    expect(checkRule('aanhef', GOOD_DECISION)).toEqual([])
  })

  it('asks for a comma after the salutation (safe fix on the last word)', () => {
    const findings = checkRule('aanhef', BAD_DECISION)
    expect(findings.map(brief)).toEqual([
      {
        ruleId: 'aanhef',
        severity: 'warning',
        line: 3,
        column: 9,
        start: 59,
        end: 71,
        actual: 'heer/mevrouw',
        expected: ['heer/mevrouw,'],
        fix: 'safe',
      },
    ])
  })

  it('replaces a full stop or colon by a comma', () => {
    const [finding] = checkRule('aanhef', 'Beste Sanne:\n\nUw pas is klaar.')
    expect([finding!.actual, finding!.expected, finding!.range.start.offset]).toEqual([
      ':',
      [','],
      11,
    ])
  })

  it('flags the impersonal salutation when the template knows the name', () => {
    const [finding] = checkRule('aanhef', 'Geachte heer/mevrouw,\n\nUw pas voor {{naam}} is klaar.')
    expect(finding!.messageId).toBe('onpersoonlijk')
    expect(finding!.expected).toEqual(['Beste {{naam}},'])
    expect(finding!.range.start.offset).toBe(0)
    expect(finding!.range.end.offset).toBe(21)
  })

  it('follows the house style option', () => {
    const text = 'Geachte mevrouw Visser,\n\nUw pas is klaar.'
    expect(checkRule('aanhef', text)).toEqual([])
    const [finding] = checkRule('aanhef', text, {options: {stijl: 'beste'}})
    expect([finding!.actual, finding!.expected, finding!.reason]).toEqual([
      'Geachte',
      ['Beste'],
      'De huisstijl schrijft ‘Beste’ als aanhef. Schrijf ‘Beste’.',
    ])
  })

  it('reports a letter without salutation only when forced to be a letter', () => {
    const text = 'Onderwerp: afval\n\nDe container wordt op maandag geleegd.'
    expect(checkRule('aanhef', text).map((f) => f.messageId)).toEqual(['ontbreekt'])
    expect(checkRule('aanhef', 'De container wordt op maandag geleegd.')).toEqual([])
  })
})
