import {unzipSync} from 'fflate'
import {DuidelijkError} from '../errors.js'
import type {Document, Format, ReadableLocation, UnitKind} from '../types.js'
import {DocumentBuilder} from './builder.js'
import {redactSource} from '../redact.js'

/** Largest total size of the XML parts we unpack (protects against zip bombs). */
const MAX_UNPACKED = 64 * 1024 * 1024
const MAX_ENTRIES = 5000
/** Deepest XML nesting we follow (protects the parser; real documents stay far below). */
export const MAX_XML_DEPTH = 256

/** A paragraph of an office document: where it is, what kind of unit, and its text pieces. */
export interface OfficeParagraph {
  /** Readable location: "alinea 3", "tabel 1, cel 2", "koptekst". */
  label: string
  kind: UnitKind
  pieces: Array<{text: string; placeholder?: boolean}>
}

/**
 * Unpack the wanted XML parts of an office zip, refusing zip bombs (too many entries, too much
 * unpacked text) and broken archives with a clear Dutch error. `what` names the file kind.
 */
export function unzipOffice(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  what: string,
  path: string | undefined,
): Record<string, Uint8Array> {
  let total = 0
  let count = 0
  try {
    return unzipSync(bytes, {
      filter(file) {
        if (++count > MAX_ENTRIES)
          throw new DuidelijkError('format', `dit ${what} heeft te veel onderdelen`, path)
        if (!wanted(file.name)) return false
        total += file.originalSize
        if (total > MAX_UNPACKED) {
          throw new DuidelijkError(
            'format',
            `dit ${what} is uitgepakt te groot (meer dan 64 MB tekst); is het wel een gewone brief?`,
            path,
          )
        }
        return true
      },
    })
  } catch (error) {
    if (error instanceof DuidelijkError) throw error
    throw new DuidelijkError(
      'format',
      `dit is geen geldig ${what}: het zip-archief is beschadigd of onvolledig`,
      path,
    )
  }
}

const MERGE_FIELD = /«[^«»\n]{1,80}»/g

/**
 * The pieces without leading and trailing white space (the tab after a footnote number, spaces
 * before a line break), so the one-paragraph-per-line source holds only what is read.
 */
function trimPieces(pieces: OfficeParagraph['pieces']): OfficeParagraph['pieces'] {
  const result = pieces.filter((piece) => piece.text !== '')
  while (result.length > 0 && !result[0]!.placeholder && !result[0]!.text.trim()) result.shift()
  while (result.length > 0 && !result.at(-1)!.placeholder && !result.at(-1)!.text.trim())
    result.pop()
  if (result[0] && !result[0].placeholder)
    result[0] = {...result[0], text: result[0].text.trimStart()}
  const last = result.at(-1)
  if (last && !last.placeholder) result[result.length - 1] = {...last, text: last.text.trimEnd()}
  return result
}

/**
 * The Document of an office file: its source is the extracted text, one paragraph per line;
 * fields and typed «…» merge fields are placeholders; findings get a readable location and an
 * excerpt. Office files are never written.
 */
export function officeDocument(
  paragraphs: readonly OfficeParagraph[],
  format: Format,
  path: string | undefined,
  meta: Record<string, unknown> = {},
): Document {
  const builder = new DocumentBuilder()
  let source = ''
  const lines: Array<{start: number; end: number; label: string}> = []
  for (const paragraph of paragraphs) {
    if (source) source += '\n'
    const start = source.length
    builder.open(paragraph.kind)
    for (const piece of trimPieces(paragraph.pieces)) {
      const at = source.length
      source += piece.text
      if (piece.placeholder) {
        builder.appendMasked('placeholder', piece.text, at, source.length)
        continue
      }
      let last = 0
      for (const match of piece.text.matchAll(MERGE_FIELD)) {
        builder.append(piece.text.slice(last, match.index), at + last, at + match.index)
        builder.appendMasked(
          'placeholder',
          match[0],
          at + match.index,
          at + match.index + match[0].length,
        )
        last = match.index + match[0].length
      }
      builder.append(piece.text.slice(last), at + last, source.length)
    }
    builder.close()
    lines.push({start, end: source.length, label: paragraph.label})
  }
  const locate = (
    offset: number,
    redactions: ReadonlyArray<{start: number; end: number}> = [],
  ): ReadableLocation | undefined => {
    const line = lines.find((l) => l.start <= offset && offset <= l.end)
    if (!line) return undefined
    const text = source.slice(line.start, line.end)
    const relative = offset - line.start
    const from = Math.max(0, relative - 30)
    const shown = redactSource(text.slice(from, relative + 50), line.start + from, redactions)
    const excerpt = `${from > 0 ? '…' : ''}${shown}${relative + 50 < text.length ? '…' : ''}`
    return {label: line.label, excerpt}
  }
  return {...builder.finish({format, source, path, writable: false, meta}), locate}
}
