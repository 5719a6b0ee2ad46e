import {closeSync, constants, fstatSync, openSync, readSync, statSync} from 'node:fs'
import {DuidelijkError} from '../errors.js'

/** Largest words or terms file read. */
export const MAX_LIST_BYTES = 16 * 1024 * 1024

/**
 * Read a small text file that a config names: only a regular file (a device such as /dev/zero, a
 * pipe or a socket would hang the read or never end; issue #19) and at most `limit` bytes. The
 * file is opened non-blocking, so even a pipe that appears after the check cannot hang the open.
 */
export function readSmallFile(path: string, limit: number, what: string): string {
  const refuse = (message: string): never => {
    throw new DuidelijkError('config', message, path)
  }
  let fd: number
  try {
    if (!statSync(path).isFile())
      refuse(
        `${what} is geen gewoon bestand (maar een map, apparaat of pipe) en wordt niet gelezen`,
      )
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    if (error instanceof DuidelijkError) throw error
    return refuse(`kan ${what} niet lezen (${(error as NodeJS.ErrnoException).code ?? 'fout'})`)
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile())
      refuse(
        `${what} is geen gewoon bestand (maar een map, apparaat of pipe) en wordt niet gelezen`,
      )
    const megabytes = (limit / 1024 / 1024).toLocaleString('nl-NL')
    const tooBig = () => refuse(`${what} is groter dan ${megabytes} MB en wordt niet gelezen`)
    if (stats.size > limit) tooBig()
    // Read at most limit + 1 bytes, whatever the size said (a file can grow while it is read).
    const buffer = Buffer.alloc(Math.min(limit + 1, Math.max(stats.size, 0) + 65536))
    let length = 0
    for (;;) {
      if (length === buffer.length) break
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
    }
    if (length > limit) tooBig()
    return buffer.subarray(0, length).toString('utf8')
  } finally {
    closeSync(fd)
  }
}
