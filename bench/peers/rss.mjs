// Preloaded into every benchmarked process (NODE_OPTIONS=--import): writes the peak resident set
// size of the whole process (all threads), in kB, to BENCH_RSS_FILE when the main thread exits.
import {writeFileSync} from 'node:fs'
import {isMainThread} from 'node:worker_threads'

const file = process.env.BENCH_RSS_FILE
if (isMainThread && file) {
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)))
}
