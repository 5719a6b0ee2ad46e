import type {Rule} from '../rule.js'
import aanspreekvorm from './aanspreekvorm.js'
import enPassive from './en-passive.js'
import enReadability from './en-readability.js'
import enSimplify from './en-simplify.js'
import langeAlinea from './lange-alinea.js'
import langeZin from './lange-zin.js'
import persoonsgegevens from './persoonsgegevens.js'
import spelling from './spelling.js'

/** All built-in rules, by id. */
export const builtinRules: ReadonlyArray<Rule<never>> = [aanspreekvorm, langeZin, langeAlinea, persoonsgegevens, spelling, enSimplify, enPassive, enReadability] as never
