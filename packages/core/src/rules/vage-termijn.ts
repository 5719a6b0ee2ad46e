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
    for (const sentence of ctx.sentences) {
      const words = sentence.words
      // "om zo snel mogelijk … op te lossen": a purpose clause says how, not when; no deadline is
      // promised there (issue #15). An 'om' shortly before the phrase and a 'te' after it.
      const purpose = (first: number, last: number) =>
        words.slice(Math.max(0, first - 6), first).some((w) => w.lower === 'om') &&
        words.slice(last + 1).some((w) => w.lower === 'te')
      reportPhraseList(ctx, sentence, 'vage-termijnen.tsv', 'vaag', false, purpose)
    }
  },
})
