// Figures of saved fold models (node scripts/train-tagger.mjs --tune --fold K --save FILE) on the
// fifth of LassySmall dev each did not see, summed over the folds given: for trying changes after
// the model (corrections) without training again. Never reads the held-out test file.
// Usage (after `pnpm build`): node scripts/eval-tagger-folds.mjs PREFIX [folds] [--alpino]
//   reads PREFIX-fold0.txt … PREFIX-fold4.txt (or only the folds listed, e.g. 1,4); with --alpino
//   PREFIX-fold0.txt … PREFIX-fold2.txt made with train-tagger.mjs --alpino-fold, on Alpino thirds;
//   ERRORS=VerbForm|UPOS|OOV prints the errors of that kind (form, gold, predicted, sentence).
import {existsSync, readFileSync} from 'node:fs'
import {readConllu} from './conllu.mjs'

await import('../packages/core/dist/node/index.js')
const core = '../packages/core/dist/nlp/'
const {parseModel} = await import(`${core}tagger/model.js`)
const {createTagger} = await import(`${core}tagger/tagger.js`)
const {loadTaggerLexicon} = await import(`${core}tagger/index.js`)

const DATA = new URL('../../shared/data/ud-dutch/', import.meta.url)
const args = process.argv.slice(2).filter((a) => a !== '--alpino')
// --alpino: models saved with train-tagger.mjs --alpino-fold K, each measured on its third of
// Alpino dev (newspaper text the corrections were not chosen on)
const onAlpino = process.argv.includes('--alpino')
const prefix = args[0]
const folds = (args[1] ?? (onAlpino ? '0,1,2' : '0,1,2,3,4')).split(',').map(Number)
if (!prefix || !existsSync(new URL('nl_lassysmall-ud-dev.conllu', DATA))) {
  console.log('usage: node scripts/eval-tagger-folds.mjs PREFIX [folds] (needs ../shared/data)')
  process.exit(prefix ? 0 : 1)
}
const alpino = readConllu(readFileSync(new URL('nl_alpino-ud-dev.conllu', DATA), 'utf8'))
const lassy = readConllu(readFileSync(new URL('nl_lassysmall-ud-dev.conllu', DATA), 'utf8'))
const lexicon = loadTaggerLexicon()
const show = process.env.ERRORS
const total = {n: 0, upos: 0, xpos: 0, lemma: 0, oov: 0, oovUpos: 0, verbs: 0, verbForm: 0}
const r = (a, b) => (a / b).toFixed(4)
for (const fold of folds) {
  const tagger = createTagger(
    parseModel(readFileSync(`${prefix}-fold${fold}.txt`, 'utf8')),
    lexicon,
  )
  const [held, other] = onAlpino ? [alpino, lassy] : [lassy, alpino]
  const parts = onAlpino ? 3 : 5
  const from = Math.floor((held.length * fold) / parts)
  const to = Math.floor((held.length * (fold + 1)) / parts)
  const vocabulary = new Set()
  for (const s of [...other, ...held.slice(0, from), ...held.slice(to)])
    for (const t of s) vocabulary.add(t.form)
  const c = {n: 0, upos: 0, xpos: 0, lemma: 0, oov: 0, oovUpos: 0, verbs: 0, verbForm: 0}
  for (const s of held.slice(from, to)) {
    const tags = tagger.tag(s.map((t) => t.form))
    const line = () => s.map((x) => x.form).join(' ')
    s.forEach((t, i) => {
      const p = tags[i]
      c.n++
      if (p.upos === t.upos) c.upos++
      else if (show === 'UPOS') console.log(`${t.form}\t${t.upos}\t${p.upos}\t${line()}`)
      if (p.xpos === t.xpos) c.xpos++
      if (p.lemma === t.lemma) c.lemma++
      if (!vocabulary.has(t.form)) {
        c.oov++
        if (p.upos === t.upos) c.oovUpos++
        else if (show === 'OOV') console.log(`${t.form}\t${t.upos}\t${p.upos}\t${line()}`)
      }
      if (t.upos === 'VERB' || t.upos === 'AUX') {
        c.verbs++
        const goldForm = /VerbForm=(\w+)/.exec(t.feats)?.[1] ?? ''
        if ((p.feats.VerbForm ?? '') === goldForm) c.verbForm++
        else if (show === 'VerbForm')
          console.log(`${t.form}\t${t.xpos}\t${p.upos} ${p.xpos}\t${line()}`)
      }
    })
  }
  console.log(
    `fold ${fold} (${c.n} tokens): UPOS ${r(c.upos, c.n)}, XPOS ${r(c.xpos, c.n)}, lemma ${r(c.lemma, c.n)}, ` +
      `unknown ${r(c.oovUpos, c.oov)} (${c.oov}), VerbForm ${r(c.verbForm, c.verbs)} (${c.verbs})`,
  )
  for (const k of Object.keys(total)) total[k] += c[k]
}
const t = total
console.log(
  `all (${t.n} tokens): UPOS ${r(t.upos, t.n)}, XPOS ${r(t.xpos, t.n)}, lemma ${r(t.lemma, t.n)}, ` +
    `unknown ${r(t.oovUpos, t.oov)} (${t.oov}), VerbForm ${r(t.verbForm, t.verbs)} (${t.verbs}); ` +
    `correct: UPOS ${t.upos}, unknown ${t.oovUpos}, VerbForm ${t.verbForm}`,
)
