import {defineRule} from '../rule.js'

export default defineRule({
  id: 'lijdende-vorm',
  meta: {
    description: 'Zeg wie iets doet: schrijf actief in plaats van in de lijdende vorm.',
    scope: 'unit',
    severity: 'warning',
    fixable: 'none',
    messages: {
      lijdend:
        '‘{actual}’ is de lijdende vorm. Zeg wie iets doet: ‘Wij beoordelen uw aanvraag’ in plaats van ‘Uw aanvraag wordt beoordeeld’.',
      metDoor:
        '‘{actual}’ is de lijdende vorm. Maak ‘{agent}’ het onderwerp van de zin: die doet het.',
    },
  },
  check(_tree, ctx) {
    for (const sentence of ctx.sentences) {
      for (const passive of ctx.analyses.passives(sentence)) {
        const first = sentence.words[Math.min(passive.aux, passive.participle)]!
        const last = sentence.words[Math.max(passive.aux, passive.participle)]!
        // Report the auxiliary and the participle; the words between are the reader's business.
        const actual =
          Math.abs(passive.aux - passive.participle) === 1
            ? ctx.slice(first.start, last.end)
            : `${first.value} … ${last.value}`
        ctx.report({
          start: first.start,
          end: last.end,
          messageId: passive.agent ? 'metDoor' : 'lijdend',
          actual,
          data: passive.agent ? {agent: passive.agent} : {},
        })
      }
    }
  },
})
