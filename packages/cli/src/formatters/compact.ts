import type {CheckResult} from '@duidelijk/core'
import {inert} from './inert.js'

/** One line per finding: `path:line:column: severity message [rule]` (grep- and editor-friendly). */
export function compact(results: readonly CheckResult[]): string {
  return results.map(compactPiece).join('')
}

/** One file's lines of the compact output (the output is these pieces one after the other). */
export function compactPiece(result: CheckResult): string {
  let text = ''
  for (const f of result.findings)
    text += `${inert(
      `${result.path ?? '<invoer>'}:${f.range.start.line}:${f.range.start.column}: ${f.severity} ${f.reason} [${f.ruleId}]`,
    ).replace(/\n/g, '\\x0A')}\n` // one line per finding, whatever the file name holds
  return text
}
