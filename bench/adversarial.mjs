// Adversarial inputs (issue #19): every kind of file that once hung, overflowed the stack or ran
// out of memory, each checked by the built CLI in a process of its own. The harness measures wall
// time and peak memory from outside the unit tests and fails when a case takes 5 s or more, uses
// 500 MB or more, crashes (signal, heap abort, stack trace) or ends with an unexpected exit code.
// Writes the figures to docs/reliability.md (with --write) and exits 1 when a case fails.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'

const root = new URL('..', import.meta.url).pathname
const BIN = join(root, 'packages/cli/dist/bin.js')
const PRELOAD = join(root, 'bench/adversarial-rss.mjs')
const MAX_SECONDS = 5
const MAX_MB = 500
const N = 100_000

const lines = (count, line) => Array.from({length: count}, () => line).join('\n')
const ENGLISH = 'The council will send the letter. '
/** name, file name, content, extra CLI arguments, allowed exit codes, what once happened. */
const CASES = [
  [
    'lang woord (1.000 letters)',
    'woord.txt',
    `Dit is een ${'a'.repeat(1000)} woord.`,
    [],
    [0, 1],
    '> 120 s',
  ],
  [
    'herhaalde samenstelling (340 tekens)',
    'samenstelling.txt',
    `De ${'gemeentebelasting'.repeat(20)} is hoog.`,
    [],
    [0, 1],
    '9 s',
  ],
  [
    "128k cijfers voor euro's",
    'euros.txt',
    `Het kost ${'1'.repeat(128_000)} x en 12 euro's.`,
    [],
    [0, 1],
    '10 s',
  ],
  [
    'Engels bedrag van 100k tekens',
    'bedrag.txt',
    `Het kost € 1${',000'.repeat(N / 4)}.`,
    [],
    [0, 1],
    'kwadratisch',
  ],
  [
    'Engels: 1 MB a.a.a…',
    'punten.txt',
    `${ENGLISH}${'a.'.repeat(500_000)}b and we thank you.`,
    ['--lang', 'en'],
    [0, 1],
    'stack overflow',
  ],
  [
    'Engels: 1 MB a-a-a…',
    'streepjes.txt',
    `${ENGLISH}${'a-'.repeat(500_000)}b and we thank you.`,
    ['--lang', 'en'],
    [0, 1],
    'stack overflow',
  ],
  [
    '100k letters voor een @',
    'mail.txt',
    `Mail ${'a'.repeat(N)}@ nu of mail info@gemeente.nl.`,
    [],
    [0, 1],
    'kwadratisch',
  ],
  [
    'aanhef met 100k letters',
    'aanhef.txt',
    `Geachte heer ${'a'.repeat(N)} b\n\nDit is de brief.`,
    [],
    [0, 1],
    'kwadratisch',
  ],
  [
    '3.000.000 regels van één letter',
    'regels.txt',
    'a\n'.repeat(3_000_000),
    [],
    [2],
    'heap abort, 4,4 GB',
  ],
  [
    '100 KB vol ambtelijke taal',
    'jargon.txt',
    lines(2_500, 'Wij hebben uw aanvraag reeds ontvangen.\n'),
    [],
    [0, 1],
    '582.537 meldingen (10 MB)',
  ],
  ['Markdown: 100 KB >', 'citaat.md', `${'>'.repeat(N)} tekst`, [], [2], '> 100 s'],
  ['Markdown: 3.000 >', 'citaat3000.md', `${'>'.repeat(3000)} tekst`, [], [2], 'stack overflow'],
  [
    'Markdown: lijst van 1.000 niveaus',
    'lijst.md',
    Array.from({length: 1000}, (_, i) => `${'  '.repeat(i)}- punt`).join('\n'),
    [],
    [2],
    '48 s',
  ],
  ['Markdown: backticks', 'backticks.md', '` '.repeat(N / 2), [], [2], '72 s'],
  ['Markdown: sterretjes', 'sterren.md', '*a'.repeat(N / 2), [], [2], 'kwadratisch'],
  [
    'Markdown: 30.000 regels citaat',
    'citaatregels.md',
    lines(30_000, '> Wij bellen u.'),
    [],
    [2],
    'kwadratisch',
  ],
  [
    'Markdown: richtlijn met 100k spaties',
    'richtlijn.md',
    `<!-- duidelijk-disable${' '.repeat(N)}\nx -->\n\nTekst.`,
    [],
    [0, 1],
    'polynomiaal',
  ],
  [
    'HTML: 10.000 divs in elkaar',
    'diep.html',
    `${'<div>'.repeat(10_000)}tekst${'</div>'.repeat(10_000)}`,
    [],
    [2],
    'stack overflow',
  ],
  [
    'HTML: open tag van 100k tekens',
    'tag.html',
    `<p>Tekst <a${'b'.repeat(N)}</p>`,
    [],
    [0, 1],
    'kwadratisch',
  ],
  [
    'HTML: 25.000 keer <a "',
    'quotes.html',
    `<p>Tekst ${'<a "'.repeat(N / 4)}</p>`,
    [],
    [0, 1],
    'kwadratisch',
  ],
]

const dir = mkdtempSync(join(tmpdir(), 'duidelijk-adversarial-'))
const results = []
/** Start-up of the CLI (Node, dictionary) on a one-line letter: the fastest of three runs. */
function startup() {
  const path = join(dir, 'kort.txt')
  writeFileSync(path, 'Wij bellen u.\n')
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const start = performance.now()
    spawnSync(process.execPath, [BIN, path, '-f', 'json', '--jobs', '1'], {cwd: dir})
    best = Math.min(best, (performance.now() - start) / 1000)
  }
  return best
}
const base = startup()
console.log(`start-up on a one-line letter: ${base.toFixed(2)} s`)
try {
  for (const [name, file, content, args, codes, before] of CASES) {
    const path = join(dir, file)
    writeFileSync(path, content)
    const rssFile = join(dir, `${file}.rss`)
    const start = performance.now()
    const child = spawnSync(
      process.execPath,
      ['--import', PRELOAD, BIN, path, '-f', 'json', '--jobs', '1', ...args],
      {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: {...process.env, ADVERSARIAL_RSS: rssFile, NO_COLOR: '1'},
        timeout: 120_000,
      },
    )
    const seconds = (performance.now() - start) / 1000
    let mb = NaN
    try {
      mb = Number(readFileSync(rssFile, 'utf8')) / 1024
    } catch {
      // No figure: the process died before it could write one.
    }
    const problems = []
    if (child.signal) problems.push(`signaal ${child.signal}`)
    if (!codes.includes(child.status)) problems.push(`exitcode ${child.status}`)
    if (/\n\s+at .+:\d+:\d+\)?\n/.test(child.stderr)) problems.push('stack trace')
    // The budget is for the work on the input: the start-up every run has is taken off.
    if (seconds - base >= MAX_SECONDS) problems.push(`${seconds.toFixed(1)} s`)
    if (!(mb < MAX_MB)) problems.push(`${Number.isNaN(mb) ? '?' : mb.toFixed(0)} MB`)
    const message =
      child.stderr
        .trim()
        .split('\n')[0]
        ?.replace(/^duidelijk: [^:]+: /, '') ?? ''
    results.push({
      name,
      bytes: Buffer.byteLength(content),
      seconds,
      work: seconds - base,
      mb,
      code: child.status,
      problems,
      message,
      before,
    })
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '} ${name}: ${seconds.toFixed(2)} s (${(seconds - base).toFixed(2)} s after start-up), ${mb.toFixed(0)} MB, exit ${child.status}${problems.length ? ` (${problems.join(', ')})` : ''}`,
    )
    rmSync(path)
  }
} finally {
  rmSync(dir, {recursive: true, force: true})
}

const failures = results.filter((r) => r.problems.length > 0)
const slowest = results.reduce((a, b) => (b.seconds > a.seconds ? b : a))
const heaviest = results.reduce((a, b) => (b.mb > a.mb ? b : a))
console.log(
  `${results.length} cases, ${failures.length} failures; slowest ${slowest.name} ${slowest.seconds.toFixed(2)} s; peak memory ${heaviest.name} ${heaviest.mb.toFixed(0)} MB`,
)

if (process.argv.includes('--write')) {
  const kb = (bytes) =>
    bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
      : `${Math.round(bytes / 1024)} KB`
  const table = results
    .map(
      (r) =>
        `| ${r.name} | ${kb(r.bytes)} | ${r.before} | ${r.seconds.toFixed(2)} s | ${r.work.toFixed(2)} s | ${r.mb.toFixed(0)} MB | ${r.code} | ${r.problems.join(', ') || 'ok'} |`,
    )
    .join('\n')
  const file = join(root, 'docs/reliability.md')
  const text = readFileSync(file, 'utf8')
  const section = `<!-- adversarial:start -->
Measured by \`pnpm adversarial\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}): ${results.length} cases, ${failures.length} failures;
slowest input: ${slowest.name} (${slowest.seconds.toFixed(2)} s); peak memory: ${heaviest.name} (${heaviest.mb.toFixed(0)} MB).
Start-up of the CLI on a one-line letter on this machine: ${base.toFixed(2)} s (taken off each case's time before the check).
Limits: each case under ${MAX_SECONDS} s of work after start-up and ${MAX_MB} MB, no crash, the expected exit code (2 = refused with a Dutch message).

| Case | Size | Before (issue #19) | Time | Time after start-up | Peak RSS | Exit | Result |
| --- | --- | --- | --- | --- | --- | --- | --- |
${table}
<!-- adversarial:end -->`
  writeFileSync(
    file,
    text.replace(/<!-- adversarial:start -->[\s\S]*<!-- adversarial:end -->/, section),
  )
}
process.exit(failures.length > 0 ? 1 : 0)
