// One case of the fix properties: check a generated letter, test the ranges of its findings and,
// for formats --fix writes (txt, md, html), apply the safe fixes as the CLI does and test the result.
import {applySafeFixes} from '../../../cli/src/fix.js'
import type {Checker} from '../../src/checker.js'
import type {Format} from '../../src/types.js'
import {fixProblems, rangeProblems, safeFixes} from './properties.js'

export interface CaseOutcome {
  problems: string[]
  findings: number
  fixes: number
}

/** Run the properties on one letter (text, or bytes for docx/odt/eml). */
export async function runCase(
  checker: Checker,
  format: Format,
  input: string | Uint8Array,
): Promise<CaseOutcome> {
  const result =
    typeof input === 'string' && format !== 'eml'
      ? checker.check({text: input, format})
      : await checker.checkAsync({
          format,
          bytes: typeof input === 'string' ? new TextEncoder().encode(input) : input,
        })
  const source = result.document.source
  const problems = rangeProblems(source, result.findings)
  if (!result.document.writable) {
    // Word, OpenDocument and e-mail: the source is the text the loader extracted (one paragraph
    // per line; the decoded subject and body); --fix never writes these files.
    return {problems, findings: result.findings.length, fixes: 0}
  }
  const fixes = safeFixes(result.findings)
  const {text, applied} = applySafeFixes(source, result.findings)
  if (applied !== fixes.length) problems.push(`--fix applied ${applied} of ${fixes.length} fixes`)
  problems.push(...fixProblems(format, source, text, fixes))
  return {problems, findings: result.findings.length, fixes: fixes.length}
}
