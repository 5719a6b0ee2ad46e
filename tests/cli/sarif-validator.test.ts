import {spawnSync} from 'node:child_process'
import {accessSync, chmodSync, constants, cpSync, mkdtempSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

// SARIF from the built CLI (`pnpm build` first) on the example letters and the input-format
// fixtures (.txt, .md, .html, .eml with quoted-printable and base64, .docx, .odt), checked by
// Microsoft's SARIF validator (@microsoft/sarif-multitool, a self-contained .NET program from npm;
// it runs offline) with its SARIF rules and its GitHub code scanning ingestion rules.
const repo = fileURLToPath(new URL('../../', import.meta.url))
const BIN = join(repo, 'packages/cli/dist/bin.js')

/** The validator for this platform; npm unpacks it without the execute bit. */
function multitool(): string {
  const require = createRequire(join(repo, 'package.json'))
  const path = require('@microsoft/sarif-multitool') as string
  try {
    accessSync(path, constants.X_OK)
  } catch {
    chmodSync(path, 0o755)
  }
  return path
}

function validate(sarifFile: string, out: string) {
  const result = spawnSync(
    multitool(),
    ['validate', sarifFile, '--output', out, '--rule-kind', 'Sarif;Gh', '--log', 'ForceOverwrite'],
    {encoding: 'utf8', env: {...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1'}},
  )
  expect(result.error).toBeUndefined()
  const log = JSON.parse(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''))
  const results: Array<{ruleId: string; level?: string; message: {text?: string}}> =
    log.runs[0].results ?? []
  // A result without a level is a warning (SARIF 2.1.0 §3.27.10).
  return results
    .filter((r) => (r.level ?? 'warning') === 'error' || (r.level ?? 'warning') === 'warning')
    .map((r) => `${r.level ?? 'warning'} ${r.ruleId}: ${r.message.text ?? ''}`)
}

describe('SARIF validator', () => {
  it(
    'zero errors and zero warnings on the examples and every input format',
    {timeout: 180_000},
    () => {
      const work = mkdtempSync(join(tmpdir(), 'duidelijk-sarif-'))
      cpSync(join(repo, 'examples'), join(work, 'examples'), {recursive: true})
      // afgebroken.eml is a broken download (a clear error, exit code 2), not a letter.
      cpSync(join(repo, 'tests/fixtures/formats'), join(work, 'formats'), {
        recursive: true,
        filter: (source) => !source.endsWith('afgebroken.eml'),
      })
      const run = spawnSync(
        process.execPath,
        [BIN, 'examples', 'formats', '--format', 'sarif', '--output', 'duidelijk.sarif'],
        {cwd: work, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}},
      )
      expect(run.status, run.stderr).toBe(1)
      const sarif = JSON.parse(readFileSync(join(work, 'duidelijk.sarif'), 'utf8'))
      const uris = new Set(
        sarif.runs[0].results.map(
          (r: {locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}) =>
            r.locations[0]!.physicalLocation.artifactLocation.uri,
        ),
      )
      // Every kind of input is in the log, so the validator sees each kind of position.
      for (const ext of ['.txt', '.html', '.eml', '.docx', '.odt']) {
        expect(
          [...uris].some((u) => (u as string).endsWith(ext)),
          ext,
        ).toBe(true)
      }
      expect(validate(join(work, 'duidelijk.sarif'), join(work, 'validatie.sarif'))).toEqual([])
    },
  )

  it(
    'the validator can fail: a result pointing at a missing rule index is an error',
    {timeout: 60_000},
    () => {
      const work = mkdtempSync(join(tmpdir(), 'duidelijk-sarif-'))
      const broken = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'duidelijk',
                version: '0.1.0',
                informationUri: 'https://example.org',
                rules: [],
              },
            },
            results: [
              {
                ruleId: 'lange-zin',
                ruleIndex: 3,
                message: {text: 'Deze zin is lang.'},
                locations: [
                  {physicalLocation: {artifactLocation: {uri: 'a b.txt'}, region: {startLine: 0}}},
                ],
              },
            ],
          },
        ],
      }
      const file = join(work, 'kapot.sarif')
      spawnSync(process.execPath, [
        '-e',
        `require('fs').writeFileSync(${JSON.stringify(file)}, ${JSON.stringify(JSON.stringify(broken))})`,
      ])
      expect(validate(file, join(work, 'validatie.sarif')).length).toBeGreaterThan(0)
    },
  )
})
