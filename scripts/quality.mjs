// Precision and recall per rule on the labelled corpus (tests/corpus/zinnen.tsv).
// Usage (after `pnpm build`): node scripts/quality.mjs [--verbose] [--write] [--from z528]
//   --verbose  list the sentences behind every false positive and false negative
//   --write    rewrite the table in docs/rules/quality.md and the counts in tests/corpus/README.md
//   --from id  measure only the sentences from this id on (e.g. a batch added later)
import {readFileSync, writeFileSync} from 'node:fs'

import {MEASURED_RULES, measuredChecker} from './measured-rules.mjs'

const core = await import('../packages/core/dist/node/index.js')

const argv = process.argv.slice(2)
const args = new Set(argv)
const fromIndex = argv.indexOf('--from')
const from = fromIndex >= 0 ? argv[fromIndex + 1] : undefined

export const RULES = MEASURED_RULES
/** Rules with a recall target (from the issue); precision targets follow from the severity. */
const RECALL_TARGET = new Set([
  'ambtelijke-taal',
  'lijdende-vorm',
  'vage-termijn',
  'dubbele-ontkenning',
  'aanspreekvorm',
  'afkorting',
])
const PRECISION_MIN = 0.9
const RECALL_MIN = 0.85

const corpusUrl = new URL('../tests/corpus/zinnen.tsv', import.meta.url)
const all = readFileSync(corpusUrl, 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('id\t'))
  .map((line) => {
    const [id, kind, labels, sentence] = line.split('\t')
    return {id, kind, labels: labels === '-' ? [] : labels.split(','), sentence}
  })
const corpus = from ? all.filter((item) => item.id >= from) : all

// The default preset, as users get it: its severities decide which precision target applies.
// `duidelijk:strikt` is not used because it lowers the lange-zin limit below the 20 words the
// labels use.
const {checker, severity} = await measuredChecker(core, 'uit (gemeten als info)')
const built = new Set(core.builtinRules.map((rule) => rule.id))

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
const lines = RULES.map((id) => {
  const s = stats[id]
  const labelled = s.tp + s.fn
  if (!built.has(id)) return `| ${id} | – | ${labelled} | nog niet gebouwd | | | | |`
  const precision = ratio(s.tp, s.tp + s.fp)
  const recall = ratio(s.tp, labelled)
  const warn = severity[id] === 'warning' || severity[id] === 'error'
  const pOk = !warn || precision >= PRECISION_MIN
  const rOk = !RECALL_TARGET.has(id) || recall >= RECALL_MIN
  return `| ${id} | ${severity[id]} | ${labelled} | ${s.tp} | ${s.fp} | ${s.fn} | ${fmt(precision)}${pOk ? '' : ' ⚠'} | ${fmt(recall)}${rOk ? '' : ' ⚠'} |`
})
const clean = corpus.filter((c) => c.labels.length === 0).length
const scope = from ? ` (vanaf ${from})` : ''
const table = [
  `Corpus${scope}: ${corpus.length} zinnen, waarvan ${clean} schoon (zonder label).`,
  '',
  '| regel | ernst | zinnen met label | TP | FP | FN | precisie | recall |',
  '|---|---|---|---|---|---|---|---|',
  ...lines,
].join('\n')
process.stdout.write(`${table}\n`)

// The language layer on the held-out treebank file (skipped without ../shared/data).
const {evaluateTagger, taggerTable} = await import('./eval-tagger.mjs')
const tagger = await evaluateTagger()
const taggerBlock = tagger
  ? taggerTable(tagger)
  : '(../shared/data ontbreekt: de held-out-meting van de taallaag is overgeslagen)'
process.stdout.write(`\nTaallaag (tagger):\n${taggerBlock}\n`)
const {evaluateRules, rulesTable} = await import('./eval-rules-heldout.mjs')
const heldOutRules = await evaluateRules()
const rulesBlock = heldOutRules ? rulesTable(heldOutRules) : undefined
if (rulesBlock) process.stdout.write(`\nRegels op de held-out treebank:\n${rulesBlock}\n`)
const {evaluateStyleRules, styleTable} = await import('./eval-style-heldout.mjs')
const heldOutStyle = await evaluateStyleRules()
const styleBlock = heldOutStyle ? styleTable(heldOutStyle) : undefined
if (styleBlock)
  process.stdout.write(
    `\nStijlregels op de held-out treebank (met de hand gelabeld):\n${styleBlock}\n`,
  )

if (args.has('--verbose')) {
  for (const id of RULES) {
    for (const item of stats[id].fps)
      process.stdout.write(`FP ${id} ${item.id}: ${item.sentence}\n`)
    for (const item of stats[id].fns)
      process.stdout.write(`FN ${id} ${item.id}: ${item.sentence}\n`)
  }
}

if (args.has('--write')) {
  if (from) throw new Error('--write meet altijd het hele corpus; laat --from weg')
  const replaceBlock = (url, name, body) => {
    const page = readFileSync(url, 'utf8')
    const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`)
    if (!pattern.test(page)) throw new Error(`${url.pathname}: markers ${name}:start/end missing`)
    writeFileSync(
      url,
      page.replace(pattern, `<!-- ${name}:start -->\n${body}\n<!-- ${name}:end -->`),
    )
  }
  replaceBlock(new URL('../docs/rules/quality.md', import.meta.url), 'quality', table)
  if (tagger)
    replaceBlock(new URL('../docs/rules/quality.md', import.meta.url), 'tagger', taggerBlock)
  if (styleBlock)
    replaceBlock(new URL('../docs/rules/quality.md', import.meta.url), 'style-heldout', styleBlock)
  if (rulesBlock)
    replaceBlock(new URL('../docs/rules/quality.md', import.meta.url), 'rules-heldout', rulesBlock)
  const counts = [
    '| label | sentences |',
    '|---|---|',
    `| (clean) | ${clean} |`,
    ...RULES.map((id) => `| ${id} | ${corpus.filter((c) => c.labels.includes(id)).length} |`),
    `| **total** | ${corpus.length} |`,
  ].join('\n')
  const readme = new URL('../tests/corpus/README.md', import.meta.url)
  replaceBlock(readme, 'counts', counts)
  // The README is not in .prettierignore (quality.md is): keep `pnpm format:check` green.
  const prettier = await import('prettier')
  const options = (await prettier.resolveConfig(readme.pathname)) ?? {}
  const source = readFileSync(readme, 'utf8')
  writeFileSync(readme, await prettier.format(source, {...options, filepath: readme.pathname}))
}
