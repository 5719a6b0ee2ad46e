import type {CheckResult} from '@duidelijk/core'
import {inert} from './inert.js'

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
      const {start, end} = f.range
      const props = [
        `file=${escape(result.path ?? '', true)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escape(`duidelijk ${f.ruleId}`, true)}`,
      ]
      lines.push(`::${LEVEL[f.severity]} ${props.join(',')}::${escape(f.reason)}`)
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : ''
}
