import {tester} from './tester.js'

/** A sentence of n words. */
const sentence = (n: number) =>
  ['Wij', ...Array.from({length: n - 1}, () => 'sturen')].join(' ') + '.'

tester.run('lange-zin', {
  valid: [
    // An account number in groups is one word (23 tokens, 19 words).
    'Het bedrag wordt morgen gestort op rekeningnummer NL45 RABO 0123 4567 89 ten name van de gemeente Dronten onder vermelding van uw klantnummer.',
    {text: sentence(19)},
    // Headings are skipped.
    {text: `# ${sentence(40)}`, format: 'md'},
    'Wij hebben uw aanvraag voor een parkeervergunning ontvangen en sturen u binnen twee weken een besluit per post.',
    // A date, a time and a telephone number are read as one word each (26 tokens, 20 words).
    'De hoorzitting is op dinsdag 8 december 2026 om 14.30 uur in zaal 2 van het gemeentehuis aan het Raadhuisplein in Dronten.',
    'Neem contact op met de heer Smit van het bouwbedrijf via 06 12 34 56 78 of met ons via 14 0321.',
    // A postal address is one word, and so is a name of several words (24 tokens, 19 words).
    'Stuur uw brief vóór 1 maart per post naar het college van burgemeester en wethouders, t.a.v. team Juridische Zaken, Postbus 120, 3940 AC Heuvelrand.',
    // A company and a person's name with initials and particles (24 tokens, 20 words).
    'Neem contact op met de omgevingsmanager van Grondwerken Van der Veen, mevrouw L. Hoekstra, als u vragen heeft over het werk in uw straat.',
    // A letter's head and signature lines are no sentences.
    'Gemeente Heuvelrand\nAan de bewoners en gebruikers van de Molenstraat (huisnummers 1 tot en met 58) en de Wilgenweg (huisnummers 2 tot en met 16)\nDatum: 16 november 2026\n\nBeste bewoner,\n\nWij vervangen het riool.\n\nMet vriendelijke groet,\n\nJ. de Boer',
  ],
  invalid: [
    {
      name: 'the full name of a law from the abbreviations list is one word, the rest still counts',
      text: 'Dit besluit is genomen op grond van artikel 54 van de Participatiewet en de Algemene wet bestuursrecht, die u op onze website vindt.',
      findings: [
        {
          messageId: 'lang',
          range: {start: [1, 1, 0], end: [1, 133, 132]},
          severity: 'info',
          message:
            'Deze zin telt 21 woorden. Maak er twee of meer zinnen van (streef naar hoogstens 20 woorden).',
        },
      ],
    },
    {
      // Blind letters, set-nn: the groups after the bank code counted as a second word.
      name: 'an account number in groups is one word, also after its bank code',
      text: 'Wij betalen het voorschot binnen vier weken na de datum van deze brief op rekeningnummer NL86 RABO 0312 4458 90 ten name van uw stichting.',
      findings: [
        {
          messageId: 'lang',
          range: {start: [1, 1, 0], end: [1, 139, 138]},
          severity: 'info',
          message:
            'Deze zin telt 21 woorden. Maak er twee of meer zinnen van (streef naar hoogstens 20 woorden).',
        },
      ],
    },
    {
      name: 'capitalised words with a comma between them are several names',
      text: 'Inwoners van Dronten, Biddinghuizen en Swifterbant kunnen vanaf volgend jaar hun grofvuil twee keer per jaar gratis laten ophalen door de gemeente of een bedrijf.',
      findings: [
        {
          messageId: 'lang',
          range: {start: [1, 1, 0], end: [1, 163, 162]},
          severity: 'info',
          message:
            'Deze zin telt 25 woorden. Maak er twee of meer zinnen van (streef naar hoogstens 20 woorden).',
        },
      ],
    },
    {
      name: 'the polite U and a capital that opens the sentence are no names',
      text: 'Kunt U ons vóór 1 maart laten weten of U het eens bent met het voorstel dat wij U in onze brief van 3 februari stuurden?',
      findings: [
        {
          messageId: 'lang',
          range: {start: [1, 1, 0], end: [1, 121, 120]},
          severity: 'info',
          message:
            'Deze zin telt 24 woorden. Maak er twee of meer zinnen van (streef naar hoogstens 20 woorden).',
        },
      ],
    },
    {
      name: 'numbers that name no date, time or telephone number still count one by one',
      text: 'Op de lijst staan 12 bomen, 4 struiken, 9 heggen, 3 hagen en 7 planten die wij dit jaar in het park aan de Stationsweg vervangen.',
      findings: [
        {
          messageId: 'lang',
          range: {start: [1, 1, 0], end: [1, 130, 129]},
          severity: 'warning',
          message:
            'Deze zin telt 26 woorden. Maak er twee of meer zinnen van (streef naar hoogstens 20 woorden).',
        },
      ],
    },
    {
      name: 'grades by the B1 thresholds: >15 info, >20 warning, >30 error',
      text: [15, 16, 21, 31].map(sentence).join(' '),
      config: {extends: 'duidelijk:b1'},
      findings: [
        {
          messageId: 'lang',
          range: {start: [1, 104, 103], end: [1, 213, 212]},
          severity: 'info',
          actual:
            'Wij sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen.',
          message:
            'Deze zin telt 16 woorden. Maak er twee of meer zinnen van (streef naar hoogstens 15 woorden).',
        },
        {
          messageId: 'lang',
          range: {start: [1, 214, 213], end: [1, 358, 357]},
          severity: 'warning',
          actual:
            'Wij sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen.',
          message:
            'Deze zin telt 21 woorden. Maak er twee of meer zinnen van (streef naar hoogstens 15 woorden).',
        },
        {
          messageId: 'lang',
          range: {start: [1, 359, 358], end: [1, 573, 572]},
          actual:
            'Wij sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen.',
          message:
            'Deze zin telt 31 woorden. Maak er twee of meer zinnen van (streef naar hoogstens 15 woorden).',
        },
      ],
    },
    {
      name: 'uses the default thresholds (20/25/35) without a preset',
      text: [20, 21, 26, 36].map(sentence).join(' '),
      findings: [
        {
          messageId: 'lang',
          range: {start: [1, 139, 138], end: [1, 283, 282]},
          severity: 'info',
          actual:
            'Wij sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen.',
        },
        {
          messageId: 'lang',
          range: {start: [1, 284, 283], end: [1, 463, 462]},
          actual:
            'Wij sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen.',
        },
        {
          messageId: 'lang',
          range: {start: [1, 464, 463], end: [1, 713, 712]},
          severity: 'error',
          actual:
            'Wij sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen.',
        },
      ],
    },
    {
      name: 'caps graded severities at the configured severity',
      text: sentence(40),
      config: {rules: {'lange-zin': 'warning'}},
      findings: [
        {
          messageId: 'lang',
          range: {start: [1, 1, 0], end: [1, 278, 277]},
          severity: 'warning',
          actual:
            'Wij sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen.',
        },
      ],
    },
    {
      name: 'follows its options',
      text: sentence(11),
      options: {info: 10, warning: 12, error: 14},
      findings: [
        {
          messageId: 'lang',
          range: {start: [1, 1, 0], end: [1, 75, 74]},
          severity: 'info',
          actual: 'Wij sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen.',
        },
      ],
    },
    {
      text: 'Omdat u in de afgelopen maanden meerdere keren uw afval naast de container heeft gezet, terwijl de buren daar last van hebben en wij u daar eerder al een brief over hebben gestuurd, krijgt u nu een boete.',
      findings: [
        {
          messageId: 'lang',
          range: {start: [1, 1, 0], end: [1, 205, 204]},
          severity: 'error',
          actual:
            'Omdat u in de afgelopen maanden meerdere keren uw afval naast de container heeft gezet, terwijl de buren daar last van hebben en wij u daar eerder al een brief over hebben gestuurd, krijgt u nu een boete.',
          message:
            'Deze zin telt 38 woorden. Maak er twee of meer zinnen van (streef naar hoogstens 20 woorden).',
        },
      ],
    },
  ],
})
