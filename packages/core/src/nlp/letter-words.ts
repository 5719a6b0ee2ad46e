/**
 * The words a Dutch salutation opens with, as a regular expression source (no flags, no anchors):
 * 'Geachte heer', 'Geacht bestuur' (a neuter noun takes 'geacht'), 'Zeer geachte', 'Beste',
 * 'Hallo', 'Dag', 'Goedendag' … One list for the loaders, letter detection and the letter rules.
 */
export const SALUTATION_WORDS = String.raw`(?:zeer\s+)?geachte?|beste|hallo|dag|lieve|hoi|goede(?:n)?dag|goede(?:n)?(?:morgen|middag|avond)`

/** The subject line of a letter ("Onderwerp: …", "Betreft: …"), not a reference line. */
export const SUBJECT_LINE = /^\s*(?:onderwerp|betreft)\s*:/i

/** How far down a letter its salutation is looked for when the lines above it are not all short. */
export const HEAD_UNITS = 12
/** A line of a letterhead or signature: a name, address, team, title or reference, not a sentence. */
const HEAD_LINE_CHARS = 100
const HEAD_LINE_WORDS = 12
const SENTENCE_END = /[.!?]["'”’)]?\s*$/
/** A last word that is an abbreviation with full stops: "Café De Gouden Leeuw V.O.F.", "B.V.". */
const DOTTED_LAST = /(?:^|\s)(?:\p{L}\.){2,}$/u

/**
 * A reference line of a letter head: a label and a colon ("Cliënt: de heer A.G. Mulderij, eigenaar
 * van het perceel Havenkade 7 te …", "Uw kenmerk: …"); it may be longer than other head lines
 * (blind letters, set-v: a client line of 13 words hid the salutation below it).
 */
const REFERENCE_LINE = /^[\p{L}][\p{L} ]{1,30}:\s/u
const REFERENCE_LINE_CHARS = 160

/** Whether a unit's text reads as a line of a letterhead or signature. */
export function headLine(text: string): boolean {
  const value = text.trim()
  if (
    REFERENCE_LINE.test(value) &&
    value.length <= REFERENCE_LINE_CHARS &&
    !value.includes('\n') &&
    !SENTENCE_END.test(value)
  )
    return true
  return (
    value.length <= HEAD_LINE_CHARS &&
    // Separators between the parts of a line do not count: "Postbus 214 · 7940 AE Ommerveld ·
    // (0522) 48 30 00 · …" (blind letters, set-hhh: the salutation under it was not found).
    value.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length <= HEAD_LINE_WORDS &&
    (!SENTENCE_END.test(value) || DOTTED_LAST.test(value))
  )
}

/**
 * Whether a salutation at unit `index` can be the letter's: in the first HEAD_UNITS units, or
 * further down below a letterhead of short lines only (sender, address block, reference lines: a
 * letter with a long head has its salutation on line 20).
 */
export function salutationPlace(index: number, above: readonly string[]): boolean {
  return index < HEAD_UNITS || above.every((text) => headLine(text) || SUBJECT_LINE.test(text))
}

/** The names of the months, January first (dates written out: "28 februari 2024"). */
export const MONTH_NAMES: readonly string[] = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]
