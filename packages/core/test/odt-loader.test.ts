import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {loadOdt} from '../src/formats/odt.js'
import {sniffFormat} from '../src/formats/index.js'
import {checkerFor} from './helpers.js'

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'

function odt(body: string): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), {level: 0}],
    'content.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    ),
  })
}

const LETTER = odt(
  [
    '<text:h text:outline-level="1">Uw aanvraag</text:h>',
    '<text:p>Beste <text:placeholder text:placeholder-type="text">&lt;naam&gt;</text:placeholder>,</text:p>',
    '<text:p>Wij hebben uw brief<text:s/>reeds ontvangen.<office:annotation><text:p>Middels dit commentaar</text:p></office:annotation></text:p>',
    '<text:list><text:list-item><text:p>Neem uw paspoort mee.</text:p></text:list-item></text:list>',
    '<table:table><table:table-row><table:table-cell><text:p>Indien u te laat bent, belt u ons.</text:p></table:table-cell></table:table-row></table:table>',
  ].join(''),
)

describe('OpenDocument (.odt) loader', () => {
  it('reads headings, paragraphs, lists and tables; leaves comments out; placeholders are masked', () => {
    const doc = loadOdt(LETTER, 'brief.odt')
    expect(doc.source.split('\n')).toEqual([
      'Uw aanvraag',
      'Beste «<naam>»,',
      'Wij hebben uw brief reeds ontvangen.',
      'Neem uw paspoort mee.',
      'Indien u te laat bent, belt u ons.',
    ])
    expect(doc.units.map((u) => u.kind)).toEqual([
      'heading',
      'paragraph',
      'paragraph',
      'listItem',
      'tableCell',
    ])
    expect(doc.masked.map((m) => m.value)).toEqual(['«<naam>»'])
  })

  it('is recognised from the bytes and gives readable locations', () => {
    expect(sniffFormat(LETTER, undefined)).toBe('odt')
    const {findings, format} = checkerFor({rules: {spelling: 'off'}}).check({
      path: 'brief',
      bytes: LETTER,
    })
    expect(format).toBe('odt')
    expect(
      findings
        .filter((f) => f.ruleId === 'ambtelijke-taal')
        .map((f) => [f.actual, f.location?.label]),
    ).toEqual([
      ['reeds', 'alinea 3'],
      ['Indien', 'tabel 1, cel 1'],
    ])
  })
})
