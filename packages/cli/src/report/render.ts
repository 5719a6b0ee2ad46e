import {TOO_SHORT_LABEL, type CheckResult, type Finding} from '@duidelijk/core'
import {barChart, sentenceStrip} from './charts.js'
import {
  count,
  dutchDate,
  esc,
  num,
  percent,
  SEVERITY_LABEL,
  SEVERITY_PLURAL,
  signed,
} from './dutch.js'
import {personalData, mask} from './redact.js'
import {cspHash, REPORT_SCRIPT} from './script.js'
import {REPORT_CSS, themeCss} from './style.js'
import {highlightedText, suggestionText} from './text.js'
import type {Theme} from './theme.js'
import {
  compareFiles,
  figuresOf,
  LEVELS,
  levelRank,
  per100,
  totals,
  type FileFigures,
  type FileTrend,
} from './trend.js'

/** A group of rules (an ambition of the Dronten profile). */
export interface ReportGroup {
  label: string
  description?: string
  rules: readonly string[]
}

/** Everything the report shows besides the results; the CLI fills it in. */
export interface ReportOptions {
  /** Version of duidelijk. */
  version: string
  /** When the report was made. */
  date: Date
  /** IANA time zone for the date (default: the machine's). */
  timeZone?: string
  /** Presets and config files that made the config, as shown (relative paths). */
  configSources: readonly string[]
  /** Target level of the config. */
  targetLevel: 'B1' | 'B2'
  /** Rules that were on, with their configured severity. */
  rules: ReadonlyArray<{id: string; description: string; url: string; severity: string}>
  /** Rule groups of the config; else the report groups by `fallbackGroups` with a note. */
  groups?: Readonly<Record<string, ReportGroup>>
  /** The Dronten ambitions, used when the config has no groups of its own. */
  fallbackGroups?: Readonly<Record<string, ReportGroup>>
  /** An earlier JSON run to compare with (`--vergelijk`). */
  previous?: {label: string; version: string; files: readonly FileFigures[]}
  theme?: Theme
}

const RULES_ALTERNATIVES = ['ambtelijke-taal']
const isSafeUrl = (url: string | undefined) => !!url && /^https?:\/\/[^\s"'<>]+$/i.test(url)

interface FileView {
  index: number
  id: string
  path: string
  result: CheckResult
  figures: FileFigures
}

const cellClass = (numeric = false) =>
  `utrecht-table__cell${numeric ? ' utrecht-table__cell--numeric' : ''}`
const headClass = (numeric = false) =>
  `utrecht-table__header-cell${numeric ? ' utrecht-table__header-cell--numeric' : ''}`

function table(
  caption: string,
  heads: ReadonlyArray<string | [string, boolean]>,
  rows: readonly string[][],
  options: {numeric?: readonly number[]; rowHeader?: boolean; className?: string} = {},
): string {
  const numeric = new Set(options.numeric ?? [])
  const head = heads
    .map((h, i) => `<th scope="col" class="${headClass(numeric.has(i))}">${esc(String(h))}</th>`)
    .join('')
  const body = rows
    .map(
      (cells) =>
        `<tr class="utrecht-table__row">${cells
          .map((cell, i) =>
            i === 0 && options.rowHeader
              ? `<th scope="row" class="${headClass()}">${cell}</th>`
              : `<td class="${cellClass(numeric.has(i))}">${cell}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('')
  return `<div class="tabel-rol"><table class="utrecht-table utrecht-table--html-table${options.className ? ` ${options.className}` : ''}"><caption class="utrecht-table__caption">${esc(caption)}</caption><thead class="utrecht-table__header"><tr class="utrecht-table__row">${head}</tr></thead><tbody class="utrecht-table__body">${body}</tbody></table></div>`
}

const h = (level: 1 | 2 | 3 | 4, text: string, id?: string) =>
  `<h${level} class="utrecht-heading-${level}"${id ? ` id="${id}"` : ''}>${text}</h${level}>`
const p = (html: string, className = '') =>
  `<p class="utrecht-paragraph${className ? ` ${className}` : ''}">${html}</p>`
const link = (href: string, text: string) =>
  `<a class="utrecht-link" href="${esc(href)}">${text}</a>`

function levelLabel(level: string): string {
  return level === 'onbekend' ? TOO_SHORT_LABEL : level
}

/** Where a finding is: line and column, or the readable location of formats without lines. */
function place(finding: Finding): string {
  return (
    finding.location?.label ??
    `regel ${finding.range.start.line}, kolom ${finding.range.start.column}`
  )
}

function overview(views: readonly FileView[], options: ReportOptions): string {
  const letters = views.filter((v) => v.result.isLetter).length
  const words = views.reduce((n, v) => n + v.result.metrics.words, 0)
  const findings = views.flatMap((v) => v.result.findings)
  const bySeverity = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length
  const out: string[] = [h(2, 'Overzicht', 'overzicht')]
  out.push(
    `<ul class="utrecht-unordered-list kerncijfers"><li class="utrecht-unordered-list__item">${count(views.length, 'bestand', 'bestanden')}: ${count(letters, 'brief', 'brieven')} en ${count(views.length - letters, 'andere tekst', 'andere teksten')}</li><li class="utrecht-unordered-list__item">${count(words, 'woord', 'woorden')}, ${count(findings.length, 'melding', 'meldingen')} (${num(words ? (findings.length / words) * 100 : 0, 1)} per 100 woorden)</li><li class="utrecht-unordered-list__item">${count(bySeverity('error'), 'fout', 'fouten')}, ${count(bySeverity('warning'), 'waarschuwing', 'waarschuwingen')}, ${num(bySeverity('info'))} info</li></ul>`,
  )

  out.push(...levelSection(views, options))
  out.push(...fleschSection(views))
  out.push(...ruleSection(views, options, findings, words))
  out.push(...jargonSection(views))
  out.push(...hardestSection(views))
  out.push(...allSection(views))
  return `<section aria-labelledby="overzicht">${out.join('\n')}</section>`
}

/** The estimated reading levels as a bar chart. */
function levelSection(views: readonly FileView[], options: ReportOptions): string[] {
  const out: string[] = []
  out.push(h(3, 'Geschat taalniveau', 'niveaus'))
  out.push(
    p(
      `Het taalniveau is een indicatie op basis van zinslengte, woordlengte, lange zinnen, weinig gebruikte woorden en de lijdende vorm; het is geen oordeel. Streefniveau: ${esc(options.targetLevel)}.`,
    ),
  )
  const levelBars = [...LEVELS, 'onbekend'].map((level) => ({
    label: level,
    value: views.filter((v) => v.result.metrics.level.level === level).length,
  }))
  out.push(
    barChart({
      id: 'grafiek-niveau',
      title: 'Aantal sjablonen per geschat taalniveau',
      bars: levelBars,
      columns: ['Taalniveau', 'Sjablonen'],
      unit: (n) => count(n, 'sjabloon', 'sjablonen'),
    }),
  )
  return out
}

/** Flesch-Douma scores in bins of ten. */
function fleschSection(views: readonly FileView[]): string[] {
  const out: string[] = []
  out.push(h(3, 'Flesch-Douma', 'flesch-douma'))
  out.push(
    p(
      'De leesbaarheidsformule van Flesch, aangepast voor het Nederlands door Douma: hoe hoger, hoe makkelijker. Boven 60 is een tekst redelijk makkelijk; onder 30 erg moeilijk. Alleen bestanden met tekst tellen mee.',
    ),
  )
  const scored = views.filter((v) => v.result.metrics.words > 0)
  const bins = Array.from({length: 10}, (_, i) => ({
    label: `${i * 10}–${i * 10 + 10}`,
    value: 0,
  }))
  for (const v of scored) {
    const score = Math.min(99.999, Math.max(0, v.result.metrics.fleschDouma))
    bins[Math.floor(score / 10)]!.value++
  }
  bins[0]!.label = 'onder 10'
  bins[9]!.label = '90 en hoger'
  out.push(
    barChart({
      id: 'grafiek-flesch',
      title: 'Aantal sjablonen per Flesch-Douma-score',
      bars: bins,
      columns: ['Flesch-Douma', 'Sjablonen'],
      unit: (n) => count(n, 'sjabloon', 'sjablonen'),
    }),
  )
  return out
}

/** Findings per rule, most frequent first, and per group (the ambitions of Duidelijk Dronten when the config has no groups). */
function ruleSection(
  views: readonly FileView[],
  options: ReportOptions,
  findings: readonly Finding[],
  words: number,
): string[] {
  const out: string[] = []
  out.push(h(3, 'Meldingen per regel', 'per-regel'))
  const byRule = new Map<string, Finding[]>()
  for (const f of findings) byRule.set(f.ruleId ?? '', [...(byRule.get(f.ruleId ?? '') ?? []), f])
  const ruleRows = [...byRule]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .map(([id, list]) => {
      const rule = options.rules.find((r) => r.id === id)
      const files = views.filter((v) => v.result.findings.some((f) => f.ruleId === id)).length
      return [
        isSafeUrl(rule?.url ?? list[0]?.url) ? link(rule?.url ?? list[0]!.url!, esc(id)) : esc(id),
        esc(rule?.description ?? ''),
        num(list.length),
        num(files),
      ]
    })
  out.push(
    ruleRows.length
      ? table(
          'Meldingen per regel, meest voorkomend eerst',
          ['Regel', 'Wat', 'Meldingen', 'In sjablonen'],
          ruleRows,
          {
            numeric: [2, 3],
            rowHeader: true,
          },
        )
      : p('Geen meldingen.'),
  )

  const own = options.groups && Object.keys(options.groups).length > 0
  const groups = own ? options.groups! : options.fallbackGroups
  if (groups && Object.keys(groups).length > 0) {
    out.push(h(3, 'Meldingen per ambitie', 'per-ambitie'))
    out.push(
      p(
        own
          ? 'De regels gegroepeerd zoals de configuratie het zegt (bij duidelijk:dronten de drie ambities van Duidelijk Dronten).'
          : 'Deze configuratie groepeert de regels niet; hier staan ze ingedeeld naar de drie ambities van Duidelijk Dronten.',
      ),
    )
    const rows = Object.values(groups).map((group) => {
      const list = findings.filter((f) => group.rules.includes(f.ruleId ?? ''))
      return [
        esc(group.label),
        esc(group.description ?? ''),
        num(list.length),
        num(words ? (list.length / words) * 100 : 0, 1),
      ]
    })
    out.push(
      table(
        'Meldingen per ambitie',
        ['Ambitie', 'Waar het om gaat', 'Meldingen', 'Per 100 woorden'],
        rows,
        {
          numeric: [2, 3],
          rowHeader: true,
        },
      ),
    )
  }
  return out
}

/** The most used officialese words with a plain alternative. */
function jargonSection(views: readonly FileView[]): string[] {
  const out: string[] = []
  out.push(h(3, 'Meest gebruikte ambtelijke woorden', 'ambtelijk'))
  const jargon = new Map<string, {count: number; alternatives: Set<string>; files: Set<number>}>()
  for (const v of views) {
    for (const f of v.result.findings) {
      if (!RULES_ALTERNATIVES.includes(f.ruleId ?? '') || f.sensitive) continue
      const source = v.result.document.source
      const word = (f.actual ?? source.slice(f.range.start.offset, f.range.end.offset))
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase()
      if (!word) continue
      const entry = jargon.get(word) ?? {count: 0, alternatives: new Set(), files: new Set()}
      entry.count++
      entry.files.add(v.index)
      for (const e of f.lazyExpected ? [] : (f.expected ?? []))
        if (e) entry.alternatives.add(e.toLowerCase())
      jargon.set(word, entry)
    }
  }
  const top = [...jargon]
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .slice(0, 20)
  out.push(
    top.length
      ? table(
          top.length === 1
            ? 'Het enige ambtelijke woord in deze sjablonen, met een gewoon alternatief'
            : `De ${top.length} meest gebruikte ambtelijke woorden met een gewoon alternatief`,
          ['Woord', 'Gewoon alternatief', 'Keer gebruikt', 'In sjablonen'],
          top.map(([word, e]) => [
            esc(word),
            e.alternatives.size
              ? esc([...e.alternatives].slice(0, 3).join(', '))
              : '<span class="grijs">herschrijf de zin</span>',
            num(e.count),
            num(e.files.size),
          ]),
          {numeric: [2, 3], rowHeader: true},
        )
      : p('Geen ambtelijke woorden gevonden.'),
  )
  return out
}

/** The ten hardest templates. */
function hardestSection(views: readonly FileView[]): string[] {
  const out: string[] = []
  out.push(h(3, 'De moeilijkste sjablonen', 'moeilijkst'))
  const hardest = [...views]
    .filter((v) => levelRank(v.result.metrics.level.level) >= 0)
    .sort(
      (a, b) =>
        levelRank(b.result.metrics.level.level) - levelRank(a.result.metrics.level.level) ||
        a.result.metrics.fleschDouma - b.result.metrics.fleschDouma,
    )
    .slice(0, 10)
  out.push(
    hardest.length
      ? `<ol class="utrecht-ordered-list">${hardest
          .map(
            (v) =>
              `<li class="utrecht-ordered-list__item">${link(`#${v.id}`, esc(v.path))}: ${esc(levelLabel(v.result.metrics.level.level))}, Flesch-Douma ${num(v.result.metrics.fleschDouma)}, ${count(v.result.findings.length, 'melding', 'meldingen')}</li>`,
          )
          .join('')}</ol>`
      : p('Geen sjabloon heeft genoeg tekst voor een taalniveau.'),
  )
  out.push(
    p('Gesorteerd op geschat taalniveau, daarna op Flesch-Douma (laagste eerst).', 'toelichting'),
  )
  return out
}

/** Every template with its figures. */
function allSection(views: readonly FileView[]): string[] {
  const out: string[] = []
  out.push(h(3, 'Alle sjablonen', 'alle'))
  out.push(
    table(
      'Alle sjablonen',
      ['Bestand', 'Soort', 'Niveau', 'Flesch-Douma', 'Woorden', 'Meldingen', 'Per 100 woorden'],
      views.map((v) => [
        link(`#${v.id}`, esc(v.path)),
        v.result.isLetter ? 'brief' : 'tekst',
        esc(levelLabel(v.result.metrics.level.level)),
        v.result.metrics.words ? num(v.result.metrics.fleschDouma) : '–',
        num(v.result.metrics.words),
        num(v.result.findings.length),
        num(per100(v.figures), 1),
      ]),
      {numeric: [3, 4, 5, 6], rowHeader: true},
    ),
  )
  return out
}

function trendSection(views: readonly FileView[], options: ReportOptions): string {
  const previous = options.previous
  if (!previous) return ''
  const now = views.map((v) => v.figures)
  const trends = compareFiles(previous.files, now)
  const before = totals(previous.files)
  const after = totals(now)
  const out: string[] = [h(2, 'Ontwikkeling', 'ontwikkeling')]
  const rateBefore = per100(before)
  const rateAfter = per100(after)
  const verdicts = (verdict: FileTrend['verdict']) =>
    trends.filter((t) => t.verdict === verdict).length
  out.push(
    p(
      `Vergeleken met ${esc(previous.label)} (duidelijk ${esc(previous.version)}). In totaal: ${num(rateBefore, 1)} → ${num(rateAfter, 1)} meldingen per 100 woorden (${signed(rateAfter - rateBefore, 1)}). ${count(verdicts('beter'), 'sjabloon', 'sjablonen')} beter, ${num(verdicts('slechter'))} slechter, ${num(verdicts('gelijk'))} gelijk, ${num(verdicts('nieuw'))} nieuw, ${num(verdicts('verdwenen'))} verdwenen.`,
    ),
  )
  const levelsBefore = LEVELS.map((l) => previous.files.filter((f) => f.level === l).length)
  const levelsAfter = LEVELS.map((l) => now.filter((f) => f.level === l).length)
  out.push(h(3, 'Taalniveau toen en nu', 'ontwikkeling-niveau'))
  out.push(
    table(
      'Aantal sjablonen per taalniveau, vorige meting en nu',
      ['Taalniveau', 'Vorige meting', 'Nu', 'Verschil'],
      LEVELS.map((l, i) => [
        esc(l),
        num(levelsBefore[i]!),
        num(levelsAfter[i]!),
        signed(levelsAfter[i]! - levelsBefore[i]!),
      ]),
      {numeric: [1, 2, 3], rowHeader: true},
    ),
  )
  out.push(h(3, 'Per regel', 'ontwikkeling-regel'))
  const ids = [...new Set([...Object.keys(before.byRule), ...Object.keys(after.byRule)])].sort()
  out.push(
    ids.length
      ? table(
          'Meldingen per regel, vorige meting en nu',
          [
            'Regel',
            'Vorige meting',
            'Nu',
            'Verschil',
            'Per 100 woorden toen',
            'Per 100 woorden nu',
          ],
          ids.map((id) => {
            const a = before.byRule[id] ?? 0
            const b = after.byRule[id] ?? 0
            return [
              esc(id),
              num(a),
              num(b),
              signed(b - a),
              num(before.words ? (a / before.words) * 100 : 0, 1),
              num(after.words ? (b / after.words) * 100 : 0, 1),
            ]
          }),
          {numeric: [1, 2, 3, 4, 5], rowHeader: true},
        )
      : p('Geen meldingen, toen en nu.'),
  )
  out.push(h(3, 'Per sjabloon', 'ontwikkeling-sjabloon'))
  const byPath = new Map(views.map((v) => [v.path, v]))
  const order: Record<FileTrend['verdict'], number> = {
    slechter: 0,
    beter: 1,
    nieuw: 2,
    verdwenen: 3,
    gelijk: 4,
  }
  out.push(
    table(
      'Wat per sjabloon beter of slechter werd (slechter eerst)',
      ['Bestand', 'Oordeel', 'Niveau', 'Per 100 woorden', 'Grootste veranderingen per regel'],
      [...trends]
        .sort((a, b) => order[a.verdict] - order[b.verdict] || (a.path < b.path ? -1 : 1))
        .map((t) => {
          const view = byPath.get(t.path)
          const changes = Object.entries(
            Object.fromEntries(
              [
                ...new Set([
                  ...Object.keys(t.before?.byRule ?? {}),
                  ...Object.keys(t.after?.byRule ?? {}),
                ]),
              ].map((id) => [id, (t.after?.byRule[id] ?? 0) - (t.before?.byRule[id] ?? 0)]),
            ),
          )
            .filter(([, d]) => d !== 0)
            .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
            .slice(0, 4)
            .map(([id, d]) => `${esc(id)} ${signed(d)}`)
            .join(', ')
          return [
            view ? link(`#${view.id}`, esc(t.path)) : esc(t.path),
            `<span class="oordeel oordeel--${t.verdict}">${t.verdict}</span>`,
            `${t.before ? esc(t.before.level) : '–'} → ${t.after ? esc(t.after.level) : '–'}`,
            `${t.before ? num(per100(t.before), 1) : '–'} → ${t.after ? num(per100(t.after), 1) : '–'}`,
            changes || '–',
          ]
        }),
      {numeric: [], rowHeader: true},
    ),
  )
  return `<section aria-labelledby="ontwikkeling">${out.join('\n')}</section>`
}

function findingsTable(view: FileView): string {
  const {result, id} = view
  const source = result.document.source
  const personal = personalData(result)
  const fragment = (f: Finding) => {
    // A longer finding around personal data shows its excerpt with the data masked.
    if (f.sensitive && f.ruleId === 'persoonsgegevens')
      return '<span class="grijs">(persoonsgegevens, niet getoond)</span>'
    const start = f.range.start.offset
    const end = Math.min(f.range.end.offset, start + 60)
    let text = source.slice(start, end)
    for (const span of personal) {
      if (span.end <= start || span.start >= end) continue
      const from = Math.max(0, span.start - start)
      const to = Math.min(text.length, span.end - start)
      text = text.slice(0, from) + mask(text.slice(from, to)) + text.slice(to)
    }
    return esc(text.replace(/\s+/g, ' ').trim()) + (f.range.end.offset > end ? '…' : '')
  }
  const tableId = `${id}-tabel`
  const rules = [...new Set(result.findings.map((f) => f.ruleId ?? ''))].sort()
  const severities = (['error', 'warning', 'info'] as const).filter((s) =>
    result.findings.some((f) => f.severity === s),
  )
  const filters = `<div class="filters" data-filters="${tableId}" hidden><div class="utrecht-form-field"><label class="utrecht-form-label" for="${id}-regel">Regel</label> <select class="utrecht-select utrecht-select--html-select" id="${id}-regel" name="regel"><option value="">alle regels</option>${rules.map((r) => `<option value="${esc(r)}">${esc(r)}</option>`).join('')}</select></div><div class="utrecht-form-field"><label class="utrecht-form-label" for="${id}-ernst">Ernst</label> <select class="utrecht-select utrecht-select--html-select" id="${id}-ernst" name="ernst"><option value="">alle</option>${severities.map((s) => `<option value="${s}">${SEVERITY_PLURAL[s]}</option>`).join('')}</select></div><p class="utrecht-paragraph status" role="status"></p></div>`
  const rows = result.findings
    .map((f, i) => {
      const suggestion = suggestionText(f)
      const url = isSafeUrl(f.url) ? f.url! : undefined
      return `<tr class="utrecht-table__row" data-regel="${esc(f.ruleId ?? '')}" data-ernst="${f.severity}" data-plaats="${f.range.start.offset * 1000 + i}"><td class="${cellClass()}" data-kop="Plaats">${esc(place(f))}</td><td class="${cellClass()}" data-kop="Ernst"><span class="ernst ernst--${f.severity}">${SEVERITY_LABEL[f.severity]}</span></td><td class="${cellClass()}" data-kop="Regel">${url ? link(url, esc(f.ruleId ?? '')) : esc(f.ruleId ?? '')}</td><td class="${cellClass()}">${esc(f.reason)}${suggestion ? `<br><span class="voorstel">Voorstel: ${esc(suggestion)}</span>` : ''}</td><td class="${cellClass()} fragment" data-kop="Tekst">${fragment(f)}</td></tr>`
    })
    .join('')
  return `${filters}<div class="tabel-rol"><table class="utrecht-table utrecht-table--html-table bevindingen" id="${tableId}"><caption class="utrecht-table__caption">Meldingen in ${esc(view.path)}</caption><thead class="utrecht-table__header"><tr class="utrecht-table__row"><th scope="col" class="${headClass()}" data-sorteer="plaats">Plaats</th><th scope="col" class="${headClass()}" data-sorteer="ernst">Ernst</th><th scope="col" class="${headClass()}" data-sorteer="regel">Regel</th><th scope="col" class="${headClass()}">Melding en voorstel</th><th scope="col" class="${headClass()}">Tekst</th></tr></thead><tbody class="utrecht-table__body">${rows}</tbody></table></div>`
}

function templateSection(view: FileView): string {
  const {result, id, path} = view
  const m = result.metrics
  const out: string[] = [h(2, esc(path), id)]
  out.push(
    p(
      `${result.isLetter ? 'Brief' : 'Tekst'} (${esc(result.format)}${result.lang === 'en' ? ', Engels' : ''}) · ${count(m.words, 'woord', 'woorden')} · ${count(m.sentences, 'zin', 'zinnen')} · ${count(m.paragraphs, 'alinea', 'alinea’s')} · ${count(result.findings.length, 'melding', 'meldingen')}`,
      'samenvatting',
    ),
  )
  out.push(h(3, `Geschat taalniveau: ${esc(levelLabel(m.level.level))}`, `${id}-niveau`))
  out.push(
    `<ul class="utrecht-unordered-list">${m.level.reasons.map((r) => `<li class="utrecht-unordered-list__item">${esc(r)}</li>`).join('')}</ul>`,
  )
  out.push(
    table(
      'Cijfers',
      ['Maat', 'Waarde'],
      [
        ['Woorden per zin (gemiddeld)', num(m.wordsPerSentence, 1)],
        ['Lettergrepen per woord', num(m.syllablesPerWord, 1)],
        ['Flesch-Douma (hoger is makkelijker)', num(m.fleschDouma, 1)],
        ['Leesindex Brouwer (hoger is makkelijker)', num(m.brouwer, 1)],
        ['Lange zinnen', percent(m.longSentenceShare)],
        ['Weinig gebruikte woorden', percent(m.rareWordShare)],
        [
          'Zinnen in de lijdende vorm',
          m.passiveShare === undefined ? '–' : percent(m.passiveShare),
        ],
      ],
      {numeric: [1], rowHeader: true, className: 'cijfers'},
    ),
  )
  out.push(h(3, 'Zinslengte', `${id}-zinnen`))
  out.push(
    m.perSentence.length
      ? sentenceStrip({
          id: `${id}-strook`,
          lengths: m.perSentence.map((s) => ({words: s.words, long: s.long})),
          // The core counts a sentence as long above 20 words (metrics/index.ts).
          limit: 20,
        })
      : p('Geen zinnen.'),
  )
  out.push(h(3, 'Tekst met meldingen', `${id}-tekst`))
  out.push(
    p(
      'Gemarkeerde woorden hebben een melding: ga erop staan of ga er met Tab naartoe om de melding en het voorstel te zien. Een label zoals <span class="vondst-punt vondst--info voorbeeld">lange-zin</span> staat aan het begin van een melding over een hele zin of alinea. Persoonsgegevens zijn vervangen door •••.',
      'toelichting',
    ),
  )
  out.push(
    `<div class="brieftekst">${highlightedText(result, personalData(result), `${id}-v`)}</div>`,
  )
  out.push(h(3, `Meldingen (${num(result.findings.length)})`, `${id}-meldingen`))
  out.push(result.findings.length ? findingsTable(view) : p('Geen meldingen.'))
  return `<section class="sjabloon" aria-labelledby="${id}">${out.join('\n')}</section>`
}

function aboutSection(views: readonly FileView[], options: ReportOptions): string {
  const rules = [...options.rules].sort((a, b) => (a.id < b.id ? -1 : 1))
  // Sources run from the most general to the most specific: the last preset is the one chosen.
  const preset =
    [...options.configSources].reverse().find((s) => s.startsWith('duidelijk:')) ??
    'duidelijk:aanbevolen'
  const privacyNote =
    'Persoonsgegevens (zoals BSN, IBAN, telefoonnummers en e-mailadressen) zijn gemaskeerd, ook als de regel persoonsgegevens uit staat. Dit bestand haalt niets van internet op.'
  return `<section aria-labelledby="over">${h(2, 'Over dit rapport', 'over')}<ul class="utrecht-unordered-list"><li class="utrecht-unordered-list__item">Gemaakt op ${esc(dutchDate(options.date, options.timeZone))} met duidelijk ${esc(options.version)}.</li><li class="utrecht-unordered-list__item">Preset: <code>${esc(preset)}</code>.</li><li class="utrecht-unordered-list__item">Configuratie: ${options.configSources.length ? options.configSources.map((s) => `<code>${esc(s)}</code>`).join(', ') : 'standaard (duidelijk:aanbevolen)'}; streefniveau ${esc(options.targetLevel)}.</li><li class="utrecht-unordered-list__item">${count(views.length, 'bestand', 'bestanden')}; paden zijn relatief aan de map waarin duidelijk draaide.</li><li class="utrecht-unordered-list__item">${privacyNote}</li></ul><details class="regels"><summary>Regels in deze configuratie (${num(rules.length)})</summary>${table(
    'Regels en hun ernst',
    ['Regel', 'Ernst', 'Wat'],
    rules.map((r) => [
      isSafeUrl(r.url) ? link(r.url, esc(r.id)) : esc(r.id),
      esc(SEVERITY_LABEL[r.severity as keyof typeof SEVERITY_LABEL] ?? r.severity),
      esc(r.description),
    ]),
    {rowHeader: true},
  )}</details></section>`
}

/**
 * The HTML report: one self-contained Dutch page (NL Design System look, inline SVG charts, no
 * requests: a Content-Security-Policy allows only its own style and script by hash and data:
 * images). Every piece of letter text is escaped and personal data is masked.
 */
export function renderReport(results: readonly CheckResult[], options: ReportOptions): string {
  const views: FileView[] = results.map((result, index) => {
    const path = (result.path ?? '<invoer>').split('\\').join('/')
    return {index, id: `sjabloon-${index + 1}`, path, result, figures: figuresOf(result, path)}
  })
  const css = `${REPORT_CSS}\n${themeCss(options.theme)}`
  const csp = [
    "default-src 'none'",
    `style-src ${cspHash(css)}`,
    `script-src ${cspHash(REPORT_SCRIPT)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  const theme = options.theme
  const organisation = theme?.name ? esc(theme.name) : 'duidelijk'
  const header = `<header class="utrecht-page-header kop"><div class="kop-inhoud">${theme?.logo ? `<img class="logo" src="${esc(theme.logo)}" alt="${theme.name ? `Logo ${esc(theme.name)}` : 'Logo'}">` : ''}<span class="organisatie">${organisation}</span></div></header>`
  const findings = results.reduce((n, r) => n + r.findings.length, 0)
  const summary = p(
    `${count(results.length, 'bestand', 'bestanden')} gecontroleerd op begrijpelijke taal, ${count(findings, 'melding', 'meldingen')}. Gemaakt op ${esc(dutchDate(options.date, options.timeZone))}.`,
    'utrecht-paragraph--lead',
  )
  const toc = `<nav aria-label="Inhoud"><ul class="inhoud"><li>${link('#over', 'Over dit rapport')}</li><li>${link('#overzicht', 'Overzicht')}</li>${options.previous ? `<li>${link('#ontwikkeling', 'Ontwikkeling')}</li>` : ''}<li>${link('#alle', 'Alle sjablonen')}</li></ul></nav>`
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="duidelijk ${esc(options.version)}">
<title>Rapport begrijpelijke brieven</title>
<style>${css}</style>
</head>
<body class="utrecht-document voorbeeld-theme">
<a class="utrecht-skip-link" href="#inhoud">Naar de inhoud</a>
${header}
<main class="utrecht-page-body inhoud-blok" id="inhoud">
${h(1, 'Rapport begrijpelijke brieven')}
${summary}
${toc}
${aboutSection(views, options)}
${overview(views, options)}
${trendSection(views, options)}
${views.map(templateSection).join('\n')}
</main>
<footer class="utrecht-page-footer voet"><p class="utrecht-paragraph">Gemaakt met duidelijk ${esc(options.version)}, open source (EUPL-1.2). Het taalniveau is een indicatie, geen oordeel.</p></footer>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`
}
