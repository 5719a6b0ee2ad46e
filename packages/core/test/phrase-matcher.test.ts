// The phrase matcher (nlp/phrase-matcher.ts) on lists where one first word has many candidates:
// those are narrowed by the second word, and the result must be what trying them all gives.
import {describe, expect, it} from 'vitest'
import {PhraseMatcher, type PhraseEntry} from '../src/nlp/phrase-matcher.js'
import type {WordInfo} from '../src/rule.js'

const entry = (term: string, separable: string[] = []): PhraseEntry<string> => ({
  term,
  forms: [term],
  separable,
  data: term,
})

/** More than eight phrases that start with "in", one of one word, and a separable one. */
const matcher = new PhraseMatcher([
  entry('in behandeling nemen'),
  entry('in het kader van'),
  entry('in verband met'),
  entry('in overleg met'),
  entry('in de gelegenheid stellen'),
  entry('in afwachting van'),
  entry('in casu'),
  entry('in werking treden'),
  entry('in het bezit van'),
  entry('in'),
  entry('in dienen', ['in ... dienen']),
  entry('inzake'),
])

function words(text: string, masked: number[] = []): WordInfo[] {
  let offset = 0
  return text.split(' ').map((value, index) => {
    const start = offset
    offset += value.length + 1
    return {
      value,
      lower: value.toLowerCase(),
      start,
      end: start + value.length,
      index,
      node: {type: 'WordNode', children: []},
      ...(masked.includes(index) ? {masked: {start, end: start + value.length, value}} : {}),
    } as unknown as WordInfo
  })
}

const found = (text: string, masked: number[] = []) =>
  matcher.match(words(text, masked)).map((m) => [m.entry.term, m.first, m.last, m.tail])

describe('PhraseMatcher', () => {
  it('finds the longest phrase among many with the same first word', () => {
    expect(found('Wij handelen In het kader van de wet')).toEqual([
      ['in het kader van', 2, 5, undefined],
    ])
    expect(found('Dat is in casu niet zo')).toEqual([['in casu', 2, 3, undefined]])
    expect(found('Wij zijn in het bezit van uw brief')).toEqual([
      ['in het bezit van', 2, 5, undefined],
    ])
  })

  it('still finds the one-word and separable phrases whatever the second word is', () => {
    expect(found('De sleutel ligt in de tuin')).toEqual([['in', 3, 3, undefined]])
    expect(found('in')).toEqual([['in', 0, 0, undefined]])
    // the second word masked (a placeholder): only the one-word phrase can match
    expect(found('in verband met', [1])).toEqual([['in', 0, 0, undefined]])
    expect(found('Wij zijn in gesprek over')).toEqual([['in', 2, 2, undefined]])
    expect(found('inzake uw brief')).toEqual([['inzake', 0, 0, undefined]])
    expect(found('Wij zullen in uw brief dienen')).toEqual([['in dienen', 2, 2, [5, 5]]])
  })

  it('gives the same matches on every call (narrowed lists are kept per word pair)', () => {
    for (let round = 0; round < 3; round++) {
      expect(found('in verband met de brief in overleg met u in de tuin')).toEqual([
        ['in verband met', 0, 2, undefined],
        ['in overleg met', 5, 7, undefined],
        ['in', 9, 9, undefined],
      ])
    }
  })
})
