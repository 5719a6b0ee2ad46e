import {phraseListMatcher} from '../nlp/phrase-list.js'
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'vage-termijn',
  meta: {
    description: 'Noem een datum of een aantal dagen in plaats van een vage termijn.',
    severity: 'warning',
    fixable: 'none',
    messages: {
      vaag: '‘{actual}’ is een vage termijn. {uitleg}',
    },
  },
  check(_tree, ctx) {
    const matcher = phraseListMatcher('vage-termijnen.tsv')
    for (const sentence of ctx.sentences) {
      for (const match of matcher.match(sentence.words)) {
        const first = sentence.words[match.first]!
        const last = sentence.words[match.last]!
        ctx.report({
          start: first.start,
          end: last.end,
          messageId: 'vaag',
          data: {uitleg: match.entry.data.explanation},
        })
      }
    }
  },
})
