import {tester} from './tester.js'
import {BAD_DECISION, GOOD_DECISION} from '../letters.js'

tester.run('contactgegevens', {
  valid: [
    {text: GOOD_DECISION},
    'Beste Sanne,\n\nBel ons op 0321 123 456.\n\nMet vriendelijke groet,\nTeam',
    // A hyphen between spaces (blind letters, set-k).
    'Beste Sanne,\n\nKunt u niet komen? Bel ons dan via 0321 - 48 23 45.\n\nMet vriendelijke groet,\nTeam',
    'Beste Sanne,\n\nBel Henk via 0321 – 482 345.\n\nMet vriendelijke groet,\nTeam',
    // The area code in brackets (blind letters, set-m).
    'Beste Sanne,\n\nHeeft u vragen? Bel ons op werkdagen via (0168) 55 12 70.\n\nMet vriendelijke groet,\nTeam',
    'Beste Sanne,\n\nKijk op www.dronten.nl.\n\nGroet,\nTeam',
    'Beste {{naam}},\n\nBel {{telefoonnummer}}.\n\nGroet,\nTeam',
    'Beste Sanne,\n\nMail uw vragen naar burgerzaken@dronten.nl.\n\nMet vriendelijke groet,\nTeam',
  ],
  invalid: [
    {
      name: 'the digit groups of an account number are no phone number',
      text: 'Beste Sanne,\n\nU betaalt € 81,60 binnen een maand op rekeningnummer NL12 BNGH 0285 1122 33.\n\nMet vriendelijke groet,\nTeam Belastingen',
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [5, 1, 92], end: [5, 24, 115]},
          actual: 'Met vriendelijke groet,',
        },
      ],
    },
    {
      name: 'reports a letter without any way to reach the sender at the closing',
      text: BAD_DECISION,
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [9, 1, 279], end: [9, 13, 291]},
          actual: 'Hoogachtend,',
        },
      ],
    },
    {
      name: 'does not take a date for a phone number',
      text: 'Beste Sanne,\n\nUw afspraak is op 12-03-2025.\n\nMet vriendelijke groet,\nTeam',
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [5, 1, 45], end: [5, 24, 68]},
          actual: 'Met vriendelijke groet,',
        },
      ],
    },
  ],
})
