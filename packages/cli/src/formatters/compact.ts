import type {CheckResult} from '@duidelijk/core'
import {inert} from './inert.js'

/** One line per finding: `path:line:column: severity message [rule]` (grep- and editor-friendly). */
export function compact(results: readonly CheckResult[]): string {
  const lines: string[] = []
  for (const result of results) {
    for (const f of result.findings) {
      lines.push(
        inert(
          `${result.path ?? '<invoer>'}:${f.range.start.line}:${f.range.start.column}: ${f.severity} ${f.reason} [${f.ruleId}]`,
        ).replace(/\n/g, '\\x0A'), // one line per finding, whatever the file name holds
      )
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : ''
}
