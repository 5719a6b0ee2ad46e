import {describe, expect, it} from 'vitest'
import {compact} from '../../src/formatters/compact.js'
import {fixture} from './fixture.js'

describe('compact formatter', () => {
  it('prints one grep-friendly line per finding', async () => {
    expect(compact(await fixture())).toBe(
      [
        'brieven/a.txt:1:24: warning ‘Reeds’ is ouderwets voor ‘al’. [ambtelijke-taal]',
        'brieven/a.txt:2:1: warning ‘Indien’ is formeel. ‘Als’ is korter en gewoner. [ambtelijke-taal]',
        'brieven/b.txt:1:27: info Hier staat een burgerservicenummer (BSN) (••••••333). Controleer voor verzending of dit klopt en nodig is (AVG). [persoonsgegevens]',
        '',
      ].join('\n'),
    )
    expect(compact([])).toBe('')
  })
})
