import {beforeAll, describe, expect, it} from 'vitest'
import {loadHunspell, suggest} from '../src/spelling/hunspell.js'
import {loadFrequencyLists, loadRankedWords} from '../src/nlp/frequency.js'
import {
  createRankedSuggestionIndex,
  createSuggestionIndex,
  dutchDistance,
  dutchVariants,
  singleEdits,
  suggestWord,
  WordTrie,
  type SuggestDeps,
} from '../src/spelling/suggest.js'

describe('dutchDistance', () => {
  it('counts the mistakes Dutch writers make as half an edit', () => {
    expect(dutchDistance('ontvangd', 'ontvangt')).toBe(0.5)
    expect(dutchDistance('beilage', 'bijlage')).toBe(0.5)
    expect(dutchDistance('vrouwtje', 'vrauwtje')).toBe(0.5)
    expect(dutchDistance('aanchekomen', 'aangekomen')).toBe(0.5)
    expect(dutchDistance('gemente', 'gemeente')).toBe(0.5)
    expect(dutchDistance('kommen', 'komen')).toBe(0.5)
    expect(dutchDistance('vergunnning', 'vergunning')).toBe(0.5)
    expect(dutchDistance('hij vind', 'hij vindt')).toBe(0.5)
    // a diaeresis or accent left out
    expect(dutchDistance('geindiceerd', 'geïndiceerd')).toBe(0.5)
    expect(dutchDistance('financiele', 'financiële')).toBe(0.5)
  })

  it('counts other edits, including a swap of two letters, as one', () => {
    expect(dutchDistance('aanvtaag', 'aanvraag')).toBe(1)
    expect(dutchDistance('aanvarag', 'aanvraag')).toBe(1)
    expect(dutchDistance('aanvaag', 'aanvraag')).toBe(1)
    expect(dutchDistance('brief', 'brief')).toBe(0)
  })

  it('gives up beyond the maximum', () => {
    expect(dutchDistance('brief', 'bestemmingsplan')).toBe(Infinity)
    expect(dutchDistance('kast', 'mond', 2)).toBe(Infinity)
    expect(dutchDistance('kast', 'kost', 2)).toBe(1)
  })
})

describe('dutchVariants', () => {
  it('applies each Dutch confusion once', () => {
    const variants = dutchVariants('beilage')
    expect(variants).toContain('bijlage')
    expect(dutchVariants('gebeurd')).toEqual(expect.arrayContaining(['gebeurt', 'gebeurdt']))
    expect(dutchVariants('vergunig')).toContain('vergunnig')
    expect(dutchVariants('gemente')).toContain('gemeente')
    expect(variants).not.toContain('beilage')
  })
})

describe('the suggestion index over the frequency knowledge’s own map', () => {
  const WORD = /^[\p{L}'-]+$/u
  const {ranked, basic} = loadFrequencyLists()

  it('needs every line of the frequency list to be a lower-case word', () => {
    expect(ranked.filter((line) => line !== line.toLowerCase() || !WORD.test(line))).toEqual([])
  })

  it('gives the same candidates, in the same order, as an index of its own over the lists', () => {
    // As the index was built before: both lists lower-cased, in order, words of letters only.
    const words = [...ranked, ...basic].map((w) => w.toLowerCase()).filter((w) => WORD.test(w))
    const own = createSuggestionIndex(words)
    const more = basic.map((w) => w.toLowerCase()).filter((w) => WORD.test(w))
    const {ranks, length} = loadRankedWords()
    const shared = createRankedSuggestionIndex(ranks, length, more)
    expect(shared.size).toBe(own.size)
    // Typos near frequent and basic words (every 40th), plus short words and list words.
    const queries = new Set<string>(['u', 'ik', 'de', 'het'])
    for (const word of [
      ...ranked.filter((_, i) => i % 40 === 0),
      ...basic.filter((_, i) => i % 10 === 0),
    ]) {
      queries.add(word)
      for (const typo of dutchVariants(word).slice(0, 2)) queries.add(typo)
      queries.add(word.slice(1))
      queries.add(word.slice(0, -1) + 'x')
    }
    let compared = 0
    for (const query of queries) {
      expect([query, shared.candidates(query, 15)]).toEqual([query, own.candidates(query, 15)])
      expect([query, shared.rank(query) === undefined]).toEqual([
        query,
        own.rank(query) === undefined,
      ])
      compared++
    }
    expect(compared).toBeGreaterThan(2000)
  })
})

describe('the trie of the listed words', () => {
  const {ranked, basic} = loadFrequencyLists()
  const WORD = /^[\p{L}'-]+$/u
  const words = [...ranked, ...basic].map((w) => w.toLowerCase()).filter((w) => WORD.test(w))
  const listed = new Set(words)
  const trie = WordTrie.of(words)

  it('lists exactly the words it was built from', () => {
    expect(words.every((word) => trie.has(word))).toBe(true)
    expect(['gemeentt', 'aanvraa', 'xq', ''].filter((word) => trie.has(word))).toEqual([])
  })

  it('finds the same listed words as making every single edit and looking it up', () => {
    const queries = new Set(['aanvtaag', 'gemente', 'bijlagee', 'zrog', 'kort', 'u', 'x', 'één'])
    for (const word of words.filter((_, i) => i % 97 === 0)) {
      queries.add(word)
      queries.add(word.slice(1))
      queries.add(word.slice(0, -1))
      queries.add(word.slice(0, 2) + 'é' + word.slice(2))
      if (word.length > 3) queries.add(word[0] + word[2] + word[1] + word.slice(3))
    }
    for (const query of queries) {
      const found = new Set<string>()
      trie.singleEdits(query, (candidate) => found.add(candidate))
      const expected = new Set(singleEdits(query).filter((edit) => listed.has(edit)))
      expect([query, [...found].sort()]).toEqual([query, [...expected].sort()])
    }
    expect(queries.size).toBeGreaterThan(1500)
  })
})

/** A small dictionary: the list is ranked (most frequent first); hunspell knows `known`. */
function deps(known: string[]): SuggestDeps {
  const ranked = ['de', 'het', 'zorg', 'kort', 'bijlage', 'aanvraag', 'gemeente', 'belasting']
  const index = createSuggestionIndex(ranked)
  const knownSet = new Set([...ranked, ...known])
  return {
    index: () => index,
    isKnown: (word) => knownSet.has(word),
  }
}

describe('suggestWord', () => {
  it('ranks by distance, then by frequency', () => {
    expect(suggestWord('beilage', deps([]))).toEqual(['bijlage'])
    // zort: zorg (t for g) and kort (k for z) are both one edit; zorg is more frequent here.
    expect(suggestWord('zort', deps([]))).toEqual(['zorg', 'kort'])
  })

  it('puts the word with its diaeresis before a word one edit away (geindiceerd, ruine)', () => {
    // set-h: 'geindiceerd' got 'gevindiceerd' first; the index lists both, the other more often.
    const known: SuggestDeps = {
      index: () => createSuggestionIndex(['gevindiceerd', 'bruine', 'geïndiceerd', 'ruïne']),
      isKnown: () => true,
    }
    expect(suggestWord('geindiceerd', known)[0]).toBe('geïndiceerd')
    expect(suggestWord('ruine', known)[0]).toBe('ruïne')
  })

  it('puts a word with a doubled consonant written once before a frequent word one edit away', () => {
    const known: SuggestDeps = {
      index: () => createSuggestionIndex(['de', 'vermoedde']),
      isKnown: (word) => word === 'vermoedde' || word === 'verwoede',
      isCompound: () => false,
    }
    expect(suggestWord('verwoedde', known)).toEqual(['verwoede', 'vermoedde'])
    // A compound the dictionary merely allows does not jump the queue.
    expect(suggestWord('verwoedde', {...known, isCompound: (word) => word === 'verwoede'})).toEqual(
      ['vermoedde'],
    )
  })

  it('gives only the capital when the dictionary knows the word only with one', () => {
    // The lower-case form is a listed (frequent) word; the dictionary knows it only capitalised.
    const listed = createSuggestionIndex(['de', 'belgen', 'mond'])
    const known: SuggestDeps = {
      index: () => listed,
      isKnown: (word) => word === 'Belgen' || word === 'Mont' || word === 'mond',
    }
    expect(suggestWord('belgen', known)).toEqual(['Belgen'])
    // A name as close as a word one Dutch slip away is not preferred: "mont" is "mond".
    expect(
      suggestWord('mont', {...known, index: () => createSuggestionIndex(['mond', 'mont'])}),
    ).toEqual(['mond'])
  })

  it('keeps the case of the written word', () => {
    expect(suggestWord('Aanvtaag', deps([]))).toEqual(['Aanvraag'])
    expect(suggestWord('AANVTAAG', deps([]))).toEqual(['AANVRAAG'])
  })

  it('drops list words the dictionary does not know', () => {
    const noZorg: SuggestDeps = {...deps([]), isKnown: (word) => word === 'kort'}
    expect(suggestWord('zort', noZorg)).toEqual(['kort'])
  })

  it('finds words outside the list with single edits checked by the dictionary', () => {
    expect(suggestWord('formulir', deps(['formulier']))).toEqual(['formulier'])
  })

  it('corrects the last part of a compound', () => {
    expect(suggestWord('gemeentebelastnig', deps(['gemeentebelasting']))).toEqual([
      'gemeentebelasting',
    ])
  })

  it('stops the dictionary checks when the budget is spent', () => {
    let checks = 0
    const counting: SuggestDeps = {
      ...deps(['formulier']),
      isKnown: (word) => (checks++, word === 'formulier'),
    }
    expect(suggestWord('formulir', {...counting, maxChecks: 5})).toEqual([])
    expect(checks).toBe(5)
    expect(suggestWord('formulir', counting)).toEqual(['formulier'])
    let clock = 0
    const slow: SuggestDeps = {...deps(['formulier']), now: () => (clock += 10), budgetMs: 15}
    expect(suggestWord('formulir', slow)).toEqual([])
  })
})

describe('suggest with hunspell and the frequency list', () => {
  beforeAll(async () => {
    await loadHunspell()
  })

  it('puts the intended word first for typical typos', () => {
    expect(suggest('aanvtaag')[0]).toBe('aanvraag')
    expect(suggest('onmiddelijk')[0]).toBe('onmiddellijk')
    expect(suggest('vergunnnig')[0]).toBe('vergunning')
    expect(suggest('beslissinch')[0]).toBe('beslissing')
    expect(suggest('Geachtte')[0]).toBe('Geachte')
  })
})
