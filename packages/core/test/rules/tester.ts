import {describe, it} from 'vitest'
import {RuleTester} from '../../src/testing/index.js'

RuleTester.describe = describe
RuleTester.it = it

/** The RuleTester every rule test uses: all built-in rules, the rule under test on, others off. */
export const tester = new RuleTester()
