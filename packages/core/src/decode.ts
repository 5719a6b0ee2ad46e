import {DuidelijkError} from './errors.js'

/** Supported text encodings for byte input. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'iso-8859-1' | 'windows-1252'

/**
 * Decode bytes to text: strips a BOM (UTF-8, UTF-16), refuses binary data and invalid UTF-8 with
 * a clear error unless another encoding is named.
 */
export function decodeText(
  bytes: Uint8Array,
  encoding: Encoding | undefined,
  path?: string,
): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    // UTF-16 without a BOM is half NUL bytes: the binary check would refuse it.
    return new TextDecoder(encoding).decode(bytes)
  }
  if (looksBinary(bytes)) {
    throw new DuidelijkError(
      'binary',
      'dit is geen tekstbestand (binaire gegevens gevonden). Controleer of u het juiste bestand opgeeft.',
      path,
    )
  }
  const name = encoding ?? 'utf-8'
  if (name === 'utf-8') {
    try {
      return new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
    } catch {
      const at = Math.max(0, firstInvalidUtf8(bytes))
      throw new DuidelijkError(
        'encoding',
        `dit bestand is geen geldige UTF-8 (ongeldige byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase()} op positie ${at}). Sla het op als UTF-8, of geef de tekenset op (bijvoorbeeld windows-1252).`,
        path,
      )
    }
  }
  return decodeWindows1252(bytes)
}

/**
 * Windows-1252 for bytes 0x80–0x9F (€, curly quotes, dashes); the positions it leaves unassigned
 * keep their Latin-1 value, as in the WHATWG encoding standard.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/**
 * Node's TextDecoder decodes "windows-1252" as Latin-1 (U+0080–U+009F control characters), which
 * would lose the euro sign and the curly apostrophe of "’s avonds"; Latin-1 files are read the
 * same way, as browsers do.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!)
}

/**
 * Encode text back into the bytes of `encoding`: the exact inverse of `decodeText` (the same
 * Windows-1252 table, its five unassigned positions kept as Latin-1), without a BOM. Returns the
 * index of the first character the encoding cannot hold instead of bytes when there is one.
 */
export function encodeText(
  text: string,
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252',
): Uint8Array | {unencodable: number} {
  if (encoding === 'utf-8') {
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text)
    return lone ? {unencodable: lone.index} : new TextEncoder().encode(text)
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const bytes = new Uint8Array(text.length * 2)
    const [low, high] = encoding === 'utf-16le' ? [0, 1] : [1, 0]
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i)
      bytes[2 * i + low] = unit & 0xff
      bytes[2 * i + high] = unit >> 8
    }
    return bytes
  }
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const high = CP1252_HIGH.indexOf(text[i]!)
    if (high !== -1) bytes[i] = 0x80 + high
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code
    else return {unencodable: i}
  }
  return bytes
}

/** A NUL byte anywhere, or many control characters in the first 8 KB, mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const byte of sample) {
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++
  }
  return sample.length > 0 && control / sample.length > 0.1
}

/**
 * Offset of the first byte that breaks UTF-8 (RFC 3629): stray continuation bytes, overlong
 * forms (C0, C1, E0 80–9F, F0 80–8F), surrogates (ED A0–BF), code points above U+10FFFF and
 * sequences cut short.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const byte = bytes[i]!
    if (byte < 0x80) {
      i++
      continue
    }
    let length = 0
    let low = 0x80
    let high = 0xbf
    if (byte >= 0xc2 && byte <= 0xdf) length = 2
    else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3
      if (byte === 0xe0) low = 0xa0
      if (byte === 0xed) high = 0x9f
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4
      if (byte === 0xf0) low = 0x90
      if (byte === 0xf4) high = 0x8f
    }
    if (length === 0) return i
    const second = bytes[i + 1]
    if (second === undefined || second < low || second > high) return i
    for (let k = 2; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    }
    i += length
  }
  return -1
}
