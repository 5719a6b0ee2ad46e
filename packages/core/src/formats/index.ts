import {DuidelijkError} from '../errors.js'
import type {Document, Format} from '../types.js'
import {loadDocx} from './docx.js'
import {loadEml} from './eml.js'
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

/**
 * How each format is loaded: from decoded text, from the raw bytes (zip), or from the raw bytes
 * asynchronously (MIME). The one table both `loadDocument` and `loadDocumentAsync` read.
 */
export type Loader =
  | {input: 'text'; load: (source: string, path?: string) => Document}
  | {input: 'bytes'; load: (bytes: Uint8Array, path?: string) => Document}
  | {input: 'bytes-async'; load: (bytes: Uint8Array, path?: string) => Promise<Document>}

/** The loader of every format. */
export const LOADERS: Readonly<Record<Format, Loader>> = {
  txt: {input: 'text', load: loadText},
  md: {input: 'text', load: loadMarkdown},
  html: {input: 'text', load: loadHtml},
  docx: {input: 'bytes', load: loadDocx},
  odt: {input: 'bytes', load: loadOdt},
  eml: {input: 'bytes-async', load: loadEml},
}

/** What a loader needs: the bytes or the text, and a path for the format and for messages. */
export interface LoadInput {
  path?: string
  text?: string
  bytes?: Uint8Array
  format?: Format
}

/**
 * Turn input into a Document with the right loader. Synchronous: e-mail (whose MIME parser is
 * asynchronous) needs {@link loadDocumentAsync}.
 */
export function loadDocument(input: LoadInput, decode: (bytes: Uint8Array) => string): Document {
  const format = formatOf(input)
  const loader = loaderOf(format, input.path)
  if (loader.input === 'bytes-async') {
    throw new DuidelijkError(
      'format',
      'e-mails (.eml) worden gelezen met checker.checkAsync',
      input.path,
    )
  }
  return loadWith(loader, format, input, decode)
}

/** Like {@link loadDocument}, for every format including e-mail. */
export async function loadDocumentAsync(
  input: LoadInput,
  decode: (bytes: Uint8Array) => string,
): Promise<Document> {
  const format = formatOf(input)
  const loader = loaderOf(format, input.path)
  if (loader.input !== 'bytes-async') return loadWith(loader, format, input, decode)
  if (!input.bytes && input.text === undefined)
    throw new DuidelijkError('format', 'geen inhoud opgegeven', input.path)
  return loader.load(input.bytes ?? new TextEncoder().encode(input.text), input.path)
}

function loaderOf(format: Format, path: string | undefined): Loader {
  const loader = Object.hasOwn(LOADERS, format) ? LOADERS[format] : undefined
  if (!loader) unsupported(format, path)
  return loader
}

function unsupported(format: string, path: string | undefined): never {
  throw new DuidelijkError('format', `het formaat "${format}" wordt (nog) niet ondersteund`, path)
}

function loadWith(
  loader: Exclude<Loader, {input: 'bytes-async'}>,
  format: Format,
  input: LoadInput,
  decode: (bytes: Uint8Array) => string,
): Document {
  if (loader.input === 'bytes') {
    if (input.bytes) return loader.load(input.bytes, input.path)
    unsupported(format, input.path)
  }
  let source = input.text ?? (input.bytes ? decode(input.bytes) : '')
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1)
  return loader.load(source, input.path)
}
