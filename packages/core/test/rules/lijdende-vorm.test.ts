import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {passiveSentences} from '../../src/nlp/passive.js'
import {isParticiple, parseParticiples, participleInfo} from '../../src/nlp/participles.js'
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

  it('finds the participle before a modal and worden in a subclause', () => {
    const findings = checkRule(
      'lijdende-vorm',
      'Het is nodig dat het formulier volledig ingevuld moet worden.',
    )
    expect(findings.map(brief)).toEqual([
      {
        ruleId: 'lijdende-vorm',
        severity: 'warning',
        line: 1,
        column: 41,
        start: 40,
        end: 60,
        actual: 'ingevuld … worden',
        expected: undefined,
        fix: undefined,
      },
    ])
    expect(found('Dat de kosten betaald kunnen worden, is zeker.')).toEqual(['betaald … worden'])
  })

  it('knows strong, inseparable and over- participles', () => {
    expect(found('De aanvraag wordt overwogen.')).toEqual(['wordt overwogen'])
    expect(found('De regels werden vorig jaar herzien.')).toEqual(['werden … herzien'])
    expect(found('Uw bezwaar is ongegrond verklaard.')).toEqual(['is … verklaard'])
    expect(found('U bent opgenomen in het register.')).toEqual(['bent opgenomen'])
    expect(found('Er is een fout gemaakt in uw aanslag.')).toEqual(['is … gemaakt'])
  })

  it('reads bezorgd and verplicht as participles after worden, as adjectives after zijn', () => {
    expect(found('Uw nieuwe paspoort wordt op donderdag bezorgd.')).toEqual(['wordt … bezorgd'])
    expect(found('U wordt verplicht om een vergunning aan te vragen.')).toEqual(['wordt verplicht'])
    expect(found('Wij zorgen dat het pakket bezorgd wordt.')).toEqual(['bezorgd wordt'])
    for (const text of [
      'Wij zijn bezorgd over de veiligheid in uw straat.',
      'U bent niet verplicht om te reageren.',
      'Bent u bezorgd over uw buren? Bel ons.',
    ]) {
      expect([text, found(text)]).toEqual([text, []])
    }
  })

  it('names the actor of a door-phrase', () => {
    const [finding] = checkRule('lijdende-vorm', 'Het besluit werd door het college genomen.')
    expect(finding!.reason).toBe(
      '‘werd … genomen’ is de lijdende vorm. Maak ‘het college’ het onderwerp van de zin: die doet het.',
    )
  })

  it('counts any participle with zijn as passive when a door-phrase names the actor', () => {
    const [finding] = checkRule('lijdende-vorm', 'U bent door de rechter veroordeeld.')
    expect([finding!.actual, finding!.reason]).toEqual([
      'bent … veroordeeld',
      '‘bent … veroordeeld’ is de lijdende vorm. Maak ‘de rechter’ het onderwerp van de zin: die doet het.',
    ])
    expect(found('Het gebouw was door brand verwoest.')).toEqual(['was … verwoest'])
    // "door te …" is a means, not an actor; the passive stays, the actor is not named.
    expect(
      checkRule('lijdende-vorm', 'U bent ingeschreven door het formulier in te vullen.').map(
        (f) => f.reason,
      ),
    ).toEqual([
      '‘bent ingeschreven’ is de lijdende vorm. Zeg wie iets doet: ‘Wij beoordelen uw aanvraag’ in plaats van ‘Uw aanvraag wordt beoordeeld’.',
    ])
    // Perfect tense of verbs that take zijn is never passive, door-phrase or not.
    expect(found('De weg is door de regen glad geworden.')).toEqual([])
    expect(found('Hij is door de bocht gevlogen.')).toEqual([])
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
      'Dat wordt vervelend voor u.',
      'De uitslag wordt morgen bekend.',
      'Het wordt morgen bewolkt.',
      'De vergunning is verlopen.',
      'De kosten zijn gestegen.',
      'Het aantal klachten is toegenomen.',
      'Het is gebleken dat u te veel heeft ontvangen.',
      'Het zwembad is vanaf maandag geopend.',
      'Ik ben geboren in Dronten.',
      'Wij zijn gevestigd aan de Markt 1.',
      'Ik ben door de week thuis.',
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

  it('offers the passive sentences to callers without the rule (pure helper)', () => {
    const fake = (text: string, words: string[]) => {
      let at = 0
      return {
        text,
        start: 0,
        end: text.length,
        words: words.map((value, index) => {
          const start = text.indexOf(value, at)
          at = start + value.length
          return {value, lower: value.toLowerCase(), start, end: at, index, masked: undefined}
        }),
      }
    }
    const active = fake('Wij bellen u.', ['Wij', 'bellen', 'u'])
    const passive = fake('De pas werd verzonden.', ['De', 'pas', 'werd', 'verzonden'])
    const state = fake('Het loket is gesloten.', ['Het', 'loket', 'is', 'gesloten'])
    const set = passiveSentences([active, passive, state] as never)
    expect([set.has(active as never), set.has(passive as never), set.has(state as never)]).toEqual([
      false,
      true,
      false,
    ])
  })
})

describe('deelwoorden.tsv', () => {
  const text = readFileSync(new URL('../../src/data/deelwoorden.tsv', import.meta.url), 'utf8')

  it('names its source and licence and lists at least 150 strong or irregular participles', () => {
    expect(text).toMatch(
      /^# .*\n(?:# .*\n)*# Bron: eigen werk van het duidelijk-project\. Licentie: EUPL-1\.2\./,
    )
    const listed = parseParticiples(text)
    // Not caught by the regular patterns: the irregular ones the list exists for.
    const irregular = [...listed.keys()].filter(
      (p) => !/^(?:ge|be|ver|ont|her|er|onder)[a-zëï]+[dt]$/.test(p),
    )
    expect(irregular.length).toBeGreaterThanOrEqual(150)
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
      expect([line, line.split('\t').length]).toEqual([line, 3])
    }
  })

  it('derives separable compounds that inherit the meaning after zijn', () => {
    expect(participleInfo('toegezonden')).toEqual({infinitive: 'toezenden', afterZijn: 'handeling'})
    expect(participleInfo('aangekomen')).toEqual({infinitive: 'aankomen', afterZijn: 'voltooid'})
    expect(participleInfo('afgesloten')).toEqual({infinitive: 'afsluiten', afterZijn: 'toestand'})
    // An own row wins over the derived one.
    expect(participleInfo('toegenomen')).toEqual({infinitive: 'toenemen', afterZijn: 'voltooid'})
    expect(participleInfo('huis')).toBeUndefined()
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
    ['overwogen', true],
    ['gebleken', true],
    ['bekend', false],
    ['vervelend', false],
    ['bevredigend', false],
    ['verwend', true],
    ['geleend', true],
    ['geld', false],
    ['gebied', false],
    ['gezondheid', false],
    ['bericht', false],
    ['huis', false],
  ])('%s → %s', (word, expected) => {
    expect(isParticiple(word)).toBe(expected)
  })
})
