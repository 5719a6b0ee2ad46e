import type {CheckResult} from '@duidelijk/core'

/** The figures of one file that a trend compares; from a CheckResult or an earlier JSON report. */
export interface FileFigures {
  path: string
  level: string
  words: number
  findings: number
  byRule: Record<string, number>
}

/** Levels from easy to hard; `onbekend` (too little text) does not take part in comparisons. */
export const LEVELS = ['A1-A2', 'B1', 'B2', 'C1+'] as const

export function levelRank(level: string): number {
  return (LEVELS as readonly string[]).indexOf(level)
}

export function per100(figures: {words: number; findings: number}): number {
  return figures.words === 0 ? 0 : (figures.findings / figures.words) * 100
}

function tally(ruleIds: readonly string[]): Record<string, number> {
  const byRule: Record<string, number> = {}
  for (const id of ruleIds) byRule[id] = (byRule[id] ?? 0) + 1
  return byRule
}

export function figuresOf(result: CheckResult, path: string): FileFigures {
  return {
    path,
    level: result.metrics.level.level,
    words: result.metrics.words,
    findings: result.findings.length,
    byRule: tally(result.findings.map((f) => f.ruleId ?? '')),
  }
}

/** A readable Dutch error for a previous report that is not a duidelijk JSON report. */
export class TrendError extends Error {}

/**
 * The files of an earlier `--format json` report (schemaVersion 1). Throws a TrendError with a
 * Dutch message when the text is not such a report.
 */
export function readPreviousReport(text: string): {files: FileFigures[]; version: string} {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new TrendError('geen geldige JSON; maak het vorige rapport met --format json')
  }
  const report = data as {
    schemaVersion?: unknown
    tool?: {name?: unknown; version?: unknown}
    files?: unknown
  }
  if (report?.tool?.name !== 'duidelijk' || !Array.isArray(report.files))
    throw new TrendError('dit is geen JSON-rapport van duidelijk (gemaakt met --format json)')
  if (report.schemaVersion !== 1)
    throw new TrendError(`onbekende schemaVersion ${String(report.schemaVersion)}; verwacht 1`)
  const files: FileFigures[] = []
  for (const file of report.files as unknown[]) {
    const f = file as {
      path?: unknown
      findings?: Array<{ruleId?: unknown}>
      metrics?: {words?: unknown; level?: {level?: unknown}}
    }
    if (typeof f?.path !== 'string' || !Array.isArray(f.findings)) continue
    files.push({
      path: f.path,
      level: typeof f.metrics?.level?.level === 'string' ? f.metrics.level.level : 'onbekend',
      words: typeof f.metrics?.words === 'number' ? f.metrics.words : 0,
      findings: f.findings.length,
      byRule: tally(f.findings.map((x) => (typeof x?.ruleId === 'string' ? x.ruleId : ''))),
    })
  }
  return {files, version: typeof report.tool.version === 'string' ? report.tool.version : '?'}
}

/** How a file changed: better, worse, the same, new or gone. */
export type Verdict = 'beter' | 'slechter' | 'gelijk' | 'nieuw' | 'verdwenen'

export interface FileTrend {
  path: string
  before?: FileFigures
  after?: FileFigures
  verdict: Verdict
}

/**
 * Better when the level went down, or stayed and the findings per 100 words went down by at least
 * 0,5; worse the other way round. Small changes in the rate are noise of editing, not a trend.
 */
export function verdictOf(before: FileFigures, after: FileFigures): Verdict {
  const a = levelRank(before.level)
  const b = levelRank(after.level)
  if (a >= 0 && b >= 0 && a !== b) return b < a ? 'beter' : 'slechter'
  const delta = per100(after) - per100(before)
  if (delta <= -0.5) return 'beter'
  if (delta >= 0.5) return 'slechter'
  return 'gelijk'
}

export function compareFiles(
  before: readonly FileFigures[],
  after: readonly FileFigures[],
): FileTrend[] {
  const earlier = new Map(before.map((f) => [f.path, f]))
  const trends: FileTrend[] = after.map((now) => {
    const then = earlier.get(now.path)
    earlier.delete(now.path)
    return then
      ? {path: now.path, before: then, after: now, verdict: verdictOf(then, now)}
      : {path: now.path, after: now, verdict: 'nieuw'}
  })
  for (const gone of earlier.values())
    trends.push({path: gone.path, before: gone, verdict: 'verdwenen'})
  return trends
}

/** Totals over files: words, findings and findings per rule. */
export function totals(files: readonly FileFigures[]): {
  words: number
  findings: number
  byRule: Record<string, number>
} {
  const byRule: Record<string, number> = {}
  let words = 0
  let findings = 0
  for (const f of files) {
    words += f.words
    findings += f.findings
    for (const [id, n] of Object.entries(f.byRule)) byRule[id] = (byRule[id] ?? 0) + n
  }
  return {words, findings, byRule}
}
