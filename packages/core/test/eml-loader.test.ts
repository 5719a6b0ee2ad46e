import {beforeAll, describe, expect, it} from 'vitest'
import {createChecker, type Checker} from '../src/checker.js'
import {isDuidelijkError} from '../src/errors.js'

let checker: Checker
beforeAll(async () => {
  checker = await createChecker({rules: {spelling: 'off', 'moeilijk-woord': 'off'}})
})

const crlf = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'))

const PLAIN = crlf([
  'From: Gemeente <info@dronten.nl>',
  'To: inwoner@voorbeeld.nl',
  'Subject: =?UTF-8?Q?Uw_aanvraag_wordt_in_behandeling_genomen?=',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=windows-1252',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Beste Sanne,',
  '',
  'Wij hebben uw caf=E9-vergunning reeds ontvangen.',
  '',
  'Met vriendelijke groet,',
  'Team Vergunningen',
  '-- ',
  'Middels deze handtekening: bel 14 0321.',
  '',
  'Op 3 maart 2025 schreef Sanne:',
  '> Indien het kan, wil ik graag een vergunning.',
  '',
])

const HTML = crlf([
  'From: Gemeente <info@dronten.nl>',
  'Subject: Uw nieuwe afvalpas',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="grens"',
  '',
  '--grens',
  'Content-Type: multipart/alternative; boundary="alt"',
  '',
  '--alt',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Platte tekst die niet gelezen wordt: middels.',
  '--alt',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from(
    '<p>Beste Sanne,</p><p>Wij sturen u de pas thans toe.</p><blockquote>Indien mogelijk graag snel.</blockquote>',
  ).toString('base64'),
  '--alt--',
  '--grens',
  'Content-Type: application/pdf; name="folder.pdf"',
  'Content-Disposition: attachment; filename="folder.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  'JVBERi0xLjQK',
  '--grens--',
  '',
])

describe('e-mail (.eml) loader', () => {
  it('keeps the sender address: an e-mail can be answered, unless it comes from a no-reply address', async () => {
    const result = await checker.checkAsync({path: 'mail.eml', bytes: PLAIN})
    expect(result.document.meta.from).toBe('info@dronten.nl')
    expect(result.findings.filter((f) => f.ruleId === 'contactgegevens')).toEqual([])
    const noReply = new TextEncoder().encode(
      new TextDecoder().decode(PLAIN).replace('info@dronten.nl', 'noreply@dronten.nl'),
    )
    const answerless = await checker.checkAsync({path: 'mail.eml', bytes: noReply})
    expect(answerless.findings.filter((f) => f.ruleId === 'contactgegevens')).toHaveLength(1)
  })

  it('checks the subject as a sentence and the plain text without signature and quoted reply', async () => {
    const result = await checker.checkAsync({path: 'mail.eml', bytes: PLAIN})
    expect(result.format).toBe('eml')
    expect(result.document.meta.part).toBe('text/plain')
    expect(result.document.source).toContain('uw café-vergunning')
    expect(new Set(result.findings.map((f) => f.part))).toEqual(new Set(['subject', 'text/plain']))
    const jargon = result.findings.filter((f) => f.ruleId === 'ambtelijke-taal')
    expect(jargon.map((f) => [f.actual, f.range.start.line, f.range.start.column])).toEqual([
      ['in behandeling genomen', 1, 30],
      ['reeds', 5, 31],
    ])
    expect(result.document.source.split('\n')[0]).toBe(
      'Onderwerp: Uw aanvraag wordt in behandeling genomen',
    )
    expect(result.findings.map((f) => f.actual)).not.toContain('Middels')
    expect(result.findings.map((f) => f.actual)).not.toContain('Indien')
  })

  it('prefers the HTML part, leaves quoted replies out and lists attachments', async () => {
    const result = await checker.checkAsync({path: 'mail.eml', bytes: HTML})
    expect(result.document.meta.part).toBe('text/html')
    expect(result.document.meta.attachments).toEqual([
      {filename: 'folder.pdf', mimeType: 'application/pdf'},
    ])
    const jargon = result.findings
      .filter((f) => f.ruleId === 'ambtelijke-taal')
      .map((f) => f.actual)
    expect(jargon).toEqual(['thans'])
    expect(result.document.writable).toBe(false)
  })

  it('gives a clear error for an empty e-mail and points the sync API to checkAsync', async () => {
    const empty = crlf(['From: a@b.nl', 'Subject: ', '', ''])
    await expect(checker.checkAsync({path: 'leeg.eml', bytes: empty})).rejects.toThrow(
      'leeg.eml: deze e-mail heeft geen onderwerp en geen tekst',
    )
    try {
      checker.check({path: 'mail.eml', bytes: PLAIN})
    } catch (error) {
      expect(isDuidelijkError(error) && error.message).toBe(
        'mail.eml: e-mails (.eml) worden gelezen met checker.checkAsync',
      )
    }
  })
})
