/**
 * A unified diff (`diff -u` style, three lines of context) between two versions of a text file,
 * for `--fix-dry-run`. Lines are compared whole; line ends stay part of the line.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return ''
  const a = splitLines(before)
  const b = splitLines(after)
  // Common head and tail first: fixes touch few lines, so the table below stays small.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  const ops: Array<{kind: ' ' | '-' | '+'; line: string}> = []
  for (const line of a.slice(0, head)) ops.push({kind: ' ', line})
  ops.push(...lcsOps(midA, midB))
  for (const line of a.slice(a.length - tail)) ops.push({kind: ' ', line})

  const out = [`--- a/${path}`, `+++ b/${path}`]
  let i = 0
  while (i < ops.length) {
    if (ops[i]!.kind === ' ') {
      i++
      continue
    }
    // A hunk: from `context` lines before this change to `context` lines after the last change
    // that is at most 2 * context unchanged lines away.
    let start = Math.max(0, i - context)
    let end = i
    let unchanged = 0
    for (let j = i; j < ops.length; j++) {
      if (ops[j]!.kind === ' ') {
        unchanged++
        if (unchanged > 2 * context) break
      } else {
        unchanged = 0
        end = j
      }
    }
    const stop = Math.min(ops.length, end + context + 1)
    let lineA = 1
    let lineB = 1
    for (let j = 0; j < start; j++) {
      if (ops[j]!.kind !== '+') lineA++
      if (ops[j]!.kind !== '-') lineB++
    }
    const hunk = ops.slice(start, stop)
    const countA = hunk.filter((op) => op.kind !== '+').length
    const countB = hunk.filter((op) => op.kind !== '-').length
    out.push(`@@ -${range(lineA, countA)} +${range(lineB, countB)} @@`)
    for (const op of hunk) {
      const ending = /\r?\n$/.exec(op.line)
      out.push(`${op.kind}${op.line.replace(/\r?\n$/, '')}`)
      if (!ending) out.push('\\ Geen regeleinde aan het eind van het bestand')
    }
    start = stop
    i = stop
  }
  return `${out.join('\n')}\n`
}

function range(line: number, count: number): string {
  return count === 1 ? `${line}` : `${count === 0 ? line - 1 : line},${count}`
}

function splitLines(text: string): string[] {
  // Split after each newline (a zero-width split, linear in the text's length).
  return text === '' ? [] : text.split(/(?<=\n)/).filter((line) => line !== '')
}

function lcsOps(a: string[], b: string[]): Array<{kind: ' ' | '-' | '+'; line: string}> {
  if (a.length * b.length > 4_000_000) {
    return [
      ...a.map((line) => ({kind: '-' as const, line})),
      ...b.map((line) => ({kind: '+' as const, line})),
    ]
  }
  const table = Array.from({length: a.length + 1}, () => new Uint32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
  const ops: Array<{kind: ' ' | '-' | '+'; line: string}> = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({kind: ' ', line: a[i++]!})
      j++
    } else if (j === b.length || (i < a.length && table[i + 1]![j]! >= table[i]![j + 1]!)) {
      ops.push({kind: '-', line: a[i++]!})
    } else ops.push({kind: '+', line: b[j++]!})
  }
  return ops
}
