import type {CheckResult} from '@duidelijk/core'
import {xmlText} from './inert.js'
import {filePosition, withPlace} from './position.js'

/** An attribute value: well-formed XML 1.0 whatever the letter or file name holds (issue #19). */
const xml = (value: string) => xmlText(value, true)

/** JUnit XML: one test suite per file, one failing test case per error or warning. */
export function junit(results: readonly CheckResult[]): string {
  const failures = results.reduce(
    (n, r) => n + r.findings.filter((f) => f.severity !== 'info').length,
    0,
  )
  return [...junitAround(results.map(junitPiece), failures)].join('')
}

/** One file's test suite. */
export function junitPiece(result: CheckResult): string {
  const path = xml(result.path ?? '<invoer>')
  const failing = result.findings.filter((f) => f.severity !== 'info')
  const cases = failing.length
    ? failing.map((f) => {
        // Word/OpenDocument: line 1 and the place ("alinea 3"); e-mail: the raw file.
        const at = filePosition(result, f)
        const where = at.place
          ? `${at.startLine} (${at.place})`
          : `${at.startLine}:${at.startColumn}`
        const reason = withPlace(f.reason, at)
        return `    <testcase classname="${path}" name="${xml(`${f.ruleId} ${where}`)}">\n      <failure type="${f.severity}" message="${xml(reason)}">${xmlText(`${result.path}:${at.startLine}${at.exact ? `:${at.startColumn}` : ''} ${reason}`)}</failure>\n    </testcase>`
      })
    : [`    <testcase classname="${path}" name="duidelijk"/>`]
  return `  <testsuite name="${path}" tests="${cases.length}" failures="${failing.length}">\n${cases.join('\n')}\n  </testsuite>`
}

/** The JUnit XML around the test suites of the files (`junitPiece`), with the failures given. */
export function* junitAround(suites: Iterable<string>, failures: number): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="duidelijk" failures="${failures}">\n`
  let first = true
  for (const suite of suites) {
    yield first ? suite : `\n${suite}`
    first = false
  }
  yield '\n</testsuites>\n'
}
