import type {PhraseEntry} from './phrase-matcher.js'

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
}

/**
 * Parse a jargon TSV (the format of data/ambtelijke-taal.tsv: term, vormen, alternatieven,
 * categorie, fix, uitleg). Lines starting with `#` and the header line are skipped. Errors name
 * the line.
 */
export function parseJargonTsv(text: string, source = 'ambtelijke-taal.tsv'): JargonEntry[] {
  const entries: JargonEntry[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('term\t')) return
    const [term = '', forms = '', alternatives = '', category = '', fix = '', explanation = ''] =
      line.split('\t')
    const where = `${source}, regel ${index + 1}`
    if (!term.trim() || !alternatives.trim())
      throw new Error(`${where}: term en alternatieven zijn verplicht`)
    if (!(JARGON_CATEGORIES as readonly string[]).includes(category)) {
      throw new Error(
        `${where}: onbekende categorie "${category}" (kies uit ${JARGON_CATEGORIES.join(', ')})`,
      )
    }
    if (fix !== 'safe' && fix !== 'suggestion')
      throw new Error(`${where}: fix moet "safe" of "suggestion" zijn`)
    entries.push({
      term: term.trim().toLowerCase(),
      forms: forms
        .split('|')
        .map((f) => f.trim().toLowerCase())
        .filter(Boolean),
      alternatives: alternatives
        .split('|')
        .map((a) => a.trim())
        .filter(Boolean),
      category: category as JargonCategory,
      fix,
      explanation: explanation.trim(),
    })
  })
  return entries
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
