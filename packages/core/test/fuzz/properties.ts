// The fix properties of issue #19, shared by the CI test (packages/core/test/fix-properties.test.ts),
// `pnpm fuzz` (scripts/fuzz.mjs) and the language server's test:
// 1. every finding's range reads back as its `actual`; a finding whose range does not (it crosses
//    markup) offers no fix and no replacement, and its range starts and ends on the text it covers;
// 2. applying all safe fixes changes only the bytes inside their ranges and leaves the format's own
//    parse tree (mdast via remark, hast via rehype's parser) identical apart from the replaced words.
import type {Element, Nodes as HastNodes} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {Nodes as MdastNodes} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Finding} from '../../src/finding.js'
import type {Format} from '../../src/types.js'

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)

/** Words and white space left out: what is left of a text is its punctuation and symbols. */
const withoutWords = (text: string) => text.replace(/[\p{L}\p{N}\p{M}\s]/gu, '')

/** Property 1: problems with the ranges of the findings (empty when all is well). */
export function rangeProblems(source: string, findings: readonly Finding[]): string[] {
  const problems: string[] = []
  for (const f of findings) {
    const {start, end} = f.range
    const at = source.slice(start.offset, end.offset)
    const actual = f.actual ?? ''
    const name = `${f.ruleId} ${JSON.stringify(actual)} at ${start.offset}-${end.offset}`
    if (start.offset > end.offset || end.offset > source.length) {
      problems.push(`${name}: range outside the source`)
      continue
    }
    if (at === actual) continue
    if (f.fix !== undefined || (f.expected?.length ?? 0) > 0)
      problems.push(`${name}: reads ${JSON.stringify(at)} but offers a fix`)
    else if (actual !== '' && (at[0] !== actual[0] || at.at(-1) !== actual.at(-1)))
      problems.push(`${name}: range ${JSON.stringify(at)} is not on the text it covers`)
  }
  return problems
}

/** The safe fixes `--fix` and the language server's fix-all apply: sorted, none overlapping. */
export function safeFixes(
  findings: readonly Finding[],
): Array<{start: number; end: number; text: string}> {
  const fixes: Array<{start: number; end: number; text: string}> = []
  let end = -1
  for (const f of [...findings].sort((a, b) => a.range.start.offset - b.range.start.offset)) {
    if (f.fix !== 'safe' || !f.expected?.length || f.range.start.offset < end) continue
    fixes.push({start: f.range.start.offset, end: f.range.end.offset, text: f.expected[0]!})
    end = f.range.end.offset
  }
  return fixes
}

/**
 * Property 2 for a fixed source: problems when bytes outside the fixes changed or the structure
 * differs (empty when all is well).
 */
export function fixProblems(
  format: Format,
  source: string,
  fixed: string,
  fixes: ReadonlyArray<{start: number; end: number; text: string}>,
): string[] {
  let expected = ''
  let at = 0
  for (const fix of fixes) {
    expected += source.slice(at, fix.start) + fix.text
    at = fix.end
  }
  expected += source.slice(at)
  if (fixed !== expected) return ['bytes outside the ranges of the fixes changed']
  const before = JSON.stringify(structure(format, source))
  const after = JSON.stringify(structure(format, fixed))
  if (before === after) return []
  return [`structure changed:\n  before ${before}\n  after  ${after}`]
}

/**
 * The structure of a document: its parse tree without positions, the words of its text taken out
 * (text nodes, alt and title texts keep only their punctuation). Code, comments, HTML, URLs and
 * other attributes stay as they are, so a fix that touched them shows.
 */
export function structure(format: Format, source: string): unknown {
  if (format === 'md') return mdastShape(markdown.parse(source) as MdastNodes)
  if (format === 'html') return hastShape(fromHtml(source) as HastNodes)
  // Plain text: its lines (a fix never joins or splits lines) and their punctuation.
  return source.split(/\r\n|\r|\n/).map(withoutWords)
}

function mdastShape(node: MdastNodes): unknown {
  const shape: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position') continue
    if (key === 'children') shape.children = (value as MdastNodes[]).map(mdastShape)
    else if (key === 'value' && node.type === 'text') shape.value = withoutWords(value as string)
    // An HTML block or inline HTML: its own parse tree.
    else if (key === 'value' && node.type === 'html')
      shape.value = hastShape(fromHtml(value as string, {fragment: true}) as HastNodes)
    else if (key === 'alt' && typeof value === 'string') shape.alt = withoutWords(value)
    else if (key === 'title' && typeof value === 'string') shape.title = withoutWords(value)
    else shape[key] = value
  }
  return shape
}

function hastShape(node: HastNodes): unknown {
  if (node.type === 'text') return {type: 'text', value: withoutWords(node.value)}
  if (node.type === 'comment' || node.type === 'doctype')
    return {type: node.type, value: 'value' in node ? node.value : ''}
  const shape: Record<string, unknown> = {type: node.type}
  if (node.type === 'element') {
    const element = node as Element
    shape.tagName = element.tagName
    shape.properties = Object.fromEntries(
      Object.entries(element.properties ?? {}).map(([key, value]) => [
        key,
        (key === 'alt' || key === 'title') && typeof value === 'string'
          ? withoutWords(value)
          : value,
      ]),
    )
    if (element.content) shape.content = hastShape(element.content)
  }
  if ('children' in node) shape.children = node.children.map((c) => hastShape(c as HastNodes))
  return shape
}
