import type {Link, Nodes, Parents, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {DuidelijkError} from '../errors.js'
import {parseDirective} from '../nlp/directives.js'
import type {Document, UnitKind} from '../types.js'
import {createPointLocator} from '../sourcemap.js'
import {appendAligned} from './align.js'
import {DocumentBuilder} from './builder.js'
import {loadHtml} from './html.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)

const COMMENT = /^<!--([\s\S]*?)-->$/

/**
 * A note for staff in a template kept in a repository, not part of the letter: a block quote or
 * paragraph that opens with 'Gebruik dit sjabloon …', 'Interne noot: …', 'Noot voor de
 * medewerker: …' or 'Invulinstructie: …' (blind letters, sets w and y: editors judged every
 * finding in such notes wrong; the staff who read them know 'sjabloon', 'Awb', 'ontwerpbesluit').
 * Not analysed, as code and front matter are not.
 */
const STAFF_NOTE =
  /^[\s>*_]*(?:gebruik\s+dit\s+sjabloon\b|interne?\s+(?:noot|notitie|toelichting|instructies?)\b|(?:noot|aanwijzing|aanwijzingen|instructie|instructies|tip)\s+voor\s+(?:de\s+)?(?:medewerkers?|schrijver|behandelaars?|collega['’]?s)\b|voor\s+(?:de\s+)?(?:medewerkers?|behandelaars?|collega['’]?s)\s*:|invulinstructies?\b)/i

/**
 * Words that only a note for staff says, anywhere in a block quote or paragraph: how to use the
 * template ('Gebruik dit antwoord als een inwoner vraagt …', 'Vul de velden tussen [haken] in',
 * 'Pas de tekst tussen {{ }} aan', 'Kies variant A of B'), its version line ('Versie 2.1, laatst
 * gewijzigd … door …') or what to leave out ('Er hoeft daarom geen bezwaarclausule onder'). Blind
 * letters, sets w and gg: such notes opened with the team's name or were a closing remark, and
 * every finding in them was judged wrong.
 */
const STAFF_CUE =
  /\b(?:gebruik\s+(?:dit|deze)\s+(?:sjabloon|standaardantwoord|standaardbrief|voorbeeldbrief|modelbrief)\b|gebruik\s+dit\s+antwoord\s+(?:als|bij|voor)\b|vul\s+de\s+(?:velden|invulvelden|gegevens\s+tussen)\b|pas\s+de\s+tekst\s+tussen\b|kies\s+(?:bij\s+\p{L}+\s+)?(?:de\s+)?variant\b|laatst\s+gewijzigd\b[^\n]{0,40}\bdoor\b|bezwaarclausule\s+(?:onder|bij|toe)\b)/iu

function offsets(node: Nodes): [number, number] | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : [start, end]
}

/** Deepest nesting of block quotes and lists that is parsed (a letter needs two or three). */
export const MAX_MARKDOWN_DEPTH = 50
/** Most emphasis, code and link delimiters (* _ ` [ ] ~) in one block of text. */
export const MAX_MARKDOWN_DELIMITERS = 2_000
/** Most lines in one block without a blank line (micromark merges a block's events in quadratic time). */
export const MAX_MARKDOWN_BLOCK_LINES = 2_000

/**
 * Refuse Markdown that would make the parser take super-linear time or overflow the stack, before
 * it sees it (issue #19: 100 KB of `>` took minutes, 3,000 overflowed the stack; a 1,000-level
 * list 48 s; runs of backticks, asterisks or brackets in one paragraph are resolved in quadratic
 * time). One linear pass: per line the container prefix (`>`, list markers, indentation), per
 * block (text between blank lines) the number of inline delimiters.
 */
function guardMarkdown(source: string, path: string | undefined): void {
  let delimiters = 0
  let blockLines = 0
  let lineStart = 0
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    let depth = 0
    let columns = 0
    let blank = true
    let i = lineStart
    // The container prefix: white space, > and list markers (-, *, +, 1. or 1)).
    for (; i < lineEnd; i++) {
      const char = source[i]!
      if (char === ' ') columns++
      else if (char === '\t') columns += 4
      else if (char === '>') depth++
      else if ((char === '-' || char === '*' || char === '+') && /[ \t]/.test(source[i + 1] ?? ''))
        depth++
      else if (char >= '0' && char <= '9') {
        let j = i
        while (j < lineEnd && j - i < 9 && source[j]! >= '0' && source[j]! <= '9') j++
        if ((source[j] === '.' || source[j] === ')') && /[ \t]/.test(source[j + 1] ?? '')) {
          depth++
          i = j
        } else break
      } else if (char !== '\r') break
    }
    if (depth + Math.floor(columns / 4) > MAX_MARKDOWN_DEPTH) {
      throw new DuidelijkError(
        'parse',
        `deze Markdown is te diep genest (meer dan ${MAX_MARKDOWN_DEPTH} lijsten of citaten in elkaar)`,
        path,
      )
    }
    for (; i < lineEnd; i++) {
      const char = source[i]!
      if (
        char === '*' ||
        char === '_' ||
        char === '`' ||
        char === '[' ||
        char === ']' ||
        char === '~'
      ) {
        if (++delimiters > MAX_MARKDOWN_DELIMITERS) {
          throw new DuidelijkError(
            'parse',
            `deze Markdown heeft te veel opmaaktekens in één alinea (meer dan ${MAX_MARKDOWN_DELIMITERS} keer * _ \` [ ] of ~)`,
            path,
          )
        }
      }
      if (char !== ' ' && char !== '\t' && char !== '\r') blank = false
    }
    if (blank && depth === 0) {
      delimiters = 0
      blockLines = 0
    } else if (++blockLines > MAX_MARKDOWN_BLOCK_LINES) {
      throw new DuidelijkError(
        'parse',
        `deze Markdown heeft een blok van meer dan ${MAX_MARKDOWN_BLOCK_LINES} regels zonder witregel`,
        path,
      )
    }
    lineStart = lineEnd + 1
  }
}

/** Whether a link's text is its own address: `<https://x.nl>`, `www.x.nl`, `info@x.nl`. */
function isAutolink(node: Link): boolean {
  const text = node.children
    .map((child) => (child.type === 'text' ? child.value : '\u0000'))
    .join('')
  return (
    text === node.url ||
    node.url === `mailto:${text}` ||
    node.url === `http://${text}` ||
    node.url === `https://${text}`
  )
}

/** Child `index` is a whole line of bold or italic text followed by a line starting with a capital. */
function boldLine(children: readonly Nodes[], index: number): boolean {
  const child = children[index]
  const previous = children[index - 1]
  const next = children[index + 1]
  return (
    (child?.type === 'strong' || child?.type === 'emphasis') &&
    (previous === undefined || (previous.type === 'text' && previous.value.endsWith('\n'))) &&
    (next?.type === 'break' ||
      (next?.type === 'text' && /^[ \t]*\n[ \t]*[\p{Lu}\d]/u.test(next.value)))
  )
}

/**
 * Markdown: paragraphs, headings, list items, table cells and block quotes become units; code,
 * front matter, URLs of links and HTML are not analysed; image alt text is its own unit.
 */
export function loadMarkdown(source: string, path?: string): Document {
  guardMarkdown(source, path)
  const tree = processor.parse(source) as Root
  const builder = new DocumentBuilder()
  builder.splitHeadingLines = true
  const pointAt = createPointLocator(source)
  const lineOf = (offset: number) => pointAt(offset).line
  const deferred: Array<{alt: string; range: [number, number]}> = []

  const inline = (node: Nodes): void => {
    const range = offsets(node)
    switch (node.type) {
      case 'text': {
        if (!range) return
        appendAligned(builder, source, node.value, range[0], range[1], 'markdown')
        return
      }
      case 'inlineCode':
        if (range) builder.appendMasked('code', node.value, range[0], range[1])
        return
      case 'break':
        // A hard line break: a line end, so a heading line above it can end its unit.
        builder.appendSynthetic('\n')
        return
      case 'image':
        if (node.alt && range) deferred.push({alt: node.alt, range})
        return
      case 'html': {
        const comment = COMMENT.exec(node.value.trim())
        const directive = comment ? parseDirective(comment[1] ?? '') : undefined
        if (directive && range) {
          builder.directives.push({...directive, offset: range[0], line: lineOf(range[0])})
        }
        return
      }
      case 'footnoteReference':
        return
      case 'link':
        // An autolink (<https://…>, or a bare URL GFM turns into a link) shows its own address:
        // not words to judge or fix. A bare URL can run on into what follows ('https://x.nl">reeds'),
        // and a fix there would rewrite the address.
        if (range && isAutolink(node)) {
          builder.appendMasked('url', source.slice(range[0], range[1]), range[0], range[1])
          return
        }
        for (const child of node.children) inline(child as Nodes)
        return
      default:
        if ('children' in node) for (const child of node.children) inline(child as Nodes)
    }
  }

  const staffNote = (node: Nodes): boolean => {
    const range = offsets(node)
    if (range === undefined) return false
    const text = source.slice(range[0], range[1])
    return STAFF_NOTE.test(text) || STAFF_CUE.test(text)
  }

  const block = (node: Nodes, kind: UnitKind, depth?: number): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        if (node.type === 'paragraph' && staffNote(node)) return
        const own: UnitKind =
          node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'tableCell' : kind
        builder.open(own, node.type === 'heading' ? node.depth : depth)
        node.children.forEach((child, index) => {
          inline(child as Nodes)
          // A bold or italic line above the text ("**Afval scheiden**⏎U kunt …") is a heading:
          // it ends its own unit (issue #15).
          if (own !== 'heading' && boldLine(node.children, index)) builder.open(own, depth)
        })
        builder.close()
        flushAlt()
        return
      }
      case 'list':
        for (const item of node.children) block(item, 'listItem', (depth ?? 0) + 1)
        return
      case 'listItem':
        for (const child of node.children) block(child as Nodes, 'listItem', depth)
        return
      case 'blockquote':
        if (staffNote(node)) return
        for (const child of node.children) block(child as Nodes, 'quote', depth)
        return
      case 'html': {
        const comment = COMMENT.exec(node.value.trim())
        const directive = comment ? parseDirective(comment[1] ?? '') : undefined
        const range = offsets(node)
        if (directive && range) {
          builder.directives.push({...directive, offset: range[0], line: lineOf(range[0])})
        } else if (range && !comment) {
          // An HTML block inside Markdown: check what a reader sees, mapped to the Markdown source.
          builder.importDocument(loadHtml(source.slice(range[0], range[1])), range[0])
        }
        return
      }
      case 'code':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return
      default:
        if ('children' in node) {
          for (const child of (node as Parents).children) block(child as Nodes, kind, depth)
        }
    }
  }

  const flushAlt = () => {
    for (const {alt, range} of deferred.splice(0)) {
      builder.open('alt')
      // The alt text is the label of `![...](...)` or `![...][...]`, without its markup; map it
      // character by character, never into the destination.
      const at = source.startsWith('![', range[0]) ? range[0] + 2 : range[0]
      const labelEnd = source.lastIndexOf(
        ']',
        source[range[1] - 1] === ']' ? range[1] - 2 : range[1],
      )
      const end = labelEnd > at ? labelEnd : range[1]
      appendAligned(builder, source, alt, at, end, 'markdown-alt')
      builder.close()
    }
  }

  for (const child of tree.children) block(child, 'paragraph')
  return builder.finish({format: 'md', source, path, writable: true})
}
