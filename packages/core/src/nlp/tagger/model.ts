/**
 * The tagger model as a text data file: a comment header (source, licence), then tab-separated
 * sections. Weights are a base64 block of typed arrays, so the file stays small and loads without
 * parsing hundreds of thousands of numbers.
 *
 *   L  upos  xpos  feats            one line per label (index = line order)
 *   W  scale  base64               feature weights (see `WeightTable`)
 *   U  scale  base64               word model: weights of the features of a word on its own, whose
 *                                  best label is the word's guess the context features of its
 *                                  left neighbours read
 *   D  form  label                  tag dictionary: frequent unambiguous words
 *   M  form  label  lemma           lemma lookup from the training data (lemma ≠ form)
 *   R  label  suffix  prefixCut  cut  add     lemma suffix rules learned from the training data
 *   P  lemma                        separable verbs seen in the training data (particle_stem)
 *
 * The build also writes the model in a binary form (dist/generated/tagger-model.bin,
 * `serializeModel`): the two weight tables already in the scorer's layout (`WeightLayout`), which
 * load as views of the file's bytes, and the other sections as text. The text file stays the
 * model (training writes it; a browser bundle reads it); the binary form is used only when made
 * from the model file as it is now (see `DataSource.generated`).
 */

import {
  packArrays,
  stringList,
  StringList,
  stringTable,
  StringTable,
  unpackArrays,
  type StoredArray,
} from '../string-table.js'

export interface Label {
  upos: string
  xpos: string
  feats: Readonly<Record<string, string>>
}

/** Sparse weights: per feature, the labels it votes for with an integer weight × scale. */
export interface WeightTable {
  keys: Uint32Array
  /** rows[i] … rows[i+1] index `labels`/`weights` for feature keys[i]. */
  rows: Uint32Array
  labels: Uint8Array
  weights: Int16Array
  scale: number
}

export interface LemmaRule {
  prefixCut: number
  cut: number
  add: string
}

/**
 * A weight table laid out for the scorer's lookups per token (tagger.ts, `weightRows`): an
 * open-addressing table of (key, row) pairs side by side, a row being its start in `cells` and its
 * length packed in one number (start << 8 | length; 0 = empty slot), and each weight packed with
 * its label in one 32-bit number (weight << 8 | label), so that a lookup touches few cache lines.
 * Features without weights are left out (they add nothing, as a missing one).
 */
export interface WeightLayout {
  /** A power of two of slots, two numbers each: key, row. */
  table: Uint32Array
  cells: Int32Array
}

/** The lemma lookup of the model (`M` lines): form → label → lemma. */
export interface LemmaLookup {
  get(form: string): ReadonlyMap<number, string> | undefined
  /** Every form with its lemmas, in the order of the model file. */
  entries(): IterableIterator<[string, ReadonlyMap<number, string>]>
}

export interface TaggerModel {
  labels: Label[]
  weights: WeightTable
  /** The word model (out-of-context labels), see `U` above. */
  words: WeightTable
  /**
   * `weights` and `words` in the scorer's layout, when the model was loaded in that form (the
   * build's generated file, see `modelFromBinary`); `weights` and `words` are then empty. Else
   * the scorer lays them out itself (`layoutWeights`).
   */
  layout?: {weights: WeightLayout; words: WeightLayout}
  dictionary: Map<string, number>
  /** form → label → lemma (a Map when parsed from the text, a `LemmaTable` from the binary form). */
  lemmas: LemmaLookup
  /** label → suffix → rule. */
  rules: Map<number, Map<string, LemmaRule>>
  separable: Set<string>
}

/**
 * A copy of a string that the model keeps, not tied to the file's text. Fields cut from a line
 * can be V8 "sliced strings" (13 characters and longer): views that keep the whole file text
 * (2.2 MB) alive as long as one form, lemma or tag of the model is in a map. JSON's parser makes a
 * string of its own. Shorter strings are copies already.
 */
function own(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string)
}

function parseFeats(text: string): Record<string, string> {
  const feats: Record<string, string> = {}
  if (text === '_' || text === '') return feats
  for (const pair of text.split('|')) {
    const eq = pair.indexOf('=')
    if (eq > 0) feats[own(pair.slice(0, eq))] = own(pair.slice(eq + 1))
  }
  return Object.freeze(feats)
}

/**
 * The bytes of a base64 text, in a fresh ArrayBuffer of their own (offset 0, so typed arrays can
 * view it). Node's decoder when there is one: the loop below runs once per process, in V8's
 * interpreter, and took most of the model's load time (1.4 million bytes).
 */
function decodeBase64(text: string): Uint8Array {
  // Node's Buffer when present (not in a browser).
  const NodeBuffer = (globalThis as {Buffer?: {from(text: string, encoding: 'base64'): Uint8Array}})
    .Buffer
  if (NodeBuffer) return new Uint8Array(NodeBuffer.from(text, 'base64'))
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Whether this machine stores numbers little-endian, as the model file does. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** Encode typed-array weights (training side). */
export function encodeWeights(table: WeightTable): string {
  const n = table.keys.length
  const m = table.labels.length
  const buffer = new ArrayBuffer(8 + n * 4 + (n + 1) * 4 + m * 2 + m + ((4 - (m % 4)) % 4))
  const view = new DataView(buffer)
  view.setUint32(0, n, true)
  view.setUint32(4, m, true)
  let o = 8
  for (let i = 0; i < n; i++, o += 4) view.setUint32(o, table.keys[i]!, true)
  for (let i = 0; i <= n; i++, o += 4) view.setUint32(o, table.rows[i]!, true)
  for (let i = 0; i < m; i++, o += 2) view.setInt16(o, table.weights[i]!, true)
  for (let i = 0; i < m; i++, o += 1) view.setUint8(o, table.labels[i]!)
  const bytes = new Uint8Array(buffer)
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

function decodeWeights(scale: number, text: string): WeightTable {
  const bytes = decodeBase64(text)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const n = view.getUint32(0, true)
  const m = view.getUint32(4, true)
  if (LITTLE_ENDIAN && bytes.byteOffset === 0 && bytes.byteLength >= 8 + 8 * n + 4 + 3 * m) {
    // The arrays as they lie in the file: views instead of copying number by number (the
    // offsets 8, 8 + 4n and 12 + 8n are multiples of their element sizes).
    const buffer = bytes.buffer
    return {
      keys: new Uint32Array(buffer, 8, n),
      rows: new Uint32Array(buffer, 8 + 4 * n, n + 1),
      weights: new Int16Array(buffer, 12 + 8 * n, m),
      labels: new Uint8Array(buffer, 12 + 8 * n + 2 * m, m),
      scale,
    }
  }
  const keys = new Uint32Array(n)
  const rows = new Uint32Array(n + 1)
  const weights = new Int16Array(m)
  const labels = new Uint8Array(m)
  let o = 8
  for (let i = 0; i < n; i++, o += 4) keys[i] = view.getUint32(o, true)
  for (let i = 0; i <= n; i++, o += 4) rows[i] = view.getUint32(o, true)
  for (let i = 0; i < m; i++, o += 2) weights[i] = view.getInt16(o, true)
  for (let i = 0; i < m; i++, o += 1) labels[i] = view.getUint8(o)
  return {keys, rows, labels, weights, scale}
}

/** A model without labels, weights or dictionaries, for the parsers to fill. */
function emptyModel(): TaggerModel {
  const empty = (): WeightTable => ({
    keys: new Uint32Array(0),
    rows: new Uint32Array(1),
    labels: new Uint8Array(0),
    weights: new Int16Array(0),
    scale: 1,
  })
  return {
    labels: [],
    weights: empty(),
    words: empty(),
    dictionary: new Map(),
    lemmas: new Map(),
    rules: new Map(),
    separable: new Set(),
  }
}

/**
 * Adds the lines of a model text to `model`; returns whether it had the feature weights (`W`).
 * Throws an Error naming the problem at a line of an unknown kind.
 */
function parseLines(text: string, model: TaggerModel): boolean {
  let sawWeights = false
  const lemmas = new Map<string, Map<number, string>>()
  model.lemmas = lemmas
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const f = line.split('\t')
    switch (f[0]) {
      case 'L':
        model.labels.push({upos: own(f[1]!), xpos: own(f[2]!), feats: parseFeats(f[3] ?? '_')})
        break
      case 'W':
        model.weights = decodeWeights(Number(f[1]), f[2]!)
        sawWeights = true
        break
      case 'U':
        model.words = decodeWeights(Number(f[1]), f[2]!)
        break
      case 'D':
        model.dictionary.set(own(f[1]!), Number(f[2]))
        break
      case 'M': {
        let byLabel = lemmas.get(f[1]!)
        if (!byLabel) lemmas.set(own(f[1]!), (byLabel = new Map()))
        byLabel.set(Number(f[2]), own(f[3]!))
        break
      }
      case 'R': {
        const label = Number(f[1])
        let bySuffix = model.rules.get(label)
        if (!bySuffix) model.rules.set(label, (bySuffix = new Map()))
        bySuffix.set(own(f[2]!), {prefixCut: Number(f[3]), cut: Number(f[4]), add: own(f[5] ?? '')})
        break
      }
      case 'P':
        model.separable.add(own(f[1]!))
        break
      default:
        throw new Error(`tagger model: unknown line kind ${JSON.stringify(f[0])}`)
    }
  }
  return sawWeights
}

/** Parse the model file. Throws an Error naming the problem when the file is damaged. */
export function parseModel(text: string): TaggerModel {
  const model = emptyModel()
  const sawWeights = parseLines(text, model)
  if (!sawWeights || model.labels.length === 0)
    throw new Error('tagger model: no labels or weights')
  return model
}

/**
 * A weight table in the scorer's layout (see `WeightLayout`). The table has at least 1.5 slots
 * per feature, so probes stay short; a feature's slot is the first free one from `key & mask`, in
 * the order of the keys, so the layout of a table is always the same.
 */
export function layoutWeights(weights: WeightTable): WeightLayout {
  const {keys, rows, labels, weights: values} = weights
  let size = 1
  while (size < keys.length * 1.5) size <<= 1
  const mask = size - 1
  const table = new Uint32Array(size * 2)
  for (let i = 0; i < keys.length; i++) {
    const count = rows[i + 1]! - rows[i]!
    // A feature without weights adds nothing: it is left out (as a missing one).
    if (count === 0) continue
    if (count > 255) throw new Error('tagger model: a feature with weights for over 255 labels')
    let s = keys[i]! & mask
    while (table[s * 2 + 1] !== 0) s = (s + 1) & mask
    table[s * 2] = keys[i]!
    table[s * 2 + 1] = ((rows[i]! << 8) | count) >>> 0
  }
  const cells = new Int32Array(labels.length)
  for (let r = 0; r < labels.length; r++) cells[r] = (values[r]! << 8) | labels[r]!
  return {table, cells}
}

/** The scorer's layout of a model's two weight tables: stored with it, or made now. */
export function modelLayout(model: TaggerModel): {weights: WeightLayout; words: WeightLayout} {
  return model.layout ?? {weights: layoutWeights(model.weights), words: layoutWeights(model.words)}
}

/** The name of the generated file (see `DataSource.generated`): the model in binary form. */
export const GENERATED_MODEL_FILE = 'tagger-model.bin'
/** First bytes of the generated file: "DWT" and format version 1. */
const MODEL_MAGIC = 0x31545744

/**
 * The lines of the model other than its weights and lemmas (labels, tag dictionary, lemma rules,
 * separable verbs), as the model file has them: the generated file keeps these as text for
 * `parseLines` (about 1,150 short lines). Measured against JSON of the same entries with the maps
 * made from its arrays: JSON took longer (in a fresh process 12 ms to parse and 15 ms for the maps,
 * against 19 ms for all the lines, lemmas included; the lemmas are a `LemmaTable` now).
 */
function sectionsText(model: TaggerModel): string {
  const lines: string[] = []
  for (const {upos, xpos, feats} of model.labels) {
    const pairs = Object.entries(feats).map(([name, value]) => `${name}=${value}`)
    lines.push(`L\t${upos}\t${xpos}\t${pairs.length > 0 ? pairs.join('|') : '_'}`)
  }
  for (const [form, label] of model.dictionary) lines.push(`D\t${form}\t${label}`)
  for (const [label, bySuffix] of model.rules) {
    for (const [suffix, {prefixCut, cut, add}] of bySuffix)
      lines.push(`R\t${label}\t${suffix}\t${prefixCut}\t${cut}\t${add}`)
  }
  for (const lemma of model.separable) lines.push(`P\t${lemma}`)
  return `${lines.join('\n')}\n`
}

/**
 * The lemma lookup of the binary form: the forms in a `StringTable` and, per form, its (label,
 * lemma) entries in typed arrays, all views of the file. The map of a form is made when it is first
 * asked for; the 5,000 maps and 10,000 strings of the `M` lines were the largest part of parsing
 * the model's sections at every start-up (and of its garbage).
 */
export class LemmaTable implements LemmaLookup {
  private readonly maps: Array<ReadonlyMap<number, string> | undefined>

  constructor(
    private readonly forms: StringTable,
    /** Entries of form i: firsts[i] up to firsts[i + 1]. */
    private readonly firsts: Int32Array,
    private readonly labels: Uint8Array,
    private readonly lemmas: StringList,
  ) {
    this.maps = new Array<ReadonlyMap<number, string> | undefined>(forms.size)
  }

  get(form: string): ReadonlyMap<number, string> | undefined {
    const index = this.forms.indexOf(form)
    return index < 0 ? undefined : this.mapOf(index)
  }

  *entries(): IterableIterator<[string, ReadonlyMap<number, string>]> {
    for (let i = 0; i < this.forms.size; i++) yield [this.forms.at(i), this.mapOf(i)]
  }

  private mapOf(index: number): ReadonlyMap<number, string> {
    let map = this.maps[index]
    if (!map) {
      const entries = new Map<number, string>()
      for (let k = this.firsts[index]!; k < this.firsts[index + 1]!; k++)
        entries.set(this.labels[k]!, this.lemmas.at(k))
      this.maps[index] = map = entries
    }
    return map
  }

  /** The arrays of a lookup (`LemmaTable.from` reads them back). */
  static arrays(lookup: LemmaLookup): StoredArray[] {
    const forms: string[] = []
    const firsts = [0]
    const labels: number[] = []
    const lemmas: string[] = []
    for (const [form, byLabel] of lookup.entries()) {
      forms.push(form)
      for (const [label, lemma] of byLabel) {
        labels.push(label)
        lemmas.push(lemma)
      }
      firsts.push(labels.length)
    }
    const table = stringTable(forms)
    if (table.size !== forms.length) throw new Error('tagger model: a lemma form twice')
    const list = stringList(lemmas)
    return [
      ...[table.chars, table.starts, table.slots],
      Int32Array.from(firsts),
      Uint8Array.from(labels),
      ...[list.chars, list.starts],
    ]
  }

  /** The lookup of `LemmaTable.arrays`, or undefined when they do not make one. */
  static from(arrays: readonly StoredArray[]): LemmaTable | undefined {
    const [chars, starts, slots, firsts, labels, lemmaChars, lemmaStarts] = arrays
    if (!chars || chars instanceof Int32Array || !(starts instanceof Int32Array)) return undefined
    if (!slots || slots instanceof Uint8Array || !(firsts instanceof Int32Array)) return undefined
    if (!(labels instanceof Uint8Array) || !(lemmaStarts instanceof Int32Array)) return undefined
    if (!lemmaChars || lemmaChars instanceof Int32Array) return undefined
    const forms = StringTable.from(chars, starts, slots)
    const entries = labels.length
    if (!forms || firsts.length !== forms.size + 1 || firsts[forms.size] !== entries)
      return undefined
    if (lemmaStarts.length !== entries + 1 || lemmaStarts[0] !== 0) return undefined
    if (lemmaStarts[entries] !== lemmaChars.length) return undefined
    return new LemmaTable(forms, firsts, labels, new StringList(lemmaChars, lemmaStarts))
  }
}

/** An array's bytes seen as 32-bit integers (`packArrays` stores Int32Array, Uint16Array, Uint8Array). */
const asInt32 = (array: Uint32Array) => new Int32Array(array.buffer, array.byteOffset, array.length)

/**
 * The model in the binary form of the generated file (`key`: the byte length of the model file it
 * is made from; `prefix`: the bytes before it in the file, see `packArrays`): both weight tables
 * in the scorer's layout, the other sections but the lemmas as UTF-8 text (`sectionsText`), then
 * the lemmas (`LemmaTable`).
 */
export function serializeModel(model: TaggerModel, key: number, prefix = 0): Uint8Array {
  const {weights, words} = modelLayout(model)
  return packArrays(
    MODEL_MAGIC,
    key,
    [
      asInt32(weights.table),
      weights.cells,
      asInt32(words.table),
      words.cells,
      new TextEncoder().encode(sectionsText(model)),
      ...LemmaTable.arrays(model.lemmas),
    ],
    prefix,
  )
}

/**
 * The model from its binary form, or undefined when the bytes are not that (for `key`): the weight
 * tables are views of `bytes` (no copy, nothing to decode or lay out).
 */
export function modelFromBinary(bytes: Uint8Array, key: number): TaggerModel | undefined {
  const arrays = unpackArrays(bytes, MODEL_MAGIC, key)
  if (arrays?.length !== 12) return undefined
  const layout = (at: number): WeightLayout | undefined => {
    const [table, cells] = [arrays[at], arrays[at + 1]]
    if (!(table instanceof Int32Array) || !(cells instanceof Int32Array)) return undefined
    // Two numbers per slot, a power of two of slots (the lookup masks the key).
    const slots = table.length / 2
    if (slots < 1 || (slots & (slots - 1)) !== 0) return undefined
    return {table: new Uint32Array(table.buffer, table.byteOffset, table.length), cells}
  }
  const weights = layout(0)
  const words = layout(2)
  const text = arrays[4]
  const lemmas = LemmaTable.from(arrays.slice(5))
  if (!weights || !words || !(text instanceof Uint8Array) || !lemmas) return undefined
  const model = emptyModel()
  try {
    parseLines(new TextDecoder().decode(text), model)
  } catch {
    return undefined
  }
  if (model.labels.length === 0) return undefined
  model.lemmas = lemmas
  model.layout = {weights, words}
  return model
}
