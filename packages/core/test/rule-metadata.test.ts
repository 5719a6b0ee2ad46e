import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {
  activeRuleMetadata,
  allRuleMetadata,
  builtinRules,
  presets,
  repositoryUrl,
  resolveConfig,
  ruleMetadata,
} from '../src/index.js'

const docs = new URL('../../../docs/rules/', import.meta.url)

describe('rule metadata from the registry and the built-in documentation', () => {
  it('every built-in rule has its whole doc page, as Markdown and as plain text', () => {
    const all = allRuleMetadata()
    expect(all.map((m) => m.id)).toEqual(builtinRules.map((r) => r.id))
    for (const meta of all) {
      expect(meta.doc, meta.id).toBeDefined()
      // The whole page, not cut at the first line break: its last section is there too.
      expect(meta.doc!.markdown, meta.id).toMatch(/^## Wat\n/)
      expect(meta.doc!.markdown, meta.id).toContain('\n## Wanneer uitzetten\n')
      expect(meta.doc!.text, meta.id).toContain('\nWanneer uitzetten\n')
      // Plain text has no Markdown syntax: no headings, links, code spans or emphasis markers.
      expect(meta.doc!.text, meta.id).not.toMatch(/^#{1,6} |\]\(|`|\*\*|<!--/m)
      expect(meta.doc!.summary, meta.id).toBeTruthy()
      expect(meta.doc!.summary!, meta.id).not.toMatch(/`|\*\*|\]\(|packages\/|docs\//)
      expect(meta.doc!.summary!.length, meta.id).toBeLessThan(1300)
    }
  })

  it('keeps what follows a colon in the summary (not "…noemt:")', () => {
    const summary = ruleMetadata('aanspreekvorm')!.doc!.summary!
    expect(
      summary.startsWith('Deze regel let op hoe de brief de lezer en de schrijver noemt:\n'),
    ).toBe(true)
    expect(summary).toContain('\n- ')
    expect(ruleMetadata('afkorting')!.doc!.summary).toContain('(lijst: afkortingen.tsv)')
  })

  it('relative links in the Markdown point into the public repository', () => {
    expect(repositoryUrl).toBe('https://github.com/duidelijk/duidelijk')
    const markdown = ruleMetadata('moeilijk-woord')!.doc!.markdown
    expect(markdown).toContain(
      '[spelling](https://github.com/duidelijk/duidelijk/blob/main/docs/rules/spelling.md)',
    )
    expect(markdown).toContain('(https://github.com/duidelijk/duidelijk/blob/main/docs/metrics.md)')
    expect(markdown).not.toMatch(/\]\((?!https?:)/)
  })

  it('helpUri names a page that exists in the repository', () => {
    for (const meta of allRuleMetadata()) {
      expect(meta.helpUri).toBe(`${repositoryUrl}/blob/main/docs/rules/${meta.id}.md`)
      expect(existsSync(new URL(`${meta.id}.md`, docs)), meta.id).toBe(true)
    }
  })

  it('id, default severity, category, fix kind and Dutch description', () => {
    expect(ruleMetadata('lange-zin')).toMatchObject({
      id: 'lange-zin',
      severity: 'warning',
      category: 'zinsbouw',
      fixable: 'none',
      languages: ['nl'],
      description: expect.stringMatching(/^[A-Z].*\.$/),
    })
    expect(ruleMetadata('en-passive')).toMatchObject({category: 'engels', languages: ['en']})
    expect(ruleMetadata('bestaat-niet')).toBeUndefined()
    expect(allRuleMetadata().filter((m) => m.category === 'overig')).toEqual([])
  })

  it('the active rules of a config with their configured severity, without a checker', () => {
    const dronten = resolveConfig({extends: 'duidelijk:dronten'})
    const active = activeRuleMetadata(dronten)
    const severity = Object.fromEntries(active.map((m) => [m.id, m.configured]))
    expect(severity.bezwaarclausule).toBe('error')
    expect(severity.contactgegevens).toBe('error')
    expect(presets['duidelijk:dronten']).toBeDefined()
    const off = resolveConfig({rules: {'lange-zin': 'off'}})
    expect(activeRuleMetadata(off).map((m) => m.id)).not.toContain('lange-zin')
  })

  it('the generated module is up to date with docs/rules', () => {
    const script = fileURLToPath(new URL('../scripts/build-rule-docs.mjs', import.meta.url))
    expect(() => execFileSync(process.execPath, [script, '--check'], {stdio: 'pipe'})).not.toThrow()
  })
})
