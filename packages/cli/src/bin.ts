#!/usr/bin/env node
import {createInterface} from 'node:readline/promises'
import {setFlagsFromString} from 'node:v8'
import {main} from './main.js'
import {HEAP_GROWING_PERCENT, INTERRUPT_BUDGET} from './pool.js'

// V8 lets a heap grow to up to four times what was live after a full garbage collection before it
// collects again, on a machine with memory to spare. A batch makes much short-lived garbage per
// letter and keeps little (the JSON report's pieces, compressed): twice is plenty. 300 letters
// with --jobs 1: peak RSS 253 MB with V8's default, 217 MB with this, 196 MB with 50 % (which
// took 10 full collections instead of 2, against 5 with this; docs/performance.md). The flag is
// read at every collection, so setting it here works; worker threads share it.
setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)

// How soon V8 hands a function to its optimising compiler (TurboFan), which compiles on background
// threads. A batch runs a large body of code (some 30 rules, the tagger, the metrics): with V8's
// default budget (67,584) about 570 functions were compiled over 1,000 letters in one process, 4.2 s
// of background CPU (`--trace-opt`), some 40 % of the CPU of `--jobs 1`, and every worker thread
// compiles its own. Six times the budget leaves lukewarm functions in the baseline tiers and
// compiles the hot ones a little later: 1,000 letters, user CPU about 2 s less with two threads and
// with one (docs/performance.md, "Parallel lanes and warm-up"). Read whenever a function's budget is
// renewed, so setting it here works, also for the worker threads (V8 flags are per process).
setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`)

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
