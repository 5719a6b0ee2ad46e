import {tester} from './tester.js'

/** A paragraph of `sentences` sentences of `words` words. */
const para = (sentences: number, words = 4) =>
  Array.from(
    {length: sentences},
    () => ['Wij', ...Array.from({length: words - 1}, () => 'sturen')].join(' ') + '.',
  ).join(' ')

tester.run('lange-alinea', {
  valid: [
    {text: para(6)},
    // A list is not a paragraph.
    {text: Array.from({length: 8}, () => `- ${para(1)}`).join('\n'), format: 'md'},
    'Uw container wordt elke week geleegd. Zet hem op maandag voor 7.30 uur aan de weg.\n\nIs de container kapot? Meld dat dan op onze website. Wij vervangen hem binnen vijf werkdagen.',
  ],
  invalid: [
    {
      name: 'reports a paragraph with too many sentences at its first sentence',
      text: `${para(2)}\n\n${para(7)}`,
      findings: [
        {
          messageId: 'zinnen',
          range: {start: [3, 1, 53], end: [3, 26, 78]},
          actual: 'Wij sturen sturen sturen.',
          message:
            'Deze alinea heeft 7 zinnen. Splits haar op, of schrap wat de lezer niet nodig heeft (hoogstens 6).',
        },
      ],
    },
    {
      name: 'reports a paragraph with too many words',
      text: para(5, 21),
      findings: [
        {
          messageId: 'woorden',
          range: {start: [1, 1, 0], end: [1, 145, 144]},
          actual:
            'Wij sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen.',
          message:
            'Deze alinea telt 105 woorden. Splits haar op in kortere alinea’s (hoogstens 100).',
        },
      ],
    },
    {
      name: 'follows the B1 preset',
      text: para(6),
      config: {extends: 'duidelijk:b1'},
      findings: [
        {
          messageId: 'zinnen',
          range: {start: [1, 1, 0], end: [1, 26, 25]},
          actual: 'Wij sturen sturen sturen.',
        },
      ],
    },
    {
      name: 'a real paragraph of seven sentences',
      text: 'Uw container wordt elke week geleegd. Zet hem op maandag voor 7.30 uur aan de weg. Het deksel moet dicht zijn. Leg geen zakken naast de container. Is de container kapot? Meld dat dan op onze website. Wij vervangen hem binnen vijf werkdagen.',
      findings: [
        {
          messageId: 'zinnen',
          range: {start: [1, 1, 0], end: [1, 38, 37]},
          actual: 'Uw container wordt elke week geleegd.',
        },
      ],
    },
  ],
})
