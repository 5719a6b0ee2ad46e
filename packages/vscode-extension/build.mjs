// Bundles the extension (vscode-languageclient included, `vscode` external) and copies the config
// schema from @duidelijk/core so VS Code can offer completion in .duidelijk.json.
import {copyFileSync, mkdirSync} from 'node:fs'
import {build} from 'esbuild'

mkdirSync(new URL('schema/', import.meta.url), {recursive: true})
copyFileSync(
  new URL('../core/schema/duidelijk.schema.json', import.meta.url),
  new URL('schema/duidelijk.schema.json', import.meta.url),
)
await build({
  entryPoints: [new URL('src/extension.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  outfile: new URL('dist/extension.cjs', import.meta.url).pathname,
  logLevel: 'warning',
})
