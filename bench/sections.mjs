// docs/performance.md is shared by several benchmarks; each one replaces only its own section,
// marked in the page by `<!-- bench:NAME -->` … `<!-- /bench:NAME -->`. Text outside the markers
// (the page's introduction, hand-written notes) is never touched. A section not on the page yet is
// added at the end; a page without the file starts with a heading.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'

export const PERFORMANCE_PAGE = new URL('../docs/performance.md', import.meta.url)

/** Replace (or add) the marked section `name` of a page's text; returns the new text. */
export function replaceSection(page, name, markdown) {
  const open = `<!-- bench:${name} -->`
  const close = `<!-- /bench:${name} -->`
  const block = `${open}\n${markdown.trim()}\n${close}`
  const start = page.indexOf(open)
  const end = start < 0 ? -1 : page.indexOf(close, start)
  if (start < 0 || end < 0) return `${page.trimEnd()}\n\n${block}\n`
  return `${page.slice(0, start)}${block}${page.slice(end + close.length)}`
}

/** Write the section `name` of docs/performance.md (or of `file`), leaving the rest as it is. */
export function writeSection(name, markdown, file = PERFORMANCE_PAGE) {
  const page = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n'
  writeFileSync(file, replaceSection(page, name, markdown))
}
