import {spawnSync} from 'node:child_process'
import {mkdtempSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

// These tests run the built CLI (`pnpm build` first) as a real process.
const BIN = new URL('../../packages/cli/dist/bin.js', import.meta.url).pathname
const JARGON = 'Wij hebben uw aanvraag reeds ontvangen.\n'

function duidelijk(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', CI: 'true'},
    ...(input !== undefined ? {input} : {}),
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

let config = ''
beforeAll(async () => {
  const {builtinRules} = await import('@duidelijk/core')
  const off = builtinRules.filter((r) => r.id !== 'ambtelijke-taal').map((r) => [r.id, 'off'])
  config = JSON.stringify({root: true, rules: Object.fromEntries(off)})
})

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'duidelijk-proc-'))
  for (const [path, content] of Object.entries({'.duidelijk.json': config, ...files})) {
    mkdirSync(join(root, path, '..'), {recursive: true})
    writeFileSync(join(root, path), content)
  }
  return root
}

describe('duidelijk as a process', () => {
  it('exit code 0: only warnings', () => {
    const root = folder({'brief.txt': JARGON})
    const {code, stdout} = duidelijk(['brief.txt', '-f', 'compact'], root)
    expect([code, stdout]).toEqual([
      0,
      'brief.txt:1:24: warning ‘Reeds’ is ouderwets voor ‘al’. [ambtelijke-taal]\n',
    ])
  })

  it('exit code 1: findings at the failing severity', () => {
    const root = folder({'brief.txt': JARGON})
    expect(duidelijk(['brief.txt', '--fail-on', 'warning'], root).code).toBe(1)
    expect(duidelijk(['brief.txt', '--rule', 'ambtelijke-taal:error'], root).code).toBe(1)
  })

  it('exit code 2: usage error, missing file (others still checked), bad config', () => {
    const root = folder({'brief.txt': JARGON})
    const usage = duidelijk(['brief.txt', '--jobs', 'veel'], root)
    expect([usage.code, usage.stderr]).toEqual([
      2,
      'duidelijk: --jobs verwacht een geheel getal ≥ 1\n',
    ])
    const missing = duidelijk(['weg.txt', 'brief.txt', '-f', 'compact'], root)
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'duidelijk: weg.txt: bestand niet gevonden\n',
    ])
    expect(missing.stdout).toContain('brief.txt:1:24:')
    writeFileSync(join(root, '.duidelijk.json'), '{"rules": {"lange-zinnen": "off"}')
    const bad = duidelijk(['brief.txt'], root)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^duidelijk: .*\.duidelijk\.json/)
    expect(bad.stderr).not.toMatch(/\n\s+at /)
  })

  it('--help in Dutch with examples, and --version', () => {
    const root = folder({})
    const help = duidelijk(['--help'], root)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Voorbeelden:')
    expect(help.stdout).toContain('--shard <i/n>')
    expect(duidelijk(['--version'], root).stdout).toBe('duidelijk 0.1.0\n')
  })

  it('reads stdin with --stdin-filename', () => {
    const root = folder({})
    const {code, stdout} = duidelijk(
      ['-', '--stdin-filename', 'brief.md', '-f', 'compact'],
      root,
      JARGON,
    )
    expect([code, stdout]).toEqual([
      0,
      'brief.md:1:24: warning ‘Reeds’ is ouderwets voor ‘al’. [ambtelijke-taal]\n',
    ])
  })

  it('--jobs 3 (worker threads) gives exactly the output of --jobs 1', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 12; i++)
      files[`brieven/${String.fromCharCode(108 - i)}.txt`] = i % 3 ? JARGON : 'Wij bellen u.\n'
    files['brieven/kapot.txt'] = 'a\u0000b'
    const root = folder(files)
    const one = duidelijk(['brieven', '-f', 'json', '--jobs', '1'], root)
    const three = duidelijk(['brieven', '-f', 'json', '--jobs', '3'], root)
    expect(three.code).toBe(2)
    expect(three.stdout).toBe(one.stdout)
    expect(three.stderr).toBe(one.stderr)
    expect(JSON.parse(three.stdout).summary).toEqual({files: 12, error: 0, warning: 8, info: 0})
  })

  it(
    'checks in parallel (main thread and a worker) with exactly the output of --jobs 1, all default rules',
    {timeout: 120_000},
    () => {
      const files: Record<string, string> = {'.duidelijk.json': '{"root": true}'}
      const letters = [
        'Geachte heer Jansen,\n\nWij hebben uw aanvraag ontvagen. Teneinde uw aanvraag te beoordelen, verzoeken wij u vriendelijk doch dringend de stukken te sturen.\n\nMet vriendelijke groet,\n\nGemeente Dronten\n',
        'Beste mevrouw De Vries,\n\nU kunt de vergunnnig ophalen bij de balie. Wij zijn genoodzaakt uw aanvraag buiten behandeling te laten.\n',
        'Uw bezwaar is ongegrond. De gemeentebelastnig blijft € 245,00.\n',
      ]
      for (let i = 0; i < 9; i++) files[`post/brief-${i}.txt`] = letters[i % letters.length]!
      const root = folder(files)
      const one = duidelijk(['post', '-f', 'json', '--jobs', '1'], root)
      const two = duidelijk(['post', '-f', 'json', '--jobs', '2'], root)
      expect(one.code).toBe(0)
      expect(two.stdout).toBe(one.stdout)
      const report = JSON.parse(one.stdout) as {
        files: Array<{findings: Array<{ruleId: string; actual?: string; expected?: string[]}>}>
      }
      const spelling = report.files
        .flatMap((file) => file.findings)
        .filter((f) => f.ruleId === 'spelling')
        .map((f) => [f.actual, f.expected?.[0]])
      expect(new Set(spelling.map(String))).toEqual(
        new Set([
          'ontvagen,ontvangen',
          'vergunnnig,vergunning',
          'gemeentebelastnig,gemeentebelasting',
        ]),
      )
    },
  )

  // Four cold processes: under load (2 cores shared) they need more than the default 30 s.
  it('shards in a CI matrix merge into the report of one run', {timeout: 120_000}, () => {
    const files: Record<string, string> = {}
    for (const name of ['a', 'b', 'c', 'd', 'e']) files[`${name}.txt`] = JARGON
    const root = folder(files)
    const whole = duidelijk(['.', '-f', 'sarif'], root)
    for (const i of [1, 2])
      expect(
        duidelijk(['.', '-f', 'sarif', '--shard', `${i}/2`, '-o', `deel${i}.sarif`], root).code,
      ).toBe(0)
    const merged = duidelijk(['merge', 'deel1.sarif', 'deel2.sarif', '-o', 'samen.sarif'], root)
    expect(merged.code).toBe(0)
    expect(readFileSync(join(root, 'samen.sarif'), 'utf8')).toBe(whole.stdout)
  })

  it('--fix-dry-run prints a patch and --fix applies it', () => {
    const root = folder({'brief.md': JARGON})
    const dry = duidelijk(['brief.md', '--fix-dry-run'], root)
    expect(dry.stdout).toBe(
      '--- a/brief.md\n+++ b/brief.md\n@@ -1 +1 @@\n-Wij hebben uw aanvraag reeds ontvangen.\n+Wij hebben uw aanvraag al ontvangen.\n',
    )
    expect(duidelijk(['brief.md', '--fix'], root).code).toBe(0)
    expect(readFileSync(join(root, 'brief.md'), 'utf8')).toBe(
      'Wij hebben uw aanvraag al ontvangen.\n',
    )
  })
})
