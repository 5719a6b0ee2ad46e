import {describe, expect, it} from 'vitest'
import {emailMatches} from '../src/nlp/email-scan.js'

const EMAIL = /(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+/gu
const viaScan = (text: string) => emailMatches(text, EMAIL).map((m) => [m.index, m[0]])
const viaMatchAll = (text: string) => [...text.matchAll(EMAIL)].map((m) => [m.index, m[0]])

describe('emailMatches', () => {
  it('finds the addresses of a contact line with their offsets', () => {
    const text = 'Mail naar wmo-loket@hoogeveld-aa.nl of naar j.de.vries@westerbroek.nl.'
    expect(viaScan(text)).toEqual([
      [10, 'wmo-loket@hoogeveld-aa.nl'],
      [44, 'j.de.vries@westerbroek.nl'],
    ])
  })

  it('gives what a global scan gives, also where addresses touch or are cut off', () => {
    const cases = [
      '',
      'Geen adres in deze zin.',
      'Losse @ in de tekst en @gemeente.nl zonder naam.',
      'a@b.c@d.e en x@y.zz@@q.r',
      'info@gemeente.nl,post@gemeente.nl;balie@ gemeente.nl',
      'naam@gemeente zonder punt, dan naam@gemeente.nl',
      '(bouwen@gemeente.nl) en "team.afval@gemeente.nl".',
      'e-mail:klachten@gemeente-noord.nl/balie@gemeente.nl',
      '\u{1D400}\u{1D401}@wiskunde.nl en 𝒜@b.nl en ä@b.cd',
      `${'x'.repeat(300)}@lang.nl`,
      'Het tarief is 5% van €100.@tarieven.nl',
    ]
    for (const text of cases) expect(viaScan(text), text).toEqual(viaMatchAll(text))
  })

  it('returns no matches for a text without an @', () => {
    expect(emailMatches('Bel ons op 0321 12 34 56.', EMAIL)).toEqual([])
  })
})
