import {describe, expect, it} from 'vitest'
import {createFrequency, loadFrequency} from '../src/nlp/frequency.js'

describe('frequency', () => {
  const frequency = loadFrequency()

  it('ranks frequent words from the list', () => {
    expect(frequency.rank('ik')).toBe(1)
    expect(frequency.rank('gemeente')).toBeLessThan(20_000)
    expect(frequency.rank('sommatie')).toBeUndefined()
  })

  it.each([
    ['middels', false], // middel + s: an inflection of a known word; ambtelijke-taal flags it
    ['dwangsom', true],
    ['onverwijld', true],
    ['cumulatie', true],
    ['prolongeren', true],
    ['huis', false],
    ['gemeente', false],
    ['fietsenstalling', false],
    ['bouwvergunning', false],
    ['gemeentebelasting', false],
    ['afvalinzameling', false],
    ['verhuisbericht', false],
    ['parkeervergunningen', false],
    ['aanvragen', false],
    ['gemaakt', false],
    ['WOZ-waarde', false],
    ['2025', false],
  ])('%s is rare: %s', (word, rare) => {
    expect(frequency.isRare(word)).toBe(rare)
  })

  it('splits compounds into known parts, with linking letters', () => {
    expect(frequency.compoundParts('fietsenstalling')).toEqual(['fietsen', 'stalling'])
    expect(frequency.compoundParts('gemeentebelasting')).toEqual(['gemeente', 'belasting'])
    expect(frequency.compoundParts('verhuisbericht')).toEqual(['verhuis', 'bericht'])
    expect(frequency.compoundParts('dwangsom')).toBeUndefined()
    expect(frequency.compoundParts('jeugdpas')).toEqual(['jeugd', 'pas'])
  })

  it('uses the threshold: a lower threshold makes more words rare', () => {
    // 200 filler words first: the most frequent words count as function words, not compound parts.
    const fillers = Array.from(
      {length: 200},
      (_, i) =>
        `vul${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    )
    const small = createFrequency([...fillers, 'huis', 'vergunning'], [])
    expect(small.rank('vergunning')).toBe(202)
    expect(small.isRare('vergunning', 202)).toBe(false)
    expect(small.isRare('vergunning', 201)).toBe(true)
    expect(small.isRare('huizen', 202)).toBe(true)
    expect(small.isRare('huisvergunning', 202)).toBe(false)
    expect(small.isRare('huisvergunning', 201)).toBe(true)
  })
})
