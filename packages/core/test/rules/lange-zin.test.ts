import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'

const sentence = (n: number) =>
  ['Wij', ...Array.from({length: n - 1}, () => 'sturen')].join(' ') + '.'

describe('lange-zin', () => {
  it('grades by the B1 thresholds: >15 info, >20 warning, >30 error', () => {
    const config = {extends: 'duidelijk:b1'}
    const text = [15, 16, 21, 31].map(sentence).join(' ')
    const findings = checkRule('lange-zin', text, {config})
    expect(findings.map((f) => [f.severity, f.reason.split(' ')[3]])).toEqual([
      ['info', '16'],
      ['warning', '21'],
      ['error', '31'],
    ])
    const first = sentence(15).length + 1
    expect(brief(findings[0]!)).toEqual({
      ruleId: 'lange-zin',
      severity: 'info',
      line: 1,
      column: first + 1,
      start: first,
      end: first + sentence(16).length,
      actual: sentence(16),
      expected: undefined,
      fix: undefined,
    })
  })

  it('uses the default thresholds (20/25/35) without a preset', () => {
    expect(
      checkRule('lange-zin', [20, 21, 26, 36].map(sentence).join(' ')).map((f) => f.severity),
    ).toEqual(['info', 'warning', 'error'])
  })

  it('caps graded severities at the configured severity', () => {
    const findings = checkRule('lange-zin', sentence(40), {
      config: {rules: {'lange-zin': 'warning'}},
    })
    expect(findings.map((f) => f.severity)).toEqual(['warning'])
  })

  it('follows its options and skips headings', () => {
    expect(
      checkRule('lange-zin', sentence(11), {options: {info: 10, warning: 12, error: 14}}).map(
        (f) => f.severity,
      ),
    ).toEqual(['info'])
    expect(checkRule('lange-zin', `# ${sentence(40)}`, {format: 'md'})).toEqual([])
  })
})
