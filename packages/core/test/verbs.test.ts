import {describe, expect, it} from 'vitest'
import {loadVerbTable} from '../src/nlp/verbs.js'

const verbs = loadVerbTable()

describe('verb table', () => {
  it('holds the 3,709 rows of the pattern table', () => {
    expect(verbs.size).toBeGreaterThan(3600)
  })

  it('gives every form of a strong verb', () => {
    expect(verbs.forms('geven')).toEqual([
      {
        inf: 'geven',
        sg1: 'geef',
        sg2: 'geeft',
        sg3: 'geeft',
        pl: 'geven',
        pastSg: 'gaf',
        pastPl: 'gaven',
        participle: 'gegeven',
        particle: '',
      },
    ])
  })

  it('keeps irregular second and third persons', () => {
    const [zijn] = verbs.forms('zijn')
    expect([zijn?.sg1, zijn?.sg2, zijn?.sg3, zijn?.participle]).toEqual([
      'ben',
      'bent',
      'is',
      'geweest',
    ])
    expect(verbs.inflect('kunnen', 'sg2')).toBe('kunt')
    expect(verbs.inflect('kunnen', 'sg3')).toBe('kan')
  })

  it('knows the particle of a separable verb and its split main-clause form', () => {
    expect(verbs.forms('oplossen')[0]?.particle).toBe('op')
    expect(verbs.inflect('oplossen', 'sg3')).toBe('oplost')
    expect(verbs.inflect('oplossen', 'sg3', {split: true})).toBe('lost')
    expect(verbs.inflect('aanvragen', 'pastSg', {split: true})).toBe('vroeg')
    expect(verbs.inflect('plaatsvinden', 'participle')).toBe('plaatsgevonden')
    expect(verbs.separable('op', 'lossen')).toBe('oplossen')
    expect(verbs.separable('ver', 'geten')).toBeUndefined()
    expect(verbs.isParticle('aan')).toBe(true)
  })

  it('does not split inseparable prefixes (beantwoorden, vergeten, weerspiegelen)', () => {
    expect(verbs.forms('beantwoorden')[0]?.particle).toBe('')
    expect(verbs.forms('vergeten')[0]?.particle).toBe('')
    expect(verbs.forms('weerspiegelen')[0]?.particle).toBe('')
    expect(verbs.forms('tegengaan')[0]?.particle).toBe('tegen')
  })

  it('analyses a form into lemma and features', () => {
    expect(verbs.analyse('beantwoordt')).toEqual([
      {
        lemma: 'beantwoorden',
        slot: 'sg2',
        feats: {Number: 'Sing', Person: '2', Tense: 'Pres', VerbForm: 'Fin'},
        particle: '',
        split: false,
      },
      {
        lemma: 'beantwoorden',
        slot: 'sg3',
        feats: {Number: 'Sing', Person: '3', Tense: 'Pres', VerbForm: 'Fin'},
        particle: '',
        split: false,
      },
    ])
    expect(verbs.analyse('beantwoord').map((a) => a.slot)).toEqual(['sg1', 'participle'])
    expect(verbs.analyse('gebeurd').map((a) => [a.lemma, a.feats.VerbForm])).toContainEqual([
      'gebeuren',
      'Part',
    ])
    expect(verbs.analyse('gebeurd').some((a) => a.feats.VerbForm === 'Fin')).toBe(false)
    expect(
      verbs
        .analyse('lost')
        .filter((a) => a.split)
        .map((a) => a.lemma),
    ).toContain('oplossen')
    expect(verbs.analyse('gemeente')).toEqual([])
  })
})
