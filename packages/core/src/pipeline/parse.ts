import type {CachedUnit} from '../analysis-cache.js'
import {parseUnits, type Parsed} from '../nlp/parse.js'
import type {Detected} from './types.js'

/**
 * Parse stage: each unit of the masked text on its own with retext (Dutch or English), so a
 * heading or salutation never runs into the next sentence. With cache entries, the sentences of a
 * unit whose text was parsed before are reused.
 *
 * Positions in the nlcst tree are offsets-only: `offset` is the offset in the analysed text
 * (`Document.text`); `line` is always 1 and `column` counts within the unit. Rules use offsets;
 * the locate stage maps them to real lines and columns in the source.
 */
export function parseStage(detected: Detected, entries?: readonly CachedUnit[]): Parsed {
  const {document, text, lang} = detected
  return parseUnits(text, document.units, document.masked, lang, entries)
}
