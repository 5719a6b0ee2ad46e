import {randomBytes} from 'node:crypto'
import {chmod, rename, stat, writeFile, unlink} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import type {Finding} from '@duidelijk/core'

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
  text: string,
  /** Mode of the written file; default: the mode the file had, else 0600. */
  forceMode?: number,
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
    if (mode !== undefined && mode !== 0o600) await chmod(temporary, mode)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
