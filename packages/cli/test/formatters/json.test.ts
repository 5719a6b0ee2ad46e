import {readFileSync} from 'node:fs'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import {json, serializeReport, type JsonReport} from '../../src/formatters/json.js'
import {context, fixture} from './fixture.js'

const schema = JSON.parse(
  readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'),
)
const validate = new Ajv({allErrors: true}).compile(schema)

describe('json formatter', () => {
  it('follows the documented, versioned schema', async () => {
    const report = JSON.parse(json(await fixture(), context))
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(validate({...report, schemaVersion: 2})).toBe(false)
  })

  it('has the version, totals, files in order and findings with exact ranges', async () => {
    const report = JSON.parse(json(await fixture(), context))
    expect(report.schemaVersion).toBe(1)
    expect(report.tool).toEqual({name: 'duidelijk', version: '0.1.0'})
    expect(report.summary).toEqual({files: 2, error: 0, warning: 2, info: 1})
    expect(report.files.map((f: {path: string}) => f.path)).toEqual([
      'brieven/a.txt',
      'brieven/b.txt',
    ])
    expect(report.files[0].findings[1]).toEqual({
      ruleId: 'ambtelijke-taal',
      messageId: 'vervang',
      severity: 'warning',
      message: '‘Indien’ is formeel. ‘Als’ is korter en gewoner.',
      range: {start: {line: 2, column: 1, offset: 40}, end: {line: 2, column: 7, offset: 46}},
      actual: 'Indien',
      expected: ['Als'],
      fix: 'safe',
      url: 'https://github.com/duidelijk/duidelijk/blob/main/docs/rules/ambtelijke-taal.md',
      sensitive: false,
    })
    expect(report.files[0].metrics.words).toBe(13)
    expect(report.files[0].metrics.perSentence).toBeUndefined()
  })

  it('never contains the text of personal data', async () => {
    const text = json(await fixture(), context)
    expect(text).toContain('"sensitive": true')
    expect(text).not.toContain('111222333')
  })

  it('writes each file exactly as serializeReport does (two-space JSON, C1 characters escaped)', async () => {
    const results = await fixture()
    // A path with a C1 control character (8-bit CSI) and one with an ordinary accent.
    results[0]!.path = 'brieven/\u009b31m-é.txt'
    const text = json(results, context)
    const parsed = JSON.parse(text) as JsonReport
    expect(text).toBe(serializeReport(parsed))
    expect(text).toContain('"path": "brieven/\\u009b31m-é.txt"')
    expect(text).toContain('\n    {\n      "path": "brieven/')
  })
})
