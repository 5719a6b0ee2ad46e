import {describe, expect, it} from 'vitest'
import {loadHtml} from '../src/formats/html.js'
import {createLocator} from '../src/sourcemap.js'
import {checkRule, checkerFor} from './helpers.js'

const units = (html: string) => {
  const doc = loadHtml(html)
  return doc.units.map((u) => [u.kind, doc.text.slice(u.start, u.end)])
}

describe('HTML loader', () => {
  it('reads what a reader sees: blocks, line breaks, lists, tables, alt and title', () => {
    const html = `<!doctype html><html lang="nl"><head><title>Brief</title><style>p{color:red}</style></head>
<body>
<p>Beste {{naam}},<br>Wij hebben uw <b>aanvraag</b> ontvangen.</p>
<div hidden>Verborgen tekst.</div><p style="display: none">Ook verborgen.</p>
<ul><li>Neem uw paspoort mee</li><li>Kom op tijd</li></ul>
<table><tr><td>Kosten</td><td>€ 45,00</td></tr></table>
<script>var x = 'niet lezen'</script>
<img src="logo.png" alt="Logo van de gemeente Dronten"><a href="https://www.dronten.nl" title="Naar de website">website</a>
</body></html>`
    expect(units(html)).toEqual([
      ['paragraph', 'Beste {{naam}},'],
      ['paragraph', 'Wij hebben uw aanvraag ontvangen.'],
      ['listItem', 'Neem uw paspoort mee'],
      ['listItem', 'Kom op tijd'],
      ['tableCell', 'Kosten'],
      ['tableCell', '€ 45,00'],
      ['paragraph', 'website'],
      ['alt', 'Logo van de gemeente Dronten'],
      ['title', 'Naar de website'],
    ])
    expect(loadHtml(html).lang).toBe('nl')
  })

  it('reads the cells of a layout table as paragraphs, and keeps a data table inside it', () => {
    // An e-mail template as mail systems hold it: the whole letter in nested tables.
    const html = `<table width="100%" cellpadding="0"><tr><td align="center">
<table width="600"><tr><td style="padding:20px">Gemeente Diepenveld</td></tr>
<tr><td style="padding:24px">
<p>Beste mevrouw Kok,</p>
<p>Wij hebben besloten dat u de huishoudelijke hulp krijgt.</p>
<table><tr><td>Start</td><td>1 mei 2026</td></tr><tr><td>Uren per week</td><td>3</td></tr></table>
<p>Met vriendelijke groet,</p><p>Lotte Brink</p>
</td></tr></table></td></tr></table>`
    expect(units(html)).toEqual([
      ['paragraph', 'Gemeente Diepenveld'],
      ['paragraph', 'Beste mevrouw Kok,'],
      ['paragraph', 'Wij hebben besloten dat u de huishoudelijke hulp krijgt.'],
      ['tableCell', 'Start'],
      ['tableCell', '1 mei 2026'],
      ['tableCell', 'Uren per week'],
      ['tableCell', '3'],
      ['paragraph', 'Met vriendelijke groet,'],
      ['paragraph', 'Lotte Brink'],
    ])
    // So it is a letter, and the letter rules run: this decision names no way to object.
    const result = checkerFor({rules: {spelling: 'off'}}).check({text: html, format: 'html'})
    expect(result.isLetter).toBe(true)
    expect(
      result.findings.filter((f) => f.ruleId === 'bezwaarclausule').map((f) => f.messageId),
    ).toEqual(['ontbreekt'])
    // A table marked as presentation is layout as well, even with two columns of text.
    expect(
      units(
        '<table role="presentation"><tr><td>Beste Sem,</td><td>Welkom in Diepenveld.</td></tr></table>',
      ),
    ).toEqual([
      ['paragraph', 'Beste Sem,'],
      ['paragraph', 'Welkom in Diepenveld.'],
    ])
  })

  it('reads a row of a layout table with its number in a cell of its own as a list item', () => {
    // Steps in a mail template (blind letters, set-gggg): the number cell is the list marker.
    const html = `<table role="presentation">
<tr><td colspan="2"><h2>Wat vragen wij van u?</h2></td></tr>
<tr><td width="24">1.</td><td>Vul de vragenlijst in.</td></tr>
<tr><td>2.</td><td>Geef de code aan <b>uw kind</b>.</td></tr>
<tr><td>&bull;</td><td>Doe dit vóór 10 januari.</td></tr>
<tr><td>Let op</td><td>De lijst is anoniem.</td></tr>
</table>`
    expect(units(html)).toEqual([
      ['heading', 'Wat vragen wij van u?'],
      ['listItem', 'Vul de vragenlijst in.'],
      ['listItem', 'Geef de code aan uw kind.'],
      ['listItem', 'Doe dit vóór 10 januari.'],
      ['paragraph', 'Let op'],
      ['paragraph', 'De lijst is anoniem.'],
    ])
    // A data table keeps a number in a cell of its own.
    expect(units('<table><tr><td>3</td><td>uren per week</td></tr></table>')).toEqual([
      ['tableCell', '3'],
      ['tableCell', 'uren per week'],
    ])
  })

  it('ends a long line at <br> when the next line starts with a capital or a digit', () => {
    // A footer's address and phone lines (set-jjjj: read as one sentence of 24 words).
    const html = `<table><tr><td style="font-size:12px">
Gemeente Ruinen · Brink 1 · 7963 AA Ruinen · Postbus 120, 7963 ZH Ruinen<br>
Telefoon 0522 47 12 00 · <a href="https://www.ruinen.nl">www.ruinen.nl</a><br>
Deze e-mail is alleen voor u bedoeld.
</td></tr></table>
<p>Wij hebben uw aanvraag voor een nieuwe parkeervergunning op tijd en compleet<br>
ontvangen en gaan ermee aan de slag.</p>`
    expect(units(html)).toEqual([
      ['paragraph', 'Gemeente Ruinen · Brink 1 · 7963 AA Ruinen · Postbus 120, 7963 ZH Ruinen'],
      ['paragraph', 'Telefoon 0522 47 12 00 · www.ruinen.nl'],
      ['paragraph', 'Deze e-mail is alleen voor u bedoeld.'],
      // In running text a break before a lower-case word is a space.
      [
        'paragraph',
        'Wij hebben uw aanvraag voor een nieuwe parkeervergunning op tijd en compleet \nontvangen en gaan ermee aan de slag.',
      ],
    ])
  })

  it('decodes entities and maps findings to the exact characters of the source', () => {
    const html = '<p>Wij hebben uw caf&eacute;-vergunning &amp; uw brief reeds ontvangen.</p>'
    const doc = loadHtml(html)
    expect(doc.text.slice(doc.units[0]!.start, doc.units[0]!.end)).toBe(
      'Wij hebben uw café-vergunning & uw brief reeds ontvangen.',
    )
    const [finding] = checkRule('ambtelijke-taal', html, {format: 'html'})
    expect([
      finding!.actual,
      html.slice(finding!.range.start.offset, finding!.range.end.offset),
    ]).toEqual(['reeds', 'reeds'])
    const locator = createLocator(doc)
    const at = doc.text.indexOf('é')
    const range = locator.range(at, at + 1)
    expect(html.slice(range.start.offset, range.end.offset)).toBe('&eacute;')
  })

  it('reads disable comments and checks a letter in an e-mail template', () => {
    const html =
      '<p>Beste {{naam}},</p><!-- duidelijk-disable-next-line ambtelijke-taal -->\n<p>Wij hebben uw brief reeds ontvangen.</p>'
    expect(checkRule('ambtelijke-taal', html, {format: 'html'})).toEqual([])
    const result = checkerFor({rules: {spelling: 'off'}}).check({text: html, format: 'html'})
    expect(result.isLetter).toBe(true)
  })

  it('never turns markup into text (white space after </body>)', () => {
    const html = '<html><body>\r\n<p>Team Afval</p>\r\n</body>\r\n</html>\r\n'
    expect(units(html)).toEqual([['paragraph', 'Team Afval']])
  })

  it('is picked by the .html extension', () => {
    const result = checkerFor({rules: {spelling: 'off'}}).check({
      path: 'mail.html',
      text: '<p>Wij hebben uw brief reeds ontvangen.</p>',
    })
    expect(result.format).toBe('html')
    expect(result.findings.map((f) => f.ruleId)).toContain('ambtelijke-taal')
  })
})

describe('messages quote what the reader sees', () => {
  it('decodes an entity in the flagged word, while the range and actual stay on the source', () => {
    const html = '<p>Het bedrag wordt elk jaar ge&iuml;ndexeerd.</p>'
    const [finding] = checkRule('moeilijk-woord', html, {format: 'html'})
    expect(finding!.actual).toBe('ge&iuml;ndexeerd')
    expect(html.slice(finding!.range.start.offset, finding!.range.end.offset)).toBe(
      'ge&iuml;ndexeerd',
    )
    expect(finding!.message).toBe(
      '‘geïndexeerd’ kennen veel lezers niet. Kies een gewoner woord, of leg in de zin uit wat het betekent.',
    )
  })
})
