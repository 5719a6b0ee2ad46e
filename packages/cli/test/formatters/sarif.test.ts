import {readFileSync} from 'node:fs'
import Ajv from 'ajv-draft-04'
import {describe, expect, it} from 'vitest'
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

  it('lists the reporting rules sorted by id, with Dutch descriptions, help URIs and safe fixes', async () => {
    const log = JSON.parse(sarif(await fixture(), context))
    expect(log.runs[0].tool.driver).toEqual({
      name: 'duidelijk',
      version: '0.1.0',
      informationUri: 'https://github.com/duidelijk/duidelijk',
      rules: [
        {
          id: 'ambtelijke-taal',
          shortDescription: {text: 'Schrijf gewone woorden.'},
          fullDescription: {text: 'Vervang ambtelijke woorden door gewone woorden.'},
          helpUri: 'https://example.org/ambtelijke-taal.md',
          help: {
            text: 'Vervang ambtelijke woorden door gewone woorden. Uitleg: https://example.org/ambtelijke-taal.md',
          },
          defaultConfiguration: {level: 'warning'},
        },
        {
          id: 'persoonsgegevens',
          shortDescription: {text: 'Geen persoonsgegevens.'},
          fullDescription: {text: 'Geen persoonsgegevens.'},
          helpUri: 'https://example.org/persoonsgegevens.md',
          help: {text: 'Geen persoonsgegevens. Uitleg: https://example.org/persoonsgegevens.md'},
          defaultConfiguration: {level: 'note'},
        },
      ],
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
            artifactLocation: {uri: 'brieven/a.txt'},
            region: {startLine: 1, startColumn: 24, endLine: 1, endColumn: 29},
          },
        },
      ],
      fixes: [
        {
          description: {text: 'Vervang door ‘al’'},
          artifactChanges: [
            {
              artifactLocation: {uri: 'brieven/a.txt'},
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
})
