import {defineRule} from '../rule.js'
import {countWords, SHORT_SENTENCE_WORDS} from './lange-zin.js'

interface Options {
  maxSentences: number
  maxWords: number
}

export default defineRule<Options>({
  id: 'lange-alinea',
  meta: {
    description: 'Houd alinea’s kort: één onderwerp per alinea.',
    scope: 'unit',
    severity: 'info',
    fixable: 'none',
    messages: {
      zinnen:
        'Deze alinea heeft {count} zinnen. Splits haar op, of schrap wat de lezer niet nodig heeft (hoogstens {max}).',
      woorden:
        'Deze alinea telt {count} woorden. Splits haar op in kortere alinea’s (hoogstens {max}).',
    },
    options: {
      type: 'object',
      properties: {
        maxSentences: {
          type: 'integer',
          minimum: 1,
          default: 6,
          description: 'Meeste zinnen per alinea.',
        },
        maxWords: {
          type: 'integer',
          minimum: 1,
          default: 100,
          description: 'Meeste woorden per alinea.',
        },
      },
      additionalProperties: false,
    },
  },
  check(_tree, ctx) {
    for (const {unit, sentences} of ctx.units) {
      if (unit.kind !== 'paragraph' && unit.kind !== 'quote') continue
      const first = sentences[0]
      const last = sentences.at(-1)
      if (!first || !last) continue
      const words = sentences.reduce((sum, s) => sum + countWords(s.words, {names: false}), 0)
      // Report the first sentence only: underlining a whole paragraph hides the other findings.
      // Many sentences make a paragraph heavy only when they are not all short: seven sentences
      // of six words ("Met automatische incasso betaalt u in 10 termijnen. …") read quickly, and
      // letter editors judged those findings wrong (tests/letters); as kern-vooraan, the count
      // matters when the sentences average over ten words.
      if (
        sentences.length > ctx.options.maxSentences &&
        words > SHORT_SENTENCE_WORDS * sentences.length
      ) {
        ctx.report({
          start: first.start,
          end: first.end,
          messageId: 'zinnen',
          data: {count: sentences.length, max: ctx.options.maxSentences},
        })
      } else if (words > ctx.options.maxWords) {
        ctx.report({
          start: first.start,
          end: first.end,
          messageId: 'woorden',
          data: {count: words, max: ctx.options.maxWords},
        })
      }
    }
  },
})
