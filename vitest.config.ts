import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

const core = (path: string) => fileURLToPath(new URL(`packages/core/src/${path}`, import.meta.url))

export default defineConfig({
  plugins: [
    {
      // @actions/workflow-parser (tests/ci) ships source maps without their sources: load its
      // files without the map instead of a warning per file.
      name: 'workflow-parser-without-source-maps',
      enforce: 'pre',
      load(id) {
        if (!/@actions\/workflow-parser\/dist\/.*\.js$/.test(id)) return null
        return readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '')
      },
    },
  ],
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
    // A temporary folder per run, removed at its end (tests/global-setup.ts).
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // @actions/workflow-parser (tests/ci) imports its JSON schema without `with {type: 'json'}`,
    // which Node refuses: let Vite transform it.
    server: {deps: {inline: ['@actions/workflow-parser']}},
  },
})
