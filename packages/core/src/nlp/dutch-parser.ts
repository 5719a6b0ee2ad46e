import type {Root, SentenceContent} from 'nlcst'
import {ParseDutch} from 'parse-dutch'

/**
 * parse-dutch (what retext-dutch runs) with the same trees for a unit's text, for less work per
 * character. The checker parses every unit of every document, and parse-latin's tokenizer was
 * the largest single cost of parsing (issue 16):
 *
 * - `tokenize` is parse-latin's loop as written, but the class of a character (white space,
 *   punctuation, word or symbol) is asked of parse-latin's own tokenizer once per UTF-16 unit and
 *   kept in a table: the three Unicode expressions it tested for every character of every text
 *   depend on that one unit only (their surrogate-pair alternatives never match a lone unit).
 * - The paragraph plugin that breaks a sentence at a blank line (`breakImplicitSentences`) is left
 *   out: the checker blanks line breaks before parsing (parse.ts), so it never finds one. Texts
 *   with a line break go to the full parser.
 * - One point object where a token ends and the next starts, shared by the word node and its text
 *   node, instead of three copies: a long document keeps all its trees until its check ends, and
 *   every object in them is copied by the young-generation garbage collector before it settles.
 * - No unified processor around it: retext-dutch's parser makes a `ParseDutch` and calls `parse`,
 *   which this does directly (the checker sets no nlcst extensions).
 *
 * test/dutch-parser.test.ts compares the trees with retext-dutch's on many texts.
 */

type Tokenize = (value: string) => SentenceContent[]
type Plugin = (node: never) => void
interface ParserShape {
  tokenize: Tokenize
  tokenizeParagraphPlugins: Plugin[]
  parse(value: string): Root
}

const latin = Object.getPrototypeOf(ParseDutch.prototype) as ParserShape
const dutch = ParseDutch.prototype as unknown as ParserShape
const originalTokenize = latin.tokenize

/**
 * parse-latin 7's paragraph plugins end with breakImplicitSentences, removeEmptyNodes and
 * patchPosition; parse-dutch puts one of its own in front. Another version of the list keeps
 * every plugin (and the full parser's trees).
 */
const BREAK_AT = latin.tokenizeParagraphPlugins.length === 12 ? 9 : -1
const paragraphPlugins =
  BREAK_AT < 0
    ? dutch.tokenizeParagraphPlugins
    : dutch.tokenizeParagraphPlugins.filter(
        (plugin) => plugin !== latin.tokenizeParagraphPlugins[BREAK_AT],
      )

const WHITE_SPACE = 1
const PUNCTUATION = 2
const WORD = 3
const SYMBOL = 4
const TYPES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const
const CODES: Record<string, number> = {
  WhiteSpaceNode: WHITE_SPACE,
  PunctuationNode: PUNCTUATION,
  WordNode: WORD,
  SymbolNode: SYMBOL,
}
/** The class of each UTF-16 unit, filled in as units are met (0: not asked yet). */
const classOf = new Uint8Array(65536)

function classify(code: number): number {
  let kind = classOf[code]!
  if (kind === 0) {
    // parse-latin's tokenizer on the one character gives one node of the character's class.
    const [node] = originalTokenize.call(dutch, String.fromCharCode(code))
    kind = CODES[node!.type]!
    classOf[code] = kind
  }
  return kind
}

type Point = {line: number; column: number; offset: number}

/** parse-latin 7's `tokenize`, with the character classes from the table. */
function tokenize(value: string): SentenceContent[] {
  const children: SentenceContent[] = []
  if (!value) return children
  const currentPoint: Point = {line: 1, column: 1, offset: 0}
  let from = 0
  let index = 0
  let start: Point = {...currentPoint}
  let previousType = 0
  let previous = -1
  while (index < value.length) {
    const current = value.charCodeAt(index)
    const currentType = classify(current)
    if (
      from < index &&
      previousType !== 0 &&
      !(
        previousType === currentType &&
        (previousType === WORD ||
          previousType === WHITE_SPACE ||
          current === previous ||
          (current >= 0xd800 && current <= 0xdfff))
      )
    ) {
      const end: Point = {...currentPoint}
      children.push(createNode(previousType, value.slice(from, index), start, end))
      from = index
      // A token ends where the next one starts: one point object for both (nothing changes a
      // point in place except `shift` in parse.ts, which sets its offset from its column).
      start = end
    }
    if (current === 13 || (current === 10 && previous !== 13)) {
      currentPoint.line++
      currentPoint.column = 1
    } else if (current !== 10) {
      currentPoint.column++
    }
    currentPoint.offset++
    previousType = currentType
    previous = current
    index++
  }
  if (previousType !== 0 && from < index) {
    children.push(createNode(previousType, value.slice(from, index), start, {...currentPoint}))
  }
  return children
}

/**
 * A node from `start` to `end`. The word node and its text node have a position object each (the
 * parser's plugins give a word node a new end when they merge tokens into it) but share the points.
 */
function createNode(kind: number, value: string, start: Point, end: Point): SentenceContent {
  const type = TYPES[kind]!
  return (
    type === 'WordNode'
      ? {
          type: 'WordNode',
          children: [{type: 'TextNode', value, position: {start, end}}],
          position: {start, end},
          // The tag stage sets `data.tag`: a slot from the start (see tagSentence).
          data: undefined,
        }
      : {type, value, position: {start, end}}
  ) as SentenceContent
}

class FastParseDutch extends ParseDutch {}
const fast = FastParseDutch.prototype as unknown as ParserShape
fast.tokenize = tokenize
fast.tokenizeParagraphPlugins = paragraphPlugins

/** The tree retext-dutch gives for `value`. */
export function parseDutch(value: string): Root {
  const parser = /[\r\n]/.test(value) ? new ParseDutch() : new FastParseDutch()
  return parser.parse(value)
}
