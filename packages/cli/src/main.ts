import {readFile} from 'node:fs/promises'
import {createChecker, isDuidelijkError, type CheckResult} from '@duidelijk/core'
import {stylish} from './formatters/stylish.js'

/** Streams and file access the CLI uses, injectable for tests. */
export interface MainOptions {
  argv: readonly string[]
  stdout: {write(chunk: string): unknown}
  stderr: {write(chunk: string): unknown}
  readFile?: (path: string) => Promise<Uint8Array>
}

const USAGE = `Gebruik: duidelijk [opties] <bestand...>

Controleert brieven en e-mails op begrijpelijke taal (taalniveau B1).

Opties:
  --no-metrics   toon geen leesbaarheidscijfers
  -h, --help     toon deze hulp
`

/**
 * Run the CLI. Exit codes: 0 no errors, 1 findings at error level, 2 usage or input problem.
 */
export async function main(options: MainOptions): Promise<number> {
  const files: string[] = []
  let metrics = true
  for (const arg of options.argv) {
    if (arg === '-h' || arg === '--help') {
      options.stdout.write(USAGE)
      return 0
    } else if (arg === '--no-metrics') metrics = false
    else if (arg.startsWith('-')) {
      options.stderr.write(`duidelijk: onbekende optie ${arg}\n\n${USAGE}`)
      return 2
    } else files.push(arg)
  }
  if (files.length === 0) {
    options.stderr.write(`duidelijk: geef minstens één bestand op\n\n${USAGE}`)
    return 2
  }
  const read = options.readFile ?? readFile
  let checker
  try {
    checker = await createChecker()
  } catch (error) {
    options.stderr.write(`duidelijk: ${(error as Error).message}\n`)
    return 2
  }
  const results: CheckResult[] = []
  let failed = false
  for (const path of files) {
    try {
      const bytes = await read(path)
      results.push(checker.check({path, bytes}))
    } catch (error) {
      failed = true
      const message = isDuidelijkError(error)
        ? error.message
        : (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? `${path}: bestand niet gevonden`
          : `${path}: ${(error as Error).message}`
      options.stderr.write(`duidelijk: ${message}\n`)
    }
  }
  options.stdout.write(stylish(results, {metrics}))
  if (failed) return 2
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0
}
