// A sentence just over lange-zin's limit counts only when it is officialese too
// (src/pipeline/near-limit.ts; blind letters, sets a to j). Sentences written for this test.
import {beforeAll, describe, expect, it} from 'vitest'
import {loadHunspell} from '../src/spelling/hunspell.js'
import {checkerFor} from './helpers.js'

beforeAll(async () => {
  await loadHunspell()
})

/** 21 words in plain Dutch. */
const PLAIN_21 =
  'Wij halen het grof afval bij u thuis op als u het minstens een week van tevoren op onze website aanvraagt.'
/** 22 words in plain Dutch. */
const PLAIN_22 =
  'Wij halen het grof afval bij u thuis op als u het minstens een week van tevoren op onze eigen website aanvraagt.'
/** 21 words with 'Indien' and 'middels'. */
const STIFF_21 =
  'Indien u het grof afval thuis wilt laten ophalen, kunt u dit minstens een week van tevoren middels onze website aanvragen.'
/** 21 words with 'Indien' alone. */
const ONE_STIFF_21 =
  'Indien u het grof afval thuis wilt laten ophalen, kunt u dit minstens een week van tevoren op onze website aanvragen.'
/** 22 words with 'Indien' alone. */
const ONE_STIFF_22 =
  'Indien u het grof afval thuis wilt laten ophalen, kunt u dit minstens een week van tevoren op onze eigen website aanvragen.'
/** 23 words in plain Dutch. */
const PLAIN_23 =
  'Wij halen het grof afval bij u thuis op als u het minstens een week van tevoren op de website van de gemeente aanvraagt.'
/** 26 words in plain Dutch. */
const PLAIN_26 =
  'Wij halen het grof afval bij u thuis op als u het minstens een week van tevoren op de website van de gemeente bij ons aanvraagt.'

const lengths = (text: string, config = {}) =>
  checkerFor(config)
    .check({text})
    .findings.filter((f) => f.ruleId === 'lange-zin')
    .map((f) => [f.range.start.offset, f.range.end.offset, f.message])

describe('sentences just over the length limit', () => {
  it('are not reported in plain words', () => {
    expect(lengths(PLAIN_21)).toEqual([])
    expect(lengths(PLAIN_22)).toEqual([])
  })

  it('are reported when ambtelijke-taal reports something in them', () => {
    expect(lengths(STIFF_21)).toEqual([
      [
        0,
        122,
        'Deze zin telt 21 woorden. Maak er twee of meer zinnen van (streef naar hoogstens 20 woorden).',
      ],
    ])
    // One word over takes two stiff words (sets a-qq: with one, 26 of 37 were wrong); two words
    // over take one.
    expect(lengths(ONE_STIFF_21)).toEqual([])
    expect(lengths(ONE_STIFF_22)).toEqual([
      [
        0,
        123,
        'Deze zin telt 22 woorden. Maak er twee of meer zinnen van (streef naar hoogstens 20 woorden).',
      ],
    ])
    // Officialese in the next sentence does not count for this one.
    expect(lengths(`${PLAIN_21} Indien u vragen heeft, bel ons.`)).toEqual([])
  })

  it('are reported when the margin is 0, or when ambtelijke-taal is off', () => {
    const expected = [
      [
        0,
        106,
        'Deze zin telt 21 woorden. Maak er twee of meer zinnen van (streef naar hoogstens 20 woorden).',
      ],
    ]
    expect(lengths(PLAIN_21, {rules: {'lange-zin': ['warning', {marge: 0}]}})).toEqual(expected)
    expect(lengths(PLAIN_21, {rules: {'ambtelijke-taal': 'off'}})).toEqual(expected)
  })

  it('holds back the whole info band (21-25 words) in the default preset, 2 words in B1', () => {
    // Blind letters, sets a to mm: 23 to 25 words in plain words were as often wrong as right.
    expect(lengths(PLAIN_23)).toEqual([])
    expect(
      lengths(PLAIN_23, {extends: ['duidelijk:b1']}).map(([start, end]) => [start, end]),
    ).toEqual([[0, 120]])
  })

  it('does not hold back longer sentences', () => {
    expect(lengths(PLAIN_26).map(([start, end]) => [start, end])).toEqual([[0, 128]])
  })

  it('the strict preset reports every sentence over its limit', () => {
    // 13 words, over strikt's 12, in plain words.
    expect(
      lengths('Wij halen het grof afval bij u thuis op als u het aanvraagt.', {
        extends: ['duidelijk:strikt'],
      }).map(([start, end]) => [start, end]),
    ).toEqual([[0, 60]])
  })
})
