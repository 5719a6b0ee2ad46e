import {tester} from './tester.js'

tester.run('en-readability', {
  valid: [
    {text: 'We got your letter. We will answer within two weeks.', config: {lang: 'en'}},
    // Dutch text: the English rules do not run.
    {
      text: 'Niettegenstaande de voornoemde overwegingen behoudt de gemeente zich het onvoorwaardelijke voorrecht voor aanvragen te heroverwegen.',
    },
  ],
  invalid: [
    {
      text: 'Notwithstanding the aforementioned considerations, the municipality reserves the unconditional prerogative to reconsider applications whose documentation demonstrates insufficient substantiation regarding environmental compatibility.',
      config: {lang: 'en'},
      findings: [
        {
          messageId: 'readability',
          range: {start: [1, 1, 0], end: [1, 234, 233]},
          actual:
            'Notwithstanding the aforementioned considerations, the municipality reserves the unconditional prerogative to reconsider applications whose documentation demonstrates insufficient substantiation regarding environmental compatibility.',
          message: 'Unexpected hard to read sentence, according to 5 out of 7 algorithms',
        },
      ],
    },
  ],
})
