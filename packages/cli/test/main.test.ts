import {spawnSync} from 'node:child_process'
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {main, parallelChecks} from '../src/main.js'

function run(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  return main({
    argv,
    cwd,
    stdout: {write: (s: string) => (stdout += s)},
    stderr: {write: (s: string) => (stderr += s)},
  }).then((code) => ({code, stdout, stderr}))
}

function folder(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'duidelijk-cli-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), {recursive: true})
    writeFileSync(join(root, path), content)
  }
  return root
}

const CLEAN = 'Wij hebben uw aanvraag ontvangen. U krijgt binnen twee weken bericht.\n'
const JARGON = 'Wij hebben uw aanvraag reeds ontvangen.\n'

describe('duidelijk CLI', () => {
  it('exits 0 without errors and prints findings with line:column', async () => {
    const root = folder({
      'brief.txt': JARGON,
      '.duidelijk.json': '{"root": true, "rules": {"spelling": "off"}}',
    })
    const {code, stdout} = await run(['brief.txt', '--no-metrics'], root)
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        'brief.txt',
        '  1:24  waarschuwing  ‘Reeds’ is ouderwets voor ‘al’. → al  ambtelijke-taal',
        '                      Wij hebben uw aanvraag reeds ontvangen.',
        '                                             ^^^^^',
        '',
        '1 bevinding (0 fouten, 1 waarschuwing, 0 info)',
        '',
        'Uitleg per regel (of: duidelijk uitleg <regel>):',
        '  ambtelijke-taal  https://github.com/duidelijk/duidelijk/blob/main/docs/rules/ambtelijke-taal.md',
        '',
      ].join('\n'),
    )
  })

  it('exits 1 on errors, and with --max-warnings', async () => {
    const root = folder({
      'brief.txt': JARGON,
      '.duidelijk.json': '{"root": true, "rules": {"spelling": "off", "ambtelijke-taal": "error"}}',
    })
    expect((await run(['brief.txt'], root)).code).toBe(1)
    const warn = folder({
      'brief.txt': JARGON,
      '.duidelijk.json': '{"root": true, "rules": {"spelling": "off"}}',
    })
    expect((await run(['brief.txt', '--max-warnings', '0'], warn)).code).toBe(1)
    expect((await run(['brief.txt', '--max-warnings', '1'], warn)).code).toBe(0)
  })

  it('walks folders, uses the nearest config and a preset from the command line', async () => {
    const root = folder({
      '.duidelijk.json': '{"root": true, "rules": {"spelling": "off"}}',
      'a/brief.txt': CLEAN,
      'b/.duidelijk.yaml': 'rules:\n  ambtelijke-taal: "off"\n',
      'b/brief.md': JARGON,
      'node_modules/x/brief.txt': JARGON,
      'b/plaatje.png': new Uint8Array([0x89, 0x50]),
    })
    const {code, stdout} = await run(['.', '--format', 'compact'], root)
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const strict = await run(['a', '--preset', 'duidelijk:strikt', '--format', 'json'], root)
    const parsed = JSON.parse(strict.stdout)
    expect(parsed.files.map((r: {path: string}) => r.path)).toEqual(['a/brief.txt'])
  })

  it('reports unreadable files in Dutch, keeps going, and exits 2', async () => {
    const root = folder({
      'goed.txt': CLEAN,
      'kapot.txt': new Uint8Array([0x42, 0, 0x43]),
      '.duidelijk.json': '{"root": true}',
    })
    const {code, stdout, stderr} = await run(
      ['kapot.txt', 'weg.txt', 'goed.txt', '--format', 'compact'],
      root,
    )
    expect(code).toBe(2)
    expect(stderr).toBe(
      'duidelijk: kapot.txt: dit is geen tekstbestand (binaire gegevens gevonden). Controleer of u het juiste bestand opgeeft.\nduidelijk: weg.txt: bestand niet gevonden\n',
    )
    expect(stdout).toBe('')
  })

  it('explains config errors and usage errors with exit code 2', async () => {
    const root = folder({
      'brief.txt': CLEAN,
      '.duidelijk.json': '{"rules": {"lange-zinnen": "off"}}',
    })
    const bad = await run(['brief.txt'], root)
    expect([bad.code, bad.stderr]).toEqual([
      2,
      `duidelijk: ${join(root, '.duidelijk.json')}: onbekende regel "lange-zinnen"; bedoelt u "lange-zin"?\n`,
    ])
    expect((await run([], root)).code).toBe(2)
    expect((await run(['brief.txt', '--format', 'xml'], root)).stderr).toBe(
      'duidelijk: onbekend formaat "xml"; kies uit stylish, json, compact, github, sarif, junit, gitlab, html\n',
    )
    expect((await run(['--help'], root)).code).toBe(0)
  })

  it('writes GitHub annotations', async () => {
    const root = folder({
      'brief.txt': JARGON,
      '.duidelijk.json': '{"root": true, "rules": {"spelling": "off"}}',
    })
    const {stdout} = await run(['brief.txt', '--format', 'github'], root)
    expect(stdout).toBe(
      '::warning file=brief.txt,line=1,col=24,endLine=1,endColumn=29,title=duidelijk ambtelijke-taal::‘Reeds’ is ouderwets voor ‘al’.\n',
    )
  })

  it('runs as a process on the bundled example (exit 1: the example has errors)', () => {
    const bin = new URL('../dist/bin.js', import.meta.url).pathname
    const result = spawnSync(
      process.execPath,
      [bin, 'examples/brief-parkeervergunning.txt', '--format', 'compact'],
      {
        cwd: new URL('../../../', import.meta.url).pathname,
        encoding: 'utf8',
      },
    )
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      'examples/brief-parkeervergunning.txt:5:1: error Deze zin telt 54 woorden.',
    )
  })

  it('bundles bin.cjs and worker.js as Latin-1 text, so V8 keeps their source one byte a character', async () => {
    const {readFileSync} = await import('node:fs')
    for (const name of ['bin.cjs', 'worker.js']) {
      const text = readFileSync(new URL(`../dist/${name}`, import.meta.url), 'utf8')
      expect(text.match(/[\u0100-\uffff]/)?.[0]).toBeUndefined()
      // The characters are still there, as escapes: the quotation mark the rules look for.
      expect(text).toContain('\\u2019')
    }
  })
})

describe('--fix', () => {
  it('applies safe fixes only inside their ranges, re-checks, and keeps the rest of the file', async () => {
    const {readFileSync, readdirSync} = await import('node:fs')
    const text =
      '\ufeffBeste Sanne,\r\n\r\nIndien u vragen heeft, bel ons. Wij hebben Uw brief reeds gelezen.\r\nMiddels deze brief sturen wij de pas.\r\n'
    const root = folder({
      'brief.txt': text,
      '.duidelijk.json': '{"root": true, "rules": {"spelling": "off"}}',
    })
    const {code, stderr} = await run(['brief.txt', '--fix', '--format', 'compact'], root)
    expect(stderr).toBe('duidelijk: brief.txt: 3 verbeteringen aangebracht\n')
    expect(readFileSync(join(root, 'brief.txt'), 'utf8')).toBe(
      '\ufeffBeste Sanne,\r\n\r\nAls u vragen heeft, bel ons. Wij hebben uw brief al gelezen.\r\nMiddels deze brief sturen wij de pas.\r\n'.replace(
        'Beste Sanne',
        'Beste Sanne',
      ),
    )
    expect(code).toBe(0)
    expect(readdirSync(root).filter((f) => f.includes('duidelijk-tmp'))).toEqual([])
  })

  it('counts fixes without writing in a dry run', async () => {
    const {readFileSync} = await import('node:fs')
    const root = folder({
      'brief.md': 'Wij hebben uw brief reeds gelezen.\n',
      '.duidelijk.json': '{"root": true, "rules": {"spelling": "off"}}',
    })
    const {stderr} = await run(['brief.md', '--fix-dry-run'], root)
    expect(stderr).toBe('duidelijk: brief.md: 1 verbetering mogelijk\n')
    expect(readFileSync(join(root, 'brief.md'), 'utf8')).toBe(
      'Wij hebben uw brief reeds gelezen.\n',
    )
  })
})

describe('a folder with every input format', () => {
  it('checks txt, md, html, eml, docx and odt with correct locations', async () => {
    const {strToU8, zipSync} = await import('fflate')
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    const NS =
      'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    const root = folder({
      '.duidelijk.json': '{"root": true, "rules": {"spelling": "off", "moeilijk-woord": "off"}}',
      'a.txt': 'Wij hebben uw brief reeds ontvangen.\n',
      'b.md': '# Kop\n\nWij hebben uw brief reeds ontvangen.\n',
      'c.html': '<p>Hallo,</p>\n<p>Wij hebben uw brief reeds ontvangen.</p>\n',
      'd.eml':
        'From: a@dronten.nl\r\nSubject: Uw brief\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWij hebben uw brief reeds ontvangen.\r\n',
      'e.docx': zipSync({
        'word/document.xml': strToU8(
          `<w:document ${W}><w:body><w:p><w:r><w:t>Kop</w:t></w:r></w:p><w:p><w:r><w:t>Wij hebben uw brief reeds ontvangen.</w:t></w:r></w:p></w:body></w:document>`,
        ),
      }),
      'f.odt': zipSync({
        mimetype: [strToU8('application/vnd.oasis.opendocument.text'), {level: 0}],
        'content.xml': strToU8(
          `<office:document-content ${NS}><office:body><office:text><text:p>Wij hebben uw brief reeds ontvangen.</text:p></office:text></office:body></office:document-content>`,
        ),
      }),
    })
    const {code, stdout} = await run(['.', '--format', 'compact'], root)
    expect(code).toBe(0)
    const lines = stdout
      .trim()
      .split('\n')
      .filter((line) => line.includes('[ambtelijke-taal]'))
    expect(lines.map((line) => line.split(': ')[0])).toEqual([
      'a.txt:1:21',
      'b.md:3:21',
      'c.html:2:24',
      'd.eml:5:21',
      'e.docx:2:21',
      'f.odt:1:21',
    ])
  })
})

describe('more options and subcommands', () => {
  it('--version, --rule, --lang, --niveau and stdin', async () => {
    const root = folder({'.duidelijk.json': '{"root": true, "rules": {"spelling": "off"}}'})
    expect((await run(['--version'], root)).stdout).toBe('duidelijk 0.1.0\n')
    let stdout = ''
    const code = await main({
      argv: ['-', '--stdin-filename', 'brief.md', '--format', 'compact', '--rule', 'lange-zin:off'],
      cwd: root,
      stdin: new TextEncoder().encode('Wij hebben uw brief reeds ontvangen.\n'),
      stdout: {write: (s: string) => (stdout += s)},
      stderr: {write: () => undefined},
    })
    expect([code, stdout]).toEqual([
      0,
      'brief.md:1:21: warning ‘Reeds’ is ouderwets voor ‘al’. [ambtelijke-taal]\n',
    ])
    expect((await run(['x.txt', '--rule', 'lange-zin'], root)).stderr).toBe(
      'duidelijk: --rule verwacht regel:ernst, bijvoorbeeld lange-zin:off (nu: lange-zin)\n',
    )
    expect((await run(['x.txt', '--niveau', 'C2'], root)).code).toBe(2)
  })

  it('respects .duidelijkignore and --ignore-pattern, and says when nothing matched', async () => {
    const root = folder({
      '.duidelijk.json': '{"root": true, "rules": {"spelling": "off"}}',
      '.duidelijkignore': 'archief/\n',
      'archief/oud.txt': 'Wij hebben uw brief reeds ontvangen.\n',
      'concept/a.txt': 'Wij hebben uw brief reeds ontvangen.\n',
      'nieuw.txt': 'Wij hebben uw brief ontvangen.\n',
    })
    expect(
      (await run(['.', '--ignore-pattern', 'concept/', '--format', 'compact'], root)).stdout,
    ).toBe('')
    const none = await run(['archief'], root)
    expect([none.code, none.stderr]).toEqual([
      2,
      'duidelijk: geen bestanden gevonden om te controleren\n',
    ])
  })

  it('regels, uitleg and init', async () => {
    const root = folder({})
    const rules = await run(['regels'], root)
    expect(rules.code).toBe(0)
    expect(rules.stdout.split('\n')[0]).toMatch(/^regel\s+ernst\s+verbetert\s+wat$/)
    expect(rules.stdout).toMatch(/\nambtelijke-taal\s+waarschuwing\s+ja\s+Schrijf gewone woorden/)
    const explained = await run(['uitleg', 'lange-zin'], root)
    // The whole page as plain text, built into @duidelijk/core (no docs/ folder read).
    expect(explained.stdout.startsWith('lange-zin\n=========\n\nWat\n\nDeze regel telt')).toBe(true)
    expect(explained.stdout).toContain('\nWanneer uitzetten\n')
    expect(explained.stdout).not.toMatch(/^#|\]\(|`/m)
    expect(explained.stdout).toContain(
      '\nOnline: https://github.com/duidelijk/duidelijk/blob/main/docs/rules/lange-zin.md\n',
    )
    expect((await run(['uitleg', 'bestaat-niet'], root)).stderr).toBe(
      'duidelijk: de regel "bestaat-niet" bestaat niet; zie "duidelijk regels"\n',
    )
    const created = await run(['init', '--preset', 'duidelijk:dronten', '--niveau', 'b1'], root)
    expect(created.stdout).toBe(
      '.duidelijk.json geschreven (preset duidelijk:dronten, niveau B1)\n',
    )
    const {readFileSync} = await import('node:fs')
    expect(readFileSync(join(root, '.duidelijk.json'), 'utf8')).toContain(
      '"extends": "duidelijk:dronten",\n',
    )
    expect((await run(['init'], root)).code).toBe(2)
    const {loadConfigFor} = await import('@duidelijk/core/node')
    expect(loadConfigFor(join(root, 'brief.txt')).config.sources.at(-1)).toBe('duidelijk:dronten')
  })
})

describe('the Duidelijk Dronten profile from the command line', () => {
  it('--preset duidelijk:dronten checks the decision letter with the letter rules as errors', async () => {
    const repo = new URL('../../../', import.meta.url).pathname
    const {code, stdout} = await run(
      [
        'examples/dronten/besluit-kapvergunning.txt',
        '--format',
        'json',
        '--preset',
        'duidelijk:dronten',
      ],
      repo,
    )
    expect(code).toBe(1)
    const [result] = JSON.parse(stdout).files
    const severity = (id: string) =>
      result.findings
        .filter((f: {ruleId: string}) => f.ruleId === id)
        .map((f: {severity: string}) => f.severity)
    expect(severity('bezwaarclausule')).toEqual(['error'])
    expect(severity('contactgegevens')).toEqual(['error'])
    expect(severity('kern-vooraan')).toEqual(['warning'])
  })
})

describe('renamed rule ids', () => {
  it('warns once on stderr for an old id in the config and checks with the new id', async () => {
    const root = folder({
      '.duidelijk.json': JSON.stringify({
        root: true,
        lang: 'en',
        rules: {'en/passive': 'error', 'en/simplify': 'off', 'en/readability': 'off'},
      }),
      'a.txt': 'The permit was given to your neighbour.\n',
      'b.txt': 'The form was sent to you.\n',
    })
    const result = await run(['--format', 'json', '.'], root)
    expect(result.code).toBe(1)
    const warning = `duidelijk: let op: ${join(root, '.duidelijk.json')}: regel "en/passive" heet nu "en-passive"; de oude naam werkt nog, maar verdwijnt in een volgende versie\n`
    const simplify = warning
      .replaceAll('en/passive', 'en/simplify')
      .replace('"en-passive"', '"en-simplify"')
    const readability = warning
      .replaceAll('en/passive', 'en/readability')
      .replace('"en-passive"', '"en-readability"')
    expect(result.stderr).toBe(warning + simplify + readability)
    const report = JSON.parse(result.stdout) as {files: Array<{findings: Array<{ruleId: string}>}>}
    expect(report.files.flatMap((file) => file.findings.map((f) => f.ruleId))).toEqual([
      'en-passive',
      'en-passive',
    ])
  })

  it('duidelijk uitleg en-passive prints its page, also under the old id', async () => {
    const root = folder({})
    const explained = await run(['uitleg', 'en-passive'], root)
    expect(explained.code).toBe(0)
    expect(explained.stdout.startsWith('en-passive\n==========\n\nWat\n')).toBe(true)
    expect((await run(['uitleg', 'en/passive'], root)).stdout).toBe(explained.stdout)
  })
})

describe('parallelChecks', () => {
  it('uses every core for a big batch, never more checks than files', () => {
    expect(parallelChecks(1000, 2, undefined)).toBe(2)
    expect(parallelChecks(1000, 8, undefined)).toBe(8)
    expect(parallelChecks(1000, 1, undefined)).toBe(1)
    expect(parallelChecks(40, 8, undefined)).toBe(2)
  })

  it('checks a small batch in the main thread unless --jobs says otherwise', () => {
    expect(parallelChecks(9, 2, undefined)).toBe(1)
    expect(parallelChecks(1, 8, undefined)).toBe(1)
    // --jobs above the core count is capped (issue #19: --jobs 8 on 2 cores was slower and heavier).
    expect(parallelChecks(9, 2, 3)).toBe(2)
    expect(parallelChecks(9, 4, 3)).toBe(3)
    expect(parallelChecks(2, 8, 3)).toBe(2)
    expect(parallelChecks(5, 8, 1)).toBe(1)
  })
})
