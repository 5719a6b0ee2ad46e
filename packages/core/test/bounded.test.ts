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

describe('Markdown limits before remark sees the text', () => {
  const load = (text: string) => () => dutch.check({text, format: 'md', path: 'brief.md'})

  it('refuses deep nesting with a Dutch message naming the file (100 KB of >, 1,000-level list)', () => {
    expect(load(`${'>'.repeat(N)} tekst`)).toThrow(
      'brief.md: deze Markdown is te diep genest (meer dan 50 lijsten of citaten in elkaar)',
    )
    expect(load(`${'>'.repeat(3000)} tekst`)).toThrow(/te diep genest/)
    const list = Array.from({length: 1000}, (_, i) => `${'  '.repeat(i)}- punt`).join('\n')
    expect(load(list)).toThrow(/te diep genest/)
    const ordered = Array.from({length: 1000}, (_, i) => `${'   '.repeat(i)}1. punt`).join('\n')
    expect(load(ordered)).toThrow(/te diep genest/)
  })

  it('refuses runs of backticks, asterisks and brackets in one paragraph', () => {
    expect(load('` '.repeat(N / 2))).toThrow(/te veel opmaaktekens in één alinea/)
    expect(load('*a'.repeat(N / 2))).toThrow(/te veel opmaaktekens/)
    expect(load(`${'['.repeat(N / 2)}${']('.repeat(N / 4)}`)).toThrow(/te veel opmaaktekens/)
  })

  it('refuses a block of thousands of lines without a blank line (micromark is quadratic there)', () => {
    const quote = Array.from({length: 30_000}, () => '> Wij bellen u.').join('\n')
    expect(load(quote)).toThrow(/een blok van meer dan 2000 regels zonder witregel/)
  })

  it('still checks ordinary nesting, emphasis and many paragraphs', () => {
    const text = [
      '> - Wij hebben uw aanvraag **reeds** ontvangen.',
      '>   - Wij bellen u `binnen` drie dagen.',
      '',
      ...Array.from({length: 300}, () => 'Wij sturen u *reeds* een brief.\n'),
    ].join('\n')
    const findings = dutch.check({text, format: 'md'}).findings
    expect(findings.filter((f) => f.actual === 'reeds')).toHaveLength(301)
  })
})

describe('per-document limit on findings', () => {
  it('keeps the first 1,000 findings of a rule and sums up the rest in one finding without a fix', () => {
    const text = Array.from({length: 6_000}, () => 'Wij sturen reeds.').join('\n\n')
    const findings = dutch.check({text, format: 'txt'}).findings
    const reeds = findings.filter((f) => f.ruleId === 'ambtelijke-taal')
    expect(reeds).toHaveLength(1_001)
    const summary = reeds.at(-1)!
    expect(summary.messageId).toBe('te-veel-meldingen')
    expect(summary.reason).toBe(
      'Deze regel gaf in dit bestand meer dan 1.000 meldingen; de volgende 5.000 staan niet in de lijst. Verbeter eerst de eerste meldingen en controleer dan opnieuw.',
    )
    expect(summary.fix).toBeUndefined()
    expect(summary.range.start.line).toBe(2_001)
    expect(reeds[999]!.fix).toBe('safe')
  })
})
