import type {Finding} from '../finding.js'
import {createDirectiveFilter} from '../nlp/directives.js'
import type {Document} from '../types.js'

/**
 * Directives stage: drop the findings that inline comments (`duidelijk-disable-next-line …`)
 * switch off, and sort the rest by position (then rule id).
 */
export function directivesStage(findings: readonly Finding[], document: Document): Finding[] {
  const directives = createDirectiveFilter(document.directives)
  return findings
    .filter(
      (finding) =>
        !directives.isDisabled(
          finding.ruleId ?? '',
          finding.range.start.offset,
          finding.range.start.line,
        ),
    )
    .sort(
      (a, b) =>
        a.range.start.offset - b.range.start.offset ||
        a.range.end.offset - b.range.end.offset ||
        (a.ruleId ?? '').localeCompare(b.ruleId ?? ''),
    )
}
