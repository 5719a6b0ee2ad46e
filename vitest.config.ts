import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

const core = (path: string) => fileURLToPath(new URL(`packages/core/src/${path}`, import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      {find: /^@duidelijk\/core$/, replacement: core('index.ts')},
      {find: /^@duidelijk\/core\/node$/, replacement: core('node/index.ts')},
      {find: /^@duidelijk\/core\/testing$/, replacement: core('testing/index.ts')},
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    // Tests import core modules directly: read the data files and the dictionary from disk, as
    // @duidelijk/core/node does for the CLI and the language server.
    setupFiles: ['tests/setup-node.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
})
