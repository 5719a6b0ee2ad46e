import {describe, expect, it} from 'vitest'
import {github} from '../../src/formatters/github.js'
import {fixture} from './fixture.js'

describe('github formatter', () => {
  it('writes workflow annotations with info as notice', async () => {
    expect(github(await fixture())).toBe(
      [
        '::warning file=brieven/a.txt,line=1,col=24,endLine=1,endColumn=29,title=duidelijk ambtelijke-taal::‘Reeds’ is ouderwets voor ‘al’.',
        '::warning file=brieven/a.txt,line=2,col=1,endLine=2,endColumn=7,title=duidelijk ambtelijke-taal::‘Indien’ is formeel. ‘Als’ is korter en gewoner.',
        '::notice file=brieven/b.txt,line=1,col=27,endLine=1,endColumn=36,title=duidelijk persoonsgegevens::Hier staat een burgerservicenummer (BSN) (••••••333). Controleer voor verzending of dit klopt en nodig is (AVG).',
        '',
      ].join('\n'),
    )
  })

  it('escapes %, line breaks, and , and : in properties', async () => {
    const [result] = await fixture()
    const tricky = {...result!, path: 'brief, 50%: concept.txt'}
    tricky.findings = [result!.findings[0]!]
    Object.defineProperty(tricky.findings[0], 'reason', {value: 'regel 1\nregel 2: 100%'})
    expect(github([tricky])).toBe(
      '::warning file=brief%2C 50%25%3A concept.txt,line=1,col=24,endLine=1,endColumn=29,title=duidelijk ambtelijke-taal::regel 1%0Aregel 2: 100%25\n',
    )
  })
})
