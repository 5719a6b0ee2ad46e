import {builtinModules} from 'node:module'
import {fileURLToPath} from 'node:url'
import {build, type Plugin} from 'esbuild'
import {describe, expect, it} from 'vitest'

const entry = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url))
const BUILTIN = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))

/** Bundle an entry for the browser; returns the Node built-ins it imports (and who imports them). */
async function nodeImports(path: string): Promise<string[]> {
  const found: string[] = []
  const spy: Plugin = {
    name: 'node-builtins',
    setup(build) {
      build.onResolve({filter: /.*/}, (args) => {
        if (!BUILTIN.has(args.path) && !args.path.startsWith('node:')) return undefined
        found.push(`${args.path} (from ${args.importer.replace(/^.*\/packages\//, '')})`)
        return {path: args.path, external: true}
      })
    },
  }
  await build({
    entryPoints: [entry(path)],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: [spy],
  })
  return found
}

describe('browser bundle', () => {
  it('the main entry of @duidelijk/core bundles for the browser without any Node built-in', async () => {
    expect(await nodeImports('index.ts')).toEqual([])
  }, 120_000)

  it('the test sees Node built-ins: @duidelijk/core/node imports them', async () => {
    const found = await nodeImports('node/index.ts')
    expect(found.some((line) => line.startsWith('node:fs'))).toBe(true)
  }, 120_000)
})
