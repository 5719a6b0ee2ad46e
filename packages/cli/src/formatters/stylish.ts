import {levelLabel, redact, type CheckResult, type Finding} from '@duidelijk/core'

const LABEL = {error: 'fout', warning: 'waarschuwing', info: 'info'} as const
import {lineColumn} from './compact.js'
import {inert} from './inert.js'

const COLOR = {error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[34m'} as const
const RESET = '\u001b[0m'
const DIM = '\u001b[2m'
const BOLD = '\u001b[1m'

/** Options of the stylish formatter. */
export interface StylishOptions {
  /** Readability figures per file (default true). */
  metrics?: boolean
  /** ANSI colours; the CLI turns them on only on a terminal. */
  color?: boolean
  /** The source line under each finding with the flagged words marked (default true). */
  frame?: boolean
  /** `--quiet`: only files with findings, and no readability figures (default false). */
  quiet?: boolean
}

function where(finding: Finding): string {
  return finding.location ? inert(finding.location.label) : lineColumn(finding)
}

/** A number with a Dutch decimal comma. */
function nl(value: number, digits: number): string {
  return value.toFixed(digits).replace('.', ',')
}

/**
 * The source line of a finding with carets under the flagged words, personal data masked.
 * Nothing for formats without real lines (Word: the location says where).
 */
function frame(result: CheckResult, finding: Finding, indent: string, color: boolean): string[] {
  if (finding.location) return []
  const source = result.document.source
  const start = finding.range.start.offset
  if (start > source.length) return []
  const lineStart = source.lastIndexOf('\n', start - 1) + 1
  let lineEnd = source.indexOf('\n', start)
  if (lineEnd === -1) lineEnd = source.length
  if (source[lineEnd - 1] === '\r') lineEnd--
  const end = Math.max(start + 1, Math.min(finding.range.end.offset, lineEnd))
  // Long lines (Markdown paragraphs) are cut to a window around the flagged words; a long range
  // (a whole sentence) shows only its start.
  const cut = end - start > 60
  const markEnd = cut ? start + 60 : end
  const from = Math.max(lineStart, start - 40)
  const to = cut ? markEnd : Math.min(lineEnd, end + 40)
  const clean = (a: number, b: number) =>
    inert(redact(result, source.slice(a, b), a).replace(/\t/g, ' '))
  const before = `${from > lineStart ? '…' : ''}${clean(from, start)}`
  const marked = clean(start, markEnd)
  const after = cut ? '…' : `${clean(end, to)}${to < lineEnd ? '…' : ''}`
  const carets = '^'.repeat(Math.max(1, [...marked].length))
  if (color) {
    const c = COLOR[finding.severity]
    return [
      `${indent}${DIM}${before}${RESET}${c}${marked}${RESET}${DIM}${after}${RESET}`,
      `${indent}${' '.repeat([...before].length)}${c}${carets}${RESET}`,
    ]
  }
  return [
    `${indent}${before}${marked}${after}`,
    `${indent}${' '.repeat([...before].length)}${carets}`,
  ]
}

/**
 * Human-readable output: per file the findings with line:column, severity, message, suggestion
 * and rule id, the source line with the flagged words marked, and the readability figures; then
 * the totals and a link to the explanation of every rule that reported.
 */
export function stylish(results: readonly CheckResult[], options: StylishOptions = {}): string {
  const totals: StylishTotals = {error: 0, warning: 0, info: 0, used: new Map()}
  let text = ''
  for (const result of results) {
    const piece = stylishPiece(result, options)
    text += piece.text
    addStylishTotals(totals, piece.summary)
  }
  return text + stylishFooter(totals)
}

/** What the footer of the stylish output needs of a file: its counts and the rules that reported. */
export interface StylishSummary {
  error: number
  warning: number
  info: number
  /** Rule id and explanation URL of each rule that reported, in the order first seen. */
  used: Array<[string, string]>
}

/** The totals over the files so far, for the footer. */
export interface StylishTotals {
  error: number
  warning: number
  info: number
  used: Map<string, string>
}

/** Add a file's summary to the totals. */
export function addStylishTotals(totals: StylishTotals, summary: StylishSummary): void {
  totals.error += summary.error
  totals.warning += summary.warning
  totals.info += summary.info
  for (const [id, url] of summary.used) totals.used.set(id, url)
}

/**
 * One file's part of the stylish output (empty with `quiet` for a file without findings) and what
 * the footer needs of it: the output is the pieces one after the other and then `stylishFooter`.
 */
export function stylishPiece(
  result: CheckResult,
  options: StylishOptions = {},
): {text: string; summary: StylishSummary} {
  const color = options.color === true
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text)
  const summary: StylishSummary = {error: 0, warning: 0, info: 0, used: []}
  if (options.quiet && result.findings.length === 0) return {text: '', summary}
  const lines: string[] = []
  const used = new Map<string, string>()
  lines.push(paint(BOLD, inert(result.path ?? '<invoer>').replace(/\n/g, '\\x0A')))
  const width = Math.max(0, ...result.findings.map((f) => where(f).length))
  for (const finding of result.findings) {
    summary[finding.severity]++
    if (finding.ruleId && finding.url) used.set(finding.ruleId, finding.url)
    const expected =
      finding.expected?.length && !finding.sensitive
        ? ` → ${finding.expected
            .slice(0, 3)
            .map((e) => (e === '' ? '(weglaten)' : e))
            .join(' / ')}`
        : ''
    lines.push(
      `  ${where(finding).padEnd(width)}  ${paint(COLOR[finding.severity], LABEL[finding.severity].padEnd(12))}  ${inert(finding.reason + expected)}  ${paint(DIM, inert(finding.ruleId ?? ''))}`,
    )
    if (options.frame !== false)
      lines.push(...frame(result, finding, ' '.repeat(width + 18), color))
  }
  if (result.findings.length === 0) lines.push('  geen bevindingen')
  if (options.metrics !== false && !options.quiet) {
    const m = result.metrics
    lines.push(
      '',
      `  Leesbaarheid: ${m.words} woord${m.words === 1 ? '' : 'en'}, ${m.sentences} zin${m.sentences === 1 ? '' : 'nen'}, ${m.paragraphs} alinea${m.paragraphs === 1 ? '' : "'s"}`,
      `    gemiddeld ${nl(m.wordsPerSentence, 1)} woorden per zin, ${nl(m.syllablesPerWord, 2)} lettergrepen per woord`,
      `    Flesch-Douma ${nl(m.fleschDouma, 1)}, Leesindex Brouwer ${nl(m.brouwer, 1)}, lange zinnen ${(m.longSentenceShare * 100).toFixed(0)}%, zeldzame woorden ${(m.rareWordShare * 100).toFixed(0)}%${m.passiveShare === undefined ? '' : `, lijdende vorm ${(m.passiveShare * 100).toFixed(0)}%`}`,
      `    Geschat taalniveau (indicatie): ${levelLabel(m.level.level)}`,
      ...m.level.reasons.map((reason) => `      - ${inert(reason)}`),
    )
  }
  lines.push('')
  summary.used = [...used]
  return {text: `${lines.join('\n')}\n`, summary}
}

/** The end of the stylish output: the totals and the explanation link of every rule that reported. */
export function stylishFooter(totals: StylishTotals): string {
  const {error: errors, warning: warnings, info: infos, used} = totals
  const lines: string[] = []
  const total = errors + warnings + infos
  lines.push(
    total === 0
      ? 'Geen bevindingen.'
      : `${total} bevinding${total === 1 ? '' : 'en'} (${errors} fout${errors === 1 ? '' : 'en'}, ${warnings} waarschuwing${warnings === 1 ? '' : 'en'}, ${infos} info)`,
  )
  if (used.size > 0) {
    lines.push('', 'Uitleg per regel (of: duidelijk uitleg <regel>):')
    const width = Math.max(...[...used.keys()].map((id) => id.length))
    for (const [id, url] of [...used].sort(([a], [b]) => (a < b ? -1 : 1)))
      lines.push(inert(`  ${id.padEnd(width)}  ${url}`))
  }
  return lines.join('\n') + '\n'
}
