import {describe, expect, it} from 'vitest'
import {checkRule} from '../helpers.js'
import {tester} from './tester.js'

tester.run('persoonsgegevens', {
  valid: [
    'Het bedrag van € 1.250,00 staat op factuur 2025-001234.',
    // A contact table: the number's own cell names the team (blind letters, set-bbb).
    'Neem contact op met\n\nUw ondersteuning zelf\n\nSociaal Team, 038 - 428 63 10',
    'Bel ons op 14 0321 of op 0321 123456, of mail naar info@dronten.nl.',
    'Uw zaaknummer is 123456789.',
    'Wij hebben uw aanvraag op 12-03-2025 ontvangen; de postcode is 8251 AB.',
    'Het rekeningnummer NL00 BANK 0123 4567 89 klopt niet.',
    // The organisation's own e-mail addresses.
    {
      text: 'Mail naar p.devries@dronten.nl voor een afspraak.',
      options: {organisatieDomeinen: ['dronten.nl']},
    },
    'Beste {{naam}}, uw burgerservicenummer is {{bsn}}.',
    // A template's fixed number and address are the organisation's: the reader's would be a
    // placeholder (blind letters: five of five such findings in templates wrong).
    'Beste {{voornaam}},\n\nVragen over je geld? App naar 06 - 2871 4409 of mail naar sanne.bos@zorgwijzer.nl.',
    'Beste {{aanhef}},\n\nLoopt er overdag een egel in uw tuin? Bel dan de egelopvang: 06 41 27 98 53.',
    'Beste {{voornaam}},\n\nStuur een appje naar Marloes: 06 - 4130 2297.',
    // A number offered beside the organisation's mailbox as another way to reach it.
    'Wilt u ons laten weten of u komt? Dat kan via burgerzaken@markerwaard.nl of telefoon 0320 29 40 00.',
    // The addressee's e-mail address on the "Per e-mail:" line of a letter's head.
    'Aan: mevrouw S. Mertens\nPer e-mail: s.mertens@voorbeeldmail.nl\n\nBeste mevrouw Mertens,',
    // The number of a person an earlier paragraph named with a staff role: a work number.
    'Op 9 november sprak onze consulent, de heer Yilmaz, met u.\n\nHeeft u vragen? Bel dan de heer Yilmaz op 0321 38 80 00.',
    // A number the letter gives as the organisation's once is the organisation's everywhere.
    'Maak eerst een afspraak via 0343 56 78 00.\n\nBel Burgerzaken via 0343 56 78 00.',
    // The writer's work phone and e-mail address in the signature of a letter.
    'Geachte heer Bos,\n\nWij verwachten uw zoon op school.\n\nMet vriendelijke groet,\n\nEsther Wolters\nleerplichtambtenaar\ntelefoon: 06 12 34 56 78\ne-mail: e.wolters@waterveld.nl',
  ],
  invalid: [
    {
      name: 'reports a valid BSN in a letter as info, masked',
      text: 'Uw burgerservicenummer is 111222333.',
      findings: [
        {
          messageId: 'brief',
          range: {start: [1, 27, 26], end: [1, 36, 35]},
          actual: '••••••333',
          message:
            'Hier staat een burgerservicenummer (BSN) (••••••333). Controleer voor verzending of dit klopt en nodig is (AVG).',
        },
      ],
    },
    {
      name: 'makes personal data in a template an error',
      text: 'Beste {{naam}}, wij storten het bedrag op NL91 ABNA 0417 1643 00. Wij bellen u op 06-12345678.',
      findings: [
        {
          messageId: 'sjabloon',
          range: {start: [1, 43, 42], end: [1, 65, 64]},
          severity: 'error',
          actual: '•••••••••••••••300',
          message:
            'Hier staat een rekeningnummer (IBAN) (•••••••••••••••300). Een sjabloon hoort een invulveld te bevatten, geen gegevens van een persoon (AVG).',
        },
        {
          messageId: 'sjabloon',
          range: {start: [1, 83, 82], end: [1, 94, 93]},
          severity: 'error',
          actual: '•••••••678',
          message:
            'Hier staat een persoonlijk telefoonnummer (•••••••678). Een sjabloon hoort een invulveld te bevatten, geen gegevens van een persoon (AVG).',
        },
      ],
    },
    {
      name: 'finds e-mail addresses, dates of birth and licence plates',
      text: 'Mevrouw Jansen (geboren op 12-03-1980) mailde vanaf j.jansen@voorbeeld.nl over de auto met kenteken 12-ABC-3.',
      findings: [
        {
          messageId: 'brief',
          range: {start: [1, 28, 27], end: [1, 38, 37]},
          actual: '•••••980',
          message:
            'Hier staat een geboortedatum (•••••980). Controleer voor verzending of dit klopt en nodig is (AVG).',
        },
        {
          messageId: 'brief',
          range: {start: [1, 53, 52], end: [1, 74, 73]},
          actual: '••••••••@•••••••••.nl',
          message:
            'Hier staat een persoonlijk e-mailadres (••••••••@•••••••••.nl). Controleer voor verzending of dit klopt en nodig is (AVG).',
        },
        {
          messageId: 'brief',
          range: {start: [1, 101, 100], end: [1, 109, 108]},
          actual: '•••BC3',
          message:
            'Hier staat een kenteken (•••BC3). Controleer voor verzending of dit klopt en nodig is (AVG).',
        },
      ],
    },
    {
      name: 'reports an e-mail address of a person when the domain is not the organisation',
      text: 'Mail naar p.devries@dronten.nl voor een afspraak.',
      findings: [
        {
          messageId: 'brief',
          range: {start: [1, 11, 10], end: [1, 31, 30]},
          actual: '•••••••••@•••••••.nl',
        },
      ],
    },
  ],
})

describe('a number beside a mailbox', () => {
  it('is the organisation’s beside its mailbox, but not beside a person’s address', () => {
    const spans = (text: string) =>
      checkRule('persoonsgegevens', text).map((f) => f.range.start.offset)
    expect(spans('Dat kan via burgerzaken@markerwaard.nl of 0320 29 40 00.')).toEqual([])
    expect(spans('Dat kan via j.jansen@voorbeeldmail.nl of 0320 29 40 00.')).toEqual([12, 41])
  })

  it('is the organisation’s on a line with its website, and so everywhere in the letter', () => {
    const spans = (text: string) =>
      checkRule('persoonsgegevens', text).map((f) => f.range.start.offset)
    expect(
      spans(
        'Gemeente Hoogeveld-Oost\nwww.hoogeveld-oost.nl | (0528) 00 12 34\n\nBeste meneer Jansen,\n\nHeeft u vragen? Bel dan met mevrouw A. Smit, via telefoonnummer (0528) 00 12 34.',
      ),
    ).toEqual([])
    // Without the letterhead the number is the same: a person the reader is asked to call.
    expect(spans('Het nummer van mevrouw A. Smit is (0528) 00 12 34.')).toEqual([34])
    expect(
      spans(
        'Gemeente Hoogeveld-Oost\nwww.hoogeveld-oost.nl | (0528) 00 12 34\n\nHet nummer van mevrouw A. Smit is (0528) 00 12 34.',
      ),
    ).toEqual([])
  })
})

describe('e-mail addresses at the domain of the municipality the letter names', () => {
  it('are the organisation’s (blind letters, set-o)', () => {
    // A letter reports only BSNs and account numbers by default; this is about the e-mail test.
    const emails = (text: string) =>
      checkRule('persoonsgegevens', text, {options: {soortenInBrief: ['email']}}).map((f) =>
        text.slice(f.range.start.offset, f.range.end.offset),
      )
    const letter = (contact: string) =>
      `Gemeente Brakelveen\nPostbus 12\n\nBeste mevrouw Hamidi,\n\nWij hebben uw aanvraag ontvangen. ${contact}\n\nMet vriendelijke groet,\nTeam Inburgering`
    expect(
      emails(letter('Mail naar inburgering@brakelveen.nl of n.visser@brakelveen.nl.')),
    ).toEqual([])
    // Another domain stays personal, and so does the same address without the municipality.
    expect(emails(letter('Mail naar j.jansen@voorbeeldmail.nl.'))).toEqual([
      'j.jansen@voorbeeldmail.nl',
    ])
    expect(emails('Mail naar n.visser@brakelveen.nl.')).toEqual(['n.visser@brakelveen.nl'])
  })
})

describe('a number in a table cell', () => {
  it('is read with the cells before it in its row (blind letters, set-n)', () => {
    const table = (row: string) =>
      `<html><body><p>Heeft u vragen?</p><table>\n<tr><th>Waarover?</th><th>Wie?</th><th>Hoe?</th></tr>\n${row}\n</table></body></html>`
    const offsets = (html: string) =>
      checkRule('persoonsgegevens', html, {format: 'html'}).map((f) => f.range.start.offset)
    expect(
      offsets(
        table(
          '<tr><td>De app</td><td>Klantenservice Wiel&amp;Deel</td><td>(0555) 00 11 22</td></tr>',
        ),
      ),
    ).toEqual([])
    expect(
      offsets(
        table(
          '<tr><td>De proef in uw wijk</td><td>Jesse Brouwer, gemeente Ravenswaarde</td><td>(0555) 12 34 90</td></tr>',
        ),
      ),
    ).toEqual([])
    // Only the cell's own number is reported, once, and a neighbour's stays personal.
    const neighbour = table(
      '<tr><td>Melding</td><td>uw buurvrouw</td><td>(0555) 12 34 91</td></tr>',
    )
    expect(offsets(neighbour)).toEqual([neighbour.indexOf('(0555)')])
  })
})

describe('the licence plate of the reader’s own vehicle in a letter', () => {
  const letter = (body: string) =>
    `Geachte heer Vermeulen,\n\n${body}\n\nMet vriendelijke groet,\nTeam Parkeren`
  // A letter reports only BSNs and account numbers by default; this is about the plate test.
  const plates = (text: string) =>
    checkRule('persoonsgegevens', text, {options: {soortenInBrief: ['kenteken']}}).map((f) => [
      f.severity,
      f.range.start.offset,
    ])

  it('is what the letter is about: not reported', () => {
    expect(
      plates(
        letter(
          'Kenteken: GX-112-R\n\nOp 14 oktober stond uw auto met het kenteken GX-112-R op de Grote Markt. Voor uw kenteken 34-KTR-7 geven wij geen vergunning.',
        ),
      ),
    ).toEqual([])
    // The vehicle the request or permit is about, in a sentence to the reader (set-k).
    expect(
      plates(
        letter(
          'U vroeg op 3 maart een vergunning aan voor een tweede auto, met het kenteken S-482-KV. Op uw adres staat al een vergunning voor de auto met kenteken 34-TZP-7.',
        ),
      ),
    ).toEqual([])
  })

  it('is reported when it is someone else’s, in a template, or outside a letter', () => {
    expect(
      plates(letter('U klaagt over de auto van uw buurman, met het kenteken 12-ABC-3.')),
    ).toEqual([['info', 80]])
    expect(plates(letter('Er stond een auto met kenteken 12-ABC-3 voor de deur.'))).toEqual([
      ['info', 56],
    ])
    expect(
      plates(letter('De auto van uw buurman met kenteken 12-ABC-3 staat voor uw uitrit.')),
    ).toEqual([['info', 61]])
    expect(
      plates(letter('Beste {{naam}}, uw auto met het kenteken GX-112-R stond fout geparkeerd.')),
    ).toEqual([['error', 66]])
    expect(plates('Uw auto met kenteken GX-123-B staat op de stoep.')).toEqual([['info', 21]])
  })
})

describe('in an ordinary letter', () => {
  const letter = (body: string) =>
    `Geachte mevrouw Dekker,\n\n${body}\n\nMet vriendelijke groet,\n\nJoris Smit\nTeam Inkomen`
  const BODY =
    'Wij hebben uw aanvraag van 3 maart ontvangen. Uw burgerservicenummer is 111222333. Wij maken het bedrag over op uw rekening NL91 ABNA 0417 1643 00. Uw buurvrouw, mevrouw Jansen (geboren op 12-03-1980), mailde ons vanaf j.jansen@voorbeeld.nl en belde vanaf 06-12345678 over het busje van haar zoon, kenteken 12-ABC-3.'
  const kinds = (text: string, options?: Record<string, unknown>) =>
    checkRule('persoonsgegevens', text, options ? {options} : {}).map((f) =>
      f.message.slice(11, f.message.indexOf(' (')),
    )

  it('reports only a BSN and an account number by default (blind letters: 76 of 76 others wrong)', () => {
    expect(kinds(letter(BODY))).toEqual(['een burgerservicenummer', 'een rekeningnummer'])
    // Outside a letter and in a template, every kind.
    expect(kinds(BODY)).toHaveLength(6)
    expect(kinds(letter(`Beste {{naam}}, ${BODY}`))).toHaveLength(6)
  })

  it('reports the kinds in soortenInBrief', () => {
    expect(kinds(letter(BODY), {soortenInBrief: ['telefoon', 'kenteken']})).toEqual([
      'een persoonlijk telefoonnummer',
      'een kenteken',
    ])
    expect(kinds(letter(BODY), {soortenInBrief: []})).toEqual([])
  })
})

describe('the account number of an organisation', () => {
  const accounts = (text: string) =>
    checkRule('persoonsgegevens', text).map((f) =>
      text.slice(f.range.start.offset, f.range.end.offset),
    )

  it('is not reported when its holder is an organisation or the reader is asked to pay into it (set-bb)', () => {
    for (const text of [
      'De tweede termijn moet uiterlijk 1 september zijn voldaan op rekeningnummer NL91 ABNA 0417 1643 00 ten name van gemeente Eemsterhout.',
      'Het bedrag moet op 2 februari zijn bijgeschreven op NL91 ABNA 0417 1643 00.',
      'Graag betalen binnen 30 dagen op NL91 ABNA 0417 1643 00 o.v.v. het zaaknummer.',
      'Maak het bedrag over naar NL91 ABNA 0417 1643 00. Vermeld daarbij het kenmerk.',
      'U kunt ook geld geven via NL91 ABNA 0417 1643 00 t.n.v. Stichting Voedselbank Zuid.',
      'Het voorschot gaat naar NL91 ABNA 0417 1643 00, ten name van Zon op Dak U.A.',
      // A template holds the municipality's account on purpose.
      'Beste {{naam}}, betaal het bedrag op NL91 ABNA 0417 1643 00 ten name van Gemeente Vliedorp.',
    ])
      expect([text, accounts(text)]).toEqual([text, []])
  })

  it('is reported when the money goes to the reader or a person', () => {
    for (const text of [
      'Wij maken het bedrag over op uw rekening NL91 ABNA 0417 1643 00.',
      'Wij betalen het bedrag op NL91 ABNA 0417 1643 00.',
      'Het bedrag wordt gestort op rekeningnummer NL91 ABNA 0417 1643 00 ten name van G.W. Postma.',
      'De huur wordt nog van uw rekening (NL91 ABNA 0417 1643 00) afgeschreven.',
      'Maak het bedrag over naar uw eigen rekening NL91 ABNA 0417 1643 00.',
    ])
      expect([text, accounts(text)]).toEqual([text, ['NL91 ABNA 0417 1643 00']])
  })
})

describe('persoonsgegevens output', () => {
  it('marks the finding sensitive and never puts the number in its JSON', () => {
    const [finding] = checkRule('persoonsgegevens', 'Uw burgerservicenummer is 111222333.')
    expect(finding!.sensitive).toBe(true)
    expect(JSON.stringify(finding!.toJSON())).not.toContain('111222333')
  })
})
