import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {createChecker} from '../src/checker.js'
import {builtinRules} from '../src/rules/index.js'
import {checkRule} from './helpers.js'

const BYTE_RULES = new Set(['tekenset'])
const SECTIONS = ['Wat', 'Waarom', 'Fout', 'Goed', 'Opties', 'Wanneer uitzetten']
const root = new URL('../../../', import.meta.url)
const page = (id: string) => readFileSync(new URL(`docs/rules/${id}.md`, root), 'utf8')

function examples(markdown: string, section: string): string[] {
  const body = markdown.split(`\n## ${section}\n`)[1]?.split('\n## ')[0] ?? ''
  return [...body.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]!)
}

beforeAll(async () => {
  await createChecker({}) // loads hunspell for the spelling examples
})

describe.each(builtinRules.map((rule) => [rule.id]))('docs/rules/%s', (id) => {
  it('has the title and the fixed sections in order', () => {
    const markdown = page(id)
    expect(markdown.split('\n')[0]).toBe(`# ${id}`)
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1])
    expect(headings).toEqual(SECTIONS)
  })

  it('Opties names every option of the rule, or says there are none', () => {
    const rule = builtinRules.find((r) => r.id === id)!
    const body = page(id).split('\n## Opties\n')[1]!.split('\n## ')[0]!
    const keys = Object.keys(
      (rule.meta.options as {properties?: Record<string, unknown>} | undefined)?.properties ?? {},
    )
    if (keys.length === 0) expect(body).toContain('Deze regel heeft geen opties.')
    else expect(keys.filter((key) => !body.includes(`\`${key}\``))).toEqual([])
  })

  it('Fout examples are flagged and Goed examples are clean', () => {
    const markdown = page(id)
    // tekenset reacts to the bytes of a file, not to text: its Fout case is a fixture file
    // (bad-input.test.ts); its page has an empty example block.
    const bad = examples(markdown, 'Fout').filter(
      (text) => !(BYTE_RULES.has(id) && text.trim() === ''),
    )
    const good = examples(markdown, 'Goed')
    expect(bad.length).toBeGreaterThan(BYTE_RULES.has(id) ? -1 : 0)
    expect(good.length).toBeGreaterThan(0)
    for (const text of bad) expect([text, checkRule(id, text).length > 0]).toEqual([text, true])
    for (const text of good)
      expect([text, checkRule(id, text).map((f) => f.reason)]).toEqual([text, []])
  })
})

describe('README', () => {
  it('lists every rule', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8')
    for (const rule of builtinRules)
      expect([rule.id, readme.includes(`docs/rules/${rule.id}.md`)]).toEqual([rule.id, true])
  })
})
