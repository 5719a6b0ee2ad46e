import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'

const found = (text: string, options?: Record<string, unknown>) =>
  checkRule('tangconstructie', text, options ? {options} : {}).map((f) => f.messageId)

describe('tangconstructie', () => {
  it('reports a long stretch between article and noun', () => {
    const findings = checkRule(
      'tangconstructie',
      'Wij hebben de door u op 12 maart bij ons ingediende aanvraag ontvangen.',
    )
    expect(findings.map(brief)).toEqual([
      {
        ruleId: 'tangconstructie',
        severity: 'warning',
        line: 1,
        column: 12,
        start: 11,
        end: 60,
        actual: 'de door u op 12 maart bij ons ingediende aanvraag',
        expected: undefined,
        fix: undefined,
      },
    ])
    expect(findings[0]!.reason).toBe(
      'Tussen ‘de’ en ‘aanvraag’ staan 8 woorden. Zet ze achter het woord: ‘de aanvraag die …’.',
    )
  })

  it('takes present participles and does not mistake gemeente for a participle', () => {
    const [finding] = checkRule(
      'tangconstructie',
      'De voor inwoners van de gemeente Dronten geldende regels staan online.',
    )
    expect([finding!.actual, finding!.reason]).toEqual([
      'De voor inwoners van de gemeente Dronten geldende regels',
      'Tussen ‘De’ en ‘regels’ staan 7 woorden. Zet ze achter het woord: ‘De regels die …’.',
    ])
  })

  it('takes te + infinitive before the noun', () => {
    const findings = checkRule(
      'tangconstructie',
      'U kunt de op de website van de gemeente te vinden formulieren gebruiken.',
    )
    expect(findings.map(brief)).toEqual([
      {
        ruleId: 'tangconstructie',
        severity: 'warning',
        line: 1,
        column: 8,
        start: 7,
        end: 61,
        actual: 'de op de website van de gemeente te vinden formulieren',
        expected: undefined,
        fix: undefined,
      },
    ])
  })

  it('reports a long stretch between the finite verb and the rest of the cluster', () => {
    const [finding] = checkRule(
      'tangconstructie',
      'Wij hebben uw aanvraag voor een omgevingsvergunning voor het bouwen van een schuur in uw achtertuin op 3 maart ontvangen.',
    )
    expect([finding!.messageId, finding!.reason]).toEqual([
      'werkwoord',
      'Tussen ‘hebben’ en ‘ontvangen’ staan 17 woorden. Zet de werkwoorden dichter bij elkaar, of maak er twee zinnen van.',
    ])
    expect(
      found(
        'U kunt de vergunning voor het parkeren van uw auto in de wijk bij het loket op het gemeentehuis aanvragen.',
      ),
    ).toEqual(['werkwoord'])
  })

  it('follows its options and leaves short constructions alone', () => {
    expect(found('De door u ingediende aanvraag is binnen.')).toEqual([])
    expect(found('De door u ingediende aanvraag is binnen.', {maxLidwoord: 1})).toEqual([
      'lidwoord',
    ])
    for (const text of [
      'Wij hebben uw aanvraag op 3 maart ontvangen.',
      'U kunt de vergunning online aanvragen.',
      'Wij zijn blij met de op 1 mei geopende bibliotheek.',
      'Wij hebben, na overleg met de buren en de wijkagent en de woningcorporatie, uw aanvraag goedgekeurd.',
      'Wij hebben uw brief gelezen en de buren zijn daarna door ons ook nog een keer uitgebreid bevraagd.',
      'Wij sturen u de op uw verzoek aangepaste tekening.',
      'In de brief van 3 maart over de aanvraag voor een vergunning staat het besluit.',
      'Zij heeft op maandag 3 maart om 10 uur een afspraak.',
      'U moet het formulier met uw inkomen en uw vermogen terugsturen.',
    ]) {
      expect([text, found(text)]).toEqual([text, []])
    }
  })
})
