import {existsSync, readFileSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {resolve} from 'node:path'
import {setImmediate as nextTurn} from 'node:timers/promises'
import {loadOnly, type CheckResult} from '@duidelijk/core/node'
import {ResultCache, cacheKey} from './cache.js'
import {shownPath} from './discovery.js'
import type {OptionValues} from './options.js'
import {FILE_TIME_BUDGET_MS, WORKER_HEAP_MB, WORKER_QUEUE, WorkerPool} from './pool.js'
import {Progress} from './progress.js'
import {reviveResult, slimResult, storeResult, withText} from './result.js'
import {describeError, displayPath, inputFor, type FileOutcome, type FileRunner} from './run.js'
import type {PieceSettings} from './spool.js'

/**
 * A worker thread first loads its own checker (word lists, hunspell: about a second of CPU), which
 * pays off only when it gets at least this many files; smaller batches are checked in this thread.
 */
const FILES_PER_WORKER = 16

/**
 * How many files are checked at a time: `--jobs` when given, else one per core, but never more
 * than there are files, and without --jobs one per FILES_PER_WORKER files at most. The main
 * thread is one of them; the rest are worker threads.
 */
export function parallelChecks(files: number, cores: number, jobs: number | undefined): number {
  const wanted = Math.min(
    jobs ?? Math.max(1, Math.floor(files / FILES_PER_WORKER)),
    Math.max(cores, 1),
  )
  return Math.max(1, Math.min(wanted, files))
}

/**
 * Whether the arguments may name more than one file (a folder, a pattern or several paths): then
 * worker threads start loading their checkers while the files are still being found.
 */
function mayBeMany(positionals: readonly string[], cwd: string): boolean {
  if (positionals.length !== 1) return positionals.length > 1
  const only = positionals[0]!
  if (/[*?[\]{}]/.test(only)) return true
  try {
    return statSync(resolve(cwd, only)).isDirectory()
  } catch {
    return false
  }
}

/**
 * Parallel by default: as many checks at a time as there are cores, the main thread being one of
 * them. The worker threads start before the files are found, so they load while the files are
 * found and read; those the batch turns out not to need stop again (see checkFiles).
 */
export function startWorkers(options: {
  stdin: boolean
  jobs: number | undefined
  positionals: readonly string[]
  cwd: string
  env: Record<string, string | undefined>
  runner: FileRunner
}): WorkerPool | undefined {
  const cores = availableParallelism()
  // More threads than cores only add memory and switching (issue #19: --jobs 8 on two cores was
  // 1.7 times slower with 1.8 times the memory of --jobs 1), so --jobs is capped at the cores.
  const wanted = options.stdin ? 1 : Math.min(options.jobs ?? cores, cores)
  const limit = (name: string) => {
    const value = Number(options.env[name])
    return Number.isInteger(value) && value > 0 ? value : undefined
  }
  return wanted > 1 && mayBeMany(options.positionals, options.cwd)
    ? WorkerPool.create(wanted - 1, options.runner.settings, {
        heapMb: limit('DUIDELIJK_WORKER_HEAP_MB'),
        timeMs: limit('DUIDELIJK_FILE_TIME_BUDGET_MS'),
      })
    : undefined
}

/** A positive whole number from the environment, else undefined. */
function positiveEnv(env: Record<string, string | undefined>, name: string): number | undefined {
  const value = Number(env[name])
  return Number.isInteger(value) && value > 0 ? value : undefined
}

/**
 * Share `count` files between one lane in this thread (`here`) and `elsewhereLanes` lanes that
 * wait for worker threads (WORKER_QUEUE per worker: each holds its next file while it checks
 * one). Each lane takes the next file when it is done, so a faster thread checks more; `done`
 * gets every outcome with its file's index, so the order of the report never depends on timing.
 *
 * This thread's lane gives the event loop a turn before each of its files. A check here ends in
 * promise reactions (microtasks) only, and a worker's answer is a 'message' event (a macrotask)
 * that can run only when this thread's stack and microtask queue are empty: without the turn, the
 * answer and the next file for the worker waited until a check here happened to yield (checkAsync
 * does so only after 8 ms of work in one go, which a warm letter hardly reaches). The worker was
 * idle 2.5 s of 8.7 s on 1,000 letters and checked 282 of them; with the turn about 420
 * (docs/performance.md). A turn costs a few microseconds.
 */
export async function shareFiles<T>(
  count: number,
  lanes: {
    here: (index: number) => Promise<T>
    elsewhere: ((index: number) => Promise<T>) | undefined
    elsewhereLanes: number
    done: (index: number, outcome: T) => void
  },
): Promise<void> {
  let next = 0
  const lane = async (check: (index: number) => Promise<T>, turn: boolean) => {
    while (next < count) {
      if (turn) {
        await nextTurn()
        if (next >= count) return
      }
      const index = next++
      lanes.done(index, await check(index))
    }
  }
  const elsewhere = lanes.elsewhere
  const others = elsewhere
    ? Array.from({length: lanes.elsewhereLanes}, () => lane(elsewhere, false))
    : []
  await Promise.all([lane(lanes.here, others.length > 0), ...others])
}

/** What checking a batch needs from the command line and the environment. */
export interface CheckingOptions {
  files: readonly string[]
  stdin: boolean
  /** Worker threads from startWorkers; checkFiles closes them. */
  pool: WorkerPool | undefined
  values: OptionValues
  jobs: number | undefined
  runner: FileRunner
  cwd: string
  version: string
  env: Record<string, string | undefined>
  stderr: {write(chunk: string): unknown; isTTY?: boolean; columns?: number}
  readFile: ((path: string) => Promise<Uint8Array>) | undefined
  readStdin: () => Promise<Uint8Array>
  /**
   * Called with each outcome in file order, as soon as it and those before it are there; what it
   * returns is kept instead (the CLI keeps the report's pieces, not the results: see spool.ts).
   */
  onOutcome?: (outcome: FileOutcome) => FileOutcome
  /**
   * The outcomes go into the report's spool (with --quiet, errors only): a worker thread then
   * sends each file's piece of the report, made and deflated, instead of its result (spool.ts).
   */
  piece?: PieceSettings | undefined
}

/**
 * Check every file: from the cache when unchanged (--cache), else in this thread and the worker
 * threads; with a progress line on a terminal. Outcomes in file order.
 */
export async function checkFiles(options: CheckingOptions): Promise<FileOutcome[]> {
  const {files, stdin, values, runner, cwd} = options
  let pool = options.pool
  const fixing = values.fix === true || values['fix-dry-run'] === true
  const cache =
    values.cache && !fixing && !stdin
      ? await ResultCache.open(resolve(cwd, values['cache-location'] ?? '.duidelijk-cache'))
      : undefined
  // Workers beyond what this batch needs stop at once.
  const lanes = stdin ? 1 : parallelChecks(files.length, availableParallelism(), options.jobs)
  if (pool && lanes < 2) {
    await pool.close()
    pool = undefined
  }
  pool?.shrink(lanes - 1)
  const mainBudget = {
    timeMs: positiveEnv(options.env, 'DUIDELIJK_FILE_TIME_BUDGET_MS') ?? FILE_TIME_BUDGET_MS,
    heapMb: positiveEnv(options.env, 'DUIDELIJK_WORKER_HEAP_MB') ?? WORKER_HEAP_MB,
  }
  const progress = new Progress(options.stderr, files.length, options.env)

  /**
   * A cached result for the file, its text taken from the bytes just read (the cache holds no
   * text); undefined (check the file) when there is none or it cannot be used.
   */
  const fromCache = async (
    cache: ResultCache,
    key: string,
    absolute: string,
    bytes: Uint8Array,
  ): Promise<CheckResult | undefined> => {
    const cached = cache.get(shownPath(cwd, absolute), key)
    if (!cached) return undefined
    try {
      const {config} = runner.loader.configFor(absolute)
      const path = displayPath(cwd, absolute)
      const input = inputFor(config, path, runner.settings.formatIn)
      const document = await loadOnly({...input, bytes}, config.maxFileSize)
      return reviveResult(withText(cached, document))
    } catch {
      return undefined
    }
  }

  const checkOne = async (absolute: string, inWorker: boolean): Promise<FileOutcome> => {
    const path = displayPath(cwd, absolute)
    if (inWorker && pool && !cache && !options.readFile) {
      // The worker reads the file itself, and with `piece` sends the file's piece of the report
      // instead of its result: the main thread neither reads, clones back nor formats it.
      const {stored, ...rest} = await pool.run(absolute, {piece: options.piece}, path)
      return {...rest, ...(stored ? {result: reviveResult(stored)} : {})}
    }
    let bytes: Uint8Array
    let key: string | undefined
    try {
      // Read at once: a small file is read in tens of microseconds, and the promise API took
      // several turns of this thread's event loop, which a check here holds up.
      bytes = stdin
        ? await options.readStdin()
        : options.readFile
          ? await options.readFile(absolute)
          : readFileSync(absolute)
      if (cache) {
        const {config} = runner.loader.configFor(absolute)
        key = cacheKey({
          tool: options.version,
          bytes,
          config,
          input: inputFor(config, path, runner.settings.formatIn),
        })
      }
    } catch (error) {
      return {path, messages: [describeError(path, error)], failed: true}
    }
    const hit = cache && key ? await fromCache(cache, key, absolute, bytes) : undefined
    if (hit) return {path, result: hit, messages: [], failed: false}
    let outcome: FileOutcome
    if (inWorker && pool) {
      const {stored, ...rest} = await pool.run(absolute, {bytes}, path)
      outcome = {...rest, ...(stored ? {result: reviveResult(stored)} : {})}
    } else {
      // The main thread's lane has a budget too (issue #19: only workers had one).
      outcome = await runner.run(absolute, bytes, mainBudget)
      if (outcome.result && files.length > 1) outcome.result = slimResult(outcome.result)
    }
    if (cache && key && outcome.result)
      cache.set(shownPath(cwd, absolute), key, storeResult(outcome.result))
    return outcome
  }

  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length)
  let handed = 0
  const done = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome
    progress.tick()
    if (options.onOutcome)
      while (handed < files.length && outcomes[handed] !== undefined) {
        outcomes[handed] = options.onOutcome(outcomes[handed]!)
        handed++
      }
  }
  try {
    await shareFiles(files.length, {
      here: (index) => checkOne(files[index]!, false),
      elsewhere: pool ? (index) => checkOne(files[index]!, true) : undefined,
      elsewhereLanes: (pool?.size ?? 0) * WORKER_QUEUE,
      done,
    })
  } finally {
    progress.end()
    await pool?.close()
  }
  await cache
    ?.save((path) => existsSync(resolve(cwd, path)))
    .catch((error: unknown) => {
      options.stderr.write(`duidelijk: cache niet opgeslagen: ${(error as Error).message}\n`)
    })
  return outcomes
}
