import {esc, num} from './dutch.js'

/** One bar of a chart. */
export interface Bar {
  label: string
  value: number
}

const ROW = 34
const LABEL_WIDTH = 110
const BAR_WIDTH = 250
const WIDTH = 400

/**
 * A horizontal bar chart as inline SVG with a title and a text description (its accessible
 * name), followed by the same data as a table, so the figures are there without seeing the chart.
 */
export function barChart(options: {
  id: string
  title: string
  bars: readonly Bar[]
  /** Column heads of the data table: the category and the count. */
  columns: [string, string]
  /** "3 sjablonen" for a count. */
  unit: (n: number) => string
}): string {
  const {id, title, bars, columns, unit} = options
  const max = Math.max(1, ...bars.map((b) => b.value))
  const height = bars.length * ROW + 8
  const description = bars.map((b) => `${b.label}: ${unit(b.value)}`).join('; ')
  const rows = bars
    .map((bar, i) => {
      const y = 4 + i * ROW
      const width = bar.value === 0 ? 0 : Math.max(3, Math.round((bar.value / max) * BAR_WIDTH))
      return `<g><text x="${LABEL_WIDTH - 10}" y="${y + 22}" text-anchor="end" class="as-label">${esc(bar.label)}</text><rect x="${LABEL_WIDTH}" y="${y + 5}" width="${width}" height="${ROW - 10}" class="balk"/><text x="${LABEL_WIDTH + width + 8}" y="${y + 22}" class="as-waarde">${num(bar.value)}</text></g>`
    })
    .join('')
  const svg = `<svg class="grafiek" role="img" aria-labelledby="${id}-titel ${id}-uitleg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" preserveAspectRatio="xMinYMin meet"><title id="${id}-titel">${esc(title)}</title><desc id="${id}-uitleg">${esc(description)}</desc><line x1="${LABEL_WIDTH}" y1="0" x2="${LABEL_WIDTH}" y2="${height}" class="as"/>${rows}</svg>`
  const table = `<table class="utrecht-table utrecht-table--html-table gegevens"><caption class="utrecht-table__caption">${esc(title)} (tabel)</caption><thead class="utrecht-table__header"><tr class="utrecht-table__row"><th scope="col" class="utrecht-table__header-cell">${esc(columns[0])}</th><th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">${esc(columns[1])}</th></tr></thead><tbody class="utrecht-table__body">${bars
    .map(
      (b) =>
        `<tr class="utrecht-table__row"><th scope="row" class="utrecht-table__header-cell">${esc(b.label)}</th><td class="utrecht-table__cell utrecht-table__cell--numeric">${num(b.value)}</td></tr>`,
    )
    .join('')}</tbody></table>`
  return `<div class="grafiek-blok" id="${id}">${svg}${table}</div>`
}

/**
 * The length of every sentence as a strip of bars, long sentences (over `limit` words) in the
 * warning colour, with a line at the limit. The description names the long sentences.
 */
export function sentenceStrip(options: {
  id: string
  lengths: readonly {words: number; long: boolean}[]
  limit: number
}): string {
  const {id, lengths, limit} = options
  const max = Math.max(limit + 5, ...lengths.map((s) => s.words))
  const barWidth = 10
  const gap = 3
  const width = Math.max(1, lengths.length) * (barWidth + gap) + gap
  const height = 80
  const scale = (words: number) => Math.round((words / max) * (height - 6))
  const bars = lengths
    .map((s, i) => {
      const h = Math.max(2, scale(s.words))
      return `<rect x="${gap + i * (barWidth + gap)}" y="${height - h}" width="${barWidth}" height="${h}" class="${s.long ? 'zin-lang' : 'zin'}"><title>Zin ${i + 1}: ${s.words} ${s.words === 1 ? 'woord' : 'woorden'}</title></rect>`
    })
    .join('')
  const long = lengths.flatMap((s, i) => (s.long ? [i + 1] : []))
  const description = `${lengths.length} ${lengths.length === 1 ? 'zin' : 'zinnen'}, langste ${Math.max(0, ...lengths.map((s) => s.words))} woorden. ${
    long.length === 0
      ? `Geen zin is langer dan ${limit} woorden.`
      : `Langer dan ${limit} woorden: ${long.length === 1 ? 'zin' : 'zinnen'} ${long.join(', ')}.`
  }`
  const lineY = height - scale(limit)
  return `<svg class="zinnen" role="img" aria-labelledby="${id}-titel ${id}-uitleg" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" width="${Math.min(width * 3, 768)}" height="${height}"><title id="${id}-titel">Lengte van elke zin</title><desc id="${id}-uitleg">${esc(description)}</desc>${bars}<line x1="0" x2="${width}" y1="${lineY}" y2="${lineY}" class="grens" vector-effect="non-scaling-stroke"/></svg><p class="utrecht-paragraph toelichting">${esc(description)} De streep staat bij ${limit} woorden.</p>`
}
