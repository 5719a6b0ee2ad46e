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
  id: 'en-readability',
  meta: {
    description: 'Engelse teksten: houd zinnen leesbaar voor de doelleeftijd (retext-readability).',
    severity: 'warning',
    fixable: 'none',
    languages: ['en'],
    messages: {readability: '{reason}'},
    options: {
      type: 'object',
      properties: {
        age: {type: 'integer', minimum: 6, default: 16, description: 'Doelleeftijd van de lezer.'},
        threshold: {
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 1,
          default: 4 / 7,
          description: 'Deel van de zeven formules dat het eens moet zijn.',
        },
        minWords: {
          type: 'integer',
          minimum: 1,
          default: 5,
          description: 'Kortste zin die wordt gecontroleerd (in woorden).',
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
