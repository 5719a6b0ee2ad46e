import type {Rule} from '../rule.js'
import ambtelijkeTaal from './ambtelijke-taal.js'
import aanhef from './aanhef.js'
import afsluiting from './afsluiting.js'
import kernVooraan from './kern-vooraan.js'
import actie from './actie.js'
import bezwaarclausule from './bezwaarclausule.js'
import contactgegevens from './contactgegevens.js'
import klachtafhandeling from './klachtafhandeling.js'
import datumEnBedrag from './datum-en-bedrag.js'
import toon from './toon.js'
import aanspreekvorm from './aanspreekvorm.js'
import enPassive from './en-passive.js'
import enReadability from './en-readability.js'
import enSimplify from './en-simplify.js'
import langeAlinea from './lange-alinea.js'
import langeZin from './lange-zin.js'
import afkorting from './afkorting.js'
import tangconstructie from './tangconstructie.js'
import vageTermijn from './vage-termijn.js'
import dubbeleOntkenning from './dubbele-ontkenning.js'
import naamwoordstijl from './naamwoordstijl.js'
import lijdendeVorm from './lijdende-vorm.js'
import moeilijkWoord from './moeilijk-woord.js'
import persoonsgegevens from './persoonsgegevens.js'
import spelling from './spelling.js'
import tekenset from './tekenset.js'

/** All built-in rules, by id. */
export const builtinRules: ReadonlyArray<Rule<never>> = [
  ambtelijkeTaal,
  aanspreekvorm,
  aanhef,
  afsluiting,
  kernVooraan,
  actie,
  bezwaarclausule,
  klachtafhandeling,
  contactgegevens,
  datumEnBedrag,
  toon,
  langeZin,
  lijdendeVorm,
  tangconstructie,
  afkorting,
  naamwoordstijl,
  dubbeleOntkenning,
  vageTermijn,
  langeAlinea,
  moeilijkWoord,
  persoonsgegevens,
  spelling,
  tekenset,
  enSimplify,
  enPassive,
  enReadability,
] as never
