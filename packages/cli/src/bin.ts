#!/usr/bin/env node
import {createInterface} from 'node:readline/promises'
import {main} from './main.js'

// `duidelijk init` asks its questions only when a person is at the terminal.
const ask =
  process.stdin.isTTY && process.stdout.isTTY
    ? async (question: string) => {
        const rl = createInterface({input: process.stdin, output: process.stdout})
        try {
          return await rl.question(question)
        } finally {
          rl.close()
        }
      }
    : undefined

// A reader that stops early (`duidelijk -f json map | head`) closes the pipe: stop quietly, as
// other command-line tools do, instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  process.stderr.write(`duidelijk: kan niet naar de uitvoer schrijven: ${error.message}\n`)
  process.exit(2)
})

main({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  ...(ask ? {ask} : {}),
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`duidelijk: onverwachte fout: ${(error as Error).message}\n`)
    process.exitCode = 2
  },
)
