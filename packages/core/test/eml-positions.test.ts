import {describe, expect, it} from 'vitest'
import {createChecker, type CheckResult, type Finding} from '../src/index.js'

// Findings in an e-mail carry `fileRange`: where they are in the raw .eml file on disk, through
// the transfer encoding. CI formats (github, sarif, gitlab, junit) report these lines.
const checker = await createChecker({
  rules: {spelling: 'off', 'ambtelijke-taal': 'warning', contactgegevens: 'off'},
})

async function check(raw: string): Promise<CheckResult> {
  return checker.checkAsync({bytes: new TextEncoder().encode(raw), path: 'mail.eml'})
}

/** The raw text between a finding's file range (columns in characters of the line). */
function rawAt(raw: string, f: Finding): string {
  const lines = raw.split('\n')
  const {start, end} = f.fileRange!
  if (start.line === end.line) {
    return lines[start.line - 1]!.slice(start.column - 1, end.column - 1)
  }
  return [
    lines[start.line - 1]!.slice(start.column - 1),
    ...lines.slice(start.line, end.line - 1),
    lines[end.line - 1]!.slice(0, end.column - 1),
  ].join('\n')
}

const ambtelijk = (result: CheckResult) =>
  result.findings.filter((f) => f.ruleId === 'ambtelijke-taal')

describe('e-mail positions in the raw file', () => {
  it('quoted-printable: through =C3=A9 escapes and soft line breaks', async () => {
    const raw = [
      'From: Gemeente Zeewolde <post@zeewolde.example>',
      'Subject: Uw aanvraag voor een standplaats',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Beste mevrouw Kok,',
      '',
      'Uw aanvraag voor een standplaats met uw caf=C3=A9wagen op de markt is =',
      'reeds goedgekeurd. Wij sturen u de vergunning toe. Indien u nog vrag=',
      'en heeft, bel ons op 14 036.',
      '',
      'Met vriendelijke groet,',
      'Team Markten',
      '',
    ].join('\r\n')
    const [reeds, indien] = ambtelijk(await check(raw))
    expect(reeds!.fileRange).toEqual({
      start: {line: 10, column: 1},
      end: {line: 10, column: 6},
      exact: true,
    })
    expect(rawAt(raw.replace(/\r/g, ''), reeds!)).toBe('reeds')
    expect(rawAt(raw.replace(/\r/g, ''), indien!)).toBe('Indien')
    // The decoded body says line 5 (the body's third line after "Onderwerp" and a blank line).
    expect(reeds!.range.start.line).not.toBe(10)
  })

  it('a word cut by a soft line break spans both raw lines', async () => {
    const raw =
      'Subject: Afspraak\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nBeste heer Smit,\n\nWij hebben uw formulier ree=\nds ontvangen.\n'
    const [reeds] = ambtelijk(await check(raw))
    expect(reeds!.fileRange).toEqual({
      start: {line: 7, column: 25},
      end: {line: 8, column: 3},
      exact: true,
    })
    expect(rawAt(raw, reeds!)).toBe('ree=\nds')
  })

  it('8bit UTF-8 body and a plain subject: lines and columns as in an editor', async () => {
    const raw =
      'Subject: Uw paspoort ligt thans klaar\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nBeste heer Öztürk,\n\nÜw café-vergunning is reeds verlengd.\n'
    const [thans, reeds] = ambtelijk(await check(raw))
    expect(thans!.fileRange).toEqual({
      start: {line: 1, column: 27},
      end: {line: 1, column: 32},
      exact: true,
    })
    expect(rawAt(raw, thans!)).toBe('thans')
    expect(reeds!.fileRange!.start).toEqual({line: 7, column: 23})
    expect(rawAt(raw, reeds!)).toBe('reeds')
  })

  it('a MIME-encoded subject and a base64 part: the header or part, named', async () => {
    const html = Buffer.from(
      '<html><body><p>Beste heer Bakker,</p><p>Uw pas ligt reeds klaar.</p></body></html>',
    ).toString('base64')
    const raw = [
      `Subject: =?UTF-8?B?${Buffer.from('Uw pas ligt thans klaar').toString('base64')}?=`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="grens"',
      '',
      '--grens',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Uw pas ligt klaar.',
      '--grens',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      html,
      '--grens--',
      '',
    ].join('\n')
    const [thans, reeds] = ambtelijk(await check(raw))
    expect(thans!.fileRange).toEqual({
      start: {line: 1, column: 1},
      end: {line: 1, column: 1},
      exact: false,
      place: 'onderwerp',
    })
    expect(reeds!.fileRange).toEqual({
      start: {line: 13, column: 1},
      end: {line: 13, column: 1},
      exact: false,
      place: 'deel text/html (base64)',
    })
  })

  it('the HTML part of a multipart message in quoted-printable', async () => {
    const raw = [
      'Subject: Container',
      'Content-Type: multipart/alternative; boundary=b1',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Uw container wordt geleegd.',
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p style=3D"margin:0">Beste bewoner,</p>',
      '<p>Uw container wordt thans geleegd. Dank u w=C3=A9l.</p>',
      '--b1--',
      '',
    ].join('\n')
    const [thans] = ambtelijk(await check(raw))
    expect(thans!.fileRange).toMatchObject({start: {line: 13}, exact: true})
    expect(rawAt(raw, thans!)).toBe('thans')
  })
})
