import type {CheckResult} from '@duidelijk/core'
import {inert} from './inert.js'
import {filePosition} from './position.js'

const LEVEL = {error: 'error', warning: 'warning', info: 'notice'} as const

/** Escape data for a GitHub Actions workflow command. */
function escape(value: string, property = false): string {
  let out = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  if (property) out = out.replace(/:/g, '%3A').replace(/,/g, '%2C')
  return inert(out)
}

/** GitHub Actions annotations (`::warning file=…,line=…::message`). */
export function github(results: readonly CheckResult[]): string {
  const lines: string[] = []
  for (const result of results) {
    for (const f of result.findings) {
      // Word/OpenDocument: line 1 and the place ("alinea 3") in the title; e-mail: the raw file.
      const at = filePosition(result, f)
      const props = [
        `file=${escape(result.path ?? '', true)}`,
        `line=${at.startLine}`,
        ...(at.exact
          ? [`col=${at.startColumn}`, `endLine=${at.endLine}`, `endColumn=${at.endColumn}`]
          : []),
        `title=${escape(`duidelijk ${f.ruleId}${at.place ? ` (${at.place})` : ''}`, true)}`,
      ]
      lines.push(`::${LEVEL[f.severity]} ${props.join(',')}::${escape(f.reason)}`)
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : ''
}
