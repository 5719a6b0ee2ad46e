import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ResultCache} from '../src/cache.js'
import {writeAtomic} from '../src/fix.js'
import {folder, run} from './helpers.js'

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

/** Windows-1252 bytes of a letter with é (0xE9), € (0x80) and a curly apostrophe (0x92). */
const cp1252 = (text: string) =>
  Uint8Array.from(
    [...text].map((c) => ({é: 0xe9, '€': 0x80, '’': 0x92, ë: 0xeb})[c] ?? c.charCodeAt(0)),
  )

const LETTER =
  'Geachte heer Dijkstra,\r\n\r\nWij hebben uw aanvraag voor het terras van café De Brug reeds ontvangen. De leges van € 250 zijn betaald.\r\nWij nemen ’s ochtends contact met u op over de proefperiode.\r\n'
const FIXED = LETTER.replace('reeds ontvangen', 'al ontvangen')
const CONFIG = '{"root": true, "rules": {"spelling": "off"}}'

describe('--fix keeps the file as it was (issue #19)', () => {
  it('writes a Windows-1252 file back in Windows-1252: every byte outside the fix unchanged', async () => {
    const root = folder({'brief.txt': cp1252(LETTER), '.duidelijk.json': CONFIG})
    const {stderr} = await run(['brief.txt', '--fix', '--format', 'compact'], root)
    expect(stderr).toBe('duidelijk: brief.txt: 1 verbetering aangebracht\n')
    const written = readFileSync(join(root, 'brief.txt'))
    expect([...written]).toEqual([...cp1252(FIXED)])
    // Byte for byte: the part before the fix and the part after it are the original bytes.
    const at = LETTER.indexOf('reeds')
    const before = cp1252(LETTER)
    expect(written.subarray(0, at).equals(Buffer.from(before.subarray(0, at)))).toBe(true)
    expect(written.subarray(at + 2).equals(Buffer.from(before.subarray(at + 'reeds'.length)))).toBe(
      true,
    )
    expect(written.includes(0xc3)).toBe(false) // no UTF-8 é
  })

  it('writes UTF-16 files back in UTF-16 with their BOM (LE and BE)', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LETTER, 'utf16le')])
    const be = Buffer.from(le)
    be.swap16()
    const root = folder({'le.txt': le, 'be.txt': be, '.duidelijk.json': CONFIG})
    const {stderr} = await run(['le.txt', 'be.txt', '--fix', '--format', 'compact'], root)
    expect(stderr).toContain('le.txt: 1 verbetering aangebracht')
    expect(stderr).toContain('be.txt: 1 verbetering aangebracht')
    const expected = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXED, 'utf16le')])
    expect(readFileSync(join(root, 'le.txt')).equals(expected)).toBe(true)
    expect(readFileSync(join(root, 'be.txt')).equals(Buffer.from(expected).swap16())).toBe(true)
  })

  it('refuses, in Dutch, a fix whose replacement the file’s encoding cannot hold', async () => {
    const config = JSON.stringify({
      root: true,
      rules: {
        spelling: 'off',
        'ambtelijke-taal': [
          'warning',
          {
            extraTerms: [
              {
                term: 'terstond',
                alternatives: ['zo snel mogelĳk'],
                categorie: 'ouderwets',
                fix: 'safe',
              },
            ],
          },
        ],
      },
    })
    const text = 'Geachte mevrouw Jansen,\n\nWij betalen de € 80 terstond terug.\n'
    const root = folder({'brief.txt': cp1252(text), '.duidelijk.json': config})
    const original = readFileSync(join(root, 'brief.txt'))
    const {stderr, stdout} = await run(['brief.txt', '--fix', '--format', 'compact'], root)
    expect(stderr).toBe(
      'duidelijk: brief.txt: niet verbeterd: het teken ‘ĳ’ (U+0133) van de verbetering past niet in de tekenset Windows-1252 van dit bestand. Sla het bestand op als UTF-8 of verbeter het met de hand.\n',
    )
    expect(readFileSync(join(root, 'brief.txt')).equals(original)).toBe(true)
    // The report is about the file as it still is.
    expect(stdout).toContain('brief.txt:3:21: warning ‘terstond’ is ouderwets.')
    expect(stdout).toContain('brief.txt:1:1: info Dit bestand is niet opgeslagen als UTF-8')
  })

  it('follows a named symlink: the target is fixed, the link stays a link', async () => {
    const root = folder({'echt/brief.txt': LETTER, '.duidelijk.json': CONFIG})
    symlinkSync(join('echt', 'brief.txt'), join(root, 'link.txt'))
    const {stderr} = await run(['link.txt', '--fix', '--format', 'compact'], root)
    expect(stderr).toBe('duidelijk: link.txt: 1 verbetering aangebracht\n')
    expect(lstatSync(join(root, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(root, 'link.txt'))).toBe(join('echt', 'brief.txt'))
    expect(readFileSync(join(root, 'echt', 'brief.txt'), 'utf8')).toBe(FIXED)
  })

  it('keeps hard links, owner and group: the file is written in its own inode', async () => {
    const root = folder({'brief.txt': LETTER, '.duidelijk.json': CONFIG})
    const file = join(root, 'brief.txt')
    linkSync(file, join(root, 'archief.txt'))
    chmodSync(file, 0o640)
    const owned = process.getuid?.() === 0
    if (owned) chownSync(file, 65534, 65534) // as root: give the letter to someone else
    const inode = statSync(file).ino
    const {stderr} = await run(['brief.txt', '--fix', '--format', 'compact'], root)
    expect(stderr).toBe('duidelijk: brief.txt: 1 verbetering aangebracht\n')
    const after = statSync(file)
    expect(after.ino).toBe(inode)
    expect(after.nlink).toBe(2)
    expect(after.mode & 0o777).toBe(0o640)
    if (owned) expect([after.uid, after.gid]).toEqual([65534, 65534])
    expect(readFileSync(join(root, 'archief.txt'), 'utf8')).toBe(FIXED)
    // The verified backup copy is gone once the new content read back correctly.
    expect(readdirSync(root).filter((name) => name.includes('duidelijk-'))).toEqual([])
  })

  it('a file owned by someone else (no hard links) keeps its owner', async () => {
    if (process.getuid?.() !== 0) return // only root can give a file away
    const root = folder({'brief.txt': LETTER, '.duidelijk.json': CONFIG})
    const file = join(root, 'brief.txt')
    chownSync(file, 65534, 65534)
    await run(['brief.txt', '--fix', '--format', 'compact'], root)
    expect([statSync(file).uid, statSync(file).gid]).toEqual([65534, 65534])
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
  })
})
