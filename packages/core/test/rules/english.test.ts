import {describe, expect, it} from 'vitest'
import {checkerFor} from '../helpers.js'

// Rule ids en/simplify, en/passive and en/readability (docs: en-simplify, en-passive, en-readability).
const englishOnly = {
  lang: 'en' as const,
  rules: {
    'en/simplify': 'warning' as const,
    'en/passive': 'info' as const,
    'en/readability': 'warning' as const,
    spelling: 'off' as const,
    'lange-zin': 'off' as const,
  },
}

describe('English texts', () => {
  it('en-simplify: passes retext-simplify messages through with replacements', () => {
    const result = checkerFor(englishOnly).check({
      text: 'We will utilize the new system to process your request.',
    })
    expect(result.lang).toBe('en')
    const finding = result.findings.find((f) => f.ruleId === 'en/simplify')!
    expect(finding.actual).toBe('utilize')
    expect(finding.range.start).toEqual({line: 1, column: 9, offset: 8})
    expect(finding.expected).toEqual(['use'])
    expect(finding.fix).toBe('suggestion')
    expect(finding.url).toMatch(/docs\/rules\/en-simplify\.md$/)
  })

  it('en-passive: reports the passive voice', () => {
    const result = checkerFor(englishOnly).check({text: 'The permit was given to your neighbour.'})
    expect(result.findings.filter((f) => f.ruleId === 'en/passive').map((f) => f.actual)).toEqual([
      'given',
    ])
  })

  it('en-readability: reports a very hard sentence, not a plain one', () => {
    const hard =
      'Notwithstanding the aforementioned considerations, the municipality reserves the unconditional prerogative to reconsider applications whose documentation demonstrates insufficient substantiation regarding environmental compatibility.'
    const plain = 'We got your letter. We will answer within two weeks.'
    const checker = checkerFor(englishOnly)
    expect(
      checker.check({text: hard}).findings.filter((f) => f.ruleId === 'en/readability'),
    ).toHaveLength(1)
    expect(checker.check({text: plain}).findings).toEqual([])
  })

  it('does not run English rules on Dutch text', () => {
    const checker = checkerFor({rules: {...englishOnly.rules}})
    const result = checker.check({
      text: 'Wij hebben uw aanvraag ontvangen. U hoort binnen twee weken van ons of de vergunning wordt verleend.',
    })
    expect(result.lang).toBe('nl')
    expect(result.findings.filter((f) => f.ruleId?.startsWith('en/'))).toEqual([])
  })
})
