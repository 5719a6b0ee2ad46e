import retextReadability from 'retext-readability'
import {reportRetextMessages, type RetextTransformer} from '../nlp/retext-adapter.js'
import {defineRule} from '../rule.js'

interface Options {
  /** Target reading age. */
  age: number
  /** Share of the seven formulas that must agree before a sentence is reported. */
  threshold: number
  /** Check sentences with at least this many words. */
  minWords: number
}

export default defineRule<Options>({
  id: 'en/readability',
  meta: {
    description: 'English texts: keep sentences readable for the target age (retext-readability).',
    severity: 'warning',
    fixable: 'none',
    languages: ['en'],
    messages: {readability: '{reason}'},
    options: {
      type: 'object',
      properties: {
        age: {type: 'integer', minimum: 6, default: 16, description: 'Target reading age.'},
        threshold: {
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 1,
          default: 4 / 7,
          description: 'Share of the 7 formulas that must agree.',
        },
        minWords: {
          type: 'integer',
          minimum: 1,
          default: 5,
          description: 'Shortest sentence to check.',
        },
      },
      additionalProperties: false,
    },
  },
  setup: (options) =>
    retextReadability({
      age: options.age,
      threshold: options.threshold,
      minWords: options.minWords,
    }) as unknown as RetextTransformer,
  check(tree, ctx, state) {
    reportRetextMessages(state as RetextTransformer, tree, ctx, 'readability')
  },
})
