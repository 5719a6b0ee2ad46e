import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {StoredResult} from './result.js'
import type {FileOutcome, RunSettings} from './run.js'
import type {PieceSettings} from './spool.js'

/**
 * A file outcome as it comes back from a worker thread: the result as plain JSON, or (when the
 * file was handed with `piece`) the file's piece of the report, deflated, with its counts.
 */
export type StoredOutcome = Omit<FileOutcome, 'result'> & {
  stored?: StoredResult
  piece?: Uint8Array
}

/** What a worker is asked for a file besides checking it. */
export interface TaskOptions {
  /**
   * The file's bytes, when the main thread read them already (for --cache); without them the
   * worker reads the file itself.
   */
  bytes?: Uint8Array | undefined
  /** Answer with the file's deflated piece of the report (spool.ts), not the result. */
  piece?: PieceSettings | undefined
}

/** A file as it is posted to a worker thread. */
export interface TaskMessage extends TaskOptions {
  id: number
  absolute: string
}

interface Task extends TaskMessage {
  /** The path as messages show it. */
  label: string
  resolve: (outcome: StoredOutcome) => void
}

/** Heap limit of one worker thread: a file that needs more fails alone instead of the whole CLI. */
export const WORKER_HEAP_MB = 1024
/**
 * The young generation of a worker thread: V8's default on 64-bit. It was 12 MB, to keep each
 * worker's resident memory down, but then the worker collected its young garbage three times as
 * often (1,000 letters: 301 against 96 scavenges) and moved enough of a letter's unfinished work
 * to the old generation to need 9 full collections instead of 3. With 48 MB the two threads used
 * about 1 s less CPU on 1,000 letters and the peak RSS stayed the same (9 alternating pairs;
 * docs/performance.md, "Parallel lanes and warm-up").
 */
export const WORKER_YOUNG_MB = 48
/** Time budget of one file in a worker thread; over it the worker is stopped and replaced. */
export const FILE_TIME_BUDGET_MS = 120_000

/**
 * How many files a worker thread holds at a time: the one it checks and the next. The main thread
 * checks files too, and while it does it cannot answer a worker; with only one file at a time a
 * worker that finished waited for the main thread's letter to end before it got its next file (a
 * CPU profile of 300 letters with the default two threads: the worker idle 3.5 s of 14 s).
 */
export const WORKER_QUEUE = 2

/** A worker thread and the files it holds, in the order it checks them (the first is running). */
interface Slot {
  worker: Worker
  tasks: Task[]
  /** The time budget of the first task. */
  timer: NodeJS.Timeout | undefined
}

/**
 * A fixed set of worker threads, each with its own checkers, holding up to WORKER_QUEUE files and
 * checking them one at a time. Results come back in completion order; the CLI puts each at its
 * file's place, so timing never changes the output. A worker that runs out of its heap
 * (WORKER_HEAP_MB), crashes or exceeds the time budget fails only the file it was checking, with a
 * Dutch message, and is replaced by a fresh one that gets the files it held (issue #19).
 */
export class WorkerPool {
  private readonly queue: Task[] = []
  private readonly slots: Slot[] = []
  private nextId = 0
  private closed = false

  private constructor(
    size: number,
    private readonly file: string,
    private readonly settings: RunSettings,
    private readonly limits: {heapMb: number; timeMs: number},
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn())
  }

  private spawn(): Slot {
    const worker = new Worker(this.file, {
      workerData: this.settings,
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.heapMb,
        maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
      },
    })
    const slot: Slot = {worker, tasks: [], timer: undefined}
    worker.on('message', (message: {id: number; outcome: StoredOutcome}) => {
      const task = slot.tasks[0]
      if (!task || task.id !== message.id || !this.slots.includes(slot)) return
      slot.tasks.shift()
      this.startTimer(slot)
      task.resolve(message.outcome)
      this.pump()
    })
    worker.on('error', (error: Error & {code?: string}) => {
      this.fail(
        slot,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `de controle had meer dan ${this.limits.heapMb} MB geheugen nodig en is afgebroken; de andere bestanden worden wel gecontroleerd`
          : `de controle is onverwacht gestopt (${error.message})`,
      )
    })
    worker.on('exit', () => this.fail(slot, 'de controle is onverwacht gestopt'))
    return slot
  }

  /** Start the time budget of the slot's first task, if it has one. */
  private startTimer(slot: Slot): void {
    clearTimeout(slot.timer)
    slot.timer = undefined
    const task = slot.tasks[0]
    if (!task) return
    slot.timer = setTimeout(() => {
      const seconds = (this.limits.timeMs / 1000).toLocaleString('nl-NL')
      this.fail(
        slot,
        `de controle duurde langer dan ${seconds} s en is afgebroken; de andere bestanden worden wel gecontroleerd`,
      )
      void slot.worker.terminate()
    }, this.limits.timeMs)
  }

  /**
   * The slot's worker is gone (crashed, out of memory, over its time budget): its running file
   * fails with `reason` (after the file's path), the files it held but had not started go back to the front of the queue.
   * A worker that died on a file is replaced; one that died idle (it could not start) is not, and
   * with no worker left the queue fails instead of waiting for ever.
   */
  private fail(slot: Slot, reason: string): void {
    const at = this.slots.indexOf(slot)
    if (at === -1) return
    this.slots.splice(at, 1)
    clearTimeout(slot.timer)
    const [running, ...waiting] = slot.tasks.splice(0)
    this.queue.unshift(...waiting)
    if (running) {
      running.resolve({
        path: running.label,
        messages: [`${running.label}: ${reason}`],
        failed: true,
      })
      if (!this.closed) this.slots.push(this.spawn())
    }
    if (this.slots.length === 0) {
      for (const queued of this.queue.splice(0))
        queued.resolve({path: queued.label, messages: [`${queued.label}: ${reason}`], failed: true})
    }
    this.pump()
  }

  /**
   * A pool of `size` workers, or undefined when the compiled worker is not there (tests from
   * sources). `file` is the worker's script (tests give a stand-in speaking the same messages).
   */
  static create(
    size: number,
    settings: RunSettings,
    limits: {heapMb?: number; timeMs?: number} = {},
    file = fileURLToPath(new URL('./worker.js', import.meta.url)),
  ): WorkerPool | undefined {
    if (!existsSync(file)) return undefined
    return new WorkerPool(size, file, settings, {
      heapMb: limits.heapMb ?? WORKER_HEAP_MB,
      timeMs: limits.timeMs ?? FILE_TIME_BUDGET_MS,
    })
  }

  /** Number of workers. */
  get size(): number {
    return this.slots.length
  }

  /** Stop idle workers beyond `size` (fewer files than workers). */
  shrink(size: number): void {
    for (let i = this.slots.length - 1; i >= 0 && this.slots.length > size; i--) {
      const slot = this.slots[i]!
      if (slot.tasks.length > 0) continue
      this.slots.splice(i, 1)
      void slot.worker.terminate()
    }
  }

  /** Check a file in a worker thread; `label` is its path as failure messages show it. */
  run(absolute: string, options: TaskOptions = {}, label = absolute): Promise<StoredOutcome> {
    return new Promise((resolve) => {
      this.queue.push({id: this.nextId++, absolute, label, ...options, resolve})
      this.pump()
    })
  }

  /** Hand queued files to the workers holding the fewest, up to WORKER_QUEUE each. */
  private pump(): void {
    while (this.queue.length > 0) {
      let slot: Slot | undefined
      for (const candidate of this.slots) {
        if (
          candidate.tasks.length < WORKER_QUEUE &&
          (!slot || candidate.tasks.length < slot.tasks.length)
        )
          slot = candidate
      }
      if (!slot) return
      const task = this.queue.shift()!
      slot.tasks.push(task)
      if (slot.tasks.length === 1) this.startTimer(slot)
      const {label: _label, resolve: _resolve, ...message} = task
      slot.worker.postMessage(message satisfies TaskMessage)
    }
  }

  async close(): Promise<void> {
    this.closed = true
    const slots = this.slots.splice(0)
    for (const slot of slots) clearTimeout(slot.timer)
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }
}
