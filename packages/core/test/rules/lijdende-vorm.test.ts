import {describe, expect, it} from 'vitest'
import {isParticiple} from '../../src/nlp/participles.js'
import {brief, checkRule, checkerFor} from '../helpers.js'

const found = (text: string) => checkRule('lijdende-vorm', text).map((f) => f.actual)

describe('lijdende-vorm', () => {
  it('reports worden + participle from the auxiliary to the participle', () => {
    const findings = checkRule('lijdende-vorm', 'Uw aanvraag wordt beoordeeld.')
    expect(findings.map(brief)).toEqual([
      {
        ruleId: 'lijdende-vorm',
        severity: 'warning',
        line: 1,
        column: 13,
        start: 12,
        end: 28,
        actual: 'wordt beoordeeld',
        expected: undefined,
        fix: undefined,
      },
    ])
    expect(findings[0]!.reason).toBe(
      '‘wordt beoordeeld’ is de lijdende vorm. Zeg wie iets doet: ‘Wij beoordelen uw aanvraag’ in plaats van ‘Uw aanvraag wordt beoordeeld’.',
    )
  })

  it('finds split clusters, subordinate clauses, er-constructions, irregular and separable participles', () => {
    expect(found('Uw aanvraag wordt binnen acht weken beoordeeld.')).toEqual(['wordt … beoordeeld'])
    expect(found('Wij laten weten dat uw aanvraag goedgekeurd wordt.')).toEqual([
      'goedgekeurd wordt',
    ])
    expect(found('Er wordt gekeken naar uw situatie.')).toEqual(['wordt gekeken'])
    expect(found('De pas werd gisteren verzonden.')).toEqual(['werd … verzonden'])
    expect(found('De stukken worden u binnenkort toegestuurd.')).toEqual(['worden … toegestuurd'])
    expect(found('Het bedrag wordt op uw rekening uitbetaald.')).toEqual(['wordt … uitbetaald'])
  })

  it('names the actor of a door-phrase', () => {
    const [finding] = checkRule('lijdende-vorm', 'Het besluit werd door het college genomen.')
    expect(finding!.reason).toBe(
      '‘werd … genomen’ is de lijdende vorm. Maak ‘het college’ het onderwerp van de zin: die doet het.',
    )
  })

  it('treats zijn + participle as passive only for actions', () => {
    expect(found('Uw aanvraag is afgewezen.')).toEqual(['is afgewezen'])
    expect(found('Uw bezwaar is door de commissie besproken.')).toEqual(['is … besproken'])
    expect(found('Het gemeentehuis is op maandag gesloten.')).toEqual([])
    expect(found('De weg is afgesloten voor verkeer.')).toEqual([])
    expect(found('Wij zijn verhuisd naar de Stationsweg.')).toEqual([])
  })

  it('leaves active sentences and copulas alone', () => {
    for (const text of [
      'Wij beoordelen uw aanvraag binnen acht weken.',
      'Het wordt een drukke dag op de milieustraat.',
      'Wij hebben besloten dat u de vergunning krijgt.',
      'Uw pas is klaar.',
      'Dat is verplicht.',
      'U bent van harte welkom.',
      'Het wordt koud, dus zet de kraan binnen.',
    ]) {
      expect([text, found(text)]).toEqual([text, []])
    }
  })

  it('feeds the passive share of the metrics', () => {
    const result = checkerFor({rules: {spelling: 'off'}}).check({
      text: 'Uw aanvraag wordt beoordeeld. Wij bellen u.',
    })
    expect(result.metrics.passiveShare).toBe(0.5)
    expect(result.metrics.perSentence.map((s) => s.passive)).toEqual([true, false])
  })
})

describe('isParticiple', () => {
  it.each([
    ['gemaakt', true],
    ['beoordeeld', true],
    ['toegestuurd', true],
    ['ingediend', true],
    ['genomen', true],
    ['afgesloten', true],
    ['verzonden', true],
    ['ontvangen', true],
    ['herzien', true],
    ['geld', false],
    ['gebied', false],
    ['gezondheid', false],
    ['bericht', false],
    ['huis', false],
  ])('%s → %s', (word, expected) => {
    expect(isParticiple(word)).toBe(expected)
  })
})
