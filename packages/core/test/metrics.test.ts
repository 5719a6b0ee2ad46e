import type {Paragraph, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextDutch from 'retext-dutch'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {computeMetrics, type MetricsOptions} from '../src/metrics/index.js'
import {estimateLevel} from '../src/metrics/level.js'
import {brouwer, fleschDouma} from '../src/metrics/readability.js'
import {loadFrequency, type Frequency} from '../src/nlp/frequency.js'
import type {SentenceInfo, UnitInfo, WordInfo} from '../src/rule.js'
import type {MaskedRange, SourceRange} from '../src/types.js'
import {checkerFor} from './helpers.js'

/** Parse Dutch text into UnitInfo fixtures: one unit per paragraph, words with text offsets. */
function parse(text: string, masked: MaskedRange[] = []): UnitInfo[] {
  const tree = unified().use(retextDutch).parse(text) as Root
  const paragraphs = tree.children.filter((n): n is Paragraph => n.type === 'ParagraphNode')
  return paragraphs.map((node, unitIndex) => {
    const unit = {
      kind: 'paragraph' as const,
      start: node.position!.start.offset!,
      end: node.position!.end.offset!,
    }
    const info: UnitInfo = {unit, node, sentences: []}
    for (const sentence of node.children) {
      if (sentence.type !== 'SentenceNode') continue
      const start = sentence.position!.start.offset!
      const end = sentence.position!.end.offset!
      const words: WordInfo[] = []
      for (const child of sentence.children) {
        if (child.type !== 'WordNode') continue
        const wStart = child.position!.start.offset!
        const wEnd = child.position!.end.offset!
        const mask = masked.find((m) => m.start < wEnd && wStart < m.end)
        const value = mask ? mask.value : toString(child)
        words.push({
          node: child,
          value,
          lower: value.toLowerCase(),
          start: wStart,
          end: wEnd,
          masked: mask,
          index: words.length,
        })
      }
      const info2: SentenceInfo = {
        node: sentence,
        text: text.slice(start, end),
        start,
        end,
        words,
        unit,
        unitIndex,
        indexInUnit: info.sentences.length,
      }
      info.sentences.push(info2)
    }
    return info
  })
}

const toRange = (start: number, end: number): SourceRange => ({
  start: {line: 1, column: start + 1, offset: start},
  end: {line: 1, column: end + 1, offset: end},
})

/** A frequency list where exactly the given words are rare. */
function rareOnly(...words: string[]): Frequency {
  const rare = new Set(words)
  return {
    rank: () => undefined,
    isRare: (word) => rare.has(word.toLowerCase()),
    compoundParts: () => undefined,
  }
}

const options = (extra: Partial<MetricsOptions> = {}): MetricsOptions => ({
  frequency: rareOnly(),
  toRange,
  ...extra,
})

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

describe('computeMetrics on parsed units', () => {
  it('computes document and sentence figures of a short text by hand', () => {
    // De(1) gemeente(3) haalt(1) het(1) afval(2) weg(1) = 6 words, 9 syllables
    // Zet(1) de(1) container(3) op(1) maandag(2) buiten(2) = 6 words, 10 syllables
    const text = 'De gemeente haalt het afval weg. Zet de container op maandag buiten.'
    const m = computeMetrics(parse(text), options())
    expect([m.words, m.sentences, m.paragraphs, m.syllables]).toEqual([12, 2, 1, 19])
    expect(m.wordsPerSentence).toBe(6)
    expect(m.syllablesPerWord).toBeCloseTo(19 / 12, 12)
    // 206,835 − 77 × 19/12 − 0,93 × 6 and 195 − 66,7 × 19/12 − 2 × 6
    expect(m.fleschDouma).toBeCloseTo(79.338333, 5)
    expect(m.brouwer).toBeCloseTo(77.391667, 5)
    expect([m.longSentenceShare, m.rareWordShare, m.passiveShare]).toEqual([0, 0, undefined])
    expect(m.level.level).toBe('onbekend')
    expect(m.perParagraph).toHaveLength(1)
    expect(m.perParagraph[0]!.range).toEqual(toRange(0, text.length))
    const [first, second] = m.perSentence
    expect(first!.fleschDouma).toBeCloseTo(206.835 - 115.5 - 5.58, 10)
    expect(first!.brouwer).toBeCloseTo(195 - 100.05 - 12, 10)
    expect({...first, fleschDouma: 0, brouwer: 0}).toEqual({
      range: toRange(0, 32),
      words: 6,
      syllables: 9,
      syllablesPerWord: 1.5,
      fleschDouma: 0,
      brouwer: 0,
      long: false,
      passive: undefined,
      rareWords: [],
      rareWordShare: 0,
    })
    expect(second!.range).toEqual(toRange(33, text.length))
    expect(second!.fleschDouma).toBeCloseTo(206.835 - 77 * (10 / 6) - 0.93 * 6, 10)
  })

  it('counts a placeholder once, an amount once, and leaves both out of syllables', () => {
    const text =
      'Beste [naam aanvrager], wij hebben uw aanvraag ontvangen. U betaalt 1.250,00 euro.\n\n' +
      'Het besluit is door de gemeente genomen.'
    const placeholder: MaskedRange = {
      kind: 'placeholder',
      start: 6,
      end: 22,
      value: '[naam aanvrager]',
    }
    const units = parse(text, [placeholder])
    // The parser splits the placeholder into two words with the same mask.
    expect(units[0]!.sentences[0]!.words.filter((w) => w.masked).length).toBe(2)
    const passive = new Set([units[1]!.sentences[0]!])
    const m = computeMetrics(units, options({longSentence: 5, passiveSentences: passive}))
    // Beste(2) [placeholder] wij(1) hebben(2) uw(1) aanvraag(2) ontvangen(3): 7 words, 11 syllables
    // U(1) betaalt(2) 1.250,00 euro(2): 4 words, 5 syllables
    // Het(1) besluit(2) is(1) door(1) de(1) gemeente(3) genomen(3): 7 words, 12 syllables
    expect(m.perSentence.map((s) => [s.words, s.syllables, s.long, s.passive])).toEqual([
      [7, 11, true, false],
      [4, 5, false, false],
      [7, 12, true, true],
    ])
    expect([m.words, m.sentences, m.paragraphs, m.syllables]).toEqual([18, 3, 2, 28])
    expect(m.syllablesPerWord).toBe(28 / 16)
    expect(m.wordsPerSentence).toBe(6)
    expect(m.fleschDouma).toBeCloseTo(66.505, 10)
    expect(m.brouwer).toBeCloseTo(66.275, 10)
    expect(m.longSentenceShare).toBeCloseTo(2 / 3, 12)
    expect(m.passiveShare).toBeCloseTo(1 / 3, 12)
    expect(m.perParagraph.map((p) => [p.words, p.sentences, p.passiveShare])).toEqual([
      [11, 2, 0],
      [7, 1, 1],
    ])
    expect(m.perParagraph[1]!.range).toEqual(toRange(84, text.length))
  })

  it('lists rare words per sentence, leaving names inside a sentence out of the share', () => {
    const text = 'Wij eisen de dwangsom van Jansen en de dwangsom van Pietersen.'
    const m = computeMetrics(parse(text), options({frequency: rareOnly('dwangsom', 'jansen')}))
    // 11 words; Jansen and Pietersen are names: 9 candidates, 2 of them rare.
    expect(m.perSentence[0]!.rareWords).toEqual(['dwangsom', 'dwangsom'])
    expect(m.rareWordShare).toBe(2 / 9)
    expect(m.perSentence[0]!.rareWordShare).toBe(2 / 9)
    // Wij(1) eisen(2) de(1) dwangsom(2) van(1) Jansen(2) en(1) de(1) dwangsom(2) van(1) Pietersen(3)
    expect(m.syllables).toBe(17)
  })

  it('passes the rare threshold to the frequency list', () => {
    const text = 'Wij sturen u de brief teneinde u te helpen.'
    const frequency = loadFrequency()
    expect(computeMetrics(parse(text), options({frequency})).perSentence[0]!.rareWords).toEqual([])
    expect(
      computeMetrics(parse(text), options({frequency, rareThreshold: 10_000})).perSentence[0]!
        .rareWords,
    ).toEqual(['teneinde'])
  })

  it('gives zeros and no level for no units, and leaves wordless sentences out', () => {
    for (const units of [[], parse('...'), parse('--- \n\n …')]) {
      const m = computeMetrics(units, options({passiveSentences: new Set()}))
      expect(m).toEqual({
        words: 0,
        sentences: 0,
        paragraphs: 0,
        syllables: 0,
        wordsPerSentence: 0,
        syllablesPerWord: 0,
        longSentenceShare: 0,
        fleschDouma: 0,
        brouwer: 0,
        rareWordShare: 0,
        passiveShare: 0,
        level: {
          level: 'onbekend',
          indicative: true,
          reasons: [
            'Te kort voor een betrouwbaar niveau: 0 woorden lopende tekst; duidelijk geeft een indicatie vanaf 100 woorden.',
          ],
        },
        perParagraph: [],
        perSentence: [],
      })
    }
  })

  it('estimates a level with reasons for the target level from 100 words on', () => {
    // Nine sentences of 12 words: 108 words, 12 per sentence.
    const sentence = 'Wij halen het afval op maandag en donderdag bij uw huis weg. '
    const m = computeMetrics(parse(sentence.repeat(9).trim()), options({targetLevel: 'B2'}))
    expect([m.words, m.sentences]).toEqual([108, 9])
    // Wij(1) halen(2) het(1) afval(2) op(1) maandag(2) en(1) donderdag(3) bij(1) uw(1) huis(1)
    // weg(1): 17 syllables in 12 words. Flesch-Douma 206,835 − 77 × 17/12 − 0,93 × 12 = 86,59.
    expect(m.syllables).toBe(153)
    expect(m.fleschDouma).toBeCloseTo(86.591667, 5)
    expect(m.level.indicative).toBe(true)
    // Words per sentence says B1, the other three A1-A2: the second-highest level is A1-A2.
    expect(m.level.level).toBe('A1-A2')
    expect(m.level.reasons).toEqual([
      'De tekst past bij B2 en is zelfs eenvoudiger (A1-A2): gemiddeld 12,0 woorden per zin; Flesch-Douma 87; 0% lange zinnen; 0% weinig gebruikte woorden.',
      'Gemeten over 108 woorden lopende tekst.',
    ])
  })

  it('names the configured long-sentence limit in the reasons', () => {
    // 9 sentences of 12 words; with a limit of 10 words all are long. One criterion (C1+) does
    // not decide: the level is B1, and the long sentences are a point of attention.
    const sentence = 'Wij halen het afval op maandag en donderdag bij uw huis weg. '
    const m = computeMetrics(parse(sentence.repeat(9).trim()), options({longSentence: 10}))
    expect(m.longSentenceShare).toBe(1)
    expect(m.level.level).toBe('B1')
    expect(m.level.reasons).toEqual([
      'De tekst past bij B1: gemiddeld 12,0 woorden per zin; Flesch-Douma 87; 0% weinig gebruikte woorden.',
      'Aandachtspunt (één kenmerk, bepaalt het niveau niet): 100% van de zinnen heeft meer dan 10 woorden; voor B1 hoogstens 10%.',
      'Gemeten over 108 woorden lopende tekst.',
    ])
  })
})

describe('computeMetrics through the checker', () => {
  it('counts words, sentences and syllables of a short text', () => {
    // Wij(1) sturen(2) u(1) een(1) brief(1) · De(1) gemeente(3) helpt(1) u(1) graag(1)
    const m = metricsOf('Wij sturen u een brief. De gemeente helpt u graag.')
    expect([m.words, m.sentences, m.paragraphs, m.syllables]).toEqual([10, 2, 1, 13])
    expect(m.wordsPerSentence).toBe(5)
    expect(m.syllablesPerWord).toBeCloseTo(1.3, 10)
    // Flesch-Douma 102,085 by the formula, shown on its 0–100 scale (issue #15).
    expect(m.fleschDouma).toBe(100)
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
        'Gemeten over 200 woorden lopende tekst.',
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
    // Issue #15: the label and its reasons agree. The outlier is a point of attention.
    expect(estimate.reasons).toEqual([
      'De tekst past bij B1: gemiddeld 12,0 woorden per zin; Flesch-Douma 80; 4% weinig gebruikte woorden; 5% zinnen in de lijdende vorm.',
      'Aandachtspunt (één kenmerk, bepaalt het niveau niet): 30% van de zinnen heeft meer dan 20 woorden; voor B1 hoogstens 10%.',
      'Gemeten over 120 woorden lopende tekst.',
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
        'De tekst past bij B1 en is zelfs eenvoudiger (A1-A2): gemiddeld 9,0 woorden per zin; Flesch-Douma 90; 0% lange zinnen; 2% weinig gebruikte woorden.',
        'Gemeten over 120 woorden lopende tekst.',
      ],
    })
  })
})

// Issue #15, kind 7: "A1-A2" shown with a reason that the text is not yet B1; a Brouwer score of
// -15 shown as is; a 45-word text rated with the same confidence as a letter.
describe('honest levels', () => {
  it('never shows a level at or below the target with a reason that says it misses the target', () => {
    const values = {
      wordsPerSentence: [8, 13, 18, 26],
      fleschDouma: [80, 65, 50, 30],
      longSentenceShare: [0, 0.08, 0.2, 0.4],
      rareWordShare: [0.02, 0.08, 0.12, 0.3],
    }
    let checked = 0
    for (const wordsPerSentence of values.wordsPerSentence)
      for (const fleschDouma of values.fleschDouma)
        for (const longSentenceShare of values.longSentenceShare)
          for (const rareWordShare of values.rareWordShare) {
            const estimate = estimateLevel({
              words: 150,
              wordsPerSentence,
              syllablesPerWord: 1.5,
              fleschDouma,
              longSentenceShare,
              rareWordShare,
              passiveShare: undefined,
              targetLevel: 'B1',
            })
            const fits = ['A1-A2', 'B1'].includes(estimate.level)
            const first = estimate.reasons[0]!
            // At or below B1 the first reason says it fits; above, it never does.
            expect([estimate.level, first.startsWith('De tekst past bij B1')]).toEqual([
              estimate.level,
              fits,
            ])
            // Any "voor B1 …" reason under a fitting label is marked as a point of attention.
            for (const reason of estimate.reasons.slice(1, -1)) {
              if (fits) expect(reason).toMatch(/^Aandachtspunt/)
            }
            expect(estimate.reasons.at(-1)).toBe('Gemeten over 150 woorden lopende tekst.')
            checked++
          }
    expect(checked).toBe(256)
  })

  it('clamps Flesch-Douma and Brouwer to 0–100', () => {
    // One sentence of 40 long words: Brouwer and Flesch-Douma fall far below zero by the formula.
    const word = 'verantwoordelijkheidsverdeling '
    const m = computeMetrics(parse(`${word.repeat(40).trim()}.`), options())
    expect(brouwer(m.syllablesPerWord, m.wordsPerSentence)).toBeLessThan(-15)
    expect([m.brouwer, m.fleschDouma]).toEqual([0, 0])
    expect([m.perSentence[0]!.brouwer, m.perParagraph[0]!.fleschDouma]).toEqual([0, 0])
  })

  it('says a text under 100 words is too short for a reliable level', () => {
    const sentence = 'Wij halen het afval op maandag en donderdag bij uw huis weg. '
    const short = computeMetrics(parse(sentence.repeat(4).trim()), options())
    expect(short.words).toBe(48)
    expect(short.level).toEqual({
      level: 'onbekend',
      indicative: true,
      reasons: [
        'Te kort voor een betrouwbaar niveau: 48 woorden lopende tekst; duidelijk geeft een indicatie vanaf 100 woorden.',
      ],
    })
    expect(computeMetrics(parse(sentence.repeat(9).trim()), options()).level.level).toBe('A1-A2')
  })
})
