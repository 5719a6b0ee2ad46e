import {readDataFile} from './frequency.js'

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

/** Parse werkwoorden.tsv (see its header for the columns). */
export function createVerbTable(text: string): VerbTable {
  const byLemma = new Map<string, VerbForms[]>()
  const verbs: VerbForms[] = []
  /** Packed readings of each form: one number, or a list when there are more. */
  const packed = new Map<string, number | number[]>()
  const particles = new Set<string>()
  /** A reading of this lemma in this slot is there already (the first one added is kept). */
  const has = (code: number, lemma: string, slot: number) =>
    verbs[Math.floor(code / 32)]!.inf === lemma && ((code >> 1) & 15) === slot
  const add = (form: string, verb: number, slot: number, split: boolean) => {
    if (!form) return
    const code = pack(verb, slot, split)
    const lemma = verbs[verb]!.inf
    const known = packed.get(form)
    if (known === undefined) packed.set(form, code)
    else if (typeof known === 'number') {
      if (!has(known, lemma, slot)) packed.set(form, [known, code])
    } else if (!known.some((other) => has(other, lemma, slot))) {
      known.push(code)
    }
  }
  const readings = new Map<string, VerbAnalysis[]>()
  /** The readings of a form as objects, made on the first question about the form. */
  const analyse = (form: string): readonly VerbAnalysis[] => {
    let list = readings.get(form)
    if (list) return list
    const codes = packed.get(form)
    if (codes === undefined) return []
    list = (typeof codes === 'number' ? [codes] : codes).map((code) => {
      const verb = verbs[Math.floor(code / 32)]!
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
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const [inf = '', sg1 = '', sg2, sg3, pastSg = '', pastPl = '', participle = '', particle = ''] =
      line.split('\t')
    const verb: VerbForms = {
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
    const list = byLemma.get(inf)
    if (list) list.push(verb)
    else byLemma.set(inf, [verb])
    const index = verbs.push(verb) - 1
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
    size: byLemma.size,
    forms: (lemma) => byLemma.get(lemma) ?? [],
    analyse,
    inflect(lemma, slot, options) {
      const verbs = byLemma.get(lemma)
      if (!verbs) return undefined
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
      return byLemma.get(joined)?.some((v) => v.particle === particle) ? joined : undefined
    },
    isParticle: (word) => particles.has(word),
  }
}

let loaded: VerbTable | undefined

/** The verb table shipped in src/data/werkwoorden.tsv, loaded once per process. */
export function loadVerbTable(): VerbTable {
  loaded ??= createVerbTable(readDataFile('werkwoorden.tsv'))
  return loaded
}
