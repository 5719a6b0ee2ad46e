import {tester} from './tester.js'

tester.run('en-simplify', {
  valid: [
    {text: 'We will use the new system to answer your question.', config: {lang: 'en'}},
    // Dutch text: the English rules do not run.
    {text: 'Wij gebruiken het nieuwe systeem voor uw aanvraag.'},
  ],
  invalid: [
    {
      text: 'We will utilize the new system to process your request.',
      config: {lang: 'en'},
      findings: [
        {
          messageId: 'simplify',
          range: {start: [1, 9, 8], end: [1, 16, 15]},
          expected: ['use'],
          output: 'We will use the new system to process your request.',
          fix: 'suggestion',
          actual: 'utilize',
          message: 'Unexpected `utilize`, use `use` instead',
        },
        {
          messageId: 'simplify',
          range: {start: [1, 48, 47], end: [1, 55, 54]},
          // 'your request' is a noun: 'your ask' would break the sentence, so no edit (issue #15).
          actual: 'request',
          message: 'Unexpected `request`, use `ask` instead',
        },
      ],
    },
    {
      text: 'Please send us your new address.',
      config: {lang: 'en'},
      findings: [
        {
          messageId: 'simplify',
          range: {start: [1, 25, 24], end: [1, 32, 31]},
          // a noun after a possessive and an adjective: 'your new discuss' would break it
          actual: 'address',
          message: 'Unexpected `address`, use `discuss` instead',
        },
      ],
    },
    {
      text: 'In order to apply, you must submit the form.',
      config: {lang: 'en'},
      findings: [
        {
          messageId: 'simplify',
          range: {start: [1, 1, 0], end: [1, 12, 11]},
          // The guard in nlp/fit.ts keeps the capital of a sentence start (issue #15).
          expected: ['To'],
          output: 'To apply, you must submit the form.',
          actual: 'In order to',
        },
        {
          messageId: 'simplify',
          range: {start: [1, 29, 28], end: [1, 35, 34]},
          expected: ['give', 'send'],
          output: 'In order to apply, you must give the form.',
          actual: 'submit',
        },
      ],
    },
  ],
})
