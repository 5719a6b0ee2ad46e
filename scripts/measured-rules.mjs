// The sentence-level rules whose precision and recall are measured, shared by the labelled corpus
// (tests/corpus, scripts/quality.mjs) and the external held-out set (scripts/quality-external.mjs).
// Letter rules need whole letters and are measured on tests/fixtures/brieven instead.

/** Sentence-level rules, in the order of the tables. */
export const MEASURED_RULES = [
  'ambtelijke-taal',
  'lange-zin',
  'lijdende-vorm',
  'naamwoordstijl',
  'tangconstructie',
  'dubbele-ontkenning',
  'vage-termijn',
  'afkorting',
  'aanspreekvorm',
  'moeilijk-woord',
  'spelling',
  'toon',
  'datum-en-bedrag',
  'persoonsgegevens',
]

/**
 * The default preset as users get it, sentence rules only. A measured rule that the default
 * switches off is switched on at 'info', so its precision is known before anyone switches it on;
 * `severity` names those with `offLabel`.
 * @param {typeof import('../packages/core/dist/node/index.js')} core
 * @param {string} offLabel
 */
export async function measuredChecker(core, offLabel) {
  const {createChecker, builtinRules} = core
  const built = new Set(builtinRules.map((rule) => rule.id))
  let checker = await createChecker({lang: 'nl', letter: false})
  const offByDefault = MEASURED_RULES.filter(
    (id) => built.has(id) && !checker.rules.some(({rule}) => rule.id === id),
  )
  if (offByDefault.length > 0) {
    checker = await createChecker({
      lang: 'nl',
      letter: false,
      rules: Object.fromEntries(offByDefault.map((id) => [id, 'info'])),
    })
  }
  const severity = Object.fromEntries(
    checker.rules.map(({rule, setting}) => [rule.id, setting.severity]),
  )
  for (const id of offByDefault) severity[id] = offLabel
  return {checker, severity}
}
