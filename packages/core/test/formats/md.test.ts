import {describe, expect, it} from 'vitest'
import {loadMarkdown} from '../../src/formats/md.js'
import {checkRule} from '../helpers.js'

const jargon = (md: string) =>
  checkRule('ambtelijke-taal', md, {format: 'md'}).map((f) => [
    f.actual,
    f.range.start.line,
    f.range.start.column,
    md.slice(f.range.start.offset, f.range.end.offset),
  ])

describe('Markdown: tables, links and HTML blocks', () => {
  it('table cells are units; the header row and the delimiter row are no text', () => {
    const md = '| Wat | Kosten |\n| --- | ---: |\n| Paspoort | Thans € 80 |\n| Rijbewijs | € 50 |\n'
    const doc = loadMarkdown(md)
    expect(doc.units.map((u) => [u.kind, doc.text.slice(u.start, u.end)])).toEqual([
      ['tableCell', 'Wat'],
      ['tableCell', 'Kosten'],
      ['tableCell', 'Paspoort'],
      ['tableCell', 'Thans € 80'],
      ['tableCell', 'Rijbewijs'],
      ['tableCell', '€ 50'],
    ])
    expect(jargon(md)).toEqual([['Thans', 3, 14, 'Thans']])
  })

  it('link text is checked, the URL and a reference definition are not', () => {
    const md =
      'Betaal [reeds nu online](https://www.dronten.nl/indien-mogelijk "Middels de site").\n\nZie ook [de regels][regels].\n\n[regels]: https://www.dronten.nl/thans\n'
    expect(jargon(md)).toEqual([['reeds', 1, 9, 'reeds']])
  })

  it('an HTML block with entities maps findings to the exact characters', () => {
    const md = 'Beste Sanne,\n\n<p>Uw caf&eacute; mag thans open.</p>\n\nMet vriendelijke groet,\n'
    expect(jargon(md)).toEqual([['thans', 3, 23, 'thans']])
  })
})
