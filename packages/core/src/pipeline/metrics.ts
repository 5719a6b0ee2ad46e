import {computeMetrics, type Metrics} from '../metrics/index.js'
import type {SentenceInfo, UnitInfo} from '../rule.js'
import type {Locator} from '../sourcemap.js'
import {ruleApplies} from './rules.js'
import type {Analysed, Runtime} from './types.js'

/** Unit kinds that are running text; headings, salutation, closing and alt text are not. */
const RUNNING_TEXT = new Set(['paragraph', 'listItem', 'quote', 'tableCell'])

/**
 * The units readability is measured on: running text before the closing line. Short lines such as
 * "Geachte heer Bakker," or "Team Vergunningen" would otherwise count as sentences and make every
 * letter look easier than it is.
 */
function runningText(units: readonly UnitInfo[]): UnitInfo[] {
  const closing = units.findIndex((u) => u.unit.kind === 'closing')
  return (closing === -1 ? units : units.slice(0, closing)).filter((u) =>
    RUNNING_TEXT.has(u.unit.kind),
  )
}

/** The rule whose analysis the passive share reports. */
const PASSIVE_RULE = 'lijdende-vorm'

/**
 * Metrics stage: readability figures, rare words and the level estimate over the running text.
 * The passive share comes from the shared passive analysis and is given when the lijdende-vorm
 * rule runs on the document (else it is undefined, as the writer did not ask for it).
 */
export function metricsStage(analysed: Analysed, runtime: Runtime, locator: Locator): Metrics {
  const units = runningText(analysed.parsed.units)
  const passiveRule = runtime.rules.find(({rule}) => rule.id === PASSIVE_RULE)
  let passiveSentences: Set<SentenceInfo> | undefined
  if (passiveRule && ruleApplies(passiveRule.rule, analysed)) {
    passiveSentences = new Set(
      units
        .flatMap((unit) => unit.sentences)
        .filter((sentence) => analysed.analyses.passives(sentence).length > 0),
    )
  }
  return computeMetrics(units, {
    frequency: runtime.frequency,
    passiveSentences,
    toRange: (start, end) => locator.range(start, end),
    targetLevel: runtime.config.targetLevel,
  })
}
