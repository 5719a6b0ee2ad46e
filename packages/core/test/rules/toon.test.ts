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
      name: 'gives no edit for a lead-in before a dat-clause: leaving it out leaves a subordinate clause',
      // 'Uw pas klaar is.' has the verb at the end; 'Helaas uw aanvraag niet doorgaat' neither.
      text: 'Wij delen u mede dat uw pas klaar is. Hierbij delen wij u mee dat de vergadering niet doorgaat. Namens het college laten wij u weten dat alles klopt.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 1, 0], end: [1, 21, 20]},
          actual: 'Wij delen u mede dat',
          message:
            '‘Wij delen u mede dat’ klinkt stijf. Laat dit weg en begin met wat u te zeggen heeft.',
        },
        {
          messageId: 'stijf',
          range: {start: [1, 39, 38], end: [1, 66, 65]},
          actual: 'Hierbij delen wij u mee dat',
        },
      ],
    },
    {
      name: 'no Helaas before a dat-clause either, at the start or in mid-sentence',
      text: 'Wij betreuren het u te moeten mededelen dat uw aanvraag niet doorgaat. Tot onze spijt moeten wij u mededelen dat de weg dicht blijft. Daarom wordt u hierbij in kennis gesteld van het feit dat de regels veranderen.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 1, 0], end: [1, 44, 43]},
          actual: 'Wij betreuren het u te moeten mededelen dat',
          message:
            '‘Wij betreuren het u te moeten mededelen dat’ klinkt stijf. Zeg het direct: ‘Helaas …’.',
        },
        {
          messageId: 'stijf',
          range: {start: [1, 72, 71], end: [1, 113, 112]},
          actual: 'Tot onze spijt moeten wij u mededelen dat',
        },
      ],
    },
    {
      name: 'leaves out a formula that is a whole sentence, with its full stop and the space after it',
      text: 'Wij hopen u hiermee voldoende te hebben geïnformeerd. Bel ons gerust als u vragen heeft.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 1, 0], end: [1, 55, 54]},
          fix: 'suggestion',
          actual: 'Wij hopen u hiermee voldoende te hebben geïnformeerd',
          expected: [''],
          output: 'Bel ons gerust als u vragen heeft.',
        },
      ],
    },
    {
      name: 'leaves out a closing sentence with the space before it',
      text: 'Uw pas ligt klaar. Wij zien uw reactie met belangstelling tegemoet.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 19, 18], end: [1, 68, 67]},
          actual: 'Wij zien uw reactie met belangstelling tegemoet',
          message:
            '‘Wij zien uw reactie met belangstelling tegemoet’ klinkt stijf. Zeg liever concreet wat u van de lezer verwacht en wanneer.',
          expected: [''],
          output: 'Uw pas ligt klaar.',
        },
      ],
    },
    {
      name: 'gives no edit when the formula is only part of a sentence',
      text: 'Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd en wensen u een fijne dag. In afwachting van uw antwoord sturen wij de stukken alvast.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 1, 0], end: [1, 63, 62]},
          actual: 'Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd',
        },
        {
          messageId: 'stijf',
          range: {start: [1, 91, 90], end: [1, 120, 119]},
          actual: 'In afwachting van uw antwoord',
        },
      ],
    },
    {
      name: 'replaces a closing formula only where it stands apart, not before verblijf ik',
      text: 'Met de meeste hoogachting verblijf ik, de burgemeester.\n\nMet de meeste hoogachting,\nDe burgemeester',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 1, 0], end: [1, 26, 25]},
          actual: 'Met de meeste hoogachting',
        },
        {
          messageId: 'stijf',
          range: {start: [3, 1, 57], end: [3, 26, 82]},
          actual: 'Met de meeste hoogachting',
          expected: ['Met vriendelijke groet'],
          output:
            'Met de meeste hoogachting verblijf ik, de burgemeester.\n\nMet vriendelijke groet,\nDe burgemeester',
        },
      ],
    },
    {
      name: 'no Dank u voor before the rest of a sentence, no Wilt u before om',
      text: 'Onder dankzegging voor uw medewerking sturen wij de stukken terug. U wordt verzocht om een snelle reactie.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 1, 0], end: [1, 23, 22]},
          actual: 'Onder dankzegging voor',
          message: '‘Onder dankzegging voor’ klinkt stijf. Bedank gewoon: ‘Dank u voor …’.',
        },
        {
          messageId: 'stijf',
          range: {start: [1, 68, 67], end: [1, 84, 83]},
          actual: 'U wordt verzocht',
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
      // A full stop inside a number does not end the sentence: the te-infinitive after it still
      // counts (blind letters, set-uuu: got "Wilt u … over te maken").
      name: 'no Wilt u before a te-infinitive after a number with full stops',
      text: 'U wordt verzocht het bedrag onder vermelding van aanslagnummer 2024.0412.5587.1 over te maken.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 1, 0], end: [1, 17, 16]},
          actual: 'U wordt verzocht',
        },
      ],
    },
    {
      // A request in question form may end with a full stop in Dutch; the fix replaces only the
      // formula and keeps the writer's full stop (docs/rules/toon.md, issue #15).
      name: 'rewrites Gelieve into Wilt u and keeps the full stop of the request',
      text: 'Gelieve hier niet parkeren. Wij verzoeken u vriendelijk doch dringend hier niet parkeren.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 1, 0], end: [1, 8, 7]},
          expected: ['Wilt u'],
          output:
            'Wilt u hier niet parkeren. Wij verzoeken u vriendelijk doch dringend hier niet parkeren.',
          actual: 'Gelieve',
        },
        {
          messageId: 'stijf',
          range: {start: [1, 29, 28], end: [1, 70, 69]},
          expected: ['Wilt u'],
          output: 'Gelieve hier niet parkeren. Wilt u hier niet parkeren.',
          actual: 'Wij verzoeken u vriendelijk doch dringend',
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
    {
      // Only the formulas whose words a paragraph has are tried there: in capitals as well.
      name: 'finds a formula written in capitals',
      text: 'Met de meeste HOOGACHTING, namens het college.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 1, 0], end: [1, 26, 25]},
          expected: ['Met vriendelijke groet'],
          output: 'Met vriendelijke groet, namens het college.',
          fix: 'suggestion',
          actual: 'Met de meeste HOOGACHTING',
        },
      ],
    },
    {
      name: 'finds two different formulas in one paragraph, in text order',
      text: 'Gelieve het formulier te sturen. Wij hopen u hiermee voldoende te hebben geïnformeerd.',
      findings: [
        {messageId: 'stijf', range: {start: [1, 1, 0], end: [1, 8, 7]}, actual: 'Gelieve'},
        {
          messageId: 'stijf',
          // the whole sentence goes, with the space before it
          range: {start: [1, 33, 32], end: [1, 87, 86]},
          expected: [''],
          output: 'Gelieve het formulier te sturen.',
          fix: 'suggestion',
          actual: 'Wij hopen u hiermee voldoende te hebben geïnformeerd',
        },
      ],
    },
    {
      // The rule looks only for formulas one of whose words the lower-cased paragraph contains;
      // the flag i also matches a long s (ſ) where the formula has s, lower-casing does not.
      name: 'finds a formula written with a long s, as the case-insensitive expression does',
      text: 'Wij danken u ten zeerſte.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 14, 13], end: [1, 25, 24]},
          expected: ['erg'],
          output: 'Wij danken u erg.',
          fix: 'suggestion',
          actual: 'ten zeerſte',
        },
      ],
    },
    {
      // 'Geachte heer, mevrouw' is no friendlier (blind letters, sets a-nnn: 8 times deels).
      name: "explains 'Geachte heer/mevrouw' without a replacement",
      text: 'Geachte heer/mevrouw,\n\nUw pas is klaar.',
      findings: [
        {
          messageId: 'stijf',
          range: {start: [1, 1, 0], end: [1, 21, 20]},
          expected: [],
          actual: 'Geachte heer/mevrouw',
          message:
            '‘Geachte heer/mevrouw’ klinkt stijf. De schuine streep maakt de aanhef onpersoonlijk. Noem de lezer bij naam (‘Geachte heer De Vries’), of schrijf ‘Beste lezer’ als u de naam niet weet.',
        },
      ],
    },
  ],
})
