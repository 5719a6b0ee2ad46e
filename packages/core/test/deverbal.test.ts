import {describe, expect, it} from 'vitest'
import {negativeAdjective, verbOf} from '../src/nlp/deverbal.js'

describe('verbOf: the verb a noun is made from', () => {
  it.each([
    ['verhoging', 'verhogen'],
    ['inning', 'innen'],
    ['verbetering', 'verbeteren'],
    ['registratie', 'registreren'],
    ['evaluatie', 'evalueren'],
    ['inspectie', 'inspecteren'],
    ['controle', 'controleren'],
    ['uitstel', 'uitstellen'],
    ['behoud', 'behouden'],
    ['aanvang', 'aanvangen'],
    ['afstel', 'afstellen'],
    ['onderzoek', 'onderzoeken'],
  ])('%s → %s', (noun, verb) => {
    expect(verbOf(noun)).toBe(verb)
  })

  it.each(['vergunning', 'woning', 'uitkering', 'gemeente', 'huis', 'tarief', 'brief'])(
    'no verb for %s (a thing, not an action)',
    (noun) => {
      expect(verbOf(noun)).toBeUndefined()
    },
  )
})

describe('negativeAdjective', () => {
  it.each([
    'onaannemelijk',
    'onbelangrijke',
    'ontevreden',
    'inefficiënt',
    'indirect',
    'irrelevant',
    'illegaal',
    'niet-openbaar',
  ])('%s negates by its prefix', (word) => {
    expect(negativeAdjective(word)).toBe(true)
  })

  it.each([
    'online',
    'onmiddellijk',
    'ontvangen',
    'onder',
    'interessant',
    'intensief',
    'ingewikkeld',
    'inbegrepen',
    'ingrijpend',
    'immens',
  ])('%s does not', (word) => {
    expect(negativeAdjective(word)).toBe(false)
  })
})
