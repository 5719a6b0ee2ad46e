// Precision on whole letters nobody who writes the rules wrote (tests/letters/): four sets of
// municipal letters, each written by a helper who read no code or rule documentation, who then
// labelled every finding of the build of that day blind (goed, deels, fout). This script checks
// the letters with the current build and matches its findings to those labels by file, line,
// column and rule. A finding the labels do not know is new since the labelling: it is counted
// apart (and listed with --unlabelled), never guessed.
//
// Usage (after `pnpm build`): node scripts/quality-letters.mjs [--rules] [--verbose] [--unlabelled]
//                                 [--bin PATH] [--sets a,b]
//   --rules       a table per rule over all sets
//   --verbose     every finding labelled deels or fout that the current build still gives
//   --unlabelled  every finding the labels do not know
//   --bin PATH    measure another build (its packages/cli/dist/bin.js), e.g. a copy of an older
//                 commit: a set labelled on the union of several builds' findings gives each
//                 build's precision on the same letters (a paired measurement)
//   --sets a,b    only these sets (set-a, set-b, …)
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const bin = resolve(option('--bin') ?? join(root, 'packages/cli/dist/bin.js'))
const only = option('--sets')?.split(',')
const base = join(root, 'tests/letters')
const argv = new Set(args)

/** Labels of one set: key file:line:column:rule → {label, text, reason}. */
function readLabels(file) {
  const labels = new Map()
  const [header, ...rows] = readFileSync(file, 'utf8').split(/\r?\n/)
  if (!header.startsWith('file\tline\tcolumn\truleId'))
    throw new Error(`${file}: unexpected header`)
  for (const row of rows) {
    const cells = row.split('\t')
    if (cells.length < 6) continue
    const [name, line, column, rule, text, label, , reason = ''] = cells
    labels.set(`${name}:${line}:${column}:${rule}`, {label, text, reason})
  }
  return labels
}

/** The current build's findings for the letters of one set, keyed like the labels. */
function findings(dir) {
  let raw
  try {
    raw = execFileSync('node', [bin, '--format', 'json', dir], {
      maxBuffer: 1 << 30,
    })
  } catch (error) {
    // Exit code 1 means errors were found; the report is still on stdout.
    if (!error.stdout?.length) throw error
    raw = error.stdout
  }
  const out = new Map()
  for (const file of JSON.parse(raw.toString()).files) {
    const name = file.path.split(/[\\/]/).pop()
    for (const f of file.findings)
      out.set(`${name}:${f.range.start.line}:${f.range.start.column}:${f.ruleId}`, f)
  }
  return out
}

const precision = ({goed, deels, fout}) => {
  const n = goed + deels + fout
  return n === 0 ? '–' : ((goed + deels / 2) / n).toFixed(3).replace('.', ',')
}

const sets = readdirSync(base)
  .filter((name) => name.startsWith('set-') && (!only || only.includes(name)))
  .sort()
const perRule = new Map()
const rows = []
for (const set of sets) {
  const dir = join(base, set)
  const labels = readLabels(join(dir, 'labels.tsv'))
  // Later blind labels of findings that changed or were new since the labelling replace the
  // first ones for the current figures; the figures of the labelling itself stay as they were.
  const relabelled = join(dir, 'relabels.tsv')
  const current = existsSync(relabelled) ? new Map([...labels, ...readLabels(relabelled)]) : labels
  const found = findings(dir)
  const count = {goed: 0, deels: 0, fout: 0, unlabelled: 0}
  for (const [key, finding] of found) {
    const known = current.get(key)
    const rule = perRule.get(finding.ruleId) ?? {goed: 0, deels: 0, fout: 0, unlabelled: 0}
    perRule.set(finding.ruleId, rule)
    if (!known) {
      count.unlabelled++
      rule.unlabelled++
      if (argv.has('--unlabelled')) console.log(`NEW\t${set}\t${key}\t${finding.message}`)
      continue
    }
    count[known.label]++
    rule[known.label]++
    if (argv.has('--verbose') && known.label !== 'goed')
      console.log(`${known.label.toUpperCase()}\t${set}\t${key}\t${known.text}\t${known.reason}`)
  }
  let labelled = {goed: 0, deels: 0, fout: 0}
  for (const {label} of labels.values()) labelled[label]++
  const letters = readdirSync(dir).filter((name) =>
    /\.(?:txt|md|html?|eml|docx)$/.test(name),
  ).length
  rows.push(
    `| ${set} | ${letters} | ${labels.size} | ${precision(labelled)} | ${found.size} | ${count.goed} | ${count.deels} | ${count.fout} | ${count.unlabelled} | ${precision(count)} |`,
  )
}
console.log(
  '| set | brieven | meldingen bij het labelen | precisie toen | meldingen nu | goed | deels | fout | nieuw (zonder label) | precisie nu (gelabeld) |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|')
for (const row of rows) console.log(row)
if (argv.has('--rules')) {
  console.log('\n| regel | goed | deels | fout | nieuw | precisie nu (gelabeld) |')
  console.log('|---|---|---|---|---|---|')
  for (const [rule, c] of [...perRule].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(
      `| ${rule} | ${c.goed} | ${c.deels} | ${c.fout} | ${c.unlabelled} | ${precision(c)} |`,
    )
}
