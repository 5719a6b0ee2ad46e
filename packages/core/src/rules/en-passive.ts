import retextPassive from 'retext-passive'
import {reportRetextMessages, type RetextTransformer} from '../nlp/retext-adapter.js'
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'en-passive',
  meta: {
    description: 'Engelse teksten: schrijf actief (retext-passive).',
    severity: 'info',
    fixable: 'none',
    languages: ['en'],
    messages: {passive: '{reason}'},
  },
  setup: () => retextPassive() as unknown as RetextTransformer,
  check(tree, ctx, state) {
    reportRetextMessages(state as RetextTransformer, tree, ctx, 'passive')
  },
})
