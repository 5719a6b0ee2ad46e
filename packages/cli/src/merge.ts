import {
  JSON_REPORT_VERSION,
  serializeReport,
  summarize,
  type JsonReport,
} from './formatters/json.js'
import {inertJson} from './formatters/inert.js'

type SarifLog = {
  version: string
  runs: Array<{
    tool: {driver: {rules: Array<{id: string}>} & Record<string, unknown>}
    results: Array<{
      ruleId: string
      ruleIndex?: number
      locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>
    }>
  }>
} & Record<string, unknown>

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Combine the JSON or SARIF reports of shards (`--shard i/n`) into the report one unsharded run
 * gives: files sorted by path, findings in source order, rules sorted by id.
 */
export function mergeReports(texts: readonly string[]): string {
  return mergeReportsWithSummary(texts).text
}

/** What a merge gives: the merged report, its kind and the number of findings per severity. */
export interface MergedReports {
  text: string
  kind: 'json' | 'sarif'
  /** The merged JSON report (JSON input only), for other output formats. */
  report?: JsonReport
  counts: {error: number; warning: number; info: number}
}

/**
 * Merge and count. A file that appears in two reports (a shard given twice, or two runs that
 * overlap) is refused: the merged counts and exit code would be wrong.
 */
export function mergeReportsWithSummary(texts: readonly string[]): MergedReports {
  const reports = texts.map((text) => JSON.parse(text) as Record<string, unknown>)
  if (reports.length === 0) throw new Error('geen rapporten om samen te voegen')
  checkShards(reports)
  if (reports.every((r) => r.version === '2.1.0' && Array.isArray(r.runs))) {
    const logs = reports as unknown as SarifLog[]
    const counts = {error: 0, warning: 0, info: 0}
    logs.forEach((log, i) => {
      const uris = new Set(
        log.runs.flatMap((run) =>
          run.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri ?? ''),
        ),
      )
      for (const other of logs.slice(0, i)) {
        for (const run of other.runs)
          for (const r of run.results) {
            const uri = r.locations[0]?.physicalLocation.artifactLocation.uri ?? ''
            if (uris.has(uri)) throw new Error(twice(uri))
          }
      }
      for (const run of log.runs)
        for (const r of run.results) {
          const level = (r as {level?: string}).level
          counts[level === 'error' ? 'error' : level === 'note' ? 'info' : 'warning']++
        }
    })
    return {text: mergeSarif(logs), kind: 'sarif', counts}
  }
  if (reports.every((r) => r.schemaVersion === JSON_REPORT_VERSION && Array.isArray(r.files))) {
    const list = reports as unknown as JsonReport[]
    const files = list.flatMap((r) => r.files).sort((a, b) => byPath(a.path, b.path))
    for (let i = 1; i < files.length; i++)
      if (files[i]!.path === files[i - 1]!.path) throw new Error(twice(files[i]!.path))
    const report: JsonReport = {
      schemaVersion: JSON_REPORT_VERSION,
      tool: list[0]!.tool,
      summary: summarize(files),
      files,
    }
    const {error, warning, info} = report.summary
    return {text: serializeReport(report), kind: 'json', report, counts: {error, warning, info}}
  }
  throw new Error(
    'de rapporten zijn niet allemaal JSON (--format json) of allemaal SARIF (--format sarif)',
  )
}

type Shard = {index: number; count: number}

/** The --shard part a json or sarif report records (undefined: not from a sharded run). */
function shardOf(report: Record<string, unknown>): Shard | undefined {
  const runs = report.runs as Array<{properties?: {duidelijkShard?: Shard}}> | undefined
  const shard = (report.shard as Shard | undefined) ?? runs?.[0]?.properties?.duidelijkShard
  return shard && Number.isInteger(shard.index) && Number.isInteger(shard.count) ? shard : undefined
}

/**
 * Reports of a sharded run (`--shard i/n` records i and n in json and sarif) must be exactly the
 * parts 1..n, each once: a missing part would give a report that looks complete and passes
 * (issue #19). Reports without shard information (older, or not sharded) cannot be checked.
 */
function checkShards(reports: ReadonlyArray<Record<string, unknown>>): void {
  const shards = reports.map(shardOf)
  if (shards.every((shard) => shard === undefined)) return
  if (shards.some((shard) => shard === undefined))
    throw new Error('sommige rapporten komen uit een run met --shard en andere niet')
  const count = shards[0]!.count
  if (shards.some((shard) => shard!.count !== count))
    throw new Error(
      `de rapporten komen uit verschillende verdelingen (${[...new Set(shards.map((s) => `/${s!.count}`))].join(', ')})`,
    )
  const seen = new Set<number>()
  for (const {index} of shards as Shard[]) {
    if (seen.has(index))
      throw new Error(
        `deel ${index}/${count} staat twee keer in de lijst; geef elk deel één keer op`,
      )
    seen.add(index)
  }
  const missing = Array.from({length: count}, (_, i) => i + 1).filter((i) => !seen.has(i))
  if (missing.length)
    throw new Error(
      `${missing.length === 1 ? 'deel' : 'delen'} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'ontbreekt' : 'ontbreken'}; geef de rapporten van alle ${count} delen op`,
    )
}

function twice(path: string): string {
  return `${path} staat in twee rapporten; geef elk deel (--shard i/n) één keer op`
}

function mergeSarif(logs: SarifLog[]): string {
  const rules = new Map<string, {id: string}>()
  for (const log of logs)
    for (const run of log.runs) for (const rule of run.tool.driver.rules) rules.set(rule.id, rule)
  const sortedRules = [...rules.values()].sort((a, b) => byPath(a.id, b.id))
  const index = new Map(sortedRules.map((rule, i) => [rule.id, i]))
  const uri = (result: SarifLog['runs'][number]['results'][number]) =>
    result.locations[0]?.physicalLocation.artifactLocation.uri ?? ''
  const results = logs
    .flatMap((log) => log.runs.flatMap((run) => run.results))
    .sort((a, b) => byPath(uri(a), uri(b)))
    .map((result) => ({...result, ruleIndex: index.get(result.ruleId)}))
  const first = logs[0]!
  // The merged log is the whole run: without the part a shard recorded.
  const {properties, ...run} = first.runs[0]! as SarifLog['runs'][number] & {
    properties?: Record<string, unknown>
  }
  const {duidelijkShard: _shard, ...otherProperties} = properties ?? {}
  const merged = {
    ...first,
    runs: [
      {
        ...(Object.keys(otherProperties).length ? {properties: otherProperties} : {}),
        ...run,
        tool: {driver: {...run.tool.driver, rules: sortedRules}},
        results,
      },
    ],
  }
  return `${inertJson(JSON.stringify(merged, null, 2))}\n`
}
