// The project's own Dutch texts, for tests that run every rule over all of them (tests/messages,
// tests/suggestions): the corpus sentences, the letters in tests/fixtures/brieven and
// tests/letters, the bundled example letter and the ```text examples of the rule docs.
import {readdirSync, readFileSync} from 'node:fs'

const root = new URL('../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')

export function projectTexts(): Array<{name: string; text: string}> {
  const out: Array<{name: string; text: string}> = []
  for (const line of read('tests/corpus/zinnen.tsv').split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('id\t')) continue
    const [id = '', , , sentence = ''] = line.split('\t')
    out.push({name: `corpus ${id}`, text: sentence})
  }
  for (const file of readdirSync(new URL('tests/fixtures/brieven/', root))) {
    if (file.endsWith('.txt')) out.push({name: file, text: read(`tests/fixtures/brieven/${file}`)})
  }
  // The letters helpers wrote and labelled blind (tests/letters/set-*).
  for (const set of readdirSync(new URL('tests/letters/', root))) {
    if (!set.startsWith('set-')) continue
    for (const file of readdirSync(new URL(`tests/letters/${set}/`, root)))
      if (file.endsWith('.txt'))
        out.push({name: `${set}/${file}`, text: read(`tests/letters/${set}/${file}`)})
  }
  out.push({name: 'example', text: read('examples/brief-parkeervergunning.txt')})
  for (const file of readdirSync(new URL('docs/rules/', root))) {
    if (!file.endsWith('.md')) continue
    for (const [, block = ''] of read(`docs/rules/${file}`).matchAll(/```text\n([\s\S]*?)```/g))
      out.push({name: `docs/rules/${file}`, text: block})
  }
  return out
}
