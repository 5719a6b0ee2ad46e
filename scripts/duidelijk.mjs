#!/usr/bin/env node
// `pnpm duidelijk …` (the root package.json script): package scripts run in the repository root,
// so this moves to the folder the command was typed in (INIT_CWD, set by pnpm and npm) before
// starting the CLI. `pnpm duidelijk brief.txt` in a subfolder then checks that folder's brief.txt.
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const bin = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url))
if (!existsSync(bin)) {
  console.error(
    'duidelijk is nog niet gebouwd: voer eerst `pnpm build` uit in de map van duidelijk.',
  )
  process.exit(2)
}
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD)
await import(bin)
