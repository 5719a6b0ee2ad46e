import type {CheckResult} from '@duidelijk/core'
import {deflateRawSync, inflateRawSync} from 'node:zlib'
import {compactPiece} from './formatters/compact.js'
import {githubPiece, type GithubSummary} from './formatters/github.js'
import {gitlabPiece} from './formatters/gitlab.js'
import {jsonFileText} from './formatters/json.js'
import {junitPiece} from './formatters/junit.js'
import {sarifPiece} from './formatters/sarif.js'
import {stylishPiece} from './formatters/stylish.js'
import type {SeverityCounts} from './run.js'

/**
 * The pieces of a report that is written at the end of a batch, kept compressed until then. The
 * JSON report starts with totals, so nothing can be written before every file is checked; keeping
 * each file's result until then took about 75 KB of heap per letter (its findings as objects and
 * its per-sentence metrics), 1 GB for 10,000 letters. A file's piece of the report is made as
 * soon as its result is there (in file order) and kept deflated: about a tenth of its text. A
 * worker thread makes and deflates the pieces of its own files (`reportPiece`), so the main thread
 * only keeps them. Every format but the HTML report works like this (SPOOL_FORMATS): what a
 * format's header or footer needs of a file (counts, rule ids, its path for GitHub's step
 * summary) is kept beside the pieces, small (`note`).
 */
export class ReportSpool {
  /** Rule ids that reported, for the SARIF rule table. */
  readonly rules = new Set<string>()
  /** Rule id and explanation URL of every rule that reported, for the stylish footer. */
  readonly used = new Map<string, string>()
  /** Per file its path and counts (GitHub: which findings become annotations, step summary). */
  readonly files: GithubSummary[] = []

  /** Keep what the report's header or footer needs of a file whose piece was added. */
  note(summary: PieceSummary): void {
    if (summary.rules) for (const id of summary.rules) this.rules.add(id)
    if (summary.used) for (const [id, url] of summary.used) this.used.set(id, url)
    if (summary.file) this.files.push(summary.file)
  }

  /**
   * The deflated pieces, copied one after the other into chunks of CHUNK bytes (a larger piece
   * gets a chunk of its own): a few dozen buffers for 10,000 letters instead of one each, whose
   * memory a worker thread allocated (a transferred buffer) and the main thread kept.
   */
  readonly #chunks: Buffer[] = []
  /** Per piece: its chunk, its offset in that chunk and its length. */
  readonly #where: number[] = []
  #used = CHUNK

  get size(): number {
    return this.#where.length / 3
  }

  add(text: string): void {
    this.addDeflated(deflatePiece(text))
  }

  /** A piece deflated already (`reportPiece`, in a worker thread); it is copied, not kept. */
  addDeflated(piece: Uint8Array): void {
    if (this.#used + piece.length > CHUNK) {
      this.#chunks.push(Buffer.allocUnsafeSlow(Math.max(CHUNK, piece.length)))
      this.#used = 0
    }
    this.#chunks.at(-1)!.set(piece, this.#used)
    this.#where.push(this.#chunks.length - 1, this.#used, piece.length)
    this.#used += piece.length
  }

  /** The pieces in the order they were added, each chunk released once its pieces are read. */
  *pieces(): Generator<string> {
    for (let i = 0; i < this.#where.length; i += 3) {
      const [chunk, offset, length] = [this.#where[i]!, this.#where[i + 1]!, this.#where[i + 2]!]
      if (chunk > 0) this.#chunks[chunk - 1] = EMPTY
      yield inflateRawSync(this.#chunks[chunk]!.subarray(offset, offset + length)).toString('utf8')
    }
    this.#chunks.length = 0
  }
}

/** Size of a chunk of the spool. */
const CHUNK = 1 << 20
const EMPTY = Buffer.alloc(0)

/** A piece of text deflated, in a buffer of its own (which can be transferred between threads). */
function deflatePiece(text: string): Uint8Array {
  // Level 1: the pieces are repetitive JSON; more effort buys little and costs CPU per file.
  const deflated = deflateRawSync(Buffer.from(text, 'utf8'), {level: 1})
  // zlib hands back a view of its 16 KB output chunk: a worker sending it would send all of it.
  return new Uint8Array(deflated)
}

/** Output formats whose report is made file by file into the spool (all but the HTML report). */
export const SPOOL_FORMATS: ReadonlySet<string> = new Set([
  'json',
  'compact',
  'stylish',
  'github',
  'gitlab',
  'junit',
  'sarif',
])

/** How a file's piece of the report is made; plain data, so a worker thread can receive it. */
export interface PieceSettings {
  format: string
  /** --quiet: errors only. */
  quiet: boolean
  /** The folder duidelijk runs in (SARIF's `%SRCROOT%`). */
  cwd: string
  /** Stylish: readability figures per file, and colours. */
  metrics: boolean
  color: boolean
}

/** What the report's header or footer needs of a file besides its counts. */
export interface PieceSummary {
  /** SARIF: the rule ids of its findings. */
  rules?: string[]
  /** Stylish: rule id and URL of each rule that reported. */
  used?: Array<[string, string]>
  /** GitHub: its path and counts. */
  file?: GithubSummary
}

/**
 * A file's piece of the report in the chosen format, deflated, its findings per severity (with
 * `quiet`, its errors only, which is also all the piece holds) and what the header or footer
 * needs of it. The result must be the one the whole-report formatter would get (a revived stored
 * result from a worker thread), so the pieces are the same text.
 */
export function reportPiece(
  result: CheckResult,
  settings: PieceSettings,
): {piece: Uint8Array; counts: SeverityCounts; summary: PieceSummary} {
  if (settings.quiet) result.findings = result.findings.filter((f) => f.severity === 'error')
  const counts = {error: 0, warning: 0, info: 0}
  for (const finding of result.findings) counts[finding.severity]++
  const {text, summary} = pieceText(result, settings)
  return {piece: deflatePiece(text), counts, summary}
}

function pieceText(
  result: CheckResult,
  settings: PieceSettings,
): {text: string; summary: PieceSummary} {
  switch (settings.format) {
    case 'json':
      return {text: jsonFileText(result), summary: {}}
    case 'compact':
      return {text: compactPiece(result), summary: {}}
    case 'gitlab':
      return {text: gitlabPiece(result), summary: {}}
    case 'junit':
      return {text: junitPiece(result), summary: {}}
    case 'sarif': {
      const {text, rules} = sarifPiece(result, settings.cwd)
      return {text, summary: {rules}}
    }
    case 'github': {
      const {text, summary} = githubPiece(result)
      return {text, summary: {file: summary}}
    }
    case 'stylish': {
      const {text, summary} = stylishPiece(result, {
        metrics: settings.metrics,
        quiet: settings.quiet,
        color: settings.color,
      })
      return {text, summary: {used: summary.used}}
    }
    default:
      throw new Error(`geen rapport per bestand voor formaat ${settings.format}`)
  }
}
