import {randomBytes} from 'node:crypto'
import {
  chmod,
  chown,
  open,
  readFile,
  realpath,
  rename,
  stat,
  writeFile,
  unlink,
} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {encodeText, type Finding} from '@duidelijk/core'

/**
 * Apply the safe fixes of a check to the source: only findings with `fix: 'safe'`, only inside
 * their own range, and never two that overlap (the first wins; the rest waits for the next pass).
 * Returns the new text and how many fixes were applied.
 */
export function applySafeFixes(
  source: string,
  findings: readonly Finding[],
): {text: string; applied: number} {
  const fixes = findings
    .filter(
      (f) => f.fix === 'safe' && f.expected?.length && f.range.end.offset >= f.range.start.offset,
    )
    .sort((a, b) => a.range.start.offset - b.range.start.offset)
  let text = ''
  let at = 0
  let applied = 0
  for (const fix of fixes) {
    const {start, end} = fix.range
    if (start.offset < at) continue
    text += source.slice(at, start.offset) + fix.expected![0]
    at = end.offset
    applied++
  }
  return {text: text + source.slice(at), applied}
}

/**
 * Write a file atomically: a temporary file next to it, then a rename, so a reader never sees a
 * half-written letter. An existing file keeps its permissions.
 */
export async function writeAtomic(
  path: string,
  /** The text, or its chunks one after the other (a report written file by file). */
  text: string | Uint8Array | Iterable<string>,
  /** Mode of the written file; default: the mode the file had, else 0600. */
  forceMode?: number,
  /** Group of the written file (kept from the file it replaces). */
  group?: number,
): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${randomBytes(6).toString('hex')}.duidelijk-tmp`,
  )
  try {
    const mode =
      forceMode ??
      (await stat(path).then(
        (stats) => stats.mode & 0o7777,
        () => undefined,
      ))
    // Created 0600 by the open call itself (O_CREAT|O_EXCL), so a letter with personal data is
    // never readable by others, not even between the write and the chmod (issue #19).
    await writeFile(temporary, text, {encoding: 'utf8', mode: 0o600, flag: 'wx'})
    if (group !== undefined && (await stat(temporary)).gid !== group)
      await chown(temporary, process.getuid?.() ?? -1, group)
    if (mode !== undefined && mode !== 0o600) await chmod(temporary, mode)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}

/** How a letter's bytes were stored: the encoding and whether a byte order mark came first. */
export interface FileEncoding {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'
  bom: boolean
}

/**
 * The encoding of a file as the loader read it: a BOM (UTF-8, UTF-16 LE/BE) decides; otherwise
 * UTF-8, unless the loader had to fall back to Windows-1252 (`detectedEncoding`).
 */
export function encodingOf(bytes: Uint8Array, detected: string | undefined): FileEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {encoding: 'utf-16le', bom: true}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {encoding: 'utf-16be', bom: true}
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return {encoding: 'utf-8', bom: true}
  return {encoding: detected === 'windows-1252' ? 'windows-1252' : 'utf-8', bom: false}
}

const NAMES: Record<FileEncoding['encoding'], string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252',
}

/** A refusal to write a fix, with the Dutch reason (the file is left as it was). */
export class FixRefused extends Error {}

/** Bytes for `text` in the file's own encoding, with its BOM; a refusal when a character does not fit. */
export function encodeAs(text: string, kept: FileEncoding): Uint8Array {
  const encoded = encodeText(text, kept.encoding)
  if (!(encoded instanceof Uint8Array)) {
    const character = String.fromCodePoint(text.codePointAt(encoded.unencodable)!)
    const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    throw new FixRefused(
      `niet verbeterd: het teken ‘${character}’ (${code}) van de verbetering past niet in de tekenset ${NAMES[kept.encoding]} van dit bestand. Sla het bestand op als UTF-8 of verbeter het met de hand.`,
    )
  }
  if (!kept.bom) return encoded
  const bom =
    kept.encoding === 'utf-8'
      ? [0xef, 0xbb, 0xbf]
      : kept.encoding === 'utf-16le'
        ? [0xff, 0xfe]
        : [0xfe, 0xff]
  const bytes = new Uint8Array(bom.length + encoded.length)
  bytes.set(bom)
  bytes.set(encoded, bom.length)
  return bytes
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b))

/**
 * Write the fixed letter back so the file stays as it was (issue #19): a named symlink is
 * followed and its target fixed; a file duidelijk owns with one link is replaced atomically
 * (temporary copy 0600, its mode and group, rename); a file with hard links or another owner is
 * written in place, so its inode, owner, group, mode and links stay, after a verified backup copy
 * of the original next to it, which is removed once the new content reads back correctly.
 * `before` is what was checked: when the file changed meanwhile, nothing is written.
 */
export async function writeFixed(
  path: string,
  before: Uint8Array,
  after: Uint8Array,
): Promise<void> {
  const target = await realpath(path)
  const stats = await stat(target)
  if (!stats.isFile()) throw new FixRefused('niet verbeterd: dit is geen gewoon bestand')
  if (!same(await readFile(target), before))
    throw new FixRefused(
      'niet verbeterd: het bestand is veranderd terwijl duidelijk het controleerde; controleer het opnieuw',
    )
  const uid = process.getuid?.()
  if (stats.nlink === 1 && uid !== undefined && stats.uid === uid) {
    try {
      await writeAtomic(target, after, stats.mode & 0o7777, stats.gid)
      return
    } catch {
      // The group could not be kept (or the folder is not writable): write in place below.
    }
  }
  await writeInPlace(target, before, after)
}

/** Overwrite the file's own inode after a verified backup copy; restore it when the write fails. */
async function writeInPlace(target: string, before: Uint8Array, after: Uint8Array): Promise<void> {
  const backup = join(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString('hex')}.duidelijk-backup`,
  )
  try {
    const copy = await open(backup, 'wx', 0o600)
    try {
      await copy.writeFile(before)
      await copy.sync()
    } finally {
      await copy.close()
    }
    if (!same(await readFile(backup), before)) throw new Error('kopie klopt niet')
  } catch (error) {
    await unlink(backup).catch(() => undefined)
    throw new FixRefused(
      `niet verbeterd: duidelijk kon naast het bestand geen veilige kopie maken (${(error as Error).message})`,
    )
  }
  const overwrite = async (bytes: Uint8Array) => {
    const file = await open(target, 'r+')
    try {
      await file.write(bytes, 0, bytes.length, 0)
      await file.truncate(bytes.length)
      await file.sync()
    } finally {
      await file.close()
    }
  }
  try {
    await overwrite(after)
    if (!same(await readFile(target), after))
      throw new Error('de nieuwe inhoud leest niet goed terug')
  } catch (error) {
    try {
      await overwrite(before)
    } catch {
      throw new FixRefused(
        `schrijven mislukt (${(error as Error).message}); het origineel staat in ${backup}`,
      )
    }
    await unlink(backup).catch(() => undefined)
    throw new FixRefused(`niet verbeterd: schrijven mislukt (${(error as Error).message})`)
  }
  await unlink(backup)
}
