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
    // Seven short sentences read quickly: the count matters when they average over ten words.
    {text: para(7)},
    'Uw container wordt elke week geleegd. Zet hem op maandag voor 7.30 uur aan de weg. Het deksel moet dicht zijn. Leg geen zakken naast de container. Is de container kapot? Meld dat dan op onze website. Wij vervangen hem binnen vijf werkdagen.',
    // A list is not a paragraph.
    {text: Array.from({length: 8}, () => `- ${para(1)}`).join('\n'), format: 'md'},
    'Uw container wordt elke week geleegd. Zet hem op maandag voor 7.30 uur aan de weg.\n\nIs de container kapot? Meld dat dan op onze website. Wij vervangen hem binnen vijf werkdagen.',
  ],
  invalid: [
    {
      name: 'reports a paragraph with too many sentences at its first sentence',
      text: `${para(2)}\n\n${para(7, 11)}`,
      findings: [
        {
          messageId: 'zinnen',
          range: {start: [3, 1, 53], end: [3, 75, 127]},
          actual: 'Wij sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen.',
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
      text: para(6, 11),
      config: {extends: 'duidelijk:b1'},
      findings: [
        {
          messageId: 'zinnen',
          range: {start: [1, 1, 0], end: [1, 75, 74]},
          actual: 'Wij sturen sturen sturen sturen sturen sturen sturen sturen sturen sturen.',
        },
      ],
    },
    {
      name: 'a real paragraph of seven sentences that are not all short',
      text: 'Uw grijze container wordt vanaf januari elke twee weken op maandag door de inzamelaar geleegd. Zet hem op die maandag voor 7.30 uur aan de weg bij de stoeprand. Het deksel moet goed dicht zijn, anders nemen wij de container niet mee. Leg geen zakken met afval naast de container, want die blijven dan liggen. Is de container kapot of is hij kwijtgeraakt? Meld dat dan zo snel mogelijk op onze website of bel ons. Wij vervangen een kapotte container binnen vijf werkdagen zonder kosten voor u.',
      findings: [
        {
          messageId: 'zinnen',
          range: {start: [1, 1, 0], end: [1, 95, 94]},
          actual:
            'Uw grijze container wordt vanaf januari elke twee weken op maandag door de inzamelaar geleegd.',
        },
      ],
    },
  ],
})
