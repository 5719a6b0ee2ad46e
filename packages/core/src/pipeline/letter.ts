import type {ResolvedConfig} from '../config/types.js'
import {findClosing} from '../nlp/letter.js'
import {headLine, SALUTATION_WORDS, salutationPlace, SUBJECT_LINE} from '../nlp/letter-words.js'
import type {Document, Unit} from '../types.js'

const SALUTATION = new RegExp(String.raw`^(?:${SALUTATION_WORDS})\b`, 'i')

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

function nameLine(unit: Unit, text: string): boolean {
  const value = text.slice(unit.start, unit.end)
  return (
    // A loader marks reference lines ("Kenmerk: …") as subjects; the subject line stays one.
    (unit.kind === 'paragraph' || unit.kind === 'subject') &&
    headLine(value) &&
    !SUBJECT_LINE.test(value) &&
    !/^\s*p\.?\s*s\b/i.test(value)
  )
}

/** The salutation alone on its line: ending in a comma or exclamation mark, or two words. */
const SALUTATION_LINE = /[,!]\s*$|^\s*\S+\s+\S+\s*$/
/**
 * A letter's salutation, head and signature as units of their own kind: a salutation line the
 * loader left as a paragraph becomes `salutation`; the short lines above the salutation
 * (sender, team, address block, date and reference lines; not the subject line) become
 * `letterhead`, the short lines below the closing (name, title, team) `signature`. They hold names
 * and titles written as the organisation writes them ("t.a.v. het bestuur", "Team Wmo", "Commissie
 * bezwaarschriften", "de invorderingsambtenaar"), which word rules leave alone, and they are not
 * running text for the readability figures. Only with a salutation: without one, where the head
 * ends is not known. Returns the document itself when nothing changes.
 */
export function markLetterParts(document: Document): Document {
  const {units, text} = document
  const salutation = units.findIndex(
    (unit, index) =>
      (unit.kind === 'salutation' ||
        (unit.kind === 'paragraph' &&
          unit.end - unit.start < 90 &&
          SALUTATION.test(text.slice(unit.start, unit.end).trimStart()))) &&
      salutationPlace(
        index,
        units.slice(0, index).map((u) => text.slice(u.start, u.end)),
      ),
  )
  if (salutation === -1) return document
  const closing = findClosing(
    units.length,
    salutation,
    (i) => units[i]!.kind,
    (i) => text.slice(units[i]!.start, units[i]!.end),
  )
  let changed = false
  const marked = units.map((unit, index): Unit => {
    // A salutation line another loader left as a paragraph ("Geacht bestuur," in HTML).
    if (
      index === salutation &&
      unit.kind === 'paragraph' &&
      SALUTATION_LINE.test(text.slice(unit.start, unit.end))
    ) {
      changed = true
      return {...unit, kind: 'salutation'}
    }
    const part =
      index < salutation
        ? 'letterhead'
        : closing !== -1 && index > closing
          ? 'signature'
          : undefined
    if (!part) return unit
    if (!nameLine(unit, text)) {
      // A long line of the head between two head lines, not ending a sentence: the addressees
      // ("Aan de bewoners en gebruikers van de Molenstraat (huisnummers 1 tot en met 58) …").
      if (
        part !== 'letterhead' ||
        unit.kind !== 'paragraph' ||
        index === 0 ||
        !nameLine(units[index - 1]!, text) ||
        index + 1 >= salutation ||
        !nameLine(units[index + 1]!, text) ||
        /[.?!:]\s*$/.test(text.slice(unit.start, unit.end))
      )
        return unit
    }
    changed = true
    return {...unit, kind: part}
  })
  return changed ? Object.freeze({...document, units: marked}) : document
}

/** A heading over a question in an answer to written questions: "Vraag 1", "Vraag 2:". */
const QUESTION_HEADING = /^\s*vraag(?:\s*\d{1,3})?[.:]?\s*$/i
/** The question itself after its label on one line: "Vraag 1: Is het college …?". */
const LABELLED_QUESTION = /^\s*vraag(?:\s*\d{1,3})?[.:]\s+\S/i
/** A heading over the answer: "Antwoord", "Antwoord 1:", also "Antwoord: Ja. …". */
const ANSWER = /^\s*antwoord(?:\s*\d{1,3})?(?:[.:]|\s*$)/i

/**
 * An answer to written questions (of a council member, a resident) quotes each question under a
 * heading "Vraag 1" and answers it under "Antwoord": the questions are someone else's words,
 * which the writer cannot change. They are left out of the analysed text, like a note for staff
 * (blind letters, set-ii: three findings in the quoted questions, all labelled fout). Only in a
 * document that also has an answer heading, and only a block with a question mark in it.
 */
export function withoutQuotedQuestions(document: Document): Document {
  const {units, text} = document
  const value = (unit: Unit) => text.slice(unit.start, unit.end)
  if (!units.some((unit) => ANSWER.test(value(unit)))) return document
  const kept = units.filter((unit, index) => {
    const own = value(unit)
    if (!own.includes('?')) return true
    if (LABELLED_QUESTION.test(own)) return false
    const before = units[index - 1]
    return !(before && QUESTION_HEADING.test(value(before)))
  })
  return kept.length === units.length ? document : {...document, units: kept}
}
