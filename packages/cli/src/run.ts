import {relative, sep} from 'node:path'
import {getHeapStatistics} from 'node:v8'
import ignore from 'ignore'
import {
  CheckerCache,
  ConfigLoader,
  isDuidelijkError,
  redact,
  redactSource,
  type Checker,
  type CheckResult,
  type Config,
  type Format,
  type ResolvedConfig,
} from '@duidelijk/core/node'
import {unifiedDiff} from './diff.js'
import {applySafeFixes, encodeAs, encodingOf, FixRefused, writeFixed} from './fix.js'
import type {PieceSummary} from './spool.js'

/** What every file check needs; plain data, so a worker thread can receive it. */
export interface RunSettings {
  cwd: string
  configPath?: string | undefined
  overrides?: Config | undefined
  formatIn?: Format | undefined
  fix?: boolean | undefined
  fixDryRun?: boolean | undefined
}

/** What checking one file gave: a result, messages for stderr, a diff for --fix-dry-run. */
export interface FileOutcome {
  path: string
  result?: CheckResult
  /** Dutch lines for stderr, without the `duidelijk: ` prefix. */
  messages: string[]
  /** Unified diff of the safe fixes (only with --fix-dry-run). */
  diff?: string
  /** The file could not be read or checked (exit code 2). */
  failed: boolean
  /**
   * Set instead of `result` once the result went into the report spool (spool.ts): its findings
   * per severity, for the totals and the exit code.
   */
  spooled?: SeverityCounts
  /**
   * The file's piece of the report, deflated, as a worker thread sends it (with `spooled` and
   * `summary` set); it goes into the report spool in file order.
   */
  piece?: Uint8Array
  /** What the report's header or footer needs of the file (spool.ts), with `piece`. */
  summary?: PieceSummary
}

/** How many findings of each severity. */
export interface SeverityCounts {
  error: number
  warning: number
  info: number
}

/** A readable Dutch message for an error while reading or checking `path`. */
export function describeError(path: string, error: unknown): string {
  if (isDuidelijkError(error)) return error.message
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return `${path}: bestand niet gevonden`
  if (code === 'EISDIR') return `${path}: dit is een map`
  if (code === 'EACCES' || code === 'EPERM') return `${path}: geen toegang tot dit bestand`
  return `${path}: ${(error as Error).message}`
}

/** The path as shown in reports: relative to the working folder, with forward slashes. */
export function displayPath(cwd: string, absolute: string): string {
  return relative(cwd, absolute) || absolute
}

/** How a file is checked according to its config: as a template, in a forced format. */
export function inputFor(
  config: ResolvedConfig,
  path: string,
  formatIn: Format | undefined,
): {path: string; template?: true; format?: Format} {
  const rel = path.split(sep).join('/')
  const template = config.templates.length > 0 && ignore().add(config.templates).ignores(rel)
  const configured = Object.entries(config.formats).find(([pattern]) =>
    ignore().add(pattern).ignores(rel),
  )?.[1]
  const format = formatIn ?? configured
  return {path, ...(template ? {template: true} : {}), ...(format ? {format} : {})}
}

/**
 * Checks files one at a time with one checker per resolved config. The CLI uses it in-process
 * (`--jobs 1`) and in every worker thread, so both give the same results.
 */
export class FileRunner {
  readonly loader: ConfigLoader
  private readonly checkers = new CheckerCache()

  constructor(readonly settings: RunSettings) {
    this.loader = new ConfigLoader({
      ...(settings.configPath ? {configPath: settings.configPath} : {}),
      ...(settings.overrides ? {overrides: settings.overrides} : {}),
    })
  }

  /** The checker for a resolved config, created once. */
  checkerFor(config: ResolvedConfig): Promise<Checker> {
    return this.checkers.for(config)
  }

  /** Check (and with --fix, fix) one file whose bytes are already read. */
  async run(absolute: string, bytes: Uint8Array, budget?: CheckBudget): Promise<FileOutcome> {
    const path = displayPath(this.settings.cwd, absolute)
    const outcome: FileOutcome = {path, messages: [], failed: false}
    let watch: ReturnType<typeof watchBudget> | undefined
    try {
      const {config} = this.loader.configFor(absolute)
      const checker = await this.checkerFor(config)
      const input = inputFor(config, path, this.settings.formatIn)
      watch = budget ? watchBudget(budget) : undefined
      let result = await checker.checkAsync({...input, bytes}, watch ? {signal: watch.signal} : {})
      watch?.stop()
      if ((this.settings.fix || this.settings.fixDryRun) && result.document.writable) {
        const original = result.document.source
        const detected = result.document.meta.detectedEncoding as string | undefined
        const checked = result
        const redactions = result.redactions
        // Fix, then check again: a fix can reveal or resolve other findings. At most three passes.
        let source = original
        let total = 0
        for (let pass = 0; pass < 3; pass++) {
          const {text, applied} = applySafeFixes(source, result.findings)
          if (applied === 0) break
          total += applied
          source = text
          result = checker.check({...input, text: source})
        }
        const kept = encodingOf(bytes, detected)
        if (total > 0) {
          try {
            // The whole text in the file's own encoding; every byte outside the fixes stays as
            // it was, because the original text encodes back to exactly the bytes that were read.
            const after = encodeAs(source, kept)
            if (!Buffer.from(encodeAs(original, kept)).equals(Buffer.from(bytes)))
              throw new FixRefused(
                'niet verbeterd: dit bestand kan niet byte voor byte worden teruggeschreven',
              )
            if (this.settings.fix) await writeFixed(absolute, bytes, after)
          } catch (error) {
            if (!(error instanceof FixRefused)) throw error
            outcome.messages.push(`${path}: ${error.message}`)
            // The file is as it was: report what it says.
            result = checked
            total = 0
          }
        }
        if (total > 0) {
          // The diff is printed: personal data masked on both sides (same length, so unchanged
          // lines stay equal).
          if (!this.settings.fix)
            outcome.diff = unifiedDiff(
              path.split(sep).join('/'),
              redactSource(original, 0, redactions),
              redact(result, source, 0),
            )
          outcome.messages.push(
            `${path}: ${total} verbetering${total === 1 ? '' : 'en'} ${this.settings.fix ? 'aangebracht' : 'mogelijk'}`,
          )
        }
      }
      outcome.result = result
    } catch (error) {
      outcome.failed = true
      outcome.messages.push(
        watch?.signal.aborted ? `${path}: ${watch.reason()}` : describeError(path, error),
      )
    } finally {
      watch?.stop()
    }
    return outcome
  }
}

/** Time and heap budget of one check in the CLI's main thread (workers have their own). */
export interface CheckBudget {
  timeMs: number
  /** Growth of the heap during the check, in MB. */
  heapMb: number
}

/**
 * An abort signal for a check on the main thread (`--jobs 1`, and the main thread's lane):
 * aborted after `timeMs`, or when the heap has grown by more than `heapMb` since the start
 * (sampled every 25 ms; the check gives the event loop a turn between its steps, so the abort
 * takes effect at the next step). The main thread cannot be stopped like a worker, and a worker's
 * hard heap limit does not exist here, so this is a soft budget (issue #19).
 */
function watchBudget(budget: CheckBudget): {
  signal: AbortSignal
  reason: () => string
  stop: () => void
} {
  const controller = new AbortController()
  let why = ''
  const stopWith = (reason: string) => {
    if (controller.signal.aborted) return
    why = reason
    controller.abort(new Error(reason))
  }
  // v8's heap figures, not process.memoryUsage(): that also reads the resident set size from the
  // operating system, a system call per sample (0.6 s of 1,000 letters in a CPU profile).
  const start = getHeapStatistics().used_heap_size
  const timer = setTimeout(
    () =>
      stopWith(
        `de controle duurde langer dan ${(budget.timeMs / 1000).toLocaleString('nl-NL')} s en is afgebroken; de andere bestanden worden wel gecontroleerd`,
      ),
    budget.timeMs,
  )
  const sampler = setInterval(() => {
    if (getHeapStatistics().used_heap_size - start > budget.heapMb * 1024 * 1024)
      stopWith(
        `de controle had meer dan ${budget.heapMb} MB geheugen nodig en is afgebroken; de andere bestanden worden wel gecontroleerd`,
      )
  }, 25)
  return {
    signal: controller.signal,
    reason: () => why,
    stop: () => {
      clearTimeout(timer)
      clearInterval(sampler)
    },
  }
}
