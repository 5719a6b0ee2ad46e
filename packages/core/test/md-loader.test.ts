import {describe, expect, it} from 'vitest'
import {loadMarkdown} from '../src/formats/md.js'
import {createLocator} from '../src/sourcemap.js'

describe('markdown loader', () => {
  const source = [
    '---',
    'titel: Afval',
    '---',
    '# Uw **afval** scheiden',
    '',
    'Zet de container op tijd buiten. Lees [de afvalkalender](https://www.dronten.nl/afval).',
    '',
    '```',
    'code die niet telt',
    '```',
    '',
    '- Gebruik `npm test` niet.',
    '- Bel ons.',
    '',
    '![Een groene container](container.png)',
    '',
    '<!-- duidelijk-disable lange-zin -->',
  ].join('\n')
  const doc = loadMarkdown(source)

  it('skips front matter and code, keeps link text, makes headings and list items units', () => {
    expect(doc.units.map((u) => [u.kind, doc.text.slice(u.start, u.end)])).toEqual([
      ['heading', 'Uw afval scheiden'],
      ['paragraph', 'Zet de container op tijd buiten. Lees de afvalkalender.'],
      ['listItem', 'Gebruik npm test niet.'],
      ['listItem', 'Bel ons.'],
      ['alt', 'Een groene container'],
    ])
    expect(doc.masked).toEqual([
      {kind: 'code', start: expect.any(Number), end: expect.any(Number), value: 'npm test'},
    ])
    expect(doc.directives).toEqual([
      {kind: 'disable', ruleIds: ['lange-zin'], offset: source.indexOf('<!--'), line: 17},
    ])
  })

  it('leaves out notes for staff in a template, keeps quotes and paragraphs of the letter', () => {
    const md = [
      '# Sjabloon: herinnering aanvraag',
      '',
      '> Gebruik dit sjabloon voor een herinnering. Vul de velden tussen [haken] in.',
      '> Laatst bijgewerkt: maart 2026.',
      '',
      '> U schreef ons: ‘Ik wacht al lang.’',
      '',
      'Wij sturen u een herinnering.',
      '',
      '*Interne noot: afstemmen met het team Vergunningen.*',
      '',
      'Noot voor de medewerker: zet de datum erin.',
      '',
      // Blind letters, set-ii: a note that opens with whom it is for.
      '*Voor medewerkers: lees deze brief ook voor als de deelnemer dat wil.*',
      '',
      'Aanwijzing voor collega’s: gebruik de korte versie bij twijfel.',
      '',
      'Wij hebben een vraag voor medewerkers van de bibliotheek: helpt u mee?',
      '',
      'Met vriendelijke groet,',
    ].join('\n')
    const loaded = loadMarkdown(md)
    expect(loaded.units.map((u) => [u.kind, loaded.text.slice(u.start, u.end)])).toEqual([
      ['heading', 'Sjabloon: herinnering aanvraag'],
      ['quote', 'U schreef ons: ‘Ik wacht al lang.’'],
      ['paragraph', 'Wij sturen u een herinnering.'],
      ['paragraph', 'Wij hebben een vraag voor medewerkers van de bibliotheek: helpt u mee?'],
      ['paragraph', 'Met vriendelijke groet,'],
    ])
  })

  it('leaves out a staff note that opens with the team or closes the template', () => {
    // Blind letters, set-gg: the note's cue stood after a team and version line, or the note was
    // a closing remark in italics; a paragraph of the letter with 'gebruik' stays.
    const md = [
      '> Team Communicatie - Gemeente Klaarwater',
      '> Versie 2.1, laatst gewijzigd 12-02-2025 door H. de Bruijn',
      '> Gebruik dit sjabloon voor verzoeken om het gemeentewapen te gebruiken.',
      '',
      'Gebruik dit antwoord als een inwoner om een uittreksel vraagt. Pas de tekst tussen `{{ }}` aan.',
      '',
      'U mag het wapen gebruiken. Gebruik dit wapen alleen op uw affiches.',
      '',
      '*Let op: dit is geen besluit. Er hoeft daarom geen bezwaarclausule onder. Twijfel je? Overleg met Juridische Zaken.*',
    ].join('\n')
    const loaded = loadMarkdown(md)
    expect(loaded.units.map((u) => loaded.text.slice(u.start, u.end))).toEqual([
      'U mag het wapen gebruiken. Gebruik dit wapen alleen op uw affiches.',
    ])
  })

  it('checks the visible text of HTML blocks, mapped to the Markdown source', () => {
    const md =
      'Eerste alinea.\n\n<div class="let-op">\n<p>Wij hebben uw brief <b>reeds</b> ontvangen.</p>\n</div>\n\nLaatste alinea.\n'
    const doc = loadMarkdown(md)
    expect(doc.units.map((u) => doc.text.slice(u.start, u.end))).toEqual([
      'Eerste alinea.',
      'Wij hebben uw brief reeds ontvangen.',
      'Laatste alinea.',
    ])
    const locator = createLocator(doc)
    const at = doc.text.indexOf('reeds')
    const range = locator.range(at, at + 5)
    expect(md.slice(range.start.offset, range.end.offset)).toBe('reeds')
  })

  it('maps text offsets back to the exact source characters', () => {
    const locator = createLocator(doc)
    const at = doc.text.indexOf('afvalkalender')
    const range = locator.range(at, at + 'afvalkalender'.length)
    expect(source.slice(range.start.offset, range.end.offset)).toBe('afvalkalender')
    expect(range.start).toEqual({line: 6, column: 43, offset: source.indexOf('afvalkalender')})
    const bold = doc.text.indexOf('afval')
    const boldRange = locator.range(bold, bold + 5)
    expect(source.slice(boldRange.start.offset, boldRange.end.offset)).toBe('afval')
  })
})
