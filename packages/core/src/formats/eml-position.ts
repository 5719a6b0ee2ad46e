import {lineIndexAt} from '../sourcemap.js'
import type {FileRange} from '../types.js'

/**
 * Positions in the raw .eml file for offsets in an e-mail Document's source ("Onderwerp: …", a
 * blank line and the decoded body of one part). The body is decoded again here with the raw byte
 * offset of every character: 7bit/8bit/binary parts byte for byte, quoted-printable through its
 * soft line breaks and =XX escapes. When that text is the one postal-mime gave (line ends aside),
 * each character has its exact line and column in the file; otherwise (base64, a part this reader
 * cannot find, a text postal-mime assembled from several parts) positions fall back to the first
 * line of the part, named in `place`. The subject maps the same way onto its `Subject:` header
 * unless it is MIME-encoded (=?…?=), then onto the header line.
 */

/**
 * Windows-1252 for U+0080–U+009F. Node's TextDecoder (used by postal-mime) decodes windows-1252,
 * iso-8859-1 and unknown charsets as Latin-1, which turns € and curly quotes into invisible control
 * characters; mail programs, like browsers, mean Windows-1252. Same table as decode.ts.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'
export const windows1252 = (text: string) =>
  text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!)

/** A decoded character's bytes in the raw file: [start, end). */
type Span = [number, number]

interface RawPart {
  /** Lower-cased content type, e.g. "text/html". */
  type: string
  charset: string
  encoding: string
  attachment: boolean
  /** Byte offsets of the part's headers and of its body in the file. */
  headerStart: number
  bodyStart: number
  bodyEnd: number
}

const MAX_DEPTH = 50

/** Header block of a part: unfolded header values by lower-cased name, and where it ends. */
function headersOf(raw: string, from: number, to: number) {
  const blank = /\r?\n\r?\n/g
  blank.lastIndex = from
  const match = blank.exec(raw)
  const end = match && match.index < to ? match.index : to
  const bodyStart = match && match.index < to ? match.index + match[0].length : to
  const headers = new Map<string, {value: string; start: number}>()
  const lines = /[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/g
  lines.lastIndex = from
  while (lines.lastIndex < end) {
    const line = lines.exec(raw)
    if (!line || line[0] === '') {
      lines.lastIndex += 1
      continue
    }
    const colon = line[0].indexOf(':')
    const name = colon > 0 ? line[0].slice(0, colon).trim().toLowerCase() : ''
    if (name && !headers.has(name)) {
      headers.set(name, {value: line[0].slice(colon + 1), start: line.index})
    }
    lines.lastIndex = line.index + line[0].length
  }
  return {headers, bodyStart}
}

const param = (value: string, name: string) =>
  new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^\\s;]+))`, 'i')
    .exec(value)
    ?.slice(1)
    .find(Boolean)

/** The leaf parts of the message, in file order (multipart split on its boundaries). */
function partsOf(raw: string, from: number, to: number, depth = 0): RawPart[] {
  const {headers, bodyStart} = headersOf(raw, from, to)
  const contentType = headers.get('content-type')?.value ?? 'text/plain'
  const type = contentType.split(';')[0]!.trim().toLowerCase()
  const boundary = param(contentType, 'boundary')
  if (type.startsWith('multipart/') && boundary && depth < MAX_DEPTH) {
    const parts: RawPart[] = []
    const delimiter = new RegExp(
      `(?:^|\\r?\\n)--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(--)?[ \\t]*(?:\\r?\\n|$)`,
      'g',
    )
    delimiter.lastIndex = bodyStart
    let start = -1
    for (let m = delimiter.exec(raw); m && m.index < to; m = delimiter.exec(raw)) {
      if (start !== -1) parts.push(...partsOf(raw, start, m.index, depth + 1))
      if (m[1]) break
      start = m.index + m[0].length
    }
    return parts
  }
  return [
    {
      type,
      charset: (param(contentType, 'charset') ?? 'utf-8').toLowerCase(),
      encoding: (headers.get('content-transfer-encoding')?.value ?? '7bit').trim().toLowerCase(),
      attachment: /^\s*attachment/i.test(headers.get('content-disposition')?.value ?? ''),
      headerStart: from,
      bodyStart,
      bodyEnd: to,
    },
  ]
}

/** Bytes with the raw offsets they come from: quoted-printable decoded, else as they are. */
function transferDecode(bytes: Uint8Array, part: RawPart): {bytes: number[]; from: Span[]} {
  const out: number[] = []
  const from: Span[] = []
  const qp = part.encoding === 'quoted-printable'
  const hex = (b: number) => (b >= 48 && b <= 57) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102)
  for (let i = part.bodyStart; i < part.bodyEnd; i++) {
    const b = bytes[i]!
    if (qp && b === 61 /* = */) {
      if (bytes[i + 1] === 13 && bytes[i + 2] === 10) {
        i += 2
        continue
      }
      if (bytes[i + 1] === 10) {
        i += 1
        continue
      }
      if (hex(bytes[i + 1] ?? 0) && hex(bytes[i + 2] ?? 0)) {
        out.push(parseInt(String.fromCharCode(bytes[i + 1]!, bytes[i + 2]!), 16))
        from.push([i, i + 3])
        i += 2
        continue
      }
    }
    out.push(b)
    from.push([i, i + 1])
  }
  return {bytes: out, from}
}

/** UTF-16 text of decoded bytes with the raw span of each code unit. */
function charsetDecode(decoded: {bytes: number[]; from: Span[]}, charset: string) {
  const utf8 = charset === 'utf-8' || charset === 'utf8' || charset === 'us-ascii'
  const decoder = new TextDecoder(utf8 ? 'utf-8' : 'latin1')
  let text = ''
  const spans: Span[] = []
  const {bytes, from} = decoded
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!
    const length = !utf8 || lead < 0xc0 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4
    const chunk = windows1252(decoder.decode(Uint8Array.from(bytes.slice(i, i + length))))
    const span: Span = [from[i]![0], from[Math.min(i + length, bytes.length) - 1]![1]]
    for (let k = 0; k < chunk.length; k++) spans.push(span)
    text += chunk
    i += length
  }
  return {text, spans}
}

/**
 * Raw spans for each code unit of `wanted`, when the decoded part is the same text apart from
 * carriage returns and a trailing line end; else undefined.
 */
function align(wanted: string, decoded: {text: string; spans: Span[]}): Span[] | undefined {
  const ours: Span[] = []
  let oursText = ''
  for (let i = 0; i < decoded.text.length; i++) {
    if (decoded.text[i] === '\r' && decoded.text[i + 1] === '\n') continue
    oursText += decoded.text[i]
    ours.push(decoded.spans[i]!)
  }
  const stripped = wanted.replace(/\r\n/g, '\n')
  if (oursText.trimEnd() !== stripped.trimEnd()) return undefined
  const result: Span[] = []
  let k = 0
  for (let j = 0; j < wanted.length; j++) {
    if (wanted[j] === '\r' && wanted[j + 1] === '\n') {
      result.push(ours[k] ?? ours.at(-1)!)
      continue
    }
    result.push(ours[k] ?? ours.at(-1)!)
    k++
  }
  return result
}

/** The subject's characters on its (unencoded, possibly folded) Subject: header. */
function subjectSpans(raw: string, bytes: Uint8Array, subject: string): Span[] | undefined {
  const header = headersOf(raw, 0, raw.length).headers.get('subject')
  if (!header || header.value.includes('=?')) return undefined
  const valueStart = header.start + raw.slice(header.start).indexOf(':') + 1
  const part: RawPart = {
    type: 'text/plain',
    charset: 'utf-8',
    encoding: '8bit',
    attachment: false,
    headerStart: header.start,
    bodyStart: valueStart,
    bodyEnd: valueStart + header.value.length,
  }
  const decoded = charsetDecode(transferDecode(bytes, part), 'utf-8')
  // Unfold and collapse white space as the loader does, keeping the first character's span.
  let text = ''
  const spans: Span[] = []
  for (let i = 0; i < decoded.text.length; i++) {
    if (/\s/.test(decoded.text[i]!)) {
      if (text.endsWith(' ') || text === '') continue
      text += ' '
    } else text += decoded.text[i]
    spans.push(decoded.spans[i]!)
  }
  if (text.endsWith(' ')) spans.pop()
  return text.trimEnd() === subject ? spans : undefined
}

/** Line and column (1-based; columns in characters of the line as UTF-8) of a byte offset. */
function pointAt(
  bytes: Uint8Array,
  lineStarts: number[],
  offset: number,
): {line: number; column: number} {
  const lo = lineIndexAt(lineStarts, offset)
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStarts[lo]!, offset))
  return {line: lo + 1, column: prefix.length + 1}
}

/**
 * The `fileRange` of an e-mail Document. `prefix` is the "Onderwerp: …\n\n" in front of the body
 * in the source (empty without a subject), `body` the decoded body of the checked part `type`.
 */
export function emlFileRange(
  bytes: Uint8Array,
  options: {subject: string; prefix: string; body: string; type: string | undefined},
): (start: number, end: number) => FileRange {
  const raw = new TextDecoder('latin1').decode(bytes)
  const lineStarts = [0]
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) lineStarts.push(i + 1)
  const point = (offset: number) => pointAt(bytes, lineStarts, offset)
  const parts = options.type ? partsOf(raw, 0, raw.length) : []
  const part = parts.find((p) => p.type === options.type && !p.attachment)
  const bodySpans =
    part && ['7bit', '8bit', 'binary', 'quoted-printable'].includes(part.encoding)
      ? align(options.body, charsetDecode(transferDecode(bytes, part), part.charset))
      : undefined
  const subjectHeader = headersOf(raw, 0, raw.length).headers.get('subject')
  const label = 'Onderwerp: '
  const subject = options.subject ? subjectSpans(raw, bytes, options.subject) : undefined
  const partPlace = part
    ? `deel ${part.type}${part.encoding === 'base64' ? ' (base64)' : ''}`
    : `deel ${options.type ?? 'tekst'}`
  const fallback = (inSubject: boolean): FileRange => {
    const at = inSubject ? point(subjectHeader?.start ?? 0) : point(part ? part.bodyStart : 0)
    return {start: at, end: at, exact: false, place: inSubject ? 'onderwerp' : partPlace}
  }
  return (start, end) => {
    const inSubject = start < options.prefix.length
    const spans = inSubject ? subject : bodySpans
    const base = inSubject ? label.length : options.prefix.length
    const from = spans?.[start - base]
    const last = end > start ? spans?.[end - 1 - base] : from
    if (!spans || !from || !last || (inSubject && end > options.prefix.length)) {
      return fallback(inSubject)
    }
    return {start: point(from[0]), end: point(end > start ? last[1] : from[0]), exact: true}
  }
}
