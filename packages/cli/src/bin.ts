#!/usr/bin/env node
import {createInterface} from 'node:readline/promises'
import {main} from './main.js'
import {setV8Flags} from './v8-flags.js'

// The CLI's V8 flags (v8-flags.ts). The launcher (launch.ts, dist/bin.js) sets them before it
// compiles this program; set here too for a run of the program without it (same values: no change).
setV8Flags()

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
  (code) => exitWhenWritten(code),
  (error: unknown) => {
    process.stderr.write(`duidelijk: onverwachte fout: ${(error as Error).message}\n`)
    exitWhenWritten(2)
  },
)

/**
 * End the process once its output is written. Left to end by itself, Node frees the heap page by
 * page and runs its teardown, which took 20-60 ms after a one-letter check had written its report
 * (some 100 MB to give back; bench/startup.mjs); `process.exit` leaves that to the operating
 * system. Everything `main` started has finished when it returns (files written, worker threads
 * closed); only the standard streams may still hold output (asynchronous pipes on Windows), so
 * the exit waits until they are drained.
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code
  const pending = [process.stdout, process.stderr].filter((stream) => stream.writableLength > 0)
  let left = pending.length
  if (left === 0) process.exit(code)
  for (const stream of pending) {
    stream.once('drain', () => {
      if (--left === 0) process.exit(code)
    })
  }
}
