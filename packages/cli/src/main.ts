import {statSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {
  ruleSettings,
  SEVERITY_RANK,
  type CheckResult,
  type Format,
  type ResolvedConfig,
  type Severity,
} from '@duidelijk/core/node'
import {checkFiles, startWorkers} from './checking.js'
import {explainRule, init, listRules} from './commands.js'
import {discoverFiles} from './discovery.js'
import {exitCode} from './exit-code.js'
import {writeAtomic} from './fix.js'
import {inert} from './formatters/inert.js'
import {stylish} from './formatters/stylish.js'
import {mergeReportsWithSummary, type MergedReports} from './merge.js'
import {reviveResult, type StoredResult} from './result.js'
import {
  overrideConfigOf,
  outputOptionsOf,
  parseCommandLine,
  USAGE,
  type OptionValues,
} from './options.js'
import {
  collectOutcomes,
  FORMATTERS,
  renderReport,
  spoolOutcome,
  useColor,
  type FormatName,
} from './reporting.js'
import {describeError, displayPath, FileRunner} from './run.js'
import {ReportSpool, SPOOL_FORMATS, type PieceSettings} from './spool.js'

// The CLI in parts: options.ts (command line and usage), discovery.ts (which files),
// checking.ts (cache, worker threads, progress), reporting.ts (messages, formatters) and
// exit-code.ts. main() wires them and handles the subcommands.

export {parallelChecks} from './checking.js'
export {useColor} from './reporting.js'

/** Version of the CLI (also part of the cache key). */
export const VERSION = '0.1.0'

/** Bytes from stdin (or the test's `stdin`). */
async function readStdin(options: MainOptions): Promise<Uint8Array> {
  if (options.stdin !== undefined) return options.stdin
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return new Uint8Array(Buffer.concat(chunks))
}

/** Streams and file access the CLI uses, injectable for tests. */
export interface MainOptions {
  /** Bytes to use for `-` (stdin) in tests. */
  stdin?: Uint8Array
  argv: readonly string[]
  stdout: {write(chunk: string): unknown; isTTY?: boolean}
  stderr: {write(chunk: string): unknown; isTTY?: boolean; columns?: number}
  cwd?: string
  readFile?: (path: string) => Promise<Uint8Array>
  /** Environment (NO_COLOR, CI); default process.env. */
  env?: Record<string, string | undefined>
  /** Ask a question and return the answer (`duidelijk init` on a terminal). */
  ask?: (question: string) => Promise<string>
}

/**
 * Run the CLI. Exit codes: 0 no findings at or above `--fail-on` (default: error), 1 such
 * findings (or more warnings than --max-warnings), 2 usage problem, config problem or a file that
 * could not be read (the other files are still checked and reported).
 */
export async function main(options: MainOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd()
  const usage = (message: string) => {
    options.stderr.write(`duidelijk: ${inert(message)}\n`)
    return 2
  }
  let parsed
  try {
    parsed = parseCommandLine(options.argv)
  } catch (error) {
    options.stderr.write(`duidelijk: ${argumentError(error)}\n\n${USAGE}`)
    return 2
  }
  const {values} = parsed
  let positionals = parsed.positionals
  if (values.help) {
    options.stdout.write(USAGE)
    return 0
  }
  if (values.version) {
    options.stdout.write(`duidelijk ${VERSION}\n`)
    return 0
  }
  const command = positionals[0]
  if (command === 'init') {
    return init(
      cwd,
      {preset: values.preset, niveau: values.niveau, force: values.force, ask: options.ask},
      options,
    )
  }
  if (command === 'uitleg') return explainRule(positionals[1], options)
  if (command === 'merge') {
    return merge(
      positionals.slice(1),
      {
        output: values.output,
        format: values.format,
        failOn: values['fail-on'],
        maxWarnings: values['max-warnings'],
        metrics: values.metrics && !values['no-metrics'],
      },
      cwd,
      options,
    )
  }
  const statsMode = command === 'stats'
  if (statsMode) positionals = positionals.slice(1)
  // `duidelijk rapport` is `--format html`, written to rapport.html unless -o says otherwise.
  if (command === 'rapport') {
    positionals = positionals.slice(1)
    if (values.format !== undefined && values.format !== 'html')
      return usage('rapport maakt altijd HTML; laat --format weg')
    values.format = 'html'
    values.output ??= 'rapport.html'
  }
  const overrideConfig = overrideConfigOf(values)
  if (typeof overrideConfig === 'string') return usage(overrideConfig)
  const runner = new FileRunner({
    cwd,
    ...(values.config ? {configPath: resolve(cwd, values.config)} : {}),
    ...(Object.keys(overrideConfig).length ? {overrides: overrideConfig} : {}),
    ...(values['format-in'] ? {formatIn: values['format-in'] as Format} : {}),
    fix: values.fix === true,
    fixDryRun: values['fix-dry-run'] === true,
  })
  if (command === 'regels') {
    try {
      return listRules(rootConfigOf(runner, cwd)(), options)
    } catch (error) {
      return usage(describeError('configuratie', error))
    }
  }
  if (values['print-config'] !== undefined) return printConfig(runner, values, cwd, options)
  return checkCommand({options, values, positionals, statsMode, runner, cwd, usage})
}

/** The config of the working folder (ignore patterns, rules for reports). */
function rootConfigOf(runner: FileRunner, cwd: string): () => ResolvedConfig {
  return () => runner.loader.configFor(resolve(cwd, 'bestand.txt')).config
}

/** `--print-config <bestand>`: the resolved configuration for a file, as JSON. */
function printConfig(
  runner: FileRunner,
  values: OptionValues,
  cwd: string,
  options: MainOptions,
): number {
  try {
    const {config} = runner.loader.configFor(resolve(cwd, values['print-config']!))
    // Every rule with the severity and options it runs with, not only the rules the config names.
    const rules = Object.fromEntries(
      ruleSettings(config).map(({rule, setting}) => [rule.id, setting]),
    )
    options.stdout.write(`${JSON.stringify({...config, rules}, null, 2)}\n`)
    return 0
  } catch (error) {
    options.stderr.write(`duidelijk: ${describeError(values['print-config']!, error)}\n`)
    return 2
  }
}

/** Check the files (or `stats`): discover, check, report, exit code. */
async function checkCommand(run: {
  options: MainOptions
  values: OptionValues
  positionals: string[]
  statsMode: boolean
  runner: FileRunner
  cwd: string
  usage: (message: string) => number
}): Promise<number> {
  const {options, values, positionals, statsMode, runner, cwd, usage} = run
  const env = options.env ?? process.env
  const output = await outputOptionsOf(values, statsMode, cwd, env)
  if (typeof output === 'string') return usage(output)
  if (positionals.length === 0) {
    options.stderr.write(`duidelijk: geef minstens één bestand of map op\n\n${USAGE}`)
    return 2
  }
  const stdin = positionals.length === 1 && positionals[0] === '-'
  // There is no file to write back to; the diff of --fix-dry-run still works.
  if (stdin && values.fix) return usage('--fix werkt niet met - (stdin); gebruik --fix-dry-run')
  const pool = startWorkers({stdin, jobs: output.jobs, positionals, cwd, env, runner})
  const rootConfig = rootConfigOf(runner, cwd)
  const found = discoverFiles({positionals, stdin, values, cwd, rootConfig, shard: output.shard})
  if ('error' in found) {
    await pool?.close()
    return usage(found.error)
  }
  const clash = values.output ? inputNamedBy(resolve(cwd, values.output), found.files) : undefined
  if (clash) {
    await pool?.close()
    return usage(
      `${values.output}: dit is ook een bestand dat wordt gecontroleerd; het rapport zou ${displayPath(cwd, clash)} overschrijven. Kies met -o een ander bestand.`,
    )
  }
  // Folders that could not be listed: a message each and exit code 2; the rest is checked.
  for (const message of found.unlistable) options.stderr.write(`duidelijk: ${inert(message)}\n`)
  if (found.files.length === 0 && found.unlistable.length > 0) {
    await pool?.close()
    return 2
  }
  if (found.files.length === 0) {
    await pool?.close()
    if (output.shard) {
      // An empty shard is fine in a CI matrix with more machines than files.
      const format = FORMATTERS[output.formatName as keyof typeof FORMATTERS]
      const text = format([], {rules: [], version: VERSION, shard: output.shard})
      if (!values.output) options.stdout.write(text)
      else
        try {
          await writeAtomic(resolve(cwd, values.output), text)
        } catch (error) {
          return usage(describeError(values.output, error))
        }
      return 0
    }
    return usage('geen bestanden gevonden om te controleren')
  }
  // The report is written from a spool of its pieces, so the results need not be kept until the
  // end (spool.ts); `stats` and the HTML report need them all.
  const spool = !statsMode && SPOOL_FORMATS.has(output.formatName) ? new ReportSpool() : undefined
  const piece: PieceSettings = {
    format: output.formatName,
    quiet: values.quiet === true,
    cwd,
    metrics: values.metrics !== false && !values['no-metrics'],
    color: useColor(values, options.stdout, env),
  }
  const outcomes = await checkFiles({
    files: found.files,
    stdin,
    pool,
    values,
    jobs: output.jobs,
    runner,
    cwd,
    version: VERSION,
    env,
    stderr: options.stderr,
    readFile: options.readFile,
    readStdin: () => readStdin(options),
    ...(spool ? {onOutcome: spoolOutcome(spool, piece), piece} : {}),
  })
  const collected = collectOutcomes(outcomes, {values, runner, cwd, stderr: options.stderr, spool})
  const {text, streamed} = await renderReport(collected, {
    values,
    statsMode,
    formatName: output.formatName,
    report: output.report,
    runner,
    cwd,
    version: VERSION,
    env,
    stdout: options.stdout,
    rootConfig,
    shard: output.shard,
  })
  if (values.output) {
    try {
      await writeAtomic(resolve(cwd, values.output), streamed ?? text)
    } catch (error) {
      return usage(describeError(values.output, error))
    }
  } else if (values['fix-dry-run']) {
    // The diff is the output of a dry run (a patch for `git apply`); the report only with -o.
    options.stdout.write(collected.diffs.join(''))
  } else if (streamed) {
    // The report file by file, waiting when the pipe is full, so it is never one big string.
    const stdout = options.stdout as {
      write(chunk: string): unknown
      once?: NodeJS.EventEmitter['once']
    }
    for (const chunk of streamed) {
      if (stdout.write(chunk) === false && stdout.once)
        await new Promise((resolve) => stdout.once!('drain', resolve))
    }
  } else {
    options.stdout.write(text)
  }
  if (values.output && values['fix-dry-run']) options.stdout.write(collected.diffs.join(''))
  return exitCode(collected.counts, {
    ...output,
    failed: collected.failed || found.unlistable.length > 0,
    statsMode,
  })
}

/**
 * The input file that `output` would overwrite: the same path, or the same file through a symlink
 * or hard link (same device and inode). A letter must never be overwritten by a report (#19).
 */
function inputNamedBy(output: string, inputs: readonly string[]): string | undefined {
  let target: {dev: number; ino: number} | undefined
  try {
    target = statSync(output)
  } catch {
    target = undefined // a new file: only the same path can clash
  }
  return inputs.find((input) => {
    if (input === output) return true
    if (!target) return false
    try {
      const stats = statSync(input)
      return stats.dev === target.dev && stats.ino === target.ino
    } catch {
      return false
    }
  })
}

/** The Dutch message for a wrong command line (node:util parseArgs answers in English). */
function argumentError(error: unknown): string {
  const {code, message} = error as {code?: string; message: string}
  // "Option '-f, --format <value>' argument missing": name the long form.
  const option = /'(?:-\w, )?(-{1,2}[^' ,<]+)/.exec(message)?.[1] ?? ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `onbekende optie ${option}; zie duidelijk --help`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return message.includes('argument missing')
      ? `optie ${option} verwacht een waarde`
      : `optie ${option} verwacht geen waarde`
  return message
}

/** Output formats `merge` can make from merged JSON reports (they need no source text). */
const MERGE_FORMATS = ['json', 'stylish', 'compact', 'github', 'gitlab', 'junit'] as const

/**
 * `duidelijk merge`: the reports of the shards as one report, in the format of the shards or
 * (from JSON shards) in another CI format; the exit code follows the merged findings like a
 * normal run (`--fail-on`, `--max-warnings`).
 */
async function merge(
  reports: readonly string[],
  settings: {
    output: string | undefined
    format: string | undefined
    failOn: string | undefined
    maxWarnings: string | undefined
    metrics: boolean | undefined
  },
  cwd: string,
  io: MainOptions,
): Promise<number> {
  const usage = (message: string) => {
    io.stderr.write(`duidelijk: ${message}\n`)
    return 2
  }
  if (reports.length === 0)
    return usage('geef de rapporten op, bijvoorbeeld: duidelijk merge deel*.json')
  const failOn = (settings.failOn ?? 'error') as Severity
  if (!(failOn in SEVERITY_RANK)) return usage('--fail-on moet error, warning of info zijn')
  const maxWarnings = settings.maxWarnings === undefined ? undefined : Number(settings.maxWarnings)
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0))
    return usage('--max-warnings verwacht een geheel getal ≥ 0')
  const seen = new Set<string>()
  for (const report of reports) {
    const absolute = resolve(cwd, report)
    if (seen.has(absolute)) return usage(`${report} staat twee keer in de lijst met rapporten`)
    seen.add(absolute)
  }
  if (settings.output) {
    const clash = inputNamedBy(resolve(cwd, settings.output), [...seen])
    if (clash)
      return usage(
        `${settings.output}: dit is een van de rapporten die worden samengevoegd; kies met -o een ander bestand`,
      )
  }
  const texts: string[] = []
  for (const report of reports) {
    try {
      texts.push(await readFile(resolve(cwd, report), 'utf8'))
    } catch (error) {
      io.stderr.write(`duidelijk: ${describeError(report, error)}\n`)
      return 2
    }
  }
  let merged: MergedReports
  try {
    merged = mergeReportsWithSummary(texts)
  } catch (error) {
    return usage(`samenvoegen lukt niet: ${(error as Error).message}`)
  }
  const format = settings.format ?? merged.kind
  let text = merged.text
  if (format !== merged.kind) {
    if (!merged.report || !(MERGE_FORMATS as readonly string[]).includes(format)) {
      return usage(
        merged.kind === 'sarif'
          ? 'SARIF-rapporten worden samengevoegd tot SARIF; voor een ander formaat: laat de delen JSON schrijven (--format json)'
          : `merge maakt van JSON-rapporten: ${MERGE_FORMATS.join(', ')} (niet "${format}")`,
      )
    }
    const results = merged.report.files.map((file) =>
      reviveResult({
        ...(file as unknown as StoredResult),
        metrics: {
          ...(file.metrics as CheckResult['metrics']),
          perSentence: [],
          perParagraph: [],
        },
        source: '',
        writable: false,
        redactions: [],
      }),
    )
    text =
      format === 'stylish'
        ? stylish(results, {metrics: settings.metrics !== false, frame: false})
        : FORMATTERS[format as FormatName](results, {rules: [], version: VERSION})
  }
  if (settings.output) await writeAtomic(resolve(cwd, settings.output), text)
  else io.stdout.write(text)
  const {counts} = merged
  const failing = (Object.keys(counts) as Severity[])
    .filter((severity) => SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn])
    .reduce((n, severity) => n + counts[severity], 0)
  if (failing > 0) return 1
  if (maxWarnings !== undefined && counts.warning > maxWarnings) return 1
  return 0
}
