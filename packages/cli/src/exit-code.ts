import {SEVERITY_RANK, type Severity} from '@duidelijk/core/node'
import type {SeverityCounts} from './run.js'

/**
 * The exit code of a check: 2 when a file could not be read or checked, 1 for findings at or
 * above --fail-on or more warnings than --max-warnings, else 0. `stats` only fails on files.
 */
export function exitCode(
  counts: SeverityCounts,
  options: {
    failed: boolean
    statsMode: boolean
    failOn: Severity
    maxWarnings: number | undefined
  },
): number {
  if (options.failed) return 2
  if (options.statsMode) return 0
  const failing = (['error', 'warning', 'info'] as const)
    .filter((severity) => SEVERITY_RANK[severity] >= SEVERITY_RANK[options.failOn])
    .reduce((sum, severity) => sum + counts[severity], 0)
  if (failing > 0) return 1
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) return 1
  return 0
}
