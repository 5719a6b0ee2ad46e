/** Where the progress bar writes: stderr, only when it is a terminal. */
export interface ProgressStream {
  write(chunk: string): unknown
  isTTY?: boolean
  columns?: number
}

/**
 * A one-line progress bar on stderr for long batches: files done / total and an estimate of the
 * time left. Silent when stderr is not a terminal or in CI (`CI` set), so logs stay clean.
 */
export class Progress {
  private done = 0
  private readonly started = Date.now()
  private readonly active: boolean

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    env: Record<string, string | undefined> = process.env,
    minimum = 20,
  ) {
    this.active = Boolean(stream.isTTY) && !env.CI && total >= minimum
  }

  tick(): void {
    this.done++
    if (!this.active) return
    const width = 24
    const filled = Math.round((this.done / this.total) * width)
    const elapsed = (Date.now() - this.started) / 1000
    const left = Math.round((elapsed / this.done) * (this.total - this.done))
    this.stream.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} bestanden, nog ongeveer ${left} s `,
    )
  }

  /** Clear the line so the report starts clean. */
  end(): void {
    if (this.active) this.stream.write(`\r${' '.repeat(70)}\r`)
  }
}
