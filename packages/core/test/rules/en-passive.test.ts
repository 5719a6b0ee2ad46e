import {tester} from './tester.js'

tester.run('en-passive', {
  valid: [
    {text: 'We gave the permit to your neighbour.', config: {lang: 'en'}},
    {text: 'Please send us the form before 1 May.', config: {lang: 'en'}},
    // Dutch text: the English rules do not run.
    {text: 'De vergunning wordt verleend aan uw buurman.'},
  ],
  invalid: [
    {
      text: 'The permit was given to your neighbour.',
      config: {lang: 'en'},
      findings: [
        {
          messageId: 'passive',
          range: {start: [1, 16, 15], end: [1, 21, 20]},
          actual: 'given',
          message: 'Unexpected use of the passive voice',
        },
      ],
    },
    {
      text: 'Your application is being reviewed. The decision will be sent by post.',
      config: {lang: 'en'},
      findings: [
        {messageId: 'passive', range: {start: [1, 58, 57], end: [1, 62, 61]}, actual: 'sent'},
      ],
    },
  ],
})
