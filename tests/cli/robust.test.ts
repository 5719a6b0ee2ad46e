import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

// The built CLI (`pnpm build` first) as a real process: one bad file must never take the batch down.
const BIN = new URL('../../packages/cli/dist/bin.js', import.meta.url).pathname
const GOOD = 'Wij hebben uw aanvraag reeds ontvangen.\n'

function duidelijk(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', CI: 'true', ...env},
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'duidelijk-robust-'))
  for (const [path, content] of Object.entries(files)) writeFileSync(join(root, path), content)
  return root
}

describe('one file cannot take the CLI down (issue #19)', () => {
  it(
    '3,000,000 lines of one letter: a Dutch error for that file, the good files still reported',
    {timeout: 180_000},
    () => {
      const root = folder({
        'a-goed.txt': GOOD,
        'b-groot.txt': 'a\n'.repeat(3_000_000),
        'c-goed.txt': GOOD,
      })
      for (const jobs of ['1', '2']) {
        const {code, stdout, stderr} = duidelijk(['.', '-f', 'compact', '--jobs', jobs], root)
        expect(code).toBe(2)
        expect(stderr).toContain(
          "duidelijk: b-groot.txt: het bestand heeft meer dan 100.000 regels; zo'n lange tekst controleert duidelijk niet. Splits de tekst op in kleinere bestanden.",
        )
        expect(stdout).toContain('a-goed.txt:1:24: warning ‘Reeds’ is ouderwets voor ‘al’.')
        expect(stdout).toContain('c-goed.txt:1:24: warning ‘Reeds’ is ouderwets voor ‘al’.')
      }
    },
  )

  it(
    'a file over the time budget of a worker fails alone with a Dutch message; the worker is replaced',
    {timeout: 120_000},
    () => {
      const files = Object.fromEntries(
        ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => [`${n}.txt`, GOOD]),
      )
      const root = folder(files)
      const {code, stdout, stderr} = duidelijk(['.', '-f', 'compact', '--jobs', '2'], root, {
        DUIDELIJK_FILE_TIME_BUDGET_MS: '1',
      })
      expect(code).toBe(2)
      const timedOut = Object.keys(files).filter((name) =>
        stderr.includes(
          `duidelijk: ${name}: de controle duurde langer dan 0,001 s en is afgebroken; de andere bestanden worden wel gecontroleerd`,
        ),
      )
      const reported = Object.keys(files).filter((name) => stdout.includes(`${name}:1:24: warning`))
      // The main thread checks some files itself (no budget there); every file sent to a worker
      // thread overran, and each got its own message from a fresh worker.
      expect(timedOut.length).toBeGreaterThan(1)
      expect([...timedOut, ...reported].sort()).toEqual(Object.keys(files))
    },
  )
})
