import type {ResolvedConfig, ResolvedRule} from './config/types.js'
import {defaultOptions, type Rule} from './rule.js'
import type {FixKind, Language, Severity} from './types.js'
import {REPOSITORY_URL, RULE_DOCS} from './rule-docs.generated.js'
import {builtinRules} from './rules/index.js'

/** What a rule is about, in Dutch (SARIF tags, grouping in lists). */
export type RuleCategory =
  'woordkeus' | 'zinsbouw' | 'briefopbouw' | 'notatie' | 'privacy' | 'engels' | 'overig'

const CATEGORY: Readonly<Record<string, RuleCategory>> = {
  'ambtelijke-taal': 'woordkeus',
  'moeilijk-woord': 'woordkeus',
  afkorting: 'woordkeus',
  naamwoordstijl: 'woordkeus',
  'vage-termijn': 'woordkeus',
  toon: 'woordkeus',
  aanspreekvorm: 'woordkeus',
  'lange-zin': 'zinsbouw',
  'lijdende-vorm': 'zinsbouw',
  tangconstructie: 'zinsbouw',
  'dubbele-ontkenning': 'zinsbouw',
  aanhef: 'briefopbouw',
  afsluiting: 'briefopbouw',
  'kern-vooraan': 'briefopbouw',
  actie: 'briefopbouw',
  bezwaarclausule: 'briefopbouw',
  klachtafhandeling: 'briefopbouw',
  contactgegevens: 'briefopbouw',
  'lange-alinea': 'briefopbouw',
  'datum-en-bedrag': 'notatie',
  spelling: 'notatie',
  tekenset: 'notatie',
  persoonsgegevens: 'privacy',
  'en-passive': 'engels',
  'en-readability': 'engels',
  'en-simplify': 'engels',
}

/** Everything front ends print about a rule, without a checker (no word lists, no hunspell). */
export interface RuleMetadata {
  id: string
  /** Default severity (presets and config may change it). */
  severity: Severity
  category: RuleCategory
  fixable: FixKind
  languages: readonly Language[]
  letterOnly: boolean
  /** One Dutch sentence: what the rule asks of the writer. */
  description: string
  /**
   * The rule's documentation page, built into the package at build time: the whole page as
   * Markdown and as plain text, and its "Wat" section as plain text. Absent for plugin rules.
   */
  doc?: {markdown: string; text: string; summary?: string}
  /** The page in the project's public repository (package.json `repository`), when there is one. */
  helpUri?: string
}

/** The project's public repository, when package.json names one. */
export const repositoryUrl: string | undefined = REPOSITORY_URL

/** Metadata of one rule (built in, or a plugin rule passed in). */
export function metadataOf(rule: Rule<never>): RuleMetadata {
  const page = RULE_DOCS[rule.id]
  return {
    id: rule.id,
    severity: rule.meta.severity,
    category: CATEGORY[rule.id] ?? 'overig',
    fixable: rule.meta.fixable,
    languages: rule.meta.languages ?? ['nl'],
    letterOnly: rule.meta.letterOnly ?? false,
    description: rule.meta.description,
    ...(page
      ? {
          doc: {
            markdown: page.markdown,
            text: page.text,
            ...(page.summary ? {summary: page.summary} : {}),
          },
        }
      : {}),
    ...(page?.url ? {helpUri: page.url} : {}),
  }
}

/** Metadata of a rule by id (built-in rules), or undefined. */
export function ruleMetadata(id: string): RuleMetadata | undefined {
  const rule = builtinRules.find((r) => r.id === id)
  return rule ? metadataOf(rule) : undefined
}

/** Metadata of every built-in rule, in registry order. */
export function allRuleMetadata(): RuleMetadata[] {
  return builtinRules.map(metadataOf)
}

/**
 * Each rule's setting under a resolved config, as a checker would use it (the rule's default
 * severity unless a preset or config sets one explicitly), including rules that are off.
 */
export function ruleSettings(
  config: ResolvedConfig,
  rules: ReadonlyArray<Rule<never>> = builtinRules,
): Array<{rule: Rule<never>; setting: ResolvedRule}> {
  return rules.map((rule) => {
    const set = config.rules[rule.id]
    return {
      rule,
      setting: {
        severity: set?.explicit ? set.severity : rule.meta.severity,
        explicit: set?.explicit ?? false,
        options: {...defaultOptions(rule.meta), ...set?.options},
      },
    }
  })
}

/**
 * The rules that are on under a config, with their metadata and configured severity: what SARIF
 * and the HTML report list. Creates no checker.
 */
export function activeRuleMetadata(
  config: ResolvedConfig,
  rules: ReadonlyArray<Rule<never>> = builtinRules,
): Array<RuleMetadata & {configured: Severity}> {
  return ruleSettings(config, rules).flatMap(({rule, setting}) =>
    setting.severity === 'off' ? [] : [{...metadataOf(rule), configured: setting.severity}],
  )
}
