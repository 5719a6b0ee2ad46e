import {mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ResultCache} from '../src/cache.js'
import {writeAtomic} from '../src/fix.js'

const mode = (path: string) => statSync(path).mode & 0o777

describe('files written by --fix and --cache (issue #19)', () => {
  it('a new file (the cache) is written 0600, created so by the open call itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duidelijk-kept-'))
    const file = join(dir, 'nieuw.txt')
    await writeAtomic(file, 'BSN 123456782')
    expect(mode(file)).toBe(0o600)
    expect(readFileSync(file, 'utf8')).toBe('BSN 123456782')
  })

  it('a fixed file keeps its own mode', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duidelijk-kept-'))
    const file = join(dir, 'brief.txt')
    writeFileSync(file, 'Wij hebben reeds gebeld.', {mode: 0o640})
    await writeAtomic(file, 'Wij hebben al gebeld.')
    expect(mode(file)).toBe(0o640)
  })

  it('the cache file is 0600, also when it was readable by others before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duidelijk-kept-'))
    const file = join(dir, '.duidelijk-cache')
    writeFileSync(file, '{}', {mode: 0o644})
    const cache = await ResultCache.open(file)
    cache.set('brief.txt', 'sleutel', {findings: []} as never)
    await cache.save()
    expect(mode(file)).toBe(0o600)
  })
})
