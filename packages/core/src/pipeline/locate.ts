import type {Finding} from '../finding.js'
import type {Redaction} from '../redact.js'
import type {Locator} from '../sourcemap.js'
import type {Document} from '../types.js'
import {toFinding} from './to-finding.js'
import type {RuleReport} from './types.js'

/**
 * Locate stage: every report becomes a Finding with its range in the original source (line,
 * column, offset) and its message filled in.
 */
export function locateStage(
  reports: readonly RuleReport[],
  document: Document,
  locator: Locator,
  redactions: readonly Redaction[] = [],
): Finding[] {
  return reports.map(({rule, setting, descriptor}) =>
    toFinding(rule, setting, descriptor, document, locator, redactions),
  )
}
