import {deflateRawSync, inflateRawSync} from 'node:zlib'

/**
 * The pieces of a report that is written at the end of a batch, kept compressed until then. The
 * JSON report starts with totals, so nothing can be written before every file is checked; keeping
 * each file's result until then took about 75 KB of heap per letter (its findings as objects and
 * its per-sentence metrics), 1 GB for 10,000 letters. A file's piece of the report is made as
 * soon as its result is there (in file order) and kept deflated: about a tenth of its text.
 */
export class ReportSpool {
  readonly #pieces: Buffer[] = []

  get size(): number {
    return this.#pieces.length
  }

  add(text: string): void {
    // Level 1: the pieces are repetitive JSON; more effort buys little and costs CPU per file.
    const deflated = deflateRawSync(Buffer.from(text, 'utf8'), {level: 1})
    // zlib hands back a view of its 16 KB output chunk: a letter's 3.8 KB piece would keep all of
    // it (160 MB for 10,000 letters, measured in pnpm bench:peers). Keep an exact copy instead.
    this.#pieces.push(Buffer.from(new Uint8Array(deflated)))
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

const EMPTY = Buffer.alloc(0)
