import {createChecker, type Checker, type CheckResult} from '../checker.js'
import type {Config} from '../config/types.js'
import type {Finding} from '../finding.js'
import type {Rule} from '../rule.js'
import {builtinRules} from '../rules/index.js'
import type {Format, Point, Severity, SeverityOrOff} from '../types.js'

/** `[line, column, offset]`: 1-based line and column (UTF-16), 0-based offset in the source. */
export type PointTuple = readonly [line: number, column: number, offset: number]

/**
 * An exact range, end exclusive: `{start: [line, column, offset], end: [line, column, offset]}`,
 * the same with `{line, column, offset}` objects (a SourceRange), or a pair of tuples.
 */
export type RangeSpec =
  | {start: PointTuple | Point; end: PointTuple | Point}
  | readonly [start: PointTuple, end: PointTuple]

/** What every test case may set about the check. */
export interface CaseInput {
  /** The text to check. */
  text: string
  /** A name for the test (defaults to the text). */
  name?: string
  /** Options of the rule under test (merged over its defaults). */
  options?: Record<string, unknown>
  /** Input format (default `txt`). */
  format?: Format
  /** Force letter rules on or off (default: detected). */
  letter?: boolean
  /** Treat the text as a template (personal data rules). */
  template?: boolean
  /** Further configuration (language, words, placeholders, other rules' settings). */
  config?: Config
  /**
   * Check these bytes instead of the text (encodings, binary formats); `text` is then the source
   * as duidelijk decodes it, which ranges and `output` refer to.
   */
  bytes?: Uint8Array
}

/** A text on which the rule must report nothing. */
export type ValidCase = string | CaseInput

/** One finding an invalid case expects, in order of position. */
export interface ExpectedFinding {
  /** Id of the message in the rule's `meta.messages` (required). */
  messageId: string
  /** Exact range in the source (required). */
  range: RangeSpec
  /**
   * The replacements, best first. Required when the rule offers any; `[]` or leaving it out
   * asserts that it offers none.
   */
  expected?: readonly string[]
  /** The finding's severity. Required when it differs from the severity the rule is set at. */
  severity?: Severity
  /** The source text after applying the first replacement. Required when there is one. */
  output?: string
  /** The text under the range as the finding reports it. */
  actual?: string
  /** The full message. */
  message?: string
  /** The fix kind (`safe` or `suggestion`). */
  fix?: 'safe' | 'suggestion'
}

/** A text on which the rule must report exactly the listed findings. */
export interface InvalidCase extends CaseInput {
  findings: readonly ExpectedFinding[]
}

/** The cases for one rule. */
export interface RuleTests {
  valid: readonly ValidCase[]
  invalid: readonly InvalidCase[]
}

/** Options for a RuleTester. */
export interface RuleTesterOptions {
  /** Configuration every case starts from (the rule under test is switched on, others off). */
  config?: Config
  /** Rules besides the built-in ones (a plugin's rules). */
  rules?: ReadonlyArray<Rule<never>>
}

type Describe = (name: string, fn: () => void) => void
type It = (name: string, fn: () => Promise<void>) => void

/** A failed expectation of the RuleTester; test runners show `actual` and `expected` as a diff. */
export class RuleTesterError extends Error {
  readonly actual: unknown
  readonly expected: unknown
  readonly showDiff: boolean

  constructor(message: string, actual?: unknown, expected?: unknown) {
    super(message)
    this.name = 'RuleTesterError'
    this.actual = actual
    this.expected = expected
    this.showDiff = actual !== undefined || expected !== undefined
  }
}

/**
 * Tests a rule on texts in the style of ESLint's RuleTester. Test runner hooks are static, so core
 * does not depend on a test runner: set `RuleTester.describe` and `RuleTester.it` once (vitest,
 * mocha, node:test), or rely on global `describe`/`it`.
 *
 * ```ts
 * RuleTester.describe = describe
 * RuleTester.it = it
 * new RuleTester().run('vage-termijn', {valid: [...], invalid: [...]})
 * ```
 */
export class RuleTester {
  static describe: Describe | undefined
  static it: It | undefined

  readonly #options: RuleTesterOptions
  readonly #checkers = new Map<string, Promise<Checker>>()

  constructor(options: RuleTesterOptions = {}) {
    this.#options = options
  }

  /** Register one test per case with the test runner. */
  run(ruleId: string, tests: RuleTests): void {
    const describe = RuleTester.describe ?? (globalThis as {describe?: Describe}).describe
    const it = RuleTester.it ?? (globalThis as {it?: It}).it
    if (!describe || !it) {
      throw new Error(
        'RuleTester needs a test runner: set RuleTester.describe and RuleTester.it (e.g. from vitest)',
      )
    }
    checkShape(tests)
    describe(ruleId, () => {
      describe('valid', () => {
        for (const test of tests.valid) {
          it(caseName(test), () => this.verifyValid(ruleId, test))
        }
      })
      describe('invalid', () => {
        for (const test of tests.invalid) {
          it(caseName(test), () => this.verifyInvalid(ruleId, test))
        }
      })
    })
  }

  /** Check all cases without a test runner; rejects with every failure. */
  async verify(ruleId: string, tests: RuleTests): Promise<void> {
    checkShape(tests)
    const failures: Error[] = []
    for (const test of tests.valid) {
      await this.verifyValid(ruleId, test).catch((error: Error) => failures.push(error))
    }
    for (const test of tests.invalid) {
      await this.verifyInvalid(ruleId, test).catch((error: Error) => failures.push(error))
    }
    if (failures.length === 1) throw failures[0]
    if (failures.length > 1) {
      throw new AggregateError(
        failures,
        `${failures.length} cases failed:\n${failures.map((f) => f.message).join('\n\n')}`,
      )
    }
  }

  /** Fail unless the rule reports nothing on the text. */
  async verifyValid(ruleId: string, test: ValidCase): Promise<void> {
    const input = typeof test === 'string' ? {text: test} : test
    const {findings} = await this.#check(ruleId, input, input.text)
    if (findings.length > 0) {
      throw new RuleTesterError(
        `${ruleId} should report nothing on ${JSON.stringify(input.text)}, but reported:\n${findings.map(describeFinding).join('\n')}`,
        findings.map(summary),
        [],
      )
    }
  }

  /** Fail unless the rule reports exactly the listed findings, and their fixes hold. */
  async verifyInvalid(ruleId: string, test: InvalidCase): Promise<void> {
    const rule = this.#rule(ruleId)
    if (!Array.isArray(test.findings) || test.findings.length === 0) {
      throw new RuleTesterError(
        `invalid case ${JSON.stringify(test.text)} must list at least one finding (or be a valid case)`,
      )
    }
    test.findings.forEach((want, i) => checkExpectedShape(rule, want, i))
    const {findings, severity} = await this.#check(ruleId, test, test.text)
    const where = `${ruleId} on ${JSON.stringify(test.text)}`
    if (findings.length !== test.findings.length) {
      throw new RuleTesterError(
        `${where}: expected ${test.findings.length} finding(s), got ${findings.length}:\n${findings.map(describeFinding).join('\n')}`,
        findings.map(summary),
        test.findings.map((want) => ({messageId: want.messageId, range: toTuple(want.range)})),
      )
    }
    for (const [i, finding] of findings.entries()) {
      const want = test.findings[i]!
      const label = `${where}, finding ${i + 1}`
      compareFinding(label, finding, want, severity)
      const replacement = finding.expected?.[0]
      if (replacement !== undefined) await this.#checkOutput(label, ruleId, test, finding, want)
    }
  }

  async #checkOutput(
    label: string,
    ruleId: string,
    test: InvalidCase,
    finding: Finding,
    want: ExpectedFinding,
  ): Promise<void> {
    const replacement = finding.expected![0]!
    const {start, end} = finding.range
    const output = test.text.slice(0, start.offset) + replacement + test.text.slice(end.offset)
    if (want.output !== output) {
      throw new RuleTesterError(`${label}: output after the fix differs`, output, want.output)
    }
    // The fixed text must not produce the same finding at the replaced spot.
    const again = await this.#check(ruleId, test, output)
    const spotEnd = Math.max(start.offset + replacement.length, start.offset + 1)
    const repeated = again.findings.find(
      (f) =>
        f.messageId === finding.messageId &&
        f.range.start.offset < spotEnd &&
        Math.max(f.range.end.offset, f.range.start.offset + 1) > start.offset,
    )
    if (repeated) {
      throw new RuleTesterError(
        `${label}: after the fix ${JSON.stringify(output)} the rule reports the same finding again: ${describeFinding(repeated)}`,
      )
    }
  }

  #rule(ruleId: string): Rule<never> {
    const rule = [...(this.#options.rules ?? []), ...builtinRules].find((r) => r.id === ruleId)
    if (!rule) throw new RuleTesterError(`unknown rule "${ruleId}"`)
    return rule
  }

  async #check(
    ruleId: string,
    input: CaseInput,
    text: string,
  ): Promise<{findings: Finding[]; severity: Severity; result: CheckResult}> {
    this.#rule(ruleId)
    const base = this.#options.config ?? {}
    const allIds = [...builtinRules, ...(this.#options.rules ?? [])].map((rule) => rule.id)
    const own = input.config?.rules?.[ruleId] ?? base.rules?.[ruleId]
    const config: Config = {
      ...base,
      ...input.config,
      rules: {
        ...Object.fromEntries(allIds.map((id) => [id, 'off' as const])),
        ...base.rules,
        ...input.config?.rules,
        [ruleId]: input.options ? {...settingObject(own), options: input.options} : (own ?? {}),
      },
    }
    const key = JSON.stringify(config)
    let pending = this.#checkers.get(key)
    if (!pending) {
      pending = createChecker(config, {rules: this.#options.rules ?? []})
      this.#checkers.set(key, pending)
    }
    const checker = await pending
    const result = checker.check({
      ...(input.bytes && text === input.text ? {bytes: input.bytes} : {text}),
      format: input.format ?? 'txt',
      ...(input.letter === undefined ? {} : {letter: input.letter}),
      ...(input.template === undefined ? {} : {template: input.template}),
    })
    const active = checker.rules.find(({rule}) => rule.id === ruleId)
    const severity = active?.setting.severity ?? 'off'
    if (severity === 'off') throw new RuleTesterError(`rule "${ruleId}" is off in this case`)
    return {findings: result.findings.filter((f) => f.ruleId === ruleId), severity, result}
  }
}

function settingObject(setting: unknown): {severity?: SeverityOrOff} {
  if (typeof setting === 'string') return {severity: setting as SeverityOrOff}
  if (Array.isArray(setting)) return {severity: setting[0] as SeverityOrOff}
  if (setting && typeof setting === 'object') {
    const {severity} = setting as {severity?: SeverityOrOff}
    return severity ? {severity} : {}
  }
  return {}
}

function caseName(test: ValidCase): string {
  if (typeof test === 'string') return test
  return test.name ?? test.text
}

function checkShape(tests: RuleTests): void {
  if (!tests || !Array.isArray(tests.valid) || !Array.isArray(tests.invalid)) {
    throw new RuleTesterError('tests need a `valid` and an `invalid` array')
  }
}

function checkExpectedShape(rule: Rule<never>, want: ExpectedFinding, i: number): void {
  const label = `finding ${i + 1} of an invalid case for ${rule.id}`
  if (typeof want.messageId !== 'string') {
    throw new RuleTesterError(`${label} must have a messageId`)
  }
  if (!(want.messageId in rule.meta.messages)) {
    throw new RuleTesterError(
      `${label}: unknown messageId "${want.messageId}"; the rule has ${Object.keys(rule.meta.messages).join(', ')}`,
    )
  }
  if (!want.range || !isRange(want.range)) {
    throw new RuleTesterError(
      `${label} must have an exact range: {start: [line, column, offset], end: [line, column, offset]}`,
    )
  }
}

function isRange(range: RangeSpec): boolean {
  const point = (p: unknown) =>
    (Array.isArray(p) && p.length === 3 && p.every(Number.isInteger)) ||
    (typeof p === 'object' &&
      p !== null &&
      ['line', 'column', 'offset'].every((k) =>
        Number.isInteger((p as Record<string, unknown>)[k]),
      ))
  if (Array.isArray(range)) return range.length === 2 && point(range[0]) && point(range[1])
  const r = range as {start: unknown; end: unknown}
  return point(r.start) && point(r.end)
}

function pointTuple(point: PointTuple | Point): PointTuple {
  if (isTuple(point)) return point
  return [point.line, point.column, point.offset]
}

function isTuple(point: PointTuple | Point): point is PointTuple {
  return Array.isArray(point)
}

function toTuple(range: RangeSpec): [PointTuple, PointTuple] {
  if (Array.isArray(range)) return [range[0] as PointTuple, range[1] as PointTuple]
  const {start, end} = range as {start: PointTuple | Point; end: PointTuple | Point}
  return [pointTuple(start), pointTuple(end)]
}

function compareFinding(
  label: string,
  finding: Finding,
  want: ExpectedFinding,
  configured: Severity,
): void {
  const got = summary(finding)
  const fail = (what: string, actual: unknown, expected: unknown) => {
    throw new RuleTesterError(
      `${label}: ${what} differs (${describeFinding(finding)})`,
      actual,
      expected,
    )
  }
  if (got.messageId !== want.messageId) fail('messageId', got.messageId, want.messageId)
  if (JSON.stringify(got.range) !== JSON.stringify(toTuple(want.range))) {
    fail('range', got.range, toTuple(want.range))
  }
  const offered = finding.expected ?? []
  if (want.expected === undefined && offered.length > 0) {
    throw new RuleTesterError(
      `${label}: the finding offers replacements; list them in \`expected\`: ${JSON.stringify(offered)}`,
    )
  }
  if (JSON.stringify(offered) !== JSON.stringify(want.expected ?? [])) {
    fail('expected', offered, want.expected ?? [])
  }
  if (offered.length > 0 && want.output === undefined) {
    throw new RuleTesterError(
      `${label}: the finding has a fix; give the text after it in \`output\``,
    )
  }
  if (offered.length === 0 && want.output !== undefined) {
    throw new RuleTesterError(`${label}: \`output\` given, but the finding has no fix`)
  }
  if (want.severity === undefined && finding.severity !== configured) {
    throw new RuleTesterError(
      `${label}: the finding is graded "${finding.severity}" (the rule is set at "${configured}"); state \`severity\``,
    )
  }
  if (want.severity !== undefined && finding.severity !== want.severity) {
    fail('severity', finding.severity, want.severity)
  }
  if (want.actual !== undefined && finding.actual !== want.actual) {
    fail('actual', finding.actual, want.actual)
  }
  if (want.message !== undefined && finding.reason !== want.message) {
    fail('message', finding.reason, want.message)
  }
  if (want.fix !== undefined && finding.fix !== want.fix) fail('fix', finding.fix, want.fix)
}

function summary(finding: Finding) {
  return {
    messageId: finding.messageId,
    range: toTuple(finding.range),
    ...(finding.expected?.length ? {expected: finding.expected} : {}),
    severity: finding.severity,
    actual: finding.actual ?? undefined,
  }
}

/** A finding as it would be written in a test case, to copy from a failure. */
function describeFinding(finding: Finding): string {
  const s = summary(finding)
  const [start, end] = s.range
  const range = `{start: ${JSON.stringify(start)}, end: ${JSON.stringify(end)}}`
  return `  {messageId: ${JSON.stringify(s.messageId)}, range: ${range}${
    s.expected ? `, expected: ${JSON.stringify(s.expected)}` : ''
  }, severity: ${JSON.stringify(s.severity)}, actual: ${JSON.stringify(s.actual)}}`
}
