import {describe, expect, it} from 'vitest'
// @ts-expect-error -- plain ES module of the benchmarks, no types
import {replaceSection} from '../../bench/sections.mjs'

const page = `# Prestaties

Handgeschreven inleiding.

<!-- bench:check -->
## Check
oud: 25 s
<!-- /bench:check -->

Een notitie tussen de secties.

<!-- bench:peers -->
## Peers
oud: 241 s
<!-- /bench:peers -->
`

describe('bench sections of docs/performance.md', () => {
  it('replaces only its own section and keeps the text around it', () => {
    const updated: string = replaceSection(page, 'peers', '## Peers\nnieuw: 2,9 s\n')
    expect(updated).toBe(page.replace('oud: 241 s', 'nieuw: 2,9 s'))
  })

  it('leaves the other sections alone when one section is written twice', () => {
    const once: string = replaceSection(page, 'check', '## Check\n1 s')
    const twice: string = replaceSection(once, 'check', '## Check\n2 s')
    expect(twice).toContain('## Check\n2 s\n<!-- /bench:check -->')
    expect(twice).not.toContain('Check\n1 s')
    expect(twice).toContain('oud: 241 s')
    expect(twice).toContain('Een notitie tussen de secties.')
  })

  it('adds a section that is not on the page yet at the end', () => {
    const updated: string = replaceSection(page, 'startup', '## Start-up\n0,3 s')
    expect(updated.startsWith(page.trimEnd())).toBe(true)
    expect(
      updated.endsWith('<!-- bench:startup -->\n## Start-up\n0,3 s\n<!-- /bench:startup -->\n'),
    ).toBe(true)
  })
})
