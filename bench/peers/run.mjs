// `pnpm bench:peers`: duidelijk against its peers on the same generated corpus, in one invocation,
// each run a fresh process as a user would start it. Writes the section "Peers" of
// docs/performance.md (with --write, the default unless --quick).
//   node bench/peers/run.mjs [--quick] [--no-write]
// The peers (textlint with sentence-length and prh, a plain unified + retext-dutch + hunspell-asm
// script) are devDependencies of bench/peers, installed here with npm ci on first use; they are not
// part of the workspace, so the root install stays small.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {generateLetters} from '../corpus.mjs'
import {writeSection} from '../sections.mjs'

const {values} = parseArgs({
  options: {quick: {type: 'boolean'}, 'no-write': {type: 'boolean'}},
})
const quick = values.quick === true
const here = fileURLToPath(new URL('./', import.meta.url))
const root = fileURLToPath(new URL('../../', import.meta.url))
const BIN = join(root, 'packages/cli/dist/bin.js')
if (!existsSync(BIN)) throw new Error('Build first: pnpm build')
if (!existsSync(join(here, 'node_modules/textlint'))) {
  process.stderr.write('bench:peers: installing the peers (npm ci in bench/peers)…\n')
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {cwd: here, stdio: 'inherit'})
  if (install.status !== 0) throw new Error('npm ci in bench/peers failed')
}

// The corpus: letters of about 500 words with three typos each (bench/corpus.mjs, seed 42).
const LETTERS = quick ? 200 : 1000
const SCALE = quick ? 2000 : 10_000
const work = mkdtempSync(join(tmpdir(), 'duidelijk-peers-'))
function writeLetters(folder, letters) {
  mkdirSync(folder)
  letters.forEach((letter, i) =>
    writeFileSync(join(folder, `brief-${String(i).padStart(5, '0')}.txt`), letter),
  )
  return letters.reduce((sum, letter) => sum + Buffer.byteLength(letter), 0)
}
const scaleLetters = generateLetters(SCALE, {words: 500, seed: 42, typos: 3})
const batch = join(work, 'brieven')
const batchBytes = writeLetters(batch, scaleLetters.slice(0, LETTERS))
const scale = join(work, 'veel')
writeLetters(scale, scaleLetters)
// One document of 1 MB: letters one after the other.
let big = ''
for (const letter of scaleLetters) {
  if (Buffer.byteLength(big) >= 1024 * 1024) break
  big += `${letter}\n`
}
const bigFile = join(work, 'groot.txt')
writeFileSync(bigFile, big)
const single = join(work, 'een.txt')
writeFileSync(single, scaleLetters[0])

// textlint: sentence length (at most 120 characters, about 20 words) and a prh list made from
// duidelijk's own list of officialese (one pattern per form, separable verbs left out).
const prh = ['version: 1', 'rules:']
for (const line of readFileSync(
  join(root, 'packages/core/src/data/ambtelijke-taal.tsv'),
  'utf8',
).split('\n')) {
  if (line.startsWith('#') || line.startsWith('term\t') || !line.trim()) continue
  const [term, forms, alternatives] = line.split('\t')
  const expected = alternatives?.split('|')[0]
  if (!expected) continue
  for (const form of [term, ...(forms ? forms.split('|') : [])]) {
    if (!form || form.includes('...')) continue
    const escaped = form.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+')
    prh.push(`  - expected: ${JSON.stringify(expected)}`)
    prh.push(`    pattern: ${JSON.stringify(`/(?<![\\p{L}])${escaped}(?![\\p{L}])/iu`)}`)
  }
}
writeFileSync(join(work, 'prh.yml'), `${prh.join('\n')}\n`)
writeFileSync(
  join(work, '.textlintrc.json'),
  JSON.stringify({
    rules: {'sentence-length': {max: 120}, prh: {rulePaths: [join(work, 'prh.yml')]}},
  }),
)

/** Run a command as a fresh process; wall time (ms), peak RSS of the process (MB), stdout. */
function run(command, args, cwd = work) {
  const rssFile = join(work, 'rss.txt')
  rmSync(rssFile, {force: true})
  const start = performance.now()
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: {
      ...process.env,
      NO_COLOR: '1',
      CI: 'true',
      BENCH_RSS_FILE: rssFile,
      NODE_OPTIONS: `--import ${new URL('./rss.mjs', import.meta.url).href}`,
    },
  })
  const ms = performance.now() - start
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`)
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN
  return {ms, rss, stdout: result.stdout}
}

const node = process.execPath
const textlintBin = join(here, 'node_modules/textlint/bin/textlint.js')
const tools = {
  duidelijk: (target) => run(node, [BIN, '--format', 'json', target]),
  'duidelijk --jobs 1': (target) => run(node, [BIN, '--format', 'json', '--jobs', '1', target]),
  'textlint (sentence-length + prh)': (target) =>
    run(node, [
      textlintBin,
      '--config',
      join(work, '.textlintrc.json'),
      '--format',
      'json',
      target.endsWith('.txt') ? target : `${target}/*.txt`,
    ]),
  'unified + retext-dutch + hunspell-asm': (target) => run(node, [join(here, 'plain.mjs'), target]),
}

const load = [loadavg()[0]]
const rows = []
const outputs = {}
const cases = [
  [`${LETTERS} letters`, batch],
  ['1 MB document', bigFile],
  ['one letter, cold', single],
]
for (const [label, target] of cases) {
  for (const [tool, fn] of Object.entries(tools)) {
    process.stderr.write(`bench:peers: ${label}: ${tool}…\n`)
    const result = fn(target)
    rows.push({label, tool, ms: result.ms, rss: result.rss})
    if (label === cases[0][0] && tool.startsWith('duidelijk')) outputs[tool] = result.stdout
  }
  load.push(loadavg()[0])
}
process.stderr.write(`bench:peers: ${SCALE} letters: duidelijk…\n`)
const scaled = tools.duidelijk(scale)
// The long run is where state kept between letters shows: a memo keyed on less than its answer
// depends on made one of 10,000 letters differ between one and two threads (5 December).
process.stderr.write(`bench:peers: ${SCALE} letters: duidelijk --jobs 1…\n`)
const scaledSerial = tools['duidelijk --jobs 1'](scale)
load.push(loadavg()[0])
rmSync(work, {recursive: true, force: true})

// Findings of the parallel default and of --jobs 1 must be the same, byte for byte.
const identical = outputs.duidelijk === outputs['duidelijk --jobs 1']
const identicalScaled = scaled.stdout === scaledSerial.stdout
const findings = JSON.parse(outputs.duidelijk).summary

const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`)
const table = []
for (const [label] of cases) {
  const group = rows.filter((row) => row.label === label)
  const ours = group[0]
  for (const row of group) {
    const ratio =
      row === ours
        ? '1.00×'
        : `${(row.ms / ours.ms).toFixed(2)}× (duidelijk is ${row.ms > ours.ms ? 'faster' : 'slower'})`
    table.push(`| ${label} | ${row.tool} | ${fmt(row.ms)} | ${ratio} | ${row.rss.toFixed(0)} MB |`)
  }
}
const batchDefault = rows[0]
const textlint = rows.find((row) => row.label === cases[0][0] && row.tool.startsWith('textlint'))
const bigRow = rows.find((row) => row.label === '1 MB document' && row.tool === 'duidelijk')
const cold = rows.find((row) => row.label === 'one letter, cold' && row.tool === 'duidelijk')
const peakRss = Math.max(
  ...rows.filter((r) => r.tool === 'duidelijk').map((r) => r.rss),
  scaled.rss,
  scaledSerial.rss,
)
const check = (ok) => (ok ? 'met' : '**not met**')
const scaleRatio = scaled.ms / batchDefault.ms
const targets = [
  `- ${LETTERS} letters < 3 s wall: ${fmt(batchDefault.ms)}, ${check(batchDefault.ms < 3000)}`,
  `- ≥ 7× faster than textlint: ${(textlint.ms / batchDefault.ms).toFixed(2)}×, ${check(textlint.ms / batchDefault.ms >= 7)}`,
  `- ${SCALE} letters ≤ 10.5× the ${LETTERS}-letter time: ${fmt(scaled.ms)} = ${scaleRatio.toFixed(2)}×, ${check(scaleRatio <= 10.5)}`,
  `- 1 MB document < 1.5 s: ${fmt(bigRow.ms)}, ${check(bigRow.ms < 1500)}`,
  `- one letter cold < 400 ms: ${fmt(cold.ms)}, ${check(cold.ms < 400)}`,
  `- peak RSS < 300 MB (every duidelijk run): ${peakRss.toFixed(0)} MB, ${check(peakRss < 300)}`,
  `- JSON output of the parallel default identical to --jobs 1: ${LETTERS} letters ${identical ? 'yes' : '**no**'}, ${SCALE} letters ${identicalScaled ? 'yes' : '**no**'}`,
]
const section = `## Peers (bench/peers, \`pnpm bench:peers\`)

Generated by \`pnpm bench:peers\`${quick ? ' --quick' : ''} on ${new Date().toISOString().slice(0, 10)}, Node ${process.version},
${availableParallelism()} × ${cpus()[0]?.model ?? 'cpu'}. Machine load average (1 min) at the start and after each group:
${load.map((x) => x.toFixed(1)).join(', ')} — other work shared the cores, so absolute times are higher than on an idle
machine; the ratios within this run are what counts. Each figure is one fresh process, started as a
user would (\`--format json\` for duidelijk and textlint), wall time including start-up; peak RSS is
the whole process (all threads).

Corpus (bench/corpus.mjs, seed 42): ${LETTERS} letters of about 500 words with three typos each
(${(batchBytes / 1024 / 1024).toFixed(1)} MB), the same letters as one 1 MB document, the first letter alone, and
${SCALE} letters for scaling. duidelijk runs its default rules (${findings.warning + findings.error + findings.info} findings in the ${LETTERS} letters).
textlint runs sentence-length (max 120 characters) and prh with a list made from duidelijk's
ambtelijke-taal.tsv; the plain peer parses with unified + retext-dutch and spell-checks every word
with hunspell-asm (no suggestions, no other rules).

| corpus | tool | wall | vs. duidelijk | peak RSS |
|---|---|---|---|---|
${table.join('\n')}
| ${SCALE} letters | duidelijk | ${fmt(scaled.ms)} | ${scaleRatio.toFixed(2)}× the ${LETTERS}-letter time | ${scaled.rss.toFixed(0)} MB |
| ${SCALE} letters | duidelijk --jobs 1 | ${fmt(scaledSerial.ms)} | ${(scaledSerial.ms / scaled.ms).toFixed(2)}× the default | ${scaledSerial.rss.toFixed(0)} MB |

Targets (issue 16):
${targets.join('\n')}
`
process.stdout.write(section)
if (!values['no-write'] && !quick) writeSection('peers', section)
