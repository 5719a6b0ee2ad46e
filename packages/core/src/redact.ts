import type {Finding} from './finding.js'
import {findPersonalData, type PersonalDataOptions} from './nlp/personal-data.js'
import type {Locator} from './sourcemap.js'
import type {Document} from './types.js'

/** A stretch of the source that holds personal data (source offsets, end exclusive). */
export interface Redaction {
  start: number
  end: number
}

/** What stands in for each character of personal data in printed text. */
export const REDACTION_MARK = '•'

/**
 * Every stretch of personal data in a document, in source offsets, sorted and merged: what the
 * persoonsgegevens detector finds in the analysed units (mapped to the source) and in the whole
 * source (markup, e-mail headers and other text that is never analysed), whether or not the rule
 * is on. The organisation's own numbers and addresses are not personal data.
 */
export function findRedactions(
  document: Document,
  locator: Locator,
  options: PersonalDataOptions,
): Redaction[] {
  const spans: Redaction[] = []
  for (const unit of document.units) {
    const text = document.text.slice(unit.start, unit.end)
    for (const span of findPersonalData(text, options, {base: unit.start, emails: true})) {
      const start = locator.toSource(span.start, 'start')
      spans.push({start, end: Math.max(start, locator.toSource(span.end, 'end'))})
    }
  }
  if (document.source !== document.text || document.units.length === 0) {
    for (const span of findPersonalData(document.source, options, {emails: true}))
      spans.push({start: span.start, end: span.end})
  }
  return mergeRedactions(spans)
}

function mergeRedactions(spans: Redaction[]): Redaction[] {
  const merged: Redaction[] = []
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (span.end <= span.start) continue
    const last = merged.at(-1)
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({...span})
  }
  return merged
}

/** Replace every character of a stretch by the mark, keeping white space (lines stay lines). */
function mark(text: string): string {
  return text.replace(/\S/g, REDACTION_MARK)
}

/**
 * `text` with personal data masked, where `text` is the stretch of the source that starts at
 * `sourceOffset` (a source line, a code frame, a sentence). The length stays the same, so
 * columns and carets under it stay right.
 */
export function redactSource(
  text: string,
  sourceOffset: number,
  redactions: readonly Redaction[],
): string {
  const end = sourceOffset + text.length
  let out = ''
  let at = 0
  for (const span of redactions) {
    if (span.end <= sourceOffset) continue
    if (span.start >= end) break
    const from = Math.max(0, span.start - sourceOffset)
    const to = Math.min(text.length, span.end - sourceOffset)
    out += text.slice(at, from) + mark(text.slice(from, to))
    at = to
  }
  return at === 0 ? text : out + text.slice(at)
}

/** Separators people write inside numbers and that excerpts may change. */
const LOOSE = String.raw`[\s.\-()\/]*`

/**
 * A function that masks every occurrence of the document's personal data in any text (messages,
 * notes, excerpts that collapsed white space), whatever separators stand between the characters.
 */
export function valueRedactor(
  source: string,
  redactions: readonly Redaction[],
): (text: string) => string {
  const values = new Set<string>()
  for (const span of redactions) {
    const chars = [...source.slice(span.start, span.end)].filter((c) => !/[\s.\-()\/]/.test(c))
    if (chars.length >= 4)
      values.add(chars.map((c) => c.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join(LOOSE))
  }
  if (values.size === 0) return (text) => text
  // Longest first, so a value that contains another is masked whole.
  const pattern = new RegExp([...values].sort((a, b) => b.length - a.length).join('|'), 'giu')
  return (text) => text.replace(pattern, mark)
}

/**
 * Mask personal data in what the findings of a document print: the message, `actual`, the note
 * and a readable location's excerpt. A finding whose range touches personal data, or whose
 * replacement contains it, becomes `sensitive`: front ends never print its replacements.
 */
export function redactFindings(
  findings: readonly Finding[],
  source: string,
  redactions: readonly Redaction[],
): void {
  if (redactions.length === 0) return
  const byValue = valueRedactor(source, redactions)
  for (const finding of findings) {
    const {start, end} = finding.range
    const original = source.slice(start.offset, end.offset)
    const positional = redactSource(original, start.offset, redactions)
    const clean = (text: string) =>
      byValue(original && positional !== original ? text.split(original).join(positional) : text)
    if (
      redactions.some(
        (r) => r.start < Math.max(end.offset, start.offset + 1) && start.offset < r.end,
      )
    )
      finding.sensitive = true
    const reason = clean(finding.reason)
    if (reason !== finding.reason) {
      finding.reason = reason
      finding.message = reason
    }
    if (typeof finding.actual === 'string') finding.actual = clean(finding.actual)
    if (typeof finding.note === 'string') finding.note = clean(finding.note)
    if (finding.location?.excerpt)
      finding.location = {...finding.location, excerpt: byValue(finding.location.excerpt)}
    if (!finding.sensitive && !finding.lazyExpected && finding.expected?.length) {
      if (finding.expected.some((e) => byValue(e) !== e)) finding.sensitive = true
    }
  }
}

/** Anything that carries the redactions of a checked document (a `CheckResult`). */
export interface Redactable {
  redactions?: readonly Redaction[] | undefined
}

/**
 * Front ends call this for every piece of a document's source they print: `text` is the stretch
 * of the source starting at `sourceOffset`. Personal data in it is masked with `•`, keeping the
 * length.
 */
export function redact(result: Redactable, text: string, sourceOffset: number): string {
  return result.redactions?.length ? redactSource(text, sourceOffset, result.redactions) : text
}

/**
 * The analysed text of a document (`document.text`) with personal data masked: every stretch of
 * text that maps into a redacted stretch of the source. Segments are in text order, not source
 * order (an HTML title attribute is read after the body), so all of them are looked at.
 */
export function redactAnalysedText(
  text: string,
  segments: ReadonlyArray<{
    textStart: number
    textEnd: number
    sourceStart: number
    sourceEnd: number
  }>,
  redactions: readonly Redaction[],
): string {
  if (redactions.length === 0) return text
  const all = segments.length
    ? segments
    : [{textStart: 0, textEnd: text.length, sourceStart: 0, sourceEnd: text.length}]
  let out = text
  for (const span of redactions) {
    for (const seg of all) {
      if (seg.sourceEnd <= span.start || seg.sourceStart >= span.end) continue
      const linear = seg.textEnd - seg.textStart === seg.sourceEnd - seg.sourceStart
      const start = linear
        ? seg.textStart + Math.max(0, span.start - seg.sourceStart)
        : seg.textStart
      const end = linear
        ? seg.textStart + Math.min(seg.sourceEnd, span.end) - seg.sourceStart
        : seg.textEnd
      out = out.slice(0, start) + mark(out.slice(start, end)) + out.slice(end)
    }
  }
  return out
}
