/**
 * Dutch past participles: regular (ge-…-d/t), irregular (strong verbs), separable (toegestuurd,
 * opgehaald) and inseparable (beoordeeld, verzonden). Used by the passive and "tang" rules.
 */

/** Strong and irregular participles with ge- (the separable compounds are derived). */
const STRONG_GE =
  `gebeten gebleven geblazen gebonden geboden gebogen geborgen gebracht gebroken gedaan gedacht
gedoken gedragen gedreven gedronken gedwongen gegeten gegeven gegleden gegoten gegraven gegrepen gehangen
geheten geholpen gehouden gekeken gekozen gekregen gekropen gekomen geladen gelaten geleden geleend gelegen
gelegd gelezen geloken gelopen gemeden gemeten genomen genoten geraden gereden geroepen geschapen gescheiden
geschoten geschoven geschreven geschrokken gesloten gesmeten gesneden gesproken gesprongen gestaan gestoken
gestolen gestorven gestreden getrokken gevallen gevangen gevochten gevonden gevlogen gevraagd gewassen geweken
geweten geweest gewezen gewogen geworden geworpen gewonnen gezegd gezien gezonden gezogen gezwegen gehad
gebakken gezeten geslagen gestoten getreden gewoven geleden gemolken`.split(/\s+/)

/** Strong participles of verbs with an inseparable prefix (no ge-). */
const STRONG_PREFIXED =
  `besloten bevonden bedragen begonnen begrepen behouden bekeken bekend benomen beschreven
beslagen besproken bestreden betreden bevolen bewezen bezeten ontvangen ontnomen onttrokken ontstaan ontgaan
ontslagen ontboden ontdaan ontheven verboden verbonden verdreven vergeten vergeven verkregen verkozen
verleden verloren vermeden verschenen verscholen verstoten vertrokken verwezen verzonden verzocht verworven
verweten verbroken vervallen verlaten verschoven verstreken herzien herkozen herschreven erkend
ontbonden onderhouden ondernomen onderzocht onderworpen ondervonden onderbroken ondergaan`.split(
    /\s+/,
  )

/** Particles of separable verbs. */
export const PARTICLES = [
  'aan',
  'af',
  'bij',
  'door',
  'in',
  'mee',
  'na',
  'om',
  'op',
  'over',
  'terug',
  'toe',
  'uit',
  'voor',
  'weg',
  'vast',
  'dicht',
  'open',
  'samen',
  'tegen',
  'neer',
  'rond',
  'vrij',
  'kwijt',
  'goed',
  'teniet',
  'stop',
  'los',
  'klaar',
  'thuis',
  'tussen',
  'achter',
  'binnen',
  'buiten',
  'mis',
  'vooruit',
  'door',
]

const irregular = new Set<string>([...STRONG_GE, ...STRONG_PREFIXED])
for (const particle of PARTICLES) {
  for (const base of STRONG_GE) irregular.add(particle + base)
}

const SEPARABLE_REGULAR = new RegExp(`^(?:${PARTICLES.join('|')})ge[a-zëïé]{2,}[dt]$`)
const REGULAR = /^ge[a-zëïé]{2,}[dt]$/
/** Separable verb with an inseparable prefix: uitbetaald, terugbetaald, doorverkocht. */
const SEPARABLE_INSEPARABLE = new RegExp(
  `^(?:${PARTICLES.join('|')})(?:be|ver|ont|her)[a-zëïé]{2,}[dt]$`,
)
const INSEPARABLE_REGULAR = /^(?:be|ver|ont|her|er|onder)[a-zëïé]{3,}[dt]$/
/** Words that look like participles but are not (nouns and adjectives). */
const NOT_PARTICIPLE = new Set([
  'geld',
  'gebied',
  'gewicht',
  'gezicht',
  'gedicht',
  'gebit',
  'gewest',
  'geduld',
  'gehucht',
  'gesticht',
  'gerecht',
  'gezond',
  'gebed',
  'gevecht',
  'geleed',
  'geboorteland',
  'gemiddeld',
  'bericht',
  'verschil',
  'verhaal',
  'verbod',
  'vervoer',
  'verband',
  'verstand',
  'verleden',
  'beleid',
  'bedrijfsrecht',
  'bezit',
  'bestuur',
  'bedrag',
  'beroep',
  'verzet',
  'verlof',
  'verlet',
  'herfst',
  'ontbijt',
  'ontwerp',
  'verwijt',
  'bezwaart',
  'betaalt',
  'bereikbaar',
  'verplicht',
  'bekend',
  'geschikt',
  'gerust',
  'gewoon',
  'gereed',
  'vergeefs',
  'begaafd',
  'bezorgd',
  'verliefd',
  'verwant',
  'geliefd',
])

/**
 * Whether a word is a past participle. `strict` leaves out the inseparable regular pattern
 * (be-/ver-/ont-…-d/t), which also matches present-tense verbs and nouns.
 */
export function isParticiple(word: string, strict = false): boolean {
  const lower = word.toLowerCase()
  if (irregular.has(lower)) return true
  if (NOT_PARTICIPLE.has(lower) || lower.endsWith('heid')) return false
  if (REGULAR.test(lower) || SEPARABLE_REGULAR.test(lower) || SEPARABLE_INSEPARABLE.test(lower))
    return true
  return !strict && INSEPARABLE_REGULAR.test(lower)
}

/** Participles used as adjectives: "de ingediende aanvraag", "het verzonden formulier". */
export function isAdjectivalParticiple(word: string): boolean {
  const lower = word.toLowerCase()
  return irregular.has(lower) || (lower.endsWith('e') && isParticiple(lower.slice(0, -1)))
}
