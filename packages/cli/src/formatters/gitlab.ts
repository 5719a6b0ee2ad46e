import {createHash} from 'node:crypto'
import type {CheckResult} from '@duidelijk/core'
import {inertJson} from './inert.js'
import {jsonArrayOfPieces} from './json.js'
import {filePosition, withPlace} from './position.js'

const SEVERITY = {error: 'major', warning: 'minor', info: 'info'} as const

/**
 * GitLab Code Quality report (a JSON array of issues). The fingerprint hashes the path, the rule,
 * the message and which occurrence of that message in the file it is, not the position: editing
 * another paragraph does not turn an old finding into a "new" one in the merge request widget.
 */
export function gitlab(results: readonly CheckResult[]): string {
  return [...gitlabAround(results.map(gitlabPiece))].join('')
}

/**
 * One file's issues as the report prints them (indented for their place in the array, separated
 * by `,\n`); empty for a file without findings.
 */
export function gitlabPiece(result: CheckResult): string {
  const path = (result.path ?? '').split('\\').join('/')
  const seen = new Map<string, number>()
  const issues = result.findings.map((f) => {
    // Word/OpenDocument: line 1 with the place ("alinea 3") in front; e-mail: the raw file.
    const at = filePosition(result, f)
    const identity = `${path}\u0000${f.ruleId}\u0000${f.reason}`
    const occurrence = seen.get(identity) ?? 0
    seen.set(identity, occurrence + 1)
    return {
      description: withPlace(f.reason, at),
      check_name: f.ruleId,
      fingerprint: createHash('sha1').update(`${identity}\u0000${occurrence}`).digest('hex'),
      severity: SEVERITY[f.severity],
      location: {path, lines: {begin: at.startLine, end: at.endLine}},
    }
  })
  if (issues.length === 0) return ''
  // Written one level deep, so JSON.stringify indents every line for its place in the array.
  const nested = JSON.stringify(issues, null, 2)
  return inertJson(nested.slice('[\n'.length, nested.length - '\n]'.length))
}

/** The report around the files' pieces (`gitlabPiece`): what `gitlab` writes for them. */
export function* gitlabAround(pieces: Iterable<string>): Generator<string> {
  yield* jsonArrayOfPieces(pieces, '\n]')
  yield '\n'
}
