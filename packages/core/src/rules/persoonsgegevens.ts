import {maskEmail, maskValue} from '../nlp/identifiers.js'
import {
  findPersonalData,
  knownNumbers,
  namedAsPrivate,
  organisationDomains,
  privateNames,
  staffNames,
  type PersonalDataKind,
} from '../nlp/personal-data.js'
import {defineRule} from '../rule.js'
import type {Severity} from '../types.js'

interface Options {
  /** Severity in templates (documents with placeholders, or marked as template). */
  inSjabloon: Severity
  /** Severity in ordinary letters. */
  inBrief: Severity
  /** E-mail domains of the organisation itself (never reported). */
  organisatieDomeinen: string[]
  /** Phone numbers of the organisation itself (never reported). */
  organisatieNummers: string[]
  /** E-mail addresses of the organisation itself (never reported). */
  organisatieAdressen: string[]
  /** Kinds reported in an ordinary letter (not a template); every kind is reported elsewhere. */
  soortenInBrief: PersonalDataKind[]
}

type Kind = PersonalDataKind

const LABEL: Record<Kind, string> = {
  bsn: 'een burgerservicenummer (BSN)',
  iban: 'een rekeningnummer (IBAN)',
  telefoon: 'een persoonlijk telefoonnummer',
  email: 'een persoonlijk e-mailadres',
  geboortedatum: 'een geboortedatum',
  kenteken: 'een kenteken',
}

/**
 * The reader's own plate: "uw auto met (het) kenteken", "uw kenteken", or a reference line
 * "Kenteken:" at the start of a line.
 */
const OWN_PLATE =
  /(?:\buw\s+(?:(?:auto|voertuig|wagen|motor|scooter|brommer|bus|busje|camper|caravan|aanhanger|aanhangwagen)\s+(?:met\s+)?(?:het\s+)?)?kenteken(?:nummer)?|(?:^|\n)[ \t]*kenteken(?:nummer)?[ \t]*:)(?:[ \t]*:)?\s*$/i

/**
 * A vehicle the letter's request or permit is about, named in a sentence to the reader: "U heeft
 * een vergunning aangevraagd voor een tweede auto, met het kenteken …", "Op uw adres is al een
 * vergunning afgegeven voor de auto met kenteken …" (blind letters, set-k). Not another person's
 * vehicle ("de auto van uw buurman met kenteken …").
 */
const VEHICLE_PLATE =
  /\b(?:auto|voertuig|wagen|motor|scooter|brommer|bus|busje|camper|caravan|aanhanger|aanhangwagen)(?:\s*,\s*|\s+)met\s+(?:het\s+)?kenteken(?:nummer)?\s*$/i
const TO_READER = /\b(?:u|uw)\b/i
const OTHER_OWNER =
  /\bvan\s+(?:uw\s+|de\s+|een\s+)?(?:buurman|buurvrouw|buren|heer|mevrouw|ander|anderen|bezoeker|bezoekers)\b/i

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
        organisatieNummers: {
          type: 'array',
          items: {type: 'string'},
          default: [],
          description:
            'Telefoonnummers van uw organisatie, in elke schrijfwijze (bijvoorbeeld 0321 123 456); die worden niet gemeld.',
        },
        organisatieAdressen: {
          type: 'array',
          items: {type: 'string'},
          default: [],
          description:
            'E-mailadressen van uw organisatie buiten de domeinen van organisatieDomeinen; die worden niet gemeld.',
        },
        soortenInBrief: {
          type: 'array',
          items: {enum: ['bsn', 'iban', 'telefoon', 'email', 'geboortedatum', 'kenteken']},
          default: ['bsn', 'iban'],
          description:
            'Soorten persoonsgegevens die in een gewone brief (geen sjabloon) worden gemeld. In een brief staan telefoonnummers, e-mailadressen, kentekens en geboortedata bijna altijd met opzet.',
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
    const staff = staffNames(ctx.document.text)
    // A number the letter gives as the organisation's in one place is that everywhere.
    const others = privateNames(ctx.document.text)
    // The addresses at the domain of the municipality the letter names are its own.
    const own = organisationDomains(ctx.document.text)
    const options =
      own.length === 0
        ? ctx.options
        : {...ctx.options, organisatieDomeinen: [...ctx.options.organisatieDomeinen, ...own]}
    const known = knownNumbers(ctx.document.text, staff, others)
    // In a letter to a resident, a phone number, e-mail address, licence plate or date of birth is
    // nearly always there on purpose: the case handler's work number, the addressee's own
    // details, the vehicle the decision is about. Editors judging letters nobody here wrote
    // (28 sets, 338 letters) labelled all 76 such findings wrong; the one right
    // finding was a resident's full account number in an e-mail. So a letter reports only the
    // kinds in `soortenInBrief`; a template, and a text that is no letter, report every kind.
    const letterKinds = !template && ctx.isLetter ? new Set(ctx.options.soortenInBrief) : undefined
    const units = ctx.units
    for (let index = 0; index < units.length; index++) {
      const {unit} = units[index]!
      // A table cell is read with the cells before it in its row: "Klantenservice Wiel&Deel |
      // (0555) 00 11 22" names whose number it is (blind letters, set-n). Line breaks between the
      // cells are read as spaces (same offsets), so that they do not end the clause.
      let from = unit.start
      if (unit.kind === 'tableCell')
        for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
          if (units[back]!.unit.kind !== 'tableCell') break
          from = units[back]!.unit.start
        }
      const text =
        ctx.slice(from, unit.start).replace(/[\r\n]/g, ' ') + ctx.slice(unit.start, unit.end)
      const spans = findPersonalData(text, options, {
        base: from,
        emails: true,
        staff,
        others,
        known,
        // The writer's own work phone and address under their name.
        signature: unit.kind === 'signature',
      })
      for (const {kind, start, end, value} of spans.sort((a, b) => a.start - b.start)) {
        if (start < unit.start) continue
        if (letterKinds && !letterKinds.has(kind)) continue
        // A template's fixed phone numbers and e-mail addresses are the organisation's contact
        // details: the reader's own would be a placeholder. Editors judging letters nobody here
        // wrote labelled all five such findings in templates wrong (the Geldloket's number, the
        // consultant's WhatsApp number, a hedgehog shelter). Reported only where the text says
        // whose they are ("uw telefoonnummer", a neighbour, "thuis").
        if (
          template &&
          (kind === 'telefoon' || kind === 'email') &&
          !namedAsPrivate(text, start - from, end - start)
        )
          continue
        // A letter to the owner of a vehicle names its plate on purpose ("uw auto met het
        // kenteken …", a reference line "Kenteken: …"): the plate is what the letter is about
        // (blind letters: three of three such findings wrong). Not in a template (it should hold
        // a placeholder) or outside a letter (a web page naming someone's plate); the plate is
        // masked in every output all the same.
        if (kind === 'kenteken' && !template && ctx.isLetter) {
          if (OWN_PLATE.test(ctx.slice(Math.max(0, start - 40), start))) continue
          const sentence = ctx.sentences.find((s) => s.start <= start && end <= s.end)
          const before = sentence ? ctx.slice(sentence.start, start) : ''
          if (VEHICLE_PLATE.test(before) && TO_READER.test(before) && !OTHER_OWNER.test(before))
            continue
        }
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
    }
  },
})
