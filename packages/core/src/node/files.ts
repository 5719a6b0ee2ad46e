import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join, relative, resolve, sep} from 'node:path'
import ignore from 'ignore'
import picomatch from 'picomatch'
import {FORMAT_EXTENSIONS} from '../formats/index.js'

const EXTENSIONS = new Set(Object.values(FORMAT_EXTENSIONS).flat())
const SKIP = new Set(['node_modules', '.git', 'dist', '.duidelijk-cache'])
const GLOB = /[*?[\]{}]/

/**
 * Expand the command-line paths (relative to `cwd`): files are taken as given, folders are
 * searched for letters in the formats duidelijk reads, and glob patterns (`brieven/**\/*.md`,
 * matched with picomatch against the path relative to `cwd`; `**` for any depth) select files
 * under their fixed leading folder. Folder and glob searches skip
 * node_modules, hidden folders and `ignorePatterns`.
 */
export function expandPaths(
  paths: readonly string[],
  ignorePatterns: readonly string[],
  cwd: string,
  /** Called for a folder that cannot be listed (no permission); the search goes on. */
  onUnlistable?: (folder: string, error: NodeJS.ErrnoException) => void,
): string[] {
  const ignored = ignore().add([...ignorePatterns])
  const result: string[] = []
  const walk = (folder: string, accept: (rel: string, name: string) => boolean) => {
    let entries
    try {
      entries = readdirSync(folder, {withFileTypes: true})
    } catch (error) {
      // A folder that vanished meanwhile is no problem; one that cannot be read is (issue #19).
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        onUnlistable?.(folder, error as NodeJS.ErrnoException)
      return
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (SKIP.has(entry.name) || entry.name.startsWith('.')) continue
      const child = join(folder, entry.name)
      const rel = relative(cwd, child).split(sep).join('/')
      if (rel && !rel.startsWith('..') && ignored.ignores(entry.isDirectory() ? `${rel}/` : rel))
        continue
      if (entry.isDirectory()) walk(child, accept)
      else if (entry.isFile() && accept(rel, entry.name)) result.push(child)
    }
  }
  const known = (name: string) => EXTENSIONS.has(name.slice(name.lastIndexOf('.')).toLowerCase())
  for (const given of paths) {
    const path = resolve(cwd, given)
    let stats
    try {
      stats = statSync(path)
    } catch {
      if (GLOB.test(given)) {
        const pattern = given.split(sep).join('/').replace(/^\.\//, '')
        const parts = pattern.split('/')
        const fixed = parts.slice(
          0,
          parts.findIndex((part) => GLOB.test(part)),
        )
        const matches = picomatch(pattern, {dot: false})
        walk(resolve(cwd, fixed.join('/') || '.'), (rel) => matches(rel))
      } else {
        result.push(path) // reported as "niet gevonden" when read
      }
      continue
    }
    if (stats.isFile()) result.push(path)
    else walk(path, (_, name) => known(name))
  }
  return result
}

/** Ignore patterns from `.duidelijkignore` and `.gitignore` in a folder (gitignore syntax). */
export function readIgnoreFiles(folder: string): string[] {
  return ['.duidelijkignore', '.gitignore'].flatMap((name) => {
    try {
      return readFileSync(join(folder, name), 'utf8')
        .split(/\r?\n/)
        .filter((line) => line.trim() && !line.startsWith('#'))
    } catch {
      return []
    }
  })
}
