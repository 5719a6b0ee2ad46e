import type {Element, Nodes, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {DuidelijkError} from '../errors.js'
import {parseDirective} from '../nlp/directives.js'
import type {Document, UnitKind} from '../types.js'
import {createPointLocator} from '../sourcemap.js'
import {appendAligned} from './align.js'
import {DocumentBuilder} from './builder.js'

/** Elements whose content a reader never sees. */
const SKIP = new Set([
  'head',
  'style',
  'script',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'object',
  'select',
  'option',
])
/** Block elements: each starts a unit of its own. */
const BLOCK: Record<string, UnitKind> = {
  p: 'paragraph',
  div: 'paragraph',
  section: 'paragraph',
  article: 'paragraph',
  main: 'paragraph',
  header: 'paragraph',
  footer: 'paragraph',
  aside: 'paragraph',
  address: 'paragraph',
  center: 'paragraph',
  form: 'paragraph',
  body: 'paragraph',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'listItem',
  dt: 'listItem',
  dd: 'listItem',
  td: 'tableCell',
  th: 'tableCell',
  caption: 'paragraph',
  blockquote: 'quote',
  figcaption: 'paragraph',
  pre: 'paragraph',
  table: 'paragraph',
  tr: 'paragraph',
  ul: 'paragraph',
  ol: 'paragraph',
  dl: 'paragraph',
  hr: 'paragraph',
  summary: 'heading',
  details: 'paragraph',
}
const CODE = new Set(['code', 'kbd', 'samp', 'var'])
/**
 * Deepest element nesting we accept. The HTML parser and the tree walk recurse per level, so a
 * hostile file of thousands of nested elements would overflow the stack; real e-mail templates
 * (nested layout tables) stay far below.
 */
export const MAX_HTML_DEPTH = 256
/** Elements without content, and elements whose end tag may be left out (closed implicitly). */
const NO_DEPTH = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th thead tbody tfoot option optgroup rb rt rp colgroup caption'.split(
    ' ',
  ),
)

/** Elements that make a table cell hold running text rather than a value. */
const CELL_BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'blockquote',
])

interface Attribute {
  kind: UnitKind
  text: string
  from: number
  to: number
}

/** A cell that holds only a list number or bullet: "1.", "2)", "•", "–". */
const CELL_MARKER = /^\s*(?:\d{1,2}[.)]?|[•·▪◦*–-])\s*$/

const elementChildren = (node: Element): Element[] =>
  node.children.filter((child): child is Element => child.type === 'element')

/** The rows of a table (directly or in thead/tbody/tfoot), and their cells. */
function rowsOf(table: Element): Element[][] {
  const rows: Element[][] = []
  for (const child of elementChildren(table)) {
    const group = ['thead', 'tbody', 'tfoot'].includes(child.tagName)
      ? elementChildren(child)
      : [child]
    for (const row of group)
      if (row.tagName === 'tr')
        rows.push(elementChildren(row).filter((c) => c.tagName === 'td' || c.tagName === 'th'))
  }
  return rows
}

/** Whether a cell holds block content (paragraphs, headings, lists, tables), not in a nested table. */
function holdsBlocks(node: Element): boolean {
  return elementChildren(node).some(
    (child) => CELL_BLOCKS.has(child.tagName) || (child.tagName !== 'table' && holdsBlocks(child)),
  )
}

/**
 * A table used for layout, not for data: HTML e-mail templates put the whole letter in nested
 * tables (a column of one cell per row, cells holding paragraphs and headings). Its cells are
 * read as blocks of running text, so that the salutation, paragraphs and closing are what they
 * are in any other letter (blind letters: 60 of 258 HTML and Markdown letters were not read as
 * letters, because every paragraph was a table cell). A table whose cells hold bare values in
 * two or more columns stays a table.
 */
function isLayoutTable(table: Element): boolean {
  const role = table.properties?.role
  if (role === 'presentation' || role === 'none') return true
  const rows = rowsOf(table)
  if (rows.length === 0) return false
  if (rows.some((cells) => cells.some(holdsBlocks))) return true
  return rows.every((cells) => cells.length <= 1)
}

function hidden(element: Element): boolean {
  const props = element.properties ?? {}
  if (props.hidden !== undefined && props.hidden !== false && props.hidden !== null) return true
  if (props.ariaHidden === 'true') return true
  const style = typeof props.style === 'string' ? props.style.replace(/\s+/g, '').toLowerCase() : ''
  return style.includes('display:none') || style.includes('visibility:hidden')
}

/**
 * HTML (e-mail templates, web texts): what a reader sees. Block elements are units, `<br>` ends a
 * line, `alt` and `title` texts are units of their own, entities are decoded, and every character
 * maps back to its place in the HTML source (an entity maps to the whole entity).
 */
export function loadHtml(source: string, path?: string): Document {
  guardDepth(source, path)
  try {
    return readHtml(source, path)
  } catch (error) {
    // Nesting that slipped past the guard (implicitly closed elements) still gets a clear error.
    if (error instanceof RangeError)
      throw new DuidelijkError('parse', 'deze HTML is te diep genest', path)
    throw error
  }
}

/**
 * The alt and title attributes of an element, as units read after the body, each with the exact
 * source range of its value in the start tag.
 */
function collectAttributes(element: Element, source: string, attributes: Attribute[]): void {
  const start = element.position?.start.offset
  if (start === undefined) return
  for (const [attribute, unit] of [
    ['alt', 'alt'],
    ['title', 'title'],
  ] as const) {
    const value = element.properties?.[attribute]
    if (typeof value !== 'string' || value.trim() === '') continue
    // The attribute value sits in the start tag; find it there for an exact source range.
    const tagEnd = source.indexOf('>', start)
    const tag = source.slice(start, tagEnd === -1 ? undefined : tagEnd)
    const match = new RegExp(`\\s${attribute}\\s*=\\s*(["']?)`, 'i').exec(tag)
    const from = match ? start + match.index + match[0].length : start
    const quote = match?.[1]
    const close = quote
      ? source.indexOf(quote, from)
      : from + (/^[^\s>]*/.exec(source.slice(from))?.[0].length ?? 0)
    attributes.push({kind: unit, text: value, from, to: close === -1 ? from : close})
  }
}

/**
 * After a <br> that ends a long line without punctuation, a line that starts with a capital or a
 * digit is a line of its own: a footer's address and phone lines ("Gemeente Ruinen · Brink 1<br>
 * Telefoon …"; blind letters, set-jjjj: read as one sentence). Else the break is a space.
 */
const NEW_LINE = /^\s*[\p{Lu}\d]/u

/** The text cell of a layout-table row whose other cell holds only a list number or bullet. */
function listItemCell(row: Element): Element | undefined {
  const cells = elementChildren(row).filter((c) => c.tagName === 'td' || c.tagName === 'th')
  if (cells.length !== 2 || !CELL_MARKER.test(textOf(cells[0]!))) return undefined
  return !holdsBlocks(cells[1]!) && textOf(cells[1]!).trim() !== '' ? cells[1] : undefined
}

function readHtml(source: string, path: string | undefined): Document {
  const tree = fromHtml(source) as Root
  const builder = new DocumentBuilder()
  const pointAt = createPointLocator(source)
  const lineOf = (offset: number) => pointAt(offset).line
  let kind: UnitKind = 'paragraph'
  let open = false
  // Whether the nearest table around the current element is a layout table.
  let layout = false
  const attributes: Attribute[] = []
  let lang: Document['lang']

  const ensureOpen = () => {
    if (!open) {
      builder.open(kind)
      open = true
    }
  }
  const close = () => {
    if (open) builder.close()
    open = false
    lineBreak = false
  }
  let lineBreak = false // a <br> after a long line without punctuation: the next text decides

  /**
   * Append a text node. The decoded value is the text; each character is mapped to its source
   * characters (an entity to the whole entity, CRLF to both characters). Where value and source
   * stop lining up, the rest maps to the rest of the node as a whole.
   */
  const appendText = (value: string, start: number, end: number) => {
    if (value.trim() === '' && !open) return
    if (lineBreak) {
      if (value.trim() === '') return
      lineBreak = false
      if (NEW_LINE.test(value)) close()
      else builder.appendSynthetic(' ')
    }
    ensureOpen()
    appendAligned(builder, source, value, start, end, 'html')
  }

  const visit = (node: Nodes): void => {
    if (node.type === 'comment') {
      const directive = parseDirective(node.value)
      const at = node.position?.start.offset
      if (directive && at !== undefined)
        builder.directives.push({...directive, offset: at, line: lineOf(at)})
      return
    }
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) appendText(node.value, start, end)
      return
    }
    if (node.type === 'root') {
      for (const child of node.children) visit(child as Nodes)
      return
    }
    if (node.type !== 'element') return
    const name = node.tagName
    if (name === 'html' && typeof node.properties?.lang === 'string') {
      lang = node.properties.lang.toLowerCase().startsWith('en')
        ? 'en'
        : node.properties.lang.toLowerCase().startsWith('nl')
          ? 'nl'
          : undefined
    }
    if (SKIP.has(name) || hidden(node)) return
    collectAttributes(node, source, attributes)
    if (name === 'br') {
      // A line break ends a line such as a salutation; inside running text it is a space.
      const soFar = builder.unitLength
      const text = builder.currentText
      if (soFar > 0 && (soFar < 40 || /[,.!?:;]\s*$/.test(text))) close()
      else if (soFar > 0) lineBreak = true
      else builder.appendSynthetic(' ')
      return
    }
    if (name === 'img' || name === 'input') return
    if (CODE.has(name)) {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) {
        ensureOpen()
        builder.appendMasked('code', textOf(node), start, end)
      }
      return
    }
    // A row of a layout table with a list number or bullet in a cell of its own and the text in
    // the next ("1." | "Vul de vragenlijst in."): a list item, its marker left out as in a text
    // or Markdown list (blind letters, set-gggg: every step and its number were paragraphs).
    const item = name === 'tr' && layout ? listItemCell(node) : undefined
    if (item) {
      close()
      const previous = kind
      kind = 'listItem'
      for (const child of item.children) visit(child as Nodes)
      close()
      kind = previous
      return
    }
    // A cell of a layout table is a block of running text (isLayoutTable).
    const block = (name === 'td' || name === 'th') && layout ? 'paragraph' : BLOCK[name]
    if (block) {
      close()
      const previous = kind
      const outer = layout
      if (name === 'table') layout = isLayoutTable(node)
      kind =
        block === 'paragraph' && (kind === 'listItem' || kind === 'tableCell' || kind === 'quote')
          ? kind
          : block
      for (const child of node.children) visit(child as Nodes)
      close()
      kind = previous
      layout = outer
      return
    }
    for (const child of node.children) visit(child as Nodes)
  }

  visit(tree)
  close()
  for (const attribute of attributes) {
    builder.open(attribute.kind)
    appendAligned(builder, source, attribute.text, attribute.from, attribute.to, 'html')
    builder.close()
  }
  return builder.finish({format: 'html', source, path, writable: true, ...(lang ? {lang} : {})})
}

/**
 * Refuse markup nested deeper than MAX_HTML_DEPTH before parsing. The count is an upper bound:
 * elements that close implicitly or have no content are not counted, comments, scripts and
 * styles are skipped.
 */
function guardDepth(source: string, path: string | undefined): void {
  const tag =
    /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([A-Za-z][\w:-]*)(?![\w:-])(?:[^<>"']|"[^<"]*"|'[^<']*')*?(\/?)>/gi
  let depth = 0
  for (const match of source.matchAll(tag)) {
    const name = match[3]?.toLowerCase()
    if (!name || NO_DEPTH.has(name) || match[4]) continue
    if (match[2]) depth = Math.max(0, depth - 1)
    else if (++depth > MAX_HTML_DEPTH) {
      throw new DuidelijkError(
        'parse',
        `deze HTML is te diep genest (meer dan ${MAX_HTML_DEPTH} elementen in elkaar)`,
        path,
      )
    }
  }
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return node.children.map((c) => textOf(c as Nodes)).join('')
  return ''
}
