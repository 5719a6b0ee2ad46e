// Builds the rule documentation into @duidelijk/core: every docs/rules/<id>.md page (Dutch, written
// by the duidelijk project, EUPL-1.2) becomes an entry of src/rule-docs.generated.ts (not
// committed; `pnpm build` writes it before tsc), so the published package explains its rules
// without docs/ and nothing reads Markdown at run time. Per page:
//   markdown  the whole page without its `# id` title and HTML comments; relative links become
//             links into the public repository (package.json `repository`), or plain text when no
//             repository is set
//   text      the same page as plain text (no Markdown syntax), for terminals and SARIF help.text
//   summary   the "Wat" section as plain text up to its first sub-heading, at most ~1000
//             characters, with repository paths reduced to file names (SARIF fullDescription)
//   url       the page in the public repository, or absent without a repository
// Usage: node packages/core/scripts/build-rule-docs.mjs [--check]  (--check: fail when outdated)
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const core = new URL('../', import.meta.url)
const docsDir = new URL('../../docs/rules/', core)
const out = new URL('src/rule-docs.generated.ts', core)

/** The public repository's web address (https://github.com/owner/name), or undefined. */
export function repositoryUrl(pkg) {
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url
  if (!repo) return undefined
  const github = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(repo)
  if (github) return `https://github.com/${github[1].replace(/\.git$/, '')}`
  const url = repo.replace(/^git\+/, '').replace(/\.git$/, '')
  return /^https:\/\//.test(url) ? url : undefined
}

const parser = unified().use(remarkParse).use(remarkGfm)
const REPO_PATH = /^(?:\.\.\/)*(?:packages|docs|tests|scripts|examples|bench)\/\S+$/

/** Plain text of inline content. */
function inline(node, short = false) {
  switch (node.type) {
    case 'text':
      return node.value
    case 'inlineCode':
      return short && REPO_PATH.test(node.value) ? node.value.split('/').at(-1) : node.value
    case 'break':
      return '\n'
    case 'html':
      return ''
    case 'image':
      return node.alt ?? ''
    default:
      return (node.children ?? []).map((child) => inline(child, short)).join('')
  }
}

/** Plain text of a block, lines joined with `\n`. */
function block(node, short = false, indent = '') {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      return indent + inline(node, short).replace(/\s*\n\s*/g, ' ')
    case 'code':
      return node.value
        .split('\n')
        .map((line) => (line.trim() ? `${indent}    ${line}` : ''))
        .join('\n')
    case 'list':
      return node.children
        .map((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '- '
          const body = item.children.map((child) => block(child, short, '')).join('\n')
          return (
            indent +
            marker +
            body
              .split('\n')
              .join(`\n${indent}${' '.repeat(marker.length)}`)
              .replace(/^\s+$/gm, '')
          )
        })
        .join('\n')
    case 'table':
      return node.children
        .map((row) => indent + row.children.map((cell) => inline(cell, short)).join(' | '))
        .join('\n')
    case 'blockquote':
      return node.children.map((child) => block(child, short, `${indent}> `)).join('\n')
    case 'html':
    case 'thematicBreak':
    case 'definition':
      return ''
    default:
      return indent + inline(node, short)
  }
}

/** The page as plain text: blocks separated by blank lines. */
function plainText(blocks) {
  return blocks
    .map((node) => block(node))
    .filter((text) => text.trim() !== '')
    .join('\n\n')
}

/** The "Wat" section up to its first sub-heading, as plain text of at most ~1000 characters. */
function summary(blocks) {
  const start = blocks.findIndex((n) => n.type === 'heading' && inline(n).trim() === 'Wat')
  if (start === -1) return undefined
  const parts = []
  let length = 0
  for (const node of blocks.slice(start + 1)) {
    if (node.type === 'heading') break
    const text = block(node, true).trim()
    if (!text) continue
    if (parts.length && length + text.length > 1000) break
    parts.push(text)
    length += text.length + 2
  }
  return parts.join('\n\n') || undefined
}

/**
 * The page's Markdown without the title and HTML comments; relative links point into the
 * repository, or become their text when there is none.
 */
function markdown(source, tree, id, repo) {
  const edits = []
  const visit = (node) => {
    if ((node.type === 'link' || node.type === 'image') && !/^[a-z]+:|^#/i.test(node.url)) {
      const from = node.position.start.offset
      const to = node.position.end.offset
      const slice = source.slice(from, to)
      if (repo) {
        const target = new URL(node.url, `${repo}/blob/main/docs/rules/${id}.md`).href
        const at = slice.lastIndexOf(`](${node.url}`)
        if (at !== -1) {
          edits.push({from: from + at + 2, to: from + at + 2 + node.url.length, text: target})
        }
      } else if (node.children?.length) {
        const first = node.children[0].position.start.offset
        const last = node.children.at(-1).position.end.offset
        edits.push({from, to, text: source.slice(first, last)})
      } else {
        edits.push({from, to, text: node.alt ?? ''})
      }
      return
    }
    if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())) {
      edits.push({from: node.position.start.offset, to: node.position.end.offset, text: ''})
      return
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit(tree)
  const title = tree.children[0]
  if (title?.type === 'heading' && title.depth === 1) {
    edits.push({from: title.position.start.offset, to: title.position.end.offset, text: ''})
  }
  let result = source
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    result = result.slice(0, edit.from) + edit.text + result.slice(edit.to)
  }
  return `${result.replace(/\n{3,}/g, '\n\n').trim()}\n`
}

/** Every rule page as {id: {markdown, text, summary, url}}. */
export function buildRuleDocs() {
  const pkg = JSON.parse(readFileSync(new URL('package.json', core), 'utf8'))
  const repo = repositoryUrl(pkg)
  const docs = {}
  for (const name of readdirSync(docsDir).sort()) {
    if (!name.endsWith('.md') || name === 'quality.md') continue
    const id = name.slice(0, -3)
    const source = readFileSync(new URL(name, docsDir), 'utf8')
    const tree = parser.parse(source)
    const blocks = tree.children.filter((n, i) => !(i === 0 && n.type === 'heading'))
    docs[id] = {
      markdown: markdown(source, tree, id, repo),
      text: `${plainText(blocks)}\n`,
      ...(summary(blocks) ? {summary: summary(blocks)} : {}),
      ...(repo ? {url: `${repo}/blob/main/docs/rules/${name}`} : {}),
    }
  }
  return {repo, docs}
}

function render({repo, docs}) {
  return `// Generated by packages/core/scripts/build-rule-docs.mjs from docs/rules/*.md (Dutch, written by the
// duidelijk project, EUPL-1.2) in \`pnpm build\`. Do not edit; edit the pages and build again.

/** A rule page built into the package. */
export interface RuleDoc {
  /** The whole page as Markdown (without its title); links point into the public repository. */
  readonly markdown: string
  /** The whole page as plain text. */
  readonly text: string
  /** The "Wat" section as plain text (SARIF fullDescription). */
  readonly summary?: string
  /** The page in the public repository, when package.json names one. */
  readonly url?: string
}

/** The project's public repository (package.json \`repository\`), when set. */
export const REPOSITORY_URL: string | undefined = ${JSON.stringify(repo)}

/** The rule pages by rule id. */
export const RULE_DOCS: Readonly<Record<string, RuleDoc>> = ${JSON.stringify(docs, null, 2)}
`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = render(buildRuleDocs())
  if (process.argv.includes('--check')) {
    if (!existsSync(out) || readFileSync(out, 'utf8') !== text) {
      console.error('src/rule-docs.generated.ts is out of date: run pnpm build')
      process.exit(1)
    }
  } else if (!existsSync(out) || readFileSync(out, 'utf8') !== text) {
    writeFileSync(out, text)
  }
}
