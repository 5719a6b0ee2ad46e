import {loadFrequency} from './frequency.js'
import {isParticiple} from './participles.js'
import {loadVerbTable} from './verbs.js'

/**
 * -ing nouns that name a thing, a place or a group rather than an action: "een vergunning
 * verlenen" is the normal way to say it, not naamwoordstijl for "vergunnen". So are "ontheffing"
 * and "toestemming" (a permission that is given): "ontheffen" and "toestemmen" are no plainer,
 * and letter editors judged all ten such findings deels or fout (sets e-w). Also -e nouns whose
 * look-alike verb means something else ("boete" is no action of "boeten": "volgde een boete").
 */
const THINGS = new Set(
  (
    'vergunning woning uitkering rekening regeling verzekering opleiding vereniging stichting ' +
    'omgeving leiding richting kleding voorziening verwarming ervaring mening oefening tekening ' +
    'bedoeling afdeling instelling inrichting beschikking lening boeking bestemming aflevering ' +
    'vestiging aanbieding verbinding tentoonstelling voorstelling verzameling beweging regering ' +
    'betrekking verhouding vordering uitvinding kruising woning zending uitzending ' +
    'verkiezing bevolking opening ruimte aanleiding gelegenheid boete ontheffing toestemming ' +
    'toevoeging'
  ).split(' '),
)

/** Nouns of an action whose verb no suffix rule finds: ontvangst → ontvangen. */
const IRREGULAR = new Map([
  ['ontvangst', 'ontvangen'],
  ['afname', 'afnemen'],
  ['deelname', 'deelnemen'],
  ['opname', 'opnemen'],
  ['overname', 'overnemen'],
  ['kennisname', 'kennisnemen'],
  ['opgave', 'opgeven'],
  ['medewerking', 'meewerken'],
  ['toezicht', 'toezien'],
  ['correctie', 'corrigeren'],
])

/** Prefixes of verbs whose bare stem is a noun of the action: uitstel, behoud, aanvang. */
const STEM_PREFIX = /^(?:uit|af|aan|op|in|toe|over|door|onder|mee|be|ver|ont|her|ge)/

function isVerb(lemma: string): boolean {
  return loadVerbTable().forms(lemma).length > 0
}

/** A loan verb in -eren the verb table may lack (evalueren): a frequent word. */
function isLoanVerb(lemma: string): boolean {
  return (
    /[^aeiou][eë]ren$/.test(lemma) && lemma.length >= 8 && loadFrequency().rank(lemma) !== undefined
  )
}

/**
 * The verb a noun is made from, by its lemma: -ing (verhoging → verhogen, inning → innen),
 * -atie/-tie (registratie → registreren, inspectie → inspecteren), -e (controle → controleren) and
 * the bare stem of a prefixed verb (uitstel → uitstellen, behoud → behouden). Undefined for nouns
 * that name a thing ("vergunning").
 */
export function verbOf(noun: string): string | undefined {
  return derivation(noun)?.verb
}

/** How a noun is made from its verb: by a suffix (verhoging), or as the bare stem (uitstel). */
export interface Derivation {
  verb: string
  kind: 'suffix' | 'stem'
}

/** {@link verbOf} with the kind of derivation. */
export function derivation(noun: string): Derivation | undefined {
  const lemma = noun.toLowerCase()
  if (lemma.length < 5 || THINGS.has(lemma) || lemma.includes(' ')) return undefined
  const irregular = IRREGULAR.get(lemma)
  if (irregular) return {verb: irregular, kind: 'suffix'}
  const candidates: string[] = []
  if (lemma.endsWith('ing')) candidates.push(lemma.slice(0, -3) + 'en')
  if (lemma.endsWith('atie')) {
    const base = lemma.slice(0, -4)
    candidates.push(base + 'eren', base.replace(/ic$/, 'iëren'))
  }
  if (/[ck]tie$/.test(lemma)) {
    const base = lemma.slice(0, -3)
    candidates.push(base + 'teren', base + 'eren')
  }
  if (lemma.endsWith('e')) candidates.push(lemma + 'ren', lemma.slice(0, -1) + 'en')
  for (const verb of candidates) if (isVerb(verb) || isLoanVerb(verb)) return {verb, kind: 'suffix'}
  if (STEM_PREFIX.test(lemma)) {
    // The bare stem: the verb table's first person singular, the form without the particle split.
    const stem = loadVerbTable()
      .analyse(lemma)
      .find((a) => a.slot === 'sg1' && !a.split && a.lemma !== lemma)
    if (stem && stem.lemma.length > lemma.length) return {verb: stem.lemma, kind: 'stem'}
    // Separable verbs the table lacks ("afstel"): particle + the stem of a verb it has (stellen).
    const particle = /^(?:uit|af|aan|op|in|toe|over|door|mee)/.exec(lemma)?.[0]
    const rest = particle && lemma.slice(particle.length)
    const base =
      rest && rest.length >= 3
        ? loadVerbTable()
            .analyse(rest)
            .find((a) => a.slot === 'sg1' && !a.split && a.lemma.length > rest.length)
        : undefined
    if (base) return {verb: particle + base.lemma, kind: 'stem'}
  }
  return undefined
}

/** Adjectives with on- that are no negation of another word. */
const NOT_NEGATED = new Set([
  'online',
  'onmiddellijk',
  'ongeveer',
  'onlangs',
  'ontzettend',
  'onderling',
  'ondanks',
  'ontvankelijk',
  'ontzaglijk',
])

/**
 * Whether an adjective (lemma or form, lower case) is the negation of another word by its prefix:
 * on- (onaannemelijk, onbelangrijk), in-/im-/il-/ir- (inefficiënt, immoreel, illegaal, irrelevant)
 * or niet- (niet-openbaar). The rest must be a known word of its own, not a participle ("niet
 * ongevraagd") nor a present participle: ont-vangen, in-teressant and in-grijpend are no negations.
 */
export function negativeAdjective(word: string): boolean {
  let lower = word.toLowerCase()
  if (lower.startsWith('niet-')) return lower.length > 6
  // the attributive -e: onbelangrijke → onbelangrijk
  if (lower.endsWith('e') && !lower.endsWith('ee')) lower = lower.slice(0, -1)
  const prefix = /^(on|in|im|il|ir)/.exec(lower)?.[1]
  if (!prefix || NOT_NEGATED.has(lower) || lower.startsWith('onder') || lower.startsWith('onze'))
    return false
  const rest = lower.slice(prefix.length)
  if (rest.length < 4 || isParticiple(rest, true) || /end$/.test(rest)) return false
  const frequency = loadFrequency()
  const known = !frequency.isRare(rest, Number.MAX_SAFE_INTEGER)
  if (prefix === 'on') {
    // ont- is mostly a prefix of its own (ontvangen, ontslag): only on + a known word (ontevreden).
    if (rest.startsWith('t')) return known
    return known || /(?:baar|lijk|ig|isch)$/.test(rest)
  }
  // in-, im-, il-, ir- only before a frequent adjective: in-direct, im-moreel, il-legaal.
  const rank = frequency.rank(rest)
  return (
    rank !== undefined &&
    rank < 20_000 &&
    /(?:aal|eel|ief|ect|[eë]nt|ant|iek|isch|baar|ibel|abel|air|aat|iet|uut)$/.test(rest) &&
    (prefix !== 'im' || /^[mp]/.test(rest)) &&
    (prefix !== 'il' || rest.startsWith('l')) &&
    (prefix !== 'ir' || rest.startsWith('r'))
  )
}
