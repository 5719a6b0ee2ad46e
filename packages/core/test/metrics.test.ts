import {describe, expect, it} from 'vitest'
import {estimateLevel} from '../src/metrics/level.js'
import {brouwer, fleschDouma} from '../src/metrics/readability.js'
import {checkerFor} from './helpers.js'

const allOff = {
  rules: Object.fromEntries(
    ['spelling', 'lange-zin', 'lange-alinea', 'moeilijk-woord'].map((id) => [id, 'off' as const]),
  ),
}
const metricsOf = (text: string) => checkerFor(allOff).check({text}).metrics

describe('readability formulas', () => {
  it('Flesch-Douma and Brouwer match hand-computed values', () => {
    // 1,3 syllables per word, 5 words per sentence.
    expect(fleschDouma(1.3, 5)).toBeCloseTo(206.835 - 100.1 - 4.65, 10)
    expect(fleschDouma(1.3, 5)).toBeCloseTo(102.085, 10)
    expect(brouwer(1.3, 5)).toBeCloseTo(98.29, 10)
    // 1,7 syllables per word, 24 words per sentence.
    expect(fleschDouma(1.7, 24)).toBeCloseTo(53.615, 10)
    expect(brouwer(1.7, 24)).toBeCloseTo(195 - 113.39 - 48, 10)
  })
})

describe('computeMetrics', () => {
  it('counts words, sentences and syllables of a short text', () => {
    // Wij(1) sturen(2) u(1) een(1) brief(1) · De(1) gemeente(3) helpt(1) u(1) graag(1)
    const m = metricsOf('Wij sturen u een brief. De gemeente helpt u graag.')
    expect([m.words, m.sentences, m.paragraphs, m.syllables]).toEqual([10, 2, 1, 13])
    expect(m.wordsPerSentence).toBe(5)
    expect(m.syllablesPerWord).toBeCloseTo(1.3, 10)
    expect(m.fleschDouma).toBeCloseTo(102.085, 10)
    expect(m.brouwer).toBeCloseTo(98.29, 10)
    expect(m.longSentenceShare).toBe(0)
    expect(m.level.level).toBe('onbekend')
    expect(
      m.perSentence.map((s) => [s.words, s.syllables, s.range.start.offset, s.range.end.offset]),
    ).toEqual([
      [5, 6, 0, 23],
      [5, 7, 24, 50],
    ])
  })

  it('counts a placeholder as one word without syllables, and numbers without syllables', () => {
    // Beste(2) {{ aanvrager.naam }}(word, no syllables) welkom(2) · U(1) betaalt(2) 25(word) euro(2)
    const m = metricsOf('Beste {{ aanvrager.naam }}, welkom. U betaalt 25 euro.')
    expect([m.words, m.sentences, m.syllables]).toEqual([7, 2, 9])
    expect(m.syllablesPerWord).toBeCloseTo(9 / 5, 10)
  })

  it('reports rare words per sentence and their share', () => {
    const m = metricsOf('Wij eisen cumulatie en prolongatie van de dwangsom.')
    expect(m.perSentence[0]!.rareWords).toEqual(['cumulatie', 'prolongatie', 'dwangsom'])
    expect(m.rareWordShare).toBeCloseTo(3 / 8, 10)
  })

  it('leaves salutation, subject and the lines after the closing out', () => {
    const m = metricsOf(
      'Onderwerp: uw pas\n\nBeste Sanne,\n\nUw pas is klaar.\n\nMet vriendelijke groet,\n\nTeam Burgerzaken',
    )
    expect([m.words, m.sentences, m.paragraphs]).toEqual([4, 1, 1])
  })

  it('gives zeros, not NaN, for an empty text', () => {
    const m = metricsOf('')
    expect([
      m.words,
      m.sentences,
      m.wordsPerSentence,
      m.syllablesPerWord,
      m.fleschDouma,
      m.brouwer,
      m.rareWordShare,
    ]).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(m.level.level).toBe('onbekend')
  })
})

describe('estimateLevel', () => {
  it('explains a hard text in Dutch, as an indication', () => {
    const estimate = estimateLevel({
      words: 200,
      wordsPerSentence: 24,
      syllablesPerWord: 1.7,
      fleschDouma: 53.615,
      longSentenceShare: 0.4,
      rareWordShare: 0.12,
      passiveShare: undefined,
      targetLevel: 'B1',
    })
    expect(estimate).toEqual({
      level: 'C1+',
      indicative: true,
      reasons: [
        'Gemiddeld 24,0 woorden per zin; voor B1 is 15 het streven.',
        '40% van de zinnen heeft meer dan 20 woorden; voor B1 hoogstens 10%.',
        'Flesch-Douma 54 (1,7 lettergrepen per woord): lange woorden en zinnen; voor B1 is 60 of hoger het streven.',
        '12% van de woorden is weinig gebruikt; voor B1 hoogstens 10%.',
      ],
    })
  })

  it('takes the second-highest criterion, so one outlier does not decide', () => {
    const estimate = estimateLevel({
      words: 120,
      wordsPerSentence: 12,
      syllablesPerWord: 1.5,
      fleschDouma: 80,
      longSentenceShare: 0.3,
      rareWordShare: 0.04,
      passiveShare: 0.05,
      targetLevel: 'B1',
    })
    expect(estimate.level).toBe('B1')
    expect(estimate.reasons).toEqual([
      '30% van de zinnen heeft meer dan 20 woorden; voor B1 hoogstens 10%.',
    ])
  })

  it('says why a text fits the target level', () => {
    const estimate = estimateLevel({
      words: 120,
      wordsPerSentence: 9,
      syllablesPerWord: 1.4,
      fleschDouma: 90,
      longSentenceShare: 0,
      rareWordShare: 0.02,
      passiveShare: undefined,
      targetLevel: 'B1',
    })
    expect(estimate).toEqual({
      level: 'A1-A2',
      indicative: true,
      reasons: [
        'De tekst past bij B1: Gemiddeld 9,0 woorden per zin; Flesch-Douma 90; 0% lange zinnen; 2% weinig gebruikte woorden.',
      ],
    })
  })
})
