import {breaksClause, CLAUSE_STARTERS} from '../nlp/clauses.js'
import {passivesIn, type Passive} from '../nlp/passive.js'
import type {SentenceInfo} from '../rule.js'
import type {Language} from '../types.js'

/**
 * Analyses shared by rules and metrics, computed at most once per sentence and check. Rules read
 * them as `ctx.analyses`, the metrics stage through the same object: no rule-private memo keys.
 *
 * Adding an analysis (e.g. the tagger's tags) is a change to this file only: add a typed member
 * to this interface and compute it in {@link createAnalyses}, lazily per sentence with `perSentence`
 * when not every check needs it.
 */
export interface SharedAnalyses {
  /** Passive constructions in a Dutch sentence (empty for none, and for English). */
  passives(sentence: SentenceInfo): readonly Passive[]
  /**
   * Per word of the sentence: whether a new clause starts there (the first word; a clause-starting
   * conjunction or relative word such as "als", "omdat", "dat", "die"; a word after , ; or :).
   */
  clauseStarts(sentence: SentenceInfo): readonly boolean[]
  /**
   * Slot for part-of-speech tags, morphology and lemmas per word (the tagger, issue #14). Until a
   * tagging step is added here, there are no tags.
   */
  readonly tags: undefined
}

/** A per-sentence analysis computed on first use and kept for the rest of the check. */
function perSentence<T>(compute: (sentence: SentenceInfo) => T): (sentence: SentenceInfo) => T {
  const results = new WeakMap<SentenceInfo, T>()
  return (sentence) => {
    let result = results.get(sentence)
    if (result === undefined) {
      result = compute(sentence)
      results.set(sentence, result)
    }
    return result
  }
}

const NONE: readonly Passive[] = []

/** Shared-analyses stage: the lazily computed analyses of one check. */
export function createAnalyses(lang: Language): SharedAnalyses {
  return {
    passives: lang === 'nl' ? perSentence(passivesIn) : () => NONE,
    clauseStarts: perSentence(clauseStarts),
    tags: undefined,
  }
}

function clauseStarts(sentence: SentenceInfo): boolean[] {
  const words = sentence.words
  return words.map(
    (word, i) =>
      i === 0 ||
      CLAUSE_STARTERS.has(word.lower) ||
      // With the characters on either side, so that "412,80" is one amount (breaksClause).
      breaksClause(
        sentence.text.slice(
          words[i - 1]!.end - sentence.start - 1,
          word.start - sentence.start + 1,
        ),
      ),
  )
}
