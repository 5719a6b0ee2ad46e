import {describe, expect, it} from 'vitest'
import {gitlab} from '../../src/formatters/gitlab.js'
import {fixture} from './fixture.js'

describe('gitlab formatter', () => {
  it('writes Code Quality issues', async () => {
    const issues = JSON.parse(gitlab(await fixture()))
    expect(issues.map((i: {fingerprint: string}) => ({...i, fingerprint: undefined}))).toEqual([
      {
        description: '‘Reeds’ is ouderwets voor ‘al’.',
        check_name: 'ambtelijke-taal',
        severity: 'minor',
        location: {path: 'brieven/a.txt', lines: {begin: 1, end: 1}},
      },
      {
        description: '‘Indien’ is formeel. ‘Als’ is korter en gewoner.',
        check_name: 'ambtelijke-taal',
        severity: 'minor',
        location: {path: 'brieven/a.txt', lines: {begin: 2, end: 2}},
      },
      {
        description:
          'Hier staat een burgerservicenummer (BSN) (••••••333). Controleer voor verzending of dit klopt en nodig is (AVG).',
        check_name: 'persoonsgegevens',
        severity: 'info',
        location: {path: 'brieven/b.txt', lines: {begin: 1, end: 1}},
      },
    ])
  })

  it('keeps fingerprints when other lines move, and keeps repeated findings apart', async () => {
    const {builtinRules, createChecker} = await import('@duidelijk/core')
    const rules = Object.fromEntries(
      builtinRules.filter((r) => r.id !== 'ambtelijke-taal').map((r) => [r.id, 'off' as const]),
    )
    const checker = await createChecker({rules})
    const print = (text: string) =>
      JSON.parse(gitlab([checker.check({path: 'a.txt', text})])).map(
        (i: {fingerprint: string}) => i.fingerprint,
      )
    const before = print('Wij hebben het reeds gedaan.\n\nU krijgt het reeds.\n')
    const after = print(
      'Een nieuwe eerste zin.\n\nWij hebben het reeds gedaan.\n\nU krijgt het reeds.\n',
    )
    expect(before).toHaveLength(2)
    expect(new Set(before).size).toBe(2)
    expect(after).toEqual(before)
  })
})
