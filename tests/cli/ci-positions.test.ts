import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

// Positions in CI formats (github, sarif, gitlab, junit) for formats without lines (.docx, .odt:
// line 1 of the file and the readable place) and for e-mail (lines of the raw .eml file).
// Runs the built CLI (`pnpm build` first). The .docx is written by the `docx` npm package, the
// .odt by LibreOffice (tests/fixtures/formats/make-fixtures.mjs).
const BIN = new URL('../../packages/cli/dist/bin.js', import.meta.url).pathname
const fixtures = new URL('../fixtures/formats/', import.meta.url).pathname
const PLACE =
  /^(?:alinea \d+|tabel \d+, cel \d+|koptekst|voettekst|voetnoot \d+|eindnoot \d+|kop \d+|lijst.*)/

const EML = [
  'From: Gemeente Zeewolde <post@zeewolde.example>',
  'Subject: Uw aanvraag voor een standplaats',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Beste mevrouw Kok,',
  '',
  'Uw aanvraag voor een standplaats met uw caf=C3=A9wagen op de markt is =',
  'reeds goedgekeurd.',
  '',
  'Met vriendelijke groet,',
  'Team Markten',
  '',
].join('\r\n')

let root = ''
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'duidelijk-pos-'))
  cpSync(join(fixtures, 'brief-docxjs.docx'), join(root, 'brief.docx'))
  cpSync(join(fixtures, 'brief-libreoffice.odt'), join(root, 'brief.odt'))
  writeFileSync(join(root, 'mail.eml'), EML)
  writeFileSync(join(root, '.duidelijk.json'), '{"root": true, "rules": {"spelling": "off"}}')
})

function run(file: string, format: string): string {
  const result = spawnSync(process.execPath, [BIN, file, '--format', format], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'},
  })
  expect([0, 1], result.stderr).toContain(result.status)
  return result.stdout
}

describe.each(['brief.docx', 'brief.odt'])('%s in CI formats', (file) => {
  it('github: line 1, no columns, the place in the title', () => {
    // Annotations only: beyond GitHub's 10 per kind the rest are log lines and a totals notice.
    const lines = run(file, 'github')
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('::') && !line.startsWith('::notice title=duidelijk::'))
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines) {
      expect(line).toMatch(
        new RegExp(
          `^::(?:error|warning|notice) file=${file.replace('.', '\\.')},line=1,title=duidelijk [a-z-]+ \\((?:alinea|tabel|koptekst|voettekst|voetnoot|eindnoot|kop|lijst)[^)]*\\)::`,
        ),
      )
    }
  })

  it('sarif: line 1 with a snippet, the place as logical location and in the message', () => {
    const results = JSON.parse(run(file, 'sarif')).runs[0].results
    expect(results.length).toBeGreaterThan(2)
    for (const r of results) {
      const [location] = r.locations
      expect(location.physicalLocation.artifactLocation).toEqual({
        uri: file,
        uriBaseId: '%SRCROOT%',
      })
      expect(Object.keys(location.physicalLocation.region).sort()).toEqual(['snippet', 'startLine'])
      expect(location.physicalLocation.region.startLine).toBe(1)
      expect(location.physicalLocation.region.snippet.text.length).toBeGreaterThan(0)
      const place = location.logicalLocations[0].name
      expect(place).toMatch(PLACE)
      expect(r.message.text.startsWith(`${place}: `)).toBe(true)
      expect(r.fixes).toBeUndefined()
    }
  })

  it('gitlab and junit: line 1 and the place', () => {
    for (const issue of JSON.parse(run(file, 'gitlab'))) {
      expect(issue.location.lines).toEqual({begin: 1, end: 1})
      expect(issue.description).toMatch(PLACE)
    }
    const names = [...run(file, 'junit').matchAll(/<testcase classname="[^"]*" name="([^"]*)">/g)]
    expect(names.length).toBeGreaterThan(0)
    for (const [, name] of names)
      expect(name).toMatch(
        /^[a-z-]+ 1 \((?:alinea|tabel|koptekst|voettekst|voetnoot|eindnoot|kop|lijst)/,
      )
  })
})

describe('e-mail in CI formats', () => {
  it('github, sarif, gitlab and junit give the line and column in the raw .eml', () => {
    expect(run('mail.eml', 'github')).toContain(
      '::warning file=mail.eml,line=9,col=1,endLine=9,endColumn=6,title=duidelijk ambtelijke-taal::‘Reeds’',
    )
    const sarif = JSON.parse(run('mail.eml', 'sarif')).runs[0].results
    const reeds = sarif.find((r: {ruleId: string}) => r.ruleId === 'ambtelijke-taal')
    expect(reeds.locations[0].physicalLocation.region).toEqual({
      startLine: 9,
      startColumn: 1,
      endLine: 9,
      endColumn: 6,
    })
    const gitlab = JSON.parse(run('mail.eml', 'gitlab'))
    expect(
      gitlab.find((i: {check_name: string}) => i.check_name === 'ambtelijke-taal').location.lines,
    ).toEqual({
      begin: 9,
      end: 9,
    })
    expect(run('mail.eml', 'junit')).toContain('name="ambtelijke-taal 9:1"')
  })
})
