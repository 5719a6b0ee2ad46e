import type {ResolvedConfig} from '../config/types.js'
import type {Document} from '../types.js'

const SALUTATION = /^(?:geachte|beste|hallo|dag|lieve|hoi)\b/i

/** A document is a letter when it has a salutation or a subject line, or is an e-mail. */
export function looksLikeLetter(document: Document): boolean {
  if (document.format === 'eml') return true
  return document.units.some(
    (unit) =>
      unit.kind === 'salutation' ||
      unit.kind === 'subject' ||
      (unit.kind === 'paragraph' &&
        SALUTATION.test(document.text.slice(unit.start, unit.end)) &&
        unit.end - unit.start < 80),
  )
}

/** The head of a memo or note to the council or colleagues: not a letter to a resident. */
const MEMO_HEAD =
  /^(?:memo|raadsmemo|interne memo|notitie|raadsinformatiebrief|collegevoorstel|raadsvoorstel)\b/i
const INTERNAL_ADDRESSEE =
  /^aan(?::\s*|\s+)(?:de\s+)?(?:gemeenteraad|raad|raadsleden|leden van de raad|college|burgemeester en wethouders|wethouder|directie|afdeling|team|collega'?s|managementteam)\b/im

/**
 * A memo to the council or to colleagues decides nothing for a resident: the letter rules
 * (salutation, closing, contact details, action, objection clause) are not for it (issue #15).
 */
export function looksLikeInternalMemo(document: Document): boolean {
  const head = document.units.slice(0, 6).map((u) => document.text.slice(u.start, u.end).trim())
  return head.some((text) => MEMO_HEAD.test(text) || INTERNAL_ADDRESSEE.test(text))
}

/** Whether the letter rules run: the input says so, else the config, else the document's look. */
export function detectLetter(
  document: Document,
  forced: boolean | undefined,
  config: Pick<ResolvedConfig, 'letter'>,
): boolean {
  if (forced !== undefined) return forced
  if (config.letter !== 'auto') return config.letter
  return looksLikeLetter(document) && !looksLikeInternalMemo(document)
}
