import {isValidBsn, isValidIban, maskEmail, maskValue} from '../nlp/identifiers.js'
import {defineRule} from '../rule.js'
import type {Severity} from '../types.js'

interface Options {
  /** Severity in templates (documents with placeholders, or marked as template). */
  inSjabloon: Severity
  /** Severity in ordinary letters. */
  inBrief: Severity
  /** E-mail domains of the organisation itself (never reported). */
  organisatieDomeinen: string[]
}

type Kind = 'bsn' | 'iban' | 'telefoon' | 'email' | 'geboortedatum' | 'kenteken'

const LABEL: Record<Kind, string> = {
  bsn: 'een burgerservicenummer (BSN)',
  iban: 'een rekeningnummer (IBAN)',
  telefoon: 'een persoonlijk telefoonnummer',
  email: 'een persoonlijk e-mailadres',
  geboortedatum: 'een geboortedatum',
  kenteken: 'een kenteken',
}

const BSN = /(?<![\d.\-])(\d{4}[. ]?\d{2}[. ]?\d{3}|\d{3}[. ]?\d{3}[. ]?\d{3})(?![\d,]|\.\d)/g
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g
const MOBILE = /(?<![\d+])(?:(?:\+|00)31[ \-]?(?:\(0\))?[ \-]?6|06)[ \-]?(?:\d[ \-]?){7}\d(?!\d)/g
const LANDLINE =
  /(?<![\d+])(?:(?:\+|00)31[ \-]?(?:\(0\))?[ \-]?[1-57-9]\d{1,2}|\(0[1-57-9]\d{1,2}\)|0[1-57-9]\d{1,2})[ \-]?(?:\d[ \-]?){5,6}\d(?!\d)/g
const BIRTH =
  /\b(?:geboren op|geboortedatum:?|geb\.)\s+(\d{1,2}[\-\/ ](?:\d{1,2}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)[\-\/ ]\d{4})/gi
const PLATE =
  /\b(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d)\b/g
/** Numbers of organisations, not of persons: 14 + area code, 0800, 0900, 088, 085. */
const ORGANISATION_NUMBER =
  /^(?:\+31[ \-]?|0031[ \-]?)?(?:\(0\))?[ \-]?(?:14[ \-]?0\d{2,3}|0?800|0?900|0?88|0?85)/
const GENERIC_MAILBOX =
  /^(?:info|post|contact|gemeente|klantcontact|noreply|no-reply|servicedesk|helpdesk|secretariaat|vergunningen|belastingen|bezwaar|privacy|fg|communicatie|burgerzaken|loket|team[\w.\-]*)@/i

export default defineRule<Options>({
  id: 'persoonsgegevens',
  meta: {
    description:
      'Zet geen persoonsgegevens in sjablonen, en controleer ze in brieven voor verzending.',
    severity: 'info',
    fixable: 'none',
    messages: {
      sjabloon:
        'Hier staat {label} ({masked}). Een sjabloon hoort een invulveld te bevatten, geen gegevens van een persoon (AVG).',
      brief:
        'Hier staat {label} ({masked}). Controleer voor verzending of dit klopt en nodig is (AVG).',
    },
    options: {
      type: 'object',
      properties: {
        inSjabloon: {
          enum: ['error', 'warning', 'info'],
          default: 'error',
          description: 'Ernst in sjablonen.',
        },
        inBrief: {
          enum: ['error', 'warning', 'info'],
          default: 'info',
          description: 'Ernst in gewone brieven.',
        },
        organisatieDomeinen: {
          type: 'array',
          items: {type: 'string'},
          default: [],
          description:
            'E-maildomeinen van uw organisatie (bijvoorbeeld dronten.nl); die worden niet gemeld.',
        },
      },
      additionalProperties: false,
    },
  },
  check(_tree, ctx) {
    const {document} = ctx
    const template =
      document.meta.template === true || document.masked.some((m) => m.kind === 'placeholder')
    const messageId = template ? 'sjabloon' : 'brief'
    const severity = template ? ctx.options.inSjabloon : ctx.options.inBrief
    const domains = ctx.options.organisatieDomeinen.map((d) => d.toLowerCase())
    const seen = new Set<number>()
    // Account-number-shaped stretches (valid or not) are never read as phone numbers or BSNs.
    const claimed: Array<[number, number]> = []
    const overlapsClaimed = (start: number, end: number) =>
      claimed.some(([s, e]) => start < e && s < end)
    const report = (kind: Kind, start: number, end: number, value: string) => {
      if (seen.has(start) || (kind !== 'iban' && overlapsClaimed(start, end))) return
      seen.add(start)
      const masked = kind === 'email' ? maskEmail(value) : maskValue(value)
      ctx.report({
        start,
        end,
        messageId,
        severity,
        actual: masked,
        sensitive: true,
        data: {label: LABEL[kind], masked},
      })
    }

    for (const mask of document.masked) {
      if (mask.kind !== 'email' || GENERIC_MAILBOX.test(mask.value)) continue
      const domain = mask.value.split('@')[1]?.toLowerCase() ?? ''
      if (domains.some((d) => domain === d || domain.endsWith(`.${d}`))) continue
      report('email', mask.start, mask.end, mask.value)
    }

    for (const {unit} of ctx.units) {
      const text = ctx.slice(unit.start, unit.end)
      const at = (match: RegExpMatchArray, group = 0) => {
        const value = match[group]!
        const start = unit.start + match.index! + (group === 0 ? 0 : match[0].indexOf(value))
        return {value, start, end: start + value.length}
      }
      for (const match of text.matchAll(BIRTH)) {
        const {value, start, end} = at(match, 1)
        report('geboortedatum', start, end, value)
      }
      for (const match of text.matchAll(IBAN)) {
        const {value, start, end} = at(match)
        claimed.push([start, end])
        if (isValidIban(value)) report('iban', start, end, value)
      }
      for (const match of text.matchAll(BSN)) {
        const {value, start, end} = at(match)
        if (isValidBsn(value.replace(/[. ]/g, ''))) report('bsn', start, end, value)
      }
      for (const match of text.matchAll(MOBILE)) {
        const {value, start, end} = at(match)
        report('telefoon', start, end, value)
      }
      for (const match of text.matchAll(LANDLINE)) {
        const {value, start, end} = at(match)
        if (ORGANISATION_NUMBER.test(value)) continue
        // "Bel ons op 0321 123456": the organisation's own number.
        const before = text.slice(Math.max(0, match.index! - 40), match.index!).toLowerCase()
        if (/\b(?:ons|onze|gemeente|wij|we|klantcontactcentrum|balie)\b/.test(before)) continue
        report('telefoon', start, end, value)
      }
      for (const match of text.matchAll(PLATE)) {
        const {value, start, end} = at(match)
        report('kenteken', start, end, value)
      }
    }
  },
})
