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
  readonly #pieces: Uint8Array[] = []

  get size(): number {
    return this.#pieces.length
  }

  add(text: string): void {
    this.#pieces.push(deflatePiece(text))
  }

  /** A piece deflated already (`jsonPiece`, in a worker thread). */
  addDeflated(piece: Uint8Array): void {
    this.#pieces.push(piece)
  }

  /** The pieces in the order they were added, each released once it is read. */
  *pieces(): Generator<string> {
    for (let i = 0; i < this.#pieces.length; i++) {
      const text = inflateRawSync(this.#pieces[i]!).toString('utf8')
      this.#pieces[i] = EMPTY
      yield text
    }
  }
}

const EMPTY = new Uint8Array(0)

/** A piece of text deflated, in a buffer of its own (which can be transferred between threads). */
function deflatePiece(text: string): Uint8Array {
  // Level 1: the pieces are repetitive JSON; more effort buys little and costs CPU per file.
  const deflated = deflateRawSync(Buffer.from(text, 'utf8'), {level: 1})
  // zlib hands back a view of its 16 KB output chunk: a letter's 3.8 KB piece would keep all of
  // it (160 MB for 10,000 letters, measured in pnpm bench:peers). Keep an exact copy instead.
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
