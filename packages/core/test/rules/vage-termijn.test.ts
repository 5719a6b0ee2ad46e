import {tester} from './tester.js'

tester.run('vage-termijn', {
  valid: [
    // A notice when something happens, after the yes/no question that names it (blind letters,
    // sets b-pp: 8 of 11 such findings wrong).
    'Gaat het feest niet door? Laat het ons dan zo snel mogelijk weten.',
    'Kan uw kind toch niet komen? Meld uw kind dan zo spoedig mogelijk af.',
    // Not soon is a reason, no promise to the reader (blind letters, set-i; list condition).
    'Verhuizen is geen oplossing, omdat er op korte termijn geen geschikte woning beschikbaar is.',
    // The concrete moment follows in the next sentence.
    'Bel ons zo snel mogelijk. Dat moet uiterlijk 1 werkdag van tevoren.',
    // Changing an appointment: as soon as the reader knows is the moment (blind letters).
    'Past deze datum u niet? Bel dan zo snel mogelijk. Dan maken wij een nieuwe afspraak.',
    'Zeg uw afspraak dan zo snel mogelijk af via de link in deze e-mail.',
    'U krijgt binnen 14 dagen bericht.',
    'Wij bellen u vóór 1 april 2025.',
    'U hoort binnen twee weken van ons.',
    'Het kost op dit moment € 25,00.',
    'Wij komen zo mogelijk dinsdag.',
    'De termijn is kort.',
    'U kunt de termijn verlengen.',
    'Wij doen ons best om u snel te helpen.',
    'Wij beslissen uiterlijk op 15 maart over uw bezwaar.',
    'De korte termijn van de lening is drie maanden.',
    // A year is the moment of what happens on the longer term, also two sentences on (blind
    // letters, set-t).
    'Op termijn vervangen wij alle lampen door ledverlichting. Die geeft minder licht naast het veld. Dit staat gepland voor 2027.',
    'Op termijn komt er een nieuwe sporthal, in het voorjaar van 2028.',
    // A question about the reader's own plans sets no term (blind letters, set-v).
    'Reist u binnenkort naar het buitenland? Vraag dan op tijd een nieuw paspoort aan.',
    // What happens to the reader by itself: an age, a document that expires, a wish (set-eeee).
    'Omdat u binnenkort 80 jaar wordt, gaat het verlengen van uw rijbewijs anders.',
    'Binnenkort word je 18. Dan verandert er veel.',
    'Het is verstandig om uw pas om te wisselen als die binnenkort verloopt.',
    'Ik hoop u binnenkort in het dorpshuis te zien.',
    // Reported by afkorting with the same advice, not twice.
    {text: 'Wij nemen z.s.m. contact op.'},
    // An announcement the letter answers under a line asking when (blind letters, three sets).
    'Binnenkort gaan wij aan de slag in uw straat.\n\nWanneer?\nWij beginnen op maandag 2 november 2026.',
    'In de komende periode komen onze controleurs langs. Zij hebben een pas.\n\nWat moet u doen?\nNiets.\n\nWanneer komen wij?\nTussen 1 december 2026 en 31 januari 2027.',
  ],
  invalid: [
    {
      name: "'afzienbare termijn' is as vague as 'afzienbare tijd' (set-xx)",
      text: 'Wij beslissen binnen afzienbare termijn over uw aanvraag.',
      findings: [
        {
          messageId: 'vaag',
          range: {start: [1, 15, 14], end: [1, 40, 39]},
          actual: 'binnen afzienbare termijn',
        },
      ],
    },
    {
      // An open question before it names no event: the request stays vague.
      name: 'after a question about what to do, the request is still vague',
      text: 'Wat moet u doen? Stuur ons zo snel mogelijk het formulier.',
      findings: [
        {
          messageId: 'vaag',
          range: {start: [1, 28, 27], end: [1, 44, 43]},
          actual: 'zo snel mogelijk',
        },
      ],
    },
    {
      name: 'a request with an announcing word is still vague',
      text: 'Kunt u binnenkort langskomen?',
      findings: [
        {messageId: 'vaag', range: {start: [1, 8, 7], end: [1, 18, 17]}, actual: 'binnenkort'},
      ],
    },
    {
      // A year three sentences on, or in a sentence that does not go on about it, does not count.
      name: 'a year far away or about something else leaves the term vague',
      text: 'Op termijn vervangen wij de lampen. Die geven veel licht. Ze zijn oud. Dit staat gepland voor 2027.\n\nOp termijn komt er een nieuwe sporthal. Het oude gebouw is uit 2009.',
      findings: [
        {messageId: 'vaag', range: {start: [1, 1, 0], end: [1, 11, 10]}, actual: 'Op termijn'},
        {messageId: 'vaag', range: {start: [3, 1, 101], end: [3, 11, 111]}, actual: 'Op termijn'},
      ],
    },
    {
      name: 'what the reader must do for the writer is no change of appointment',
      text: 'Wilt u het formulier zo snel mogelijk terugsturen?',
      findings: [
        {
          messageId: 'vaag',
          range: {start: [1, 22, 21], end: [1, 38, 37]},
          actual: 'zo snel mogelijk',
        },
      ],
    },
    {
      name: 'a promise is no announcement, and a line asking when without a date answers nothing',
      text: 'Wij sturen de rekening zo snel mogelijk.\n\nWanneer?\nWij beginnen op maandag 2 november 2026.\n\nDe aannemer komt binnenkort langs.\n\nWanneer?\nDat hoort u nog.',
      findings: [
        {
          messageId: 'vaag',
          range: {start: [1, 24, 23], end: [1, 40, 39]},
          actual: 'zo snel mogelijk',
        },
        {
          messageId: 'vaag',
          range: {start: [6, 18, 110], end: [6, 28, 120]},
          actual: 'binnenkort',
        },
      ],
    },
    {
      name: 'a date in the next sentence about something else does not make the vague term concrete',
      text: 'U ontvangt zo spoedig mogelijk bericht. Stuur ons vóór 10 mei 2025 een tekening.',
      findings: [
        {
          messageId: 'vaag',
          range: {start: [1, 12, 11], end: [1, 31, 30]},
          actual: 'zo spoedig mogelijk',
        },
      ],
    },
    {
      text: 'Wij nemen zo spoedig mogelijk contact op.',
      findings: [
        {
          messageId: 'vaag',
          range: {start: [1, 11, 10], end: [1, 30, 29]},
          actual: 'zo spoedig mogelijk',
          message:
            '‘zo spoedig mogelijk’ is een vage termijn. Hoe snel is dat? Noem een datum of een aantal dagen.',
        },
      ],
    },
    {
      text: 'U hoort binnenkort van ons. Wij bellen u op korte termijn. Te zijner tijd sturen wij een brief.',
      findings: [
        {messageId: 'vaag', range: {start: [1, 9, 8], end: [1, 19, 18]}, actual: 'binnenkort'},
        {
          messageId: 'vaag',
          range: {start: [1, 42, 41], end: [1, 58, 57]},
          actual: 'op korte termijn',
        },
        {
          messageId: 'vaag',
          range: {start: [1, 60, 59], end: [1, 74, 73]},
          actual: 'Te zijner tijd',
        },
      ],
    },
    {
      text: 'Dat gebeurt binnen afzienbare tijd of in de nabije toekomst.',
      findings: [
        {
          messageId: 'vaag',
          range: {start: [1, 13, 12], end: [1, 35, 34]},
          actual: 'binnen afzienbare tijd',
        },
        {
          messageId: 'vaag',
          range: {start: [1, 39, 38], end: [1, 60, 59]},
          actual: 'in de nabije toekomst',
        },
      ],
    },
    {
      text: 'Binnen een korte termijn krijgt u bericht. Wij bellen u zo gauw mogelijk.',
      findings: [
        {
          messageId: 'vaag',
          range: {start: [1, 1, 0], end: [1, 25, 24]},
          actual: 'Binnen een korte termijn',
        },
        {
          messageId: 'vaag',
          range: {start: [1, 57, 56], end: [1, 73, 72]},
          actual: 'zo gauw mogelijk',
        },
      ],
    },
    {
      text: 'Wij sturen eerdaags een brief.',
      findings: [
        {messageId: 'vaag', range: {start: [1, 12, 11], end: [1, 20, 19]}, actual: 'eerdaags'},
      ],
    },
    {
      text: 'De gemeente betaalt het bedrag zo snel mogelijk aan u terug.',
      findings: [
        {
          messageId: 'vaag',
          range: {start: [1, 32, 31], end: [1, 48, 47]},
          actual: 'zo snel mogelijk',
        },
      ],
    },
    {
      text: '# Wanneer?\n\nU krijgt spoedig een nieuwe pas.',
      format: 'md',
      findings: [
        {messageId: 'vaag', range: {start: [3, 10, 21], end: [3, 17, 28]}, actual: 'spoedig'},
      ],
    },
  ],
})
