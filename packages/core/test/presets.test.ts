import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {createCheckerSync} from '../src/checker.js'
import {resolveConfig} from '../src/config/resolve.js'
import {builtinRules} from '../src/rules/index.js'

describe('presets', () => {
  it('duidelijk:dronten builds on B1 and groups rules by the three ambitions', () => {
    const config = resolveConfig({extends: 'duidelijk:dronten'})
    expect(config.sources).toEqual(['duidelijk:aanbevolen', 'duidelijk:b1', 'duidelijk:dronten'])
    expect(config.targetLevel).toBe('B1')
    expect(Object.entries(config.groups).map(([id, g]) => [id, g.label])).toEqual([
      ['verbinding', 'Verbinding'],
      ['vakmanschap', 'Vakmanschap'],
      ['vertrouwen', 'Vertrouwen'],
    ])
    expect(config.rules['lange-zin']!.options).toEqual({info: 15, warning: 20, error: 30, marge: 2})
    expect(config.rules['aanspreekvorm']).toEqual({
      severity: 'warning',
      explicit: true,
      options: {vorm: 'u'},
    })
  })

  it('every rule that exists is in exactly one Dronten group', () => {
    const {groups} = resolveConfig({extends: 'duidelijk:dronten'})
    const dutchRules = builtinRules.map((r) => r.id).filter((id) => !id.startsWith('en-'))
    for (const id of dutchRules) {
      const inGroups = Object.values(groups).filter((g) => g.rules.includes(id))
      expect([id, inGroups.length]).toEqual([id, 1])
    }
  })

  it('the Dronten example letter fails on the letter rules', () => {
    const text = readFileSync(
      new URL('../../../examples/dronten/besluit-kapvergunning.txt', import.meta.url),
      'utf8',
    )
    const checker = createCheckerSync({extends: 'duidelijk:dronten', rules: {spelling: 'off'}})
    const result = checker.check({path: 'besluit-kapvergunning.txt', text})
    const byRule = (id: string) =>
      result.findings.filter((f) => f.ruleId === id).map((f) => f.severity)
    expect(result.isLetter).toBe(true)
    expect(byRule('bezwaarclausule')).toEqual(['error'])
    expect(byRule('contactgegevens')).toEqual(['error'])
    expect(byRule('kern-vooraan')).toEqual(['warning'])
    expect(byRule('afsluiting')).toEqual(['warning'])
    expect(byRule('lange-zin')).toEqual(['error', 'info'])
  })

  it('duidelijk:strikt and duidelijk:b1 tighten lange-zin', () => {
    expect(resolveConfig({extends: 'duidelijk:b1'}).rules['lange-zin']!.options).toEqual({
      info: 15,
      warning: 20,
      error: 30,
      marge: 2,
    })
    expect(resolveConfig({extends: 'duidelijk:strikt'}).rules['lange-zin']!.options).toEqual({
      info: 12,
      warning: 15,
      error: 25,
      marge: 0,
    })
  })
})
