import {defineRule} from '../rule.js'

export default defineRule({
  id: 'tekenset',
  meta: {
    description: 'Sla brieven op als UTF-8, zodat letters als é, ë en € overal goed overkomen.',
    severity: 'info',
    fixable: 'none',
    languages: ['nl', 'en'],
    messages: {
      windows1252:
        'Dit bestand is niet opgeslagen als UTF-8; duidelijk las het als Windows-1252. Sla het op als UTF-8, zodat tekens als é en € in elk programma goed blijven.',
    },
  },
  check(_tree, ctx) {
    if (ctx.document.meta.detectedEncoding !== 'windows-1252') return
    const first = ctx.sentences[0]
    ctx.report({
      start: first?.start ?? 0,
      end: first ? Math.min(first.end, first.start + 1) : 0,
      messageId: 'windows1252',
    })
  },
})
