// Tagger speed and memory (issue 14): words per second on one core, one 600-word letter, and the
// memory the model adds. Used by bench/run.mjs; on its own: node bench/tagger.mjs [--write]
// (--write replaces only the tagger section of docs/performance.md, as `pnpm bench` does with its
// own letters; run it after a build).
import {execFileSync} from 'node:child_process'
import {statSync} from 'node:fs'
import {loadavg} from 'node:os'
import {generateLetters} from './corpus.mjs'

/** Split letters into sentences of tokens, roughly as the checker does (words and punctuation). */
function sentencesOf(letters) {
  const out = []
  for (const letter of letters) {
    for (const sentence of letter.split(/(?<=[.!?])\s+|\n+/)) {
      const tokens = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu)
      if (tokens) out.push(tokens)
    }
  }
  return out
}

const MEMORY_PROBE = `
const core = process.argv[1]
await import(core + '/node/index.js') // data files and dictionary from disk
const {loadFrequency} = await import(core + '/nlp/frequency.js')
const {loadVerbTable} = await import(core + '/nlp/verbs.js')
loadFrequency(); loadVerbTable()
// Two collections with a turn of the event loop between them: the backing stores of typed arrays
// that became garbage (the decoded model file) are not always freed by the first one.
const used = async () => {
  globalThis.gc()
  await new Promise((resolve) => setTimeout(resolve, 10))
  globalThis.gc()
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers + m.external
}
const before = await used()
const {loadTagger} = await import(core + '/nlp/tagger/index.js')
const tagger = loadTagger()
tagger.tag(['Wij', 'lossen', 'het', 'op', '.'])
console.log((await used()) - before)
`

export async function benchTagger(letters, rounds = 9) {
  const load = loadavg()[0]
  const {tagWords} = await import('../packages/core/dist/node/index.js')
  const sentences = sentencesOf(letters)
  const words = sentences.reduce((n, s) => n + s.length, 0)
  const run = () => {
    for (const s of sentences) tagWords(s)
  }
  run()
  run()
  // CPU time of this process (user + system), not wall-clock time: on a shared machine the wall
  // clock also counts the time other processes had the core.
  const cpu = () => {
    const u = process.cpuUsage()
    return (u.user + u.system) / 1000
  }
  const times = []
  for (let r = 0; r < rounds; r++) {
    const start = cpu()
    run()
    times.push(cpu() - start)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]
  const one = sentencesOf(letters.slice(0, 1))
  const oneWords = one.reduce((n, s) => n + s.length, 0)
  const latencies = []
  for (let i = 0; i < 50; i++) {
    const start = cpu()
    for (const s of one) tagWords(s)
    latencies.push(cpu() - start)
  }
  latencies.sort((a, b) => a - b)
  const core = new URL('../packages/core/dist', import.meta.url).pathname
  const memory = Number(
    execFileSync(
      process.execPath,
      ['--expose-gc', '--input-type=module', '-e', MEMORY_PROBE, core],
      {
        encoding: 'utf8',
      },
    ).trim(),
  )
  const model = statSync(
    new URL('../packages/core/src/data/tagger-model.txt', import.meta.url),
  ).size
  return {
    load,
    rounds,
    words,
    wordsPerSecond: words / (median / 1000),
    letterWords: oneWords,
    letterP50: latencies[25],
    letterP95: latencies[47],
    memoryMB: memory / 1024 / 1024,
    modelMB: model / 1024 / 1024,
  }
}

export function taggerReport(r) {
  return `## Tagger (issue 14)

Tagging only (\`tagWords\`, warm, CPU time of one process on one core, median of ${r.rounds} rounds, load average
${r.load.toFixed(1)} at the start): ${r.words} tokens of the same letters in ${((r.words / r.wordsPerSecond) * 1000).toFixed(0)} ms, **${Math.round(r.wordsPerSecond).toLocaleString('en')} words/s** (target ≥ 500,000).
One letter (${r.letterWords} tokens): p50 ${r.letterP50.toFixed(2)} ms, p95 ${r.letterP95.toFixed(2)} ms (target < 1.5 ms).
Memory added by the model, the dictionary word classes and the caches: ${r.memoryMB.toFixed(1)} MB (target ≤ 20 MB);
model file ${r.modelMB.toFixed(1)} MB (target ≤ 5 MB).
`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const letters = generateLetters(100, {words: 600, seed: 7})
  const section = taggerReport(await benchTagger(letters))
  if (process.argv.includes('--write')) {
    const {writeSection} = await import('./sections.mjs')
    writeSection('tagger', section)
  }
  process.stdout.write(section)
}
