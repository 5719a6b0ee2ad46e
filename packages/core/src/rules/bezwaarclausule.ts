import {decisionAnchor, findDecision, NO_DECISION_STATED} from '../nlp/decision.js'
import {letterParts} from '../nlp/letter.js'
import {defineRule} from '../rule.js'

const OBJECTION = /\bbezwaar(?:schrift)?\b/i
/**
 * A letter that says no objection is possible: "staat (derhalve) geen bezwaar open", "kunt u geen bezwaar
 * maken", "U kunt er geen bezwaar tegen maken", "bezwaar hiertegen is derhalve niet mogelijk" (set-ee),
 * or that it holds no decision (NO_DECISION_STATED: "Deze brief is geen besluit", set-o), in a subclause
 * too: "… dat deze klachtafhandeling geen besluit is …, zodat hiertegen geen bezwaar openstaat"
 * (set-v).
 */
const NO_REMEDY =
  /\b(?:staat|is)\s+(?:(?:derhalve|dus|daarom|ook|dan|echter|evenwel|hiertegen|daartegen|ertegen|er|hier|daar|nu|hierbij)\s+){0,3}geen\s+(?:bezwaar|beroep)\b|\b(?:(?:kunt|kan)\s+u|u\s+(?:kunt|kan))\s+(?:(?:er|hier|daar|hiertegen|daartegen|daarom|dus|ook|dan|echter)\s+){0,3}geen\s+bezwaar\b|\bgeen\s+bezwaar\s+mogelijk\b|\bbezwaar\s+(?:(?:hier|daar)tegen\s+)?is\s+(?:(?:dus|daarom|derhalve|dan|ook|hier|daar)\s+){0,2}niet\s+mogelijk\b|\bniet\s+vatbaar\s+voor\s+bezwaar\b|\bgeen\s+(?:bezwaar|beroep)\s+(?:open)?staat\b|\bgeen\s+(?:bezwaar|beroep)\s+(?:kan|kunt|mag)\s+(?:worden\s+)?(?:gemaakt|maken|ingesteld|instellen|ingediend|indienen)\b/i
/**
 * A municipal tax or WOZ letter: an objection goes to the heffingsambtenaar, not to the college
 * (Gemeentewet art. 231, Awb 6:4).
 */
const TAX_LETTER =
  /\b(?:aanslag(?:biljet)?|heffingsambtenaar|WOZ|woz-beschikking|belastingjaar|(?:gemeentelijke\s+)?belastingen|(?:onroerendezaak|honden|toeristen|precario)belasting|afvalstoffenheffing|rioolheffing)\b/i
/**
 * Other ways to contest a decision than bezwaar: beroep at the court (a decision on an objection),
 * verzet against a penal order ("de officier van justitie vragen de zaak aan de kantonrechter voor
 * te leggen"). Their terms and addressees differ from bezwaar's, so such a paragraph is not checked
 * for them.
 */
/** Words that offer the reader the remedy ("Bent u het niet eens …? Dan kunt u …"). */
const OFFERED = /\b(?:niet\s+eens|oneens|kunt\s+u|kun\s+je|instellen|aantekenen)\b/i
const OTHER_REMEDY =
  /\b(?:beroep(?:schrift)?|verzet|rechter|rechtbank|kantonrechter|officier\s+van\s+justitie|raad\s+van\s+state|ombudsman)\b/i
const TERM = /\b(?:zes|6)\s+weken\b/i
/** To whom: the body, "ons", or the sender's address ("naar het adres bovenaan deze brief"). */
const ADDRESSEE =
  /\b(?:college|burgemeester|gemeenteraad|heffingsambtenaar|aan\s+ons|naar\s+ons|ons\s+sturen|bij\s+ons|gemeente|adres\s+(?:bovenaan|boven|onderaan|onder|in|op)\s+(?:deze|de)\s+brief)\b/i
const MANNER =
  /\b(?:digitaal|online|per\s+post|postbus|schriftelijk|website|digid|formulier|brief|e-?mail|x{4,})\b|www\.|@/i
/** A postal address ("Raadhuisplein 1, 7731 ZR Bremerveld") says how: by post (set-u). */
const POSTCODE = /\b\d{4}\s?[A-Z]{2}\b/
/** A clause that sends the reader to an enclosure or page for the details: "In de bijlage leest u hoe". */
const ENCLOSURE =
  /\b(?:in|op)\s+de\s+(?:bijlage|bijgevoegde\s+\p{L}+|achterkant)\b[^.?!]*\b(?:hoe|wat|waar)\b|\b(?:hoe|wat)\b[^.?!]*\b(?:leest|staat|vindt)\s+u\s+in\s+de\s+bijlage\b/iu

/**
 * The standard wording (Awb art. 3:45 and 6:7), suggested when the clause is missing. Written so
 * that the other default rules find nothing in it, also with the decision sentence it follows: the
 * term after "bezwaar maken" (not 11 words between "kunt" and "maken"), no sentence over 20
 * words, five sentences (a paragraph may have six).
 */
export const STANDARD_CLAUSE =
  'Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de datum van deze brief. Stuur uw bezwaar naar het college van burgemeester en wethouders, online met DigiD via onze website of per post. Zet in uw bezwaar uw naam, adres, de datum en waarom u het niet eens bent met het besluit. Zet uw handtekening eronder en stuur een kopie van dit besluit mee.'

/** The standard wording for a tax or WOZ letter: the objection goes to the heffingsambtenaar. */
export const TAX_CLAUSE = STANDARD_CLAUSE.replace(
  'naar het college van burgemeester en wethouders,',
  'naar de heffingsambtenaar (de ambtenaar die de belasting vaststelt),',
)

/**
 * The standard wording for a decision of the mayor (an exemption for fireworks, a closure, an
 * event permit): the objection goes to the mayor, not to the college (blind letters, set-r).
 */
export const MAYOR_CLAUSE = STANDARD_CLAUSE.replace(
  'naar het college van burgemeester en wethouders,',
  'naar de burgemeester,',
)

/**
 * A letter signed by the mayor alone ("de burgemeester van Oudemolen,"), or whose decision names
 * the mayor ("De burgemeester van Oostermeer besluit …"): not the college's signature, which names
 * the wethouders or has the secretary sign with the mayor.
 */
function mayorDecides(signatureAndDecision: string): boolean {
  return (
    /\bburgemeester\b/i.test(signatureAndDecision) &&
    !/\b(?:wethouders?|secretaris|college)\b/i.test(signatureAndDecision)
  )
}

/**
 * An organisation as the addressee (a legal form or a foundation or association in the address
 * block): it logs in with eHerkenning, not with a person's DigiD (blind letters, set-t: a taxi
 * company B.V. was told to object 'online met DigiD').
 */
const ORGANISATION =
  /(?<![\p{L}.])(?:B\.\s?V\.?|BV|N\.\s?V\.?|NV|V\.\s?O\.\s?F\.?|VOF|C\.\s?V\.?|Stichting|Vereniging|Coöperatie)(?![\p{L}])/u

/** "a", "a en b", "a, b en c". */
function listed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`
}

/** A sentence that announces what comes after it in the letter. */
const ANNOUNCES = /\b(?:hieronder|hierna|als volgt)\b/i

export default defineRule({
  id: 'bezwaarclausule',
  meta: {
    description:
      'Een brief met een besluit zegt hoe de lezer bezwaar maakt: binnen zes weken, bij wie en hoe.',
    severity: 'error',
    fixable: 'suggestion',
    letterOnly: true,
    messages: {
      ontbreekt:
        'Deze brief bevat een besluit, maar zegt niet hoe de lezer bezwaar kan maken (Algemene wet bestuursrecht, art. 3:45). Voeg een alinea over bezwaar toe.',
      onvolledig:
        'De alinea over bezwaar mist {missing}. Vul dat aan, zodat de lezer weet wat hij moet doen om bezwaar te maken.',
    },
  },
  check(_tree, ctx) {
    const decision = findDecision(ctx)
    if (!decision) return
    // The letter says there is nothing to object to ("Tegen dit verzoek staat geen bezwaar of
    // beroep open, aangezien het geen besluit betreft."): the writer weighed it; no clause asked.
    if (
      ctx.units.some((u) => {
        const text = ctx.slice(u.unit.start, u.unit.end)
        return NO_REMEDY.test(text) || NO_DECISION_STATED.test(text)
      })
    )
      return
    const objection = ctx.units.filter((u) => OBJECTION.test(ctx.slice(u.unit.start, u.unit.end)))
    if (objection.length === 0) {
      const offersRemedy = (text: string) => OTHER_REMEDY.test(text) && OFFERED.test(text)
      if (ctx.units.some((u) => offersRemedy(ctx.slice(u.unit.start, u.unit.end)))) return
      // The edit keeps the decision and puts the clause after it (it used to replace the decision
      // sentence by the clause); not when the sentence holds a template field, whose masked text
      // would be written back.
      // The clause follows the sentence that takes the decision, not one that only names it ("In
      // deze brief leest u ons besluit.", set-t).
      const anchor = decisionAnchor(ctx) ?? decision
      // After the rest of its paragraph, as a paragraph of its own in plain text and Markdown: a
      // sentence after the decision often points back to it ("Die geldt een jaar.", "Wij hebben
      // dit besloten op grond van …") and would point at the clause instead.
      const own = ctx.units[anchor.unitIndex]?.sentences
      const rest = own ? own.slice(anchor.indexInUnit) : [anchor]
      const end = Math.max(anchor.end, rest.at(-1)?.end ?? anchor.end)
      const separator =
        end > anchor.end && ['txt', 'md'].includes(ctx.document.format) ? '\n\n' : ' '
      // Not where the paragraph announces what follows: after a colon or before a list ("U mag
      // open blijven:" and the nights), or "Hieronder leggen wij uit waarom." (blind relabels,
      // sets e, m and p: the clause there cut the sentence from what it announces). The message
      // stays; the writer places the clause.
      const introduces =
        /:\s*$/.test(ctx.slice(anchor.start, end)) ||
        ctx.units[anchor.unitIndex + 1]?.unit.kind === 'listItem' ||
        ANNOUNCES.test(rest.at(-1)?.text ?? '')
      const keeps = !introduces && !rest.some((s) => s.words.some((w) => w.masked))
      // A tax decision by its subject line or the paragraph of the decision, not a tax named in
      // passing ("regelingen zoals kwijtschelding van gemeentelijke belastingen" in a letter about
      // the energietoeslag sent the objection to the heffingsambtenaar; blind relabelling, set-g).
      const about = [letterParts(ctx).subject?.unit, decision.unit]
        .map((u) => (u ? ctx.slice(u.start, u.end) : ''))
        .join('\n')
      const signature = letterParts(ctx)
        .signature.map((u) => ctx.slice(u.unit.start, u.unit.end))
        .join('\n')
      const wording = TAX_LETTER.test(about)
        ? TAX_CLAUSE
        : mayorDecides(`${signature}\n${ctx.slice(decision.start, decision.end)}`)
          ? MAYOR_CLAUSE
          : STANDARD_CLAUSE
      const salutation = letterParts(ctx).salutation
      const addressBlock = salutation ? ctx.slice(0, salutation.unit.start) : ''
      const clause = ORGANISATION.test(addressBlock)
        ? wording.replace('met DigiD', 'met eHerkenning')
        : wording
      ctx.report({
        start: anchor.start,
        end,
        messageId: 'ontbreekt',
        ...(keeps
          ? {
              expected: [`${ctx.slice(anchor.start, end)}${separator}${clause}`],
              fix: 'suggestion' as const,
            }
          : {}),
        note: clause,
      })
      return
    }
    // The objection paragraph may continue in the next unit (a list of what to include). A letter
    // may name objecting more than once ("Gaat iemand in bezwaar, dan …"): the most complete
    // paragraph is the clause.
    // A list does not count towards the three: "Schrijf in uw brief: - uw naam; - de datum; …
    // Stuur uw bezwaar naar: …" (sets pp and qq: 'bij wie' was reported missing twice).
    const missingIn = (unit: (typeof objection)[number]) => {
      const index = ctx.units.indexOf(unit)
      const parts: string[] = []
      let paragraphs = 0
      for (let k = index; k < ctx.units.length && paragraphs < 3; k++) {
        const next = ctx.units[k]!.unit
        if (next.kind !== 'listItem') paragraphs++
        parts.push(ctx.slice(next.start, next.end))
      }
      const text = parts.join(' ')
      // "In de bijlage leest u hoe u bezwaar maakt": the enclosure says to whom and how.
      const enclosed = ENCLOSURE.test(text)
      const missing: string[] = []
      if (!TERM.test(text)) missing.push('de termijn (zes weken)')
      if (!ADDRESSEE.test(text) && !enclosed) missing.push('bij wie')
      if (!MANNER.test(text) && !POSTCODE.test(text) && !enclosed)
        missing.push('hoe (online of per post)')
      return missing
    }
    let first = objection[0]!
    let missing = missingIn(first)
    for (const unit of objection.slice(1)) {
      if (missing.length === 0) break
      const other = missingIn(unit)
      if (other.length < missing.length) {
        first = unit
        missing = other
      }
    }
    if (missing.length > 0) {
      const sentence = first.sentences.find((s) => OBJECTION.test(s.text)) ?? first.sentences[0]!
      ctx.report({
        start: sentence.start,
        end: sentence.end,
        messageId: 'onvolledig',
        data: {missing: listed(missing)},
      })
    }
  },
})
