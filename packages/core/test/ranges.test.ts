import {strToU8, zipSync} from 'fflate'
import {beforeAll, describe, expect, it} from 'vitest'
import {createChecker, type Checker} from '../src/checker.js'
import type {Format} from '../src/types.js'

let checker: Checker
beforeAll(async () => {
  checker = await createChecker({rules: {spelling: 'off', 'moeilijk-woord': 'off'}})
})

const BODY =
  'Indien u vragen heeft, bel ons. Wij hebben Uw brief reeds ontvangen en sturen de pas z.s.m. op.'
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'

const INPUTS: Array<[Format, Uint8Array]> = [
  ['txt', strToU8(`Beste Sanne,\r\n\r\n${BODY}\r\n`)],
  ['md', strToU8(`# Uw pas\n\nBeste Sanne,\n\n*${BODY.slice(0, 31)}* ${BODY.slice(32)}\n`)],
  [
    'html',
    strToU8(
      `<p>Beste Sanne,</p><p>Indien u vragen heeft, bel&nbsp;ons. Wij hebben Uw brief reeds ontvangen en sturen de pas z.s.m. op.</p>`,
    ),
  ],
  [
    'eml',
    strToU8(
      `From: a@dronten.nl\r\nSubject: Indien mogelijk: uw pas\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBeste Sanne,\r\n\r\n${BODY}\r\n`,
    ),
  ],
  [
    'docx',
    zipSync({
      'word/document.xml': strToU8(
        `<w:document ${W}><w:body><w:p><w:r><w:t>Beste Sanne,</w:t></w:r></w:p><w:p><w:r><w:t>Indien u vragen heeft, </w:t></w:r><w:r><w:t>bel ons. ${BODY.slice(32)}</w:t></w:r></w:p></w:body></w:document>`,
      ),
    }),
  ],
  [
    'odt',
    zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), {level: 0}],
      'content.xml': strToU8(
        `<office:document-content ${NS}><office:body><office:text><text:p>Beste Sanne,</text:p><text:p>${BODY}</text:p></office:text></office:body></office:document-content>`,
      ),
    }),
  ],
]

describe('ranges read back from the source are exactly the flagged text', () => {
  it.each(INPUTS)('%s', async (format, bytes) => {
    const result = await checker.checkAsync({path: `brief.${format}`, bytes})
    const flagged = result.findings.filter(
      (f) => !f.sensitive && f.actual && !f.actual.includes('…'),
    )
    expect(flagged.map((f) => f.actual)).toEqual(
      expect.arrayContaining(['Indien', 'Uw', 'reeds', 'z.s.m.']),
    )
    for (const finding of flagged) {
      const {start, end} = finding.range
      expect([finding.ruleId, result.document.source.slice(start.offset, end.offset)]).toEqual([
        finding.ruleId,
        finding.actual,
      ])
    }
  })
})
