// Rules built on the language layer, measured on the held-out UD LassySmall test file (text the
// project did not write). Usage (after `pnpm build`): node scripts/eval-rules-heldout.mjs
//
// - spelling d/t: precision = findings of the verb-form check on the clean treebank sentences
//   (edited text: every finding is a false positive); recall = errors injected into those same
//   sentences, one per sentence, at a verb the gold annotation marks: a finite t-form written
//   without t (vindt → vind), a finite form written as a participle (gebeurt → gebeurd) and a
//   participle after an auxiliary written with t (gebeurd → gebeurt).
// - lijdende-vorm: recall and precision per sentence against the treebank's aux:pass relations.
// - spelling congruentie (article, adjective and relative pronoun agreement): precision = findings
//   on the clean sentences; recall = errors injected into them, one per sentence and kind, where
//   the gold annotation says what agrees with what: an article swapped before a singular noun
//   (de ↔ het), the -e added to an adjective between 'een' and a het-word, the -e taken off an
//   adjective after 'de' or a possessive before a de-word or plural, and a relative 'dat' after a
//   het-word written 'die', and the -e taken off an adjective before a plural without a
//   determiner ("in klein kooien").
// - spelling persoonsvorm (subject-verb agreement): precision = findings on the clean sentences;
//   recall = one error per sentence injected at a finite verb whose gold subject (nsubj) is a
//   noun: the verb takes the other number in the same tense (de gegevens worden → wordt).
import {heldOut} from './eval-tagger.mjs'

const ratio = (a, b) => (b === 0 ? 1 : a / b)

/** Rebuild a sentence's text from its tokens (spaces as written in the original `# text`). */
function join(tokens) {
  return tokens.map((t) => t.form).join(' ')
}

export async function evaluateRules() {
  const sentences = heldOut()
  if (!sentences) return undefined
  const {createChecker} = await import('../packages/core/dist/node/index.js')
  const {loadVerbTable} = await import('../packages/core/dist/nlp/verbs.js')
  const {inflectAdjective} = await import('../packages/core/dist/nlp/adjectives.js')
  const {bareAdjective} = await import('../packages/core/dist/nlp/adjectives.js')
  const verbs = loadVerbTable()
  const checker = await createChecker({
    lang: 'nl',
    letter: false,
    rules: {'moeilijk-woord': 'off', 'lijdende-vorm': 'warning'},
  })
  const findingsOf = (text) => checker.check({text}).findings

  const dt = {sentences: 0, fp: 0, injected: 0, found: 0, right: 0, kinds: {}}
  const passive = {tp: 0, fp: 0, fn: 0, tn: 0}
  const agreement = {fp: 0, injected: 0, found: 0, right: 0, kinds: {}}
  const subjectVerb = {fp: 0, injected: 0, found: 0, right: 0}
  for (const tokens of sentences) {
    const text = join(tokens)
    const findings = findingsOf(text)
    agreement.fp += findings.filter((f) => f.messageId === 'congruentie').length
    for (const [kind, at, wrong] of agreementInjections(tokens, inflectAdjective, bareAdjective)) {
      const changed = tokens.map((x, j) => (j === at ? {...x, form: wrong} : x))
      const start = changed.slice(0, at).reduce((n, x) => n + x.form.length + 1, 0)
      const hit = findingsOf(join(changed)).find(
        (f) => f.messageId === 'congruentie' && f.place?.start?.offset === start,
      )
      agreement.injected++
      agreement.kinds[kind] ??= {injected: 0, found: 0}
      agreement.kinds[kind].injected++
      if (hit) {
        agreement.found++
        agreement.kinds[kind].found++
        if ([hit.expected].flat()[0] === tokens[at].form) agreement.right++
      }
    }
    subjectVerb.fp += findings.filter((f) => f.messageId === 'persoonsvorm').length
    const svInjection = subjectVerbInjection(tokens, verbs)
    if (svInjection) {
      const [at, wrong] = svInjection
      const changed = tokens.map((x, j) => (j === at ? {...x, form: wrong} : x))
      const start = changed.slice(0, at).reduce((n, x) => n + x.form.length + 1, 0)
      const hit = findingsOf(join(changed)).find(
        (f) => f.messageId === 'persoonsvorm' && f.place?.start?.offset === start,
      )
      subjectVerb.injected++
      if (hit) {
        subjectVerb.found++
        if ([hit.expected].flat()[0] === tokens[at].form) subjectVerb.right++
      }
    }
    dt.sentences++
    dt.fp += findings.filter((f) => f.ruleId === 'spelling' && f.messageId === 'werkwoord').length
    const goldPassive = tokens.some((t) => t.deprel === 'aux:pass')
    const flagged = findings.some((f) => f.ruleId === 'lijdende-vorm')
    if (goldPassive && flagged) passive.tp++
    else if (flagged) passive.fp++
    else if (goldPassive) passive.fn++
    else passive.tn++

    // Inject one d/t error.
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      const lower = t.form.toLowerCase()
      if (t.form !== lower || i === 0) continue
      let wrong
      let kind
      const analyses = verbs.analyse(lower).filter((a) => !a.split)
      if (t.xpos === 'WW|pv|tgw|met-t' && lower.endsWith('dt')) {
        wrong = lower.slice(0, -1)
        kind = 'dt → d'
      } else if (t.xpos === 'WW|pv|tgw|met-t' && lower.endsWith('t')) {
        const a = analyses.find((x) => x.slot === 'sg3')
        const participle = a && verbs.inflect(a.lemma, 'participle')
        if (participle === lower.slice(0, -1) + 'd') {
          wrong = participle
          kind = 'finiet → deelwoord'
        }
      } else if (t.xpos === 'WW|vd|vrij|zonder' && lower.endsWith('d')) {
        const a = analyses.find((x) => x.slot === 'participle')
        const sg3 = a && verbs.inflect(a.lemma, 'sg3')
        const auxiliary = tokens.some(
          (x) => x.head === t.id && (x.deprel === 'aux' || x.deprel === 'aux:pass'),
        )
        if (sg3 === lower.slice(0, -1) + 't' && auxiliary) {
          wrong = sg3
          kind = 'deelwoord → finiet'
        }
      }
      if (!wrong) continue
      const changed = tokens.map((x, j) => (j === i ? {...x, form: wrong} : x))
      const changedText = join(changed)
      const start = changed.slice(0, i).reduce((n, x) => n + x.form.length + 1, 0)
      const hit = findingsOf(changedText).find(
        (f) =>
          f.ruleId === 'spelling' &&
          f.messageId === 'werkwoord' &&
          f.place?.start?.offset === start,
      )
      dt.injected++
      dt.kinds[kind] ??= {injected: 0, found: 0}
      dt.kinds[kind].injected++
      if (hit) {
        dt.found++
        dt.kinds[kind].found++
        if ([hit.expected].flat().includes(t.form)) dt.right++
      }
      break
    }
  }
  return {
    dt: {
      ...dt,
      recall: ratio(dt.found, dt.injected),
      rightSuggestion: ratio(dt.right, dt.found),
    },
    agreement: {
      ...agreement,
      recall: ratio(agreement.found, agreement.injected),
      rightSuggestion: ratio(agreement.right, agreement.found),
    },
    subjectVerb: {
      ...subjectVerb,
      recall: ratio(subjectVerb.found, subjectVerb.injected),
      rightSuggestion: ratio(subjectVerb.right, subjectVerb.found),
    },
    passive: {
      ...passive,
      precision: ratio(passive.tp, passive.tp + passive.fp),
      recall: ratio(passive.tp, passive.tp + passive.fn),
    },
  }
}

const POSSESSIVE_OR_DEFINITE = new Set(['de', 'deze', 'die', 'uw', 'mijn', 'onze', 'hun', 'jouw'])

/**
 * One injected subject-verb error in a sentence: [token index, wrong form] at the first finite
 * verb (lower case) whose gold subject is a noun, the verb in the other number and the same tense,
 * or undefined.
 */
export function subjectVerbInjection(tokens, verbs) {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t.xpos?.startsWith('WW|pv') || t.form !== t.form.toLowerCase()) continue
    const subject = tokens.find((x) => x.head === t.id && x.deprel === 'nsubj' && x.upos === 'NOUN')
    if (!subject) continue
    const own = verbs
      .analyse(t.form)
      .filter((a) => a.lemma === t.lemma && !a.split && a.particle === '')
    if (own.length === 0) continue
    const plural = /Number=Plur/.test(subject.feats)
    const past = t.xpos.includes('|verl|')
    const wrong = verbs.inflect(
      t.lemma,
      plural ? (past ? 'pastSg' : 'sg3') : past ? 'pastPl' : 'pl',
    )
    if (wrong && wrong !== t.form) return [i, wrong]
  }
  return undefined
}

/**
 * One injected agreement error per kind in a sentence: [kind, token index, wrong form], at the
 * first place the gold annotation allows it.
 */
export function agreementInjections(tokens, inflectAdjective, bareAdjective) {
  const out = new Map()
  const det = (noun) =>
    tokens.find((x) => x.head === noun.id && x.deprel === 'det' && x.upos === 'DET')
  for (const [i, t] of tokens.entries()) {
    const head = tokens.find((x) => x.id === t.head)
    const sing = head?.upos === 'NOUN' && /Number=Sing/.test(head.feats)
    const gender = head && /Gender=(Com|Neut)/.exec(head.feats)?.[1]
    if (!out.has('lidwoord') && t.upos === 'DET' && t.deprel === 'det' && sing && gender) {
      const lower = t.form.toLowerCase()
      const swap = {de: 'het', het: 'de'}[lower]
      if (swap && (lower === 'de') === (gender === 'Com'))
        out.set('lidwoord', [i, t.form === lower ? swap : swap[0].toUpperCase() + swap.slice(1)])
    }
    if (t.upos !== 'ADJ' || !head || head.id !== t.id + 1 || head.upos !== 'NOUN') continue
    const article = det(head)?.form.toLowerCase()
    if (
      !out.has('een + -e') &&
      t.xpos.startsWith('ADJ|prenom|basis|zonder') &&
      gender === 'Neut' &&
      sing &&
      article === 'een'
    ) {
      const wrong = inflectAdjective(t.form)
      if (wrong && wrong !== t.form) out.set('een + -e', [i, wrong])
    }
    if (
      !out.has('de + zonder -e') &&
      t.xpos.startsWith('ADJ|prenom|basis|met-e') &&
      (gender === 'Com' || /Number=Plur/.test(head.feats)) &&
      POSSESSIVE_OR_DEFINITE.has(article)
    ) {
      const wrong = bareAdjective(t.form)
      if (wrong) out.set('de + zonder -e', [i, wrong])
    }
    if (
      !out.has('meervoud zonder lidwoord') &&
      t.xpos.startsWith('ADJ|prenom|basis|met-e') &&
      /Number=Plur/.test(head.feats) &&
      !tokens.some((x) => x.head === head.id && ['det', 'nmod:poss', 'nummod'].includes(x.deprel))
    ) {
      const wrong = bareAdjective(t.form)
      if (wrong) out.set('meervoud zonder lidwoord', [i, wrong])
    }
  }
  for (const [i, t] of tokens.entries()) {
    if (t.form !== 'dat' || !/PronType=Rel/.test(t.feats)) continue
    const clause = tokens.find((x) => x.id === t.head)
    const antecedent = clause && tokens.find((x) => x.id === clause.head)
    if (
      clause?.deprel === 'acl:relcl' &&
      antecedent?.upos === 'NOUN' &&
      /Gender=Neut/.test(antecedent.feats) &&
      /Number=Sing/.test(antecedent.feats)
    ) {
      out.set('dat → die', [i, 'die'])
      break
    }
  }
  return [...out].map(([kind, [at, wrong]]) => [kind, at, wrong])
}

export function rulesTable(r) {
  const f = (v) => v.toFixed(2).replace('.', ',')
  const kinds = Object.entries(r.dt.kinds)
    .map(([k, v]) => `${k} ${v.found}/${v.injected}`)
    .join(', ')
  return [
    `Held-out: ${r.dt.sentences} zinnen uit nl_lassysmall-ud-test.conllu.`,
    '',
    '| regel | meting | TP | FP | FN | precisie | recall |',
    '|---|---|---|---|---|---|---|',
    `| spelling (d/t) | ${r.dt.injected} ingevoegde d/t-fouten (${kinds}); FP op de schone zinnen | ${r.dt.found} | ${r.dt.fp} | ${r.dt.injected - r.dt.found} | ${f(ratio(r.dt.found, r.dt.found + r.dt.fp))} | ${f(r.dt.recall)} |`,
    `| spelling (congruentie) | ${r.agreement.injected} ingevoegde fouten (${Object.entries(
      r.agreement.kinds,
    )
      .map(([k, v]) => `${k} ${v.found}/${v.injected}`)
      .join(
        ', ',
      )}); FP op de schone zinnen | ${r.agreement.found} | ${r.agreement.fp} | ${r.agreement.injected - r.agreement.found} | ${f(ratio(r.agreement.found, r.agreement.found + r.agreement.fp))} | ${f(r.agreement.recall)} |`,
    `| spelling (persoonsvorm) | ${r.subjectVerb.injected} ingevoegde fouten in het getal van de persoonsvorm bij een zelfstandig naamwoord als onderwerp; FP op de schone zinnen | ${r.subjectVerb.found} | ${r.subjectVerb.fp} | ${r.subjectVerb.injected - r.subjectVerb.found} | ${f(ratio(r.subjectVerb.found, r.subjectVerb.found + r.subjectVerb.fp))} | ${f(r.subjectVerb.recall)} |`,
    `| lijdende-vorm | zinnen met aux:pass in de treebank | ${r.passive.tp} | ${r.passive.fp} | ${r.passive.fn} | ${f(r.passive.precision)} | ${f(r.passive.recall)} |`,
    '',
    `Spelling: bij ${f(r.dt.rightSuggestion)} van de gevonden d/t-fouten is de voorgestelde vorm de oorspronkelijke; bij ${f(r.agreement.rightSuggestion)} van de gevonden congruentiefouten ook, en bij ${f(r.subjectVerb.rightSuggestion)} van de gevonden persoonsvormfouten.`,
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await evaluateRules()
  if (!r) {
    console.log('eval-rules-heldout: ../shared/data not found; skipped')
    process.exit(0)
  }
  console.log(rulesTable(r))
}
