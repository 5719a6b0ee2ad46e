import {redactAnalysedText, type CheckResult, type Finding, type Segment} from '@duidelijk/core'
import {esc, SEVERITY_LABEL, SEVERITY_RANK} from './dutch.js'
import type {SourceSpan} from './redact.js'

/** Findings longer than this (or across lines) get a marker at their start, not a highlight. */
const LONG = 40
/** Rules about a whole sentence or letter part: always a marker, even on a short sentence. */
const WHOLE = new Set([
  'lange-zin',
  'lange-alinea',
  'aanhef',
  'afsluiting',
  'actie',
  'bezwaarclausule',
  'klachtafhandeling',
  'contactgegevens',
])

/** Map a source offset to an offset in the analysed text through the document's segments. */
export function sourceToText(segments: readonly Segment[], offset: number, textLength: number) {
  if (segments.length === 0) return Math.min(offset, textLength)
  let lo = 0
  let hi = segments.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (segments[mid]!.sourceStart <= offset) lo = mid
    else hi = mid - 1
  }
  const segment = segments[lo]!
  if (offset < segment.sourceStart) return segment.textStart
  if (offset <= segment.sourceEnd)
    return Math.min(segment.textEnd, segment.textStart + (offset - segment.sourceStart))
  const next = segments[lo + 1]
  return next ? next.textStart : segment.textEnd
}

/** What a tooltip or table says about a finding: message and alternatives, personal data never. */
export function suggestionText(finding: Finding): string | undefined {
  if (finding.sensitive || finding.lazyExpected) return undefined
  const expected = (finding.expected ?? []).slice(0, 3)
  if (expected.length === 0) return undefined
  return expected.map((e) => (e === '' ? '(weglaten)' : `‘${e}’`)).join(' of ')
}

function tip(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const suggestion = suggestionText(f)
      return `<span class="tip-regel"><strong>${esc(f.ruleId ?? '')}</strong> (${SEVERITY_LABEL[f.severity]}): ${esc(f.reason)}${suggestion ? ` <em>Voorstel: ${esc(suggestion)}</em>` : ''}</span>`
    })
    .join('')
}

interface Cluster {
  start: number
  end: number
  findings: Finding[]
}

function worst(findings: readonly Finding[]): Finding['severity'] {
  return findings.reduce<Finding['severity']>(
    (w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w),
    'info',
  )
}

/**
 * The full text of a checked file as HTML: personal data masked, every character escaped, short
 * findings highlighted in place (overlapping ones together) and long ones (a whole sentence or
 * letter part) marked at their start. Each highlight can be reached with Tab and shows its
 * messages on focus or hover; screen readers get them as its description.
 */
export function highlightedText(
  result: CheckResult,
  personal: readonly SourceSpan[],
  idPrefix: string,
): string {
  const doc = result.document
  const text = doc.text
  const toText = (offset: number) => sourceToText(doc.segments, offset, text.length)
  // Core's redaction step: every stretch of text that maps into personal data is masked.
  const chars = redactAnalysedText(text, doc.segments, personal)
  const short: Cluster[] = []
  const points = new Map<number, Finding[]>()
  const ordered = result.findings
    .map((f) => ({f, start: toText(f.range.start.offset), end: toText(f.range.end.offset)}))
    .sort((a, b) => a.start - b.start || b.end - a.end)
  for (const {f, start, end} of ordered) {
    const whole = WHOLE.has(f.ruleId ?? '')
    if (!whole && end > start && end - start <= LONG && !text.slice(start, end).includes('\n')) {
      const last = short.at(-1)
      if (last && start < last.end) {
        last.end = Math.max(last.end, end)
        last.findings.push(f)
      } else short.push({start, end, findings: [f]})
    } else {
      const list = points.get(start) ?? []
      list.push(f)
      points.set(start, list)
    }
  }
  // A marker inside a highlight moves to the highlight's start, so elements never cross.
  for (const cluster of short) {
    for (const [at, list] of [...points]) {
      if (at > cluster.start && at < cluster.end) {
        points.delete(at)
        points.set(cluster.start, [...(points.get(cluster.start) ?? []), ...list])
      }
    }
  }
  let html = ''
  let at = 0
  let n = 0
  const marker = (list: Finding[]) => {
    const id = `${idPrefix}-${n++}`
    const severity = worst(list)
    return `<span class="vondst-punt vondst--${severity}" tabindex="0" aria-describedby="${id}"><span class="visueel-verborgen">Melding: </span>${esc(list.map((f) => f.ruleId ?? '').join(', '))}</span><span class="tip" role="tooltip" id="${id}">${tip(list)}</span>`
  }
  const boundaries = [...new Set([...points.keys(), ...short.map((c) => c.start)])].sort(
    (a, b) => a - b,
  )
  let clusterIndex = 0
  for (const boundary of boundaries) {
    if (boundary < at) continue
    html += esc(chars.slice(at, boundary))
    at = boundary
    const pointList = points.get(boundary)
    if (pointList) html += marker(pointList)
    while (clusterIndex < short.length && short[clusterIndex]!.start < boundary) clusterIndex++
    const cluster = short[clusterIndex]
    if (cluster && cluster.start === boundary) {
      const id = `${idPrefix}-${n++}`
      html += `<mark class="vondst vondst--${worst(cluster.findings)}" tabindex="0" aria-describedby="${id}">${esc(chars.slice(cluster.start, cluster.end))}</mark><span class="tip" role="tooltip" id="${id}">${tip(cluster.findings)}</span>`
      at = cluster.end
      clusterIndex++
    }
  }
  html += esc(chars.slice(at))
  return html
}
