import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {main, type MainOptions} from '../src/main.js'

/** Run the CLI in-process and collect its output. */
export async function run(
  argv: string[],
  cwd: string,
  extra: Partial<MainOptions> = {},
): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const code = await main({
    argv,
    cwd,
    env: {},
    ...extra,
    stdout: {...extra.stdout, write: (s: string) => (stdout += s)},
    stderr: {...extra.stderr, write: (s: string) => (stderr += s)},
  })
  return {code, stdout, stderr}
}

/** A temporary folder with these files. */
export function folder(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'duidelijk-cli-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), {recursive: true})
    writeFileSync(join(root, path), content)
  }
  return root
}

/** A config with only these rules on (others are added to the core over time). */
export async function onlyRules(...ids: string[]): Promise<string> {
  const {builtinRules} = await import('@duidelijk/core')
  const rules = Object.fromEntries(
    builtinRules.filter((r) => !ids.includes(r.id)).map((r) => [r.id, 'off']),
  )
  return JSON.stringify({root: true, rules})
}
