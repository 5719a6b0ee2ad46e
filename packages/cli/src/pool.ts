import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {StoredResult} from './result.js'
import type {FileOutcome, RunSettings} from './run.js'

/** A file outcome as it comes back from a worker thread: the result as plain JSON. */
export type StoredOutcome = Omit<FileOutcome, 'result'> & {stored?: StoredResult}

interface Task {
  id: number
  absolute: string
  bytes: Uint8Array
  resolve: (outcome: StoredOutcome) => void
}

/**
 * A fixed set of worker threads, each with its own checkers, taking one file at a time. Results
 * come back in completion order; the CLI sorts them by path, so timing never changes the output.
 */
export class WorkerPool {
  private readonly queue: Task[] = []
  private readonly idle: Worker[] = []
  private readonly busy = new Map<Worker, Task>()
  private nextId = 0
  private alive: number

  private constructor(size: number, file: string, settings: RunSettings) {
    this.alive = size
    for (let i = 0; i < size; i++) {
      const worker = new Worker(file, {workerData: settings})
      worker.on('message', (message: {id: number; outcome: StoredOutcome}) => {
        const task = this.busy.get(worker)
        this.busy.delete(worker)
        task?.resolve(message.outcome)
        this.idle.push(worker)
        this.pump()
      })
      worker.on('error', (error) => {
        const task = this.busy.get(worker)
        this.busy.delete(worker)
        task?.resolve({path: task.absolute, messages: [error.message], failed: true})
        this.alive--
        // With no worker left, nothing would ever take the queue: fail it instead of hanging.
        if (this.alive === 0) {
          for (const queued of this.queue.splice(0))
            queued.resolve({path: queued.absolute, messages: [error.message], failed: true})
        }
      })
      this.idle.push(worker)
    }
  }

  /** A pool of `size` workers, or undefined when the compiled worker is not there (tests from sources). */
  static create(size: number, settings: RunSettings): WorkerPool | undefined {
    const file = fileURLToPath(new URL('./worker.js', import.meta.url))
    if (!existsSync(file)) return undefined
    return new WorkerPool(size, file, settings)
  }

  /** Number of workers. */
  get size(): number {
    return this.idle.length + this.busy.size
  }

  /** Stop idle workers beyond `size` (fewer files than workers). */
  shrink(size: number): void {
    while (this.size > size && this.idle.length > 0) {
      const worker = this.idle.pop()!
      this.alive--
      void worker.terminate()
    }
  }

  run(absolute: string, bytes: Uint8Array): Promise<StoredOutcome> {
    return new Promise((resolve) => {
      this.queue.push({id: this.nextId++, absolute, bytes, resolve})
      this.pump()
    })
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!
      const task = this.queue.shift()!
      this.busy.set(worker, task)
      worker.postMessage({id: task.id, absolute: task.absolute, bytes: task.bytes})
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.idle, ...this.busy.keys()].map((worker) => worker.terminate()))
  }
}
