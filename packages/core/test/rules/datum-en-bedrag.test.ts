import {tester} from './tester.js'

tester.run('datum-en-bedrag', {
  valid: [
    'Op 12 maart 2025 of 12-03-2025 tussen 9-12 uur. Dat kost € 1.250,00 of € 50,-. Het duurt 5-10 dagen. Zie 3,5% en 1/3 deel.',
    'Dat is 2.500 euro.',
    // House numbers, not dates: '5 september' would break the address (blind letters, set-h).
    'U verbouwt de panden aan de Kerkstraat 5-9. Het gaat om de huisnummers 3-7 en nrs. 2-4.',
    'De vergunning kost € 75,00 en geldt tot 1 april 2026.',
    // Fractions are not dates: after a whole number, before what they are a part of, or a
    // simple fraction with nothing around it that makes it a date.
    '1/3 van de oppervlakte van de gemeente is bos.',
    'De trein vertrekt van perron 9 3/4.',
    'Ongeveer 2/3 van het budget is al besteed.',
    'Voeg 3/4 liter water toe.',
    // A unit of time or measure after it, also after a date word such as "na" or "op".
    'Het effect begint al na 1/4 tablet. Het is 1/2 uur rijden. Neem op 1/2 dag vrij.',
    // A weekday that goes with its date, in words or in figures, and a day the month has.
    'Wij halen de bomen op donderdag 8 januari 2026 op. De inloop is op Zaterdag, 10-1-2026.',
    'De markt is op 29 februari 2028 en op 30 april. Op vrijdag 31 juli staan wij er ook.',
    // No year: the weekday cannot be checked (the letter may mean next year).
    'Kom op woensdag 8 januari langs.',
    // '24/7' is day and night, not the 24th of July (blind letters, set-t).
    'Bel de 24/7 hulplijn van de Rijksoverheid. Wij zijn 24/7 bereikbaar, ook in het weekend.',
  ],
  invalid: [
    {
      text: 'Uw afspraak is op 3/2 om 10.00 uur. De brief van 12/03/2025 en 5/6/25 is binnen. Kom op 03-12 langs.',
      findings: [
        {
          messageId: 'datum',
          range: {start: [1, 19, 18], end: [1, 22, 21]},
          expected: ['3 februari'],
          output:
            'Uw afspraak is op 3 februari om 10.00 uur. De brief van 12/03/2025 en 5/6/25 is binnen. Kom op 03-12 langs.',
          actual: '3/2',
        },
        {
          messageId: 'datum',
          range: {start: [1, 50, 49], end: [1, 60, 59]},
          expected: ['12 maart 2025'],
          output:
            'Uw afspraak is op 3/2 om 10.00 uur. De brief van 12 maart 2025 en 5/6/25 is binnen. Kom op 03-12 langs.',
          actual: '12/03/2025',
        },
        {
          messageId: 'datum',
          range: {start: [1, 64, 63], end: [1, 70, 69]},
          expected: ['5 juni 2025'],
          output:
            'Uw afspraak is op 3/2 om 10.00 uur. De brief van 12/03/2025 en 5 juni 2025 is binnen. Kom op 03-12 langs.',
          actual: '5/6/25',
        },
        {
          messageId: 'datum',
          range: {start: [1, 89, 88], end: [1, 94, 93]},
          expected: ['3 december'],
          output:
            'Uw afspraak is op 3/2 om 10.00 uur. De brief van 12/03/2025 en 5/6/25 is binnen. Kom op 3 december langs.',
          actual: '03-12',
        },
      ],
    },
    {
      // A simple fraction shape is still a date when a date word or a time goes with it.
      text: 'Betaal uiterlijk 1/4 en kom vrijdag 2/3 om 9.00 uur.',
      findings: [
        {
          messageId: 'datum',
          range: {start: [1, 18, 17], end: [1, 21, 20]},
          expected: ['1 april'],
          output: 'Betaal uiterlijk 1 april en kom vrijdag 2/3 om 9.00 uur.',
          actual: '1/4',
        },
        {
          messageId: 'datum',
          range: {start: [1, 37, 36], end: [1, 40, 39]},
          expected: ['2 maart'],
          output: 'Betaal uiterlijk 1/4 en kom vrijdag 2 maart om 9.00 uur.',
          actual: '2/3',
        },
      ],
    },
    {
      // With a date word it is a date again.
      text: 'Kom op 24/7 langs.',
      findings: [
        {
          messageId: 'datum',
          range: {start: [1, 8, 7], end: [1, 12, 11]},
          expected: ['24 juli'],
          output: 'Kom op 24 juli langs.',
          actual: '24/7',
        },
      ],
    },
    {
      text: 'Kom op 3/2 langs.',
      findings: [
        {
          messageId: 'datum',
          range: {start: [1, 8, 7], end: [1, 11, 10]},
          expected: ['3 februari'],
          output: 'Kom op 3 februari langs.',
          fix: 'suggestion',
          actual: '3/2',
          message:
            'Bij ‘3/2’ is niet duidelijk wat de dag en wat de maand is. Schrijf de datum voluit, bijvoorbeeld ‘3 februari’.',
        },
      ],
    },
    {
      text: "De leges zijn €1,250.00 of EUR 45,50, en de borg is 50 euro's. Het tarief is € 12.50 per uur. Betaal €25,00.",
      findings: [
        {
          messageId: 'bedrag',
          range: {start: [1, 15, 14], end: [1, 24, 23]},
          expected: ['€ 1.250,00'],
          output:
            "De leges zijn € 1.250,00 of EUR 45,50, en de borg is 50 euro's. Het tarief is € 12.50 per uur. Betaal €25,00.",
          actual: '€1,250.00',
        },
        {
          messageId: 'bedrag',
          range: {start: [1, 28, 27], end: [1, 37, 36]},
          expected: ['€ 45,50'],
          output:
            "De leges zijn €1,250.00 of € 45,50, en de borg is 50 euro's. Het tarief is € 12.50 per uur. Betaal €25,00.",
          actual: 'EUR 45,50',
        },
        {
          messageId: 'bedrag',
          range: {start: [1, 53, 52], end: [1, 62, 61]},
          expected: ['50 euro'],
          output:
            'De leges zijn €1,250.00 of EUR 45,50, en de borg is 50 euro. Het tarief is € 12.50 per uur. Betaal €25,00.',
          actual: "50 euro's",
        },
        {
          messageId: 'bedrag',
          range: {start: [1, 78, 77], end: [1, 85, 84]},
          expected: ['€ 12,50'],
          output:
            "De leges zijn €1,250.00 of EUR 45,50, en de borg is 50 euro's. Het tarief is € 12,50 per uur. Betaal €25,00.",
          actual: '€ 12.50',
        },
        {
          messageId: 'spatie',
          range: {start: [1, 102, 101], end: [1, 108, 107]},
          expected: ['€ 25,00'],
          output:
            "De leges zijn €1,250.00 of EUR 45,50, en de borg is 50 euro's. Het tarief is € 12.50 per uur. Betaal € 25,00.",
          actual: '€25,00',
        },
      ],
    },
    {
      text: 'Het kaartje kost 7.50 euro. De boete is 95 euro’s. De borg is 1,250.00 euro’s. Dat is 2.500 euro.',
      findings: [
        {
          messageId: 'bedrag',
          range: {start: [1, 18, 17], end: [1, 27, 26]},
          expected: ['€ 7,50'],
          output:
            'Het kaartje kost € 7,50. De boete is 95 euro’s. De borg is 1,250.00 euro’s. Dat is 2.500 euro.',
          actual: '7.50 euro',
        },
        {
          messageId: 'bedrag',
          range: {start: [1, 41, 40], end: [1, 50, 49]},
          expected: ['95 euro'],
          output:
            'Het kaartje kost 7.50 euro. De boete is 95 euro. De borg is 1,250.00 euro’s. Dat is 2.500 euro.',
          actual: '95 euro’s',
        },
        {
          messageId: 'bedrag',
          range: {start: [1, 63, 62], end: [1, 78, 77]},
          expected: ['€ 1.250,00'],
          output:
            'Het kaartje kost 7.50 euro. De boete is 95 euro’s. De borg is € 1.250,00. Dat is 2.500 euro.',
          actual: '1,250.00 euro’s',
        },
      ],
    },
    {
      text: 'Kom op 1/3 langs. Het deel van 1/3/2025 deel ik mee.',
      findings: [
        {
          messageId: 'datum',
          range: {start: [1, 8, 7], end: [1, 11, 10]},
          expected: ['1 maart'],
          output: 'Kom op 1 maart langs. Het deel van 1/3/2025 deel ik mee.',
          actual: '1/3',
        },
        {
          messageId: 'datum',
          range: {start: [1, 32, 31], end: [1, 40, 39]},
          expected: ['1 maart 2025'],
          output: 'Kom op 1/3 langs. Het deel van 1 maart 2025 deel ik mee.',
          actual: '1/3/2025',
        },
      ],
    },
    {
      // Blind letters, set-g: 8 January 2026 is a Thursday. Which of the two is wrong the letter
      // does not say, so nothing is suggested.
      text: 'Wij halen de bomen op woensdag 8 januari 2026 op. Kom op dinsdag 9-3-2026 langs.',
      findings: [
        {
          messageId: 'weekdag',
          message:
            '8 januari 2026 is een donderdag, geen woensdag. Controleer de dag en de datum: de lezer kan anders op de verkeerde dag komen.',
          range: {start: [1, 23, 22], end: [1, 46, 45]},
          actual: 'woensdag 8 januari 2026',
        },
        {
          messageId: 'weekdag',
          message:
            '9 maart 2026 is een maandag, geen dinsdag. Controleer de dag en de datum: de lezer kan anders op de verkeerde dag komen.',
          range: {start: [1, 58, 57], end: [1, 74, 73]},
          actual: 'dinsdag 9-3-2026',
        },
      ],
    },
    {
      text: 'Reageer voor 31 april. De zitting is op 29 februari 2027.',
      findings: [
        {
          messageId: 'bestaatNiet',
          message: '31 april bestaat niet: april heeft 30 dagen. Controleer de datum.',
          range: {start: [1, 14, 13], end: [1, 22, 21]},
          actual: '31 april',
        },
        {
          messageId: 'bestaatNiet',
          message: '29 februari 2027 bestaat niet: februari heeft 28 dagen. Controleer de datum.',
          range: {start: [1, 41, 40], end: [1, 57, 56]},
          actual: '29 februari 2027',
        },
      ],
    },
  ],
})
