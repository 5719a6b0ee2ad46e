import {tester} from './tester.js'

tester.run('aanspreekvorm', {
  valid: [
    // After a postscript label the sentence starts (blind letters, set-ggg).
    'P.S. Uw kind mag een vriendje meenemen. PS Uw broertje ook.',
    // A je-form in the name of a course or service addresses nobody (set-eeee).
    'U krijgt een plek in de training Grip op je geld. Daar leert u uw post te ordenen. Wilt u eerst anoniem chatten? Dat kan via Jouw GGD. U kunt ook bellen.',
    // U at the start of a sentence, after a colon and in a subject line.
    {
      text: 'U krijgt binnen twee weken bericht.\n\nOnderwerp: Uw aanvraag\n\nLet op: U moet zelf tekenen.',
    },
    {text: '# Uw aanvraag\n\nU krijgt binnen twee weken bericht.', format: 'md'},
    'Je kunt je pas ophalen bij de balie. Neem je paspoort mee.',
    // "de gemeente" as a place or object
    {text: 'Wij wonen graag in de gemeente Dronten. U kunt de gemeente bellen. Wij helpen u.'},
    // After 'van' it belongs to another noun, the verb's subject (blind letters, sets b-p).
    'Wij komen langs. Een toezichthouder van de gemeente kan ook komen. De strook is van de gemeente.',
    // A sentence that ends in a word parse-dutch takes for an abbreviation ("op.", "al.") still
    // ends there: the next "U" starts a sentence and keeps its capital.
    'Wij bellen u op. U hoeft niets te doen. Dat regelen wij al. U krijgt een brief.',
    // 'U' after a capitalised word is part of a name (blind letters, set-v).
    'Bel hiervoor Stichting Naast U via 038 300 47 85. Zij helpen u graag.',
    // Quoted words are someone else's: a form's question, a neighbour's words.
    {
      text: 'Op het formulier staat ‘Heb je al een aannemer?’. Die vraag hoeft u niet te beantwoorden. Uw buurman zei: "Je ziet die containers overal." Dat klopt, zeggen wij u.',
    },
    // Between straight single quotes too: the title of a workshop (blind letters, set-ll).
    "Wij nodigen u uit voor de workshop 'Goed bestuur in je vereniging'. U bent welkom.",
  ],
  invalid: [
    {
      name: 'lowers a capital U and Uw in mid-sentence with a safe fix',
      text: 'Wij hebben Uw aanvraag ontvangen en sturen U een bevestiging.',
      findings: [
        {
          messageId: 'hoofdletter',
          range: {start: [1, 12, 11], end: [1, 14, 13]},
          expected: ['uw'],
          output: 'Wij hebben uw aanvraag ontvangen en sturen U een bevestiging.',
          fix: 'safe',
          actual: 'Uw',
          message:
            'Schrijf ‘uw’ met een kleine letter; een hoofdletter midden in een zin is ouderwets.',
        },
        {
          messageId: 'hoofdletter',
          range: {start: [1, 44, 43], end: [1, 45, 44]},
          expected: ['u'],
          output: 'Wij hebben Uw aanvraag ontvangen en sturen u een bevestiging.',
          fix: 'safe',
          actual: 'U',
          message:
            'Schrijf ‘u’ met een kleine letter; een hoofdletter midden in een zin is ouderwets.',
        },
      ],
    },
    {
      name: 'flags the minority form when u and je are mixed',
      text: 'U kunt uw pas ophalen bij de balie. Neem uw paspoort mee. Heb je vragen? Bel ons.',
      findings: [
        {
          messageId: 'gemengd',
          range: {start: [1, 63, 62], end: [1, 65, 64]},
          actual: 'je',
          message:
            'Deze brief spreekt de lezer vooral aan met ‘u’. Gebruik dat overal, ook hier in plaats van ‘je’.',
        },
      ],
    },
    {
      // Blind letters, set-dd: the possessive 'je' becomes 'uw', not 'u'.
      name: 'names uw for a possessive je',
      text: 'U kunt uw pas ophalen bij de balie. Neem uw paspoort mee. Neem ook je bankpas mee.',
      findings: [
        {
          messageId: 'gemengdHier',
          range: {start: [1, 68, 67], end: [1, 70, 69]},
          actual: 'je',
          message:
            'Deze brief spreekt de lezer vooral aan met ‘u’. Gebruik dat overal, ook hier: ‘uw’ in plaats van ‘je’.',
        },
      ],
    },
    {
      name: 'notes the house style once, at info, on a text that keeps to je throughout',
      text: 'Je kunt je pas ophalen bij de balie. Neem je paspoort mee.',
      options: {vorm: 'u'},
      findings: [
        {
          messageId: 'andereVorm',
          range: {start: [1, 1, 0], end: [1, 3, 2]},
          severity: 'info',
          actual: 'Je',
          message:
            'Deze tekst spreekt de lezer steeds aan met ‘Je’, uw organisatie met ‘u’. Is ‘Je’ hier een bewuste keuze, dan is dat goed.',
        },
      ],
    },
    {
      name: 'asks for the house style where the text mixes, without calling it the main form',
      text: 'Je kunt je pas ophalen. Neem je paspoort mee. Heeft u vragen?',
      options: {vorm: 'u'},
      findings: [
        {
          messageId: 'huisstijl',
          range: {start: [1, 1, 0], end: [1, 3, 2]},
          actual: 'Je',
          message:
            'Uw organisatie spreekt de lezer aan met ‘u’. Gebruik dat overal, ook hier in plaats van ‘Je’.',
        },
        {messageId: 'huisstijl', range: {start: [1, 9, 8], end: [1, 11, 10]}, actual: 'je'},
        {messageId: 'huisstijl', range: {start: [1, 30, 29], end: [1, 32, 31]}, actual: 'je'},
      ],
    },
    {
      name: 'reports "de gemeente" as acting writer in a letter that says "wij" (info)',
      text: 'Wij hebben uw aanvraag ontvangen. De gemeente heeft besloten de vergunning te verlenen.',
      findings: [
        {
          messageId: 'schrijver',
          range: {start: [1, 35, 34], end: [1, 46, 45]},
          severity: 'info',
          actual: 'De gemeente',
        },
      ],
    },
  ],
})
