import {readdirSync, statSync} from 'node:fs'
import {join, relative, sep} from 'node:path'
import ignore from 'ignore'
import {FORMAT_EXTENSIONS} from '@duidelijk/core'

const EXTENSIONS = new Set(Object.values(FORMAT_EXTENSIONS).flat())
const SKIP = new Set(['node_modules', '.git', 'dist', '.duidelijk-cache'])

/**
 * Expand the command-line paths: files are taken as given, folders are searched for letters in
 * the formats duidelijk reads, skipping node_modules, hidden folders and `ignorePatterns`.
 */
export function expandPaths(
  paths: readonly string[],
  ignorePatterns: readonly string[],
  cwd: string,
): string[] {
  const ignored = ignore().add([...ignorePatterns])
  const result: string[] = []
  const visit = (path: string) => {
    let stats
    try {
      stats = statSync(path)
    } catch {
      result.push(path) // reported as "niet gevonden" when read
      return
    }
    if (stats.isFile()) {
      result.push(path)
      return
    }
    for (const entry of readdirSync(path, {withFileTypes: true}).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (SKIP.has(entry.name) || entry.name.startsWith('.')) continue
      const child = join(path, entry.name)
      const rel = relative(cwd, child).split(sep).join('/')
      if (rel && !rel.startsWith('..') && ignored.ignores(entry.isDirectory() ? `${rel}/` : rel))
        continue
      if (entry.isDirectory()) visit(child)
      else if (EXTENSIONS.has(entry.name.slice(entry.name.lastIndexOf('.')).toLowerCase()))
        result.push(child)
    }
  }
  for (const path of paths) visit(path)
  return result
}
