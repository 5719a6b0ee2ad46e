import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {isDuidelijkError} from '../src/errors.js'
import {loadDocx} from '../src/formats/docx.js'
import {checkerFor} from './helpers.js'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const p = (inner: string, props = '') =>
  `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${inner}</w:p>`
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`

function docx(body: string, extra: Record<string, string> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    ),
    ...Object.fromEntries(Object.entries(extra).map(([name, xml]) => [name, strToU8(xml)])),
  })
}

const LETTER = docx(
  [
    p(r('Onderwerp: uw aanvraag'), '<w:pStyle w:val="Heading1"/>'),
    p(
      `${r('Beste ')}<w:fldSimple w:instr=" MERGEFIELD Voornaam "><w:r><w:t>«Voornaam»</w:t></w:r></w:fldSimple>${r(',')}`,
    ),
    p(
      `${r('Wij hebben uw aanvr')}${r('aag ')}<w:del><w:r><w:delText>middels </w:delText></w:r></w:del><w:ins>${r('reeds ')}</w:ins>${r('ontvangen.')}`,
    ),
    p(r('Neem uw paspoort mee.'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'),
    `<w:tbl><w:tr><w:tc>${p(r('Kosten'))}</w:tc><w:tc>${p(r('Indien u te laat betaalt, kost het meer.'))}</w:tc></w:tr></w:tbl>`,
    p(
      `${r('Uw nummer: ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD Zaaknummer </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('«Zaaknummer»')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
    ),
    p(`<w:sdt><w:sdtContent>${r('Klik hier voor de datum')}</w:sdtContent></w:sdt>`),
  ].join(''),
  {
    'word/header1.xml': `<w:hdr ${W}>${p(r('Gemeente Dronten'))}</w:hdr>`,
    'word/footer1.xml': `<w:ftr ${W}>${p(r('Thans bereikbaar op 14 0321.'))}</w:ftr>`,
    'word/comments.xml': `<w:comments ${W}><w:comment>${p(r('Middels dit commentaar'))}</w:comment></w:comments>`,
  },
)

describe('Word (.docx) loader', () => {
  it('reads body, headers, footers and tables; merges runs; keeps insertions, drops deletions and comments', () => {
    const doc = loadDocx(LETTER, 'brief.docx')
    expect(doc.source.split('\n')).toEqual([
      'Gemeente Dronten',
      'Onderwerp: uw aanvraag',
      'Beste «Voornaam»,',
      'Wij hebben uw aanvraag reeds ontvangen.',
      'Neem uw paspoort mee.',
      'Kosten',
      'Indien u te laat betaalt, kost het meer.',
      'Uw nummer: «Zaaknummer»',
      '«Klik hier voor de datum»',
      'Thans bereikbaar op 14 0321.',
    ])
    expect(doc.units.map((u) => u.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'listItem',
      'tableCell',
      'tableCell',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
    expect(doc.masked.filter((m) => m.kind === 'placeholder').map((m) => m.value)).toEqual([
      '«Voornaam»',
      '«Zaaknummer»',
      '«Klik hier voor de datum»',
    ])
    expect(doc.writable).toBe(false)
  })

  it('gives readable locations: alinea, tabel and cel, koptekst and voettekst', () => {
    const {findings} = checkerFor({rules: {spelling: 'off'}}).check({
      path: 'brief.docx',
      bytes: LETTER,
    })
    const jargon = findings.filter((f) => f.ruleId === 'ambtelijke-taal')
    expect(jargon.map((f) => [f.actual, f.location?.label])).toEqual([
      ['reeds', 'alinea 3'],
      ['Indien', 'tabel 1, cel 2'],
      ['Thans', 'voettekst'],
    ])
    expect(jargon[0]!.location!.excerpt).toBe('Wij hebben uw aanvraag reeds ontvangen.')
  })

  it('gives clear errors for broken files and zip bombs', () => {
    const error = (bytes: Uint8Array) => {
      try {
        loadDocx(bytes, 'kapot.docx')
      } catch (e) {
        return isDuidelijkError(e) ? `${e.code}: ${e.message}` : String(e)
      }
      return 'geen fout'
    }
    expect(error(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toBe(
      'format: kapot.docx: dit is geen geldig Word-bestand (.docx): het zip-archief is beschadigd of onvolledig',
    )
    expect(error(zipSync({'iets.txt': strToU8('hallo')}))).toBe(
      'format: kapot.docx: dit is geen Word-document: word/document.xml ontbreekt',
    )
    expect(
      error(zipSync({'word/document.xml': strToU8(`<w:document ${W}><w:body><w:p>`)})),
    ).toMatch(/^parse: kapot\.docx: dit Word-bestand is beschadigd/)
    const bomb = zipSync(
      {'word/document.xml': new Uint8Array(70 * 1024 * 1024).fill(0x20)},
      {level: 9},
    )
    expect(error(bomb)).toBe(
      'format: kapot.docx: dit Word-bestand (.docx) is uitgepakt te groot (meer dan 64 MB tekst); is het wel een gewone brief?',
    )
  })
})

describe('Word file written by a real writer (docx npm package)', () => {
  it('reads header, footer, table, merge field and tracked changes, without the comment', async () => {
    const {readFileSync} = await import('node:fs')
    const bytes = new Uint8Array(readFileSync(new URL('fixtures/brief-word.docx', import.meta.url)))
    const doc = loadDocx(bytes, 'brief-word.docx')
    expect(doc.source.split('\n')).toEqual([
      'Gemeente Dronten',
      'Uw aanvraag voor een parkeervergunning',
      'Beste «Voornaam»,',
      'Wij hebben uw aanvraag reeds ontvangen. U krijgt binnen acht weken bericht.',
      'Kosten',
      'Indien u te laat betaalt, kost het meer.',
      'Thans bereikbaar op 14 0321.',
    ])
    expect(doc.units.map((u) => u.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'tableCell',
      'tableCell',
      'paragraph',
    ])
    expect(doc.masked.map((m) => [m.kind, m.value])).toEqual([['placeholder', '«Voornaam»']])
  })
})
