import {tester} from './tester.js'
import {BAD_DECISION, GOOD_DECISION, LONG_HEAD_LETTER} from '../letters.js'

tester.run('aanhef', {
  valid: [
    {text: GOOD_DECISION},
    // A decision in its published form opens with the body's formula and ends with its
    // signature: no salutation or greeting (blind letters, sets ppp, rrr and ttt).
    'VERKEERSBESLUIT\n\nOnderwerp: aanwijzing van de Kerkstraat als erf\n\nHet college van burgemeester en wethouders van de gemeente Zandwijk;\n\nOverwegende dat de Kerkstraat opnieuw is ingericht;\n\nBesluit:\n\nde Kerkstraat aan te wijzen als erf.\n\nBurgemeester en wethouders van Zandwijk,\nnamens dezen,\n\nJ. de Vries\nteamleider Verkeer',
    // A head line with separators between its parts, and a table of reference lines, above the
    // salutation (blind letters, set-hhh: 13 tokens with the '·' made it no head line).
    {
      text: '# Gemeente Ommerveld\n\n**Burgerzaken – Verkiezingen**\nPostbus 214 · 7940 AE Ommerveld · (0522) 48 30 00 · verkiezingen@ommerveld.nl\n\nMevrouw M. Kowalczyk\nZandkuilen 61\n7945 SJ Ommerveld\n\n| | |\n|---|---|\n| **Datum** | 17 maart 2026 |\n| **Ons kenmerk** | BZ/VK/2026/0037 |\n| **Onderwerp** | Registratie als kiezer |\n\nGeachte mevrouw Kowalczyk,\n\nWij hebben uw verzoek goedgekeurd.\n\nMet vriendelijke groet,\n\nTeam Burgerzaken',
      format: 'md',
      letter: true,
    },
    // House style geachte (default) accepts Geachte.
    {text: 'Geachte mevrouw Visser,\n\nUw pas is klaar.'},
    // Not a letter: no salutation needed.
    {text: 'De container wordt op maandag geleegd.'},
    'Beste Sanne,\n\nUw pas is klaar.',
    'Beste {{naam}},\n\nUw pas voor {{naam}} is klaar.',
    // A salutation to a board or college: 'geacht' before a neuter noun.
    'Geacht bestuur,\n\nUw vereniging krijgt de subsidie.',
    'Zeer geachte leden van het bestuur,\n\nUw vereniging krijgt de subsidie.',
    'Geacht college,\n\nHierbij stuur ik u mijn zienswijze.',
    // One salutation to several readers, on its own line.
    'Beste bewoner, beste ondernemer,\n\nVolgende week werken wij aan de Stationsweg.',
    'Beste ouders, verzorgers,\n\nDe school begint op 1 september.',
    // Addressees of more words, with a place (blind letters, set-oo).
    'Beste ouders, verzorgers en inwoners van Lindehorst,\n\nDe school blijft open.',
    'Goedemiddag,\n\nDank voor uw vraag over de parkeervergunning.',
    // Below a letterhead of fifteen short lines.
    LONG_HEAD_LETTER,
  ],
  invalid: [
    {
      name: 'asks for a comma after the salutation (safe fix on the last word)',
      text: BAD_DECISION,
      findings: [
        {
          messageId: 'leesteken',
          range: {start: [3, 9, 59], end: [3, 21, 71]},
          expected: ['heer/mevrouw,'],
          output: BAD_DECISION.replace('heer/mevrouw', 'heer/mevrouw,'),
          fix: 'safe',
          actual: 'heer/mevrouw',
        },
      ],
    },
    {
      name: 'salutation and first sentence on one line: own line, no comma at the end of the line',
      text: 'Beste Jan, bedankt voor je mail.\n\nWe komen morgen langs.',
      findings: [
        {
          messageId: 'eigenRegel',
          range: {start: [1, 1, 0], end: [1, 11, 10]},
          actual: 'Beste Jan,',
          message:
            'Zet de aanhef ‘Beste Jan,’ op een eigen regel en begin de tekst op de regel eronder, met een hoofdletter.',
        },
      ],
    },
    {
      name: 'two addressees and then a sentence on the same line',
      text: 'Beste bewoner, beste ondernemer, volgende week werken wij in uw straat.\n\nWij zijn om 7.00 uur klaar.',
      findings: [
        {
          messageId: 'eigenRegel',
          range: {start: [1, 1, 0], end: [1, 15, 14]},
          actual: 'Beste bewoner,',
        },
      ],
    },
    {
      name: 'a salutation to a board without its comma',
      text: 'Geacht bestuur\n\nUw vereniging krijgt de subsidie.',
      findings: [
        {
          messageId: 'leesteken',
          range: {start: [1, 8, 7], end: [1, 15, 14]},
          expected: ['bestuur,'],
          output: 'Geacht bestuur,\n\nUw vereniging krijgt de subsidie.',
          fix: 'safe',
          actual: 'bestuur',
        },
      ],
    },
    {
      name: 'the heer, mevrouw form with text after it on the line',
      text: 'Geachte heer, mevrouw, hierbij sturen wij u de stukken.\n\nWij komen morgen.',
      findings: [
        {
          messageId: 'eigenRegel',
          range: {start: [1, 1, 0], end: [1, 23, 22]},
          actual: 'Geachte heer, mevrouw,',
        },
      ],
    },
    {
      name: 'no comma and more words than a salutation: reported without a fix',
      text: 'Beste Jan bedankt voor je snelle reactie op onze brief.\n\nWe komen morgen.',
      findings: [
        {
          messageId: 'leesteken',
          range: {start: [1, 1, 0], end: [1, 10, 9]},
          actual: 'Beste Jan',
        },
      ],
    },
    {
      name: 'replaces a colon by a comma',
      text: 'Beste Sanne:\n\nUw pas is klaar.',
      findings: [
        {
          messageId: 'leesteken',
          range: {start: [1, 12, 11], end: [1, 13, 12]},
          expected: [','],
          output: 'Beste Sanne,\n\nUw pas is klaar.',
          actual: ':',
        },
      ],
    },
    {
      name: 'replaces a full stop by a comma',
      text: 'Beste Sanne.\n\nUw pas is klaar.',
      findings: [
        {
          messageId: 'leesteken',
          range: {start: [1, 12, 11], end: [1, 13, 12]},
          expected: [','],
          output: 'Beste Sanne,\n\nUw pas is klaar.',
          actual: '.',
        },
      ],
    },
    {
      name: 'flags the impersonal salutation when the template knows the name',
      text: 'Geachte heer/mevrouw,\n\nUw pas voor {{naam}} is klaar.',
      findings: [
        {
          messageId: 'onpersoonlijk',
          range: {start: [1, 1, 0], end: [1, 22, 21]},
          expected: ['Beste {{naam}},'],
          output: 'Beste {{naam}},\n\nUw pas voor {{naam}} is klaar.',
          actual: 'Geachte heer/mevrouw,',
        },
      ],
    },
    {
      name: 'follows the house style option',
      text: 'Geachte mevrouw Visser,\n\nUw pas is klaar.',
      options: {stijl: 'beste'},
      findings: [
        {
          messageId: 'stijl',
          range: {start: [1, 1, 0], end: [1, 8, 7]},
          expected: ['Beste'],
          output: 'Beste mevrouw Visser,\n\nUw pas is klaar.',
          actual: 'Geachte',
          message: 'De huisstijl schrijft ‘Beste’ als aanhef. Schrijf ‘Beste’.',
        },
      ],
    },
    {
      name: 'reports a letter without salutation',
      text: 'Onderwerp: afval\n\nDe container wordt op maandag geleegd.',
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 1, 18], end: [3, 39, 56]},
          actual: 'De container wordt op maandag geleegd.',
        },
      ],
    },
    {
      name: 'reports a missing salutation when forced to be a letter',
      text: 'De container wordt op maandag geleegd.',
      letter: true,
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [1, 1, 0], end: [1, 39, 38]},
          actual: 'De container wordt op maandag geleegd.',
        },
      ],
    },
  ],
})
