import type {CheckResult} from '@duidelijk/core'
import {inert} from './inert.js'
import {filePosition} from './position.js'

type Finding = CheckResult['findings'][number]

const LEVEL = {error: 'error', warning: 'warning', info: 'notice'} as const
const LABEL = {error: 'fout', warning: 'waarschuwing', info: 'info'} as const

/**
 * Annotations GitHub Actions shows per step: 10 errors, 10 warnings and 10 notices (and 50 per
 * job); further workflow commands of a kind are dropped without a word. See "Limitations" in
 * actions/toolkit's docs/problem-matchers.md.
 */
export const ANNOTATIONS_PER_KIND = 10

/** Escape data for a GitHub Actions workflow command. */
function escape(value: string, property = false): string {
  let out = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  if (property) out = out.replace(/:/g, '%3A').replace(/,/g, '%2C')
  return inert(out)
}

/** Per finding of a file: its severity, its plain log line and (for the first few) its annotation. */
type GithubLine = [Finding['severity'], string, string | null]

/** What the end of the GitHub output and the step summary need of a file. */
export interface GithubSummary {
  /** The path as the step summary shows it. */
  path: string
  error: number
  warning: number
  info: number
}

/**
 * How many of each file's findings of a severity become annotations: per kind at most
 * ANNOTATIONS_PER_KIND, taken round-robin over the files (the first finding of every file, then the
 * second, …) so that one long letter does not hide all others. One notice is kept free for the
 * summary when anything is left out. The annotated findings of a file are its first ones of
 * that severity.
 */
function pickAnnotations(files: readonly GithubSummary[]): Array<Record<Severity, number>> {
  const count = totalCounts(files)
  const dropping = Object.values(count).some((n) => n > ANNOTATIONS_PER_KIND)
  const picked = files.map(() => ({error: 0, warning: 0, info: 0}))
  for (const severity of SEVERITIES) {
    const budget = ANNOTATIONS_PER_KIND - (severity === 'info' && dropping ? 1 : 0)
    const queues = files.flatMap((file, i) => (file[severity] > 0 ? [i] : []))
    let taken = 0
    for (let round = 0; taken < budget && queues.some((i) => files[i]![severity] > round); round++)
      for (const i of queues)
        if (taken < budget && files[i]![severity] > round) {
          picked[i]![severity]++
          taken++
        }
  }
  return picked
}

type Severity = Finding['severity']
const SEVERITIES = ['error', 'warning', 'info'] as const

/** The findings per severity over the files. */
function totalCounts(files: readonly GithubSummary[]): Record<Severity, number> {
  const count = {error: 0, warning: 0, info: 0}
  for (const file of files) for (const severity of SEVERITIES) count[severity] += file[severity]
  return count
}

/** "269 bevindingen (12 fouten, 200 waarschuwingen, 57 info)". */
function totalsText(count: Record<Severity, number>): string {
  const total = count.error + count.warning + count.info
  return `${total} bevinding${total === 1 ? '' : 'en'} (${count.error} fout${count.error === 1 ? '' : 'en'}, ${count.warning} waarschuwing${count.warning === 1 ? '' : 'en'}, ${count.info} info)`
}

/**
 * GitHub Actions annotations (`::warning file=…,line=…::message`) for the most important
 * findings, within what GitHub shows per step; every other finding as a plain log line, and
 * then a notice with the totals.
 */
export function github(results: readonly CheckResult[]): string {
  const pieces = results.map(githubPiece)
  return [
    ...githubAround(
      pieces.map((p) => p.text),
      pieces.map((p) => p.summary),
    ),
  ].join('')
}

/**
 * One file's part of the GitHub output, to be finished by `githubAround` once every file is
 * known (which findings become annotations depends on all files): per finding its plain log
 * line and, for the first ANNOTATIONS_PER_KIND of each severity (no more can be picked), its
 * annotation, as JSON; and the file's counts.
 */
export function githubPiece(result: CheckResult): {text: string; summary: GithubSummary} {
  const path = result.path ?? ''
  const summary: GithubSummary = {path: result.path ?? '<invoer>', error: 0, warning: 0, info: 0}
  const lines: GithubLine[] = []
  for (const f of result.findings) {
    // Word/OpenDocument: line 1 and the place ("alinea 3") in the title; e-mail: the raw file.
    const at = filePosition(result, f)
    const place = at.place ? ` (${at.place})` : ''
    const plain = inert(
      `${path}:${at.startLine}:${at.startColumn}: ${LABEL[f.severity]}: ${f.reason} (${f.ruleId})${place}`,
    )
    let annotation: string | null = null
    if (summary[f.severity] < ANNOTATIONS_PER_KIND) {
      const props = [
        `file=${escape(path, true)}`,
        `line=${at.startLine}`,
        ...(at.exact
          ? [`col=${at.startColumn}`, `endLine=${at.endLine}`, `endColumn=${at.endColumn}`]
          : []),
        `title=${escape(`duidelijk ${f.ruleId}${at.place ? ` (${at.place})` : ''}`, true)}`,
      ]
      annotation = `::${LEVEL[f.severity]} ${props.join(',')}::${escape(f.reason)}`
    }
    summary[f.severity]++
    lines.push([f.severity, plain, annotation])
  }
  return {text: JSON.stringify(lines), summary}
}

/** The GitHub output from the files' pieces (`githubPiece`) and summaries, in file order. */
export function* githubAround(
  pieces: Iterable<string>,
  files: readonly GithubSummary[],
): Generator<string> {
  const picked = pickAnnotations(files)
  const count = totalCounts(files)
  const entries = count.error + count.warning + count.info
  let annotated = 0
  let i = 0
  for (const piece of pieces) {
    const quota = picked[i++]!
    const seen = {error: 0, warning: 0, info: 0}
    const out: string[] = []
    for (const [severity, plain, annotation] of JSON.parse(piece) as GithubLine[]) {
      if (seen[severity]++ < quota[severity] && annotation !== null) {
        out.push(annotation)
        annotated++
      } else out.push(plain)
    }
    if (out.length) yield `${out.join('\n')}\n`
  }
  if (annotated < entries)
    yield `::notice title=duidelijk::${escape(
      `${totalsText(count)}. GitHub toont per stap ${ANNOTATIONS_PER_KIND} annotaties per soort: ${annotated} staan bij de regels, alle ${entries} staan in de log van deze stap en in het overzicht (summary).`,
    )}\n`
}

/** Markdown for $GITHUB_STEP_SUMMARY: the totals and a row per file with findings. */
export function githubStepSummary(results: readonly CheckResult[]): string {
  return githubStepSummaryOf(results.map((result) => githubPiece(result).summary))
}

/** The step summary from the files' summaries (`githubPiece`). */
export function githubStepSummaryOf(files: readonly GithubSummary[]): string {
  const cell = (text: string) =>
    inert(text)
      .replace(/\|/g, '\\|')
      .replace(/[\r\n]+/g, ' ')
  const count = totalCounts(files)
  const rows = files
    .filter((file) => file.error + file.warning + file.info > 0)
    .map((file) => `| ${cell(file.path)} | ${file.error} | ${file.warning} | ${file.info} |`)
  const lines = [`### duidelijk: ${totalsText(count)}`, '']
  if (rows.length)
    lines.push(
      '| bestand | fouten | waarschuwingen | info |',
      '| --- | ---: | ---: | ---: |',
      ...rows,
      '',
    )
  return `${lines.join('\n')}\n`
}
