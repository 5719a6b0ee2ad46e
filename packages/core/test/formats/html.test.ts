import {describe, expect, it} from 'vitest'
import {isDuidelijkError} from '../../src/errors.js'
import {loadHtml, MAX_HTML_DEPTH} from '../../src/formats/html.js'
import {brief, checkerFor, checkRule} from '../helpers.js'

const read = (html: string, finding: {range: {start: {offset: number}; end: {offset: number}}}) =>
  html.slice(finding.range.start.offset, finding.range.end.offset)

function errorOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    return isDuidelijkError(error) ? `${error.code}: ${error.message}` : `anders: ${String(error)}`
  }
  return 'geen fout'
}

describe('HTML: ranges map to the exact source characters', () => {
  it('a word written with an entity inside it maps to the whole entity-containing stretch', () => {
    const html = '<p>Beste Ren&eacute;e,</p>\n<p>Wij hebben uw brief re&#101;ds ontvangen.</p>'
    const [finding] = checkRule('ambtelijke-taal', html, {format: 'html'})
    expect(brief(finding!)).toMatchObject({
      actual: 'reeds',
      line: 2,
      column: 24,
      start: 50,
      end: 60,
    })
    expect(read(html, finding!)).toBe('re&#101;ds')
  })

  it('a phrase with &nbsp; between its words covers the entity', () => {
    const html = '<p>Beste Sanne,</p><p>Uw aanvraag wordt in&nbsp;behandeling genomen.</p>'
    const [finding] = checkRule('ambtelijke-taal', html, {format: 'html'})
    expect(read(html, finding!)).toBe('in&nbsp;behandeling genomen')
  })

  it('alt and title texts are units of their own, mapped into the attribute value', () => {
    const html =
      '<p>Zie de kaart.</p><img src="kaart.png" alt="Kaart: caf&eacute; en ingang; reeds open"><a href="/x" title=\'Thans open\'>route</a>'
    const doc = loadHtml(html)
    expect(doc.units.map((u) => [u.kind, doc.text.slice(u.start, u.end)])).toEqual([
      ['paragraph', 'Zie de kaart.'],
      ['paragraph', 'route'],
      ['alt', 'Kaart: café en ingang; reeds open'],
      ['title', 'Thans open'],
    ])
    const findings = checkRule('ambtelijke-taal', html, {format: 'html'})
    expect(findings.map((f) => [f.actual, read(html, f)])).toEqual([
      ['reeds', 'reeds'],
      ['Thans', 'Thans'],
    ])
  })
})

describe('HTML: what is and is not read', () => {
  it('skips hidden content, comments, templates and scripts', () => {
    const html = `<body>
<p>Wij helpen u graag.</p>
<p aria-hidden="true">Schermlezer ziet dit niet.</p>
<p style="visibility: hidden">Onzichtbaar.</p>
<template><p>Sjabloon.</p></template>
<noscript>Zet JavaScript aan.</noscript>
<!-- interne notitie: reeds gecontroleerd -->
<p>Bel ons gerust.</p>
</body>`
    const doc = loadHtml(html)
    expect(doc.units.map((u) => doc.text.slice(u.start, u.end))).toEqual([
      'Wij helpen u graag.',
      'Bel ons gerust.',
    ])
  })

  it('disable and enable comments become directives that silence findings between them', () => {
    const html = [
      '<p>Wij hebben uw brief reeds ontvangen.</p>',
      '<!-- duidelijk-disable ambtelijke-taal -->',
      '<p>Thans is het loket dicht.</p>',
      '<!-- duidelijk-enable ambtelijke-taal -->',
      '<p>Indien u vragen heeft, bel ons.</p>',
    ].join('\n')
    expect(loadHtml(html).directives.map((d) => [d.kind, d.line])).toEqual([
      ['disable', 2],
      ['enable', 4],
    ])
    expect(checkRule('ambtelijke-taal', html, {format: 'html'}).map((f) => f.actual)).toEqual([
      'reeds',
      'Indien',
    ])
  })
})

describe('HTML: limits', () => {
  it('refuses markup nested deeper than the limit with a clear error instead of a stack overflow', () => {
    const deep = `${'<div>'.repeat(MAX_HTML_DEPTH + 1)}Tekst${'</div>'.repeat(MAX_HTML_DEPTH + 1)}`
    expect(errorOf(() => loadHtml(deep, 'diep.html'))).toBe(
      'parse: diep.html: deze HTML is te diep genest (meer dan 256 elementen in elkaar)',
    )
    const veryDeep = `${'<span>'.repeat(50_000)}Tekst`
    expect(errorOf(() => loadHtml(veryDeep, 'diep.html'))).toMatch(/^parse: diep\.html: /)
  })

  it('reads nested layout tables and thousands of implicitly closed elements', () => {
    const tables = `${'<table><tr><td>'.repeat(60)}Welkom bij de gemeente.${'</td></tr></table>'.repeat(60)}`
    expect(loadHtml(tables).units).toHaveLength(1)
    const items = `<ul>${'<li>Punt'.repeat(3000)}</ul><p>Einde.</p>`
    expect(loadHtml(items).units).toHaveLength(3001)
  })

  it('a large template loads; one above maxFileSize gets a size error', () => {
    const paragraph =
      '<p>Wij hebben uw brief ontvangen en sturen u binnen twee weken een antwoord.</p>\n'
    const large = paragraph.repeat(20_000)
    expect(loadHtml(large).units).toHaveLength(20_000)
    const checker = checkerFor({maxFileSize: 1024 * 1024, rules: {spelling: 'off'}})
    expect(errorOf(() => checker.check({path: 'groot.html', text: large}))).toMatch(
      /^too-large: groot\.html: het bestand is 1\.\d MB; duidelijk controleert bestanden tot 1\.0 MB/,
    )
  })
})
