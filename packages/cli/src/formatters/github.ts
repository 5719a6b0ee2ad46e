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

type Entry = {result: CheckResult; path: string; finding: Finding}

/**
 * The findings that become annotations: per kind at most ANNOTATIONS_PER_KIND, taken round-robin
 * over the files (the first finding of every file, then the second, …) so that one long letter
 * does not hide all others. One notice is kept free for the summary when anything is left out.
 */
function pickAnnotations(entries: readonly Entry[]): Set<Entry> {
  const count = {error: 0, warning: 0, info: 0}
  for (const {finding} of entries) count[finding.severity]++
  const dropping = Object.values(count).some((n) => n > ANNOTATIONS_PER_KIND)
  const picked = new Set<Entry>()
  for (const severity of ['error', 'warning', 'info'] as const) {
    const budget = ANNOTATIONS_PER_KIND - (severity === 'info' && dropping ? 1 : 0)
    const byFile = new Map<string, Entry[]>()
    for (const entry of entries)
      if (entry.finding.severity === severity)
        byFile.set(entry.path, [...(byFile.get(entry.path) ?? []), entry])
    const queues = [...byFile.values()]
    let taken = 0
    for (let round = 0; taken < budget && queues.some((q) => q.length > round); round++)
      for (const queue of queues)
        if (taken < budget && queue[round]) {
          picked.add(queue[round]!)
          taken++
        }
  }
  return picked
}

/** "269 bevindingen (12 fouten, 200 waarschuwingen, 57 info)". */
export function totals(results: readonly CheckResult[]): string {
  const count = {error: 0, warning: 0, info: 0}
  for (const result of results) for (const f of result.findings) count[f.severity]++
  const total = count.error + count.warning + count.info
  return `${total} bevinding${total === 1 ? '' : 'en'} (${count.error} fout${count.error === 1 ? '' : 'en'}, ${count.warning} waarschuwing${count.warning === 1 ? '' : 'en'}, ${count.info} info)`
}

/**
 * GitHub Actions annotations (`::warning file=…,line=…::message`) for the most important
 * findings, within what GitHub shows per step; every other finding as a plain log line, and
 * then a notice with the totals.
 */
export function github(results: readonly CheckResult[]): string {
  const entries: Entry[] = results.flatMap((result) =>
    result.findings.map((finding) => ({result, path: result.path ?? '', finding})),
  )
  const annotated = pickAnnotations(entries)
  const lines: string[] = []
  for (const entry of entries) {
    const {result, path, finding: f} = entry
    // Word/OpenDocument: line 1 and the place ("alinea 3") in the title; e-mail: the raw file.
    const at = filePosition(result, f)
    if (!annotated.has(entry)) {
      const place = at.place ? ` (${at.place})` : ''
      lines.push(
        inert(
          `${path}:${at.startLine}:${at.startColumn}: ${LABEL[f.severity]}: ${f.reason} (${f.ruleId})${place}`,
        ),
      )
      continue
    }
    const props = [
      `file=${escape(path, true)}`,
      `line=${at.startLine}`,
      ...(at.exact
        ? [`col=${at.startColumn}`, `endLine=${at.endLine}`, `endColumn=${at.endColumn}`]
        : []),
      `title=${escape(`duidelijk ${f.ruleId}${at.place ? ` (${at.place})` : ''}`, true)}`,
    ]
    lines.push(`::${LEVEL[f.severity]} ${props.join(',')}::${escape(f.reason)}`)
  }
  if (annotated.size < entries.length)
    lines.push(
      `::notice title=duidelijk::${escape(
        `${totals(results)}. GitHub toont per stap ${ANNOTATIONS_PER_KIND} annotaties per soort: ${annotated.size} staan bij de regels, alle ${entries.length} staan in de log van deze stap en in het overzicht (summary).`,
      )}`,
    )
  return lines.length ? `${lines.join('\n')}\n` : ''
}

/** Markdown for $GITHUB_STEP_SUMMARY: the totals and a row per file with findings. */
export function githubStepSummary(results: readonly CheckResult[]): string {
  const cell = (text: string) =>
    inert(text)
      .replace(/\|/g, '\\|')
      .replace(/[\r\n]+/g, ' ')
  const rows = results
    .filter((result) => result.findings.length > 0)
    .map((result) => {
      const n = (s: string) => result.findings.filter((f) => f.severity === s).length
      return `| ${cell(result.path ?? '<invoer>')} | ${n('error')} | ${n('warning')} | ${n('info')} |`
    })
  const lines = [`### duidelijk: ${totals(results)}`, '']
  if (rows.length)
    lines.push(
      '| bestand | fouten | waarschuwingen | info |',
      '| --- | ---: | ---: | ---: |',
      ...rows,
      '',
    )
  return `${lines.join('\n')}\n`
}
