import {describe, expect, it} from 'vitest'
import {createChecker} from '../src/checker.js'
import {parseDirective} from '../src/nlp/directives.js'
import {countSyllables} from '../src/nlp/syllables.js'
import type {Format} from '../src/types.js'

/**
 * Adversarial inputs of 100,000 characters for every regex and algorithm that was super-linear
 * (issue #19). Each took from ten seconds to many minutes before; these tests only assert that the
 * check finishes (vitest's time-out) and still answers correctly. Time and memory are measured by
 * `pnpm adversarial`, not here.
 */
const N = 100_000
const dutch = await createChecker({})
const english = await createChecker({lang: 'en'})

function check(text: string, format: Format = 'txt', checker = dutch) {
  return checker.check({text, format}).findings
}

describe('bounded work on adversarial input', () => {
  it('EUROS_PLURAL: a run of digits before "euros" (was quadratic)', () => {
    const findings = check(`Het kost ${'1'.repeat(N)} x en 12 euro's.`)
    const plural = findings.filter((f) => f.ruleId === 'datum-en-bedrag')
    expect(plural.map((f) => f.actual)).toContain("12 euro's")
  })

  it('thousands grouping of a long English amount (was a quadratic lookahead)', () => {
    const findings = check(`Het kost € 1${',000'.repeat(N / 4)}.`)
    const amount = findings.find((f) => f.ruleId === 'datum-en-bedrag')
    expect(amount?.expected[0]).toMatch(/^€ 1\.000\.000\./)
    expect(amount?.expected[0]).toHaveLength(2 + 1 + (N / 4) * 4)
  })

  it('directive comment with a long run of spaces (was polynomial backtracking)', () => {
    // As before: white space (also a newline) separates the keyword from the rule list.
    expect(parseDirective(`duidelijk-disable${' '.repeat(N)}\nx`)).toEqual({
      kind: 'disable',
      ruleIds: ['x'],
    })
    expect(parseDirective(`duidelijk-disable a\nb`)).toBeUndefined()
    expect(parseDirective(`duidelijk-disable lange-zin${' '.repeat(N)}`)).toEqual({
      kind: 'disable',
      ruleIds: ['lange-zin'],
    })
    expect(parseDirective('duidelijk-disable-line spelling -- uitleg')).toEqual({
      kind: 'disable-line',
      ruleIds: ['spelling'],
    })
    expect(parseDirective('duidelijk-disablefoo')).toBeUndefined()
    check(`<!-- duidelijk-disable${' '.repeat(N)}\nx -->\n\nTekst.`, 'md')
  })

  it('HTML depth guard on an unclosed tag name and on nested quotes (was quadratic)', () => {
    check(`<p>Tekst <a${'b'.repeat(N)}</p>`, 'html')
    check(`<p>Tekst ${'<a "'.repeat(N / 4)}</p>`, 'html')
    const nested = `${'<div>'.repeat(300)}tekst${'</div>'.repeat(300)}`
    expect(() => check(nested, 'html')).toThrow(/te diep genest/)
  })

  it('salutation and comment lines with long white space (was polynomial backtracking)', () => {
    const salutation = check(`Geachte${' '.repeat(N)}\nx`)
    expect(salutation).toBeDefined()
    check(`#${' '.repeat(N)}x\u2028y`)
    check(`Geachte heer ${'a'.repeat(N)} b\n\nDit is de brief.`)
  })

  it('e-mail mask on a long run of letters before an @ (was quadratic)', () => {
    const findings = check(`Mail ${'a'.repeat(N)}@ nu of mail info@gemeente.nl.`)
    expect(findings.filter((f) => f.actual.startsWith('info')).map((f) => f.ruleId)).toEqual([])
  })

  it('long words: syllables, spelling and compound splitting stay bounded', () => {
    expect(countSyllables('ë'.repeat(N))).toBeGreaterThan(0)
    expect(countSyllables('a'.repeat(1000))).toBeGreaterThan(0)
    check(`Dit is een ${'a'.repeat(1000)} woord.`)
    check('gemeentebelasting'.repeat(20))
  })

  it('long dotted and hyphenated tokens in English no longer overflow the stack', () => {
    for (const run of ['a.'.repeat(500_000), 'a-'.repeat(500_000)]) {
      const text = `The council will send the letter. ${run}b and we thank you.`
      expect(() => check(text, 'txt', english)).not.toThrow()
    }
  })
})
