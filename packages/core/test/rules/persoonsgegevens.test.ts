import {describe, expect, it} from 'vitest'
import {brief, checkRule} from '../helpers.js'

const found = (text: string, options?: Record<string, unknown>) =>
  checkRule('persoonsgegevens', text, options ? {options} : {}).map((f) => [
    f.severity,
    f.actual,
    f.reason,
  ])

describe('persoonsgegevens', () => {
  it('reports a valid BSN in a letter as info, masked, with the exact range', () => {
    const text = 'Uw burgerservicenummer is 111222333.'
    const [finding] = checkRule('persoonsgegevens', text)
    expect(brief(finding!)).toEqual({
      ruleId: 'persoonsgegevens',
      severity: 'info',
      line: 1,
      column: 27,
      start: 26,
      end: 35,
      actual: '••••••333',
      expected: undefined,
      fix: undefined,
    })
    expect(finding!.sensitive).toBe(true)
    expect(finding!.reason).toBe(
      'Hier staat een burgerservicenummer (BSN) (••••••333). Controleer voor verzending of dit klopt en nodig is (AVG).',
    )
    expect(JSON.stringify(finding!.toJSON())).not.toContain('111222333')
  })

  it('makes personal data in a template an error', () => {
    const text =
      'Beste {{naam}}, wij storten het bedrag op NL91 ABNA 0417 1643 00. Bel 06-12345678 bij vragen.'
    expect(found(text)).toEqual([
      [
        'error',
        '•••••••••••••••300',
        'Hier staat een rekeningnummer (IBAN) (•••••••••••••••300). Een sjabloon hoort een invulveld te bevatten, geen gegevens van een persoon (AVG).',
      ],
      [
        'error',
        '•••••••678',
        'Hier staat een persoonlijk telefoonnummer (•••••••678). Een sjabloon hoort een invulveld te bevatten, geen gegevens van een persoon (AVG).',
      ],
    ])
  })

  it('finds e-mail addresses, dates of birth and licence plates', () => {
    const text =
      'Mevrouw Jansen (geboren op 12-03-1980) mailde vanaf j.jansen@voorbeeld.nl over de auto met kenteken 12-ABC-3.'
    expect(
      found(text).map(([, actual, reason]) => [actual, (reason as string).split(' (')[0]]),
    ).toEqual([
      ['•••••980', 'Hier staat een geboortedatum'],
      ['••••••••@•••••••••.nl', 'Hier staat een persoonlijk e-mailadres'],
      ['•••BC3', 'Hier staat een kenteken'],
    ])
  })

  it('leaves numbers that are not personal data alone', () => {
    const text = [
      'Het bedrag van € 1.250,00 staat op factuur 2025-001234.',
      'Bel ons op 14 0321 of op 0321 123456, of mail naar info@dronten.nl.',
      'Uw zaaknummer is 123456789.',
      'Wij hebben uw aanvraag op 12-03-2025 ontvangen; de postcode is 8251 AB.',
      'Het rekeningnummer NL00 BANK 0123 4567 89 klopt niet.',
    ].join(' ')
    expect(found(text)).toEqual([])
  })

  it('skips e-mail addresses of the organisation', () => {
    const text = 'Mail naar p.devries@dronten.nl voor een afspraak.'
    expect(found(text)).toHaveLength(1)
    expect(found(text, {organisatieDomeinen: ['dronten.nl']})).toEqual([])
  })
})
