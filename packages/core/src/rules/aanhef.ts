import {letterParts, unitText} from '../nlp/letter.js'
import {defineRule} from '../rule.js'

interface Options {
  /** House style: `geachte`, `beste`, or `vrij` (both allowed). */
  stijl: 'geachte' | 'beste' | 'vrij'
}

const IMPERSONAL =
  /^\s*geachte\s+(?:heer|mevrouw)\s*(?:\/|,|of|en)\s*(?:heer|mevrouw)\b|^\s*geachte\s+(?:heer|mevrouw|dames\s+en\s+heren|relatie|inwoner|bewoner)\s*(?:[,.:!]\s*)?$/i
const NAME_FIELD = /naam|aanhef|achternaam|voornaam|geslacht|titel/i

export default defineRule<Options>({
  id: 'aanhef',
  meta: {
    description:
      'Begin de brief met een persoonlijke aanhef die past bij de huisstijl, gevolgd door een komma.',
    severity: 'warning',
    fixable: 'safe',
    letterOnly: true,
    messages: {
      ontbreekt:
        'Deze brief heeft geen aanhef. Begin met bijvoorbeeld ‘Beste mevrouw De Vries,’ of ‘Geachte heer Bakker,’.',
      onpersoonlijk:
        '‘{actual}’ is onpersoonlijk, terwijl het sjabloon de naam kent. Schrijf bijvoorbeeld ‘{suggestie}’.',
      stijl: 'De huisstijl schrijft ‘{stijl}’ als aanhef. Schrijf ‘{expected}’.',
      leesteken: 'Zet een komma na de aanhef.',
    },
    options: {
      type: 'object',
      properties: {
        stijl: {
          enum: ['geachte', 'beste', 'vrij'],
          default: 'vrij',
          description: 'Huisstijl van de aanhef.',
        },
      },
      additionalProperties: false,
    },
  },
  check(_tree, ctx) {
    const {salutation, body} = letterParts(ctx)
    if (!salutation) {
      const first = body[0]?.sentences[0]
      if (first) ctx.report({start: first.start, end: first.end, messageId: 'ontbreekt'})
      return
    }
    const value = unitText(ctx, salutation)
    const start = salutation.unit.start
    const trimmed = value.trimEnd()
    const end = start + trimmed.length
    const nameField = ctx.document.masked.find(
      (m) => m.kind === 'placeholder' && NAME_FIELD.test(m.value),
    )
    if (IMPERSONAL.test(value) && nameField) {
      const suggestie = `Beste ${nameField.value},`
      ctx.report({
        start,
        end,
        messageId: 'onpersoonlijk',
        data: {suggestie},
        expected: [suggestie],
        fix: 'suggestion',
      })
      return
    }
    const first = /^\s*(\p{L}+)/u.exec(value)?.[1] ?? ''
    const style = ctx.options.stijl
    if (style !== 'vrij' && first.toLowerCase() !== style && /^(?:geachte|beste)$/i.test(first)) {
      const wanted = style === 'beste' ? 'Beste' : 'Geachte'
      const wordStart = start + value.indexOf(first)
      ctx.report({
        start: wordStart,
        end: wordStart + first.length,
        messageId: 'stijl',
        data: {stijl: wanted},
        expected: [wanted],
        fix: 'suggestion',
      })
    }
    const last = trimmed.at(-1) ?? ''
    if (last !== ',') {
      // Replace a wrong mark, or add the comma to the last word.
      const wrong = /[.:;!]/.test(last)
      const lastWord = /(?<!\S)(\S+)$/.exec(trimmed)?.[1] ?? ''
      const from = wrong ? end - 1 : end - lastWord.length
      ctx.report({
        start: from,
        end,
        messageId: 'leesteken',
        expected: [wrong ? ',' : `${lastWord},`],
        fix: 'safe',
      })
    }
  },
})
