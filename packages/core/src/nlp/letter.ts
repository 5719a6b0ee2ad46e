import type {RuleContext, SentenceInfo, UnitInfo} from '../rule.js'
import {SALUTATION_WORDS, salutationPlace, SUBJECT_LINE} from './letter-words.js'

/** The parts of a letter that letter rules look at. */
export interface LetterParts {
  subject: UnitInfo | undefined
  salutation: UnitInfo | undefined
  closing: UnitInfo | undefined
  /** Units after the closing line: name, role, team. */
  signature: UnitInfo[]
  /** Units between salutation (or start) and closing (or end): the message itself. */
  body: UnitInfo[]
}

export const SALUTATION = new RegExp(String.raw`^\s*(?:${SALUTATION_WORDS})\b`, 'i')
/**
 * A closing formula: "Met vriendelijke groet", also with another adjective ("Met sportieve groet",
 * blind letters, set-o), "Hoogachtend", "Tot ziens", and the day of an invitation ("Hopelijk tot 7
 * november!", set-rrr).
 */
export const CLOSING =
  /^\s*(?:met\s+(?:[a-zà-ÿ]+e\s+)?groet(?:en|jes)?|vriendelijke\s+groet(?:en|jes)?|hartelijke\s+groet(?:en|jes)?|hoogachtend|met\s+de\s+meeste\s+hoogachting|groet(?:en|jes)?|namens\s+(?:het\s+college|de\s+burgemeester))\b|^\s*(?:hopelijk\s+|graag\s+)?tot\s+(?:ziens|dan|snel|gauw|straks|morgen|volgende\s+week|(?:op\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))(?:\s*[!.,])?\s*$/i

/**
 * Where a letter's closing line is: the last unit after `after` that the loader marked as one, or
 * a short line with a closing formula ("Met vriendelijke groet,"); -1 when there is none. For the
 * letter rules' units and for the document's units before parsing (pipeline/letter.ts).
 */
export function findClosing(
  count: number,
  after: number,
  kindAt: (index: number) => string,
  textAt: (index: number) => string,
): number {
  for (let i = count - 1; i > after; i--) {
    if (kindAt(i) === 'closing') return i
    const value = textAt(i)
    // Only the first line counts: in Markdown the formula and the line under it are one
    // paragraph ("Met vriendelijke groet,\nnamens het college van …"; blind letters, set-t).
    if (CLOSING.test(value) && /^[^\n]*/.exec(value)![0].length < 80 && value.length < 200) {
      // A 'namens het college' line under the name (greeting, name, team, then 'namens …'): the
      // greeting above it closes the letter, and the name is its signature (blind letters, set-vv).
      // Right under the greeting ("Met vriendelijke groet, / namens het college …") it stays the
      // closing line, as before.
      if (/^\s*namens\b/i.test(value))
        for (let k = i - 2; k > after && k >= i - 4; k--) {
          const above = textAt(k)
          if (CLOSING.test(above) && !/^\s*namens\b/i.test(above) && above.length < 80) return k
        }
      return i
    }
  }
  return -1
}

function text(ctx: RuleContext<unknown>, unit: UnitInfo): string {
  return ctx.slice(unit.unit.start, unit.unit.end)
}

/** Find salutation, closing, signature and body of a letter (memoised per check). */
export function letterParts(ctx: RuleContext<unknown>): LetterParts {
  return ctx.memo('letterParts', () => {
    const units = ctx.units
    // The subject line, not a reference line the loader also marks as one ("Kenmerk: …").
    const subject =
      units.find((u) => SUBJECT_LINE.test(text(ctx, u))) ??
      units.find((u) => u.unit.kind === 'subject')
    const salutationIndex = units.findIndex(
      (u, index) =>
        (u.unit.kind === 'salutation' ||
          (SALUTATION.test(text(ctx, u)) && text(ctx, u).length < 90 && u.sentences.length <= 1)) &&
        salutationPlace(
          index,
          units.slice(0, index).map((above) => text(ctx, above)),
        ),
    )
    const closingIndex = findClosing(
      units.length,
      salutationIndex,
      (i) => units[i]!.unit.kind,
      (i) => text(ctx, units[i]!),
    )
    const start = salutationIndex + 1
    const end = closingIndex === -1 ? units.length : closingIndex
    return {
      subject,
      salutation: salutationIndex === -1 ? undefined : units[salutationIndex],
      closing: closingIndex === -1 ? undefined : units[closingIndex],
      signature: closingIndex === -1 ? [] : units.slice(closingIndex + 1),
      body: units.slice(start, end).filter((u) => u !== subject),
    }
  })
}

/** A salutation to the council, the college or colleagues: the letter is not to a resident. */
const INTERNAL_SALUTATION =
  /^\s*(?:geachte|beste)\s+(?:(?:leden|lid)\s+van\s+(?:de\s+)?(?:gemeente)?raad|raadsleden|(?:leden\s+van\s+)?(?:het\s+)?college|collega'?s?|voorzitter|heer\s+voorzitter|mevrouw\s+de\s+voorzitter|team)\b/i
/** The head of a memo or council paper. */
const MEMO_HEAD =
  /^\s*(?:(?:interne?\s+)?memo|raadsmemo|raadsinformatiebrief|collegevoorstel|raadsvoorstel|collegebesluit|notitie|adviesnota)\b/i
const ADDRESS_LINE = /^\s*(?:aan|van)\s*:/i
const READER = /\b(?:u|uw|je|jij|jouw|jullie)\b/i

/**
 * Whether the letter is written to a resident (or a business) rather than to the council, the
 * college or colleagues: no memo head or "Aan:/Van:" lines at the top, no salutation to the council
 * or colleagues, and the reader addressed as u or je. Letter checks about what the reader needs
 * (contact details, what to do by when) only apply to such letters (issue #15).
 */
export function toResident(ctx: RuleContext<unknown>): boolean {
  return ctx.memo('toResident', () => {
    const top = ctx.units.slice(0, 8).map((u) => text(ctx, u))
    if (top.some((t) => MEMO_HEAD.test(t))) return false
    if (top.filter((t) => ADDRESS_LINE.test(t)).length >= 2) return false
    const {salutation, body} = letterParts(ctx)
    if (salutation && INTERNAL_SALUTATION.test(text(ctx, salutation))) return false
    return body.some((u) => READER.test(text(ctx, u)))
  })
}

/**
 * The opening formula of a decision in its published form ("Het college van burgemeester en
 * wethouders van de gemeente Terkaple;", then "overwegende dat …" and "besluit:"), on a line of its
 * own ending in a semicolon.
 */
const DECISION_FORMULA =
  /^\s*(?:het\s+college\s+van\s+burgemeester\s+en\s+wethouders|burgemeester\s+en\s+wethouders|de\s+burgemeester|de\s+(?:gemeente)?raad)\s+van\s+(?:de\s+gemeente\s+)?\p{Lu}[^;\n]*;\s*$/iu

/**
 * Whether the document is a decision in its published form (a verkeersbesluit, an aanwijzing), not
 * a letter: no salutation, and the opening formula of a decision near the top. It opens with that
 * formula and ends with the signature of the body; a salutation and a closing greeting are no
 * part of it (blind letters, sets ppp, rrr and ttt: six findings asking for them, all wrong).
 */
export function publishedDecision(ctx: RuleContext<unknown>): boolean {
  return ctx.memo('publishedDecision', () => {
    if (letterParts(ctx).salutation) return false
    return ctx.units.slice(0, 12).some((u) => DECISION_FORMULA.test(text(ctx, u)))
  })
}

/** Text of a unit (analysed text, placeholders masked as x…). */
export function unitText(ctx: RuleContext<unknown>, unit: UnitInfo): string {
  return text(ctx, unit)
}

export const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan\\.?|feb\\.?|mrt\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sep\\.?|sept\\.?|okt\\.?|nov\\.?|dec\\.?'

/**
 * A concrete moment: a date, a number of hours/days/weeks ("binnen 24 uur": blind letters, set-iii),
 * or days/weeks before or after a named moment
 * ("twee weken voor het feest", "14 dagen na ontvangst"), or the end or start of a named month
 * ("voor het einde van de maand oktober", "eind oktober"; blind letters, set-qq), or a time of day
 * ("vóór 8.00 uur": blind letters, set-mmm).
 */
export const DEADLINE = new RegExp(
  String.raw`\b(?:\d{1,2}\s+(?:${MONTHS})(?:\s+\d{4})?|\d{1,2}-\d{1,2}-\d{4}|binnen\s+(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|tien|veertien|dertig|vierentwintig|achtenveertig)\s+(?:werk)?(?:dagen|dag|weken|week|maanden|maand|uur)|(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|tien|veertien|dertig)\s+(?:werk)?(?:dagen|dag|weken|week|maanden|maand)\s+(?:voor|vóór|na)\s+(?:de|het|uw|ontvangst)\b|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+\d{1,2}\s+(?:${MONTHS})|\b(?:eind|einde|begin)\s+(?:van\s+)?(?:de\s+maand\s+)?(?:${MONTHS})\b|(?:vóór|voor|uiterlijk)\s+\d{1,2}(?:[.:]\d{2})?\s*uur\b)`,
  'i',
)

/** A legal professional as addressee: 'mr.' (the title of a Dutch law graduate), an advocaat, a gemachtigde. */
const LEGAL_ADDRESSEE =
  /(?<![\p{L}])mr\.(?=\s)|\badvoca(?:at|te|ten|tenkantoor)\b|\bgemachtigde\b/iu

/**
 * Whether the letter is addressed to a legal professional: the addressee lines above the
 * salutation, or the salutation itself, name a 'mr.', an advocaat or a gemachtigde ("De heer mr.
 * drs. F.C. van Lierop", "Geachte mr. Jansen"). Such a reader needs no explanation of legal
 * terms, and knows the trade's words (`tradeVocabulary`). Not the signature ("mr. H.J. Kleinhout"
 * under the letter is the writer). False without a salutation.
 */
export function toLegalProfessional(sentences: readonly SentenceInfo[]): boolean {
  const head: string[] = []
  for (const sentence of sentences.slice(0, 40)) {
    head.push(sentence.text)
    if (SALUTATION.test(sentence.text) && sentence.text.length < 90)
      return head.some((line) => LEGAL_ADDRESSEE.test(line))
  }
  return false
}

/** `toLegalProfessional` of the checked document, computed once per check for all rules. */
export function toLegalReader(ctx: RuleContext<unknown>): boolean {
  return ctx.memo('toLegalReader', () => toLegalProfessional(ctx.documentSentences))
}
