import {phraseInOneClause} from './clauses.js'
import {fitContext, fitReplacement} from './fit.js'
import {readDataFile} from './frequency.js'
import type {RuleContext, SentenceInfo} from '../rule.js'
import {matchedEnd, PhraseMatcher, type PhraseEntry} from './phrase-matcher.js'
import {readTsv} from './tsv.js'

/** One row of a simple phrase list: term, forms, alternatives, explanation, conditions. */
export interface PhraseRow {
  term: string
  alternatives: string[]
  explanation: string
  /**
   * Word-sense conditions (optional column `voorwaarde`, comma-separated): `niet-voor:a|b` (not
   * when the words right after the phrase are one of these; a value may be several words, 'geldige
   * reden') and `niet-na:a|b` (not when the word right before it is one of these).
   */
  conditions: PhraseCondition[]
}

/**
 * A parsed condition of column `voorwaarde`: which side, and the word sequences that block; or
 * (`alleen-voor-tag:A|B`) the parts of speech the next word must have ('tenminste 30 cm' is 'ten
 * minste', 'als u tenminste wilt' is 'althans').
 */
export interface PhraseCondition {
  side: 'voor' | 'na'
  values: string[][]
  tagsAfter?: string[]
}

const CONDITION = /^niet-(voor|na):(.+)$/
const TAGS_AFTER = /^alleen-voor-tag:(.+)$/

function parseConditions(cell: string, where: string): PhraseCondition[] {
  return cell
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((condition): PhraseCondition => {
      const tags = TAGS_AFTER.exec(condition)
      if (tags) return {side: 'voor', values: [], tagsAfter: tags[1]!.split('|')}
      const match = CONDITION.exec(condition)
      if (!match) throw new Error(`${where}: onbekende voorwaarde '${condition}'`)
      const values = match[2]!.split('|').map((v) => v.trim().toLowerCase().split(/\s+/))
      if (match[1] === 'na' && values.some((v) => v.length !== 1))
        throw new Error(`${where}: niet-na kent alleen losse woorden: '${condition}'`)
      return {side: match[1] as 'voor' | 'na', values}
    })
}

/** Whether a condition of the row rules out the match from word `first` to word `last`. */
function blockedByCondition(
  row: PhraseRow,
  words: SentenceInfo['words'],
  first: number,
  last: number,
): boolean {
  return row.conditions.some(({side, values, tagsAfter}) =>
    tagsAfter
      ? !tagsAfter.includes(words[last + 1]?.tag?.upos ?? '')
      : values.some((value) =>
          side === 'na'
            ? words[first - 1]?.lower === value[0]
            : value.every((word, k) => words[last + 1 + k]?.lower === word),
        ),
  )
}

/**
 * Parse a phrase-list TSV (header: term · vormen · alternatieven · uitleg, optionally · voorwaarde;
 * `#` lines are comments) into matcher entries.
 */
export function parsePhraseList(text: string, source: string): Array<PhraseEntry<PhraseRow>> {
  const columns = ['term', 'vormen', 'alternatieven', 'uitleg', 'voorwaarde'] as const
  return readTsv(text, {source, columns, required: 4}).map(({where, cells}) => {
    const term = cells.term
    if (!term.trim()) throw new Error(`${where}: term ontbreekt`)
    const all = [term, ...cells.vormen.split('|')]
      .map((f) => f.trim().toLowerCase())
      .filter(Boolean)
    return {
      term: term.trim().toLowerCase(),
      forms: all.filter((f) => !f.includes('...')),
      separable: all.filter((f) => f.includes('...')),
      data: {
        term: term.trim().toLowerCase(),
        alternatives: cells.alternatieven
          .split('|')
          .map((a) => a.trim())
          .filter(Boolean),
        explanation: cells.uitleg.trim(),
        conditions: parseConditions(cells.voorwaarde ?? '', where),
      },
    }
  })
}

const matchers = new Map<string, PhraseMatcher<PhraseRow>>()

/** A matcher for a shipped phrase list, built once per process. */
export function phraseListMatcher(file: string): PhraseMatcher<PhraseRow> {
  let matcher = matchers.get(file)
  if (!matcher) {
    matcher = new PhraseMatcher(parsePhraseList(readDataFile(file), file))
    matchers.set(file, matcher)
  }
  return matcher
}

/**
 * Report the matches of a shipped phrase list in one sentence (message data `uitleg`; the
 * alternatives as suggestions when `suggest` is set). A separable form ("geven u een toelichting")
 * is reported from its first word to its particle; it gets no replacement, because the words in
 * between belong to the sentence (the explanation names the alternative). Returns the indexes of
 * the words covered, so a rule's own patterns can skip them.
 */
export function reportPhraseList(
  ctx: RuleContext<unknown>,
  sentence: SentenceInfo,
  file: string,
  messageId: string,
  suggest: boolean,
  /** Leave a match out (word sense: a purpose clause is no vague deadline). */
  skip?: (first: number, last: number) => boolean,
): Set<number> {
  const covered = new Set<number>()
  const words = sentence.words
  for (const match of phraseListMatcher(file).match(words)) {
    const last = match.tail ? match.tail[1] : match.last
    if (skip?.(match.first, last)) continue
    if (blockedByCondition(match.entry.data, words, match.first, last)) continue
    if (!phraseInOneClause((start, end) => ctx.slice(start, end), words, match)) continue
    for (let k = match.first; k <= match.last; k++) covered.add(k)
    if (match.tail) for (let k = match.tail[0]; k <= match.tail[1]; k++) covered.add(k)
    // Only alternatives that fit the words around them (nlp/fit.ts) are offered.
    const actual = ctx.slice(words[match.first]!.start, matchedEnd(words, match.last))
    const context = fitContext(words, match.first, match.last)
    const alternatives = [
      ...new Set(
        match.entry.data.alternatives
          .map((a) => fitReplacement(match.entry.term, actual, a, context))
          .filter((a): a is string => a !== undefined),
      ),
    ]
    ctx.report({
      start: words[match.first]!.start,
      end: matchedEnd(words, last),
      messageId,
      data: {uitleg: match.entry.data.explanation},
      ...(suggest && !match.tail && alternatives.length > 0
        ? {expected: alternatives, fix: 'suggestion' as const}
        : {}),
    })
  }
  return covered
}
