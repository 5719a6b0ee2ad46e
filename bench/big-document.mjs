// `node bench/big-document.mjs [--write]`: how the cost of one check grows with the size of one
// document (issue 16: "a 1 MB single document < 1.5 s", "every rule and stage at most linear in
// the text"). Each case is one fresh process of the built CLI, `--format json --jobs 1`, as a user
// would run it; wall time, CPU time (user + system) and peak RSS of the process. A stage that is
// super-linear in the document shows as a CPU cost per MB that grows with the size; a cost that
// grows with the length of one paragraph or one sentence shows in the cases without blank lines
// or without full stops. With --write the table replaces the section bench:big of
// docs/performance.md.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {generateLetters} from './corpus.mjs'
import {writeSection} from './sections.mjs'

const root = new URL('..', import.meta.url).pathname
const BIN = join(root, 'packages/cli/dist/bin.js')
const work = mkdtempSync(join(tmpdir(), 'duidelijk-big-'))
const write = process.argv.includes('--write')
const KB = 1024

// The letters of bench/peers (seed 42, 500 words, three typos), one after the other.
const letters = generateLetters(1200, {words: 500, seed: 42, typos: 3})
/** How many letters one after the other make `bytes`. */
function lettersFor(bytes) {
  let size = 0
  let count = 0
  while (size < bytes) size += Buffer.byteLength(`${letters[count++]}\n`)
  return count
}
const concatenated = (bytes) =>
  letters
    .slice(0, lettersFor(bytes))
    .map((letter) => `${letter}\n`)
    .join('')
const MB = concatenated(1024 * KB)
/** The first `bytes` of a text, cut at a space. */
const cut = (text, bytes) => text.slice(0, text.lastIndexOf(' ', bytes))

const cases = [
  ['letters one after the other', '256 KB', concatenated(256 * KB)],
  ['letters one after the other', '512 KB', concatenated(512 * KB)],
  ['letters one after the other', '1 MB', MB],
  ['one paragraph (no blank lines)', '256 KB', cut(MB.replace(/\n+/g, ' '), 256 * KB)],
  ['one paragraph (no blank lines)', '512 KB', cut(MB.replace(/\n+/g, ' '), 512 * KB)],
  ['one sentence (no . ? !)', '64 KB', cut(MB.replace(/[.?!]/g, '').replace(/\n+/g, ' '), 64 * KB)],
  [
    'one sentence (no . ? !)',
    '128 KB',
    cut(MB.replace(/[.?!]/g, '').replace(/\n+/g, ' '), 128 * KB),
  ],
  [
    'one sentence (no . ? !)',
    '256 KB',
    cut(MB.replace(/[.?!]/g, '').replace(/\n+/g, ' '), 256 * KB),
  ],
]

function run(args) {
  const usageFile = join(work, 'usage.json')
  rmSync(usageFile, {force: true})
  const start = performance.now()
  const result = spawnSync(process.execPath, [BIN, '--format', 'json', '--jobs', '1', ...args], {
    maxBuffer: 1024 * 1024 * 1024,
    env: {
      ...process.env,
      BENCH_USAGE_FILE: usageFile,
      NODE_OPTIONS: `--import ${new URL('./usage.mjs', import.meta.url).href}`,
    },
  })
  const ms = performance.now() - start
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`duidelijk ${args.join(' ')}: exit ${result.status}\n${result.stderr}`)
  const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : {}
  const findings = JSON.parse(result.stdout).files.reduce((n, f) => n + f.findings.length, 0)
  return {
    ms,
    cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    rss: usage.maxRSS / 1024,
    findings,
  }
}

const loads = [loadavg()[0]]
// Start-up: one letter alone, so the table can give the cost of the check per MB without it.
const single = join(work, 'een.txt')
writeFileSync(single, letters[0])
const cold = run([single])
const rows = []
for (const [shape, size, text] of cases) {
  const file = join(work, 'document.txt')
  writeFileSync(file, text)
  const bytes = Buffer.byteLength(text)
  const result = run([file])
  const perMb = (result.cpu - cold.cpu) / (bytes / 1024 / 1024)
  rows.push({shape, size, bytes, ...result, perMb})
  console.log(
    `${shape}, ${size}: ${(result.ms / 1000).toFixed(2)} s wall, ${(result.cpu / 1000).toFixed(2)} s CPU, ${result.rss.toFixed(0)} MB, ${(perMb / 1000).toFixed(2)} s CPU per MB after start-up`,
  )
}
// The same letters as the 1 MB document, as files of their own in one run.
const folder = join(work, 'brieven')
mkdirSync(folder)
const many = letters.slice(0, lettersFor(1024 * KB))
many.forEach((letter, i) =>
  writeFileSync(join(folder, `brief-${String(i).padStart(4, '0')}.txt`), `${letter}\n`),
)
const asFiles = run([folder])
loads.push(loadavg()[0])
rmSync(work, {recursive: true, force: true})

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`
const table = [
  '| document | size | wall | CPU | CPU per MB after start-up | peak RSS | findings |',
  '|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.shape} | ${r.size} | ${seconds(r.ms)} | ${seconds(r.cpu)} | ${seconds(r.perMb)} | ${r.rss.toFixed(0)} MB | ${r.findings} |`,
  ),
  `| the letters of the 1 MB document as ${many.length} files | 1 MB | ${seconds(asFiles.ms)} | ${seconds(asFiles.cpu)} | ${seconds((asFiles.cpu - cold.cpu) / (Buffer.byteLength(MB) / 1024 / 1024))} | ${asFiles.rss.toFixed(0)} MB | ${asFiles.findings} |`,
  `| one letter, cold (start-up) | ${(Buffer.byteLength(letters[0]) / KB).toFixed(1)} KB | ${seconds(cold.ms)} | ${seconds(cold.cpu)} | | ${cold.rss.toFixed(0)} MB | ${cold.findings} |`,
]
const growth = (shape) => {
  const own = rows.filter((r) => r.shape === shape)
  return (own.at(-1).perMb / own[0].perMb).toFixed(2)
}
const big = rows.find((r) => r.size === '1 MB')
const markdown = `## Big documents (bench/big-document.mjs)

Generated by \`node bench/big-document.mjs --write\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version},
${cpus().length} × ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'CPU'}. Load average (1 min) at the start and the end: ${loads.map((l) => l.toFixed(1)).join(', ')}.
Each row is one fresh process of the built CLI, \`--format json --jobs 1\`; CPU is user + system
time of the whole process; "after start-up" subtracts the CPU of the one-letter run. The text is
the letters of bench/peers (bench/corpus.mjs, seed 42), one after the other; "one paragraph" joins
them without line breaks, "one sentence" also drops every full stop, question and exclamation
mark (a text without sentence ends: a pasted table, a list). A linear check has the same CPU per
MB at every size of a shape; at most 1,000 findings per rule are kept (limits.ts), so the larger
documents report fewer findings per MB.

${table.join('\n')}

CPU per MB, largest size against smallest: letters one after the other ${growth('letters one after the other')}×, one paragraph
${growth('one paragraph (no blank lines)')}×, one sentence ${growth('one sentence (no . ? !)')}× (1.00× is linear; below 1 the larger
documents share more per-run caches and hit the finding limit). Target (issue 16): a 1 MB document
< 1.5 s wall: ${seconds(big.ms)}, ${big.ms < 1500 ? 'met' : '**not met**'}.
`
console.log(markdown)
if (write) writeSection('big', markdown)
