import {describe, expect, it} from 'vitest'
import {shareFiles} from '../src/checking.js'

// How a batch is shared between the main thread's lane and the lanes that wait for worker
// threads (issue 16). A check on the main thread is CPU work that ends in promise reactions only;
// a worker's answer arrives as an event of the event loop. Both are simulated here.

/** A check in this thread: `ms` of CPU work, then its outcome (a resolved promise, no event). */
function busyCheck(ms: number) {
  return async (index: number) => {
    const end = performance.now() + ms
    while (performance.now() < end) {
      // CPU work, as a check of a letter is
    }
    return `hier ${index}`
  }
}

/** A worker's answer: it comes as an event of the event loop, like a worker's 'message'. */
function workerCheck(index: number): Promise<string> {
  return new Promise((resolve) => setImmediate(() => resolve(`elders ${index}`)))
}

describe('shareFiles', () => {
  it('hands files to the workers while the main lane checks, and keeps every outcome at its place', async () => {
    const outcomes: string[] = []
    const seen: number[] = []
    await shareFiles(40, {
      here: busyCheck(2),
      elsewhere: workerCheck,
      elsewhereLanes: 2,
      done: (index, outcome) => {
        seen.push(index)
        outcomes[index] = outcome
      },
    })
    // Every file exactly once, each outcome at its file's index.
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({length: 40}, (_, i) => i))
    outcomes.forEach((outcome, index) => expect(outcome).toMatch(new RegExp(` ${index}$`)))
    // The worker answers at once, so it gets most files: without a turn of the event loop between
    // the main lane's files it got only the two it was given at the start.
    const elsewhere = outcomes.filter((outcome) => outcome.startsWith('elders')).length
    expect(elsewhere).toBeGreaterThan(20)
    // The main lane still checks files too (it is one of the checks at a time).
    expect(elsewhere).toBeLessThan(40)
  })

  it('checks every file in this thread when there is no worker, in file order', async () => {
    const seen: number[] = []
    await shareFiles(5, {
      here: async (index) => index * 10,
      elsewhere: undefined,
      elsewhereLanes: 0,
      done: (index, outcome) => {
        expect(outcome).toBe(index * 10)
        seen.push(index)
      },
    })
    expect(seen).toEqual([0, 1, 2, 3, 4])
  })

  it('checks nothing for an empty batch', async () => {
    let calls = 0
    await shareFiles(0, {
      here: async () => calls++,
      elsewhere: async () => calls++,
      elsewhereLanes: 2,
      done: () => calls++,
    })
    expect(calls).toBe(0)
  })
})
