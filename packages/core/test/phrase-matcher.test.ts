// The phrase matcher (nlp/phrase-matcher.ts) on lists where one first word has many candidates:
// the result must be what trying them all in order gives.
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

describe('PhraseMatcher against trying every phrase in order', () => {
  // The reference tries, at each word, every phrase of the list in order (longest first,
  // contiguous before separable), without the index by first word; the matcher must give the
  // same matches on any sentence, also with overlapping, separable and masked cases.
  type Candidate = {term: string; tokens: string[]; tail: string[] | undefined}
  function reference(entries: PhraseEntry<string>[], list: WordInfo[]) {
    const candidates: Candidate[] = []
    for (const e of entries) {
      for (const form of e.forms)
        candidates.push({term: e.term, tokens: form.split(' '), tail: undefined})
      for (const form of e.separable) {
        const [head, tail] = form.split('...').map((p) => p.trim().split(' '))
        candidates.push({term: e.term, tokens: head!, tail: tail!})
      }
    }
    const size = (c: Candidate) => c.tokens.length + (c.tail?.length ?? 0)
    const ordered = [...candidates].sort(
      (a, b) => size(b) - size(a) || Number(Boolean(a.tail)) - Number(Boolean(b.tail)),
    )
    const lower = list.map((w) => (w.masked ? '' : w.lower))
    const same = (at: number, tokens: string[]) =>
      tokens.every((t, k) => lower[at + k] !== '' && lower[at + k] === t)
    const out: unknown[] = []
    const used = new Set<number>()
    for (let i = 0; i < list.length; i++) {
      if (lower[i] === '' || used.has(i)) continue
      for (const c of ordered) {
        if (c.tokens[0] !== lower[i] || !same(i, c.tokens)) continue
        const last = i + c.tokens.length - 1
        let tail: [number, number] | undefined
        if (c.tail) {
          let at = -1
          for (let j = last + 1; j < Math.min(list.length, last + 1 + 12); j++)
            if (same(j, c.tail)) {
              at = j
              break
            }
          if (at === -1) continue
          tail = [at, at + c.tail.length - 1]
          for (let k = tail[0]; k <= tail[1]; k++) used.add(k)
        }
        for (let k = i; k <= last; k++) used.add(k)
        out.push([c.term, i, last, tail])
        i = last
        break
      }
    }
    return out
  }

  it('gives the same matches on 2,000 generated sentences', () => {
    const entries = [
      entry('in'),
      entry('in het'),
      entry('in het kader van'),
      entry('in het kader'),
      entry('het kader'),
      entry('kader van de'),
      entry('van de'),
      entry('de brief'),
      entry('in dienen', ['in ... dienen']),
      entry('geven aan', ['geven ... aan']),
      entry('geven', ['geven ... in het kader']),
      entry('aan de hand van'),
      entry('aan'),
    ]
    const phrases = new PhraseMatcher(entries)
    const vocabulary = 'in het kader van de brief dienen geven aan hand wij u'.split(' ')
    let seed = 3
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    let matched = 0
    for (let round = 0; round < 2000; round++) {
      const length = 1 + Math.floor(next() * 16)
      const text = Array.from(
        {length},
        () => vocabulary[Math.floor(next() * vocabulary.length)],
      ).join(' ')
      const masked = next() < 0.3 ? [Math.floor(next() * length)] : []
      const list = words(text, masked)
      const got = phrases.match(list).map((m) => [m.entry.term, m.first, m.last, m.tail])
      expect(got, text).toEqual(reference(entries, list))
      matched += got.length
    }
    expect(matched).toBeGreaterThan(2000)
  })
})
