import {createHash} from 'node:crypto'
import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname} from 'node:path'
import {Script} from 'node:vm'
import {setV8Flags} from './v8-flags.js'

/**
 * The command's launcher (dist/bin.js runs `launch(dist/bin.cjs)`). The program is one CommonJS
 * bundle (scripts/bundle.mjs); the launcher compiles it with a V8 code cache that `pnpm build`
 * wrote next to it (dist/bin.cjs.cache): the bytecode of the functions a check of the bundled
 * example letters compiled. V8 then neither pre-parses the 2.8 MB bundle nor compiles those
 * functions again at every start (a single letter cold about 0.71 → 0.57 s, docs/performance.md).
 * Node 20 has no compile cache of its own for modules (module.enableCompileCache came in Node 22).
 *
 * A cache is used only when it was made from exactly these bytes (its header holds their
 * SHA-256: V8 itself checks no more than the length of the source) and V8 accepts it (same V8
 * version and flags); otherwise the program is compiled as usual. Nothing is written at run
 * time, except when `DUIDELIJK_CODE_CACHE=write` asks for a new cache (the build does this).
 * `DUIDELIJK_CODE_CACHE=off` ignores the cache (to measure with and without it in one run).
 */

/** What became of the code cache: none, made from other bytes, refused by V8, or used. */
export type CacheState = 'none' | 'off' | 'stale' | 'rejected' | 'accepted'

/** A compiled program, ready to run. */
export interface Program {
  /** The code cache's fate at compilation. */
  cache: CacheState
  /** Run the program as a CommonJS module (its own require, __filename and __dirname). */
  run(): void
  /** Write a code cache of everything compiled so far (atomically: a temporary file renamed). */
  writeCache(): void
}

/** The code cache's file for a program file. */
export const cacheFileOf = (file: string): string => `${file}.cache`

const DIGEST_BYTES = 32

/** Compile the CommonJS program in `file`, with its code cache when that fits. */
export function compileProgram(file: string, mode = process.env['DUIDELIJK_CODE_CACHE']): Program {
  const bytes = readFileSync(file)
  const digest = createHash('sha256').update(bytes).digest()
  const cacheFile = cacheFileOf(file)
  let cache: CacheState = mode === 'off' ? 'off' : 'none'
  let cachedData: Buffer | undefined
  if (cache === 'none') {
    try {
      const stored = readFileSync(cacheFile)
      if (stored.subarray(0, DIGEST_BYTES).equals(digest))
        cachedData = stored.subarray(DIGEST_BYTES)
      else cache = 'stale'
    } catch {
      // no cache: compile as usual
    }
  }
  // The CommonJS wrapper as Node's own loader writes it; a '#!' line is valid only at the start.
  const source = bytes.toString('utf8').replace(/^#!.*/, '')
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) { ${source}\n})`,
    {filename: file, ...(cachedData ? {cachedData} : {})},
  )
  if (cachedData) cache = script.cachedDataRejected ? 'rejected' : 'accepted'
  return {
    cache,
    run() {
      const module = {exports: {}, id: file, filename: file, loaded: false}
      const run = script.runInThisContext() as (...args: unknown[]) => void
      run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file))
    },
    writeCache() {
      const temporary = `${cacheFile}.${process.pid}.tmp`
      try {
        writeFileSync(temporary, Buffer.concat([digest, script.createCachedData()]))
        renameSync(temporary, cacheFile)
      } catch (error) {
        rmSync(temporary, {force: true})
        throw error
      }
    },
  }
}

/**
 * Start the command: set its V8 flags (before anything is compiled: V8's code cache is only valid
 * with the flags it was made with, and the regular-expression flag counts from an expression's
 * creation), compile the program and run it. With `DUIDELIJK_CODE_CACHE=write` the cache is
 * written when the process exits, so it holds every function the run compiled.
 */
export function launch(file: string): void {
  setV8Flags()
  const program = compileProgram(file)
  if (process.env['DUIDELIJK_CODE_CACHE'] === 'write')
    process.once('exit', () => program.writeCache())
  program.run()
}
