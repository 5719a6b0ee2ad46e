import {letterParts, toResident} from '../nlp/letter.js'
import {defineRule} from '../rule.js'

/**
 * A Dutch phone number: digit groups with a space, a hyphen or a hyphen between spaces between
 * them ("0321 38 90 15", "0591-482345", "0591 - 48 23 45": blind letters, set-k), the area code
 * also in brackets ("(0168) 55 12 70", set-m).
 */
const PHONE =
  /(?<![\d\-/])(?:\+31|\(0|0|14\s?0)\d{1,3}\)?(?:\s?[-–]\s?|\s)?\d{2,4}(?:\s?[-–]\s?|\s)?\d{2,4}(?:(?:\s?[-–]\s?|\s)?\d{2})?(?!\d)|\b14\s?0\d{3}\b/

/** A Dutch account number (IBAN), in groups or not. */
const IBAN = /\b[A-Z]{2}\d{2}[ ]?[A-Z]{4}(?:[ ]?\d){10}\b/g

/** Sender addresses that take no answers. */
const NO_REPLY = /^(?:no-?reply|donotreply|do-not-reply|niet-?beantwoorden|noreply-[\w.-]+)@/i

export default defineRule({
  id: 'contactgegevens',
  meta: {
    description: 'Zeg hoe de lezer u bereikt: telefoon, e-mail of website.',
    severity: 'warning',
    fixable: 'none',
    letterOnly: true,
    messages: {
      ontbreekt:
        'De brief zegt niet hoe de lezer u bereikt. Voeg bijvoorbeeld toe: ‘Heeft u vragen? Bel ons dan op … of mail naar ….’',
    },
  },
  check(_tree, ctx) {
    // Only a letter to a resident needs to say how to reach us; not a memo to the council.
    if (!toResident(ctx)) return
    const {document} = ctx
    if (document.masked.some((m) => m.kind === 'url' || m.kind === 'email')) return
    // An e-mail can be answered, unless it comes from an address that takes no answers.
    const from = document.meta.from
    if (typeof from === 'string' && from.includes('@') && !NO_REPLY.test(from)) return
    // A template field for the contact details counts as contact details.
    if (
      document.masked.some(
        (m) => m.kind === 'placeholder' && /telefoon|tel|mail|contact|website/i.test(m.value),
      )
    )
      return
    for (const unit of ctx.units) {
      // The digit groups of an account number are no phone number ("NL12 BNGH 0285 1122 33").
      if (PHONE.test(ctx.slice(unit.unit.start, unit.unit.end).replace(IBAN, ''))) return
    }
    const {closing, body} = letterParts(ctx)
    const at = closing ?? body.at(-1)
    if (at) ctx.report({start: at.unit.start, end: at.unit.end, messageId: 'ontbreekt'})
  },
})
