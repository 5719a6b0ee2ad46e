// Part of `pnpm build`, after tsc: bundles the command (src/bin.ts) and its worker thread
// (src/worker.ts) with esbuild into dist/bin.cjs and dist/worker.js, replacing tsc's output for
// these two entry points (the library entry dist/index.js stays as tsc wrote it). One file
// instead of some 400 modules: resolving, reading and compiling them was about a third of a cold
// start (bench/startup.mjs). Dependencies stay where they are installed: the bundle finds the data
// files and the dictionary through @duidelijk/core's package (core/src/node/data.ts, spelling.ts).
//
// The command's program is a CommonJS bundle (dist/bin.cjs) started by a small launcher
// (dist/bin.js, src/launch.ts) that compiles it with a V8 code cache; the cache (dist/bin.cjs.cache)
// is written at the end of this script by a check of the example letters (see writeCodeCache).
import {spawnSync} from 'node:child_process'
import {chmodSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {isDeepStrictEqual} from 'node:util'

const cli = fileURLToPath(new URL('..', import.meta.url))
const core = join(cli, '..', 'core')
// esbuild is a devDependency of core (its browser-bundle test) and of the VS Code extension.
const {build} = await import(createRequire(join(core, 'package.json')).resolve('esbuild'))

/** Dependencies of core loaded on first use in the bundle (see the plugin 'lazy-imports'). */
const LAZY_MODULES = new Set([
  'franc-min',
  'hast-util-from-html',
  'fflate',
  'saxes',
  'postal-mime',
  'ajv/dist/2020.js',
  'yaml',
])
/**
 * The file a lazily loaded module is bundled into, next to bin.js and worker.js: dist/lazy/*.cjs.
 * Bundled there rather than into bin.js, V8 does not read and pre-parse their 1.4 MB at every
 * start (bin.js 4.0 -> 2.6 MB; docs/performance.md).
 */
const lazyFile = (module) => `${module.replace(/[^A-Za-z0-9]+/g, '-')}.cjs`
/** A stand-in for an imported function or class that loads its module on the first call. */
const LAZY_HELPER = `function __lazy(load, name) {
  let module
  return function (...args) {
    module ??= load()
    const target = module[name]
    return new.target ? new target(...args) : target.apply(this, args)
  }
}`

const options = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  outdir: join(cli, 'dist'),
  plugins: [
    {
      // hyphen's pattern modules (syllable counting) are one large array literal of numbers and
      // strings, 230 kB for Dutch: V8 compiled that module's function and ran it in 20-30 ms of
      // every start. The same data as JSON.parse of one string literal (129 kB) takes a few
      // milliseconds. Checked here: the JSON must give back exactly the module's value.
      name: 'hyphen-patterns-as-json',
      setup(context) {
        context.onLoad({filter: /[\\/]hyphen[\\/]patterns[\\/][^\\/]+\.js$/}, (args) => {
          const patterns = createRequire(args.path)(args.path)
          const json = JSON.stringify(patterns)
          if (!isDeepStrictEqual(JSON.parse(json), patterns))
            throw new Error(`bundle: ${args.path} is not plain JSON data`)
          return {contents: `module.exports = JSON.parse(${JSON.stringify(json)})`, loader: 'js'}
        })
      },
    },
    {
      // Modules only some runs need (language detection when the function-word count cannot
      // decide, HTML/Word/ODT/e-mail formats, config validation, YAML configs) are loaded on
      // their first call instead of at start-up: in core's compiled files, `import {a} from 'm'`
      // becomes a function that requires m when first called (esbuild bundles the require as a
      // lazily initialised module). Only for imports used as functions or classes.
      name: 'lazy-imports',
      setup(context) {
        context.onLoad({filter: /[\\/]core[\\/]dist[\\/].*\.js$/}, (args) => {
          const source = readFileSync(args.path, 'utf8')
          let lazy = false
          const contents = source.replace(
            /^import (\{[^}]*\}|[\w$]+) from '([^']+)';$/gm,
            (line, names, module) => {
              if (!LAZY_MODULES.has(module)) return line
              lazy = true
              const load = `() => require(${JSON.stringify(`./lazy/${lazyFile(module)}`)})`
              if (!names.startsWith('{')) return `const ${names} = __lazy(${load}, 'default');`
              return names
                .slice(1, -1)
                .split(',')
                .map((part) => part.trim())
                .filter(Boolean)
                .map((part) => {
                  const [name, local = name] = part.split(/\s+as\s+/)
                  return `const ${local} = __lazy(${load}, ${JSON.stringify(name)});`
                })
                .join('\n')
            },
          )
          return {contents: lazy ? `${contents}\n${LAZY_HELPER}` : source, loader: 'js'}
        })
      },
    },
    {
      // The lazily loaded modules' own bundles (built below) are loaded at run time.
      name: 'lazy-files',
      setup(context) {
        context.onResolve({filter: /^\.\/lazy\//}, (args) => ({path: args.path, external: true}))
      },
    },
    {
      // jsonc-parser's main entry is a UMD build whose requires the bundler cannot follow; its
      // ES module build bundles cleanly (as in the VS Code extension's build).
      name: 'jsonc-parser-esm',
      setup(context) {
        context.onResolve({filter: /^jsonc-parser$/}, () => ({
          path: join(realpathSync(join(core, 'node_modules', 'jsonc-parser')), 'lib/esm/main.js'),
        }))
      },
    },
  ],
  logLevel: 'warning',
}

// The worker thread: an ES module, as tsc's output was.
await build({
  ...options,
  entryPoints: {worker: join(cli, 'src', 'worker.ts')},
  format: 'esm',
  // CommonJS dependencies inside the ES module bundle get a real require, __dirname and __filename.
  banner: {
    js: [
      "import {createRequire as __createRequire} from 'node:module'",
      "import {dirname as __dirnameOf} from 'node:path'",
      "import {fileURLToPath as __toPath} from 'node:url'",
      'const require = __createRequire(import.meta.url)',
      'const __filename = __toPath(import.meta.url)',
      'const __dirname = __dirnameOf(__filename)',
    ].join('\n'),
  },
})

// The command's program: CommonJS, which V8 can compile with a code cache (vm.Script; Node 20 has
// none for ES modules). `import.meta` of core's modules becomes the bundle's own URL, as in the ES
// module bundle; 'use strict' first, as ES modules are.
await build({
  ...options,
  entryPoints: {bin: join(cli, 'src', 'bin.ts')},
  format: 'cjs',
  outExtension: {'.js': '.cjs'},
  define: {'import.meta.url': '__importMetaUrl', 'import.meta.resolve': '__importMetaResolve'},
  banner: {
    js: [
      "'use strict'",
      "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href",
      "const __importMetaResolve = (specifier) => require('node:url').pathToFileURL(require.resolve(specifier)).href",
    ].join('\n'),
  },
})
const leftOver = /\bimport\.meta\b|[^\w$.]import\s*\(\s*["'`]/.exec(
  readFileSync(join(cli, 'dist', 'bin.cjs'), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ''),
)
// vm.Script runs the program without a loader for import(): everything must be bundled.
if (leftOver) throw new Error(`bundle: dist/bin.cjs still holds ${JSON.stringify(leftOver[0])}`)

// V8 keeps a script's source text in the heap as long as its functions live (it compiles them
// lazily from it): as a two-byte string when the text has even one character beyond Latin-1. The
// bundles had some (’, “, –, € in regular expressions, and comments of dependencies), so bin.js
// took 5.0 MB of the main thread and worker.js 4.4 MB of every worker thread, and V8
// lets a heap grow to twice what is live before it collects (bin.ts). Written as \u escapes, the
// text is one byte per character: 2.6 MB (peak RSS of 1,000 letters, default jobs, about 12 MB
// less; docs/performance.md).
for (const entry of ['bin.cjs', 'worker.js']) {
  const file = join(cli, 'dist', entry)
  writeFileSync(file, latin1Source(readFileSync(file, 'utf8'), entry))
}

/**
 * The bundle's text with every character beyond Latin-1 written as a \u escape (a pair of them
 * for one beyond the BMP). That changes nothing where it can occur in the bundle: in string and
 * regular-expression literals and untagged templates an escape means the same character (in a
 * regular expression with the flag u a pair means the one code point), and in comments nothing.
 * Where it would change the meaning (a tagged template such as String.raw, whose raw text its
 * function sees; an identifier; after a backslash) the build stops instead of guessing.
 */
function latin1Source(text, name) {
  const beyond = /[\u0100-\uffff]/
  if (!beyond.test(text)) return text
  const ts = createRequire(join(cli, '..', '..', 'package.json'))('typescript')
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS)
  const unsafe = []
  const visit = (node) => {
    const part = ts.isTaggedTemplateExpression(node)
      ? node.template
      : ts.isIdentifier(node) || ts.isPrivateIdentifier(node)
        ? node
        : undefined
    if (part && beyond.test(text.slice(part.getStart(file), part.end)))
      unsafe.push([part.getStart(file), part.end])
    ts.forEachChild(node, visit)
  }
  visit(file)
  const where = (at) => {
    const {line, character} = file.getLineAndCharacterOfPosition(at)
    return `${name}:${line + 1}:${character + 1}`
  }
  return text.replace(/[\u0100-\uffff]/g, (char, at) => {
    if (text[at - 1] === '\\' || unsafe.some(([start, end]) => at >= start && at < end))
      throw new Error(`${where(at)}: cannot write ${JSON.stringify(char)} as an escape here`)
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

// Each lazily loaded module as a CommonJS bundle of its own: `require('./lazy/yaml.cjs')` gives
// what `require('yaml')` gave inside bin.js (the module's exports object).
for (const module of LAZY_MODULES) {
  await build({
    stdin: {contents: `module.exports = require(${JSON.stringify(module)})`, resolveDir: core},
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: join(cli, 'dist', 'lazy', lazyFile(module)),
    logLevel: 'warning',
  })
}

// The command: a launcher that compiles the program with its code cache (src/launch.ts).
const bin = join(cli, 'dist', 'bin.js')
writeFileSync(
  bin,
  [
    '#!/usr/bin/env node',
    '// duidelijk: the program is bin.cjs, compiled with its V8 code cache (launch.js, bundle.mjs).',
    "import {fileURLToPath} from 'node:url'",
    "import {launch} from './launch.js'",
    "launch(fileURLToPath(new URL('./bin.cjs', import.meta.url)))",
    '',
  ].join('\n'),
)
chmodSync(bin, 0o755)
writeCodeCache()

/**
 * Write dist/bin.cjs.cache: check the example letters (every input format) in one thread with
 * DUIDELIJK_CODE_CACHE=write, so the cache holds the bytecode of every function that check
 * compiled. Exit codes 0 and 1 (findings) are a check that ran; anything else stops the build.
 */
function writeCodeCache() {
  const cache = join(cli, 'dist', 'bin.cjs.cache')
  rmSync(cache, {force: true})
  const examples = join(cli, '..', '..', 'examples')
  const letters = readdirSync(examples)
    .filter((name) => /\.(?:txt|md|html|eml|docx)$/.test(name))
    .map((name) => join(examples, name))
  const run = spawnSync(process.execPath, [bin, '--jobs', '1', '--format', 'json', ...letters], {
    cwd: examples,
    env: {...process.env, DUIDELIJK_CODE_CACHE: 'write'},
    encoding: 'utf8',
  })
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`bundle: the check for the code cache failed (${run.status}): ${run.stderr}`)
  readFileSync(cache)
}
