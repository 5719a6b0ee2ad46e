/**
 * `@duidelijk/core/testing`: test helpers for rule authors. Kept out of the main entry so that
 * the core a front end loads stays small; it does not depend on a test runner.
 */
export {RuleTester, RuleTesterError} from './rule-tester.js'
export type {
  CaseInput,
  ExpectedFinding,
  InvalidCase,
  PointTuple,
  RangeSpec,
  RuleTesterOptions,
  RuleTests,
  ValidCase,
} from './rule-tester.js'
