// In a letter, a verb used as a noun ("het kappen van") counts only when its sentence holds other
// officialese (src/pipeline/plain-nominal.ts; blind letters, sets a to p). Letters written for
// this test.
import {beforeAll, describe, expect, it} from 'vitest'
import {loadHunspell} from '../src/spelling/hunspell.js'
import {checkerFor} from './helpers.js'

beforeAll(async () => {
  await loadHunspell()
})

const letter = (body: string) =>
  `Beste meneer Visser,\n\n${body}\n\nMet vriendelijke groet,\n\nTeam Groen\nGemeente Westerkoog`

/** The texts of naamwoordstijl's findings. */
const nominal = (text: string, config = {}) =>
  checkerFor(config)
    .check({text})
    .findings.filter((f) => f.ruleId === 'naamwoordstijl')
    .map((f) => f.actual)

/** A plain sentence with one nominalisation. */
const PLAIN = 'Het kappen van de drie zieke essen begint op maandag 9 maart.'
/** The same nominalisation in a sentence with a passive and a formal word. */
const STIFF =
  'Het kappen van de drie zieke essen zal middels een hoogwerker worden uitgevoerd op maandag 9 maart.'

describe('a verb used as a noun in a letter', () => {
  it('is not reported alone in a plain sentence', () => {
    expect(nominal(letter(PLAIN))).toEqual([])
  })

  it('is reported with other officialese in its sentence', () => {
    expect(nominal(letter(STIFF))).toEqual(['Het kappen van'])
  })

  it('is reported outside a letter, and when the other rules are off', () => {
    expect(nominal(PLAIN)).toEqual(['Het kappen van'])
    const alone = {
      rules: {
        'ambtelijke-taal': 'off',
        'lijdende-vorm': 'off',
        tangconstructie: 'off',
      },
    }
    expect(nominal(letter(PLAIN), alone)).toEqual(['Het kappen van'])
  })
})
