import {DuidelijkError} from '../errors.js'
import type {Document, Format} from '../types.js'
import {loadDocx} from './docx.js'
import {loadHtml} from './html.js'
import {loadOdt} from './odt.js'
import {loadMarkdown} from './md.js'
import {loadText} from './txt.js'

/** File extensions per format. */
export const FORMAT_EXTENSIONS: Record<Format, readonly string[]> = {
  txt: ['.txt', '.text'],
  md: ['.md', '.markdown', '.mdx'],
  html: ['.html', '.htm', '.xhtml'],
  eml: ['.eml'],
  docx: ['.docx'],
  odt: ['.odt'],
}

/** The format of a path by its extension, if known. */
export function formatFromPath(path: string | undefined): Format | undefined {
  if (!path) return undefined
  const lower = path.toLowerCase()
  for (const [format, extensions] of Object.entries(FORMAT_EXTENSIONS)) {
    if (extensions.some((ext) => lower.endsWith(ext))) return format as Format
  }
  return undefined
}

/**
 * Recognise the format from the first bytes when the extension says nothing: a zip archive is a
 * Word or OpenDocument file, MIME headers are an e-mail, markup is HTML; otherwise plain text.
 */
export function sniffFormat(bytes: Uint8Array | undefined, text: string | undefined): Format {
  if (bytes && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    // An OpenDocument zip names its type in the first, uncompressed entry "mimetype".
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 120))
    return head.includes('application/vnd.oasis.opendocument.text') ? 'odt' : 'docx'
  }
  const head = (text ?? (bytes ? new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)) : ''))
    .replace(/^\ufeff/, '')
    .trimStart()
    .slice(0, 2048)
  if (/^(?:<!doctype html|<html[\s>]|<body[\s>]|<p[\s>]|<div[\s>]|<table[\s>])/i.test(head))
    return 'html'
  if (
    /^(?:(?:from|to|subject|date|mime-version|message-id|received|return-path|content-type):[^\n]*\r?\n){2,}/i.test(
      head,
    )
  )
    return 'eml'
  return 'txt'
}

/** The format of an input: explicit, else by extension, else sniffed from the content. */
export function formatOf(input: {
  path?: string
  text?: string
  bytes?: Uint8Array
  format?: Format
}): Format {
  return input.format ?? formatFromPath(input.path) ?? sniffFormat(input.bytes, input.text)
}

/** Loaders that work on decoded text. */
const textLoaders: Partial<Record<Format, (source: string, path?: string) => Document>> = {
  txt: loadText,
  md: loadMarkdown,
  html: loadHtml,
}

/** Loaders that need the raw bytes (zip, MIME). */
const byteLoaders: Partial<Record<Format, (bytes: Uint8Array, path?: string) => Document>> = {
  docx: loadDocx,
  odt: loadOdt,
}

/** Register a loader (used by the input-format modules). */
export function registerLoader(
  format: Format,
  loader: {
    text?: (source: string, path?: string) => Document
    bytes?: (bytes: Uint8Array, path?: string) => Document
  },
): void {
  if (loader.text) textLoaders[format] = loader.text
  if (loader.bytes) byteLoaders[format] = loader.bytes
}

/** Turn input into a Document with the right loader. */
export function loadDocument(
  input: {path?: string; text?: string; bytes?: Uint8Array; format?: Format},
  decode: (bytes: Uint8Array) => string,
): Document {
  const format = formatOf(input)
  const byteLoader = byteLoaders[format]
  if (byteLoader && input.bytes) return byteLoader(input.bytes, input.path)
  const textLoader = textLoaders[format]
  if (format === 'eml') {
    throw new DuidelijkError(
      'format',
      'e-mails (.eml) worden gelezen met checker.checkAsync',
      input.path,
    )
  }
  if (!textLoader) {
    throw new DuidelijkError(
      'format',
      `het formaat "${format}" wordt (nog) niet ondersteund`,
      input.path,
    )
  }
  let source = input.text ?? (input.bytes ? decode(input.bytes) : '')
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1)
  return textLoader(source, input.path)
}
