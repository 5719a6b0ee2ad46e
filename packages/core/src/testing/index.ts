/**
 * `@duidelijk/core/testing`: test helpers for rule authors. Kept out of the main entry so that
 * the core a front end loads stays small; it does not depend on a test runner.
 */
// Tests run in Node: the checkers the RuleTester creates read the data files and the dictionary
// from disk.
import '../node/index.js'

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
