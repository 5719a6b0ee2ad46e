import {describe, expect, it} from 'vitest'
import {loadFrequency, readDataFile} from '../src/nlp/frequency.js'
import {loadVerbTable} from '../src/nlp/verbs.js'
import {
  CONTEXT_FEATURES,
  clauseFlags,
  contextFeatures,
  nextClauseState,
  wordEntry,
  type TaggerLexicon,
} from '../src/nlp/tagger/features.js'
import {
  layoutWeights,
  modelFromBinary,
  parseModel,
  serializeModel,
  type TaggerModel,
} from '../src/nlp/tagger/model.js'
import {greedyScorer, verbMask, wordGuesser} from '../src/nlp/tagger/tagger.js'
import {TAGGER_MODEL_FILE, loadWordClasses} from '../src/nlp/tagger/index.js'

const verbs = loadVerbTable()
const frequency = loadFrequency()
const classes = loadWordClasses()
const lexicon: TaggerLexicon & {verbs: typeof verbs} = {
  verbs,
  verbMask: (lower) => verbMask(verbs, lower),
  rank: (lower) => frequency.rank(lower),
  wordClass: (word) => classes.classOf(word),
}
const text = readDataFile(TAGGER_MODEL_FILE)

/**
 * The scoring as training does it (scripts/train-tagger.mjs): per token, the word's own features
 * and all `contextFeatures`, each looked up in the weight table, summed; the best label, the
 * lowest on a tie; tag-dictionary words as listed.
 */
function reference(model: TaggerModel, words: string[]): {labels: number[]; scores: number[][]} {
  const {keys, rows, labels, weights} = model.weights
  const index = new Map<number, number>()
  keys.forEach((key, i) => index.set(key, i))
  const guessIndex = new Map<number, number>()
  model.words.keys.forEach((key, i) => guessIndex.set(key, i))
  const entries = words.map((w) => wordEntry(w, lexicon))
  const guesses = entries.map((e) => {
    const s = new Array<number>(model.labels.length).fill(0)
    for (const key of e.own) {
      const i = guessIndex.get(key)
      if (i === undefined) continue
      for (let r = model.words.rows[i]!; r < model.words.rows[i + 1]!; r++) {
        s[model.words.labels[r]!]! += model.words.weights[r]!
      }
    }
    return s.indexOf(Math.max(...s))
  })
  const flags = clauseFlags(model.labels)
  const context = new Uint32Array(CONTEXT_FEATURES)
  const out: number[] = []
  const all: number[][] = []
  let [tag1, tag2, clause] = [-1, -1, 0]
  for (let i = 0; i < words.length; i++) {
    const fixed = i > 0 && entries[i]!.capital ? undefined : model.dictionary.get(words[i]!)
    let best = fixed ?? 0
    if (fixed === undefined) {
      contextFeatures(entries, guesses, i, tag1, tag2, clause, context, 0)
      const scores = new Array<number>(model.labels.length).fill(0)
      for (const key of [...entries[i]!.own, ...context]) {
        const f = index.get(key)
        if (f === undefined) continue
        for (let r = rows[f]!; r < rows[f + 1]!; r++) scores[labels[r]!]! += weights[r]!
      }
      best = scores.indexOf(Math.max(...scores))
      all.push(scores)
    }
    out.push(best)
    clause = nextClauseState(clause, flags[best]!)
    ;[tag2, tag1] = [tag1, best]
  }
  return {labels: out, scores: all}
}

/** The scorer's greedy labels (before the corrections after the model) and score vectors. */
function scored(
  scorer: ReturnType<typeof greedyScorer>,
  words: string[],
): {labels: number[]; scores: number[][]} {
  const flags = clauseFlags(parseModel(text).labels)
  const entries = words.map((w) => scorer.cached(w))
  const out: number[] = []
  const all: number[][] = []
  let [tag1, tag2, clause] = [-1, -1, 0]
  for (let i = 0; i < words.length; i++) {
    const c = entries[i]!
    let label = i > 0 && c.capital ? -1 : c.fixed
    if (label < 0) {
      let later = 0
      for (let j = i + 1; j < words.length && j <= i + 10; j++) later |= entries[j]!.verbKind
      all.push([...scorer.scoresOf(entries, i, tag1, tag2, clause, later)])
      label = scorer.best(entries, i, tag1, tag2, clause, later)
    }
    out.push(label)
    clause = nextClauseState(clause, flags[label]!)
    ;[tag2, tag1] = [tag1, label]
  }
  return {labels: out, scores: all}
}

const SENTENCES = [
  'Op 3 maart hebben wij uw aanvraag voor een parkeervergunning ontvangen .',
  'Wij hebben besloten uw bezwaar gegrond te verklaren .',
  'Neem contact op met het Klantcontactcentrum van de gemeente Dronten via 14 0321 .',
  'Heeft u vragen over deze brief ? Bel dan met mevrouw De Vries .',
  'De door het college vastgestelde regels gelden vanaf 1 januari 2027 .',
  'U kunt binnen zes weken na de datum van deze beslissing bezwaar maken .',
  'Uw afspraak is verzet naar donderdag 12 juni om 10.30 uur .',
  'Inzake uw verzoek tot kwijtschelding van de afvalstoffenheffing delen wij u het volgende mee .',
  'Zonnepanelenaanvraagformulieren',
  'Wij',
]

describe('tagger scoring per word type', () => {
  it('gives the scores and labels of the plain scoring of training, also from its caches', () => {
    const model = parseModel(text)
    const scorer = greedyScorer(parseModel(text), lexicon)
    const words = SENTENCES.map((s) => s.split(' '))
    const expected = words.map((w) => reference(model, w))
    // Three rounds: the first computes each word type's rows, the second keeps the summed own
    // scores and merged neighbour rows of words seen twice, the third uses them.
    for (let round = 0; round < 3; round++) {
      expect(words.map((w) => scored(scorer, w))).toEqual(expected)
    }
    // The sentences are not trivial: several labels, not one.
    expect(new Set(expected.flatMap((e) => e.labels)).size).toBeGreaterThan(15)
  })
})

describe('word guesser', () => {
  it('gives the best label of the word model as a plain sum over its rows, in both layouts', () => {
    const model = parseModel(text)
    const words = model.words
    const index = new Map<number, number>()
    words.keys.forEach((key, i) => index.set(key, i))
    const expected = (own: ArrayLike<number>): number => {
      const s = new Array<number>(model.labels.length).fill(0)
      for (const key of Array.from(own)) {
        const i = index.get(key)
        if (i === undefined) continue
        for (let r = words.rows[i]!; r < words.rows[i + 1]!; r++)
          s[words.labels[r]!]! += words.weights[r]!
      }
      return s.indexOf(Math.max(...s))
    }
    const binary = modelFromBinary(serializeModel(model, 1), 1)!.layout!.words
    const guessers = [layoutWeights(words), binary].map((l) => wordGuesser(l, model.labels.length))
    // Known and unknown words, inflected forms, numbers, capitals and punctuation.
    const sample = new Set(SENTENCES.flatMap((s) => s.split(' ')))
    for (const w of ['zonnepanelen', 'Xyzzyqua', 'gefietst', 'aanvragen', 'snelste', '14:30', '—'])
      sample.add(w)
    const labels = new Set<number>()
    for (const w of sample) {
      const {own} = wordEntry(w, lexicon)
      const label = expected(own)
      labels.add(label)
      for (const guess of guessers) expect([w, guess(own)]).toEqual([w, label])
    }
    expect(labels.size).toBeGreaterThan(8)
  })
})
