import type {VerbTable} from '../verbs.js'
import {
  CONTEXT_FEATURES,
  contextFeatures,
  wordEntry,
  type TaggerLexicon,
  type WordEntry,
} from './features.js'
import type {Label, TaggerModel} from './model.js'

/** Part of speech, morphology and lemma of one word. */
export interface WordTag {
  /** Universal Dependencies part of speech (NOUN, VERB, AUX, ADJ, ...). */
  upos: string
  /** Lassy/CGN tag (WW|pv|tgw|met-t, N|soort|ev|basis|zijd|stan, ...). */
  xpos: string
  /** Lemma; separable verbs joined (oplossen), compounds without separator. */
  lemma: string
  /** Universal Dependencies features (VerbForm, Tense, Number, Degree, ...). Shared, read-only. */
  feats: Readonly<Record<string, string>>
  /** For a finite verb: index of its separable particle in the same clause ("lost … op"). */
  particle?: number
  /** For a separable particle: index of its verb. */
  verb?: number
}

export interface Tagger {
  /** Tag a sentence of pre-tokenised words. */
  tag(words: readonly string[]): WordTag[]
  readonly labels: readonly Label[]
}

const CACHE_LIMIT = 100_000

/** Bit mask of the verb-table readings of a form: one bit per slot, bit 8 for a split form. */
export function verbMask(verbs: VerbTable, lower: string): number {
  let mask = 0
  for (const a of verbs.analyse(lower)) {
    const bit =
      a.slot === 'inf'
        ? 0
        : a.slot === 'sg1'
          ? 1
          : a.slot === 'sg2' || a.slot === 'sg3'
            ? 2
            : a.slot === 'pl'
              ? 3
              : a.slot === 'pastSg'
                ? 4
                : a.slot === 'pastPl'
                  ? 5
                  : 6
    mask |= 1 << (a.split ? bit + 8 : bit)
  }
  return mask
}

interface Cached {
  entry: WordEntry
  lemmas: Map<number, string>
}

export function createTagger(
  model: TaggerModel,
  lexicon: TaggerLexicon & {verbs: VerbTable},
): Tagger {
  const {labels, weights, dictionary} = model
  const nLabels = labels.length
  // Open addressing over the feature keys: slot → feature index + 1.
  let size = 1
  while (size < weights.keys.length * 2) size <<= 1
  const mask = size - 1
  const slots = new Int32Array(size)
  for (let i = 0; i < weights.keys.length; i++) {
    let s = weights.keys[i]! & mask
    while (slots[s] !== 0) s = (s + 1) & mask
    slots[s] = i + 1
  }
  const {keys, rows, labels: rowLabels, weights: rowWeights} = weights
  const scores = new Float64Array(nLabels)
  const context = new Uint32Array(CONTEXT_FEATURES)

  const addFeature = (key: number) => {
    let s = key & mask
    for (;;) {
      const index = slots[s]!
      if (index === 0) return
      if (keys[index - 1] === key) {
        for (let r = rows[index - 1]!, end = rows[index]!; r < end; r++) {
          scores[rowLabels[r]!]! += rowWeights[r]!
        }
        return
      }
      s = (s + 1) & mask
    }
  }

  const cache = new Map<string, Cached>()
  const cached = (form: string): Cached => {
    let c = cache.get(form)
    if (!c) {
      if (cache.size >= CACHE_LIMIT) cache.clear()
      c = {entry: wordEntry(form, lexicon), lemmas: new Map()}
      cache.set(form, c)
    }
    return c
  }

  const pos = labels.map((l) => l.upos)
  const isFinite = labels.map((l) => l.xpos.startsWith('WW|pv'))
  const isParticleTag = labels.map((l) => l.xpos === 'VZ|fin')
  const isBoundary = labels.map(
    (l) => l.xpos === 'LET' || l.upos === 'SCONJ' || l.upos === 'CCONJ' || l.xpos.includes('betr'),
  )

  function lemmaOf(form: string, label: number): string {
    const lower = form.toLowerCase()
    const known = model.lemmas.get(lower) ?? model.lemmas.get(form)
    if (known) {
      const exact = known.get(label)
      if (exact !== undefined) return exact
      for (const [l, lemma] of known) if (pos[l] === pos[label]) return lemma
    }
    const upos = pos[label]!
    if (upos === 'PROPN' || upos === 'X' || upos === 'SYM' || upos === 'PUNCT' || upos === 'NUM') {
      return form
    }
    if (upos === 'VERB' || upos === 'AUX') {
      const verbForm = labels[label]!.feats.VerbForm
      const prenominal = labels[label]!.xpos.includes('met-e') && lower.endsWith('e')
      const base = prenominal ? lower.slice(0, -1) : lower
      for (const a of lexicon.verbs.analyse(base)) {
        if (!a.split && a.feats.VerbForm === verbForm) return a.lemma
      }
    }
    const base = form.length > 1 && form === form.toUpperCase() ? form : lower
    const rules = model.rules.get(label)
    if (rules) {
      for (let k = Math.min(6, base.length - 1); k >= 1; k--) {
        const rule = rules.get(base.slice(base.length - k))
        if (rule) {
          const cut = Math.min(rule.cut, base.length - rule.prefixCut)
          return base.slice(rule.prefixCut, base.length - cut) + rule.add
        }
      }
    }
    return base
  }

  const join = (particle: string, verb: WordTag) =>
    lexicon.verbs.separable(particle, verb.lemma) !== undefined ||
    model.separable.has(particle + verb.lemma)

  /**
   * Link separable particles to their verb: the finite verb before them in their clause ("lost …
   * op"), or the infinitive after "te" ("op te lossen").
   */
  function linkParticles(words: readonly string[], tags: Int32Array, out: WordTag[]) {
    for (let i = 0; i < out.length; i++) {
      const lower = words[i]!.toLowerCase()
      if (!lexicon.verbs.isParticle(lower)) continue
      const infinitive = out[i + 2]
      if (
        words[i + 1]?.toLowerCase() === 'te' &&
        infinitive?.feats.VerbForm === 'Inf' &&
        join(lower, infinitive)
      ) {
        infinitive.lemma = lower + infinitive.lemma
        infinitive.particle = i
        out[i]!.verb = i + 2
        continue
      }
      if (i === 0) continue
      const next = tags[i + 1]
      const atEnd =
        next === undefined || isBoundary[next] || pos[next] === 'VERB' || pos[next] === 'AUX'
      if (!isParticleTag[tags[i]!] && !atEnd) continue
      for (let j = i - 1; j >= 0; j--) {
        const t = tags[j]!
        if (isBoundary[t]) break
        if (!isFinite[t]) continue
        const verb = out[j]!
        if (verb.particle !== undefined) break
        if (join(lower, verb)) {
          verb.lemma = lower + verb.lemma
          verb.particle = i
          out[i]!.verb = j
        }
        break
      }
    }
  }

  function tag(words: readonly string[]): WordTag[] {
    const n = words.length
    const entries: Cached[] = new Array<Cached>(n)
    for (let i = 0; i < n; i++) entries[i] = cached(words[i]!)
    const plain = entries.map((c) => c.entry)
    const tags = new Int32Array(n)
    let tag1 = -1
    let tag2 = -1
    for (let i = 0; i < n; i++) {
      const fixed = dictionary.get(words[i]!)
      let best = 0
      if (fixed !== undefined) best = fixed
      else {
        scores.fill(0)
        const own = plain[i]!.own
        for (let f = 0; f < own.length; f++) addFeature(own[f]!)
        contextFeatures(plain, i, tag1, tag2, context, 0)
        for (let f = 0; f < CONTEXT_FEATURES; f++) addFeature(context[f]!)
        let top = -Infinity
        for (let l = 0; l < nLabels; l++) {
          if (scores[l]! > top) {
            top = scores[l]!
            best = l
          }
        }
      }
      tags[i] = best
      tag2 = tag1
      tag1 = best
    }
    const out: WordTag[] = new Array<WordTag>(n)
    for (let i = 0; i < n; i++) {
      const label = labels[tags[i]!]!
      const c = entries[i]!
      let lemma = c.lemmas.get(tags[i]!)
      if (lemma === undefined) {
        lemma = lemmaOf(words[i]!, tags[i]!)
        c.lemmas.set(tags[i]!, lemma)
      }
      out[i] = {upos: label.upos, xpos: label.xpos, lemma, feats: label.feats}
    }
    linkParticles(words, tags, out)
    return out
  }

  return {tag, labels}
}
