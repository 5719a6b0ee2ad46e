import {describe, expect, it} from 'vitest'
import {loadText} from '../src/formats/txt.js'
import {markLetterParts, withoutQuotedQuestions} from '../src/pipeline/letter.js'
import type {Document} from '../src/types.js'
import {checkRule} from './helpers.js'
import {LETTERHEAD_LETTER, LONG_HEAD_LETTER} from './letters.js'

function kinds(document: Document): Array<[string, string]> {
  return document.units.map((u) => [u.kind, document.text.slice(u.start, u.end)])
}

describe('markLetterParts', () => {
  it('marks the lines above the salutation and below the closing; the subject line stays one', () => {
    expect(kinds(markLetterParts(loadText(LETTERHEAD_LETTER)))).toEqual([
      ['letterhead', 'Gemeente Dronten'],
      ['letterhead', 'Team Wmo'],
      ['letterhead', 'Stichting De Linde'],
      ['letterhead', 't.a.v. het bestuur'],
      ['letterhead', 'Postbus 12'],
      ['letterhead', '8250 AA Dronten'],
      // A reference line the loader marks as a subject is part of the head.
      ['letterhead', 'Kenmerk: WMO-2026-0412'],
      ['subject', 'Onderwerp: uw vraag over huishoudelijke hulp'],
      ['salutation', 'Geacht bestuur,'],
      [
        'paragraph',
        'Wij hebben uw brief over de Wmo ontvangen. Uw bezwaarschrift sturen wij door naar de commissie.',
      ],
      ['paragraph', 'Heeft u vragen? Bel ons dan op 14 0321.'],
      ['closing', 'Met vriendelijke groet,'],
      ['signature', 'Commissie bezwaarschriften'],
      ['signature', 'de invorderingsambtenaar'],
    ])
  })

  it('leaves sentences, long lines and a P.S. in head and signature as text', () => {
    const text = [
      'Wij schrijven u over de werkzaamheden in uw straat.',
      'Beste mevrouw Bakker,',
      'De straat is vanaf maandag dicht.',
      'Met vriendelijke groet,',
      'Anna de Vries',
      'P.S. Neem de folder mee naar de inloopavond',
      'Aan deze e-mail kunnen geen rechten worden ontleend en de inhoud is alleen bestemd voor de geadresseerde van dit bericht',
    ].join('\n\n')
    expect(kinds(markLetterParts(loadText(text))).map(([kind]) => kind)).toEqual([
      'paragraph',
      'salutation',
      'paragraph',
      'closing',
      'signature',
      'paragraph',
      'paragraph',
    ])
  })

  it('marks a long addressee line between head lines as head, not a sentence of the letter', () => {
    const text = [
      'Gemeente Heuvelrand',
      'Aan de bewoners van de Molenstraat (huisnummers 1 tot en met 58) en de Wilgenweg (huisnummers 2 tot en met 16)',
      'Datum: 16 november 2026',
      'Beste bewoner,',
      'Wij vervangen het riool in uw straat.',
    ].join('\n\n')
    expect(kinds(markLetterParts(loadText(text))).map(([kind]) => kind)).toEqual([
      'letterhead',
      'letterhead',
      'letterhead',
      'salutation',
      'paragraph',
    ])
    // A sentence between the head lines stays text.
    const sentence = text.replace('(huisnummers 2 tot en met 16)', 'ontvangen deze brief.')
    expect(kinds(markLetterParts(loadText(sentence)))[1]![0]).toBe('paragraph')
  })

  it('finds the salutation below a long letterhead of short lines', () => {
    const document = markLetterParts(loadText(LONG_HEAD_LETTER))
    expect(document.units.map((u) => u.kind)).toEqual([
      ...Array(13).fill('letterhead'),
      'letterhead',
      'subject',
      'salutation',
      'paragraph',
    ])
  })

  it('takes a long reference line with a label for a head line (set-v)', () => {
    // "Cliënt: …" of 13 words: the salutation below it is the letter's, so the head is no text.
    const text = [
      ...LONG_HEAD_LETTER.split('\n\n').slice(0, 14),
      'Cliënt: de heer A.G. Mulderij, eigenaar van het perceel Havenkade 7 te Kampereiland-Zuid',
      'Geachte mevrouw Bakker,',
      'U krijgt de vergunning.',
    ].join('\n\n')
    expect(markLetterParts(loadText(text)).units.map((u) => u.kind)).toEqual([
      ...Array(13).fill('letterhead'),
      'letterhead',
      'letterhead',
      'salutation',
      'paragraph',
    ])
    // A sentence with a colon in the text is no reference line.
    expect(
      markLetterParts(
        loadText(
          [
            ...Array(13).fill('U krijgt de vergunning voor uw dakkapel.'),
            'Let op: u moet de dakkapel binnen een jaar bouwen, anders vervalt de vergunning.',
            'Geachte mevrouw Bakker,',
          ].join('\n\n'),
        ),
      ).units.map((u) => u.kind),
    ).not.toContain('letterhead')
  })

  it('does not take a short line far down in the text for the salutation', () => {
    const text = [
      ...Array(13).fill('U krijgt de vergunning voor uw dakkapel.'),
      'Dag en nacht bereikbaar,',
      'Met vriendelijke groet,',
    ].join('\n\n')
    expect(markLetterParts(loadText(text)).units.map((u) => u.kind)).not.toContain('letterhead')
  })

  it('changes nothing without a salutation', () => {
    const document = loadText('Gemeente Dronten\n\nDe straat is vanaf maandag dicht.\n\nTeam Wegen')
    expect(markLetterParts(document)).toBe(document)
  })
})

describe('withoutQuotedQuestions', () => {
  const answer = [
    'Vraag 1',
    'Is het college in het kader van de toegankelijkheid bereid om meer openbare toiletten te plaatsen?',
    'Antwoord',
    'Ja. Wij plaatsen in 2026 een toilet bij het busstation.',
    'Vraag 2: Wat kost een toilet per jaar?',
    'Antwoord 2: Ongeveer € 38.500. Heeft u nog vragen? Bel ons.',
  ].join('\n\n')

  it('leaves the quoted questions of an answer to written questions out of the analysed text', () => {
    expect(kinds(withoutQuotedQuestions(loadText(answer)))).toEqual([
      ['paragraph', 'Vraag 1'],
      ['paragraph', 'Antwoord'],
      ['paragraph', 'Ja. Wij plaatsen in 2026 een toilet bij het busstation.'],
      ['paragraph', 'Antwoord 2: Ongeveer € 38.500. Heeft u nog vragen? Bel ons.'],
    ])
  })

  it('keeps questions of a letter without answers, and a statement under a question heading', () => {
    const letter = loadText('Vraag 1\n\nWilt u het formulier terugsturen?\n\nBel ons gerust.')
    expect(withoutQuotedQuestions(letter)).toBe(letter)
    const statement = loadText('Vraag 1\n\nDe aanvrager wil een toilet.\n\nAntwoord\n\nDat kan.')
    expect(withoutQuotedQuestions(statement).units).toHaveLength(4)
  })

  it('drops the findings in the quoted question, keeps those in the answer', () => {
    const found = checkRule(
      'ambtelijke-taal',
      `${answer}\n\nIn het kader van de veiligheid sluiten wij om 22.00 uur.`,
    )
    expect(found.map((f) => f.actual)).toEqual(['In het kader van'])
  })
})
