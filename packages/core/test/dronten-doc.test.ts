// docs/dronten.md tells users what the duidelijk:dronten preset checks and how severe each rule
// is, grouped by Dronten's three ambitions. This test reads the doc's tables and compares them
// with what the preset really does, so that the page cannot drift from the code.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {resolveConfig, ruleSettings} from '../src/index.js'

const page = readFileSync(new URL('../../../docs/dronten.md', import.meta.url), 'utf8')
const LABEL = {error: 'fout', warning: 'waarschuwing', info: 'info', off: 'uit'} as const

/** Per "### Ambitie — …" section: the rules of its table and the severity written for them. */
function tables(): Map<string, Array<{rules: string[]; severity: string}>> {
  const sections = new Map<string, Array<{rules: string[]; severity: string}>>()
  for (const section of page.split('\n### ').slice(1)) {
    const title = section.split(' ')[0]!
    const rows = section
      .split('\n')
      .filter((line) => /^\| \[/.test(line))
      .map((line) => {
        const cells = line.split('|').map((cell) => cell.trim())
        return {
          rules: [...cells[1]!.matchAll(/\[([a-z-]+)\]/g)].map((m) => m[1]!),
          severity: cells[3]!,
        }
      })
    sections.set(title, rows)
  }
  return sections
}

describe('docs/dronten.md', () => {
  const config = resolveConfig({extends: 'duidelijk:dronten'})
  const effective = new Map(
    ruleSettings(config).map(({rule, setting}) => [rule.id, LABEL[setting.severity]]),
  )

  it('has one table per ambition of the preset, with exactly the rules of that group', () => {
    const doc = tables()
    const groups = Object.values(config.groups)
    expect([...doc.keys()]).toEqual(groups.map((group) => group.label))
    for (const group of groups)
      expect(
        doc
          .get(group.label)!
          .flatMap((row) => row.rules)
          .sort(),
      ).toEqual([...group.rules].sort())
  })

  it('gives every rule the severity it runs with under the preset', () => {
    const written = [...tables().values()].flat()
    expect(written.length).toBeGreaterThan(15)
    for (const {rules, severity} of written)
      for (const id of rules) {
        // A graded rule ("info – fout") reports up to the highest severity it is set to.
        const highest = severity.split('–').at(-1)!.trim()
        expect(`${id}: ${highest}`).toBe(`${id}: ${effective.get(id)}`)
      }
  })
})
