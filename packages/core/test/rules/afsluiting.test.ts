import {tester} from './tester.js'
import {BAD_DECISION, GOOD_DECISION} from '../letters.js'

tester.run('afsluiting', {
  valid: [
    {text: GOOD_DECISION},
    // An invitation that closes with the day it invites to (set-rrr).
    'Beste Noor,\n\nOp zaterdag 7 november zagen we samen hakhout. Meld je aan via onze website.\n\nHopelijk tot 7 november!\n\nWytze de Boer\nboswachter',
    // A decision in its published form opens with the body's formula and ends with its
    // signature: no salutation or greeting (blind letters, sets ppp, rrr and ttt).
    'VERKEERSBESLUIT\n\nOnderwerp: aanwijzing van de Kerkstraat als erf\n\nHet college van burgemeester en wethouders van de gemeente Zandwijk;\n\nOverwegende dat de Kerkstraat opnieuw is ingericht;\n\nBesluit:\n\nde Kerkstraat aan te wijzen als erf.\n\nBurgemeester en wethouders van Zandwijk,\nnamens dezen,\n\nJ. de Vries\nteamleider Verkeer',
    'Beste Sanne,\n\nUw pas is klaar.\n\nMet vriendelijke groet, Team Burgerzaken',
    // A placeholder is a signer.
    {text: 'Beste Sanne,\n\nUw pas is klaar.\n\nMet vriendelijke groet,\n\n{{medewerker}}'},
    'Beste Sanne,\n\nUw pas is klaar.\n\nVriendelijke groet,\nKees de Boer\nafdeling Burgerzaken',
    // Another adjective in the formula, and a name in bold (Markdown; blind letters, set-o).
    {
      text: 'Beste trainer,\n\nDe sporthal gaat dicht.\n\nMet sportieve groet,\n\n**Ilse Wiersma**\nwethouder Sport',
      format: 'md',
    },
    // In Markdown the formula and the line under it are one paragraph, longer than a closing
    // line alone (blind letters, set-t).
    {
      text: 'Beste bestuur,\n\nDe subsidie is verleend.\n\nMet vriendelijke groet,\nnamens het college van burgemeester en wethouders van Ravensloot-Aa,\n\nH. Ruitenbeek\nconsulent subsidies',
      format: 'md',
    },
    // 'namens het college' under the name and team: the greeting above closes the letter (set-vv).
    'Beste meneer Visser,\n\nU krijgt de vergoeding.\n\nMet vriendelijke groet,\n\nSanne Wolbers\nteam Openbare Ruimte\nnamens het college van burgemeester en wethouders van Westervenne',
    // an informal e-mail closing is a closing
    'Hoi Sanne,\n\nJe pas is klaar.\n\nGroetjes,\nKees',
    // "Tot zaterdag!" on its own line closes an invitation
    'Hoi buurtbewoner,\n\nZaterdag is de opschoondag. Doe je mee?\n\nTot zaterdag!\n\nHet wijkteam',
  ],
  invalid: [
    {
      name: 'asks for a signer after the closing line',
      text: BAD_DECISION,
      findings: [
        {
          messageId: 'geenAfzender',
          range: {start: [9, 1, 279], end: [9, 13, 291]},
          actual: 'Hoogachtend,',
        },
      ],
    },
    {
      name: 'a sentence that starts with "Tot ziens" is no closing line',
      text: 'Beste Jan,\n\nWe zien je zaterdag.\n\nTot ziens bij de opschoondag, en neem je buren mee!',
      findings: [
        {
          messageId: 'geenGroet',
          range: {start: [5, 1, 34], end: [5, 52, 85]},
          actual: 'Tot ziens bij de opschoondag, en neem je buren mee!',
        },
      ],
    },
    {
      name: 'asks for a closing when there is none',
      text: 'Beste Sanne,\n\nUw pas is klaar. U kunt het ophalen.',
      findings: [
        {
          messageId: 'geenGroet',
          range: {start: [3, 18, 31], end: [3, 37, 50]},
          actual: 'U kunt het ophalen.',
        },
      ],
    },
    {
      text: 'Beste meneer Jansen,\n\nUw container wordt vrijdag geleegd.\n\nMet vriendelijke groet,',
      findings: [
        {
          messageId: 'geenAfzender',
          range: {start: [5, 1, 59], end: [5, 24, 82]},
          actual: 'Met vriendelijke groet,',
        },
      ],
    },
  ],
})
