import type {CheckResult, Finding} from '@duidelijk/core'
import {inert} from './inert.js'

/**
 * Where a finding is, as `line:column` an editor can jump to: in the file on disk when the
 * finding knows that place exactly (an e-mail: its raw message, not the decoded text with the
 * subject on top; readers of the blind letters looked for the wrong line), else in the source.
 */
export function lineColumn(f: Finding): string {
  const at = f.fileRange?.exact ? f.fileRange.start : f.range.start
  return `${at.line}:${at.column}`
}

/** One line per finding: `path:line:column: severity message [rule]` (grep- and editor-friendly). */
export function compact(results: readonly CheckResult[]): string {
  return results.map(compactPiece).join('')
}

/** One file's lines of the compact output (the output is these pieces one after the other). */
export function compactPiece(result: CheckResult): string {
  let text = ''
  for (const f of result.findings)
    text += `${inert(
      `${result.path ?? '<invoer>'}:${lineColumn(f)}: ${f.severity} ${f.reason} [${f.ruleId}]`,
    ).replace(/\n/g, '\\x0A')}\n` // one line per finding, whatever the file name holds
  return text
}
