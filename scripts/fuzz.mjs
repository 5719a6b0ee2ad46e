// pnpm fuzz: the fix properties of issue #19 (packages/core/test/fix-properties.test.ts) on many
// more generated letters than CI runs, counting every case instead of stopping at the first
// failure. Prints per format the cases run, failures (with up to five failing inputs), findings,
// safe fixes, the mean and slowest case and the slowest input.
//
//   pnpm fuzz                       100,000 letters per format (txt, md, html, eml, docx, odt)
//   pnpm fuzz --runs 5000           fewer (or FUZZ_RUNS=5000)
//   pnpm fuzz --formats md,html     only these formats
//   pnpm fuzz --seed 42             reproducible (default: from the clock, printed)
//   pnpm fuzz --write               also write the figures to docs/reliability.md
//
// Exits 1 when a case fails.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const argument = (name) => {
  const at = process.argv.indexOf(name)
  return at === -1 ? undefined : process.argv[at + 1]
}
const runs = Number(argument('--runs') ?? process.env.FUZZ_RUNS ?? 100_000)
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs: give a whole number of letters per format, e.g. --runs 5000')
  process.exit(2)
}
const formats = argument('--formats') ?? process.env.FUZZ_FORMATS
const seed = Number(argument('--seed') ?? process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)
const dir = mkdtempSync(join(tmpdir(), 'duidelijk-fuzz-'))
const report = join(dir, 'figures.json')

console.log(`pnpm fuzz: ${runs} letters per format, seed ${seed}${formats ? `, ${formats}` : ''}`)
const started = Date.now()
const child = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    'packages/core/test/fix-properties.test.ts',
  ],
  {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      FUZZ_RUNS: String(runs),
      FUZZ_REPORT: report,
      FUZZ_SEED: String(seed),
      ...(formats ? {FUZZ_FORMATS: formats} : {}),
    },
  },
)
const seconds = (Date.now() - started) / 1000
let figures = []
try {
  figures = JSON.parse(readFileSync(report, 'utf8'))
} catch {
  console.error(child.stdout.slice(-4000), child.stderr.slice(-4000))
  console.error('pnpm fuzz: the property test wrote no figures (see the output above)')
  process.exit(1)
} finally {
  rmSync(dir, {recursive: true, force: true})
}

const short = (text) => JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text)
let failures = 0
for (const f of figures) {
  failures += f.failures
  console.log(
    `${f.format.padEnd(5)} ${String(f.cases).padStart(7)} cases, ${f.failures} failures, ` +
      `${f.findings} findings, ${f.fixes} safe fixes, mean ${(f.milliseconds / f.cases).toFixed(1)} ms, ` +
      `slowest ${f.slowest.milliseconds.toFixed(0)} ms`,
  )
  console.log(`      slowest input: ${short(f.slowest.input)}`)
  for (const example of f.examples) {
    console.log(`      FAILS: ${short(example.input)}`)
    for (const problem of example.problems) console.log(`        ${problem}`)
  }
}
const cases = figures.reduce((sum, f) => sum + f.cases, 0)
const slowest = figures.reduce((a, b) => (b.slowest.milliseconds > a.slowest.milliseconds ? b : a))
console.log(
  `${cases} cases in ${seconds.toFixed(0)} s, ${failures} failures; slowest: ${slowest.format} ${slowest.slowest.milliseconds.toFixed(0)} ms`,
)

if (process.argv.includes('--write')) {
  const file = join(root, 'docs/reliability.md')
  const table = figures
    .map(
      (f) =>
        `| ${f.format} | ${f.cases} | ${f.failures} | ${f.findings} | ${f.fixes} | ${(f.milliseconds / f.cases).toFixed(1)} ms | ${f.slowest.milliseconds.toFixed(0)} ms |`,
    )
    .join('\n')
  const section = `<!-- fuzz:start -->
Measured by \`pnpm fuzz --runs ${runs} --seed ${seed}\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${cpus().length} cores, shared with other work): ${cases} cases in ${seconds.toFixed(0)} s, ${failures} failures.
Slowest input: ${slowest.format}, ${slowest.slowest.milliseconds.toFixed(0)} ms (as a JSON string):

\`\`\`\`\`text
${short(slowest.slowest.input)}
\`\`\`\`\`

| Format | Cases | Failures | Findings | Safe fixes | Mean per case | Slowest case |
| --- | --- | --- | --- | --- | --- | --- |
${table}
<!-- fuzz:end -->`
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.replace(/<!-- fuzz:start -->[\s\S]*<!-- fuzz:end -->/, section))
}
process.exit(failures > 0 || child.status !== 0 ? 1 : 0)
