import type {SentenceInfo, WordInfo} from '../rule.js'

/**
 * Conjunctions and relative words that start a new clause ("… als u niet verhuist"): a negation or
 * verb form after them belongs to another clause than the words before.
 */
export const CLAUSE_STARTERS: ReadonlySet<string> = new Set([
  'als',
  'omdat',
  'dan',
  'maar',
  'en',
  'want',
  'dus',
  'tenzij',
  'wanneer',
  'of',
  'zodat',
  'dat',
  'die',
  'waar',
  'terwijl',
])

/** Relative adverbs of 'waar' and a preposition that open a clause: waarin, waarop, waarmee … */
export const RELATIVE_ADVERB =
  /^waar(?:aan|achter|bij|boven|door|heen|in|langs|mee|na|naar|om|onder|op|over|tegen|toe|tussen|uit|van|voor|zonder)$/

/**
 * Whether text between words holds punctuation that ends a clause (comma, semicolon, colon). The
 * comma of an amount and the colon of a time join two numbers ("€ 412,80", "9:30"): give the text
 * with the last character of the word before and the first of the word after.
 */
export function breaksClause(between: string): boolean {
  return /[,;:]/.test(between.replace(/(?<=\d)[,:](?=\d)/g, ''))
}

/**
 * Whether the words of a list phrase stand in one clause: no comma, semicolon or colon between its
 * contiguous words ("Wat de kosten betreft, de gemeente …" is not 'betreft de'), nor between them
 * and a detached far part ("Het gebruik is gratis, maar u moet afspraken maken van tevoren").
 */
export function phraseInOneClause(
  slice: (start: number, end: number) => string,
  words: readonly {start: number; end: number}[],
  match: {first: number; last: number; tail?: readonly [number, number]},
): boolean {
  if (
    match.last > match.first &&
    breaksClause(slice(words[match.first]!.end, words[match.last]!.start))
  )
    return false
  return !match.tail || !breaksClause(slice(words[match.last]!.end, words[match.tail[0]]!.start))
}

/** Whether any of the words is a verb by the tagger (VERB or AUX): a line without one is no clause. */
export function hasVerb(words: readonly WordInfo[]): boolean {
  return words.some((w) => w.tag?.upos === 'VERB' || w.tag?.upos === 'AUX')
}

/** The text between word `index` and the word before it; undefined for the sentence's first word. */
export function gapBefore(sentence: SentenceInfo, index: number): string | undefined {
  const before = sentence.words[index - 1]
  return before
    ? sentence.text.slice(
        before.end - sentence.start,
        sentence.words[index]!.start - sentence.start,
      )
    : undefined
}

/**
 * Whether 'als' at `index` names a role or a quality ("wordt als klacht behandeld", "werd als
 * voorzitter opgevolgd", "wordt als een teken gezien") instead of opening a clause of its own
 * ("wordt duur als u niet betaalt", "als de gemeente het beoordeelt"): up to a participle or the
 * end of its clause no finite verb, no pronoun and at most one determiner follow. The taggers
 * read both as a subordinating conjunction. Held-out treebank: six passives with a role between the auxiliary and
 * the participle were missed, and "wordt als klacht behandeld" got 'behandelt'.
 */
export function alsNamesRole(sentence: SentenceInfo, index: number): boolean {
  const words = sentence.words
  // "als bedoeld in artikel 4", "als volgt": a fixed phrase, not a role.
  if (words[index]?.lower !== 'als' || words[index + 1]?.tag?.xpos.startsWith('WW')) return false
  let determiners = 0
  for (let j = index + 1; j < words.length; j++) {
    const gap = gapBefore(sentence, j)!
    if (breaksClause(gap) || /[()]/.test(gap)) return j > index + 1
    const tag = words[j]!.tag
    // The role ends at the participle: what follows belongs to the main clause again.
    if (tag?.xpos.startsWith('WW|vd') && j > index + 1) return true
    if (!tag || tag.xpos.startsWith('WW|pv') || tag.upos === 'PRON' || tag.upos === 'SCONJ')
      return false
    if (tag.upos === 'DET' && ++determiners > 1) return false
  }
  return words.length > index + 1
}
