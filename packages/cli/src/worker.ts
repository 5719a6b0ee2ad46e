import {resolve} from 'node:path'
import {parentPort, workerData} from 'node:worker_threads'
import {storeResult} from './result.js'
import {FileRunner, type RunSettings} from './run.js'

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

// The pool sends the next file while this one is being checked (WORKER_QUEUE in pool.ts); files
// are checked one after the other, in the order they came.
let previous: Promise<unknown> = Promise.resolve()
parentPort!.on('message', (task: {id: number; absolute: string; bytes: Uint8Array}) => {
  previous = previous.then(() =>
    runner.run(task.absolute, task.bytes).then((outcome) => {
      const {result, ...rest} = outcome
      parentPort!.postMessage({
        id: task.id,
        outcome: {...rest, stored: result && storeResult(result)},
      })
    }),
  )
})
