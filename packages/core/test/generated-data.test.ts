import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {
  GENERATED_JARGON_FILE,
  generateJargon,
  jargonFromGenerated,
  parseJargonTsv,
  toPhraseEntries,
} from '../src/nlp/jargon.js'
import {
  GENERATED_FREQUENCY_FILE,
  loadFrequency,
  loadFrequencyLists,
  rankedListsFromBinary,
  readRankedLists,
  serializeRankedLists,
  wordRanks,
  type RankedLists,
} from '../src/nlp/frequency.js'
import {dataFilesHash, GENERATED_FROM_DATA, nodeData} from '../src/node/data.js'
import {
  createVerbTable,
  GENERATED_VERBS_FILE,
  indexVerbs,
  readVerbTable,
  serializeVerbIndex,
  VERB_SLOTS,
  verbIndexFromBinary,
  verbTableOf,
  type VerbTable,
} from '../src/nlp/verbs.js'
import {provideData} from '../src/data.js'
import {
  GENERATED_MODEL_FILE,
  layoutWeights,
  modelFromBinary,
  parseModel,
  serializeModel,
  type TaggerModel,
} from '../src/nlp/tagger/model.js'
import {createTagger} from '../src/nlp/tagger/tagger.js'
import {loadTaggerLexicon, readTaggerModel, TAGGER_MODEL_FILE} from '../src/nlp/tagger/index.js'

provideData(nodeData)
const tsv = nodeData.read('ambtelijke-taal.tsv')
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))

describe('the jargon list in its generated form (dist/generated/ambtelijke-taal.json)', () => {
  it('loads back to the parsed entries and the phrase entries computed at run time', () => {
    const parsed = parseJargonTsv(tsv)
    const loaded = jargonFromGenerated(encode(generateJargon(parseJargonTsv(tsv))))
    expect(loaded).toEqual(parsed)
    const fromRunTime = toPhraseEntries(parsed)
    expect(toPhraseEntries(loaded!)).toEqual(fromRunTime)
    // The generated verb forms are really there: "gebruik maken van" is found as "maakt gebruik
    // van" and as "maakt ... gebruik van" without any conjugating at run time.
    const entry = fromRunTime.find((e) => e.term === 'gebruik maken van')
    expect(entry?.forms).toContain('maakt gebruik van')
    expect(entry?.separable).toContain('maakt ... gebruik van')
  })

  it('uses the stored verb forms instead of conjugating again', () => {
    const [entry] = parseJargonTsv(
      'aanvangen\t\tbeginnen\tformeel\tsafe\tZeg gewoon beginnen.\n',
      'eigen.tsv',
    )
    const stored = {entries: [entry], verbForms: [{forms: ['vangt aan'], separable: []}]}
    const [phrase] = toPhraseEntries(jargonFromGenerated(encode(stored))!)
    expect(phrase!.forms).toEqual(['aanvangen', 'vangt aan'])
    // Computed at run time, the same entry has all its forms.
    expect(toPhraseEntries([entry!])[0]!.forms).toContain('aangevangen')
  })

  it('refuses bytes that are not a stored list, so the TSV is parsed instead', () => {
    expect(jargonFromGenerated(new TextEncoder().encode('{"entries": ['))).toBeUndefined()
    expect(jargonFromGenerated(encode({entries: [{}], verbForms: []}))).toBeUndefined()
    expect(jargonFromGenerated(encode(null))).toBeUndefined()
  })

  it('is not used when running from the sources (it is made by the compiled code)', () => {
    expect(nodeData.generated?.(GENERATED_JARGON_FILE)).toBeUndefined()
  })

  const built = new URL(`../dist/generated/${GENERATED_JARGON_FILE}`, import.meta.url)
  it.skipIf(!existsSync(built))('the built file is current and equals the run-time list', () => {
    const bytes = readFileSync(built)
    const newline = bytes.indexOf(10)
    // The first line is the hash of the data files it was made from.
    expect(bytes.toString('latin1', 0, newline)).toBe(
      dataFilesHash(GENERATED_FROM_DATA[GENERATED_JARGON_FILE]!),
    )
    const loaded = jargonFromGenerated(bytes.subarray(newline + 1))
    const parsed = parseJargonTsv(tsv)
    expect(loaded).toEqual(parsed)
    expect(toPhraseEntries(loaded!)).toEqual(toPhraseEntries(parsed))
  })
})

describe('the ranked word lists in their generated form (dist/generated/woordfrequenties.bin)', () => {
  const {ranked, spoken} = loadFrequencyLists()
  /** The lists as the frequency knowledge had them: word → 1-based rank of its first line. */
  const asMap = (list: readonly string[]) => {
    const map = new Map<string, number>()
    list.forEach((word, index) => map.has(word) || map.set(word, index + 1))
    return map
  }
  const maps = {ranked: asMap(ranked), spoken: asMap(spoken)}
  const OTHER = ['', 'Ik', 'gemeentee', 'sommatie', 'één', 'ŉ', 'zzzzz', 'ik ', 'xq']

  /** `tables` answer as the maps of the text lists, for every listed word and some others. */
  const expectListAnswers = (tables: RankedLists) => {
    for (const key of ['ranked', 'spoken'] as const) {
      const map = maps[key]
      const table = tables[key]
      expect(table.size).toBe(map.size)
      expect(table.length).toBe(key === 'ranked' ? ranked.length : spoken.length)
      expect([...table.keys()]).toEqual([...map.keys()])
      for (const word of [...map.keys(), ...OTHER]) {
        if (table.get(word) !== map.get(word) || table.has(word) !== map.has(word))
          expect([key, word, table.get(word)]).toEqual([key, word, map.get(word)])
      }
    }
  }

  it('are read from the text lists when there is no generated file (as in a browser)', () => {
    expectListAnswers(readRankedLists())
    expect(loadFrequency().rank('ik')).toBe(maps.ranked.get('ik'))
  })

  it('load back from the binary form to the same answers', () => {
    const bytes = serializeRankedLists(readRankedLists(), 1234, 65)
    expectListAnswers(rankedListsFromBinary(bytes, 1234)!)
  })

  it('are read from the text lists when the generated file is stale or damaged', () => {
    const good = serializeRankedLists(readRankedLists(), 1234)
    const damaged = good.slice(0, good.byteLength - 8)
    try {
      for (const generated of [
        {bytes: good, sourceLength: 4321}, // made from lists of another length
        {bytes: damaged, sourceLength: 1234},
        {bytes: new TextEncoder().encode('[]'), sourceLength: 1234},
      ]) {
        provideData({read: nodeData.read, generated: () => generated})
        expectListAnswers(readRankedLists())
      }
      // A current file is used: a table made from other lists shows it is.
      const other = serializeRankedLists({ranked: wordRanks(['x']), spoken: wordRanks([])}, 1)
      provideData({read: nodeData.read, generated: () => ({bytes: other, sourceLength: 1})})
      expect(readRankedLists().ranked.get('x')).toBe(1)
    } finally {
      provideData(nodeData)
    }
  })

  const built = new URL(`../dist/generated/${GENERATED_FREQUENCY_FILE}`, import.meta.url)
  it.skipIf(!existsSync(built))('the built file is current and equals the text lists', () => {
    const bytes = readFileSync(built)
    const newline = bytes.indexOf(10)
    const sources = GENERATED_FROM_DATA[GENERATED_FREQUENCY_FILE]!
    expect(bytes.toString('latin1', 0, newline)).toBe(dataFilesHash(sources))
    const length = sources.reduce((sum, name) => sum + Buffer.byteLength(nodeData.read(name)), 0)
    expectListAnswers(rankedListsFromBinary(bytes.subarray(newline + 1), length)!)
  })
})

describe('the verb table in its generated form (dist/generated/werkwoorden.bin)', () => {
  const text = nodeData.read('werkwoorden.tsv')
  const parsed = createVerbTable(text)
  const rows = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'))
  const OTHER = ['', 'huis', 'lost', 'op', 'aan', 'Geven', 'geeft ', 'geëxploiteerd', 'zijn']

  /** `table` answers as the table parsed from the TSV, for every verb, form and some others. */
  const expectTableAnswers = (table: VerbTable) => {
    expect(table.size).toBe(parsed.size)
    const differ: unknown[] = []
    const same = (what: string, a: unknown, b: unknown) => {
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push([what, a, b])
    }
    for (const line of rows) {
      const fields = line.split('\t')
      const lemma = fields[0]!
      const particle = fields[7] ?? ''
      same(lemma, table.forms(lemma), parsed.forms(lemma))
      const rest = lemma.slice(particle.length)
      same(`${particle}+${rest}`, table.separable(particle, rest), parsed.separable(particle, rest))
      for (const form of [...fields, ...fields.map((f) => f.slice(particle.length))]) {
        same(form, table.analyse(form), parsed.analyse(form))
        same(`particle ${form}`, table.isParticle(form), parsed.isParticle(form))
      }
      for (const slot of VERB_SLOTS) {
        for (const split of [false, true])
          same(
            `${lemma} ${slot}`,
            table.inflect(lemma, slot, {split}),
            parsed.inflect(lemma, slot, {split}),
          )
      }
    }
    for (const word of OTHER) {
      same(word, table.analyse(word), parsed.analyse(word))
      same(word, table.forms(word), parsed.forms(word))
      same(word, table.isParticle(word), parsed.isParticle(word))
    }
    expect(differ).toEqual([])
    // Spot checks that the comparison compares something.
    expect(table.analyse('lost').map((a) => a.lemma)).toEqual(
      expect.arrayContaining(['lossen', 'oplossen']),
    )
    expect(table.inflect('oplossen', 'sg3', {split: true})).toBe('lost')
  }

  it('is parsed from the TSV when there is no generated file (as in a browser)', () => {
    expectTableAnswers(readVerbTable())
  })

  it('loads back from the binary form to the same answers', () => {
    for (const prefix of [0, 65]) {
      const bytes = serializeVerbIndex(indexVerbs(text), 99, prefix)
      expectTableAnswers(verbTableOf(verbIndexFromBinary(bytes, 99)!))
    }
  })

  it('is parsed from the TSV when the generated file is stale or damaged', () => {
    const good = serializeVerbIndex(indexVerbs(text), 99)
    try {
      for (const generated of [
        {bytes: good, sourceLength: 98}, // made from a TSV of another length
        {bytes: good.slice(0, good.byteLength - 4), sourceLength: 99},
        {bytes: serializeRankedLists(readRankedLists(), 99), sourceLength: 99},
      ]) {
        provideData({read: nodeData.read, generated: () => generated})
        expect(readVerbTable().analyse('geeft')).toEqual(parsed.analyse('geeft'))
        expect(readVerbTable().size).toBe(parsed.size)
      }
      // A current file is used: an index made from another table shows it is.
      const other = serializeVerbIndex(indexVerbs('lopen\tloop\t\t\tliep\tliepen\tgelopen\t\n'), 7)
      provideData({read: nodeData.read, generated: () => ({bytes: other, sourceLength: 7})})
      expect(readVerbTable().size).toBe(1)
    } finally {
      provideData(nodeData)
    }
  })

  const built = new URL(`../dist/generated/${GENERATED_VERBS_FILE}`, import.meta.url)
  it.skipIf(!existsSync(built))('the built file is current and equals the parsed table', () => {
    const bytes = readFileSync(built)
    const newline = bytes.indexOf(10)
    expect(bytes.toString('latin1', 0, newline)).toBe(
      dataFilesHash(GENERATED_FROM_DATA[GENERATED_VERBS_FILE]!),
    )
    const index = verbIndexFromBinary(bytes.subarray(newline + 1), Buffer.byteLength(text))
    expectTableAnswers(verbTableOf(index!))
  })
})

describe('the tagger model in its generated form (dist/generated/tagger-model.bin)', () => {
  const text = nodeData.read(TAGGER_MODEL_FILE)
  const parsed = parseModel(text)
  const lexicon = loadTaggerLexicon()
  // The project's own corpus (tests/corpus/zinnen.tsv), words and punctuation apart: some 700
  // sentences of municipal letters, mails and web pages.
  const corpus = readFileSync(new URL('../../../tests/corpus/zinnen.tsv', import.meta.url), 'utf8')
  const sentences = corpus
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .slice(1)
    .map((line) => (line.split('\t')[3] ?? '').match(/[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu) ?? [])
    .filter((words) => words.length > 0)
  const expectedTags = (() => {
    const tagger = createTagger(parseModel(text), lexicon)
    return sentences.map((words) => tagger.tag(words))
  })()

  /** `model` has the parsed model's labels and dictionaries, and its weights in the scorer's layout. */
  const expectModel = (model: TaggerModel) => {
    expect(model.labels).toEqual(parsed.labels)
    expect(model.dictionary).toEqual(parsed.dictionary)
    // The lemmas in the same order, and each form's lookup as the parsed map answers.
    expect([...model.lemmas.entries()]).toEqual([...parsed.lemmas.entries()])
    for (const [form, byLabel] of parsed.lemmas.entries()) {
      expect(model.lemmas.get(form)).toEqual(byLabel)
      if (form.length > 1)
        expect(model.lemmas.get(form.slice(1))).toEqual(parsed.lemmas.get(form.slice(1)))
    }
    for (const form of ['', 'zzzz', 'Huis', 'é']) expect(model.lemmas.get(form)).toBeUndefined()
    expect(model.rules).toEqual(parsed.rules)
    expect(model.separable).toEqual(parsed.separable)
    for (const table of ['weights', 'words'] as const) {
      const layout = layoutWeights(parsed[table])
      expect(model.layout?.[table].table).toEqual(layout.table)
      expect(model.layout?.[table].cells).toEqual(layout.cells)
    }
  }
  /** A tagger of `model` tags the corpus as the tagger of the parsed model does. */
  const expectTags = (model: TaggerModel) => {
    const tagger = createTagger(model, lexicon)
    const differ = sentences.filter(
      (words, i) => JSON.stringify(tagger.tag(words)) !== JSON.stringify(expectedTags[i]),
    )
    expect(differ).toEqual([])
  }

  it('tags a corpus of some 7,000 words (and the labels are varied)', () => {
    expect(sentences.length).toBeGreaterThan(600)
    expect(sentences.flat().length).toBeGreaterThan(7000)
    expect(new Set(expectedTags.flat().map((t) => t.xpos)).size).toBeGreaterThan(60)
  })

  it('loads back from the binary form to the parsed model, with the same tags', () => {
    for (const prefix of [0, 65]) {
      // As in the file: `prefix` bytes (the hash line) before the model.
      const file = new Uint8Array(prefix + serializeModel(parsed, 1234, prefix).byteLength)
      file.set(serializeModel(parsed, 1234, prefix), prefix)
      const loaded = modelFromBinary(file.subarray(prefix), 1234)!
      expectModel(loaded)
      // The weight tables are views of the file's bytes, not copies.
      expect(loaded.layout!.weights.cells.buffer).toBe(file.buffer)
      // A form's lemmas are a map made once.
      const [form] = parsed.lemmas.entries().next().value!
      expect(loaded.lemmas.get(form)).toBe(loaded.lemmas.get(form))
      expectTags(loaded)
    }
  })

  it('is parsed from the model file when there is no generated file (as in a browser)', () => {
    const model = readTaggerModel()
    expect(model.layout).toBeUndefined()
    expect(model.weights.keys.length).toBe(parsed.weights.keys.length)
    expectTags(model)
  })

  it('is parsed from the model file when the generated file is stale or damaged', () => {
    const good = serializeModel(parsed, 1234)
    const damagedTable = good.slice()
    // The first array's length (header word 5): no longer two numbers per slot.
    new DataView(damagedTable.buffer).setUint32(20, 3, true)
    try {
      for (const generated of [
        {bytes: good, sourceLength: 4321}, // made from a model file of another length
        {bytes: good.slice(0, good.byteLength - 8), sourceLength: 1234},
        {bytes: damagedTable, sourceLength: 1234},
        {
          bytes: serializeVerbIndex(indexVerbs(nodeData.read('werkwoorden.tsv')), 1234),
          sourceLength: 1234,
        },
        {bytes: new Uint8Array(0), sourceLength: 1234},
      ]) {
        provideData({read: nodeData.read, generated: () => generated})
        const model = readTaggerModel()
        expect(model.layout).toBeUndefined()
        expect(model.labels).toEqual(parsed.labels)
      }
      // Sections that do not parse: the model file is read instead.
      const badSections = serializeModel({...parsed, separable: new Set(['x\ny'])}, 1234)
      provideData({
        read: nodeData.read,
        generated: () => ({bytes: badSections, sourceLength: 1234}),
      })
      expect(readTaggerModel().layout).toBeUndefined()
      // A current file is used: a model with other sections shows it is.
      const other = serializeModel({...parsed, separable: new Set(['opbellen'])}, 1234)
      provideData({read: nodeData.read, generated: () => ({bytes: other, sourceLength: 1234})})
      const used = readTaggerModel()
      expect(used.layout).toBeDefined()
      expect([...used.separable]).toEqual(['opbellen'])
    } finally {
      provideData(nodeData)
    }
  })

  it('is not used when running from the sources (it is made by the compiled code)', () => {
    expect(nodeData.generated?.(GENERATED_MODEL_FILE)).toBeUndefined()
  })

  const built = new URL(`../dist/generated/${GENERATED_MODEL_FILE}`, import.meta.url)
  it.skipIf(!existsSync(built))('the built file is current and equals the parsed model', () => {
    const bytes = readFileSync(built)
    const newline = bytes.indexOf(10)
    expect(bytes.toString('latin1', 0, newline)).toBe(
      dataFilesHash(GENERATED_FROM_DATA[GENERATED_MODEL_FILE]!),
    )
    const loaded = modelFromBinary(bytes.subarray(newline + 1), Buffer.byteLength(text))!
    expectModel(loaded)
    expectTags(loaded)
  })
})
