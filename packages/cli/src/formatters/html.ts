import type {CheckResult, Finding} from '@duidelijk/core'
import type {FormatterContext} from './context.js'

const LABEL = {error: 'fout', warning: 'waarschuwing', info: 'info'} as const

function escape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

const nl = (value: number, digits = 1) => value.toFixed(digits).replace('.', ',')

/** The source line of a finding with the range marked; nothing for personal data. */
function excerpt(result: CheckResult, finding: Finding): string {
  if (finding.sensitive)
    return '<span class="verborgen">(tekst niet getoond: persoonsgegevens)</span>'
  const source = result.document.source
  const lineStart = source.lastIndexOf('\n', finding.range.start.offset - 1) + 1
  let lineEnd = source.indexOf('\n', finding.range.start.offset)
  if (lineEnd === -1) lineEnd = source.length
  const end = Math.min(finding.range.end.offset, lineEnd)
  const from = Math.max(lineStart, finding.range.start.offset - 80)
  const to = Math.min(lineEnd, end + 80)
  return `${from > lineStart ? '…' : ''}${escape(source.slice(from, finding.range.start.offset))}<mark>${escape(source.slice(finding.range.start.offset, end))}</mark>${escape(source.slice(end, to))}${to < lineEnd ? '…' : ''}`
}

function findingRow(result: CheckResult, f: Finding, context: FormatterContext): string {
  const rule = context.rules.find((r) => r.id === f.ruleId)
  const expected =
    f.expected?.length && !f.sensitive
      ? `<div class="voorstel">Voorstel: ${f.expected
          .slice(0, 3)
          .map((e) => `<q>${escape(e || '(weglaten)')}</q>`)
          .join(' of ')}</div>`
      : ''
  return `<tr class="${f.severity}"><td>${f.range.start.line}:${f.range.start.column}</td><td><span class="ernst">${LABEL[f.severity]}</span></td><td>${escape(f.reason)}${expected}<div class="fragment">${excerpt(result, f)}</div></td><td><a href="${escape(rule?.url ?? f.url ?? '#')}">${escape(f.ruleId ?? '')}</a></td></tr>`
}

/**
 * A self-contained HTML report in Dutch for communication teams: an overview of all files with
 * their reading level, then the findings per file, grouped by the config's rule groups (the
 * Dronten profile: Verbinding, Vakmanschap, Vertrouwen). No external assets, no scripts; personal
 * data is never shown.
 */
export function html(results: readonly CheckResult[], context: FormatterContext): string {
  const total = (severity: string) =>
    results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0)
  const overview = results
    .map((r, i) => {
      const m = r.metrics
      return `<tr><td><a href="#bestand-${i}">${escape(r.path ?? '<invoer>')}</a></td><td>${escape(m.level.level)}</td><td>${nl(m.fleschDouma)}</td><td>${nl(m.wordsPerSentence)}</td><td>${r.findings.filter((f) => f.severity === 'error').length}</td><td>${r.findings.filter((f) => f.severity === 'warning').length}</td><td>${r.findings.filter((f) => f.severity === 'info').length}</td></tr>`
    })
    .join('\n')
  const files = results
    .map((r, i) => {
      const m = r.metrics
      const groups = Object.entries(context.groupsFor?.(r.path) ?? context.groups ?? {})
      const sections: string[] = []
      const placed = new Set<Finding>()
      for (const [, group] of groups) {
        const own = r.findings.filter((f) => group.rules.includes(f.ruleId ?? ''))
        own.forEach((f) => placed.add(f))
        sections.push(
          `<h3>${escape(group.label)} <small>(${own.length})</small></h3>${group.description ? `<p class="uitleg">${escape(group.description)}</p>` : ''}${own.length ? `<table><tbody>${own.map((f) => findingRow(r, f, context)).join('')}</tbody></table>` : '<p>Geen meldingen.</p>'}`,
        )
      }
      const rest = r.findings.filter((f) => !placed.has(f))
      if (rest.length) {
        sections.push(
          `${groups.length ? '<h3>Overige meldingen</h3>' : ''}<table><tbody>${rest.map((f) => findingRow(r, f, context)).join('')}</tbody></table>`,
        )
      }
      if (r.findings.length === 0) sections.push('<p>Geen meldingen.</p>')
      return `<section id="bestand-${i}"><h2>${escape(r.path ?? '<invoer>')}</h2>
<p class="cijfers">Geschat taalniveau (indicatie): <strong>${escape(m.level.level)}</strong> · ${m.words} woorden, ${m.sentences} zinnen · gemiddeld ${nl(m.wordsPerSentence)} woorden per zin · Flesch-Douma ${nl(m.fleschDouma)} · Leesindex Brouwer ${nl(m.brouwer)}</p>
<ul class="redenen">${m.level.reasons.map((reason) => `<li>${escape(reason)}</li>`).join('')}</ul>
${sections.join('\n')}</section>`
    })
    .join('\n')
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>duidelijk — rapport</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b;line-height:1.5}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}
tr.error .ernst{color:#a00}tr.warning .ernst{color:#8a5a00}tr.info .ernst{color:#345}
mark{background:#ffe08a}.fragment{color:#444;font-size:.9em;margin-top:.2rem}.voorstel{margin-top:.2rem}.verborgen{font-style:italic}
.uitleg{color:#555;margin-top:-.4rem}small{font-weight:normal;color:#555}
</style>
</head>
<body>
<h1>Rapport: begrijpelijke brieven</h1>
<p>${results.length} bestand${results.length === 1 ? '' : 'en'} gecontroleerd · ${total('error')} fouten · ${total('warning')} waarschuwingen · ${total('info')} info. Het taalniveau is een indicatie op basis van zinslengte, woordlengte en woordgebruik; het is geen oordeel.</p>
<table><thead><tr><th>bestand</th><th>niveau</th><th>Flesch-Douma</th><th>woorden per zin</th><th>fouten</th><th>waarschuwingen</th><th>info</th></tr></thead><tbody>
${overview}
</tbody></table>
${files}
</body>
</html>
`
}
