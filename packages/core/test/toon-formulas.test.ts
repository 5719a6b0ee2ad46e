import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {compileFormula, parseFormulas} from '../src/rules/toon.js'

const shipped = readFileSync(new URL('../src/data/stijve-formules.tsv', import.meta.url), 'utf8')
const HEADER = 'formule\tvervanging\tbewerking\tuitleg\n'

describe('stijve-formules.tsv (the phrases of toon)', () => {
  it('compiles the notation: alternatives, optional words in the middle, at the start and at the end', () => {
    expect(compileFormula('wij|we verzoeken u [vriendelijk] doch|maar dringend', 'x').pattern).toBe(
      String.raw`(?:wij|we)\s+verzoeken\s+u\s+(?:vriendelijk\s+)?(?:doch|maar)\s+dringend`,
    )
    expect(compileFormula('[hierbij] delen wij u', 'x').pattern).toBe(
      String.raw`(?:hierbij\s+)?delen\s+wij\s+u`,
    )
    expect(compileFormula('geïnformeerd [te hebben]', 'x').pattern).toBe(
      String.raw`geïnformeerd(?:\s+te\s+hebben)?`,
    )
    // Regex characters in a word are literal.
    expect(
      new RegExp(compileFormula('heer/mevrouw (a.b)', 'x').pattern).test('heer/mevrouw (a.b)'),
    ).toBe(true)
    expect(new RegExp(compileFormula('a.b', 'x').pattern).test('axb')).toBe(false)
  })

  it('picks the longest required word as the quick test for a paragraph', () => {
    expect(compileFormula('[hierbij] delen wij|we u [hierbij] mede|mee dat', 'x').required).toEqual(
      ['delen'],
    )
    expect(compileFormula('wij hopen geïnformeerd|geinformeerd', 'x').required).toEqual([
      'geïnformeerd',
      'geinformeerd',
    ])
    // A bracket inside a word is no regex class: the notation has none.
    expect(() => compileFormula('ge[iï]nformeerd', 'x')).toThrow(/leeg woord of losse haak/)
  })

  it('rejects a broken formula or edit kind, naming the file and line', () => {
    const bad = (row: string) => () => parseFormulas(`# Bron: test\n${HEADER}${row}\n`, 'eigen.tsv')
    expect(bad('wij [delen u\t\taltijd\tUitleg.')).toThrow(
      /eigen\.tsv, regel 3: formule: '\[' zonder '\]'/,
    )
    expect(bad('wij delen] u\t\taltijd\tUitleg.')).toThrow(/regel 3: formule: '\]' zonder '\['/)
    expect(bad('[hierbij]\t\taltijd\tUitleg.')).toThrow(/geen verplicht woord/)
    expect(bad('wij||we\t\taltijd\tUitleg.')).toThrow(/leeg woord/)
    expect(bad('gelieve\tWilt u\tsoms\tUitleg.')).toThrow(/bewerking "soms"; verwacht: altijd/)
    expect(bad('gelieve\tWilt u\taltijd\t')).toThrow(/uitleg ontbreekt/)
    expect(() => parseFormulas('gelieve\tWilt u\taltijd\tUitleg.\n', 'eigen.tsv')).toThrow(
      /eigen\.tsv, regel 1: kopregel/,
    )
  })

  it('every shipped formula matches its own plain form, case-insensitively, across a line break', () => {
    const list = parseFormulas(shipped)
    expect(list.length).toBeGreaterThanOrEqual(21)
    for (const formula of list) {
      const plain = formula.formula
        .replace(/\[[^\]]*\]/g, ' ')
        .trim()
        .split(/\s+/)
        .map((word) => word.split('|')[0])
      const re = new RegExp(`^${formula.pattern}$`, 'iu')
      expect([formula.formula, re.test(plain.join(' ').toUpperCase())]).toEqual([
        formula.formula,
        true,
      ])
      expect([formula.formula, re.test(plain.join('\n'))]).toEqual([formula.formula, true])
    }
  })
  it('a lower-cased text contains a required word wherever the expression (flag iu) can match, but for the long s', () => {
    // toon tests the lower-cased paragraph for a formula's required words before it runs the
    // formula's expression; that is sound only while lower-casing keeps every letter the flag i
    // matches. Checked here over all of Unicode for the letters of the shipped required words.
    const letters = new Set(
      parseFormulas(shipped)
        .flatMap((f) => f.required)
        .join(''),
    )
    const differ: string[] = []
    for (const letter of letters) {
      const re = new RegExp(`^${letter.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'iu')
      for (let code = 0; code <= 0x10ffff; code++) {
        if (code >= 0xd800 && code <= 0xdfff) continue
        const char = String.fromCodePoint(code)
        if (re.test(char) && !char.toLowerCase().includes(letter)) differ.push(`${letter}:${char}`)
      }
    }
    expect(differ).toEqual(['s:ſ'])
  })
})
