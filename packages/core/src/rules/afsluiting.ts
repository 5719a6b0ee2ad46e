import {letterParts, publishedDecision} from '../nlp/letter.js'
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'afsluiting',
  meta: {
    description:
      'Sluit de brief af met een groet en zeg wie de brief stuurt: een naam, functie of team.',
    severity: 'warning',
    fixable: 'none',
    letterOnly: true,
    messages: {
      geenGroet:
        'Deze brief heeft geen afsluiting. Sluit af met ‘Met vriendelijke groet,’ en de naam van de afzender.',
      geenAfzender:
        'Na de groet staat niet wie de brief stuurt. Zet er een naam, functie of team onder.',
    },
  },
  check(_tree, ctx) {
    const {closing, signature, body} = letterParts(ctx)
    if (!closing) {
      // A decision in its published form ends with the body's signature, not a greeting.
      if (publishedDecision(ctx)) return
      const last = body.at(-1)?.sentences.at(-1)
      if (last) ctx.report({start: last.start, end: last.end, messageId: 'geenGroet'})
      return
    }
    const signer = signature.some((unit) =>
      /[\p{L}]{2,}|x{3,}/u.test(ctx.slice(unit.unit.start, unit.unit.end)),
    )
    // "Met vriendelijke groet, Team Burgerzaken" on one line also names the sender.
    const inline = /,\s*\S+/.test(ctx.slice(closing.unit.start, closing.unit.end))
    if (!signer && !inline) {
      ctx.report({start: closing.unit.start, end: closing.unit.end, messageId: 'geenAfzender'})
    }
  },
})
