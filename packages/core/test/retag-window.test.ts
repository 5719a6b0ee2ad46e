// The re-tag test on long sentences (nlp/retag.ts): a sentence of up to LONG_SENTENCE tokens is
// tagged whole for every replacement in it, a longer one only in a window around the replacement,
// so a check stays linear in the length of a sentence (a text without full stops).
import {describe, expect, it, vi} from 'vitest'

// Count the tokens of every sentence the re-tag test tags. The setup file has loaded retag.ts
// with the real tagger already, so it is loaded again here with the counting one.
const tagged: number[] = []
vi.resetModules()
vi.doMock('../src/nlp/tagger/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/nlp/tagger/index.js')>()
  return {
    ...actual,
    tagTokens: (words: readonly string[]) => {
      tagged.push(words.length)
      return actual.tagTokens(words)
    },
  }
})
// The fresh modules need the data files on disk as their source again (tests/setup-node.ts).
await import('../src/node/index.js')
const {judgedWindow, LONG_SENTENCE, shapeProblem, tokenize, WINDOW} =
  await import('../src/nlp/retag.js')

const CLAUSE = 'u krijgt binnen twee weken een brief van ons'
/** One sentence: `n` clauses, then `middle`, then `n` clauses, joined by commas. */
const sentence = (n: number, middle: string) =>
  `${[...Array(n).fill(CLAUSE), middle, ...Array(n).fill(CLAUSE)].join(', ')}.`

function judge(text: string, actual: string, replacement: string) {
  const start = text.indexOf(actual)
  tagged.length = 0
  return shapeProblem(tokenize(text), start, start + actual.length, replacement)
}

describe('the re-tag test on long sentences', () => {
  it('tags a sentence of normal length whole', () => {
    const text = sentence(3, 'wij retourneren de stukken morgen')
    const tokens = tokenize(text).length
    expect(tokens).toBeLessThanOrEqual(LONG_SENTENCE)
    expect(judge(text, 'retourneren', 'terugsturen')).toBe(
      'a separable verb left whole in a main clause',
    )
    expect(tagged).toContain(tokens)
  })

  it('tags only a window around the replacement in a sentence of thousands of words', () => {
    const text = sentence(300, 'wij retourneren de stukken morgen')
    expect(tokenize(text).length).toBeGreaterThan(6000)
    expect(judge(text, 'retourneren', 'terugsturen')).toBe(
      'a separable verb left whole in a main clause',
    )
    expect(tagged.length).toBeGreaterThan(0)
    // The replacement is one token here; the window holds at most WINDOW tokens either side.
    for (const size of tagged) expect(size).toBeLessThanOrEqual(2 * WINDOW + 2)
    // Other replacements get the verdict they get in a short sentence.
    const short = sentence(3, 'wij retourneren de stukken morgen')
    for (const replacement of ['sturen', 'sturen wij', 'geven terug', 'brengen']) {
      const inShort = judge(short, 'retourneren', replacement)
      expect(judge(text, 'retourneren', replacement), replacement).toBe(inShort)
    }
  })

  it('starts and ends the window at a clause edge where there is one', () => {
    const tokens = tokenize(sentence(100, 'wij retourneren de stukken morgen'))
    const first = tokens.findIndex((t) => t.value === 'retourneren')
    const {from, to} = judgedWindow(tokens, first, first)
    expect(first - from).toBeLessThanOrEqual(WINDOW)
    expect(first - from).toBeGreaterThanOrEqual(WINDOW / 2)
    expect(tokens[from - 1]!.value).toBe(',')
    expect(to - 1 - first).toBeLessThanOrEqual(WINDOW)
    expect(to - 1 - first).toBeGreaterThanOrEqual(WINDOW / 2)
    expect(tokens[to - 1]!.value).toBe(',')
    // At the start of the sentence the window starts at its first token.
    const start = judgedWindow(tokens, 2, 2)
    expect(start.from).toBe(0)
    // A short sentence is judged whole.
    const short = tokenize(sentence(2, 'wij retourneren de stukken morgen'))
    expect(judgedWindow(short, 5, 5)).toEqual({from: 0, to: short.length})
  })
})
