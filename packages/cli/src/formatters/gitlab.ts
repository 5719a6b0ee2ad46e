import {createHash} from 'node:crypto'
import type {CheckResult} from '@duidelijk/core'

const SEVERITY = {error: 'major', warning: 'minor', info: 'info'} as const

/** GitLab Code Quality report (a JSON array of issues). */
export function gitlab(results: readonly CheckResult[]): string {
  const issues = results.flatMap((result) =>
    result.findings.map((f) => ({
      description: f.reason,
      check_name: f.ruleId,
      fingerprint: createHash('sha1')
        .update(`${result.path}\u0000${f.ruleId}\u0000${f.range.start.offset}\u0000${f.reason}`)
        .digest('hex'),
      severity: SEVERITY[f.severity],
      location: {
        path: (result.path ?? '').split('\\').join('/'),
        lines: {begin: f.range.start.line, end: f.range.end.line},
      },
    })),
  )
  return `${JSON.stringify(issues, null, 2)}\n`
}
