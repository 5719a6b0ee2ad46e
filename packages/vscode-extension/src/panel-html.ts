/**
 * The HTML of the "Duidelijk: Leesbaarheid" webview: the estimated level, the figures, the reasons
 * and a bar per sentence that jumps to the sentence. Pure (no `vscode` import) so it can be tested
 * without an editor.
 *
 * Security: a strict Content-Security-Policy (nothing remote, no inline styles or handlers); the
 * one <style> and the one <script> carry the nonce. Everything that comes from the metrics or the
 * file name is HTML-escaped.
 */
import type {MetricsResult} from '@duidelijk/language-server/protocol'

/** Fields the server may add later; used when present. */
type PanelMetrics = MetricsResult & {targetLevel?: string; longSentenceWords?: number}
type PanelSentence = MetricsResult['perSentence'][number] & {text?: string; targetLevel?: string}

export interface PanelOptions {
  /** Fresh random nonce for this render (base64). */
  nonce: string
  /** `webview.cspSource`. */
  cspSource: string
  /** Name of the shown file (shown escaped). */
  fileName: string
  /**
   * Words above which a sentence counts as long: draws a marker line in the chart. Defaults to the
   * metrics' `longSentenceWords` when the server sends it.
   */
  longSentenceLimit?: number
}

const LEVEL_ORDER = ['A1-A2', 'B1', 'B2', 'C1+']

/** Escape text for HTML content and double-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** Dutch number: comma decimal, dot thousands separator (64,3; 1.234). */
export function formatNumber(value: number, decimals = 1): string {
  if (!Number.isFinite(value)) return '–'
  const fixed = Math.abs(value).toFixed(decimals)
  const [whole = '0', fraction] = fixed.split('.')
  // toFixed gives at most 309 digits here, so the quadratic worst case of this lookahead is bounded.
  // eslint-disable-next-line regexp/no-super-linear-move
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  const negative = value < 0 && Number(fixed) !== 0
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`
}

/** Dutch percentage of a share 0..1, whole percents: 0.125 -> "13 %". */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '–'
  return `${formatNumber(share * 100, 0)} %`
}

const plural = (n: number, one: string, many: string) =>
  `${formatNumber(n, 0)} ${n === 1 ? one : many}`

/** A non-negative whole number for data attributes (LSP positions). */
const position = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0

function figureRows(m: PanelMetrics): string {
  const rows: Array<[string, string]> = [
    ['Woorden', formatNumber(m.words, 0)],
    ['Zinnen', formatNumber(m.sentences, 0)],
    ['Gemiddeld aantal woorden per zin', formatNumber(m.wordsPerSentence)],
    ['Lettergrepen per woord', formatNumber(m.syllablesPerWord, 2)],
    ['Flesch-Douma (hoger is makkelijker)', formatNumber(m.fleschDouma)],
    ['Brouwer (hoger is makkelijker)', formatNumber(m.brouwer)],
    ['Lange zinnen', formatPercent(m.longSentenceShare)],
    ['Moeilijke woorden', formatPercent(m.rareWordShare)],
  ]
  if (m.passiveShare !== undefined && m.passiveShare !== null) {
    rows.push(['Zinnen in de lijdende vorm', formatPercent(m.passiveShare)])
  }
  return rows
    .map(
      ([label, value]) =>
        `<tr><th scope="row">${escapeHtml(label)}</th><td class="num">${escapeHtml(value)}</td></tr>`,
    )
    .join('\n')
}

function levelSection(m: PanelMetrics): string {
  const known = LEVEL_ORDER.includes(m.level)
  const parts = [
    `<p class="level">Geschat taalniveau: <strong class="level-value">${escapeHtml(m.level)}</strong>${known ? ' (indicatie)' : ''}</p>`,
  ]
  if (m.targetLevel) {
    const above =
      known &&
      LEVEL_ORDER.includes(m.targetLevel) &&
      LEVEL_ORDER.indexOf(m.level) > LEVEL_ORDER.indexOf(m.targetLevel)
    parts.push(
      `<p class="target">Doelniveau: ${escapeHtml(m.targetLevel)}.${above ? ' De tekst is waarschijnlijk moeilijker dan het doelniveau.' : ''}</p>`,
    )
  }
  parts.push(
    '<p class="note">Een indicatie op basis van zinslengte, woordlengte en woordgebruik. Geen oordeel: laat de tekst ook lezen door iemand uit de doelgroep.</p>',
  )
  return parts.join('\n')
}

function reasonsSection(reasons: readonly string[]): string {
  if (reasons.length === 0) return ''
  const items = reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('\n')
  return `<section aria-labelledby="waarom"><h2 id="waarom">Waarom dit niveau</h2>\n<ul class="reasons">\n${items}\n</ul></section>`
}

interface Chart {
  html: string
  css: string
}

function chartSection(sentences: readonly PanelSentence[], limit: number | undefined): Chart {
  const hasLimit = limit !== undefined && Number.isFinite(limit) && limit > 0
  const scale = Math.max(1, hasLimit ? limit : 0, ...sentences.map((s) => s.words || 0))
  const widths = new Set<number>()
  const widthOf = (words: number) => {
    const w = words <= 0 ? 0 : Math.min(100, Math.max(1, Math.round((words / scale) * 100)))
    widths.add(w)
    return w
  }
  const limitAt = hasLimit ? Math.min(100, Math.round((limit / scale) * 100)) : 0

  const rows = sentences.map((s, i) => {
    const n = i + 1
    const words = s.words || 0
    const line = position(s.range?.start?.line)
    const character = position(s.range?.start?.character)
    const marks: string[] = []
    if (s.long) marks.push('lang')
    if (s.passive) marks.push('lijdende vorm')
    const rare = Array.isArray(s.rareWords) ? s.rareWords : []
    const label = `Zin ${n}: ${plural(words, 'woord', 'woorden')}${marks.map((m) => `, ${m}`).join('')}. Ga naar de zin.`
    const badges = marks
      .map((m) => `<span class="badge${m === 'lang' ? ' badge-long' : ''}">${escapeHtml(m)}</span>`)
      .join(' ')
    const text = typeof s.text === 'string' && s.text.trim() !== '' ? s.text.trim() : ''
    const details = [
      text ? `<span class="sentence-text">${escapeHtml(text)}</span>` : '',
      rare.length > 0
        ? `<span class="rare">Moeilijke woorden: ${rare.map(escapeHtml).join(', ')}</span>`
        : '',
    ]
      .filter(Boolean)
      .join('\n')
    return [
      `<li><button type="button" class="bar-row${s.long ? ' is-long' : ''}" data-line="${line}" data-character="${character}" aria-label="${escapeHtml(label)}">`,
      `<span class="bar-label">Zin ${n}</span>`,
      `<span class="bar-track" aria-hidden="true"><span class="bar w-${widthOf(words)}${s.long ? ' long' : ''}"></span>${hasLimit ? '<span class="limit"></span>' : ''}</span>`,
      `<span class="bar-value">${escapeHtml(plural(words, 'woord', 'woorden'))}${badges ? ` ${badges}` : ''}</span>`,
      details ? `<span class="bar-details">${details}</span>` : '',
      '</button></li>',
    ]
      .filter(Boolean)
      .join('\n')
  })

  const css = [
    ...[...widths].sort((a, b) => a - b).map((w) => `.w-${w} { width: ${w}%; }`),
    hasLimit ? `.limit { left: ${limitAt}%; }` : '',
  ]
    .filter(Boolean)
    .join('\n')
  const legend = hasLimit
    ? `<p class="legend">De streep staat bij ${plural(limit, 'woord', 'woorden')}: langere zinnen tellen als lang.</p>`
    : ''
  const html = [
    '<section aria-labelledby="zinnen"><h2 id="zinnen">Lengte per zin</h2>',
    '<p class="legend">Elke balk is een zin; de lengte is het aantal woorden. Lange zinnen zijn rood en gemarkeerd met „lang”. Klik op een balk om naar de zin te gaan.</p>',
    legend,
    `<ol class="chart">\n${rows.join('\n')}\n</ol></section>`,
  ]
    .filter(Boolean)
    .join('\n')
  return {html, css}
}

const BASE_CSS = `
body {
  font-family: var(--vscode-font-family, sans-serif);
  font-size: var(--vscode-font-size, 13px);
  color: var(--vscode-foreground);
  background: var(--vscode-editor-background);
  padding: 0 1.25rem 2rem;
  line-height: 1.5;
}
h1 { font-size: 1.4em; font-weight: 600; margin: 1.25rem 0 0.5rem; word-break: break-word; }
h2 { font-size: 1.1em; font-weight: 600; margin: 1.5rem 0 0.5rem; }
.level { font-size: 1.3em; margin: 0.5rem 0; }
.level-value { font-size: 1.8em; font-weight: 700; }
.note, .legend, .target { color: var(--vscode-descriptionForeground, var(--vscode-foreground)); }
.empty { font-size: 1.1em; margin-top: 1.5rem; }
table { border-collapse: collapse; min-width: 18rem; }
th, td { text-align: left; padding: 0.2rem 1rem 0.2rem 0; border-bottom: 1px solid var(--vscode-panel-border, transparent); }
th { font-weight: normal; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.reasons li { margin: 0.2rem 0; }
.chart { list-style: none; padding: 0; margin: 0; }
.chart li { margin: 0; }
.bar-row {
  display: grid;
  grid-template-columns: 4.5rem minmax(6rem, 1fr) 11rem;
  align-items: center;
  gap: 0.25rem 0.75rem;
  width: 100%;
  padding: 0.2rem 0.25rem;
  border: 1px solid transparent;
  background: transparent;
  color: inherit;
  font: inherit;
  text-align: left;
  cursor: pointer;
}
.bar-row:hover { background: var(--vscode-list-hoverBackground, transparent); }
.bar-row:focus { outline: none; }
.bar-row:focus-visible { outline: 2px solid var(--vscode-focusBorder); outline-offset: -1px; }
.bar-track { position: relative; display: block; height: 0.9rem; }
.bar { display: block; height: 100%; background: var(--vscode-charts-blue); border-radius: 2px; }
.bar.long { background: var(--vscode-charts-red); }
.limit { position: absolute; top: -0.2rem; bottom: -0.2rem; width: 0; border-left: 2px dashed var(--vscode-foreground); }
.bar-value { white-space: nowrap; font-variant-numeric: tabular-nums; }
.badge { font-size: 0.85em; padding: 0 0.35rem; border: 1px solid currentColor; border-radius: 3px; }
.badge-long { color: var(--vscode-charts-red); font-weight: 600; }
.bar-details { grid-column: 2 / 4; display: block; color: var(--vscode-descriptionForeground, var(--vscode-foreground)); font-size: 0.9em; }
.bar-details span { display: block; }
@media (forced-colors: active) {
  .bar { background: CanvasText; }
  .bar.long { background: Highlight; }
}
`

const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', function (event) {
    const target = event.target instanceof Element ? event.target.closest('button[data-line]') : null;
    if (!target) return;
    vscode.postMessage({
      type: 'reveal',
      line: Number(target.getAttribute('data-line')),
      character: Number(target.getAttribute('data-character')),
    });
  });
})();
`

/** The complete HTML document of the readability panel (all text Dutch). */
export function renderPanel(metrics: MetricsResult | null, opts: PanelOptions): string {
  const nonce = escapeHtml(opts.nonce)
  const csp = `default-src 'none'; style-src ${opts.cspSource} 'nonce-${opts.nonce}'; script-src 'nonce-${opts.nonce}'; img-src ${opts.cspSource} data:;`
  const title = opts.fileName ? `Leesbaarheid van ${opts.fileName}` : 'Leesbaarheid'

  const body: string[] = [`<h1>${escapeHtml(title)}</h1>`]
  let chartCss = ''
  if (!metrics) {
    body.push('<p class="empty">Deze tekst is nog niet gecontroleerd.</p>')
  } else {
    const m = metrics as PanelMetrics
    const sentences = (Array.isArray(m.perSentence) ? m.perSentence : []) as PanelSentence[]
    if (m.sentences === 0 || sentences.length === 0) {
      body.push('<p class="empty">Deze tekst bevat geen zinnen om te meten.</p>')
      body.push(reasonsSection(m.reasons ?? []))
    } else {
      const chart = chartSection(sentences, opts.longSentenceLimit ?? m.longSentenceWords)
      chartCss = chart.css
      body.push(
        levelSection(m),
        '<section aria-labelledby="cijfers"><h2 id="cijfers">Cijfers</h2>',
        `<table>\n<tbody>\n${figureRows(m)}\n</tbody>\n</table></section>`,
        reasonsSection(m.reasons ?? []),
        chart.html,
      )
    }
  }

  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${BASE_CSS}${chartCss}
</style>
</head>
<body>
<main>
${body.filter(Boolean).join('\n')}
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`
}
