// Precision per rule on text the project did not write: 600 sentences drawn at random (fixed
// seed) from the held-out UD Dutch LassySmall test file (Wikipedia), read from ../shared. Only
// sentence ids, rule ids, offsets, message ids and a human label are stored in the project
// (tests/external/labels.tsv), never the sentences. Labels were given blind: before any rule was
// changed, by an editor judging each finding as a B1 editor would (TRUE: right warning and, when
// a replacement is offered, a grammatical one; PARTLY: right spot but wrong message or a
// replacement that does not fit; FALSE: the text is fine here).
//
// Usage (after `pnpm build`): node scripts/quality-external.mjs [--dump] [--write] [--verbose]
//   --dump     print every finding that has no label yet, with its sentence, for labelling
//   --write    rewrite the external table in docs/rules/quality.md
//   --verbose  list every FALSE and PARTLY finding with its sentence
//   --rule=ID  list every finding of one rule with its label (TRUE ones too)
//   --fresh    use the second sample instead: the next 600 sentences of the same shuffle, disjoint
//              from the first, labelled blind on 2026-12-02 after the rules had been tuned on the
//              first sample (tests/external/labels-fresh.tsv, its own block in quality.md). It
//              shows whether the first sample's figures hold on sentences nobody tuned against.
//   --third    the third sample: the rest of the shuffle (sentences 1201-1761), labelled blind on
//              2026-12-02 (session 4) before any rule was changed on it
//              (tests/external/labels-third.tsv).
// Skips (exit 0) when ../shared is absent, as it is for users and on a fresh clone.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {MEASURED_RULES, measuredChecker} from './measured-rules.mjs'

const TREEBANK = new URL('../../shared/data/ud-dutch/nl_lassysmall-ud-test.conllu', import.meta.url)
const PRECISION_MIN = 0.9
const SAMPLE_SIZE = 600
const SEED = 15

const argv = new Set(process.argv.slice(2))
const FRESH = argv.has('--fresh')
// --third: the rest of the shuffle (sentences 1201-1761), labelled blind on 2 December 2026.
const THIRD = argv.has('--third')
const SAMPLE = THIRD ? 2 : FRESH ? 1 : 0
const LABELS = new URL(
  [
    '../tests/external/labels.tsv',
    '../tests/external/labels-fresh.tsv',
    '../tests/external/labels-third.tsv',
  ][SAMPLE],
  import.meta.url,
)
const MARKER = ['external', 'external-fresh', 'external-third'][SAMPLE]

if (!existsSync(TREEBANK)) {
  process.stdout.write(
    'quality:external overgeslagen: ../shared/data/ud-dutch ontbreekt (alleen in de projectomgeving).\n',
  )
  process.exit(0)
}

/** mulberry32: a small seeded PRNG, so the sample is the same on every machine. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The sentences of a CoNLL-U file as {id, text}. */
function readTreebank(url) {
  const sentences = []
  let id
  for (const line of readFileSync(url, 'utf8').split('\n')) {
    if (line.startsWith('# sent_id = ')) id = line.slice(12).trim()
    else if (line.startsWith('# text = ') && id) sentences.push({id, text: line.slice(9)})
  }
  return sentences
}

/**
 * The fixed sample, in treebank order: the first 600 of a seeded shuffle, with --fresh the next
 * 600, with --third the rest.
 */
export function sample() {
  const all = readTreebank(TREEBANK)
  const order = all.map((_, i) => i)
  const next = random(SEED)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  const from = SAMPLE * SAMPLE_SIZE
  return order
    .slice(from, from + SAMPLE_SIZE)
    .sort((a, b) => a - b)
    .map((i) => all[i])
}

const keyOf = (f) => [f.id, f.ruleId, f.start, f.end, f.messageId, f.first].join('\t')

function readLabels() {
  const labels = new Map()
  if (!existsSync(LABELS)) return labels
  for (const line of readFileSync(LABELS, 'utf8').split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('sent_id\t')) continue
    const [id, ruleId, start, end, messageId, first, label] = line.split('\t')
    labels.set(keyOf({id, ruleId, start: Number(start), end: Number(end), messageId, first}), label)
  }
  return labels
}

const core = await import('../packages/core/dist/node/index.js')

// The default preset as users get it, sentence rules only; rules the default switches off are
// measured at info so that their precision is known before anyone switches them on.
const MEASURED = MEASURED_RULES
const {checker, severity} = await measuredChecker(core, 'uit')
const built = new Set(core.builtinRules.map((rule) => rule.id))

const sentences = sample()
const findings = []
for (const {id, text} of sentences) {
  for (const f of checker.check({text}).findings) {
    if (!MEASURED.includes(f.ruleId)) continue
    findings.push({
      id,
      text,
      ruleId: f.ruleId,
      messageId: f.messageId,
      start: f.range.start.offset,
      end: f.range.end.offset,
      message: f.reason,
      expected: f.expected ?? [],
      // The first replacement is part of the key: a changed suggestion is judged again.
      first: f.expected?.[0] ?? '-',
      severity: f.severity,
    })
  }
}

const labels = readLabels()
const unlabelled = findings.filter((f) => !labels.has(keyOf(f)))

const show = (f) => {
  const before = f.text.slice(Math.max(0, f.start - 40), f.start)
  const after = f.text.slice(f.end, f.end + 40)
  const fix = f.expected.length ? ` → ${f.expected.slice(0, 3).join(' | ')}` : ''
  return `${keyOf(f)}\t…${before}[${f.text.slice(f.start, f.end)}]${after}…\t${f.message}${fix}\n`
}

if (argv.has('--dump')) {
  for (const f of unlabelled) process.stdout.write(show(f))
  process.exit(0)
}

// A graded rule reports some findings below its severity (spelling: an unknown word whose nearest
// known words are rare is shown at info). Precision "at warning level" is that of the findings
// shown at warning, so each severity a rule used gets its own row.
const rowKey = (ruleId, sev) => (sev === severity[ruleId] ? ruleId : `${ruleId} (${sev})`)
const stats = new Map(MEASURED.map((id) => [id, {TRUE: 0, PARTLY: 0, FALSE: 0, open: 0}]))
const rowSeverity = new Map(MEASURED.map((id) => [id, severity[id]]))
for (const f of findings) {
  const label = labels.get(keyOf(f))
  const key = rowKey(f.ruleId, f.severity)
  if (!stats.has(key)) {
    stats.set(key, {TRUE: 0, PARTLY: 0, FALSE: 0, open: 0})
    rowSeverity.set(key, f.severity)
  }
  stats.get(key)[label ?? 'open']++
}
const fmt = (v) => v.toFixed(2).replace('.', ',')
const rowIds = MEASURED.filter((id) => built.has(id)).flatMap((id) => [
  id,
  ...[...stats.keys()].filter((key) => key.startsWith(`${id} (`)).sort(),
])
const rows = rowIds.map((id) => {
  const s = stats.get(id)
  const sev = rowSeverity.get(id)
  const judged = s.TRUE + s.PARTLY + s.FALSE
  // PARTLY (right spot, wrong message or unusable replacement) counts half.
  const precision = judged === 0 ? undefined : (s.TRUE + s.PARTLY / 2) / judged
  const warn = sev === 'warning' || sev === 'error'
  const flag = warn && precision !== undefined && precision < PRECISION_MIN ? ' ⚠' : ''
  const p = precision === undefined ? '–' : `${fmt(precision)}${flag}`
  return `| ${id} | ${sev} | ${judged + s.open} | ${s.TRUE} | ${s.PARTLY} | ${s.FALSE} | ${s.open} | ${p} |`
})
const words = sentences.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0)
const table = [
  `Extern${['', ', tweede steekproef', ', derde steekproef'][SAMPLE]}: ${sentences.length} zinnen (${words} woorden) uit nl_lassysmall-ud-test (Wikipedia), seed ${SEED}${['', ', zinnen 601-1200 van de schudding', ', zinnen 1201-1761 van de schudding'][SAMPLE]}; ${findings.length} meldingen.`,
  '',
  '| regel | ernst | meldingen | goed | deels | fout | ongelabeld | precisie |',
  '|---|---|---|---|---|---|---|---|',
  ...rows,
].join('\n')
process.stdout.write(`${table}\n`)
if (unlabelled.length > 0) {
  process.stdout.write(
    `\n${unlabelled.length} meldingen zonder label (label ze met --dump in ${LABELS.pathname.split('/').slice(-3).join('/')}):\n`,
  )
  for (const f of unlabelled.slice(0, 50)) process.stdout.write(show(f))
}
const onlyRule = process.argv.find((a) => a.startsWith('--rule='))?.slice(7)
if (argv.has('--verbose') || onlyRule) {
  for (const f of findings) {
    const label = labels.get(keyOf(f))
    if (onlyRule ? f.ruleId === onlyRule : label === 'FALSE' || label === 'PARTLY')
      process.stdout.write(`${label ?? 'OPEN'} ${show(f)}`)
  }
}

if (argv.has('--write')) {
  const url = new URL('../docs/rules/quality.md', import.meta.url)
  const page = readFileSync(url, 'utf8')
  const pattern = new RegExp(`<!-- ${MARKER}:start -->[\\s\\S]*<!-- ${MARKER}:end -->`)
  if (!pattern.test(page))
    throw new Error(`docs/rules/quality.md: markers ${MARKER}:start/end missing`)
  writeFileSync(
    url,
    page.replace(pattern, `<!-- ${MARKER}:start -->\n${table}\n<!-- ${MARKER}:end -->`),
  )
}
