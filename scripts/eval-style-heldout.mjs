// naamwoordstijl, tangconstructie and dubbele-ontkenning on the held-out UD LassySmall test file
// (text the project did not write; never used to build or tune these rules). Usage (after
// `pnpm build`): node scripts/eval-style-heldout.mjs [--dump] [--all] [--gold RULE]
//
// - precision: every finding of the three rules on the 1,761 sentences (their `# text`, as
//   written) is judged by hand in tests/heldout/style-labels.tsv (sentence id, rule, offsets,
//   message id, label; never the sentence). TRUE = a careful B1 editor would sign it, PARTLY =
//   right spot but a wrong message, FALSE = the text is fine here; PARTLY counts half. Findings
//   without a label are listed (`--dump` prints them with their sentence, for labelling).
// - recall where the treebank has the answer, from its gold dependencies (not from the tagger):
//   tangconstructie: a finite verb and its separable particle (compound:prt) or its auxiliary's
//   verb (aux, aux:pass) after it with more than 10 words between; a determiner and its noun with
//   a participle or adjective before the noun that has its own dependents and more than 4 words
//   between. dubbele-ontkenning: a negation (niet, geen, nooit, niemand, niets, nergens, niks)
//   attached to an adjective with a negative prefix (on-, in-, niet-) or to a negative verb
//   (voorkomen, vermijden, weigeren, ontbreken, verbieden), or two negations on the same head.
//   naamwoordstijl: a noun whose lemma is made from a verb (-ing, -atie, the verb's stem) as
//   subject or object of a support verb (plaatsvinden, volgen, verrichten, verlenen, leveren,
//   zorgdragen), after "ter", or after "tot" with komen/overgaan. A gold case is found when a
//   finding of the rule overlaps it. `--gold RULE` prints the missed ones with their sentence.
// - `--data dev`: the same recall on the two training files (nl_lassysmall-ud-dev and
//   nl_alpino-ud-dev) instead, to study what the rules miss without looking at the held-out file;
//   no precision there (its findings are not labelled).
import {existsSync, readFileSync} from 'node:fs'
import {readConlluSentences} from './conllu.mjs'

const UD = new URL('../../shared/data/ud-dutch/', import.meta.url)
const HELD_OUT = ['nl_lassysmall-ud-test.conllu']
const DEV = ['nl_lassysmall-ud-dev.conllu', 'nl_alpino-ud-dev.conllu']
const LABELS = new URL('../tests/heldout/style-labels.tsv', import.meta.url)
export const STYLE_RULES = ['naamwoordstijl', 'tangconstructie', 'dubbele-ontkenning']

const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'niemand', 'niets', 'nergens', 'niks'])
const NEGATIVE_VERBS = new Set(['voorkomen', 'vermijden', 'weigeren', 'ontbreken', 'verbieden'])
const SUPPORT = new Set([
  'plaatsvinden',
  'volgen',
  'verrichten',
  'verlenen',
  'leveren',
  'zorgdragen',
])

/** Sentences with id, text and tokens (with character offsets in the text where found). */
function readSentences(files) {
  const out = files.flatMap((file) => readConlluSentences(readFileSync(new URL(file, UD), 'utf8')))
  for (const s of out) {
    let at = 0
    for (const t of s.tokens) {
      const i = s.text.indexOf(t.form, at)
      if (i >= 0) {
        t.start = i
        t.end = i + t.form.length
        at = t.end
      }
    }
  }
  return out
}

const wordsBetween = (tokens, a, b) =>
  tokens.filter((t) => t.id > Math.min(a, b) && t.id < Math.max(a, b) && t.upos !== 'PUNCT').length

/** Gold cases per rule in one sentence: [{start, end, what}]. */
function goldCases(s, deverbal) {
  const {tokens} = s
  const byId = new Map(tokens.map((t) => [t.id, t]))
  const children = (t) => tokens.filter((c) => c.head === t.id)
  const span = (a, b) => ({start: Math.min(a.start, b.start), end: Math.max(a.end, b.end)})
  const out = {naamwoordstijl: [], tangconstructie: [], 'dubbele-ontkenning': []}
  for (const t of tokens) {
    if (t.start === undefined) continue
    const head = byId.get(t.head)
    // tangconstructie: verb ... particle / verb cluster
    if (head?.start !== undefined && t.xpos.startsWith('WW|pv') && t.id < head.id) {
      if (
        (t.deprel === 'aux' || t.deprel === 'aux:pass') &&
        wordsBetween(tokens, t.id, head.id) > 10
      )
        out.tangconstructie.push({...span(t, head), what: 'werkwoord'})
    }
    if (t.deprel === 'compound:prt' && head?.xpos.startsWith('WW|pv') && head.id < t.id) {
      if (wordsBetween(tokens, head.id, t.id) > 10)
        out.tangconstructie.push({...span(head, t), what: 'werkwoord'})
    }
    // tangconstructie: determiner ... noun with a modifier that has its own dependents
    if (t.upos === 'NOUN' && t.start !== undefined) {
      const det = children(t).find((c) => c.deprel === 'det' && c.id < t.id)
      const modifier = children(t).find(
        (c) =>
          (c.deprel === 'amod' || c.deprel === 'acl') &&
          c.id < t.id &&
          c.id > (det?.id ?? 0) &&
          children(c).some((d) => d.id < c.id && d.upos !== 'PUNCT' && d.deprel !== 'advmod'),
      )
      if (det?.start !== undefined && modifier && wordsBetween(tokens, det.id, t.id) > 4)
        out.tangconstructie.push({...span(det, t), what: 'lidwoord'})
    }
    // dubbele-ontkenning
    if (NEGATIONS.has(t.lemma.toLowerCase()) && head?.start !== undefined) {
      const l = head.lemma.toLowerCase()
      if (
        head.upos === 'ADJ' &&
        /^(on|in|im|il|ir|niet-)./.test(l) &&
        deverbal.negativeAdjective(l)
      )
        out['dubbele-ontkenning'].push({...span(t, head), what: 'prefix'})
      // voor_komen (separable) is 'occur'; only voorkomen 'prevent' negates
      if (NEGATIVE_VERBS.has(head.rawLemma))
        out['dubbele-ontkenning'].push({...span(t, head), what: 'werkwoord'})
      const other = tokens.find(
        (o) => o !== t && o.head === t.head && o.id > t.id && NEGATIONS.has(o.lemma.toLowerCase()),
      )
      if (other?.start !== undefined)
        out['dubbele-ontkenning'].push({...span(t, other), what: 'paar'})
    }
    // naamwoordstijl
    if (t.upos === 'NOUN' && deverbal.verbOf(t.lemma.toLowerCase())) {
      const cases = children(t).map((c) => c.form.toLowerCase())
      // volgen with an object of its own is "follow" ("de verkoop volgt de tendens")
      const follows = head?.lemma === 'volgen' && children(head).some((c) => c.deprel === 'obj')
      if (
        head &&
        SUPPORT.has(head.lemma) &&
        !follows &&
        /^(nsubj|obj|obl)/.test(t.deprel) &&
        head.start !== undefined
      )
        out.naamwoordstijl.push({...span(t, head), what: head.lemma})
      else if (cases.includes('ter'))
        out.naamwoordstijl.push({start: t.start, end: t.end, what: 'ter'})
      else if (
        cases.includes('tot') &&
        head &&
        ['komen', 'overgaan'].includes(head.lemma) &&
        head.start !== undefined
      )
        out.naamwoordstijl.push({...span(t, head), what: head.lemma})
    }
  }
  return out
}

const keyOf = (f) => [f.id, f.ruleId, f.start, f.end, f.messageId].join('\t')

function readLabels() {
  const labels = new Map()
  if (!existsSync(LABELS)) return labels
  for (const line of readFileSync(LABELS, 'utf8').split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('sent_id\t')) continue
    const [id, ruleId, start, end, messageId, label] = line.split('\t')
    labels.set(keyOf({id, ruleId, start, end, messageId}), label)
  }
  return labels
}

export async function evaluateStyleRules({dev = false} = {}) {
  const files = dev ? DEV : HELD_OUT
  if (!files.every((file) => existsSync(new URL(file, UD)))) return undefined
  const core = await import('../packages/core/dist/node/index.js')
  const deverbal = await import('../packages/core/dist/nlp/deverbal.js')
  const checker = await core.createChecker({
    lang: 'nl',
    letter: false,
    rules: Object.fromEntries(STYLE_RULES.map((id) => [id, 'warning'])),
  })
  const labels = dev ? new Map() : readLabels()
  const r = Object.fromEntries(
    STYLE_RULES.map((id) => [
      id,
      {
        findings: 0,
        TRUE: 0,
        PARTLY: 0,
        FALSE: 0,
        unlabelled: [],
        all: [],
        gold: 0,
        found: 0,
        missed: [],
      },
    ]),
  )
  for (const s of readSentences(files)) {
    const findings = checker
      .check({text: s.text})
      .findings.filter((f) => STYLE_RULES.includes(f.ruleId))
      .map((f) => ({
        id: s.id,
        ruleId: f.ruleId,
        start: f.range.start.offset,
        end: f.range.end.offset,
        messageId: f.messageId,
        message: f.reason,
        text: s.text,
      }))
    for (const f of findings) {
      const x = r[f.ruleId]
      x.findings++
      const label = labels.get(keyOf(f))
      if (label) x[label]++
      else x.unlabelled.push(f)
      x.all.push({...f, label})
    }
    const gold = goldCases(s, deverbal)
    for (const id of STYLE_RULES) {
      for (const g of gold[id]) {
        r[id].gold++
        const hit = findings.some((f) => f.ruleId === id && f.start < g.end && g.start < f.end)
        if (hit) r[id].found++
        else r[id].missed.push({...g, id: s.id, text: s.text})
      }
    }
  }
  for (const x of Object.values(r)) {
    const judged = x.TRUE + x.PARTLY + x.FALSE
    x.precision = judged === 0 ? undefined : (x.TRUE + x.PARTLY / 2) / judged
    x.recall = x.gold === 0 ? undefined : x.found / x.gold
  }
  return r
}

export function styleTable(r) {
  const f = (v) => (v === undefined ? '–' : v.toFixed(2).replace('.', ','))
  return [
    '| regel | meldingen | goed | deels | fout | ongelabeld | precisie | gevallen in de treebank | gevonden | recall |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...STYLE_RULES.map((id) => {
      const x = r[id]
      return `| ${id} | ${x.findings} | ${x.TRUE} | ${x.PARTLY} | ${x.FALSE} | ${x.unlabelled.length} | ${f(x.precision)} | ${x.gold} | ${x.found} | ${f(x.recall)} |`
    }),
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2)
  const r = await evaluateStyleRules({dev: argv[argv.indexOf('--data') + 1] === 'dev'})
  if (!r) {
    console.log('eval-style-heldout: ../shared/data not found; skipped')
    process.exit(0)
  }
  console.log(styleTable(r))
  if (argv.includes('--dump') || argv.includes('--all')) {
    for (const x of Object.values(r)) {
      for (const f of argv.includes('--all') ? x.all : x.unlabelled) {
        console.log(
          `${keyOf(f)}\t${f.label ?? '?'}\t…${f.text.slice(Math.max(0, f.start - 30), f.start)}[${f.text.slice(f.start, f.end)}]${f.text.slice(f.end, f.end + 30)}…\t${f.message}`,
        )
      }
    }
  }
  const gold = argv[argv.indexOf('--gold') + 1]
  if (argv.includes('--gold') && r[gold]) {
    for (const g of r[gold].missed) {
      console.log(
        `${g.id}\t${g.what}\t${g.text.slice(0, g.start)}[${g.text.slice(g.start, g.end)}]${g.text.slice(g.end)}`,
      )
    }
  }
}
