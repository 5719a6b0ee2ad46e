import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {DocumentBuilder} from './builder.js'

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/y
/** Characters a Markdown backslash escapes (CommonMark: ASCII punctuation). */
const ESCAPABLE = /[!-/:-@[-`{-~]/
/** A tag or comment the HTML parser dropped from a text (a stray `</a>` or `</b>`). */
const DROPPED_TAG = /<\/[A-Za-z][^>]*>|<[A-Za-z][^<>]*>|<!--[\s\S]*?-->/y

/**
 * How a parser turned source characters into a text value:
 * - `html`: character references decoded, CRLF read as LF, a stray end tag inside a text left out;
 * - `markdown`: also backslash escapes, and the container prefix of a continued line (indentation,
 *   `>` of a block quote) and white space before a line end left out of the value;
 * - `markdown-alt`: an image's alt text, also without the emphasis, code and link markup of its
 *   label (`![reeds **eerder**](x.png)` has the alt text `reeds eerder`).
 */
export type AlignMode = 'html' | 'markdown' | 'markdown-alt'

/**
 * Append a parsed text value that stands at `start..end` of the source with a per-character source
 * map (issue #19): runs of characters that are the same in the source become linear segments; an
 * entity, escape or CRLF becomes a segment of its own (one character for the whole construct);
 * source characters the parser left out (a list item's indentation, `> `) map to no text at all,
 * so a range across them never reads back as the text and gets no fix. Where value and source stop
 * lining up (a case not described above) the alignment re-synchronises on the next equal source
 * character and marks the segments from there on approximate (no fix; see `Locator.coarse`); when
 * there is none, the rest of the value maps to the rest of the stretch as a whole.
 */
export function appendAligned(
  builder: DocumentBuilder,
  source: string,
  value: string,
  start: number,
  end: number,
  mode: AlignMode,
): void {
  if (source.slice(start, end) === value) {
    builder.append(value, start, end)
    return
  }
  let i = start
  let j = 0
  let runSource = start
  let runValue = 0
  /** Whether `i` is in the container prefix of a line (after a line end, before its text). */
  let linePrefix = false
  /** Set once the alignment had to re-synchronise: every later segment is approximate. */
  let approximate = false
  const flush = () => {
    if (j > runValue) builder.append(value.slice(runValue, j), runSource, i, approximate)
  }
  while (j < value.length && i < end) {
    const char = source[i]!
    const wanted = value[j]!
    const atom = atomAt(source, i, end, value, j, mode)
    if (atom) {
      flush()
      builder.append(value.slice(j, j + atom.produced), i, i + atom.taken, approximate)
      i += atom.taken
      j += atom.produced
      runSource = i
      runValue = j
      linePrefix = false
      continue
    }
    if (char === wanted) {
      i++
      j++
      linePrefix = char === '\n'
      continue
    }
    const skippable =
      mode !== 'html' &&
      (char === ' ' ||
        (mode === 'markdown-alt' && '*_~`[]'.includes(char)) ||
        char === '\t' ||
        (char === '\r' && source[i + 1] === '\n' && wanted === '\n') ||
        (linePrefix && char === '>'))
    let skip = skippable ? 1 : 0
    if (mode === 'html' && char === '<') {
      DROPPED_TAG.lastIndex = i
      skip = DROPPED_TAG.exec(source)?.[0].length ?? 0
      if (i + skip > end) skip = 0
    }
    if (skip === 0) {
      // A case not described above (a nested image in an alt text, a malformed tag): skip to the
      // next source character equal to the wanted one. One forward search per step: linear.
      const next = source.indexOf(wanted, i + 1)
      if (next === -1 || next >= end) break
      skip = next - i
      approximate = true
    }
    flush()
    i += skip
    runSource = i
    runValue = j
  }
  flush()
  if (j < value.length) builder.append(value.slice(j), i, Math.max(i, end), true)
}

/**
 * A construct at source offset `i` that the parser turned into fewer characters of the value at
 * `j`: an entity, a Markdown escape, CRLF read as LF in HTML. Returns how many source characters
 * it takes and how many value characters it produces.
 */
function atomAt(
  source: string,
  i: number,
  end: number,
  value: string,
  j: number,
  mode: AlignMode,
): {taken: number; produced: number} | undefined {
  const char = source[i]
  if (char === '&') {
    ENTITY.lastIndex = i
    const match = ENTITY.exec(source)
    // CommonMark only reads a reference that ends in `;`; HTML also the legacy ones without.
    if (match && i + match[0].length <= end && (mode === 'html' || match[0].endsWith(';'))) {
      const decoded = decodeEntity(match)
      if (decoded !== undefined && value.startsWith(decoded, j))
        return {taken: match[0].length, produced: decoded.length}
    }
    return undefined
  }
  if (
    mode !== 'html' &&
    char === '\\' &&
    i + 1 < end &&
    ESCAPABLE.test(source[i + 1]!) &&
    value[j] === source[i + 1]
  )
    return {taken: 2, produced: 1}
  if (
    mode === 'html' &&
    char === '\r' &&
    source[i + 1] === '\n' &&
    value[j] === '\n' &&
    i + 1 < end
  )
    return {taken: 2, produced: 1}
  return undefined
}

function decodeEntity(match: RegExpExecArray): string | undefined {
  if (match[1]) return codePoint(Number(match[1]))
  if (match[2]) return codePoint(Number.parseInt(match[2], 16))
  const named = decodeNamedCharacterReference(match[3]!)
  return named === false ? undefined : named
}

function codePoint(value: number): string | undefined {
  return value > 0x10ffff ? undefined : String.fromCodePoint(value)
}
