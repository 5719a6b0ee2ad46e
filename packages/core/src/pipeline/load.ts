import {decodeText, type Encoding} from '../decode.js'
import {DuidelijkError, isDuidelijkError} from '../errors.js'
import {loadDocument, loadDocumentAsync, type LoadInput} from '../formats/index.js'
import type {Document} from '../types.js'

/** What the load stage reads of a check's input. */
export interface LoadStageInput extends LoadInput {
  /** Text encoding of `bytes` when it is not UTF-8. */
  encoding?: Encoding
  /** The file is a template (front ends set this from the `templates` config globs). */
  template?: boolean
  /** An already loaded document: only `template` is applied. */
  document?: Document
}

/**
 * Load stage (synchronous formats): size limit, decoding (UTF-8, else Windows-1252 with a note for
 * the tekenset rule), the format's loader. The document is frozen: later stages derive new
 * objects from it and never change it.
 */
export function loadStage(input: LoadStageInput, maxFileSize: number): Document {
  if (input.document) return finish(input.document, input, undefined)
  checkSize(input, maxFileSize)
  checkLines(input)
  const decoder = decoderFor(input)
  return finish(loadDocument(input, decoder.decode), input, decoder.detected())
}

/** Load stage for every format, e-mail included. */
export async function loadStageAsync(
  input: LoadStageInput,
  maxFileSize: number,
): Promise<Document> {
  if (input.document) return finish(input.document, input, undefined)
  checkSize(input, maxFileSize)
  checkLines(input)
  const decoder = decoderFor(input)
  return finish(await loadDocumentAsync(input, decoder.decode), input, decoder.detected())
}

function finish(
  document: Document,
  input: LoadStageInput,
  detectedEncoding: Encoding | undefined,
): Document {
  if (document.units.length > MAX_UNITS)
    tooMuch(`${MAX_UNITS.toLocaleString('nl-NL')} alinea's`, input)
  if (input.template === undefined && detectedEncoding === undefined && Object.isFrozen(document))
    return document
  const meta = {
    ...document.meta,
    ...(detectedEncoding ? {detectedEncoding} : {}),
    ...(input.template === undefined ? {} : {template: input.template}),
  }
  return Object.freeze({...document, meta: Object.freeze(meta)})
}

/** Most lines in a text file, and most paragraphs (units) in any document, that are checked. */
export const MAX_LINES = 100_000
export const MAX_UNITS = 50_000

/**
 * Refuse, before loading, a text with more lines than a letter or report can have: 3,000,000 lines
 * of one letter made 3,000,000 paragraphs and took the CLI down at 4.4 GB (issue #19). Counting
 * newline bytes is linear and cheap; zipped formats are counted by their paragraphs after loading.
 */
function checkLines(input: LoadStageInput): void {
  const bytes = input.bytes
  if (bytes && !(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    let lines = 0
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) {
      if (++lines > MAX_LINES) tooMuch(`${MAX_LINES.toLocaleString('nl-NL')} regels`, input)
    }
  } else if (input.text !== undefined) {
    let lines = 0
    for (let at = input.text.indexOf('\n'); at !== -1; at = input.text.indexOf('\n', at + 1)) {
      if (++lines > MAX_LINES) tooMuch(`${MAX_LINES.toLocaleString('nl-NL')} regels`, input)
    }
  }
}

function tooMuch(what: string, input: LoadStageInput): never {
  throw new DuidelijkError(
    'too-large',
    `het bestand heeft meer dan ${what}; zo'n lange tekst controleert duidelijk niet. Splits de tekst op in kleinere bestanden.`,
    input.path,
  )
}

function checkSize(input: LoadStageInput, maxFileSize: number): void {
  const size = input.bytes?.length ?? (input.text === undefined ? 0 : input.text.length)
  if (size <= maxFileSize) return
  throw new DuidelijkError(
    'too-large',
    `het bestand is ${(size / 1024 / 1024).toFixed(1)} MB; duidelijk controleert bestanden tot ${(maxFileSize / 1024 / 1024).toFixed(1)} MB (instelling maxFileSize). Splits de tekst op of verhoog de grens.`,
    input.path,
  )
}

/** Decode bytes as the input says, else UTF-8, else (old Windows exports) Windows-1252. */
function decoderFor(input: LoadStageInput): {
  decode: (bytes: Uint8Array) => string
  detected: () => Encoding | undefined
} {
  let detected: Encoding | undefined
  return {
    decode(bytes) {
      if (input.encoding !== undefined) return decodeText(bytes, input.encoding, input.path)
      try {
        return decodeText(bytes, undefined, input.path)
      } catch (error) {
        if (!isDuidelijkError(error) || error.code !== 'encoding') throw error
        detected = 'windows-1252'
        return decodeText(bytes, 'windows-1252', input.path)
      }
    },
    detected: () => detected,
  }
}
