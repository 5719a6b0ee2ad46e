import {resolve, sep} from 'node:path'
import {expandPaths, readIgnoreFiles, type ResolvedConfig} from '@duidelijk/core/node'
import type {OptionValues} from './options.js'
import {describeError, displayPath} from './run.js'
import {shardFiles} from './shard.js'

/** The files to check, or the Dutch usage error. */
export type Discovery = {files: string[]; unlistable: string[]} | {error: string}

/**
 * The files named on the command line (folders and patterns expanded, ignore files and
 * --ignore-pattern applied), without duplicates, sorted by the path as shown, and only this
 * machine's part with --shard. `-` alone is stdin, named by --stdin-filename.
 */
export function discoverFiles(options: {
  positionals: readonly string[]
  /** `-` alone: the text comes from stdin. */
  stdin: boolean
  values: OptionValues
  cwd: string
  rootConfig: () => ResolvedConfig
  shard: {index: number; count: number} | undefined
}): Discovery {
  const {positionals, stdin, values, cwd, shard} = options
  let files: string[]
  const unlistable: string[] = []
  try {
    const ignorePatterns = [
      ...options.rootConfig().ignorePatterns,
      ...readIgnoreFiles(cwd),
      ...(values['ignore-pattern'] ?? []),
    ]
    files = stdin
      ? [resolve(cwd, values['stdin-filename'] ?? 'invoer.txt')]
      : expandPaths([...positionals], ignorePatterns, cwd, (folder, error) =>
          unlistable.push(
            `${displayPath(cwd, folder) || '.'}: ${error.code === 'EACCES' || error.code === 'EPERM' ? 'geen toegang tot deze map; de bestanden erin zijn niet gecontroleerd' : `deze map kan niet worden gelezen (${error.code ?? error.message}); de bestanden erin zijn niet gecontroleerd`}`,
          ),
        )
  } catch (error) {
    return {error: describeError('configuratie', error)}
  }
  // Sorted by the path as shown, so output never depends on argument order or worker timing.
  const shown = (absolute: string) => shownPath(cwd, absolute)
  files = [...new Set(files)].sort((a, b) =>
    shown(a) < shown(b) ? -1 : shown(a) > shown(b) ? 1 : 0,
  )
  if (shard) files = shardFiles(files, shard.index, shard.count)
  return {files, unlistable}
}

/** A file's path as reports show it: relative to the working folder, with forward slashes. */
export function shownPath(cwd: string, absolute: string): string {
  return displayPath(cwd, absolute).split(sep).join('/')
}
