import {readFileSync} from 'node:fs'
import Ajv from 'ajv-draft-04'
import {describe, expect, it} from 'vitest'
import {reviveResult, storeResult} from '../../src/result.js'
import {sarif} from '../../src/formatters/sarif.js'
import {context, fixture} from './fixture.js'

const schema = JSON.parse(
  readFileSync(new URL('../schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'),
)
// The official schema uses the uri and date-time formats; their syntax is not what we test.
const validate = new Ajv({
  allErrors: true,
  strict: false,
  validateFormats: false,
  // One pattern in the official schema is not valid with the u flag.
  unicodeRegExp: false,
}).compile(schema)

describe('sarif formatter', () => {
  it('validates against the official SARIF 2.1.0 schema', async () => {
    const log = JSON.parse(sarif(await fixture(), context))
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  it('the schema check can fail: a result without a message is rejected', async () => {
    const log = JSON.parse(sarif(await fixture(), context))
    delete log.runs[0].results[0].message
    expect(validate(log)).toBe(false)
  })

  it('lists the reporting rules sorted by id, with Dutch descriptions, help and safe fixes', async () => {
    const log = JSON.parse(sarif(await fixture(), {...context, cwd: '/srv/brieven-repo'}))
    expect(log.runs[0].tool.driver).toEqual({
      name: 'duidelijk',
      version: '0.1.0',
      rules: [
        {
          id: 'ambtelijke-taal',
          shortDescription: {text: 'Schrijf gewone woorden.'},
          fullDescription: {text: 'Vervang ambtelijke woorden door gewone woorden.'},
          help: {text: 'Vervang ambtelijke woorden door gewone woorden.'},
          defaultConfiguration: {level: 'warning'},
        },
        {
          id: 'persoonsgegevens',
          shortDescription: {text: 'Geen persoonsgegevens.'},
          fullDescription: {text: 'Geen persoonsgegevens.'},
          help: {text: 'Geen persoonsgegevens.'},
          defaultConfiguration: {level: 'note'},
        },
      ],
    })
    expect(log.runs[0].originalUriBaseIds).toEqual({
      '%SRCROOT%': {
        uri: 'file:///srv/brieven-repo/',
        description: {text: 'De map waarin duidelijk draaide.'},
      },
    })
    const [first, , third] = log.runs[0].results
    expect(first).toEqual({
      ruleId: 'ambtelijke-taal',
      ruleIndex: 0,
      level: 'warning',
      message: {text: '‘Reeds’ is ouderwets voor ‘al’.'},
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: 'brieven/a.txt', uriBaseId: '%SRCROOT%'},
            region: {startLine: 1, startColumn: 24, endLine: 1, endColumn: 29},
          },
        },
      ],
      partialFingerprints: {'duidelijkFinding/v1': expect.stringMatching(/^[0-9a-f]{32}:1$/)},
      fixes: [
        {
          description: {text: 'Vervang door ‘al’'},
          artifactChanges: [
            {
              artifactLocation: {uri: 'brieven/a.txt', uriBaseId: '%SRCROOT%'},
              replacements: [
                {deletedRegion: {charOffset: 23, charLength: 5}, insertedContent: {text: 'al'}},
              ],
            },
          ],
        },
      ],
    })
    expect([third.ruleIndex, third.level, third.fixes]).toEqual([1, 'note', undefined])
    expect(JSON.stringify(log)).not.toContain('111222333')
  })

  it('gives the whole doc page as help, with helpUri and tags only when known', async () => {
    const rules = [
      {
        id: 'ambtelijke-taal',
        description: 'Schrijf gewone woorden.',
        fullDescription: 'Deze regel meldt ambtelijke woorden.',
        help: {
          markdown: '## Wat\n\nDeze regel meldt **ambtelijke** woorden.\n',
          text: 'Wat\n\nDeze regel meldt ambtelijke woorden.\n',
        },
        helpUri: 'https://example.org/docs/rules/ambtelijke-taal.md',
        url: 'https://example.org/docs/rules/ambtelijke-taal.md',
        severity: 'warning',
        category: 'woordkeus',
      },
    ]
    const log = JSON.parse(
      sarif(await fixture(), {rules, version: '1.0.0', informationUri: 'https://example.org'}),
    )
    expect(log.runs[0].tool.driver.informationUri).toBe('https://example.org')
    expect(log.runs[0].tool.driver.rules[0]).toEqual({
      id: 'ambtelijke-taal',
      shortDescription: {text: 'Schrijf gewone woorden.'},
      fullDescription: {text: 'Deze regel meldt ambtelijke woorden.'},
      helpUri: 'https://example.org/docs/rules/ambtelijke-taal.md',
      help: rules[0]!.help,
      defaultConfiguration: {level: 'warning'},
      properties: {tags: ['woordkeus']},
    })
  })

  it('fingerprints survive lines added above, and tell repeated findings apart', async () => {
    const {createChecker} = await import('@duidelijk/core')
    const checker = await createChecker({
      rules: {spelling: 'off', 'ambtelijke-taal': 'warning'},
    })
    const letter = 'Wij hebben uw aanvraag reeds ontvangen.\n\nIndien u vragen heeft, belt u ons.\n'
    const prints = (text: string) =>
      JSON.parse(sarif([checker.check({path: 'a.txt', text})], context)).runs[0].results.map(
        (r: {ruleId: string; partialFingerprints: Record<string, string>}) =>
          `${r.ruleId} ${r.partialFingerprints['duidelijkFinding/v1']}`,
      )
    const before = prints(letter)
    const after = prints(`Geachte heer Jansen,\n\nDit is een nieuwe alinea.\n\n${letter}`)
    for (const print of before) expect(after).toContain(print)
    const twice = prints('Dat is reeds gedaan.\nDat is reeds gedaan.\n').filter((p: string) =>
      p.startsWith('ambtelijke-taal'),
    )
    expect(twice.map((p: string) => p.slice(-2))).toEqual([':1', ':2'])
    expect(twice[0]!.slice(0, -2)).toBe(twice[1]!.slice(0, -2))
  })

  it('gives a finding on a line with personal data the same fingerprint from a worker thread', async () => {
    const {createChecker} = await import('@duidelijk/core')
    const checker = await createChecker({rules: {spelling: 'off', 'ambtelijke-taal': 'warning'}})
    const result = checker.check({
      path: 'a.txt',
      text: 'Uw auto met kenteken GX-112-R stond reeds op de stoep.\n',
    })
    const prints = (r: typeof result) =>
      JSON.parse(sarif([r], context)).runs[0].results.map(
        (x: {ruleId: string; partialFingerprints: Record<string, string>}) =>
          `${x.ruleId} ${x.partialFingerprints['duidelijkFinding/v1']}`,
      )
    // A worker thread (and the cache) hands the main thread the result with the source masked.
    const revived = reviveResult(storeResult(result))
    expect(revived.document.source).toContain('kenteken •••••••• stond')
    expect(prints(result).filter((p: string) => p.startsWith('ambtelijke-taal'))).toHaveLength(1)
    expect(prints(revived)).toEqual(prints(result))
  })
})
