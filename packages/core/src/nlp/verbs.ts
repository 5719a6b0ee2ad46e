import {readDataFile, readGeneratedFile} from '../data.js'
import {
  packArrays,
  StringList,
  stringList,
  StringTable,
  StringTableBuilder,
  unpackArrays,
} from './string-table.js'

/** The forms of one verb as written in a subordinate clause (separable verbs joined: oplost). */
export interface VerbForms {
  /** Infinitive, also the lemma and the present plural: oplossen. */
  inf: string
  /** ik (the stem): oplos. */
  sg1: string
  /** jij/u: oplost. */
  sg2: string
  /** hij/zij/het: oplost. */
  sg3: string
  /** wij/jullie/zij (present plural, the infinitive). */
  pl: string
  /** Past singular: oploste. */
  pastSg: string
  /** Past plural: oplosten. */
  pastPl: string
  /** Past participle: opgelost ('' when the table has none, as for zullen). */
  participle: string
  /** Particle of a separable verb (op for oplossen), '' otherwise. */
  particle: string
}

/** Which form of the verb a word is. */
export type VerbSlot = 'inf' | 'sg1' | 'sg2' | 'sg3' | 'pl' | 'pastSg' | 'pastPl' | 'participle'

export const VERB_SLOTS: readonly VerbSlot[] = [
  'inf',
  'sg1',
  'sg2',
  'sg3',
  'pl',
  'pastSg',
  'pastPl',
  'participle',
]

/** One reading of a word form as a form of a verb. */
export interface VerbAnalysis {
  lemma: string
  slot: VerbSlot
  /** Universal Dependencies features (VerbForm, Tense, Number, Person). */
  feats: Record<string, string>
  /** Particle of a separable verb; with `split`, the particle stands elsewhere in the clause. */
  particle: string
  /** The form without its particle, as in a main clause: "lost" of oplossen ("lost … op"). */
  split: boolean
}

const FEATS: Record<VerbSlot, Record<string, string>> = {
  inf: {VerbForm: 'Inf'},
  sg1: {Number: 'Sing', Person: '1', Tense: 'Pres', VerbForm: 'Fin'},
  sg2: {Number: 'Sing', Person: '2', Tense: 'Pres', VerbForm: 'Fin'},
  sg3: {Number: 'Sing', Person: '3', Tense: 'Pres', VerbForm: 'Fin'},
  pl: {Number: 'Plur', Tense: 'Pres', VerbForm: 'Fin'},
  pastSg: {Number: 'Sing', Tense: 'Past', VerbForm: 'Fin'},
  pastPl: {Number: 'Plur', Tense: 'Past', VerbForm: 'Fin'},
  participle: {VerbForm: 'Part'},
}

/** The conjugation table: forms of a lemma, and the lemmas and features of a form. */
export interface VerbTable {
  /** Every verb in the table with this infinitive (voorkomen: separable and inseparable). */
  forms(lemma: string): readonly VerbForms[]
  /** Readings of a lower-case word form; separable verbs also by their split form ("lost"). */
  analyse(form: string): readonly VerbAnalysis[]
  /**
   * The form of `lemma` in `slot`; `split` gives the main-clause form of a separable verb without
   * its particle (geven → geeft; opgeven with split → geeft, particle op).
   */
  inflect(lemma: string, slot: VerbSlot, options?: {split?: boolean}): string | undefined
  /** The separable verb made of a particle and a verb lemma, if the table has it: op + lossen → oplossen. */
  separable(particle: string, lemma: string): string | undefined
  /** Whether a word is the particle of some separable verb in the table. */
  isParticle(word: string): boolean
  readonly size: number
}

const regularT = (stem: string) => (stem.endsWith('t') ? stem : stem + 't')

/**
 * A reading of a form, packed into one small integer while the table is built: the verb's index
 * in the table, the slot and whether it is the split form. The readings' objects are made only for
 * the forms a text asks about (a few thousand of some 25,000): making all of them at start-up was
 * most of the table's load time and some 3 MB of every thread's heap.
 */
const pack = (verb: number, slot: number, split: boolean) => verb * 32 + slot * 2 + (split ? 1 : 0)

/** The verb of a data line of werkwoorden.tsv (see its header for the columns). */
function verbOfLine(line: string): VerbForms {
  const [inf = '', sg1 = '', sg2, sg3, pastSg = '', pastPl = '', participle = '', particle = ''] =
    line.split('\t')
  return {
    inf,
    sg1,
    sg2: sg2 || regularT(sg1),
    sg3: sg3 || regularT(sg1),
    pl: inf,
    pastSg,
    pastPl,
    participle,
    particle,
  }
}

/**
 * Lists of numbers per key index, in typed arrays: `first[key]` is the only number when it is not
 * negative, else `-(at + 1)` where `more[at]` is the count and the numbers follow.
 */
interface Lists {
  first: Int32Array
  more: Int32Array
}

function listAt({first, more}: Lists, key: number): number[] {
  const value = first[key]!
  if (value >= 0) return [value]
  const at = -value - 1
  return Array.from(more.subarray(at + 1, at + 1 + more[at]!))
}

function packLists(lists: ReadonlyArray<number | readonly number[]>): Lists {
  const first = new Int32Array(lists.length)
  const more: number[] = []
  lists.forEach((list, key) => {
    if (typeof list === 'number') first[key] = list
    else {
      first[key] = -(more.length + 1)
      more.push(list.length, ...list)
    }
  })
  return {first, more: Int32Array.from(more)}
}

/**
 * The table in typed arrays, as the build stores it (dist/generated/werkwoorden.bin): parsing the
 * TSV and filling maps of its 25,000 forms took some 30 ms of every start-up and of every worker.
 */
export interface VerbIndex {
  /** The data lines of the TSV, one per verb, in order (a verb is made of its line on first use). */
  rows: StringList
  /** The distinct infinitives, and for each the rows of the verbs that have it. */
  lemmas: StringTable
  lemmaRows: Lists
  /** The forms, and for each its readings packed as by `pack`, in the order they were added. */
  forms: StringTable
  formReadings: Lists
  /** The particles of the separable verbs. */
  particles: StringTable
}

/** Parse werkwoorden.tsv into the index of its verbs and forms. */
export function indexVerbs(text: string): VerbIndex {
  const rows: string[] = []
  const verbs: VerbForms[] = []
  const lemmas = new StringTableBuilder()
  const lemmaRows: Array<number | number[]> = []
  const forms = new StringTableBuilder()
  /** Packed readings of each form: one number, or a list when there are more. */
  const packed: Array<number | number[]> = []
  const particles = new StringTableBuilder()
  /** A reading of this lemma in this slot is there already (the first one added is kept). */
  const has = (code: number, lemma: string, slot: number) =>
    verbs[Math.floor(code / 32)]!.inf === lemma && ((code >> 1) & 15) === slot
  const add = (form: string, verb: number, slot: number, split: boolean) => {
    if (!form) return
    const code = pack(verb, slot, split)
    const lemma = verbs[verb]!.inf
    const index = forms.add(form)
    const known = packed[index]
    if (known === undefined) packed[index] = code
    else if (typeof known === 'number') {
      if (!has(known, lemma, slot)) packed[index] = [known, code]
    } else if (!known.some((other) => has(other, lemma, slot))) {
      known.push(code)
    }
  }
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const verb = verbOfLine(line)
    const index = verbs.push(verb) - 1
    rows.push(line)
    const lemma = lemmas.add(verb.inf)
    const known = lemmaRows[lemma]
    if (known === undefined) lemmaRows[lemma] = index
    else if (typeof known === 'number') lemmaRows[lemma] = [known, index]
    else known.push(index)
    const {particle} = verb
    if (particle) particles.add(particle)
    VERB_SLOTS.forEach((slot, slotIndex) => {
      const form = verb[slot]
      add(form, index, slotIndex, false)
      // Finite forms of a separable verb stand without the particle in a main clause.
      if (particle && slot !== 'inf' && slot !== 'participle' && form.startsWith(particle)) {
        add(form.slice(particle.length), index, slotIndex, true)
      }
    })
  }
  return {
    rows: stringList(rows),
    lemmas: lemmas.finish(),
    lemmaRows: packLists(lemmaRows),
    forms: forms.finish(),
    formReadings: packLists(packed),
    particles: particles.finish(),
  }
}

/** Parse werkwoorden.tsv (see its header for the columns). */
export function createVerbTable(text: string): VerbTable {
  return verbTableOf(indexVerbs(text))
}

/** The table over its index: verbs and readings are made as they are asked for, once each. */
export function verbTableOf(index: VerbIndex): VerbTable {
  const {rows, lemmas, lemmaRows, forms, formReadings, particles} = index
  const verbs: Array<VerbForms | undefined> = []
  const verbAt = (row: number): VerbForms => (verbs[row] ??= verbOfLine(rows.at(row)))
  const byLemma = new Map<string, readonly VerbForms[]>()
  const none: readonly VerbForms[] = []
  const formsOf = (lemma: string): readonly VerbForms[] => {
    let list = byLemma.get(lemma)
    if (list === undefined) {
      // Only lemmas of the table are kept (callers ask about any word).
      const at = lemmas.indexOf(lemma)
      if (at < 0) return none
      list = listAt(lemmaRows, at).map(verbAt)
      byLemma.set(lemma, list)
    }
    return list
  }
  const readings = new Map<string, VerbAnalysis[]>()
  /** The readings of a form as objects, made on the first question about the form. */
  const analyse = (form: string): readonly VerbAnalysis[] => {
    let list = readings.get(form)
    if (list) return list
    const at = forms.indexOf(form)
    if (at < 0) return []
    list = listAt(formReadings, at).map((code) => {
      const verb = verbAt(Math.floor(code / 32))
      const slot = VERB_SLOTS[(code >> 1) & 15]!
      return {
        lemma: verb.inf,
        slot,
        feats: FEATS[slot],
        particle: verb.particle,
        split: (code & 1) === 1,
      }
    })
    readings.set(form, list)
    return list
  }
  return {
    size: lemmas.size,
    forms: formsOf,
    analyse,
    inflect(lemma, slot, options) {
      const verbs = formsOf(lemma)
      if (verbs.length === 0) return undefined
      // Prefer the separable reading only when asked for a split form.
      const verb =
        verbs.find((v) => (options?.split ? v.particle !== '' : v.particle === '')) ?? verbs[0]!
      const form = verb[slot]
      if (!form) return undefined
      if (options?.split && verb.particle && slot !== 'inf' && slot !== 'participle') {
        return form.startsWith(verb.particle) ? form.slice(verb.particle.length) : form
      }
      return form
    },
    separable(particle, lemma) {
      const joined = particle + lemma
      return formsOf(joined).some((v) => v.particle === particle) ? joined : undefined
    },
    isParticle: (word) => particles.has(word),
  }
}

/** The name of the generated file (see `DataSource.generated`): the verb table's index. */
export const GENERATED_VERBS_FILE = 'werkwoorden.bin'
/** First bytes of the generated file: "DWV" and format version 1. */
const VERBS_MAGIC = 0x31565744

/**
 * The index in the binary form of the generated file (`key`: the byte length of the TSV it is made
 * from; `prefix`: the bytes before it in the file, see `packArrays`).
 */
export function serializeVerbIndex(index: VerbIndex, key: number, prefix = 0): Uint8Array {
  const {rows, lemmas, lemmaRows, forms, formReadings, particles} = index
  return packArrays(
    VERBS_MAGIC,
    key,
    [
      rows.chars,
      rows.starts,
      ...[lemmas, forms, particles].flatMap((table) => [table.chars, table.starts, table.slots]),
      lemmaRows.first,
      lemmaRows.more,
      formReadings.first,
      formReadings.more,
    ],
    prefix,
  )
}

/** The index from its binary form, or undefined when the bytes are not that (for `key`). */
export function verbIndexFromBinary(bytes: Uint8Array, key: number): VerbIndex | undefined {
  const arrays = unpackArrays(bytes, VERBS_MAGIC, key)
  if (arrays?.length !== 15) return undefined
  const ints = (at: number) => {
    const array = arrays[at]
    return array instanceof Int32Array ? array : undefined
  }
  const chars = (at: number) => {
    const array = arrays[at]
    return array instanceof Int32Array ? undefined : array
  }
  /** The table of arrays `at` (code units), `at + 1` (starts) and `at + 2` (slots). */
  const table = (at: number) => {
    const [text, starts, slots] = [chars(at), ints(at + 1), arrays[at + 2]]
    if (!text || !starts || !slots || slots instanceof Uint8Array) return undefined
    return StringTable.from(text, starts, slots)
  }
  const [rowChars, rowStarts] = [chars(0), ints(1)]
  const [lemmas, forms, particles] = [table(2), table(5), table(8)]
  const [lemmaFirst, lemmaMore, formFirst, formMore] = [ints(11), ints(12), ints(13), ints(14)]
  if (!rowChars || !rowStarts || !lemmas || !forms || !particles) return undefined
  if (!lemmaFirst || !lemmaMore || !formFirst || !formMore) return undefined
  if (lemmaFirst.length !== lemmas.size || formFirst.length !== forms.size) return undefined
  return {
    rows: new StringList(rowChars, rowStarts),
    lemmas,
    lemmaRows: {first: lemmaFirst, more: lemmaMore},
    forms,
    formReadings: {first: formFirst, more: formMore},
    particles,
  }
}

/**
 * Lemmas of the modal verbs and zullen: their clause takes a bare infinitive, and their singular
 * has no t ("hij wil", "het kan").
 */
export const MODAL_LEMMAS: ReadonlySet<string> = new Set([
  'kunnen',
  'willen',
  'mogen',
  'zullen',
  'moeten',
])

let loaded: VerbTable | undefined

/**
 * The verb table shipped in src/data/werkwoorden.tsv, loaded once per process: from the build's
 * generated index when the data source has one made from the TSV as it is now, else parsed.
 */
export function loadVerbTable(): VerbTable {
  loaded ??= readVerbTable()
  return loaded
}

/** The verb table, from the generated index if current, else from the TSV (not kept). */
export function readVerbTable(): VerbTable {
  const generated = readGeneratedFile(GENERATED_VERBS_FILE)
  const index = generated && verbIndexFromBinary(generated.bytes, generated.sourceLength)
  return index ? verbTableOf(index) : createVerbTable(readDataFile('werkwoorden.tsv'))
}
