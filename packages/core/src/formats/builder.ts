import type {Directive, Document, Format, MaskedRange, Segment, Unit, UnitKind} from '../types.js'
import {headingAbove} from './txt.js'

/** Units whose lines may hold a heading without a blank line below it (Markdown soft breaks). */
const LINE_SPLIT_KINDS: ReadonlySet<UnitKind> = new Set(['paragraph', 'listItem', 'quote'])

/**
 * Builds the analysed text of a document piece by piece, keeping the source map: loaders for
 * structured formats (Markdown, HTML, e-mail, Word) append text with its source offsets and open
 * and close units.
 */
export class DocumentBuilder {
  /**
   * The text so far: finished chunks plus the tail since the open unit started. Reading a
   * character of one long concatenated string flattens it each time, which made building a large
   * document quadratic; only the short tail is ever read.
   */
  private readonly chunks: string[] = []
  private chunksLength = 0
  private tail = ''
  private readonly segments: Segment[] = []
  private readonly units: Unit[] = []
  private readonly masked: MaskedRange[] = []
  readonly directives: Directive[] = []
  private unit: Unit | undefined
  /**
   * Split a unit at a line break below a heading-like line (issue #15): a Markdown paragraph
   * "**Afval scheiden**⏎U kunt uw afval …" is a heading and a sentence, not one long sentence.
   * See `headingAbove` in txt.ts for the test; set by loaders whose line breaks are the writer's.
   */
  splitHeadingLines = false

  /** Start a unit (closes an open one). */
  open(kind: UnitKind, depth?: number): void {
    this.close()
    if (this.length > 0) this.tail += '\n\n'
    this.chunks.push(this.tail)
    this.chunksLength += this.tail.length
    this.tail = ''
    this.unit = {kind, start: this.length, end: this.length}
    if (depth !== undefined) this.unit.depth = depth
  }

  /** Close the open unit; empty units are dropped. */
  close(): void {
    const unit = this.unit
    if (!unit) return
    unit.end = this.length
    // Units hold no leading or trailing white space (HTML indentation, line ends).
    const at = (offset: number) => this.tail[offset - this.chunksLength]!
    while (unit.start < unit.end && /\s/.test(at(unit.start))) unit.start++
    while (unit.end > unit.start && /\s/.test(at(unit.end - 1))) unit.end--
    if (unit.end > unit.start) this.units.push(...this.splitLines(unit))
    this.unit = undefined
  }

  /** The unit, split below heading-like lines when `splitHeadingLines` is on. */
  private splitLines(unit: Unit): Unit[] {
    if (!this.splitHeadingLines || !LINE_SPLIT_KINDS.has(unit.kind)) return [unit]
    const body = this.tail.slice(unit.start - this.chunksLength, unit.end - this.chunksLength)
    if (!body.includes('\n')) return [unit]
    const lines = body.split('\n')
    const longest = Math.max(...lines.map((line) => line.trim().length))
    const parts: Unit[] = []
    let start = 0
    let offset = 0
    for (let i = 0; i < lines.length - 1; i++) {
      offset += lines[i]!.length + 1
      if (!headingAbove(lines[i]!, lines[i + 1]!, longest)) continue
      parts.push(trimmed(unit, body, start, offset - 1))
      start = offset
    }
    parts.push(trimmed(unit, body, start, body.length))
    return parts.filter((part) => part.end > part.start)
  }

  /**
   * Append text that stands at `sourceStart..sourceEnd` in the source. When the lengths differ
   * (entities, escapes) the whole piece maps to the whole source stretch.
   */
  append(value: string, sourceStart: number, sourceEnd: number, approximate = false): void {
    if (value === '') return
    const textStart = this.length
    this.tail += value
    this.segments.push({
      textStart,
      textEnd: this.length,
      sourceStart,
      sourceEnd,
      ...(approximate ? {approximate: true as const} : {}),
    })
  }

  /** Append text that has no place in the source (a separator between inline pieces). */
  appendSynthetic(value: string): void {
    this.tail += value
  }

  private get length(): number {
    return this.chunksLength + this.tail.length
  }

  /** Append a masked piece (inline code, a placeholder field) that counts as one word. */
  appendMasked(
    kind: MaskedRange['kind'],
    value: string,
    sourceStart: number,
    sourceEnd: number,
  ): void {
    const start = this.length
    const shown = value.replace(/\s+/g, ' ') || 'x'
    this.append(shown, sourceStart, sourceEnd)
    this.masked.push({kind, start, end: this.length, value})
  }

  /** Whether the open unit has text yet. */
  get unitLength(): number {
    return this.unit ? this.length - this.unit.start : 0
  }

  /** Text of the open unit so far. */
  get currentText(): string {
    return this.unit ? this.tail.slice(this.unit.start - this.chunksLength) : ''
  }

  /**
   * Add the units of a document loaded from a stretch of this source (an HTML block inside
   * Markdown), keeping its source map, shifted by `sourceOffset`.
   */
  importDocument(document: Document, sourceOffset: number): void {
    this.close()
    for (const unit of document.units) {
      this.open(unit.kind, unit.depth)
      let at = unit.start
      for (const segment of document.segments) {
        if (segment.textEnd <= unit.start || segment.textStart >= unit.end) continue
        const from = Math.max(segment.textStart, unit.start)
        const to = Math.min(segment.textEnd, unit.end)
        if (from > at) this.appendSynthetic(document.text.slice(at, from))
        const linear =
          segment.textEnd - segment.textStart === segment.sourceEnd - segment.sourceStart
        const sourceStart = linear
          ? segment.sourceStart + (from - segment.textStart)
          : segment.sourceStart
        const sourceEnd = linear
          ? segment.sourceStart + (to - segment.textStart)
          : segment.sourceEnd
        const textStart = this.length
        this.append(
          document.text.slice(from, to),
          sourceStart + sourceOffset,
          sourceEnd + sourceOffset,
          segment.approximate,
        )
        for (const mask of document.masked) {
          if (mask.start >= from && mask.end <= to) {
            this.masked.push({
              ...mask,
              start: textStart + mask.start - from,
              end: textStart + mask.end - from,
            })
          }
        }
        at = to
      }
      if (unit.end > at) this.appendSynthetic(document.text.slice(at, unit.end))
      this.close()
    }
  }

  finish(init: {
    format: Format
    source: string
    path?: string | undefined
    meta?: Record<string, unknown>
    writable: boolean
    lang?: Document['lang']
  }): Document {
    this.close()
    return {
      format: init.format,
      source: init.source,
      text: this.chunks.join('') + this.tail,
      segments: this.segments,
      units: this.units,
      masked: this.masked,
      directives: this.directives,
      meta: init.meta ?? {},
      writable: init.writable,
      ...(init.path === undefined ? {} : {path: init.path}),
      ...(init.lang === undefined ? {} : {lang: init.lang}),
    }
  }
}

/** A part `from..to` of a unit's text `body`, without surrounding white space. */
function trimmed(unit: Unit, body: string, from: number, to: number): Unit {
  while (from < to && /\s/.test(body[from]!)) from++
  while (to > from && /\s/.test(body[to - 1]!)) to--
  return {...unit, start: unit.start + from, end: unit.start + to}
}
