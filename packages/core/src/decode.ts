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
      const at = firstInvalidUtf8(bytes)
      throw new DuidelijkError(
        'encoding',
        `dit bestand is geen geldige UTF-8 (ongeldige byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase()} op positie ${at}). Sla het op als UTF-8, of geef de tekenset op (bijvoorbeeld windows-1252).`,
        path,
      )
    }
  }
  return new TextDecoder(name === 'iso-8859-1' ? 'windows-1252' : name).decode(bytes)
}

/** NUL bytes or many control characters in the first 8 KB mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++
  }
  return sample.length > 0 && control / sample.length > 0.1
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const byte = bytes[i]!
    const length =
      byte < 0x80 ? 1 : byte >> 5 === 6 ? 2 : byte >> 4 === 14 ? 3 : byte >> 3 === 30 ? 4 : 0
    if (length === 0) return i
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    }
    i += length
  }
  return 0
}
