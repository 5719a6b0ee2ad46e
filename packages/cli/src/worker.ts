import {parentPort, workerData} from 'node:worker_threads'
import {storeResult} from './result.js'
import {FileRunner, type RunSettings} from './run.js'

const runner = new FileRunner(workerData as RunSettings)

parentPort!.on('message', (task: {id: number; absolute: string; bytes: Uint8Array}) => {
  void runner.run(task.absolute, task.bytes).then((outcome) => {
    const {result, ...rest} = outcome
    parentPort!.postMessage({
      id: task.id,
      outcome: {...rest, stored: result && storeResult(result)},
    })
  })
})
