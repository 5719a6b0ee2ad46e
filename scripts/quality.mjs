// Precision and recall per rule on the labelled corpus (tests/corpus/zinnen.tsv).
// Usage (after `pnpm build`): node scripts/quality.mjs [--verbose] [--write]
import {readFileSync, writeFileSync} from 'node:fs'

const {createChecker} = await import('../packages/core/dist/index.js')

const args = new Set(process.argv.slice(2))
const corpus = readFileSync(new URL('../tests/corpus/zinnen.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('id\t'))
  .map((line) => {
    const [id, kind, labels, sentence] = line.split('\t')
    return {id, kind, labels: labels === '-' ? [] : labels.split(','), sentence}
  })

/** Rules measured: every sentence-level rule (letter rules need whole letters). */
const RULES = [
  'ambtelijke-taal',
  'lange-zin',
  'lijdende-vorm',
  'naamwoordstijl',
  'tangconstructie',
  'dubbele-ontkenning',
  'vage-termijn',
  'afkorting',
  'aanspreekvorm',
  'moeilijk-woord',
  'spelling',
  'toon',
  'datum-en-bedrag',
  'persoonsgegevens',
]
/** Recall targets from the issue. */
const RECALL_TARGET = new Set([
  'ambtelijke-taal',
  'lijdende-vorm',
  'vage-termijn',
  'dubbele-ontkenning',
  'aanspreekvorm',
  'afkorting',
])

const checker = await createChecker({lang: 'nl', letter: false})
const severity = Object.fromEntries(
  checker.rules.map(({rule, setting}) => [rule.id, setting.severity]),
)
const stats = Object.fromEntries(RULES.map((id) => [id, {tp: 0, fp: 0, fn: 0, fps: [], fns: []}]))

for (const item of corpus) {
  const fired = new Set(checker.check({text: item.sentence}).findings.map((f) => f.ruleId))
  for (const id of RULES) {
    const expected = item.labels.includes(id)
    const got = fired.has(id)
    const s = stats[id]
    if (expected && got) s.tp++
    else if (got) {
      s.fp++
      s.fps.push(item)
    } else if (expected) {
      s.fn++
      s.fns.push(item)
    }
  }
}

const ratio = (a, b) => (b === 0 ? 1 : a / b)
const fmt = (v) => v.toFixed(2).replace('.', ',')
const rows = RULES.map((id) => {
  const s = stats[id]
  const precision = ratio(s.tp, s.tp + s.fp)
  const recall = ratio(s.tp, s.tp + s.fn)
  const warn = severity[id] === 'warning' || severity[id] === 'error'
  const pOk = !warn || precision >= 0.9
  const rOk = !RECALL_TARGET.has(id) || recall >= 0.85
  return {
    id,
    s,
    precision,
    recall,
    line: `| ${id} | ${severity[id]} | ${s.tp + s.fn} | ${s.tp} | ${s.fp} | ${s.fn} | ${fmt(precision)}${pOk ? '' : ' ⚠'} | ${fmt(recall)}${rOk ? '' : ' ⚠'} |`,
  }
})
const clean = corpus.filter((c) => c.labels.length === 0).length
const table = [
  `Corpus: ${corpus.length} zinnen, waarvan ${clean} schoon (zonder label).`,
  '',
  '| regel | ernst | zinnen met label | TP | FP | FN | precisie | recall |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => r.line),
].join('\n')
process.stdout.write(`${table}\n`)

if (args.has('--verbose')) {
  for (const {id, s} of rows) {
    for (const item of s.fps) process.stdout.write(`FP ${id} ${item.id}: ${item.sentence}\n`)
    for (const item of s.fns) process.stdout.write(`FN ${id} ${item.id}: ${item.sentence}\n`)
  }
}

if (args.has('--write')) {
  const path = new URL('../docs/rules/quality.md', import.meta.url)
  const page = readFileSync(path, 'utf8')
  const updated = page.replace(
    /<!-- quality:start -->[\s\S]*<!-- quality:end -->/,
    `<!-- quality:start -->\n${table}\n<!-- quality:end -->`,
  )
  writeFileSync(path, updated)
}
