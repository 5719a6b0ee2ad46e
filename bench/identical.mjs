// Findings must stay byte-identical across a performance change. Checks 300 generated letters
// (bench/corpus.mjs, 3 typos each) plus the project's own texts (tests/corpus/zinnen.tsv as one
// letter per line and all together, examples/*.txt|md|html|eml|docx) with the default preset and
// `duidelijk:strikt`, and prints one SHA-256 over the JSON of every result.
//   node bench/identical.mjs [path/to/core/dist]    (default: packages/core/dist)
// Run it against a copy of main's dist and against the new build; the hashes must match.
// With --write FILE the JSON lines are written too, to diff.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {createHash} from 'node:crypto'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {generateLetters} from './corpus.mjs'

const argv = process.argv.slice(2)
const writeAt = argv.indexOf('--write')
const out = writeAt >= 0 ? argv.splice(writeAt, 2)[1] : undefined
const root = new URL('..', import.meta.url).pathname
const dist = resolve(argv[0] ?? join(root, 'packages/core/dist'))
const {createNodeChecker} = await import(pathToFileURL(join(dist, 'node/index.js')).href)

const inputs = generateLetters(300, {words: 500, typos: 3, seed: 11}).map((text, i) => ({
  text,
  path: `brief-${i}.txt`,
}))
const rows = readFileSync(join(root, 'tests/corpus/zinnen.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .slice(1)
  .map((line) => line.split('\t')[3] ?? '')
for (const [i, text] of rows.entries()) inputs.push({text, path: `zin-${i}.txt`})
inputs.push({text: rows.join('\n\n'), path: 'zinnen.txt'})
const walk = (dir) =>
  readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  )
for (const file of walk(join(root, 'examples')).sort()) {
  if (!/\.(txt|md|html|eml|docx)$/.test(file)) continue
  inputs.push({bytes: readFileSync(file), path: file.slice(root.length)})
}

const hash = createHash('sha256')
const lines = []
for (const config of [{}, {extends: ['duidelijk:strikt']}]) {
  const checker = await createNodeChecker(config)
  for (const input of inputs) {
    const line = JSON.stringify(await checker.checkAsync(input))
    hash.update(line + '\n')
    if (out) lines.push(line)
  }
}
if (out) writeFileSync(out, lines.join('\n') + '\n')
console.log(`${inputs.length} texts x 2 configs: ${hash.digest('hex')}`)
