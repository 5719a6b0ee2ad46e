import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'

const found = (text: string) =>
  checkRule('dubbele-ontkenning', text).map((f) => [f.actual, f.expected?.[0]])

describe('dubbele-ontkenning', () => {
  it('reports niet + on-word with the positive word as suggestion', () => {
    const findings = checkRule('dubbele-ontkenning', 'Het is niet onmogelijk dat u moet betalen.')
    expect(findings.map(brief)).toEqual([
      {
        ruleId: 'dubbele-ontkenning',
        severity: 'warning',
        line: 1,
        column: 8,
        start: 7,
        end: 22,
        actual: 'niet onmogelijk',
        expected: ['mogelijk'],
        fix: 'suggestion',
      },
    ])
    expect(found('Wij zijn het er niet oneens mee. Dat is niet geheel onbelangrijk.')).toEqual([
      ['niet oneens', 'eens'],
      ['niet geheel onbelangrijk', 'belangrijk'],
    ])
  })

  it('accepts on + a known word after ont-, and -baar/-lijk words', () => {
    expect(found('U bent niet ontevreden. Wij zijn niet onbereikbaar.')).toEqual([
      ['niet ontevreden', 'tevreden'],
      ['niet onbereikbaar', 'bereikbaar'],
    ])
    const [finding] = checkRule('dubbele-ontkenning', 'U heeft nooit geen recht op toeslag.')
    expect(brief(finding!)).toEqual({
      ruleId: 'dubbele-ontkenning',
      severity: 'warning',
      line: 1,
      column: 9,
      start: 8,
      end: 18,
      actual: 'nooit geen',
      expected: ['nooit', 'altijd'],
      fix: 'suggestion',
    })
  })

  it('reports listed constructions and two negations in one clause', () => {
    expect(found('Dat is niet zonder risico. Het komt niet zelden voor.')).toEqual([
      ['niet zonder', 'met'],
      ['niet zelden', 'vaak'],
    ])
    const [finding] = checkRule('dubbele-ontkenning', 'Er is geen reden om niet te komen.')
    expect([finding!.actual, finding!.reason]).toEqual([
      'geen reden om niet',
      'Deze zin ontkent twee keer (‘geen’ … ‘niet’). Zeg het positief; dat is makkelijker te begrijpen.',
    ])
  })

  it('reports not ruling out and niet + -loos with the positive meaning', () => {
    expect(
      found(
        'Wij sluiten niet uit dat de kosten stijgen. Wij sluiten een verhoging niet uit. Wij kunnen niet uitsluiten dat het later wordt. Bezwaar maken is niet zinloos en niet nutteloos.',
      ),
    ).toEqual([
      ['sluiten niet uit', 'het kan zijn dat'],
      ['sluiten een verhoging niet uit', undefined],
      ['niet uitsluiten', 'het kan zijn dat'],
      ['niet zinloos', 'zinvol'],
      ['niet nutteloos', 'nuttig'],
    ])
    const [finding] = checkRule('dubbele-ontkenning', 'Wij sluiten niet uit dat het duurt.')
    expect([brief(finding!).start, brief(finding!).end, finding!.reason]).toEqual([
      4,
      20,
      '‘sluiten niet uit’ is een dubbele ontkenning. ‘Niet uitsluiten’ betekent: het kan.',
    ])
  })

  it('leaves single negations and negations in different clauses alone', () => {
    for (const text of [
      'U hoeft geen formulier in te vullen als u niet verhuist.',
      'Heeft u geen DigiD? Dan kunt u niet inloggen.',
      'Wij ontvangen niet onder de twintig aanvragen per week.',
      'Wij kunnen uw aanvraag niet ontvangen.',
      'Dat is niet onze taak.',
      'U kunt niet online betalen.',
      'Het is niet onmiddellijk duidelijk.',
      'Wij zijn niet ontvankelijk voor klachten.',
      'Wij kunnen niet ontkennen dat het lang duurde.',
      'U mag niet ongevraagd binnenkomen.',
      'U mag niet onder invloed rijden.',
      'Wij hebben geen tijd en wij kunnen niet komen.',
      'U krijgt geen boete, niet nu en niet later.',
      'Geen nieuws is goed nieuws.',
      'Wij sluiten de weg af. Dat is niet uit te leggen.',
      'Wij sluiten het loket om 17.00 uur.',
      'Het parkeren is niet gratis.',
    ]) {
      expect([text, found(text)]).toEqual([text, []])
    }
  })
})
