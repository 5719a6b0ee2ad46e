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
 */

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

export interface TaggerModel {
  labels: Label[]
  weights: WeightTable
  /** The word model (out-of-context labels), see `U` above. */
  words: WeightTable
  dictionary: Map<string, number>
  /** form → label → lemma. */
  lemmas: Map<string, Map<number, string>>
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

/** Parse the model file. Throws an Error naming the problem when the file is damaged. */
export function parseModel(text: string): TaggerModel {
  const model: TaggerModel = {
    labels: [],
    weights: {
      keys: new Uint32Array(0),
      rows: new Uint32Array(1),
      labels: new Uint8Array(0),
      weights: new Int16Array(0),
      scale: 1,
    },
    words: {
      keys: new Uint32Array(0),
      rows: new Uint32Array(1),
      labels: new Uint8Array(0),
      weights: new Int16Array(0),
      scale: 1,
    },
    dictionary: new Map(),
    lemmas: new Map(),
    rules: new Map(),
    separable: new Set(),
  }
  let sawWeights = false
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
        let byLabel = model.lemmas.get(f[1]!)
        if (!byLabel) model.lemmas.set(own(f[1]!), (byLabel = new Map()))
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
  if (!sawWeights || model.labels.length === 0)
    throw new Error('tagger model: no labels or weights')
  return model
}
