import {appendFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {
  activeRuleMetadata,
  repositoryUrl,
  ruleUrl,
  type CheckResult,
  type ResolvedConfig,
} from '@duidelijk/core'
import {compact} from './formatters/compact.js'
import type {FormatterContext} from './formatters/context.js'
import {github, githubAround, githubStepSummary, githubStepSummaryOf} from './formatters/github.js'
import {gitlab, gitlabAround} from './formatters/gitlab.js'
import {html} from './formatters/html.js'
import {inert} from './formatters/inert.js'
import {json, jsonChunks, jsonReportAround} from './formatters/json.js'
import {junit, junitAround} from './formatters/junit.js'
import {sarif, sarifAround} from './formatters/sarif.js'
import {stylish, stylishFooter} from './formatters/stylish.js'
import type {OptionValues} from './options.js'
import {configSummary, type ReportExtras} from './report/cli.js'
import type {FileOutcome, FileRunner, SeverityCounts} from './run.js'
import {reportPiece, type PieceSettings, type ReportSpool} from './spool.js'
import {stats, STATS_FORMATS} from './stats.js'

export const FORMATTERS = {stylish, json, compact, github, sarif, junit, gitlab, html} as const
export type FormatName = keyof typeof FORMATTERS

/** The outcomes of a batch, sorted out for the report. */
export interface Collected {
  results: CheckResult[]
  /** Some file could not be read or checked. */
  failed: boolean
  /** Unified diffs of --fix-dry-run. */
  diffs: string[]
  groupsByPath: Map<string, ResolvedConfig['groups']>
  /** Findings per severity over all files, spooled or not (for the exit code). */
  counts: SeverityCounts
  /** The report's pieces of the files that went into the spool, in file order. */
  spool?: ReportSpool | undefined
  /** How many files were spooled. */
  spooled: number
}

/**
 * An `onOutcome` for checkFiles that puts each result into the report's spool as soon as it is
 * there and keeps only its totals (with --quiet, of its errors only) and what the report's header
 * or footer needs of it. A worker thread asked for the piece itself (checkFiles' `piece`) sends
 * it made and deflated, with its totals.
 */
export function spoolOutcome(
  spool: ReportSpool,
  settings: PieceSettings,
): (outcome: FileOutcome) => FileOutcome {
  return (outcome) => {
    if (outcome.piece) {
      const {piece, summary, ...rest} = outcome
      spool.addDeflated(piece)
      if (summary) spool.note(summary)
      return rest
    }
    if (!outcome.result) return outcome
    const {result, ...rest} = outcome
    const {piece, counts, summary} = reportPiece(result, settings)
    spool.addDeflated(piece)
    spool.note(summary)
    return {...rest, spooled: counts}
  }
}

/**
 * Print each file's messages and each config warning (once per run, however many files share
 * the config) on stderr, and gather the results (errors only with --quiet).
 */
export function collectOutcomes(
  outcomes: readonly FileOutcome[],
  options: {
    values: OptionValues
    runner: FileRunner
    cwd: string
    stderr: {write(chunk: string): unknown}
    spool?: ReportSpool | undefined
  },
): Collected {
  const collected: Collected = {
    results: [],
    failed: false,
    diffs: [],
    groupsByPath: new Map(),
    counts: {error: 0, warning: 0, info: 0},
    spool: options.spool,
    spooled: 0,
  }
  const warned = new Set<string>()
  for (const outcome of outcomes) {
    for (const message of outcome.messages) options.stderr.write(`duidelijk: ${inert(message)}\n`)
    if (outcome.failed) collected.failed = true
    if (outcome.diff) collected.diffs.push(outcome.diff)
    if (outcome.spooled) {
      collected.spooled++
      for (const severity of ['error', 'warning', 'info'] as const)
        collected.counts[severity] += outcome.spooled[severity]
    }
    if (!outcome.result && !outcome.spooled) continue
    if (outcome.result) {
      const result = outcome.result
      if (options.values.quiet)
        result.findings = result.findings.filter((f) => f.severity === 'error')
      for (const finding of result.findings) collected.counts[finding.severity]++
      collected.results.push(result)
    }
    try {
      const {config} = options.runner.loader.configFor(resolve(options.cwd, outcome.path))
      collected.groupsByPath.set(outcome.path, config.groups)
      // Config warnings (old rule ids) once per run, however many files share the config.
      for (const warning of config.warnings) {
        if (warned.has(warning)) continue
        warned.add(warning)
        options.stderr.write(`duidelijk: let op: ${warning}\n`)
      }
    } catch {
      // The config was readable when the file was checked; nothing to group by otherwise.
    }
  }
  return collected
}

/**
 * The report in the chosen format (or the `stats` table): a text, or chunks file by file
 * (`streamed`, from the spool), so a big batch is never one big string.
 */
/** Formats for people reading a terminal; the others are files for tools and always written. */
const HUMAN_FORMATS = new Set(['stylish', 'compact'])

export async function renderReport(
  collected: Collected,
  options: {
    values: OptionValues
    statsMode: boolean
    formatName: string
    report: ReportExtras | undefined
    runner: FileRunner
    cwd: string
    version: string
    env: Record<string, string | undefined>
    stdout: {isTTY?: boolean}
    rootConfig: () => ResolvedConfig
    shard?: {index: number; count: number} | undefined
  },
): Promise<{text: string; streamed?: Iterable<string>}> {
  const {values, formatName, report, results} = {...options, results: collected.results}
  if (options.statsMode) return {text: stats(results, formatName as (typeof STATS_FORMATS)[number])}
  let context: FormatterContext = {rules: [], version: options.version, cwd: options.cwd}
  // Only SARIF and the HTML report print rule metadata; the others skip loading a checker.
  if (formatName === 'sarif' || formatName === 'html')
    try {
      context = ruleContext(collected, options)
    } catch {
      // Without a valid root config the formatters still work, without rule metadata.
    }
  // Nothing could be read (a binary or unreadable file): the reason is on stderr, and a report
  // for people would only say "Geen bevindingen.", which is not true.
  if (
    HUMAN_FORMATS.has(formatName) &&
    collected.failed &&
    results.length === 0 &&
    collected.spooled === 0
  )
    return {text: ''}
  const color = useColor(values, options.stdout, options.env)
  if (report && !context.report) context = {...context, report}
  if (options.shard) context = {...context, shard: options.shard}
  // GitHub shows few annotations per step: the totals per file go to the step's summary page.
  if (formatName === 'github' && options.env.GITHUB_STEP_SUMMARY)
    appendFileSync(
      options.env.GITHUB_STEP_SUMMARY,
      collected.spool ? githubStepSummaryOf(collected.spool.files) : githubStepSummary(results),
    )
  if (collected.spool) return {text: '', streamed: spooledReport(collected, formatName, context)}
  if (formatName === 'json' && !values.output && !values['fix-dry-run'])
    return {text: '', streamed: jsonChunks(results, context)}
  return {
    text:
      formatName === 'stylish'
        ? stylish(results, {
            metrics: values.metrics && !values['no-metrics'],
            // --quiet: errors only, so no Leesbaarheid blocks and no files without errors either.
            quiet: values.quiet === true,
            color,
          })
        : FORMATTERS[formatName as FormatName](results, context),
  }
}

/** The report from the spool: each file's piece, inflated in turn, and the format's head and tail. */
export function spooledReport(
  collected: Collected,
  formatName: string,
  context: FormatterContext,
): Iterable<string> {
  const spool = collected.spool!
  const counts = collected.counts
  switch (formatName) {
    case 'json':
      return jsonReportAround(spool.pieces(), {files: collected.spooled, ...counts}, context)
    case 'compact':
      return spool.pieces()
    case 'stylish':
      return (function* () {
        yield* spool.pieces()
        yield stylishFooter({...counts, used: spool.used})
      })()
    case 'github':
      return githubAround(spool.pieces(), spool.files)
    case 'gitlab':
      return gitlabAround(spool.pieces())
    case 'junit':
      return junitAround(spool.pieces(), counts.error + counts.warning)
    case 'sarif':
      return sarifAround(spool.pieces(), spool.rules, context)
    default:
      throw new Error(`geen rapport uit de spool voor formaat ${formatName}`)
  }
}

/**
 * Rule metadata (from the rule registry and the documentation built into @duidelijk/core: no
 * checker, no hunspell, no docs/ folder), groups and report settings for SARIF and the HTML report.
 */
function ruleContext(
  collected: Collected,
  options: {
    report: ReportExtras | undefined
    runner: FileRunner
    cwd: string
    version: string
    rootConfig: () => ResolvedConfig
  },
): FormatterContext {
  const {report, runner, cwd} = options
  const config = options.rootConfig()
  return {
    version: options.version,
    cwd,
    rules: activeRuleMetadata(config).map((meta) => ({
      id: meta.id,
      description: meta.description,
      ...(meta.doc?.summary ? {fullDescription: meta.doc.summary} : {}),
      ...(meta.doc ? {help: {markdown: meta.doc.markdown, text: meta.doc.text}} : {}),
      ...(meta.helpUri ? {helpUri: meta.helpUri} : {}),
      url: meta.helpUri ?? ruleUrl(meta.id),
      severity: meta.configured,
      category: meta.category,
    })),
    ...(repositoryUrl ? {informationUri: repositoryUrl} : {}),
    groups: config.groups,
    groupsFor: (path) => (path === undefined ? undefined : collected.groupsByPath.get(path)),
    ...(report
      ? {
          report: {
            ...report,
            ...configSummary(runner.loader.configFor(resolve(cwd, 'bestand.txt')), cwd),
          },
        }
      : {}),
  }
}

/**
 * Colours: --no-color and --color first, then FORCE_COLOR (0 or false: off, anything else: on)
 * and NO_COLOR (https://no-color.org), then whether stdout is a terminal.
 */
export function useColor(
  values: {color?: boolean | undefined; 'no-color'?: boolean | undefined},
  stdout: {isTTY?: boolean},
  env: Record<string, string | undefined>,
): boolean {
  if (values['no-color']) return false
  if (values.color === true) return true
  const force = env.FORCE_COLOR
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase())
  if (env.NO_COLOR) return false
  return Boolean(stdout.isTTY)
}
