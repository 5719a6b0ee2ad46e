import type {PhraseEntry} from './phrase-matcher.js'
import {readTsv} from './tsv.js'

/** Categories of the ambtelijke-taal list. */
export const JARGON_CATEGORIES = [
  'ouderwets',
  'formeel',
  'vaktaal',
  'leenwoord',
  'omslachtig',
  'dubbelop',
] as const
export type JargonCategory = (typeof JARGON_CATEGORIES)[number]

/** One row of the jargon list. */
export interface JargonEntry {
  term: string
  forms: string[]
  alternatives: string[]
  category: JargonCategory
  fix: 'safe' | 'suggestion'
  explanation: string
  /**
   * Conditions (column `voorwaarde`, comma-separated) that decide the word sense before the rule
   * raises an alarm or edits: `zinsbegin` (replace only at the start of a sentence),
   * `niet-voor:a|b` (not before these words), `niet-na-werkwoord` (not right after a finite verb:
   * "Neem dan wel contact op"), `vervang-niet-voor:a|b` (report, but offer no
   * replacement before these words: "gedurende lange tijd"), `niet-na:a|b` (not after these words), `oorzaak`
   * (only as a conjunction of cause: daar + subject, not the locative daar + verb),
   * `geen-vervanging` (the alternatives do not fit one for one: explain, never edit).
   */
  conditions: string[]
  /** A legal term a decision must use (column `juridisch`: ja): explained, never replaced. */
  legal: boolean
  /** Public source of the row (column `bron`). */
  source: string
}

/** Columns of a jargon list; the first six are required. */
const JARGON_COLUMNS = [
  'term',
  'vormen',
  'alternatieven',
  'categorie',
  'fix',
  'uitleg',
  'voorwaarde',
  'juridisch',
  'bron',
] as const

/**
 * Parse a jargon TSV (the format of data/ambtelijke-taal.tsv: term, vormen, alternatieven,
 * categorie, fix, uitleg, and optionally voorwaarde, juridisch, bron). An organisation's own list
 * may leave out the header line. Errors name the line.
 */
export function parseJargonTsv(text: string, source = 'ambtelijke-taal.tsv'): JargonEntry[] {
  return readTsv(text, {source, columns: JARGON_COLUMNS, required: 6, header: 'optional'}).map(
    ({where, cells}) => {
      const {term, alternatieven: alternatives, categorie: category, fix} = cells
      if (!term.trim() || !alternatives.trim())
        throw new Error(`${where}: term en alternatieven zijn verplicht`)
      if (!(JARGON_CATEGORIES as readonly string[]).includes(category)) {
        throw new Error(
          `${where}: onbekende categorie "${category}" (kies uit ${JARGON_CATEGORIES.join(', ')})`,
        )
      }
      if (fix !== 'safe' && fix !== 'suggestion')
        throw new Error(`${where}: fix moet "safe" of "suggestion" zijn`)
      return {
        term: term.trim().toLowerCase(),
        forms: cells.vormen
          .split('|')
          .map((f) => f.trim().toLowerCase())
          .filter(Boolean),
        alternatives: alternatives
          .split('|')
          .map((a) => a.trim())
          .filter(Boolean),
        category: category as JargonCategory,
        fix,
        explanation: cells.uitleg.trim(),
        conditions: cells.voorwaarde
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean),
        legal: cells.juridisch.trim() === 'ja',
        source: cells.bron.trim(),
      }
    },
  )
}

/** Turn jargon entries into phrase-matcher entries (contiguous forms and separable forms). */
export function toPhraseEntries(entries: readonly JargonEntry[]): Array<PhraseEntry<JargonEntry>> {
  return entries.map((entry) => {
    const all = [entry.term, ...entry.forms]
    return {
      term: entry.term,
      forms: all.filter((f) => !f.includes('...')),
      separable: all.filter((f) => f.includes('...')),
      data: entry,
    }
  })
}
