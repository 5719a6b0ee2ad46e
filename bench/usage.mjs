// Preloaded (node --import) into each process bench/big-document.mjs starts: on exit, write the
// process's peak resident set size (kB) and CPU time (µs, all threads) to BENCH_USAGE_FILE.
import {writeFileSync} from 'node:fs'
import {isMainThread} from 'node:worker_threads'

const file = process.env.BENCH_USAGE_FILE
if (isMainThread && file) {
  process.on('exit', () => {
    const {maxRSS, userCPUTime, systemCPUTime} = process.resourceUsage()
    writeFileSync(file, JSON.stringify({maxRSS, userCPUTime, systemCPUTime}))
  })
}
