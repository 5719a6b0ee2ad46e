import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {parentPort, workerData} from 'node:worker_threads'
import type {StoredOutcome, TaskMessage} from './pool.js'
import {reviveResult, storeResult} from './result.js'
import {describeError, displayPath, FileRunner, type FileOutcome, type RunSettings} from './run.js'
import {reportPiece} from './spool.js'

const settings = workerData as RunSettings
const runner = new FileRunner(settings)
// Load the checker (word lists, hunspell) right away, while the main thread is still finding and
// reading files. A config error surfaces again, with its message, when a file is checked.
try {
  void runner
    .checkerFor(runner.loader.configFor(resolve(settings.cwd, 'bestand.txt')).config)
    .catch(() => {})
} catch {
  // reported per file
}

/**
 * Check one file: read it here unless the main thread sent its bytes (it reads them only for
 * --cache), so handing a file over costs the main thread no reading.
 */
async function check(task: TaskMessage): Promise<FileOutcome> {
  let bytes = task.bytes
  if (!bytes) {
    try {
      bytes = readFileSync(task.absolute)
    } catch (error) {
      const path = displayPath(settings.cwd, task.absolute)
      return {path, messages: [describeError(path, error)], failed: true}
    }
  }
  return runner.run(task.absolute, bytes)
}

// The pool sends the next file while this one is being checked (WORKER_QUEUE in pool.ts); files
// are checked one after the other, in the order they came.
let previous: Promise<unknown> = Promise.resolve()
parentPort!.on('message', (task: TaskMessage) => {
  previous = previous.then(() =>
    check(task).then((outcome) => {
      const {result, ...rest} = outcome
      if (result && task.piece) {
        // The file's piece of the report, made and deflated here; its buffer is moved to the
        // main thread, not copied, and no result is cloned and revived there. Every format but
        // JSON is made from the result as the main thread would have revived it, so the text
        // is the same as when the whole report is made there.
        const shown = task.piece.format === 'json' ? result : reviveResult(storeResult(result))
        const {piece, counts, summary} = reportPiece(shown, task.piece)
        const answer: StoredOutcome = {...rest, spooled: counts, piece, summary}
        parentPort!.postMessage({id: task.id, outcome: answer}, [piece.buffer as ArrayBuffer])
        return
      }
      const answer: StoredOutcome = {...rest, ...(result ? {stored: storeResult(result)} : {})}
      parentPort!.postMessage({id: task.id, outcome: answer})
    }),
  )
})
