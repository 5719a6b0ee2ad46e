import type {CheckResult, Finding} from '@duidelijk/core'

const LABEL = {error: 'fout', warning: 'waarschuwing', info: 'info'} as const

function where(finding: Finding): string {
  const {start} = finding.range
  return finding.location ? `${finding.location.label}` : `${start.line}:${start.column}`
}

/** A number with a Dutch decimal comma. */
function nl(value: number, digits: number): string {
  return value.toFixed(digits).replace('.', ',')
}

/** Human-readable output: findings per file with line:column, then the metrics. */
export function stylish(
  results: readonly CheckResult[],
  options: {metrics?: boolean} = {},
): string {
  const lines: string[] = []
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const result of results) {
    lines.push(result.path ?? '<invoer>')
    const width = Math.max(0, ...result.findings.map((f) => where(f).length))
    for (const finding of result.findings) {
      if (finding.severity === 'error') errors++
      else if (finding.severity === 'warning') warnings++
      else infos++
      const expected = finding.expected?.length
        ? ` → ${finding.expected
            .slice(0, 3)
            .map((e) => (e === '' ? '(weglaten)' : e))
            .join(' / ')}`
        : ''
      lines.push(
        `  ${where(finding).padEnd(width)}  ${LABEL[finding.severity].padEnd(12)}  ${finding.reason}${expected}  ${finding.ruleId}`,
      )
    }
    if (result.findings.length === 0) lines.push('  geen bevindingen')
    if (options.metrics !== false) {
      const m = result.metrics
      lines.push(
        '',
        `  Leesbaarheid: ${m.words} woorden, ${m.sentences} zinnen, ${m.paragraphs} alinea's`,
        `    gemiddeld ${nl(m.wordsPerSentence, 1)} woorden per zin, ${nl(m.syllablesPerWord, 2)} lettergrepen per woord`,
        `    Flesch-Douma ${nl(m.fleschDouma, 1)}, Leesindex Brouwer ${nl(m.brouwer, 1)}, lange zinnen ${(m.longSentenceShare * 100).toFixed(0)}%, zeldzame woorden ${(m.rareWordShare * 100).toFixed(0)}%${m.passiveShare === undefined ? '' : `, lijdende vorm ${(m.passiveShare * 100).toFixed(0)}%`}`,
        `    Geschat taalniveau (indicatie): ${m.level.level}`,
        ...m.level.reasons.map((reason) => `      - ${reason}`),
      )
    }
    lines.push('')
  }
  const total = errors + warnings + infos
  lines.push(
    total === 0
      ? 'Geen bevindingen.'
      : `${total} bevinding${total === 1 ? '' : 'en'} (${errors} fout${errors === 1 ? '' : 'en'}, ${warnings} waarschuwing${warnings === 1 ? '' : 'en'}, ${infos} info)`,
  )
  return lines.join('\n') + '\n'
}
