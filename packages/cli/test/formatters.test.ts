import {describe, expect, it} from 'vitest'
import {createChecker, type CheckResult} from '@duidelijk/core'
import {gitlab} from '../src/formatters/gitlab.js'
import {html} from '../src/formatters/html.js'
import {junit} from '../src/formatters/junit.js'
import {sarif} from '../src/formatters/sarif.js'

async function results(): Promise<CheckResult[]> {
  const checker = await createChecker({rules: {spelling: 'off', 'moeilijk-woord': 'off'}})
  return [
    checker.check({path: 'brieven/a.txt', text: 'Wij hebben uw aanvraag reeds ontvangen.\n'}),
    checker.check({path: 'brieven/b.txt', text: 'Uw burgerservicenummer is 111222333.\n'}),
  ]
}
const context = {
  rules: [
    {
      id: 'ambtelijke-taal',
      description: 'Schrijf gewone woorden.',
      url: 'https://example.org/ambtelijke-taal.md',
      severity: 'warning',
    },
    {
      id: 'persoonsgegevens',
      description: 'Geen persoonsgegevens.',
      url: 'https://example.org/persoonsgegevens.md',
      severity: 'info',
    },
  ],
  groups: {
    vertrouwen: {
      label: 'Vertrouwen',
      description: 'Transparant.',
      rules: ['ambtelijke-taal', 'persoonsgegevens'],
    },
  },
}

describe('formatters', () => {
  it('sarif: rules, levels, regions and safe fixes', async () => {
    const log = JSON.parse(sarif(await results(), context))
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].tool.driver.rules.map((r: {id: string}) => r.id)).toEqual([
      'ambtelijke-taal',
      'persoonsgegevens',
    ])
    const [first, second] = log.runs[0].results
    expect(first).toMatchObject({
      ruleId: 'ambtelijke-taal',
      ruleIndex: 0,
      level: 'warning',
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: 'brieven/a.txt'},
            region: {startLine: 1, startColumn: 24, endLine: 1, endColumn: 29},
          },
        },
      ],
      fixes: [
        {
          artifactChanges: [
            {
              replacements: [
                {deletedRegion: {charOffset: 23, charLength: 5}, insertedContent: {text: 'al'}},
              ],
            },
          ],
        },
      ],
    })
    expect(second.level).toBe('note')
    expect(JSON.stringify(log)).not.toContain('111222333')
  })

  it('junit: one failing case per warning or error', async () => {
    const xml = junit(await results())
    expect(xml).toContain('<testsuite name="brieven/a.txt" tests="1" failures="1">')
    expect(xml).toContain('<testcase classname="brieven/a.txt" name="ambtelijke-taal 1:24">')
    expect(xml).toContain('<testsuite name="brieven/b.txt" tests="1" failures="0">')
  })

  it('gitlab: code quality issues with stable fingerprints', async () => {
    const issues = JSON.parse(gitlab(await results()))
    expect(issues[0]).toMatchObject({
      check_name: 'ambtelijke-taal',
      severity: 'minor',
      location: {path: 'brieven/a.txt', lines: {begin: 1, end: 1}},
    })
    expect(issues[0].fingerprint).toMatch(/^[0-9a-f]{40}$/)
    expect(JSON.parse(gitlab(await results()))[0].fingerprint).toBe(issues[0].fingerprint)
  })

  it('html: a Dutch, self-contained report grouped by the config groups, without personal data', async () => {
    const page = html(await results(), context)
    expect(page).toContain('<html lang="nl">')
    expect(page).toContain('<h3>Vertrouwen <small>(1)</small></h3>')
    expect(page).toContain('Wij hebben uw aanvraag <mark>reeds</mark> ontvangen.')
    expect(page).toContain('(tekst niet getoond: persoonsgegevens)')
    expect(page).not.toContain('111222333')
    expect(page).not.toMatch(/<script|<link|src="http/)
  })
})
