import type {CheckResult} from '@duidelijk/core'
import {deflateRawSync, inflateRawSync} from 'node:zlib'
import {jsonFileText} from './formatters/json.js'
import type {SeverityCounts} from './run.js'

/**
 * The pieces of a report that is written at the end of a batch, kept compressed until then. The
 * JSON report starts with totals, so nothing can be written before every file is checked; keeping
 * each file's result until then took about 75 KB of heap per letter (its findings as objects and
 * its per-sentence metrics), 1 GB for 10,000 letters. A file's piece of the report is made as
 * soon as its result is there (in file order) and kept deflated: about a tenth of its text. A
 * worker thread makes and deflates the pieces of its own files (`jsonPiece`), so the main thread
 * only keeps them.
 */
export class ReportSpool {
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

  /** A piece deflated already (`jsonPiece`, in a worker thread); it is copied, not kept. */
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

/**
 * A file's piece of the JSON report, deflated, and its findings per severity (with `quiet`, its
 * errors only, which is also all the piece holds).
 */
export function jsonPiece(
  result: CheckResult,
  quiet: boolean,
): {piece: Uint8Array; counts: SeverityCounts} {
  if (quiet) result.findings = result.findings.filter((f) => f.severity === 'error')
  const counts = {error: 0, warning: 0, info: 0}
  for (const finding of result.findings) counts[finding.severity]++
  return {piece: deflatePiece(jsonFileText(result)), counts}
}
