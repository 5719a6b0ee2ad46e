import {letterParts, publishedDecision, unitText} from '../nlp/letter.js'
import {SALUTATION_WORDS} from '../nlp/letter-words.js'
import {defineRule} from '../rule.js'

interface Options {
  /** House style: `geachte`, `beste`, or `vrij` (both allowed). */
  stijl: 'geachte' | 'beste' | 'vrij'
}

const IMPERSONAL =
  /^\s*geachte\s+(?:heer|mevrouw)\s*(?:\/|,|of|en)\s*(?:heer|mevrouw)\b|^\s*geachte\s+(?:heer|mevrouw|dames\s+en\s+heren|relatie|inwoner|bewoner)\s*(?:[,.:!]\s*)?$/i
const NAME_FIELD = /naam|aanhef|achternaam|voornaam|geslacht|titel/i

/** Words of the longest salutation ("Geachte mevrouw Van der Berg-de Vries"). */
const MAX_SALUTATION_WORDS = 6

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/**
 * One more addressee of a salutation: 'beste ondernemer', 'heer', 'verzorgers', 'en collega's',
 * 'verzorgers en inwoners van Lindehorst' (blind letters, set-oo).
 */
const ADDRESSEE = new RegExp(
  String.raw`^\s*(?:(?:${SALUTATION_WORDS}|en|of)\s+)?[\p{L}'\u2019.\-]+(?:\s+[\p{L}'\u2019.\-]+){0,4}\s*$`,
  'iu',
)

/**
 * Whether the text after a salutation's first comma names more addressees and the line ends with
 * the salutation's comma ("Beste bewoner, beste ondernemer,", "Beste ouders, verzorgers,"):
 * one salutation to several readers, not a salutation with a sentence after it.
 */
function moreAddressees(rest: string): boolean {
  const parts = rest.trimEnd().split(',')
  if (parts.length < 2 || parts.at(-1)!.trim() !== '') return false
  return parts.slice(0, -1).every((part) => ADDRESSEE.test(part))
}

/**
 * Where the salutation ends, its comma included, when more text follows it on the same line
 * ("Beste Jan, bedankt voor je mail."): the first comma, or the second after "heer, mevrouw".
 * Undefined when the line is the salutation alone.
 */
function salutationEnd(line: string): number | undefined {
  let comma = line.indexOf(',')
  if (comma < 0) return undefined
  if (moreAddressees(line.slice(comma + 1))) return undefined
  if (/^\s*(?:heer|mevrouw)\b/i.test(line.slice(comma + 1))) {
    const second = line.indexOf(',', comma + 1)
    if (second < 0) return undefined
    comma = second
  }
  return /\p{L}/u.test(line.slice(comma + 1)) ? comma + 1 : undefined
}

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
      eigenRegel:
        'Zet de aanhef ‘{actual}’ op een eigen regel en begin de tekst op de regel eronder, met een hoofdletter.',
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
      // A decision in its published form has no salutation (a verkeersbesluit).
      if (publishedDecision(ctx)) return
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
    // The salutation and the first sentence on one line ("Beste Jan, bedankt voor je mail."): the
    // salutation has its comma; a comma at the end of the line would break the sentence.
    const own = salutationEnd(trimmed)
    if (own !== undefined) {
      ctx.report({start, end: start + own, messageId: 'eigenRegel'})
      return
    }
    const last = trimmed.at(-1) ?? ''
    if (last !== ',' && wordCount(trimmed) > MAX_SALUTATION_WORDS) {
      // No comma and more words than a salutation has: where it ends is unknown, so no fix.
      const two = /^\s*\S+\s+\S+/.exec(trimmed)?.[0] ?? trimmed
      ctx.report({start, end: start + two.length, messageId: 'leesteken'})
      return
    }
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
