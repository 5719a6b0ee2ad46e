import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'

const para = (sentences: number, words = 4) =>
  Array.from(
    {length: sentences},
    () => ['Wij', ...Array.from({length: words - 1}, () => 'sturen')].join(' ') + '.',
  ).join(' ')

describe('lange-alinea', () => {
  it('reports a paragraph with too many sentences at its first sentence', () => {
    const findings = checkRule('lange-alinea', `${para(2)}\n\n${para(7)}`)
    const start = para(2).length + 2
    expect(findings.map(brief)).toEqual([
      {
        ruleId: 'lange-alinea',
        severity: 'info',
        line: 3,
        column: 1,
        start,
        end: start + 'Wij sturen sturen sturen.'.length,
        actual: 'Wij sturen sturen sturen.',
        expected: undefined,
        fix: undefined,
      },
    ])
    expect(findings[0]!.reason).toBe(
      'Deze alinea heeft 7 zinnen. Splits haar op, of schrap wat de lezer niet nodig heeft (hoogstens 6).',
    )
  })

  it('reports a paragraph with too many words', () => {
    const [finding] = checkRule('lange-alinea', para(5, 21))
    expect(finding!.reason).toBe(
      'Deze alinea telt 105 woorden. Splits haar op in kortere alinea’s (hoogstens 100).',
    )
  })

  it('passes short paragraphs and lists, and follows the B1 preset', () => {
    expect(checkRule('lange-alinea', para(6))).toEqual([])
    expect(
      checkRule('lange-alinea', Array.from({length: 8}, () => `- ${para(1)}`).join('\n')),
    ).toEqual([])
    expect(
      checkRule('lange-alinea', para(6), {config: {extends: 'duidelijk:b1'}}).map(
        (f) => f.messageId,
      ),
    ).toEqual(['zinnen'])
  })
})
