import type {SentenceInfo, WordInfo} from '../rule.js'
import {CLAUSE_STARTERS} from './clauses.js'

/** Whether punctuation that ends a clause part stands between two words. */
export function punctuationBetween(sentence: SentenceInfo, a: WordInfo, b: WordInfo): boolean {
  return /[,;:()–—]/.test(sentence.text.slice(a.end - sentence.start, b.start - sentence.start))
}

/**
 * Whether a new clause starts at word `i`: after , ; : or a bracket, and at a conjunction or
 * relative pronoun by the tagger (SCONJ, CCONJ, VNW|betr). Without tags, the words of
 * CLAUSE_STARTERS (als, omdat, dat, die …) count.
 */
export function startsClause(sentence: SentenceInfo, i: number): boolean {
  const words = sentence.words
  if (i === 0) return true
  const word = words[i]!
  if (punctuationBetween(sentence, words[i - 1]!, word)) return true
  const tag = word.tag
  if (!tag) return CLAUSE_STARTERS.has(word.lower)
  return tag.upos === 'SCONJ' || tag.upos === 'CCONJ' || tag.xpos.includes('betr')
}

/** The clause parts of a sentence as word index ranges [from, to). */
export function clauseParts(sentence: SentenceInfo): Array<{from: number; to: number}> {
  const parts: Array<{from: number; to: number}> = []
  const n = sentence.words.length
  let from = 0
  for (let i = 1; i <= n; i++) {
    if (i === n || startsClause(sentence, i)) {
      parts.push({from, to: i})
      from = i
    }
  }
  return parts
}
