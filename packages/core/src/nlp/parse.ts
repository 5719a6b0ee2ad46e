import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import type {SentenceInfo, UnitInfo, WordInfo} from '../rule.js'
import {parseDutch} from './dutch-parser.js'
import type {Language, MaskedRange, Unit} from '../types.js'

const parsers = {
  en: unified().use(retextEnglish).freeze(),
}

type Positioned = {
  position?: {
    start: {offset?: number; line: number; column: number}
    end: {offset?: number; line: number; column: number}
  }
}

/**
 * Move a unit's tree to document offsets. Line breaks are blanked before parsing, so every point
 * is on line 1 and its column gives the offset: recomputing from the column is idempotent, which
 * matters because the parser shares point objects between parents and children.
 */
function shift(node: Positioned & {children?: unknown[]}, by: number): void {
  if (node.position) {
    node.position.start.offset = by + node.position.start.column - 1
    node.position.end.offset = by + node.position.end.column - 1
  }
  if (node.children) for (const child of node.children) shift(child as Positioned, by)
}

/** The text of a word node: its one text node's value, or all its children's (nlcst-to-string). */
function wordText(node: Word): string {
  const only = node.children.length === 1 ? node.children[0]! : undefined
  return only && 'value' in only ? only.value : toString(node)
}

/**
 * Ordinary words that parse-dutch (and parse-latin) take for abbreviations when a full stop follows
 * them, so the sentence ran on into the next one: the pronoun "u" ("Wij helpen u. Bel ons."), the
 * particle "op" of a separable verb ("Neem contact op. Wij helpen u.") and the words "al", "zo",
 * "ver", "vrij" and "zat" ("Dat doen wij al. Bel ons."). They end the sentence before a capital,
 * and at the end of a unit their full stop is punctuation, not part of the word.
 */
const FINAL_WORDS = new Set([
  'u.',
  'op.',
  'al.',
  'zo.',
  'ver.',
  'vrij.',
  'zat.',
  // More ordinary words in parse-dutch's abbreviation list: "Ik deed wat ik kon.", "Dit stuk is
  // intern.", "Klik op de tab." and "Hij heeft geen fut." each ran on into the next sentence.
  'kon.',
  'intern.',
  'tab.',
  'fut.',
])

/**
 * Words with a full stop that parse-dutch keeps inside the sentence, but that end it when a
 * capital follows: the FINAL_WORDS and abbreviations that often close a list or an amount
 * ("papier, glas enz. Daarna …", "€ 5 p.p. Kinderen …").
 */
const SENTENCE_FINAL = new Set([
  ...FINAL_WORDS,
  'enz.',
  'etc.',
  'e.d.',
  'e.a.',
  'e.v.',
  'ed.',
  'jl.',
  'p.p.',
  'p.j.',
  'v.v.',
  'e.o.',
  // Months and units close a date or an amount: "tot 3 jan. Daarna …", "Het duurt 10 min. U …".
  'jan.',
  'feb.',
  'febr.',
  'mrt.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'okt.',
  'nov.',
  'dec.',
  'min.',
  'max.',
  'sec.',
  'gr.',
  'mln.',
  'mld.',
  // Days close opening hours: "Open van ma. tot za. Daarna …".
  'ma.',
  'di.',
  'wo.',
  'do.',
  'vr.',
  'za.',
  'zo.',
])

/**
 * The legal forms that close a company's name, written in capitals: "… van FiberLand B.V. De
 * gemeente heeft …" ends the sentence after the name (blind letters, sets l and m: read as one
 * sentence of 48 words).
 */
const COMPANY_FINAL = new Set(['b.v.', 'n.v.', 'v.o.f.'])

/**
 * parse-dutch reads a number with a full stop as an ordinal ("bijlage 2. Bel ons", "€ 1.250,00.
 * Dat is …") and keeps the sentence going. Dutch writes ordinals as "2e", so a number ending in a
 * full stop before a capital ends the sentence; at the start of a sentence it is a numbering label.
 */
const NUMBER_FINAL = /\d\.$/
/**
 * A lower-case letter of a list that a rule refers to ("valt onder de categorie als bedoeld onder
 * c. Derhalve …"): before a capital it ends the sentence (blind letters, set-vv: two sentences
 * counted as one long one).
 */
const LIST_REFERENCE = new Set(['onder', 'sub', 'lid', 'letter', 'punt', 'onderdeel'])
function listLetterEnds(children: Sentence['children'], i: number, value: string): boolean {
  if (i < 2 || !/^\p{Ll}\.$/u.test(value)) return false
  const before = children[i - 1]?.type === 'WhiteSpaceNode' ? wordAt(children, i - 2) : ''
  return LIST_REFERENCE.has(before.toLowerCase())
}

/**
 * parse-dutch reads a capital with a full stop as an initial ("de heer J. Hofstee") and keeps the
 * sentence going, also where the letter closes a label, a class or an appendix: "… ten minste
 * energielabel C. Deze verplichting …" was one sentence of 25 words (blind letters, set-ee). Such
 * a letter ends the sentence when a lower-case word other than a title comes before it and a word
 * that opens sentences but is no name follows, itself followed by a lower-case word ("Deze
 * verplichting", "Wij sturen", not "De Vries").
 */
const INITIAL = /^\p{Lu}\.$/u
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u
const TITLES = new Set([
  'heer',
  'mevrouw',
  'meneer',
  'familie',
  'fam',
  'dhr',
  'mw',
  'mevr',
  'mr',
  'dr',
  'drs',
  'ir',
  'ing',
  'prof',
  'burgemeester',
  'wethouder',
  'secretaris',
  'notaris',
  'arts',
  'en',
  'of',
  'van',
  'de',
  'der',
  'den',
  'ter',
  'ten',
  'het',
])
const OPENERS = new Set([
  'De',
  'Het',
  'Een',
  'Deze',
  'Dit',
  'Dat',
  'Die',
  'Daar',
  'Maar',
  'En',
  'Verder',
  'Bovendien',
  'Dus',
  'Wij',
  'We',
  'U',
  'Uw',
  'Ik',
  'Hij',
  'Zij',
  'Ze',
  'Er',
  'Ook',
  'Als',
  'Om',
  'In',
  'Op',
  'Voor',
  'Na',
  'Bij',
  'Met',
  'Tot',
  'Sinds',
  'Vanaf',
  'Dan',
  'Toen',
  'Nu',
  'Wilt',
  'Heeft',
  'Hebt',
  'Kunt',
  'Bent',
  'Is',
  'Zijn',
])

/** "Daarin", "Hiermee", "Daarom": a pronominal adverb opens a sentence; no name looks like one. */
const PRONOMINAL_OPENER =
  /^(?:Daar|Hier|Er)(?:aan|bij|door|in|mee|na|naar|om|onder|op|over|uit|van|voor)$/

/** A word node's text, or '' for another node. */
function wordAt(children: Sentence['children'], index: number): string {
  const node = children[index]
  return node?.type === 'WordNode' ? toString(node) : ''
}

/** Whether the initial at `i` closes the sentence (see INITIAL). */
function initialEnds(children: Sentence['children'], i: number, value: string): boolean {
  if (i < 2 || !INITIAL.test(value)) return false
  const before = children[i - 1]?.type === 'WhiteSpaceNode' ? wordAt(children, i - 2) : ''
  if (!LOWER_WORD.test(before) || TITLES.has(before)) return false
  const next = children[i + 1]?.type === 'WhiteSpaceNode' ? wordAt(children, i + 2) : ''
  if (!OPENERS.has(next) && !PRONOMINAL_OPENER.test(next)) return false
  const after = children[i + 3]?.type === 'WhiteSpaceNode' ? wordAt(children, i + 4) : ''
  return after === '' ? children[i + 3] !== undefined : LOWER_WORD.test(after)
}

function splitAfterFinalAbbreviations(sentences: Sentence[]): Sentence[] {
  const result: Sentence[] = []
  for (const sentence of sentences) {
    let current: Sentence['children'] = []
    const children = sentence.children
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!
      const next = children[i + 1]?.type === 'WhiteSpaceNode' ? children[i + 2] : undefined
      // Only words that end in a full stop can be a sentence-final abbreviation.
      const last = child.type === 'WordNode' ? child.children.at(-1) : undefined
      const value = last?.type === 'PunctuationNode' && last.value === '.' ? toString(child) : ''
      const lower = value.toLowerCase()
      const ends =
        child.type === 'WordNode' &&
        ((((SENTENCE_FINAL.has(lower) && value[0] === lower[0]) ||
          (i > 0 && COMPANY_FINAL.has(lower)) ||
          (i > 0 && NUMBER_FINAL.test(value)) ||
          listLetterEnds(children, i, value)) &&
          next?.type === 'WordNode' &&
          /^\p{Lu}/u.test(toString(next))) ||
          initialEnds(children, i, value) ||
          (i === children.length - 1 && FINAL_WORDS.has(lower) && value[0] === lower[0]))
      if (!ends) {
        current.push(child)
        continue
      }
      // Split "u." into the word "u" and a full stop that ends the sentence.
      const word = child
      const dot = word.children.at(-1)
      if (dot?.type === 'PunctuationNode' && word.position && dot.position) {
        const bare = {
          ...word,
          children: word.children.slice(0, -1),
          position: {start: word.position.start, end: dot.position.start},
        }
        current.push(bare as typeof word, dot)
      } else current.push(child)
      result.push(makeSentence(current))
      current = []
      i++ // the white space between the sentences
      const space = children[i]
      if (space) {
        result.push(space as never)
      }
    }
    if (current.length > 0) result.push(makeSentence(current))
  }
  // White space between split sentences is not a sentence; drop it from the list.
  return result.filter((node) => node.type === 'SentenceNode')
}

function makeSentence(children: Sentence['children']): Sentence {
  const first = children[0]?.position
  const last = children.at(-1)?.position
  const sentence: Sentence = {type: 'SentenceNode', children}
  if (first && last) sentence.position = {start: first.start, end: last.end}
  return sentence
}

/** Runs of this many non-space characters or more are no words (see plainLongTokens). */
export const MAX_TOKEN_LENGTH = 200

/**
 * A run of MAX_TOKEN_LENGTH or more non-space characters ("a.a.a.…", "a-a-a-…", a pasted hash) is
 * parsed as one plain word of the same length: parse-latin merges the dots and hyphens inside such a
 * run recursively and overflowed the stack on long ones (issue #19). Offsets stay the same.
 */
function plainLongTokens(value: string): string {
  if (value.length < MAX_TOKEN_LENGTH) return value
  return value.replace(/(?<!\S)\S{200,}/g, (run) => 'a'.repeat(run.length))
}

/** Parsed document: one nlcst root whose paragraphs are the document's units. */
export interface Parsed {
  tree: Root
  units: UnitInfo[]
  sentences: SentenceInfo[]
}

/**
 * Parse each unit of the (masked) text on its own, so headings, list items and salutation lines
 * never run into the next sentence; offsets in the tree are offsets in the analysed text.
 */
export function parseUnits(
  text: string,
  units: readonly Unit[],
  masked: readonly MaskedRange[],
  lang: Language,
  /**
   * Per unit, a place to keep and reuse the parsed sentences of the same text (AnalysisCache).
   * Units with the same text share an entry; only the first of them reuses its nodes.
   */
  cached?: ReadonlyArray<{sentences: Sentence[] | undefined; offset?: number}>,
): Parsed {
  const tree: Root = {type: 'RootNode', children: []}
  const unitInfos: UnitInfo[] = []
  const sentences: SentenceInfo[] = []
  let maskIndex = 0
  const used = new Set<object>()

  units.forEach((unit, unitIndex) => {
    const entry = cached?.[unitIndex]
    const reuse = entry?.sentences !== undefined && !used.has(entry)
    if (entry) used.add(entry)
    let sentenceNodes: Sentence[]
    if (reuse) {
      sentenceNodes = entry!.sentences!
      // Units before an edit keep their place: their nodes are positioned already.
      if (entry!.offset !== unit.start) {
        for (const node of sentenceNodes) shift(node as never, unit.start)
        entry!.offset = unit.start
      }
    } else {
      // Line breaks inside a unit are soft: the parser would otherwise split paragraphs there.
      const value = plainLongTokens(text.slice(unit.start, unit.end).replace(/[\r\n]/g, ' '))
      // Dutch through the same parser without the overhead (nlp/dutch-parser.ts).
      const root = lang === 'nl' ? parseDutch(value) : (parsers.en.parse(value) as Root)
      shift(root as never, unit.start)
      sentenceNodes = []
      for (const child of root.children) {
        if (child.type !== 'ParagraphNode') continue
        const own: Sentence[] = []
        for (const node of child.children) if (node.type === 'SentenceNode') own.push(node)
        sentenceNodes.push(...splitAfterFinalAbbreviations(own))
      }
      if (entry && entry.sentences === undefined) {
        entry.sentences = sentenceNodes
        entry.offset = unit.start
      }
    }
    const paragraph: Paragraph = {
      type: 'ParagraphNode',
      children: sentenceNodes,
      position: {
        start: {line: 1, column: 1, offset: unit.start},
        end: {line: 1, column: 1, offset: unit.end},
      },
      data: {unit: unit.kind, unitIndex} as never,
    }
    tree.children.push(paragraph)
    const info: UnitInfo = {unit, node: paragraph, sentences: []}
    sentenceNodes.forEach((node, indexInUnit) => {
      const start = node.position?.start.offset ?? unit.start
      const end = node.position?.end.offset ?? unit.end
      while (maskIndex > 0 && masked[maskIndex - 1]!.end > start) maskIndex--
      while (maskIndex < masked.length && masked[maskIndex]!.end <= start) maskIndex++
      const words: WordInfo[] = []
      // The mask of each word: the search goes on from the previous word's (words come in text
      // order), so a sentence with many masks costs one pass and not one per word.
      let m = maskIndex
      let previousStart = start
      for (const child of node.children) {
        if (child.type !== 'WordNode') continue
        const wStart = child.position?.start.offset ?? start
        const wEnd = child.position?.end.offset ?? wStart
        if (wStart < previousStart) m = maskIndex
        previousStart = wStart
        while (m < masked.length && masked[m]!.end <= wStart) m++
        const mask = m < masked.length && masked[m]!.start < wEnd ? masked[m] : undefined
        const word = mask ? mask.value : wordText(child)
        words.push({
          node: child,
          value: word,
          lower: word.toLowerCase(),
          start: wStart,
          end: wEnd,
          masked: mask,
          index: words.length,
          // Set by the tag stage; a slot of its own from the start, so that adding it later does
          // not give each of a long document's words a second block for the property.
          tag: undefined,
        })
      }
      const sentence: SentenceInfo = {
        node,
        text: text.slice(start, end),
        start,
        end,
        words,
        unit,
        unitIndex,
        indexInUnit,
      }
      info.sentences.push(sentence)
      sentences.push(sentence)
    })
    unitInfos.push(info)
  })
  return {tree, units: unitInfos, sentences}
}
