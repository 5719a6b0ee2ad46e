// Fix properties (issue #19) with fast-check, 1,000 generated letters per format in CI: every
// finding's range reads back as its `actual` (or it offers no fix and covers its own text), and
// applying all safe fixes changes only the bytes inside their ranges and keeps the format's parse
// tree. `pnpm fuzz` runs the same with 100,000 letters per format (FUZZ_RUNS, see
// scripts/fuzz.mjs): then every case is counted instead of stopping at the first failure.
import {writeFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createChecker} from '../src/node/index.js'
import type {Format} from '../src/types.js'
import {LETTERS} from './fuzz/letters.js'
import {runCase} from './fuzz/run.js'

const checker = await createChecker({})
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000)
const REPORT = process.env.FUZZ_REPORT
const FORMATS = (process.env.FUZZ_FORMATS?.split(',') ?? Object.keys(LETTERS)) as Format[]

const show = (input: string | Uint8Array) =>
  typeof input === 'string' ? input : `<${input.length} bytes>`

interface Figures {
  format: Format
  cases: number
  failures: number
  findings: number
  fixes: number
  milliseconds: number
  slowest: {milliseconds: number; input: string}
  examples: Array<{input: string; problems: string[]}>
}

/** Count every case (pnpm fuzz): failures, findings, fixes and the slowest input. */
async function count(format: Format): Promise<Figures> {
  const figures: Figures = {
    format,
    cases: 0,
    failures: 0,
    findings: 0,
    fixes: 0,
    milliseconds: 0,
    slowest: {milliseconds: 0, input: ''},
    examples: [],
  }
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31)
  // One letter first, not counted: the first check of a format compiles its code paths.
  const [warmUp] = fc.sample(LETTERS[format] as fc.Arbitrary<string | Uint8Array>, {numRuns: 1})
  await runCase(checker, format, warmUp!)
  for (let batch = 0; figures.cases < RUNS; batch++) {
    const inputs = fc.sample(LETTERS[format] as fc.Arbitrary<string | Uint8Array>, {
      numRuns: Math.min(1000, RUNS - figures.cases),
      seed: seed + batch,
    })
    for (const input of inputs) {
      const started = performance.now()
      const outcome = await runCase(checker, format, input)
      const took = performance.now() - started
      figures.cases++
      figures.milliseconds += took
      figures.findings += outcome.findings
      figures.fixes += outcome.fixes
      if (took > figures.slowest.milliseconds)
        figures.slowest = {milliseconds: took, input: show(input)}
      if (outcome.problems.length > 0) {
        figures.failures++
        if (figures.examples.length < 5)
          figures.examples.push({input: show(input), problems: outcome.problems})
      }
    }
  }
  return figures
}

describe('fix properties', () => {
  const all: Figures[] = []
  for (const format of FORMATS) {
    it(
      `${format}: ranges read back and safe fixes keep the structure (${RUNS} letters)`,
      async () => {
        if (REPORT) {
          const figures = await count(format)
          all.push(figures)
          writeFileSync(REPORT, JSON.stringify(all, null, 2))
          expect(figures.examples).toEqual([])
          return
        }
        await fc.assert(
          fc.asyncProperty(LETTERS[format] as fc.Arbitrary<string | Uint8Array>, async (input) => {
            const {problems} = await runCase(checker, format, input)
            expect(problems).toEqual([])
          }),
          // A fixed seed in CI (the same letters every run, no flaky build); pnpm fuzz varies it.
          {numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 19)},
        )
      },
      Math.max(600_000, RUNS * 500),
    )
  }
})
