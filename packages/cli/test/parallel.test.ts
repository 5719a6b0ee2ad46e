import {spawnSync} from 'node:child_process'
import {chmodSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {folder} from './helpers.js'

// The parallel default with the compiled CLI (dist/bin.js and its worker thread): a worker reads
// its files itself and sends each file's piece of the JSON report, made and deflated, instead of
// the result (issue 16). Whatever thread checked a file, the report, the messages and the exit
// code are those of --jobs 1.

const BIN = new URL('../dist/bin.js', import.meta.url).pathname

const FILES: Record<string, string | Uint8Array> = {
  'brieven/a.txt': 'Beste meneer Visser,\n\nWij hebben uw bezwaar reeds ontvangen.\n',
  // The worker thread gets the second and third file at once (it holds two while the main thread
  // checks the first): one it cannot read, one that is no text.
  'brieven/b.txt': 'Geen toegang.\n',
  'brieven/c.txt': new Uint8Array([0, 1, 2, 0, 255, 0]),
  'brieven/d.md':
    '# Besluit\n\nTeneinde uw aanvraag te beoordelen, vragen wij de gemeete om uw gegevens.\n',
  'brieven/e.txt': 'Middels deze brief laten wij u weten dat uw aanvraag is toegekend.\n',
  'brieven/f.txt': 'Wij hebben uw aanvraag ontvangen.\n',
  'brieven/g.txt': 'Indien u vragen heeft, kunt u ons bellen.\n',
  // Personal data on the line of a finding: the worker's result carries the source masked.
  'brieven/h.txt': 'Uw auto met kenteken GX-112-R stond reeds op de stoep.\n',
  '.duidelijk.json': '{"root": true}',
}

function cli(root: string, args: string[]) {
  // Root reads any file: then run the CLI as an ordinary user (nobody), for whom b.txt is closed.
  const asUser = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {}
  const result = spawnSync(process.execPath, [BIN, 'brieven', ...args], {
    cwd: root,
    encoding: 'utf8',
    ...asUser,
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('the parallel default (worker threads)', () => {
  it('writes the JSON report, messages and exit code of --jobs 1, also with --quiet and --cache', () => {
    const root = folder(FILES)
    chmodSync(root, 0o777)
    for (const name of readdirSync(join(root, 'brieven')))
      chmodSync(join(root, 'brieven', name), 0o644)
    chmodSync(join(root, 'brieven'), 0o777)
    chmodSync(join(root, 'brieven/b.txt'), 0o000)
    for (const extra of [[], ['--quiet'], ['--cache'], ['--cache']]) {
      const parallel = cli(root, ['-f', 'json', '--jobs', '2', ...extra])
      const single = cli(root, ['-f', 'json', '--jobs', '1', ...extra])
      expect(parallel).toEqual(single)
      expect(parallel.code).toBe(2)
      expect(parallel.stderr).toContain('duidelijk: brieven/b.txt: geen toegang tot dit bestand\n')
      const report = JSON.parse(parallel.stdout)
      expect(report.files.map((f: {path: string}) => f.path)).toEqual([
        'brieven/a.txt',
        'brieven/d.md',
        'brieven/e.txt',
        'brieven/f.txt',
        'brieven/g.txt',
        'brieven/h.txt',
      ])
      if (extra[0] === '--quiet')
        expect(report.summary).toEqual({files: 6, error: report.summary.error, warning: 0, info: 0})
      else expect(report.summary.warning).toBeGreaterThan(0)
    }
    // Other formats: the worker sends their pieces of the report too (spool.ts).
    expect(cli(root, ['-f', 'compact', '--jobs', '2'])).toEqual(
      cli(root, ['-f', 'compact', '--jobs', '1']),
    )
    // SARIF's fingerprints hash the flagged text and its line with personal data masked, whichever
    // thread checked the file (h.txt: they differed before).
    expect(cli(root, ['-f', 'sarif', '--jobs', '2'])).toEqual(
      cli(root, ['-f', 'sarif', '--jobs', '1']),
    )
  })

  it("gives SARIF's fingerprints of --jobs 1 for findings on a line with personal data", () => {
    // A worker thread hands back the result with personal data masked in its source; the
    // fingerprints hash the flagged text and its line masked, whichever thread checked the file
    // (before, a licence plate on the line gave other fingerprints with two threads).
    const root = folder({
      'brieven/h.txt': 'Uw auto met kenteken GX-112-R stond reeds op de stoep.\n',
      'brieven/i.txt': 'Op 3 mei stond de auto met kenteken 12-ABC-3 reeds voor de deur.\n',
      '.duidelijk.json': '{"root": true}',
    })
    chmodSync(root, 0o777)
    chmodSync(join(root, 'brieven'), 0o777)
    const parallel = cli(root, ['-f', 'sarif', '--jobs', '2'])
    expect(parallel.code).toBe(0)
    expect(JSON.parse(parallel.stdout).runs[0].results).toHaveLength(4)
    expect(parallel).toEqual(cli(root, ['-f', 'sarif', '--jobs', '1']))
  })
})
