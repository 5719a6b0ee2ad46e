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

/** Parse werkwoorden.tsv (see its header for the columns). */
export function createVerbTable(text: string): VerbTable {
  const byLemma = new Map<string, VerbForms[]>()
  const byForm = new Map<string, VerbAnalysis[]>()
  const particles = new Set<string>()
  const add = (form: string, analysis: VerbAnalysis) => {
    if (!form) return
    const list = byForm.get(form)
    if (!list) byForm.set(form, [analysis])
    else if (!list.some((a) => a.lemma === analysis.lemma && a.slot === analysis.slot)) {
      list.push(analysis)
    }
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
    if (particle) particles.add(particle)
    for (const slot of VERB_SLOTS) {
      const form = verb[slot]
      add(form, {lemma: inf, slot, feats: FEATS[slot], particle, split: false})
      // Finite forms of a separable verb stand without the particle in a main clause.
      if (particle && slot !== 'inf' && slot !== 'participle' && form.startsWith(particle)) {
        add(form.slice(particle.length), {
          lemma: inf,
          slot,
          feats: FEATS[slot],
          particle,
          split: true,
        })
      }
    }
  }
  return {
    size: byLemma.size,
    forms: (lemma) => byLemma.get(lemma) ?? [],
    analyse: (form) => byForm.get(form) ?? [],
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
