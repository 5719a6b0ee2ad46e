import type {CheckResult} from '@duidelijk/core'
import {inertJson} from './inert.js'

/** Version of the JSON report layout (packages/cli/schema/report.schema.json). */
export const JSON_REPORT_VERSION = 1

/** The JSON report: see packages/cli/schema/report.schema.json. */
export interface JsonReport {
  schemaVersion: number
  tool: {name: 'duidelijk'; version: string}
  /** With --shard i/n: which part of the files this report holds (`merge` checks all are there). */
  shard?: {index: number; count: number}
  summary: {files: number; error: number; warning: number; info: number}
  files: Array<Record<string, unknown> & {path: string; findings: Array<{severity: string}>}>
}

/** Counts per severity over the files of a report. */
export function summarize(files: JsonReport['files']): JsonReport['summary'] {
  const summary = {files: files.length, error: 0, warning: 0, info: 0}
  for (const file of files)
    for (const finding of file.findings) summary[finding.severity as 'error']++
  return summary
}

/** The report as text: two-space indented JSON with a final newline. */
export function serializeReport(report: JsonReport): string {
  return `${inertJson(JSON.stringify(report, null, 2))}\n`
}

/** One file of the report. */
function fileEntry(result: CheckResult): JsonReport['files'][number] {
  return {
    path: (result.path ?? '<invoer>').split('\\').join('/'),
    format: result.format,
    lang: result.lang,
    isLetter: result.isLetter,
    findings: result.findings.map((f) => f.toJSON()),
    metrics: {...result.metrics, perSentence: undefined, perParagraph: undefined},
  }
}

/** Totals per severity of a report, and how many files it has. */
export type JsonSummary = JsonReport['summary']

/** One file of the report as the report prints it (indented for its place in `files`). */
export function jsonFileText(result: CheckResult): string {
  // Written two levels deep (inside `[[…]]`), so JSON.stringify indents every line by four
  // spaces itself: the same text as indenting each line afterwards, without another pass over
  // tens of kilobytes per letter (0.19 -> 0.11 ms per letter of the peer corpus).
  const nested = JSON.stringify([[fileEntry(result)]], null, 2)
  return inertJson(nested.slice('[\n  [\n'.length, nested.length - '\n  ]\n]'.length))
}

/**
 * A pretty-printed JSON array from pieces that each hold some of its items, already indented for
 * their place and separated by `,\n` (empty pieces are skipped): `[`, the pieces joined by `,\n`,
 * then `close` (the line break and indentation before the closing bracket); `[]` without items.
 */
export function* jsonArrayOfPieces(pieces: Iterable<string>, close: string): Generator<string> {
  let first = true
  for (const piece of pieces) {
    if (piece === '') continue
    yield first ? `[\n${piece}` : `,\n${piece}`
    first = false
  }
  yield first ? '[]' : close
}

/**
 * The JSON report around files that are already text (`jsonFileText`), with the totals given:
 * exactly what `serializeReport` writes for the same files.
 */
export function* jsonReportAround(
  files: Iterable<string>,
  summary: JsonSummary,
  context: {version?: string; shard?: {index: number; count: number}} = {},
): Generator<string> {
  const head = serializeReport({
    schemaVersion: JSON_REPORT_VERSION,
    tool: {name: 'duidelijk', version: context.version ?? '0.0.0'},
    ...(context.shard ? {shard: context.shard} : {}),
    summary,
    files: [],
  })
  if (summary.files === 0) {
    yield head
    return
  }
  // The head ends in `"files": []\n}\n`; the files go between the brackets, indented twice.
  yield `${head.slice(0, head.lastIndexOf('[]'))}[\n`
  let first = true
  for (const file of files) {
    yield first ? file : `,\n${file}`
    first = false
  }
  yield '\n  ]\n}\n'
}

/**
 * The JSON report in pieces, one per file, exactly as `serializeReport` writes it: the CLI writes
 * each piece as it is made, so a batch of thousands of files never holds the whole report (tens of
 * megabytes) as one object and one string.
 */
export function* jsonChunks(
  results: readonly CheckResult[],
  context: {version?: string; shard?: {index: number; count: number}} = {},
): Generator<string> {
  const summary = {files: results.length, error: 0, warning: 0, info: 0}
  for (const result of results) for (const finding of result.findings) summary[finding.severity]++
  yield* jsonReportAround(
    (function* () {
      for (const result of results) yield jsonFileText(result)
    })(),
    summary,
    context,
  )
}

/**
 * Machine-readable output in a documented, versioned layout: one object per file (in the order
 * given, which the CLI sorts by path) with its findings in source order and its metrics. Text
 * under personal-data findings is never included.
 */
export function json(
  results: readonly CheckResult[],
  context: {version?: string; shard?: {index: number; count: number}} = {},
): string {
  return [...jsonChunks(results, context)].join('')
}
