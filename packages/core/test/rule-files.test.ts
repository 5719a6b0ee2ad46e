import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../src/rules/index.js'

const root = new URL('../../../', import.meta.url)
const core = new URL('../', import.meta.url)

describe('every rule id has its triple: code, doc page and RuleTester test', () => {
  it.each(builtinRules.map((rule) => [rule.id]))('%s', async (id) => {
    const module = (await import(`../src/rules/${id}.ts`)) as {default: {id: string}}
    expect(module.default.id).toBe(id)
    expect(existsSync(new URL(`docs/rules/${id}.md`, root))).toBe(true)
    const test = new URL(`test/rules/${id}.test.ts`, core)
    expect(existsSync(test)).toBe(true)
    expect(readFileSync(test, 'utf8')).toContain(`tester.run('${id}', {`)
  })

  it('has no rule files, doc pages or rule tests without a rule', () => {
    const ids = new Set(builtinRules.map((rule) => rule.id))
    const stray = (folder: URL, suffix: string) =>
      readdirSync(folder)
        .filter((name) => name.endsWith(suffix))
        .map((name) => name.slice(0, -suffix.length))
        .filter((id) => !ids.has(id))
    expect(stray(new URL('src/rules/', core), '.ts')).toEqual(['index'])
    expect(stray(new URL('test/rules/', core), '.test.ts')).toEqual([])
    expect(stray(new URL('docs/rules/', root), '.md')).toEqual(['quality'])
  })
})
