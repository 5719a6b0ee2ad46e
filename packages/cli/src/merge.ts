import {
  JSON_REPORT_VERSION,
  serializeReport,
  summarize,
  type JsonReport,
} from './formatters/json.js'

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
  const reports = texts.map((text) => JSON.parse(text) as Record<string, unknown>)
  if (reports.length === 0) throw new Error('geen rapporten om samen te voegen')
  if (reports.every((r) => r.version === '2.1.0' && Array.isArray(r.runs))) {
    return mergeSarif(reports as unknown as SarifLog[])
  }
  if (reports.every((r) => r.schemaVersion === JSON_REPORT_VERSION && Array.isArray(r.files))) {
    const list = reports as unknown as JsonReport[]
    const files = list.flatMap((r) => r.files).sort((a, b) => byPath(a.path, b.path))
    return serializeReport({
      schemaVersion: JSON_REPORT_VERSION,
      tool: list[0]!.tool,
      summary: summarize(files),
      files,
    })
  }
  throw new Error(
    'de rapporten zijn niet allemaal JSON (--format json) of allemaal SARIF (--format sarif)',
  )
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
  const run = first.runs[0]!
  const merged = {
    ...first,
    runs: [{...run, tool: {driver: {...run.tool.driver, rules: sortedRules}}, results}],
  }
  return `${JSON.stringify(merged, null, 2)}\n`
}
