import {setFlagsFromString} from 'node:v8'

/**
 * How much a heap may grow beyond what survived the last full collection before the next one. V8
 * lets a heap grow to up to four times what was live after a full garbage collection before it
 * collects again, on a machine with memory to spare. A batch makes much short-lived garbage per
 * letter and keeps little (the JSON report's pieces, compressed): twice is plenty. 300 letters
 * with --jobs 1: peak RSS 253 MB with V8's default, 217 MB with this, 196 MB with 50 % (which
 * took 10 full collections instead of 2, against 5 with this; docs/performance.md). The flag is
 * read at every collection.
 */
export const HEAP_GROWING_PERCENT = 100

/**
 * How soon V8 hands a function to its optimising compiler (TurboFan), which compiles on background
 * threads; V8's default is 67,584. A batch runs a large body of code (some 30 rules, the tagger,
 * the metrics): with the default about 570 functions were compiled over 1,000 letters in one
 * process, 4.2 s of background CPU (`--trace-opt`), some 40 % of the CPU of `--jobs 1`, and every
 * worker thread compiles its own. Six times the budget leaves lukewarm functions in the baseline
 * tiers and compiles the hot ones a little later: 1,000 letters, user CPU about 2 s less with two
 * threads and with one (docs/performance.md, "Parallel lanes and warm-up"). Read whenever a
 * function's budget is renewed.
 */
export const INTERRUPT_BUDGET = 400_000

/**
 * How often V8 runs a regular expression in its interpreter before compiling it to machine code.
 * By default the first run compiles it to bytecode and the second compiles it again to machine
 * code; for the checker's expressions (hundreds, many with `\p{L}` classes that V8 must close
 * under case folding for the flag `i`) each compilation costs up to a few milliseconds, and
 * nearly every expression runs more than once in a letter. With 0 an expression is compiled
 * once, straight to machine code: a single letter cold about 125 ms faster (0.84 → 0.71 s,
 * medians of 7 runs), a batch of 1,000 letters unchanged (docs/performance.md, "Start-up, 5
 * December night"). Read when an expression is created, so it must be set before the program's
 * modules run (the launcher, launch.ts). `--no-regexp-tier-up` would do the same but cannot be
 * set while the process runs (expressions V8 already compiled for its interpreter then crash).
 */
export const REGEXP_TIER_UP_TICKS = 0

/**
 * Set the CLI's V8 flags. V8 flags belong to the process, so worker threads share them. Setting
 * them again to the same values changes nothing, so the bundle may call this after the launcher.
 */
export function setV8Flags(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`)
  setFlagsFromString(`--regexp-tier-up-ticks=${REGEXP_TIER_UP_TICKS}`)
}
