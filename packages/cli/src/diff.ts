import {structuredPatch} from 'diff'

/** What `diff -u` writes after a last line without a line end (any text after "\ " works). */
const NO_NEWLINE = '\\ Geen regeleinde aan het eind van het bestand'

/**
 * A unified diff (`diff -u` style, three lines of context) between two versions of a text file,
 * for `--fix-dry-run`, made with jsdiff. Lines are compared whole; line ends stay part of the
 * line. `git apply` accepts it.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return ''
  const patch = structuredPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, {
    context,
  })
  const out = [`--- a/${path}`, `+++ b/${path}`]
  for (const hunk of patch.hunks) {
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart
    out.push(`@@ -${range(oldStart, hunk.oldLines)} +${range(newStart, hunk.newLines)} @@`)
    for (const line of hunk.lines) out.push(line.startsWith('\\') ? NO_NEWLINE : line)
  }
  return `${out.join('\n')}\n`
}

function range(start: number, lines: number): string {
  return lines === 1 ? `${start}` : `${start},${lines}`
}
