import {createCheckerSync, type Checker} from '../src/checker.js'
import type {Config} from '../src/config/types.js'
import type {Finding} from '../src/finding.js'
import {builtinRules} from '../src/rules/index.js'
import type {Format} from '../src/types.js'

const cache = new Map<string, Checker>()

/** A checker for a config, created once per test file. */
export function checkerFor(config: Config = {}): Checker {
  const key = JSON.stringify(config)
  let checker = cache.get(key)
  if (!checker) {
    checker = createCheckerSync(config)
    cache.set(key, checker)
  }
  return checker
}

/** Check a text with only the given rules switched on (others off). */
export function checkRule(
  ruleId: string,
  text: string,
  options: {
    options?: Record<string, unknown>
    format?: Format
    letter?: boolean
    config?: Config
  } = {},
): Finding[] {
  const checker = checkerFor({
    ...options.config,
    rules: {
      ...Object.fromEntries(allRuleIds().map((id) => [id, 'off'])),
      ...options.config?.rules,
      [ruleId]: options.options
        ? {options: options.options}
        : (options.config?.rules?.[ruleId] ?? {}),
    },
  })
  const result = checker.check({
    text,
    format: options.format ?? 'txt',
    ...(options.letter === undefined ? {} : {letter: options.letter}),
  })
  return result.findings.filter((f) => f.ruleId === ruleId)
}

function allRuleIds(): string[] {
  return builtinRules.map((rule) => rule.id)
}

/** Compact view of a finding for exact assertions. */
export function brief(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    line: finding.range.start.line,
    column: finding.range.start.column,
    start: finding.range.start.offset,
    end: finding.range.end.offset,
    actual: finding.actual,
    expected: finding.expected,
    fix: finding.fix,
  }
}
