import {tester} from './tester.js'

tester.run('moeilijk-woord', {
  valid: [
    // Frequent words, municipal words, compounds of known parts and names.
    {
      text: 'De fietsenstalling bij het gemeentehuis is open. Uw WOZ-waarde en de afvalstoffenheffing staan op de aanslag. Mevrouw Zwartkruis belt u.',
    },
    {text: 'U krijgt een dwangsom als de schuur blijft staan.', options: {known: ['dwangsom']}},
    'U kunt meedenken over de jeugdpas en de wasmachine.',
    // "middels" is around rank 5,500 in the frequency list: known at 20,000, rare at 1,000.
    {text: 'Dat gaat middels de brief.'},
  ],
  invalid: [
    {
      name: 'reports a rare word once, at its first use',
      text: 'Wij sturen u een sommatie. Betaal de sommatie binnen 14 dagen.',
      findings: [
        {
          messageId: 'zeldzaam',
          range: {start: [1, 18, 17], end: [1, 26, 25]},
          actual: 'sommatie',
          message:
            '‘sommatie’ kennen veel lezers niet. Kies een gewoner woord, of leg in de zin uit wat het betekent.',
        },
      ],
    },
    {
      text: 'U krijgt een dwangsom als de schuur blijft staan.',
      findings: [
        {messageId: 'zeldzaam', range: {start: [1, 14, 13], end: [1, 22, 21]}, actual: 'dwangsom'},
      ],
    },
    {
      text: 'Dat gaat middels de brief.',
      options: {threshold: 1000},
      findings: [
        {messageId: 'zeldzaam', range: {start: [1, 10, 9], end: [1, 17, 16]}, actual: 'middels'},
      ],
    },
  ],
})
