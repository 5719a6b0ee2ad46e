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

/** Whether the letter rules run: the input says so, else the config, else the document's look. */
export function detectLetter(
  document: Document,
  forced: boolean | undefined,
  config: Pick<ResolvedConfig, 'letter'>,
): boolean {
  return forced ?? (config.letter === 'auto' ? looksLikeLetter(document) : config.letter)
}
