import {readFileSync, statSync, chmodSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {folder, onlyRules, run} from './helpers.js'

const JARGON = 'Wij hebben uw aanvraag reeds ontvangen.\n'
const CLEAN = 'Wij hebben uw aanvraag ontvangen.\n'

describe('--fix-dry-run and --fix', () => {
  it('prints a unified diff of the safe fixes and writes nothing', async () => {
    const text =
      'Beste meneer De Vries,\n\nWij hebben uw brief ontvangen.\nWij hebben uw brief reeds gelezen.\nU hoort snel van ons.\nMet vriendelijke groet,\n'
    const root = folder({'brief.txt': text, '.duidelijk.json': await onlyRules('ambtelijke-taal')})
    const {code, stdout, stderr} = await run(['brief.txt', '--fix-dry-run'], root)
    expect(stdout).toBe(
      [
        '--- a/brief.txt',
        '+++ b/brief.txt',
        '@@ -1,6 +1,6 @@',
        ' Beste meneer De Vries,',
        ' ',
        ' Wij hebben uw brief ontvangen.',
        '-Wij hebben uw brief reeds gelezen.',
        '+Wij hebben uw brief al gelezen.',
        ' U hoort snel van ons.',
        ' Met vriendelijke groet,',
        '',
      ].join('\n'),
    )
    expect([code, stderr]).toEqual([0, 'duidelijk: brief.txt: 1 verbetering mogelijk\n'])
    expect(readFileSync(join(root, 'brief.txt'), 'utf8')).toBe(text)
  })

  it('keeps the file mode, and a second --fix changes nothing', async () => {
    const root = folder({'brief.md': JARGON, '.duidelijk.json': await onlyRules('ambtelijke-taal')})
    chmodSync(join(root, 'brief.md'), 0o640)
    expect((await run(['brief.md', '--fix'], root)).stderr).toBe(
      'duidelijk: brief.md: 1 verbetering aangebracht\n',
    )
    expect(readFileSync(join(root, 'brief.md'), 'utf8')).toBe(
      'Wij hebben uw aanvraag al ontvangen.\n',
    )
    expect(statSync(join(root, 'brief.md')).mode & 0o777).toBe(0o640)
    const again = await run(['brief.md', '--fix'], root)
    expect([again.code, again.stderr]).toEqual([0, ''])
  })
})

describe('--shard and merge', () => {
  it('split the files deterministically; merged shards equal one run (json and sarif)', async () => {
    const files: Record<string, string> = {'.duidelijk.json': await onlyRules('ambtelijke-taal')}
    for (const name of ['e', 'a', 'd', 'c', 'b']) files[`brieven/${name}.txt`] = JARGON
    files['brieven/f.txt'] = CLEAN
    const root = folder(files)
    for (const format of ['json', 'sarif']) {
      const whole = await run(['brieven', '-f', format], root)
      const parts: string[] = []
      for (const shard of ['1/3', '2/3', '3/3']) {
        const out = await run(
          ['brieven', '-f', format, '--shard', shard, '-o', `deel-${shard[0]}.${format}`],
          root,
        )
        expect(out.code).toBe(0)
        parts.push(`deel-${shard[0]}.${format}`)
      }
      if (format === 'json') {
        const paths = (file: string) =>
          JSON.parse(readFileSync(join(root, file), 'utf8')).files.map(
            (f: {path: string}) => f.path,
          )
        expect(parts.map(paths)).toEqual([
          ['brieven/a.txt', 'brieven/d.txt'],
          ['brieven/b.txt', 'brieven/e.txt'],
          ['brieven/c.txt', 'brieven/f.txt'],
        ])
      }
      const merged = await run(['merge', ...parts.reverse()], root)
      expect(merged.code).toBe(0)
      expect(merged.stdout).toBe(whole.stdout)
    }
  })

  it('rejects a bad shard and reports that do not fit together', async () => {
    const root = folder({
      'a.txt': CLEAN,
      'r.json': '{"schemaVersion": 1, "files": []}',
      's.json': '[]',
    })
    expect((await run(['a.txt', '--shard', '4/3'], root)).stderr).toBe(
      'duidelijk: --shard verwacht i/n, bijvoorbeeld 1/3 (nu: 4/3)\n',
    )
    const bad = await run(['merge', 'r.json', 's.json'], root)
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'duidelijk: samenvoegen lukt niet: de rapporten zijn niet allemaal JSON (--format json) of allemaal SARIF (--format sarif)\n',
    ])
    expect((await run(['merge', 'weg.json'], root)).stderr).toBe(
      'duidelijk: weg.json: bestand niet gevonden\n',
    )
  })
})

describe('--cache', () => {
  it('reuses a result only while file, config and rules are unchanged', async () => {
    const root = folder({
      'brief.txt':
        'Wij hebben uw aanvraag ontvangen en wij zullen die zo snel mogelijk behandelen.\n',
      '.duidelijk.json': JSON.stringify({
        root: true,
        rules: {
          ...JSON.parse(await onlyRules('lange-zin')).rules,
          'lange-zin': ['warning', {warning: 20}],
        },
      }),
    })
    const first = await run(['brief.txt', '-f', 'compact', '--cache'], root)
    expect(first.stdout).toBe('')
    // Prove the second run reads the cache: plant a finding in the stored result.
    const cacheFile = join(root, '.duidelijk-cache')
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'))
    const entry = cache.entries['brief.txt']
    entry.result.findings.push({
      ruleId: 'lange-zin',
      messageId: 'x',
      severity: 'warning',
      message: 'uit de cache',
      range: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 4, offset: 3}},
      sensitive: false,
    })
    writeFileSync(cacheFile, JSON.stringify(cache))
    expect((await run(['brief.txt', '-f', 'compact', '--cache'], root)).stdout).toBe(
      'brief.txt:1:1: warning uit de cache [lange-zin]\n',
    )
    // A changed rule option makes the cached result stale: checked again.
    const config = JSON.parse(readFileSync(join(root, '.duidelijk.json'), 'utf8'))
    config.rules['lange-zin'] = ['warning', {warning: 10}]
    writeFileSync(join(root, '.duidelijk.json'), JSON.stringify(config))
    const changed = await run(['brief.txt', '-f', 'compact', '--cache'], root)
    expect(changed.stdout).toMatch(/^brief\.txt:1:1: warning Deze zin telt 13 woorden\./)
    // So does a changed file.
    writeFileSync(join(root, 'brief.txt'), 'Wij hebben uw aanvraag ontvangen.\n')
    expect((await run(['brief.txt', '-f', 'compact', '--cache'], root)).stdout).toBe('')
  })

  it('forgets files that no longer exist', async () => {
    const {unlinkSync} = await import('node:fs')
    const root = folder({'a.txt': CLEAN, 'b.txt': CLEAN, '.duidelijk.json': '{"root": true}'})
    await run(['.', '--cache'], root)
    const entries = () =>
      Object.keys(JSON.parse(readFileSync(join(root, '.duidelijk-cache'), 'utf8')).entries)
    expect(entries()).toEqual(['a.txt', 'b.txt'])
    unlinkSync(join(root, 'b.txt'))
    await run(['.', '--cache'], root)
    expect(entries()).toEqual(['a.txt'])
  })

  it('uses --cache-location', async () => {
    const root = folder({'brief.txt': CLEAN, '.duidelijk.json': '{"root": true}'})
    await run(['brief.txt', '--cache', '--cache-location', 'tmp/cache.json'], root)
    expect(
      Object.keys(JSON.parse(readFileSync(join(root, 'tmp/cache.json'), 'utf8')).entries),
    ).toEqual(['brief.txt'])
  })
})

describe('stats', () => {
  const TEXT =
    'Wij hebben uw aanvraag ontvangen. U krijgt binnen twee weken een brief van ons. Heeft u vragen? Bel ons dan.\n'
  it('prints the figures per file as a table, csv or json', async () => {
    const root = folder({'a.txt': TEXT, '.duidelijk.json': '{"root": true}'})
    const csv = await run(['stats', 'a.txt', '--format', 'csv'], root)
    expect(csv.stdout.split('\n')[0]).toBe(
      'bestand;woorden;zinnen;alineas;woorden_per_zin;lettergrepen_per_woord;flesch_douma;brouwer;lange_zinnen;zeldzame_woorden;niveau',
    )
    // Dutch Excel splits on semicolons and reads decimal commas.
    expect(csv.stdout.split('\n')[1]).toMatch(/^a\.txt;20;4;1;5;\d,\d+;\d+(,\d)?;/)
    const [row] = JSON.parse((await run(['stats', 'a.txt', '--format', 'json'], root)).stdout)
    expect([row.bestand, row.woorden, row.zinnen, row.woorden_per_zin]).toEqual(['a.txt', 20, 4, 5])
    const table = await run(['stats', 'a.txt'], root)
    expect(table.code).toBe(0)
    expect(table.stdout.split('\n')[0]).toMatch(/^bestand\s+woorden\s+zinnen/)
    expect(table.stdout.split('\n')[1]).toMatch(/^a\.txt\s+20\s+4\s+1\s+5\s/)
    expect((await run(['stats', 'a.txt', '-f', 'sarif'], root)).stderr).toBe(
      'duidelijk: onbekend formaat "sarif" voor stats; kies uit table, json, csv\n',
    )
  })
})

describe('more options', () => {
  it('--print-config shows the config that applies to a file', async () => {
    const root = folder({
      '.duidelijk.yaml': 'root: true\ntargetLevel: B2\n',
      'sub/.duidelijk.json': '{"lang": "en"}',
    })
    const out = await run(['--print-config', 'sub/brief.txt'], root)
    const config = JSON.parse(out.stdout)
    expect([out.code, config.targetLevel, config.lang]).toEqual([0, 'B2', 'en'])
  })

  it('--fail-on sets the severity that fails the run', async () => {
    const root = folder({
      'brief.txt': JARGON,
      '.duidelijk.json': await onlyRules('ambtelijke-taal'),
    })
    expect((await run(['brief.txt'], root)).code).toBe(0)
    expect((await run(['brief.txt', '--fail-on', 'warning'], root)).code).toBe(1)
    expect((await run(['brief.txt', '--fail-on', 'info'], root)).code).toBe(1)
    expect((await run(['brief.txt', '--fail-on', 'fout'], root)).stderr).toBe(
      'duidelijk: --fail-on moet error, warning of info zijn\n',
    )
  })

  it('expands globs, sorted by path', async () => {
    const root = folder({
      '.duidelijk.json': await onlyRules('ambtelijke-taal'),
      'brieven/b.md': JARGON,
      'brieven/sub/a.md': JARGON,
      'brieven/c.txt': JARGON,
    })
    const {stdout} = await run(['brieven/**/*.md', '-f', 'compact'], root)
    expect(stdout.split('\n').map((l) => l.split(':')[0])).toEqual([
      'brieven/b.md',
      'brieven/sub/a.md',
      '',
    ])
  })

  it('colours only on a terminal, and never with --no-color or NO_COLOR', async () => {
    const root = folder({
      'brief.txt': JARGON,
      '.duidelijk.json': await onlyRules('ambtelijke-taal'),
    })
    const tty = {write: () => undefined, isTTY: true}
    expect((await run(['brief.txt'], root, {stdout: tty})).stdout).toContain('\u001b[33m')
    expect((await run(['brief.txt'], root)).stdout).not.toContain('\u001b[')
    expect((await run(['brief.txt', '--no-color'], root, {stdout: tty})).stdout).not.toContain(
      '\u001b[',
    )
    expect(
      (await run(['brief.txt'], root, {stdout: tty, env: {NO_COLOR: '1'}})).stdout,
    ).not.toContain('\u001b[')
  })

  it('shows a progress bar for long batches on a terminal only', async () => {
    const files: Record<string, string> = {'.duidelijk.json': '{"root": true}'}
    for (let i = 0; i < 20; i++) files[`b${String(i).padStart(2, '0')}.txt`] = CLEAN
    const root = folder(files)
    const tty = await run(['.', '-f', 'compact'], root, {
      stderr: {write: () => undefined, isTTY: true},
    })
    expect(tty.stderr).toContain('] 20/20 bestanden, nog ongeveer 0 s')
    expect((await run(['.', '-f', 'compact'], root)).stderr).toBe('')
    const ci = await run(['.', '-f', 'compact'], root, {
      stderr: {write: () => undefined, isTTY: true},
      env: {CI: 'true'},
    })
    expect(ci.stderr).toBe('')
  })

  it('init asks for the preset and the level on a terminal', async () => {
    const root = folder({})
    const questions: string[] = []
    const answers = ['4', 'b2']
    const out = await run(['init'], root, {
      ask: async (question) => {
        questions.push(question)
        return answers.shift()!
      },
    })
    expect(out.stdout).toBe('.duidelijk.json geschreven (preset duidelijk:dronten, niveau B2)\n')
    expect(questions).toEqual([
      'Welke preset wilt u gebruiken? 1) duidelijk:aanbevolen  2) duidelijk:b1  3) duidelijk:strikt  4) duidelijk:dronten [1]: ',
      'Welk taalniveau is het doel? B1 of B2 [B1]: ',
    ])
    expect(JSON.parse(readFileSync(join(root, '.duidelijk.json'), 'utf8')).targetLevel).toBe('B2')
  })

  it('a missing file among others: exit 2, the others still reported', async () => {
    const root = folder({'a.txt': JARGON, '.duidelijk.json': await onlyRules('ambtelijke-taal')})
    const {code, stdout, stderr} = await run(['weg.txt', 'a.txt', '-f', 'compact'], root)
    expect([code, stderr]).toEqual([2, 'duidelijk: weg.txt: bestand niet gevonden\n'])
    expect(stdout).toBe('a.txt:1:24: warning ‘Reeds’ is ouderwets voor ‘al’. [ambtelijke-taal]\n')
  })
})

describe('--fix leaves read-only formats and stdin alone', () => {
  it('never writes an e-mail, and refuses --fix on stdin', async () => {
    const eml =
      'From: a@dronten.nl\r\nSubject: Uw brief\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWij hebben uw brief reeds ontvangen.\r\n'
    const root = folder({'bericht.eml': eml, '.duidelijk.json': await onlyRules('ambtelijke-taal')})
    const {code, stdout, stderr} = await run(['bericht.eml', '--fix', '-f', 'compact'], root)
    expect([code, stderr]).toEqual([0, ''])
    expect(stdout).toContain('bericht.eml:5:21: warning ‘Reeds’')
    expect(readFileSync(join(root, 'bericht.eml'), 'utf8')).toBe(eml)
    const piped = await run(['-', '--fix'], root, {stdin: new TextEncoder().encode(JARGON)})
    expect([piped.code, piped.stderr]).toEqual([
      2,
      'duidelijk: --fix werkt niet met - (stdin); gebruik --fix-dry-run\n',
    ])
  })
})

describe('uitleg', () => {
  it('prints the page built into @duidelijk/core (no docs folder needed)', async () => {
    const {explainRule} = await import('../src/commands.js')
    let stdout = ''
    const code = explainRule('lange-zin', {
      stdout: {write: (s: string) => (stdout += s)},
      stderr: {write: () => undefined},
    })
    const {ruleMetadata} = await import('@duidelijk/core')
    expect([code, stdout]).toEqual([
      0,
      `lange-zin\n=========\n\n${ruleMetadata('lange-zin')!.doc!.text}\nOnline: https://github.com/duidelijk/duidelijk/blob/main/docs/rules/lange-zin.md\n`,
    ])
  })
})
