import {describe, expect, it} from 'vitest'
import {applyMasks, createMaskFinder, DEFAULT_PLACEHOLDER_PATTERNS} from '../src/nlp/masks.js'

const finder = createMaskFinder(DEFAULT_PLACEHOLDER_PATTERNS)
const found = (text: string) => finder.find(text).map((m) => [m.kind, m.value])

describe('masks', () => {
  it('recognises every default placeholder syntax as one token', () => {
    expect(
      found(
        'Beste {{naam}}, {{ aanvrager.naam }} en «Naam» of [naam], [[naam]], ${naam} en %NAAM%.',
      ),
    ).toEqual([
      ['placeholder', '{{naam}}'],
      ['placeholder', '{{ aanvrager.naam }}'],
      ['placeholder', '«Naam»'],
      ['placeholder', '[naam]'],
      ['placeholder', '[[naam]]'],
      ['placeholder', '${naam}'],
      ['placeholder', '%NAAM%'],
    ])
  })

  it('finds URLs and e-mail addresses without trailing punctuation', () => {
    expect(
      found('Kijk op www.dronten.nl/afval. Of mail naar info@dronten.nl, of https://x.nl/a?b=1!'),
    ).toEqual([
      ['url', 'www.dronten.nl/afval'],
      ['email', 'info@dronten.nl'],
      ['url', 'https://x.nl/a?b=1'],
    ])
  })

  it('takes a field of several words in square brackets for one placeholder (set-w)', () => {
    expect(
      found('[Aanhef echtpaar, bijv. De heer en mevrouw Jansen]\n[Postcode] [Woonplaats]'),
    ).toEqual([
      ['placeholder', '[Aanhef echtpaar, bijv. De heer en mevrouw Jansen]'],
      ['placeholder', '[Postcode]'],
      ['placeholder', '[Woonplaats]'],
    ])
    // Not across a line, not without a letter first, not a Markdown link.
    expect(found('[Straat en\nhuisnummer] [ ] […] [1] [zie de bijlage](bijlage.pdf)')).toEqual([])
  })

  it('does not treat a percentage or a Markdown link as a placeholder', () => {
    expect(found('De rente is 3,5% en 10% korting. [tekst](url)')).toEqual([])
  })

  it('masks with a same-length word', () => {
    const text = 'Beste {{naam}}, welkom.'
    expect(applyMasks(text, finder.find(text))).toBe('Beste xxxxxxxx, welkom.')
  })

  it('reports an invalid user pattern by name', () => {
    expect(() => createMaskFinder(['(('])).toThrow('Ongeldig patroon voor plaatsaanduidingen: ((')
  })
})
