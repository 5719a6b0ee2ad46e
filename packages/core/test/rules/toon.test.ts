import {tester} from './tester.js'

tester.run('toon', {
  valid: [
    'Wilt u het formulier sturen? Wij helpen u graag.\n\nMet vriendelijke groet,\nTeam',
    'Wij vragen u het formulier vóór 1 mei te sturen.',
    'Stuurt u ons de foto van uw paspoort?',
  ],
  invalid: [
    {
      name: 'suggests a friendlier form for stiff formulas; no Wilt u before a te-infinitive',
      text: 'Wij verzoeken u vriendelijk doch dringend het formulier te sturen.\n\nHoogachtend,\nTeam Belastingen',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 1, 0], end: [1, 42, 41]},
          actual: 'Wij verzoeken u vriendelijk doch dringend',
        },
        {
          messageId: 'stijf',
          range: {start: [3, 1, 68], end: [3, 12, 79]},
          expected: ['Met vriendelijke groet'],
          output:
            'Wij verzoeken u vriendelijk doch dringend het formulier te sturen.\n\nMet vriendelijke groet,\nTeam Belastingen',
          fix: 'suggestion',
          actual: 'Hoogachtend',
        },
      ],
    },
    {
      name: 'suggests leaving out empty formulas',
      // The output shows a weakness left to the rule's owners: removing the phrase leaves a space
      // and a lower-case start (' uw pas klaar is.').
      text: 'Wij delen u mede dat uw pas klaar is.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 1, 0], end: [1, 21, 20]},
          expected: [''],
          output: ' uw pas klaar is.',
          actual: 'Wij delen u mede dat',
          message:
            '‘Wij delen u mede dat’ klinkt stijf. Laat dit weg en begin met wat u te zeggen heeft.',
        },
      ],
    },
    {
      name: 'finds u wordt verzocht, and offers Wilt u only where no te-infinitive follows',
      text: 'U wordt verzocht de container binnen te zetten. U wordt verzocht om contact op te nemen. Gelieve op tijd aanwezig.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 1, 0], end: [1, 17, 16]},
          actual: 'U wordt verzocht',
        },
        {
          messageId: 'stijf',
          range: {start: [1, 49, 48], end: [1, 65, 64]},
          actual: 'U wordt verzocht',
        },
        {
          messageId: 'stijf',
          range: {start: [1, 90, 89], end: [1, 97, 96]},
          expected: ['Wilt u'],
          output:
            'U wordt verzocht de container binnen te zetten. U wordt verzocht om contact op te nemen. Wilt u op tijd aanwezig.',
          actual: 'Gelieve',
        },
      ],
    },
    {
      text: 'U wordt verzocht de container binnen te zetten.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 1, 0], end: [1, 17, 16]},
          actual: 'U wordt verzocht',
          message: '‘U wordt verzocht’ klinkt stijf. Zeg wie iets vraagt en vraag het gewoon.',
        },
      ],
    },
    {
      name: 'keeps the case of the replacement in mid-sentence',
      text: 'Bij vragen gelieve contact opnemen met Team Zorg.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 12, 11], end: [1, 19, 18]},
          expected: ['wilt u'],
          output: 'Bij vragen wilt u contact opnemen met Team Zorg.',
          actual: 'gelieve',
        },
      ],
    },
  ],
})
