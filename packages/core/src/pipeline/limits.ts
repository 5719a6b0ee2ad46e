import {Finding} from '../finding.js'

/** Most findings one rule reports in one file; the rest are summed up in one finding. */
export const MAX_FINDINGS_PER_RULE = 1_000
/**
 * Most reports kept per rule while the rules run. Above this a rule's reports are dropped at
 * once, so a 10 MB text dense with jargon cannot fill the memory with findings (issue #19: half a
 * million diagnostics took the language server down); directives may still remove some of the
 * kept ones, hence the margin over MAX_FINDINGS_PER_RULE.
 */
export const MAX_REPORTS_PER_RULE = 5 * MAX_FINDINGS_PER_RULE

/**
 * Limit stage: at most MAX_FINDINGS_PER_RULE findings per rule (the first ones in the text), and
 * for a rule over the limit one summary finding at the first finding left out, without a fix.
 * `dropped` counts, per rule, the reports already left out while the rules ran.
 */
export function limitStage(
  findings: readonly Finding[],
  dropped: ReadonlyMap<string, number> = new Map(),
): Finding[] {
  const counts = new Map<string, number>()
  for (const finding of findings) {
    const id = finding.ruleId ?? ''
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  if ([...counts.values()].every((count) => count <= MAX_FINDINGS_PER_RULE)) return [...findings]
  const seen = new Map<string, number>()
  const result: Finding[] = []
  for (const finding of findings) {
    const id = finding.ruleId ?? ''
    const index = (seen.get(id) ?? 0) + 1
    seen.set(id, index)
    if (index <= MAX_FINDINGS_PER_RULE) result.push(finding)
    else if (index === MAX_FINDINGS_PER_RULE + 1) {
      const left = counts.get(id)! - MAX_FINDINGS_PER_RULE + (dropped.get(id) ?? 0)
      result.push(summaryFinding(finding, left))
    }
  }
  return result
}

function summaryFinding(first: Finding, left: number): Finding {
  const number = left.toLocaleString('nl-NL')
  const summary = new Finding({
    reason: `Deze regel gaf in dit bestand meer dan ${MAX_FINDINGS_PER_RULE.toLocaleString('nl-NL')} meldingen; de volgende ${number} ${left === 1 ? 'staat' : 'staan'} niet in de lijst. Verbeter eerst de eerste meldingen en controleer dan opnieuw.`,
    ruleId: first.ruleId ?? '',
    messageId: 'te-veel-meldingen',
    severity: first.severity,
    range: first.range,
    url: first.url ?? '',
    ...(first.location ? {location: first.location} : {}),
    ...(first.part ? {part: first.part} : {}),
    sensitive: first.sensitive,
  })
  if (first.actual !== undefined && first.actual !== null) summary.actual = first.actual
  return summary
}
