import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {deflateRawSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {ReportSpool} from '../src/spool.js'
import {folder, run} from './helpers.js'

describe('the JSON report on stdout, written from a spool', () => {
  it('keeps pieces compressed and gives them back in order, byte for byte', () => {
    const spool = new ReportSpool()
    const pieces = ['{"a": 1}', '', '‘gemeente’ — € 12,50 🙂', '    "x": "y"\n'.repeat(2000)]
    for (const piece of pieces) spool.add(piece)
    expect(spool.size).toBe(4)
    expect([...spool.pieces()]).toEqual(pieces)
  })

  it('keeps thousands of pieces in shared chunks, a piece larger than a chunk too', () => {
    // Text that hardly compresses (a simple generator of letters), so the deflated pieces fill
    // several chunks of 1 MB and one piece is larger than a chunk.
    let seed = 7
    const random = (length: number) =>
      Array.from({length}, () => {
        seed ^= seed << 13
        seed ^= seed >>> 17
        seed ^= seed << 5
        return String.fromCharCode(97 + ((seed >>> 0) % 26))
      }).join('')
    const pieces = Array.from({length: 4000}, (_, i) => random(i % 7 === 0 ? 3000 : 400))
    pieces.splice(700, 0, random(2_000_000))
    const spool = new ReportSpool()
    for (const [i, piece] of pieces.entries()) {
      if (i % 2 === 0) spool.add(piece)
      else spool.addDeflated(deflateRawSync(Buffer.from(piece), {level: 1}))
    }
    expect(spool.size).toBe(pieces.length)
    let i = 0
    for (const piece of spool.pieces()) expect(piece === pieces[i++], `piece ${i - 1}`).toBe(true)
    expect(i).toBe(pieces.length)
  })

  it('is the same report as -o writes, with the same exit code, for findings in several files', async () => {
    // Letters with errors (spelling), warnings (ambtelijke taal) and infos, one without findings,
    // one that cannot be read (a binary file: exit code 2 and a message, the others reported).
    const files: Record<string, string | Uint8Array> = {
      'brieven/a.txt': 'Wij hebben uw aanvraag reeds ontvangen.\n',
      'brieven/b.txt': 'De gemeete heeft uw brief middels deze brief beantwoord.\n',
      'brieven/c.txt': 'Wij hebben uw aanvraag ontvangen.\n',
      'brieven/d.md': '# Besluit\n\nTeneinde uw aanvraag te beoordelen, vragen wij uw gegevens.\n',
    }
    const root = folder(files)
    for (const extra of [[], ['--quiet'], ['--fail-on', 'warning'], ['--max-warnings', '1']]) {
      const streamed = await run(['brieven', '-f', 'json', ...extra], root)
      const written = await run(['brieven', '-f', 'json', '-o', 'rapport.json', ...extra], root)
      expect(streamed.stdout).toBe(readFileSync(join(root, 'rapport.json'), 'utf8'))
      expect([streamed.code, streamed.stderr]).toEqual([written.code, written.stderr])
    }
    const report = JSON.parse((await run(['brieven', '-f', 'json'], root)).stdout)
    expect(report.files.map((f: {path: string}) => f.path)).toEqual([
      'brieven/a.txt',
      'brieven/b.txt',
      'brieven/c.txt',
      'brieven/d.md',
    ])
    expect(report.summary.files).toBe(4)
    expect(report.summary.warning).toBeGreaterThan(0)
    const binary = folder({...files, 'brieven/e.txt': new Uint8Array([0, 1, 2, 0, 255, 0])})
    const withBinary = await run(['brieven', '-f', 'json'], binary)
    const written = await run(['brieven', '-f', 'json', '-o', 'rapport.json'], binary)
    expect(withBinary.code).toBe(2)
    expect(withBinary.stdout).toBe(readFileSync(join(binary, 'rapport.json'), 'utf8'))
    expect(withBinary.stderr).toBe(written.stderr)
    expect(JSON.parse(withBinary.stdout).summary.files).toBe(4)
  })
})
