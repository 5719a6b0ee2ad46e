// Preloaded into every benchmarked process (NODE_OPTIONS=--require): writes the peak resident set
// size of the whole process (all threads), in kB, to BENCH_RSS_FILE when the main thread exits.
const {isMainThread} = require('node:worker_threads')
if (isMainThread && process.env.BENCH_RSS_FILE) {
  process.on('exit', () => {
    require('node:fs').writeFileSync(
      process.env.BENCH_RSS_FILE,
      String(process.resourceUsage().maxRSS),
    )
  })
}
