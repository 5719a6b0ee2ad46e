import type {CheckResult} from '@duidelijk/core'
import {xmlText} from './inert.js'

/** An attribute value: well-formed XML 1.0 whatever the letter or file name holds (issue #19). */
const xml = (value: string) => xmlText(value, true)

/** JUnit XML: one test suite per file, one failing test case per error or warning. */
export function junit(results: readonly CheckResult[]): string {
  const suites = results.map((result) => {
    const path = xml(result.path ?? '<invoer>')
    const failing = result.findings.filter((f) => f.severity !== 'info')
    const cases = failing.length
      ? failing.map((f) => {
          const where = `${f.range.start.line}:${f.range.start.column}`
          return `    <testcase classname="${path}" name="${xml(`${f.ruleId} ${where}`)}">\n      <failure type="${f.severity}" message="${xml(f.reason)}">${xmlText(`${result.path}:${where} ${f.reason}`)}</failure>\n    </testcase>`
        })
      : [`    <testcase classname="${path}" name="duidelijk"/>`]
    return `  <testsuite name="${path}" tests="${cases.length}" failures="${failing.length}">\n${cases.join('\n')}\n  </testsuite>`
  })
  const failures = results.reduce(
    (n, r) => n + r.findings.filter((f) => f.severity !== 'info').length,
    0,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="duidelijk" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`
}
