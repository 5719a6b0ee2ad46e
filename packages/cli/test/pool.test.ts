import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {WORKER_QUEUE, WorkerPool} from '../src/pool.js'
import type {RunSettings} from '../src/run.js'

// The pool with a stand-in worker (fixtures/pool-worker.mjs): it answers each file with how many
// files it held when it finished checking it, or crashes or hangs on request.
const WORKER = fileURLToPath(new URL('./fixtures/pool-worker.mjs', import.meta.url))
const SETTINGS = {} as RunSettings
const bytes = (text: string) => new TextEncoder().encode(text)

function pool(size: number, timeMs = 60_000): WorkerPool {
  return WorkerPool.create(size, SETTINGS, {timeMs}, WORKER)!
}

describe('WorkerPool', () => {
  it('hands a worker its next file while it checks one', async () => {
    const workers = pool(1)
    try {
      const outcomes = await Promise.all(
        ['a', 'b', 'c', 'd'].map((name) => workers.run(name, {bytes: bytes('brief')})),
      )
      expect(outcomes.map((outcome) => outcome.path)).toEqual(['a', 'b', 'c', 'd'])
      // While it checked the first files it already held the next: no wait for the main thread.
      expect(outcomes.map((outcome) => outcome.messages[0])).toEqual([
        `held ${WORKER_QUEUE}`,
        `held ${WORKER_QUEUE}`,
        `held ${WORKER_QUEUE}`,
        'held 1',
      ])
    } finally {
      await workers.close()
    }
  })

  it('fails only the file a worker crashed on; the file it held is checked by its replacement', async () => {
    const workers = pool(1)
    try {
      const [crashed, next, last] = await Promise.all([
        workers.run('/brieven/a.txt', {bytes: bytes('crash')}, 'a.txt'),
        workers.run('/brieven/b.txt', {bytes: bytes('brief')}, 'b.txt'),
        workers.run('/brieven/c.txt', {bytes: bytes('brief')}, 'c.txt'),
      ])
      expect(crashed).toEqual({
        path: 'a.txt',
        messages: ['a.txt: de controle is onverwacht gestopt'],
        failed: true,
      })
      expect([next!.path, next!.failed, last!.path, last!.failed]).toEqual([
        '/brieven/b.txt',
        false,
        '/brieven/c.txt',
        false,
      ])
      expect(workers.size).toBe(1)
    } finally {
      await workers.close()
    }
  })

  it('stops a file over its time budget; the budget of the file held behind it starts afterwards', async () => {
    // Long enough for a fresh worker to start and check a file under load, short for a test.
    const workers = pool(1, 3000)
    try {
      const [hung, next] = await Promise.all([
        workers.run('/brieven/a.txt', {bytes: bytes('hang')}, 'a.txt'),
        workers.run('/brieven/b.txt', {bytes: bytes('brief')}, 'b.txt'),
      ])
      expect(hung).toEqual({
        path: 'a.txt',
        messages: [
          'a.txt: de controle duurde langer dan 3 s en is afgebroken; de andere bestanden worden wel gecontroleerd',
        ],
        failed: true,
      })
      expect([next!.path, next!.failed]).toEqual(['/brieven/b.txt', false])
    } finally {
      await workers.close()
    }
  })
})
