import {spawn} from 'node:child_process'
import {describe, expect, it} from 'vitest'

const BIN = new URL('../../packages/cli/dist/bin.js', import.meta.url).pathname
const EXAMPLES = new URL('../../examples/', import.meta.url).pathname

describe('a reader that closes the pipe early (duidelijk -f json … | head)', () => {
  it('ends quietly: no EPIPE stack trace on stderr', async () => {
    const child = spawn(
      process.execPath,
      [BIN, '--jobs', '1', '-f', 'json', EXAMPLES, EXAMPLES, EXAMPLES],
      {stdio: ['ignore', 'pipe', 'pipe']},
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // Read the first chunk, then close our end, as `head -c` does.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).not.toMatch(/EPIPE|node:events|at .*\(/)
    expect(code).not.toBe(null)
  }, 60_000)
})
