import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {folder} from './helpers.js'

// The launcher of the command (dist/bin.js, src/launch.ts): it compiles the CommonJS program with
// a V8 code cache that was made from exactly the same bytes, and runs it as a CommonJS module.
// Every compilation runs in a fresh process: within one process V8 reuses the script it compiled
// before, whatever the cache says.

const DIST = new URL('../dist/', import.meta.url).pathname

/**
 * Compile `file` in a new process with the CLI's V8 flags (and write its cache when asked), run
 * it, and return the cache's fate and what the program recorded.
 */
function launchIn(file: string, {write = false, mode = ''} = {}) {
  const probe = [
    `import {setV8Flags} from ${JSON.stringify(join(DIST, 'v8-flags.js'))}`,
    `import {compileProgram} from ${JSON.stringify(join(DIST, 'launch.js'))}`,
    'setV8Flags()',
    `const program = compileProgram(${JSON.stringify(file)})`,
    'program.run()',
    write ? 'program.writeCache()' : '',
    'process.stdout.write(JSON.stringify({cache: program.cache, seen: globalThis.seen}))',
  ].join('\n')
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
    encoding: 'utf8',
    env: {...process.env, DUIDELIJK_CODE_CACHE: mode},
  })
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout) as {cache: string; seen?: Record<string, unknown>}
}

/** A small CommonJS program that records what it sees in a global. */
function program(answer: string): string {
  return [
    '#!/usr/bin/env node',
    "'use strict'",
    "const {basename} = require('node:path')",
    "const helper = require('./helper.cjs')",
    'const strict = (function () { return this })() === undefined',
    `globalThis.seen = {answer: ${JSON.stringify(answer)}, file: basename(__filename), helper, strict, exports: module.exports === exports}`,
    '',
  ].join('\n')
}

describe('the launcher', () => {
  it('runs the program as a CommonJS module, compiled with its own code cache', () => {
    const root = folder({'bin.cjs': program('een'), 'helper.cjs': 'module.exports = 42\n'})
    const file = join(root, 'bin.cjs')
    const first = launchIn(file, {write: true})
    expect(first).toEqual({
      cache: 'none',
      seen: {answer: 'een', file: 'bin.cjs', helper: 42, strict: true, exports: true},
    })
    // The cache starts with the SHA-256 of the program's bytes.
    expect(readFileSync(`${file}.cache`).length).toBeGreaterThan(32)
    expect(launchIn(file)).toEqual({...first, cache: 'accepted'})
    expect(launchIn(file, {mode: 'off'})).toEqual({...first, cache: 'off'})
  })

  it('ignores a cache made from other bytes of the same length, and one V8 refuses', () => {
    const root = folder({'bin.cjs': program('een'), 'helper.cjs': 'module.exports = 1\n'})
    const file = join(root, 'bin.cjs')
    launchIn(file, {write: true})
    // V8 itself checks only the length of the source: the same length with other code must not
    // run the old code.
    expect(program('elf')).toHaveLength(program('een').length)
    writeFileSync(file, program('elf'))
    expect(launchIn(file)).toMatchObject({cache: 'stale', seen: {answer: 'elf'}})
    // The right header with a cache from another V8 flag set after it: V8 refuses it.
    launchIn(file, {write: true})
    const cache = readFileSync(`${file}.cache`)
    // V8's header: magic number, version hash, source hash, flag hash (bytes 12-15 of its data).
    cache.writeUInt32LE(cache.readUInt32LE(32 + 12) ^ 1, 32 + 12)
    writeFileSync(`${file}.cache`, cache)
    expect(launchIn(file)).toMatchObject({cache: 'rejected', seen: {answer: 'elf'}})
  })

  it('the build writes a cache that V8 accepts for dist/bin.cjs with the CLI flags', () => {
    const probe = [
      `import {setV8Flags} from ${JSON.stringify(join(DIST, 'v8-flags.js'))}`,
      `import {compileProgram} from ${JSON.stringify(join(DIST, 'launch.js'))}`,
      'setV8Flags()',
      `process.stdout.write(compileProgram(${JSON.stringify(join(DIST, 'bin.cjs'))}).cache)`,
    ].join('\n')
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
      encoding: 'utf8',
      env: {...process.env, DUIDELIJK_CODE_CACHE: ''},
    })
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe('accepted')
  })
})
