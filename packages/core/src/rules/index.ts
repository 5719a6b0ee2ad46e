import type {Rule} from '../rule.js'
import aanspreekvorm from './aanspreekvorm.js'
import langeAlinea from './lange-alinea.js'
import langeZin from './lange-zin.js'
import spelling from './spelling.js'

/** All built-in rules, by id. */
export const builtinRules: ReadonlyArray<Rule<never>> = [aanspreekvorm, langeZin, langeAlinea, spelling] as never
