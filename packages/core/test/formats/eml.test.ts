import {beforeAll, describe, expect, it} from 'vitest'
import {createChecker, type Checker, type CheckResult} from '../../src/checker.js'
import {isDuidelijkError} from '../../src/errors.js'
import {fixture} from './fixtures.js'

let checker: Checker
beforeAll(async () => {
  checker = await createChecker({rules: {spelling: 'off', 'moeilijk-woord': 'off'}})
})

const check = (name: string) => checker.checkAsync({path: name, bytes: fixture(name)})
/** Rule, flagged text, part, line and column, and the source read back at the finding's range. */
const rows = (result: CheckResult, ruleId: string) =>
  result.findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => [
      f.actual,
      f.part,
      f.range.start.line,
      f.range.start.column,
      result.document.source.slice(f.range.start.offset, f.range.end.offset),
    ])

describe('e-mail fixtures', () => {
  it('multipart/alternative: the base64 HTML part is checked, the subject as a sentence of its own', async () => {
    const result = await check('alternatief-base64.eml')
    expect(result.document.meta.part).toBe('text/html')
    expect(result.document.units[0]).toMatchObject({kind: 'subject', start: 0, end: 34})
    expect(rows(result, 'ambtelijke-taal')).toEqual([
      ['thans', 'subject', 1, 24, 'thans'],
      ['Indien', 'text/html', 6, 4, 'Indien'],
    ])
    // The plain alternative ("middels") is not read.
    expect(result.findings.map((f) => f.actual)).not.toContain('middels')
  })

  it('quoted-printable Windows-1252 decodes é and € (Node decodes windows-1252 as Latin-1)', async () => {
    const result = await check('qp-windows-1252.eml')
    expect(result.document.source.split('\n')[4]).toBe(
      'De vergunning voor uw café kost €45,00. Wij sturen u de rekening reeds deze week.',
    )
    expect(rows(result, 'ambtelijke-taal')).toEqual([['reeds', 'text/plain', 5, 66, 'reeds']])
  })

  it('a reply: the signature, the Outlook header block and quoted lines are left out', async () => {
    const result = await check('antwoord-met-citaat.eml')
    expect(result.document.units.map((u) => result.document.text.slice(u.start, u.end))).toEqual([
      'Onderwerp: RE: Vraag over de afvalpas',
      'Beste meneer Smit,',
      'U krijgt de nieuwe afvalpas thans binnen vijf werkdagen.',
      'Met vriendelijke groet,',
      'Team Afval',
    ])
    expect(rows(result, 'ambtelijke-taal').map((row) => row[0])).toEqual(['thans'])
  })

  it('attachments and inline images are listed, not read; the ISO-8859-1 HTML part is', async () => {
    const result = await check('met-bijlage.eml')
    expect(result.document.meta).toMatchObject({
      part: 'text/html',
      attachments: [
        {filename: 'logo.png', mimeType: 'image/png'},
        {filename: 'besluit.pdf', mimeType: 'application/pdf'},
      ],
    })
    expect(result.document.units.map((u) => u.kind)).toEqual([
      'subject',
      'salutation',
      'paragraph',
      'alt',
    ])
  })

  it('without a body (the letter is the attachment) only the subject is checked', async () => {
    const result = await check('alleen-onderwerp-met-bijlage.eml')
    expect(result.document.meta.part).toBeUndefined()
    expect(result.document.text).toBe('Onderwerp: Besluit inzake uw bezwaarschrift')
    expect(result.document.meta.attachments).toEqual([
      {filename: 'besluit.pdf', mimeType: 'application/pdf'},
    ])
    expect(rows(result, 'ambtelijke-taal')).toEqual([['inzake', 'subject', 1, 20, 'inzake']])
    expect(result.findings.every((f) => f.part === 'subject')).toBe(true)
  })

  it('a part that says utf-8 but holds Windows-1252 bytes is repaired and reported (tekenset)', async () => {
    const result = await check('verkeerde-tekenset.eml')
    expect(result.document.source).toContain('Uw vergunning voor het café kost € 45,00.')
    expect(result.document.source).not.toContain('\ufffd')
    expect(result.findings.filter((f) => f.ruleId === 'tekenset').map((f) => f.severity)).toEqual([
      'info',
    ])
    expect(rows(result, 'ambtelijke-taal')).toEqual([['reeds', 'text/plain', 5, 59, 'reeds']])
  })

  it('a cut-off multipart message is a clear error naming the file', async () => {
    const error = await check('afgebroken.eml').catch((e: unknown) => e)
    expect(isDuidelijkError(error) && [error.code, error.message]).toEqual([
      'parse',
      'afgebroken.eml: deze e-mail is onvolledig: het einde van het deel met grens "kapot" ontbreekt (afgebroken download of kopie?)',
    ])
  })

  it('an unknown charset is read as Windows-1252', async () => {
    const bytes = new TextEncoder().encode(
      'Subject: Uw pas\r\nContent-Type: text/plain; charset=x-onbekend\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nUw pas kost =8010 en ligt in het caf=E9.\r\n',
    )
    const result = await checker.checkAsync({path: 'onbekend.eml', bytes})
    expect(result.document.source).toBe(
      'Onderwerp: Uw pas\n\nUw pas kost €10 en ligt in het café.\n',
    )
  })
})

describe('e-mail replies written as HTML', () => {
  it('Gmail and Outlook quote containers are left out', async () => {
    const mail = (html: string) =>
      new TextEncoder().encode(
        `Subject: Uw vraag\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`,
      )
    for (const quote of [
      '<div class="gmail_quote"><div class="gmail_attr">Op ma 3 mrt 2025 schreef Jan:</div>Indien mogelijk graag.</div>',
      '<div id="divRplyFwdMsg"><b>Van:</b> Jan<br><b>Verzonden:</b> maandag</div><div>Indien mogelijk graag.</div>',
    ]) {
      const result = await checker.checkAsync({
        path: 'antwoord.eml',
        bytes: mail(`<p>Beste Jan,</p><p>Wij bellen u morgen.</p>${quote}`),
      })
      expect(result.document.units.map((u) => result.document.text.slice(u.start, u.end))).toEqual([
        'Onderwerp: Uw vraag',
        'Beste Jan,',
        'Wij bellen u morgen.',
      ])
    }
  })

  it('a line starting with "Van:" inside the letter is not a reply header', async () => {
    const bytes = new TextEncoder().encode(
      'Subject: Uw pakket\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBeste Sanne,\r\n\r\nVan: de balie in het gemeentehuis.\r\nU kunt het pakket daar ophalen.\r\n',
    )
    const result = await checker.checkAsync({path: 'brief.eml', bytes})
    expect(result.document.text).toContain('U kunt het pakket daar ophalen.')
  })
})
