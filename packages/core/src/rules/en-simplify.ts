import retextSimplify from 'retext-simplify'
import {reportRetextMessages, type RetextTransformer} from '../nlp/retext-adapter.js'
import {defineRule} from '../rule.js'

interface Options {
  /** Phrases retext-simplify should not report. */
  ignore: string[]
}

export default defineRule<Options>({
  id: 'en-simplify',
  meta: {
    description: 'Engelse teksten: gebruik eenvoudige woorden (retext-simplify).',
    severity: 'warning',
    fixable: 'suggestion',
    languages: ['en'],
    messages: {simplify: '{reason}'},
    options: {
      type: 'object',
      properties: {
        ignore: {
          type: 'array',
          items: {type: 'string'},
          default: [],
          description: 'Woorden en zinsdelen die niet gemeld worden.',
        },
      },
      additionalProperties: false,
    },
  },
  setup: (options) => retextSimplify({ignore: options.ignore}) as unknown as RetextTransformer,
  check(tree, ctx, state) {
    reportRetextMessages(state as RetextTransformer, tree, ctx, 'simplify')
  },
})
