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
  /** The path as messages show it. */
  label: string
  bytes: Uint8Array
  resolve: (outcome: StoredOutcome) => void
}

/** Heap limit of one worker thread: a file that needs more fails alone instead of the whole CLI. */
export const WORKER_HEAP_MB = 1024
/**
 * How much a heap may grow beyond what survived the last full collection before the next one (the
 * CLI sets V8's --heap-growing-percent, bin.ts; V8 itself allows up to 300 %).
 */
export const HEAP_GROWING_PERCENT = 100
/**
 * The young generation of a worker thread (V8's default is 48 MB on 64-bit): a letter's garbage
 * dies young, and a smaller nursery keeps each worker's resident memory down.
 */
export const WORKER_YOUNG_MB = 12
/** Time budget of one file in a worker thread; over it the worker is stopped and replaced. */
export const FILE_TIME_BUDGET_MS = 120_000

/**
 * A fixed set of worker threads, each with its own checkers, taking one file at a time. Results
 * come back in completion order; the CLI sorts them by path, so timing never changes the output.
 * A worker that runs out of its heap (WORKER_HEAP_MB), crashes or exceeds the time budget fails
 * only its own file, with a Dutch message, and is replaced by a fresh one (issue #19).
 */
export class WorkerPool {
  private readonly queue: Task[] = []
  private readonly idle: Worker[] = []
  private readonly busy = new Map<Worker, {task: Task; timer: NodeJS.Timeout}>()
  private nextId = 0
  private closed = false

  private constructor(
    size: number,
    private readonly file: string,
    private readonly settings: RunSettings,
    private readonly limits: {heapMb: number; timeMs: number},
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn())
  }

  private spawn(): Worker {
    const worker = new Worker(this.file, {
      workerData: this.settings,
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.heapMb,
        maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
      },
    })
    worker.on('message', (message: {id: number; outcome: StoredOutcome}) => {
      const job = this.busy.get(worker)
      if (!job) return
      clearTimeout(job.timer)
      this.busy.delete(worker)
      job.task.resolve(message.outcome)
      this.idle.push(worker)
      this.pump()
    })
    const fail = (reason: string) => {
      const job = this.busy.get(worker)
      const at = this.idle.indexOf(worker)
      if (at !== -1) this.idle.splice(at, 1)
      if (job) {
        clearTimeout(job.timer)
        this.busy.delete(worker)
        job.task.resolve({path: job.task.label, messages: [reason], failed: true})
        // A worker that died on a file is replaced; one that died idle (it could not start) is not,
        // and with no worker left the queue fails instead of waiting for ever.
        if (!this.closed) this.idle.push(this.spawn())
      }
      if (this.idle.length === 0 && this.busy.size === 0) {
        for (const queued of this.queue.splice(0))
          queued.resolve({path: queued.label, messages: [reason], failed: true})
      }
      this.pump()
    }
    worker.on('error', (error: Error & {code?: string}) => {
      const job = this.busy.get(worker)
      const path = job?.task.label ?? ''
      fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `${path}: de controle had meer dan ${this.limits.heapMb} MB geheugen nodig en is afgebroken; de andere bestanden worden wel gecontroleerd`
          : `${path}: de controle is onverwacht gestopt (${error.message})`,
      )
    })
    worker.on('exit', () => {
      if (this.busy.has(worker))
        fail(`${this.busy.get(worker)!.task.label}: de controle is onverwacht gestopt`)
    })
    return worker
  }

  /** A pool of `size` workers, or undefined when the compiled worker is not there (tests from sources). */
  static create(
    size: number,
    settings: RunSettings,
    limits: {heapMb?: number; timeMs?: number} = {},
  ): WorkerPool | undefined {
    const file = fileURLToPath(new URL('./worker.js', import.meta.url))
    if (!existsSync(file)) return undefined
    return new WorkerPool(size, file, settings, {
      heapMb: limits.heapMb ?? WORKER_HEAP_MB,
      timeMs: limits.timeMs ?? FILE_TIME_BUDGET_MS,
    })
  }

  /** Number of workers. */
  get size(): number {
    return this.idle.length + this.busy.size
  }

  /** Stop idle workers beyond `size` (fewer files than workers). */
  shrink(size: number): void {
    while (this.size > size && this.idle.length > 0) {
      const worker = this.idle.pop()!
      void worker.terminate()
    }
  }

  run(absolute: string, bytes: Uint8Array, label = absolute): Promise<StoredOutcome> {
    return new Promise((resolve) => {
      this.queue.push({id: this.nextId++, absolute, label, bytes, resolve})
      this.pump()
    })
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!
      const task = this.queue.shift()!
      const timer = setTimeout(() => {
        const seconds = (this.limits.timeMs / 1000).toLocaleString('nl-NL')
        const job = this.busy.get(worker)
        if (!job) return
        this.busy.delete(worker)
        job.task.resolve({
          path: task.label,
          messages: [
            `${task.label}: de controle duurde langer dan ${seconds} s en is afgebroken; de andere bestanden worden wel gecontroleerd`,
          ],
          failed: true,
        })
        void worker.terminate()
        if (!this.closed) {
          this.idle.push(this.spawn())
          this.pump()
        }
      }, this.limits.timeMs)
      this.busy.set(worker, {task, timer})
      worker.postMessage({id: task.id, absolute: task.absolute, bytes: task.bytes})
    }
  }

  async close(): Promise<void> {
    this.closed = true
    for (const {timer} of this.busy.values()) clearTimeout(timer)
    await Promise.all([...this.idle, ...this.busy.keys()].map((worker) => worker.terminate()))
  }
}
