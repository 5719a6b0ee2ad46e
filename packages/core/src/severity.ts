import type {Severity, SeverityOrOff} from './types.js'

/** Severities from mild to strong: compare with `SEVERITY_RANK[a] > SEVERITY_RANK[b]`. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {info: 0, warning: 1, error: 2}

/**
 * Severities as config files may write them: duidelijk's own words, plus ESLint's spellings that
 * users bring along: "warn" and the numbers 0 (off), 1 (warning) and 2 (error).
 */
export type SeverityInput = SeverityOrOff | 'warn' | 0 | 1 | 2

const SEVERITY_SPELLINGS = new Map<unknown, SeverityOrOff>([
  ['error', 'error'],
  ['warning', 'warning'],
  ['info', 'info'],
  ['off', 'off'],
  ['warn', 'warning'],
  [0, 'off'],
  [1, 'warning'],
  [2, 'error'],
])

/** Every accepted spelling, for the JSON schema. */
export const SEVERITY_INPUTS: readonly SeverityInput[] = [
  ...SEVERITY_SPELLINGS.keys(),
] as SeverityInput[]

/** The severity a config value stands for, or undefined when it is none. */
export function normalizeSeverity(value: unknown): SeverityOrOff | undefined {
  return SEVERITY_SPELLINGS.get(value)
}
