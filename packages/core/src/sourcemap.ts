import type {Document, Point, Segment, SourceRange} from './types.js'

/** Maps analysed-text offsets to exact points in the original source. */
export interface Locator {
  /** Source offset of a text offset. `bias` says whether the offset starts or ends a range. */
  toSource(textOffset: number, bias: 'start' | 'end'): number
  /** Line/column of a source offset. */
  point(sourceOffset: number): Point
  /** Source range of a text range. */
  range(textStart: number, textEnd: number): SourceRange
  /**
   * Whether a text range touches a coarse segment: a stretch of text mapped to a stretch of
   * source as a whole, not character by character (a case the loader could not align).
   */
  coarse(textStart: number, textEnd: number): boolean
}

/**
 * Whether a segment maps as a whole: text and source lengths differ and the text is more than one
 * character (an entity or escape is one character, or one code point, for its whole construct).
 */
export function isCoarse(segment: Segment): boolean {
  if (segment.approximate) return true
  const length = segment.textEnd - segment.textStart
  if (length === segment.sourceEnd - segment.sourceStart || length <= 1) return false
  return length > 2 || segment.sourceEnd - segment.sourceStart < 2
}

/**
 * Line and column of an offset in a text (LF, CRLF and lone CR end a line), with the line index
 * built once. Loaders use it for the lines of inline directives.
 */
export function createPointLocator(source: string): (offset: number) => Point {
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) {
    const char = source.charCodeAt(i)
    if (char === 10) lineStarts.push(i + 1)
    else if (char === 13 && source.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1)
  }
  return (offset) => {
    const low = lineIndexAt(lineStarts, offset)
    return {line: low + 1, column: offset - lineStarts[low]! + 1, offset}
  }
}

/** The index of the line that holds `offset`: the last line start at or before it (binary search). */
export function lineIndexAt(lineStarts: readonly number[], offset: number): number {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (lineStarts[mid]! <= offset) low = mid
    else high = mid - 1
  }
  return low
}

/** Build a locator for a document (line index computed once). */
export function createLocator(document: Document): Locator {
  const {segments, source} = document
  const point = createPointLocator(source)

  const toSource = (offset: number, bias: 'start' | 'end'): number => {
    let low = 0
    let high = segments.length - 1
    // Last segment whose textStart <= offset (for an end bias: < offset, so an end at a
    // segment boundary stays in the earlier segment).
    let found = -1
    while (low <= high) {
      const mid = (low + high) >> 1
      const seg = segments[mid]!
      const before = bias === 'end' ? seg.textStart < offset : seg.textStart <= offset
      if (before) {
        found = mid
        low = mid + 1
      } else high = mid - 1
    }
    if (found === -1) return segments[0]?.sourceStart ?? 0
    const seg = segments[found]!
    if (offset >= seg.textEnd) return seg.sourceEnd
    const linear = seg.textEnd - seg.textStart === seg.sourceEnd - seg.sourceStart
    if (linear) return seg.sourceStart + (offset - seg.textStart)
    if (offset === seg.textStart) return seg.sourceStart
    return bias === 'end' ? seg.sourceEnd : seg.sourceStart
  }

  /** Index of the first segment that ends after a text offset. */
  const firstEndingAfter = (offset: number): number => {
    let low = 0
    let high = segments.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (segments[mid]!.textEnd <= offset) low = mid + 1
      else high = mid
    }
    return low
  }

  return {
    toSource,
    point,
    coarse(textStart, textEnd) {
      for (let i = firstEndingAfter(textStart); i < segments.length; i++) {
        const segment = segments[i]!
        if (segment.textStart >= textEnd) break
        if (isCoarse(segment)) return true
      }
      return false
    },
    range(textStart, textEnd) {
      const start = toSource(textStart, 'start')
      const end = Math.max(start, toSource(textEnd, 'end'))
      return {start: point(start), end: point(end)}
    },
  }
}
