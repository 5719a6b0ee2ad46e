import {tester} from './tester.js'
import {BAD_DECISION, GOOD_DECISION} from '../letters.js'

const letter = (opening: string) =>
  `Beste Sanne,\n\n${opening}\n\nMet vriendelijke groet,\nTeam Wegen`
const long =
  'Wij hebben uw aanvraag ontvangen. Wij kijken of alles klopt. Daarna bellen wij u. Dan maken wij een afspraak.'
const longer =
  'Wij hebben uw aanvraag voor een parkeervergunning op 3 maart ontvangen. Wij kijken eerst of alle gegevens kloppen en of er plaats is in uw straat. Daarna bellen wij u op het nummer dat u ons gaf. Dan maken wij samen een afspraak bij u thuis.'

tester.run('kern-vooraan', {
  valid: [
    {text: GOOD_DECISION},
    {text: letter('Uw paspoort is klaar. U kunt het ophalen bij de balie.')},
    // Four short sentences are not a long paragraph (the default allows four); five short ones
    // of 24 words are not either: only more sentences with more than 40 words are.
    {text: `Beste Sanne,\n\n${long}`},
    {text: `Beste Sanne,\n\n${long} Die duurt een half uur.`},
    {text: `Beste Sanne,\n\n${long}`, options: {maxZinnen: 3}},
    // Five short sentences of 45 words that open with the news (under ten words on average).
    {
      text: letter(
        'De Prinsenstraat krijgt een nieuwe inrichting. Er komen bredere stoepen en meer bomen. Het riool moet ook vervangen worden. Wij willen graag weten wat u ervan vindt. Daarom nodigen wij u uit voor een inloopavond in het buurthuis.',
      ),
    },
  ],
  invalid: [
    {
      name: 'flags an opening about the history of the case',
      text: BAD_DECISION,
      findings: [
        {
          messageId: 'omweg',
          range: {start: [5, 1, 73], end: [5, 20, 92]},
          actual: 'Naar aanleiding van',
        },
      ],
    },
    {
      text: letter('Hierbij ontvangt u de stukken.'),
      findings: [
        {messageId: 'omweg', range: {start: [3, 1, 14], end: [3, 8, 21]}, actual: 'Hierbij'},
      ],
    },
    {
      text: letter('In antwoord op uw vraag sturen wij u de folder.'),
      findings: [
        {
          messageId: 'omweg',
          range: {start: [3, 1, 14], end: [3, 15, 28]},
          actual: 'In antwoord op',
        },
      ],
    },
    {
      text: letter('Middels deze brief laten wij u weten dat de weg dicht gaat.'),
      findings: [
        {messageId: 'omweg', range: {start: [3, 1, 14], end: [3, 13, 26]}, actual: 'Middels deze'},
      ],
    },
    {
      name: 'reports a long first paragraph as info',
      text: `Beste Sanne,\n\n${longer} Die duurt ongeveer een half uur, want wij willen alles goed met u bespreken.`,
      findings: [
        {
          messageId: 'lang',
          range: {start: [3, 1, 14], end: [3, 72, 85]},
          severity: 'info',
          actual: 'Wij hebben uw aanvraag voor een parkeervergunning op 3 maart ontvangen.',
          message:
            'De eerste alinea is lang (59 woorden, 5 zinnen). Zet de kern in één of twee korte zinnen bovenaan.',
        },
      ],
    },
    {
      name: 'with maxZinnen 3, four sentences of more than 40 words are too many',
      text: `Beste Sanne,\n\n${longer}`,
      options: {maxZinnen: 3},
      findings: [
        {
          messageId: 'lang',
          range: {start: [3, 1, 14], end: [3, 72, 85]},
          severity: 'info',
          actual: 'Wij hebben uw aanvraag voor een parkeervergunning op 3 maart ontvangen.',
        },
      ],
    },
  ],
})
