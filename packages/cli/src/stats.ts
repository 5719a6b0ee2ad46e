import type {CheckResult} from '@duidelijk/core'
import {inert, inertJson} from './formatters/inert.js'

/** Output formats of `duidelijk stats`. */
export const STATS_FORMATS = ['table', 'json', 'csv'] as const

const COLUMNS = [
  ['bestand', (r: CheckResult) => r.path ?? '<invoer>'],
  ['woorden', (r: CheckResult) => r.metrics.words],
  ['zinnen', (r: CheckResult) => r.metrics.sentences],
  ['alineas', (r: CheckResult) => r.metrics.paragraphs],
  ['woorden_per_zin', (r: CheckResult) => round(r.metrics.wordsPerSentence, 1)],
  ['lettergrepen_per_woord', (r: CheckResult) => round(r.metrics.syllablesPerWord, 2)],
  ['flesch_douma', (r: CheckResult) => round(r.metrics.fleschDouma, 1)],
  ['brouwer', (r: CheckResult) => round(r.metrics.brouwer, 1)],
  ['lange_zinnen', (r: CheckResult) => round(r.metrics.longSentenceShare, 3)],
  ['zeldzame_woorden', (r: CheckResult) => round(r.metrics.rareWordShare, 3)],
  ['niveau', (r: CheckResult) => r.metrics.level.level],
] as const

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits))
}

/**
 * `duidelijk stats`: readability figures only, per file. `table` is for people (Dutch decimal
 * comma), `csv` for Dutch spreadsheets (semicolons, decimal comma, quoted where needed), `json`
 * for scripts.
 */
export function stats(
  results: readonly CheckResult[],
  format: (typeof STATS_FORMATS)[number],
): string {
  const rows = results.map((r) => COLUMNS.map(([, get]) => get(r)))
  const header = COLUMNS.map(([name]) => name)
  if (format === 'json') {
    return `${inertJson(
      JSON.stringify(
        rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]]))),
        null,
        2,
      ),
    )}\n`
  }
  if (format === 'csv') {
    // As Dutch Excel and LibreOffice read it when opened: semicolons between cells, decimal comma.
    const cell = (value: string | number) => {
      const text = typeof value === 'number' ? String(value).replace('.', ',') : inert(value)
      return /[";\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
    }
    return `${[header, ...rows].map((row) => row.map(cell).join(';')).join('\n')}\n`
  }
  // For people: Dutch decimal comma, shares as percentages.
  const shares = new Set(['lange_zinnen', 'zeldzame_woorden'])
  const text = [
    header.map((h) => h.replace(/_/g, ' ')),
    ...rows.map((row) =>
      row.map((v, i) =>
        typeof v !== 'number'
          ? inert(v)
          : shares.has(header[i]!)
            ? `${Math.round(v * 100)}%`
            : String(v).replace('.', ','),
      ),
    ),
  ]
  const widths = header.map((_, i) => Math.max(...text.map((row) => String(row[i]).length)))
  return `${text
    .map((row) =>
      row
        .map((v, i) => (i === 0 ? String(v).padEnd(widths[i]!) : String(v).padStart(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`
}
