import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'

const found = (text: string) =>
  checkRule('naamwoordstijl', text).map((f) => [f.actual, f.expected?.[0]])

describe('naamwoordstijl', () => {
  it('reports a verb used as a noun with the verb as suggestion', () => {
    const findings = checkRule('naamwoordstijl', 'Het aanvragen van een pas kan online.')
    expect(findings.map(brief)).toEqual([
      {
        ruleId: 'naamwoordstijl',
        severity: 'warning',
        line: 1,
        column: 1,
        start: 0,
        end: 17,
        actual: 'Het aanvragen van',
        expected: ['aanvragen'],
        fix: 'suggestion',
      },
    ])
  })

  it('reports listed nominalisations and verb-support constructions', () => {
    expect(found('Het in behandeling nemen van uw aanvraag duurt lang.')).toEqual([
      ['Het in behandeling nemen van', 'behandelen'],
    ])
    expect(found('Wij nemen een besluit over uw aanvraag.')).toEqual([
      ['nemen een besluit over', 'beslissen over'],
    ])
    expect(found('De beoordeling van uw aanvraag duurt acht weken.')).toEqual([
      ['De beoordeling van', 'beoordelen'],
    ])
    expect(found('Het tijdig indienen van uw aanvraag is belangrijk.')).toEqual([
      ['Het tijdig indienen van', 'indienen'],
    ])
    expect(found('Wij doen onderzoek naar de oorzaak.')).toEqual([
      ['doen onderzoek naar', 'onderzoeken'],
    ])
    expect(found('De betaling van de huur gaat automatisch.')).toEqual([
      ['De betaling van', 'betalen'],
    ])
    // Separable: reported from the verb to the particle, without a replacement (replacing the
    // whole span by 'rekenen' would drop 'de kosten'); the explanation names the verb.
    const [separable] = checkRule('naamwoordstijl', 'Wij brengen de kosten in rekening.')
    expect([
      brief(separable!).start,
      brief(separable!).end,
      separable!.actual,
      separable!.expected,
    ]).toEqual([4, 33, 'brengen de kosten in rekening', undefined])
    expect(separable!.reason).toBe(
      '‘brengen de kosten in rekening’ is naamwoordstijl. Schrijf ‘rekenen’.',
    )
  })

  it('leaves nouns that end in -en and plain verbs alone', () => {
    for (const text of [
      'Het leven van inwoners is belangrijk.',
      'Wij beoordelen uw aanvraag.',
      'Het eten van de kinderen is klaar.',
      'U kunt een pas aanvragen.',
      'Het examen van uw zoon is in juni.',
      'Het vertrouwen van inwoners is belangrijk.',
      'Het nieuwe leven van de wijk begint.',
      'Het Wapen van Dronten hangt in de hal.',
      'De beoordeling duurt acht weken.',
      'U kunt kiezen uit drie data.',
      // Verb-support phrases that ambtelijke-taal reports: no second finding here.
      'De aannemer draagt zorg voor de afvoer van het puin.',
      'Wij nemen uw verzoek in behandeling.',
    ]) {
      expect([text, found(text)]).toEqual([text, []])
    }
  })
})
