import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {isDuidelijkError} from '../../src/errors.js'
import {loadDocx} from '../../src/formats/docx.js'
import {loadOdt} from '../../src/formats/odt.js'
import type {Document} from '../../src/types.js'
import {checkerFor} from '../helpers.js'
import {fixture} from './fixtures.js'

/** Each line of the source with its readable location. */
const located = (doc: Document) => {
  let offset = 0
  return doc.source.split('\n').map((line) => {
    const label = doc.locate!(offset)?.label
    offset += line.length + 1
    return [label, line]
  })
}

const checker = () => checkerFor({rules: {spelling: 'off', 'moeilijk-woord': 'off'}})

const LETTER = [
  ['alinea 1', 'Besluit op uw aanvraag'],
  ['alinea 2', 'Beste «Aanhef»,'],
  ['alinea 3', 'Wij hebben uw aanvraag reeds ontvangen. U krijgt binnen acht weken bericht.'],
  ['alinea 4', 'Vul het formulier in.'],
  ['alinea 5', 'Stuur het formulier op.'],
  ['tabel 1, cel 1', 'Leges'],
  ['tabel 1, cel 2', 'Indien u te laat betaalt, kost het meer.'],
  ['tekstvak 1', 'Vragen? Bel ons op werkdagen.'],
]

describe('Word file written by the docx package, with content controls added', () => {
  const doc = loadDocx(fixture('brief-docxjs.docx'), 'brief-docxjs.docx')

  it('reads every part in reading order with readable locations', () => {
    expect(located(doc)).toEqual([
      ['koptekst', 'Gemeente Dronten'],
      ...LETTER,
      ['alinea 6', 'Met vriendelijke groet, «3 maart 2025»'],
      ['alinea 7', 'Klik of tik om tekst in te voeren.'],
      ['voettekst', 'Thans bereikbaar op 14 0321.'],
      ['voetnoot 1', 'Zie artikel 2.1 van de Algemene wet bestuursrecht.'],
    ])
    expect(doc.units.map((u) => u.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'listItem',
      'listItem',
      'tableCell',
      'tableCell',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
  })

  it('masks the merge field, the inline content control and a block control showing its placeholder', () => {
    expect(doc.masked.map((m) => [m.kind, m.value])).toEqual([
      ['placeholder', '«Aanhef»'],
      ['placeholder', '«3 maart 2025»'],
      ['placeholder', 'Klik of tik om tekst in te voeren.'],
    ])
  })

  it('reports "alinea 3" with an excerpt, and never the deleted or commented text', () => {
    const {findings} = checker().check({
      path: 'brief-docxjs.docx',
      bytes: fixture('brief-docxjs.docx'),
    })
    const jargon = findings.filter((f) => f.ruleId === 'ambtelijke-taal')
    expect(jargon.map((f) => [f.actual, f.location?.label, f.range.start.line])).toEqual([
      ['reeds', 'alinea 3', 4],
      ['Leges', 'tabel 1, cel 1', 7],
      ['Indien', 'tabel 1, cel 2', 8],
      ['Thans', 'voettekst', 12],
    ])
    expect(jargon[0]!.location!.excerpt).toBe(
      'Wij hebben uw aanvraag reeds ontvangen. U krijgt binnen acht weken berich…',
    )
    expect(findings.map((f) => f.actual)).not.toContain('middels')
    expect(findings.map((f) => f.actual)).not.toContain('Middels')
  })
})

describe('LibreOffice writes the same letter as .docx and .odt', () => {
  it('the .docx reads like the docx-package letter', () => {
    const doc = loadDocx(fixture('brief-libreoffice.docx'), 'brief-libreoffice.docx')
    expect(located(doc)).toEqual([
      ['koptekst', 'Gemeente Dronten'],
      ...LETTER,
      ['alinea 6', 'Met vriendelijke groet,'],
      ['voettekst', 'Thans bereikbaar op 14 0321.'],
      ['voetnoot 1', 'Zie artikel 2.1 van de Algemene wet bestuursrecht.'],
    ])
    expect(doc.masked.map((m) => m.value)).toEqual(['«Aanhef»'])
  })

  it('the .odt gives the same lines and locations', () => {
    const doc = loadOdt(fixture('brief-libreoffice.odt'), 'brief-libreoffice.odt')
    expect(located(doc)).toEqual([
      ['koptekst', 'Gemeente Dronten'],
      ['alinea 1', 'Besluit op uw aanvraag'],
      ['alinea 2', 'Beste «<Aanhef>»,'],
      ...LETTER.slice(2),
      ['alinea 6', 'Met vriendelijke groet,'],
      ['voettekst', 'Thans bereikbaar op 14 0321.'],
      ['voetnoot 1', 'Zie artikel 2.1 van de Algemene wet bestuursrecht.'],
    ])
    expect(doc.writable).toBe(false)
  })
})

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const MC =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"'
const r = (text: string, props = '') =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`
const docx = (body: string, extra: Record<string, Uint8Array> = {}) =>
  zipSync({
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document ${W} ${MC}><w:body>${body}</w:body></w:document>`,
    ),
    ...extra,
  })

describe('Word details', () => {
  it('reads a text box once, although Word stores it twice (mc:Choice and mc:Fallback)', () => {
    const box = '<w:txbxContent><w:p>' + r('Bel ons gerust.') + '</w:p></w:txbxContent>'
    const body = `<w:p>${r('Eerste alinea.')}</w:p><w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>${r('Tweede alinea.')}</w:p>`
    const doc = loadDocx(docx(body), 'brief.docx')
    expect(located(doc)).toEqual([
      ['alinea 1', 'Eerste alinea.'],
      ['tekstvak 1', 'Bel ons gerust.'],
      ['alinea 2', 'Tweede alinea.'],
    ])
  })

  it('leaves hidden text out; a block content control with real text is read as text', () => {
    const body = [
      `<w:p>${r('Wij helpen u graag.')}${r(' Interne notitie: reeds gebeld.', '<w:vanish/>')}</w:p>`,
      `<w:sdt><w:sdtPr><w:alias w:val="Kern"/></w:sdtPr><w:sdtContent><w:p>${r('U krijgt het geld terug.')}</w:p></w:sdtContent></w:sdt>`,
      `<w:p>${r('Bel 14 0321')}<w:r><w:noBreakHyphen/></w:r>${r('toets 2.')}</w:p>`,
    ].join('')
    const doc = loadDocx(docx(body), 'brief.docx')
    expect(doc.source.split('\n')).toEqual([
      'Wij helpen u graag.',
      'U krijgt het geld terug.',
      'Bel 14 0321-toets 2.',
    ])
    expect(doc.masked).toEqual([])
  })

  it('numbers headers and footers by their file number, footnotes one by one', () => {
    const part = (tag: string, text: string) =>
      strToU8(`<w:${tag} ${W}><w:p>${r(text)}</w:p></w:${tag}>`)
    const notes = strToU8(
      `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p>${r('Eerste noot.')}</w:p></w:footnote><w:footnote w:id="2"><w:p>${r('Tweede noot.')}</w:p></w:footnote></w:footnotes>`,
    )
    const doc = loadDocx(
      docx(`<w:p>${r('Tekst.')}</w:p>`, {
        'word/header10.xml': part('hdr', 'Kop tien.'),
        'word/header2.xml': part('hdr', 'Kop twee.'),
        'word/footnotes.xml': notes,
      }),
      'brief.docx',
    )
    expect(located(doc)).toEqual([
      ['koptekst', 'Kop twee.'],
      ['koptekst 2', 'Kop tien.'],
      ['alinea 1', 'Tekst.'],
      ['voetnoot 1', 'Eerste noot.'],
      ['voetnoot 2', 'Tweede noot.'],
    ])
  })
})

describe('Word and OpenDocument limits and broken files', () => {
  const error = (load: () => unknown) => {
    try {
      load()
    } catch (e) {
      return isDuidelijkError(e) ? `${e.code}: ${e.message}` : `anders: ${String(e)}`
    }
    return 'geen fout'
  }

  it('refuses an archive with more than 5,000 entries', () => {
    const files: Record<string, Uint8Array> = {'word/document.xml': strToU8(`<w:document ${W}/>`)}
    for (let i = 0; i < 5001; i++) files[`word/media/x${i}.txt`] = new Uint8Array(0)
    expect(error(() => loadDocx(zipSync(files, {level: 0}), 'veel.docx'))).toBe(
      'format: veel.docx: dit Word-bestand (.docx) heeft te veel onderdelen',
    )
  })

  it('refuses a truncated file, naming it', () => {
    const whole = fixture('brief-docxjs.docx')
    expect(error(() => loadDocx(whole.subarray(0, whole.length - 200), 'half.docx'))).toBe(
      'format: half.docx: dit is geen geldig Word-bestand (.docx): het zip-archief is beschadigd of onvolledig',
    )
    const odt = fixture('brief-libreoffice.odt')
    expect(error(() => loadOdt(odt.subarray(0, 3000), 'half.odt'))).toBe(
      'format: half.odt: dit is geen geldig OpenDocument-bestand (.odt): het zip-archief is beschadigd of onvolledig',
    )
  })

  it('never expands entities: a "billion laughs" document is a parse error', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document ${W}><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>`
    expect(
      error(() => loadDocx(zipSync({'word/document.xml': strToU8(xml)}), 'lach.docx')),
    ).toMatch(
      /^parse: lach\.docx: dit Word-bestand is beschadigd \(word\/document\.xml: .*undefined entity/i,
    )
  })

  it('refuses XML nested deeper than 256 levels', () => {
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(130)}<w:p/>${'</w:sdtContent></w:sdt>'.repeat(130)}`
    expect(error(() => loadDocx(docx(deep), 'diep.docx'))).toBe(
      'parse: diep.docx: dit Word-bestand is te diep genest (word/document.xml)',
    )
  })

  it('a broken document in a batch does not stop the next one', async () => {
    const results = await Promise.allSettled(
      [new Uint8Array([0x50, 0x4b, 3, 4]), fixture('brief-docxjs.docx')].map((bytes, i) =>
        checker().checkAsync({path: `brief${i}.docx`, bytes}),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled'])
  })
})
