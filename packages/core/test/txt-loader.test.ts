import {describe, expect, it} from 'vitest'
import {loadText} from '../src/formats/txt.js'

const units = (source: string) => {
  const doc = loadText(source)
  return doc.units.map((u) => [u.kind, doc.text.slice(u.start, u.end)])
}

describe('txt loader', () => {
  it('makes salutation, subject, list items and closing their own units', () => {
    const source = [
      'Onderwerp: uw aanvraag',
      '',
      'Geachte mevrouw De Vries,',
      'Wij hebben uw aanvraag ontvangen.',
      'Stuur ons nog:',
      '- een kopie van uw paspoort',
      '- een foto',
      '',
      'Met vriendelijke groet,',
      'Team Burgerzaken',
    ].join('\n')
    expect(units(source)).toEqual([
      ['subject', 'Onderwerp: uw aanvraag'],
      ['salutation', 'Geachte mevrouw De Vries,'],
      ['paragraph', 'Wij hebben uw aanvraag ontvangen.'],
      ['paragraph', 'Stuur ons nog:'],
      ['listItem', 'een kopie van uw paspoort'],
      ['listItem', 'een foto'],
      ['closing', 'Met vriendelijke groet,'],
      ['paragraph', 'Team Burgerzaken'],
    ])
  })

  it('joins hard-wrapped lines of one paragraph, keeping offsets', () => {
    const source =
      'Wij hebben uw aanvraag voor een omgevingsvergunning ontvangen en\nwij gaan die nu beoordelen.\r\nDaarna hoort u van ons.'
    const doc = loadText(source)
    expect(doc.units).toHaveLength(2)
    expect(doc.text.slice(doc.units[0]!.start, doc.units[0]!.end)).toBe(
      'Wij hebben uw aanvraag voor een omgevingsvergunning ontvangen en wij gaan die nu beoordelen.',
    )
    expect(doc.text).toHaveLength(source.length)
  })

  it('reads directive lines and leaves them out of the text units', () => {
    const doc = loadText(
      'Eerste zin.\n<!-- duidelijk-disable-next-line lange-zin -->\nTweede zin.\n# duidelijk-enable',
    )
    expect(doc.directives).toEqual([
      {kind: 'disable-next-line', ruleIds: ['lange-zin'], offset: 12, line: 2},
      {kind: 'enable', ruleIds: [], offset: 71, line: 4},
    ])
    expect(doc.units.map((u) => doc.text.slice(u.start, u.end))).toEqual([
      'Eerste zin.',
      'Tweede zin.',
    ])
  })

  it('leaves out the message an e-mail answer quotes below its closing, and quoted lines', () => {
    const source = [
      'Van: Gemeente Wilgenhoven',
      'Aan: S. de Wit',
      'Onderwerp: grofvuil',
      '',
      'Beste Sanne,',
      '',
      'U kunt het grofvuil gratis laten ophalen.',
      '> Hoe werkt dat bij jullie?',
      '',
      'Met vriendelijke groet,',
      'Team Afval',
      '',
      'Van: Sanne de Wit',
      'Verzonden: dinsdag 17 november 2026 21:03',
      'Onderwerp: grofvuil laten ophalen?',
      '',
      'Ik ga binnenkort verhuizen.',
    ].join('\n')
    expect(units(source)).toEqual([
      ['paragraph', 'Van: Gemeente Wilgenhoven'],
      ['paragraph', 'Aan: S. de Wit'],
      ['subject', 'Onderwerp: grofvuil'],
      ['salutation', 'Beste Sanne,'],
      ['paragraph', 'U kunt het grofvuil gratis laten ophalen.'],
      ['closing', 'Met vriendelijke groet,'],
      ['paragraph', 'Team Afval'],
    ])
    // "Op … schreef …:" starts the quote too; offsets of the text stay those of the source.
    const doc = loadText(
      'Dag Piet,\n\nDe lamp is gemaakt.\n\nGroeten,\nAnna\n\nOp 2 december 2026 schreef Piet Jansen:\nDe lamp is kapot.',
    )
    expect(doc.units.map((u) => doc.text.slice(u.start, u.end))).toEqual([
      'Dag Piet,',
      'De lamp is gemaakt.',
      'Groeten,',
      'Anna',
    ])
    expect(doc.text).toBe(doc.source)
  })
})
