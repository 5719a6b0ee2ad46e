import {reportPhraseList} from '../nlp/phrase-list.js'
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'vage-termijn',
  meta: {
    description: 'Noem een datum of een aantal dagen in plaats van een vage termijn.',
    scope: 'unit',
    severity: 'warning',
    fixable: 'none',
    messages: {
      vaag: '‘{actual}’ is een vage termijn. {uitleg}',
    },
  },
  check(_tree, ctx) {
    for (const sentence of ctx.sentences)
      reportPhraseList(ctx, sentence, 'vage-termijnen.tsv', 'vaag', false)
  },
})
