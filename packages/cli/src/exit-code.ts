import {SEVERITY_RANK, type CheckResult, type Severity} from '@duidelijk/core/node'

/**
 * The exit code of a check: 2 when a file could not be read or checked, 1 for findings at or
 * above --fail-on or more warnings than --max-warnings, else 0. `stats` only fails on files.
 */
export function exitCode(
  results: readonly CheckResult[],
  options: {
    failed: boolean
    statsMode: boolean
    failOn: Severity
    maxWarnings: number | undefined
  },
): number {
  if (options.failed) return 2
  if (options.statsMode) return 0
  let warnings = 0
  let failing = 0
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === 'warning') warnings++
      if (SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[options.failOn]) failing++
    }
  }
  if (failing > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return 1
  return 0
}
