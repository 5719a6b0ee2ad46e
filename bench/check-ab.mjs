// In-process CPU of the check, A/B: per-letter time of `check` + JSON.stringify of the result on
// generated letters (bench/corpus.mjs: 500 words, 3 typos each), for one or more builds of
// packages/core/dist loaded in the same process, in alternating rounds; prints medians and the
// ratio of each build to the first (process CPU time, user + system, and wall time).
//   node bench/check-ab.mjs [--letters 270] [--rounds 7] [--fresh] DIST_A [DIST_B ...]
// With --fresh every round checks letters neither build has seen (the same ones for each build),
// so per-run memos only gain where letters really repeat text, as in a batch; without it every
// round checks the same letters.
// With one dist and `node --cpu-prof`, it is the profile harness of issue #16.
import {loadavg} from 'node:os'
import {resolve, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {performance} from 'node:perf_hooks'
import {generateLetters} from './corpus.mjs'

const argv = process.argv.slice(2)
const option = (name, fallback) => {
  const at = argv.indexOf(name)
  return at < 0 ? fallback : Number(argv.splice(at, 2)[1])
}
const count = option('--letters', 270)
const rounds = option('--rounds', 7)
const freshAt = argv.indexOf('--fresh')
const fresh = freshAt >= 0
if (fresh) argv.splice(freshAt, 1)
const dists = (argv.length ? argv : ['packages/core/dist']).map((d) => resolve(d))
const all = generateLetters(count * (fresh ? rounds + 1 : 1), {words: 500, typos: 3, seed: 3})
const warmUp = all.slice(0, 20)
const lettersOf = (round) => (fresh ? all.slice((round + 1) * count, (round + 2) * count) : all)
const checkers = []
for (const dist of dists) {
  const {createNodeChecker} = await import(pathToFileURL(join(dist, 'node/index.js')).href)
  const checker = await createNodeChecker({})
  for (const text of warmUp) JSON.stringify(checker.check({text, path: 'b.txt'}))
  checkers.push(checker)
}
const times = dists.map(() => [])
const walls = dists.map(() => [])
const load = [loadavg()[0]]
for (let r = 0; r < rounds; r++) {
  for (let k = 0; k < checkers.length; k++) {
    const i = (k + r) % checkers.length
    const letters = lettersOf(r)
    const start = performance.now()
    const cpuStart = process.cpuUsage()
    for (const text of letters) JSON.stringify(checkers[i].check({text, path: 'b.txt'}))
    const cpu = process.cpuUsage(cpuStart)
    times[i].push((cpu.user + cpu.system) / 1000 / letters.length)
    walls[i].push((performance.now() - start) / letters.length)
  }
}
load.push(loadavg()[0])
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
for (const [i, dist] of dists.entries()) {
  const m = median(times[i])
  const w = median(walls[i])
  const ratio =
    i === 0
      ? ''
      : `; ratio to first: CPU ${(m / median(times[0])).toFixed(3)}, wall ${(w / median(walls[0])).toFixed(3)}`
  console.log(
    `${dist}: CPU median ${m.toFixed(2)} ms/letter (min ${Math.min(...times[i]).toFixed(2)}), wall median ${w.toFixed(2)}${ratio}`,
  )
}
console.log(
  `${count} ${fresh ? 'fresh ' : ''}letters x ${rounds} rounds; load (1 min) ${load.map((x) => x.toFixed(1)).join(' -> ')}`,
)
