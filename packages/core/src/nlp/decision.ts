import type {RuleContext, SentenceInfo} from '../rule.js'
import {MONTH_NAMES} from './letter-words.js'

// Where a letter decides something for its reader: shared by bezwaarclausule (a decision needs
// an objection clause) and kern-vooraan (a decision belongs at the top).

const ADDRESSED = /\b(?:u|uw|je|jij|jouw|jullie)\b/i

/**
 * Words and phrases that show the letter contains a decision (not just announces one). A
 * participle before a noun names an earlier decision, not this one: "de aan u verleende
 * aansluitvergunning", "de opgelegde dwangsom" (blind letters, set-n: a reminder read as a decision).
 */
const DECISION =
  /\b(?:(?:hebben|heeft|is|zijn|wordt|worden)\b[^.?!]{0,90}\b(?:besloten|toegekend|afgewezen|geweigerd|verleend|ingetrokken|opgelegd|vastgesteld|beëindigd|teruggevorderd)(?![a-zà-ÿ])|(?:wij|we)\s+(?:besluiten|weigeren|verlenen|handhaven)\b|\b(?:besluiten|besluit)\s+(?:wij|we|het\s+college|de\s+burgemeester)\b[^.?!]{0,120}\b(?:te\s+(?:weigeren|verlenen|handhaven|beëindigen|herzien)|(?:af|toe|in|op|terug)\s+te\s+(?:wijzen|kennen|trekken|leggen|vorderen))\b|(?:wij|we)\s+(?:kennen\b[^.?!]{0,80}\btoe|vorderen\b(?:[^.?!]|\.(?=\d)){0,80}\bterug|wijzen\b[^.?!]{0,80}\baf|trekken\b[^.?!]{0,80}\bin|leggen\b[^.?!]{0,80}\bop|stellen\b[^.?!]{0,80}\bvast(?![\s,]+dat\b))\b|(?:dit|ons|het)\s+besluit\b|beschikking\b)/i
/**
 * The same decisions in other word orders: inverted after an adverb ("Daarom leggen wij nu beslag
 * op uw loon") and in a subclause ("Met deze brief laten wij u weten dat wij uw vergunning
 * intrekken"); blind letters, sets m and p. Not with a modal or 'gaan' in between ("dat wij uw
 * vergunning kunnen intrekken", "gaan intrekken": what may come).
 */
const DECISION_INVERTED =
  /\b(?:kennen\s+(?:wij|we)\b[^.?!]{0,80}\btoe|vorderen\s+(?:wij|we)\b[^.?!]{0,80}\bterug|wijzen\s+(?:wij|we)\b[^.?!]{0,80}\baf|trekken\s+(?:wij|we)\b[^.?!]{0,80}\bin|leggen\s+(?:wij|we)\b[^.?!]{0,80}\bop|stellen\s+(?:wij|we)\b[^.?!]{0,80}\bvast(?![\s,]+dat\b)|(?:weigeren|verlenen|beëindigen)\s+(?:wij|we))\b/i
const DECISION_SUBCLAUSE =
  /\b(?:dat|omdat|waarmee)\s+(?:wij|we)\s+(?:(?!kunnen\b|zullen\b|gaan\b|moeten\b|willen\b|mogen\b|niet\b)[^\s.?!,]+\s+){0,5}(?:intrekken|afwijzen|toekennen|opleggen|terugvorderen|vaststellen|weigeren|verlenen|beëindigen)\b/i
/**
 * A decision in the mayor's own voice ("Ik verleen u ontheffing", "Daarom weiger ik de
 * vergunning") or by a body named before its verb ("De burgemeester van Oostermeer besluit om u
 * ontheffing te verlenen"; blind letters, sets e and r).
 */
const DECISION_OWN_BODY =
  /\b[Ii]k\s+(?:besluit|weiger|verleen|handhaaf)\b|\b(?:weiger|verleen|handhaaf)\s+ik\b|\b(?:[Cc]ollege|[Bb]urgemeester)\b(?:\s+van\s+\p{Lu}[\p{L}-]*)?\s+besluit\s+(?:om\s+)?[^.?!]{0,80}\bte\s+(?:weigeren|verlenen|handhaven|beëindigen|herzien|intrekken|toekennen)\b/u
/**
 * A refusal of the reader's request in other words: "zien wij ons genoodzaakt uw verzoek niet te
 * honoreren", "kunnen wij uw aanvraag niet inwilligen", "genoodzaakt uw aanvraag af te wijzen"
 * (blind letters, set-qq: a refusal without an objection clause was not seen). Not a refusal that
 * may come ("als wij uw verzoek niet kunnen honoreren": the modal stands between).
 */
const DECISION_REFUSED =
  /\b(?:uw|het)\s+(?:verzoek|aanvraag|bezwaar)\b[^.?!]{0,40}\b(?:niet\s+te\s+(?:honoreren|inwilligen|toewijzen)|af\s+te\s+wijzen)\b|\b(?:kunnen|kan)\s+(?:wij|we)\s+(?:uw|het|dit)\s+(?:verzoek|aanvraag)\s+niet\s+(?:honoreren|inwilligen|toewijzen)\b/i
/**
 * A refusal as an obligation, the way plain letters give it: "Helaas moeten wij uw aanvraag
 * afwijzen", "Wij moeten uw verzoek daarom weigeren" (blind letters, set-ttt: such a letter had no
 * objection clause and the rule did not see the decision). Not in a condition (CONDITIONAL): "Als u
 * niet reageert, moeten wij uw aanvraag afwijzen" is what may come.
 */
const DECISION_MUST =
  /\b(?:(?:moeten|moet)\s+(?:wij|we|ik)|(?:wij|we|ik)\s+(?:moeten|moet))\s+(?:(?:helaas|daarom|dus|ook)\s+)*(?:uw|het|de|dit|deze|jouw|je)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:helaas|daarom|dus|ook)\s+)*(?:afwijzen|weigeren|intrekken|beëindigen|terugvorderen)(?![\p{L}])/iu
const CONDITIONAL = /\b(?:als|indien|wanneer|mocht|mochten|tenzij|anders|zonder|zodra)\b/i
/**
 * A decision in plain words, as a B1 letter gives it: "Goed nieuws: u krijgt de energietoeslag",
 * "Daarom krijgt u geen bijzondere bijstand", "U krijgt toestemming om …" (blind letters, set-g:
 * such a letter had no objection clause and the rule did not see the decision). Only in a letter
 * that answers an application (APPLICATION) and only in a sentence that is no question, condition,
 * status or announcement (PLAIN_NOT_DECIDED).
 */
const PLAIN_DECISION =
  /(?<![\p{L}])(?:u\s+krijgt|krijgt\s+u)\s+(?:(?:de|het|een|geen|uw|deze|dit)\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:toeslag|uitkering|bijstand|vergunning|ontheffing|subsidie|vergoeding|tegemoetkoming|kwijtschelding|voorziening|parkeerkaart|toestemming|budget|pgb|urgentie|urgentieverklaring)(?![\p{L}])/iu
/**
 * What makes "u krijgt de toeslag" no decision: a question ("Waarom krijgt u de toeslag?"), a
 * condition ("als u aan de voorwaarden voldoet"), what the reader already gets ("U krijgt sinds
 * juni een bijstandsuitkering"), what may or will come ("U krijgt de vergunning binnen vijf
 * werkdagen", "dan krijgt u mogelijk geen uitkering").
 */
const PLAIN_NOT_DECIDED =
  /\?|\b(?:als|indien|wanneer|zodra|mits|tenzij|mocht|of|sinds|al|nog|nu|dan|ook|misschien|mogelijk|wellicht|eventueel|pas|binnen|straks|later|vanaf)\b/i
/**
 * A letter that answers the reader's application or request ("uw aanvraag", "U heeft op 11
 * september energietoeslag aangevraagd"); not an invitation that asks the reader to sign up, where
 * "U krijgt een vergoeding van € 200" tells what the work pays (set-g).
 */
const APPLICATION = /\buw\s+(?:\p{L}+\s+)?(?:aanvraag|verzoek)\b|\b(?:aangevraagd|aanvroeg)\b/iu
/**
 * A decision still to be taken: "Wij besluiten binnen acht weken of u de boom mag kappen", "Wij
 * beslissen zodra wij alle stukken hebben".
 */
const ANNOUNCED =
  /\b(?:wij|we)\s+(?:besluiten|beslissen)\b[^.?!]*\b(?:of|binnen|wanneer|zodra|nadat|voordat)\b/i
/**
 * The decision still to come: "U krijgt ons besluit per post", "Wij sturen u ons besluit binnen
 * acht weken", "Over dat besluit ontvangt u een beschikking" (set-z, an invitation to a talk) (but
 * "Hierbij ontvangt u ons besluit", "In deze brief leest u ons besluit" deliver it).
 */
const DECISION_TO_COME =
  /\b(?:krijgt|ontvangt|hoort|sturen|stuurt|sturen\s+wij)\b[^.?!]{0,30}\b(?:(?:ons|het|een)\s+besluit|een\s+beschikking)\b/i
/**
 * The decision as the subject of what will happen to it: "Het besluit dat zij neemt, wordt naar u
 * gestuurd", "Het besluit volgt binnen acht weken" (not "Het besluit dat wij hebben genomen"), or
 * of what happened to it elsewhere: "Het besluit tot inschrijving is u separaat toegezonden" (an
 * information letter; blind letters, set-bb), or what must happen first: "noodzakelijk om de
 * beschikking … te kunnen afgeven" (a reminder; blind letters, set-www).
 */
const DECISION_LATER =
  /\b(?:besluit|beschikking)\b[^.?!]{0,120}\bte\s+(?:kunnen\s+)?(?:afgeven|nemen|versturen)\b|\bbesluit\b[^.?!]{0,60}\b(?:wordt|worden|zal|zullen)\b[^.?!]{0,40}\b(?:gestuurd|toegestuurd|verstuurd|opgestuurd|gemaild|bekendgemaakt|genomen)\b|\bbesluit\s+(?:dat|die)\s+(?:wij|we|zij|ze|hij)\s+(?:nemen|neemt|gaan\s+nemen|gaat\s+nemen)\b|\bbesluit\b[^.?!]{0,40}\bvolgt\b|\bbesluit\b[^.?!]{0,60}\b(?:separaat|apart|afzonderlijk|eerder)\b[^.?!]{0,20}\b(?:toegezonden|toegestuurd|gestuurd|verstuurd)\b/i
/**
 * What follows from a condition, not what is decided now: "Is dat niet mogelijk, dan ontvangt u
 * een brief …", "Wij besluiten dan dat wij uw aanvraag niet in behandeling nemen" after "Stuurt u
 * de stukken niet op tijd?" (blind letters, sets llll and mmmm: both read as the letter's decision).
 */
const CONSEQUENCE =
  /^[^,.?!]*,\s*dan\b|\b(?:besluiten|beslissen)\s+(?:wij\s+|we\s+)?dan\b|\bdan\s+(?:besluiten|beslissen)\b/i
const DELIVERED = /\b(?:hierbij|hiermee|deze\s+brief|hieronder|bijgaand)\b/i
/**
 * Another body's decision that the letter asks for or refers to, not a decision of its own: "een
 * kopie van de beschikking van het UWV waaruit blijkt dat uw uitkering is beëindigd", "het besluit
 * van de Belastingdienst". The college, the mayor, the council and the municipality's own tax
 * officer are the sender's bodies. A Koninklijk Besluit (naturalisation) is the Crown's, and a
 * toeslag is the Belastingdienst's ("de beschikking huurtoeslag", blind letters, set-ff).
 */
const OTHER_BODY_DECISION =
  /\b(?:kopie|afschrift|bewijs)\s+van\b|\b(?:beschikking|besluit)\s+(?:(?:voor|over)\s+(?:de|uw)\s+)?(?:huur|zorg|kinderopvang)?toeslag\b|\b(?:\p{L}+)?toeslagbeschikking\b|\bwaaruit\s+blijkt\b|\b[Kk]oninklijk\s+[Bb]esluit\b|\b(?:beschikking|besluit|uitspraak|brief)\s+van\s+(?:het|de)\s+(?!(?:[Cc]ollege|[Gg]emeente|[Bb]urgemeester|[Rr]aad|[Hh]effingsambtenaar)\b)(?:\p{Lu}|belastingdienst\b|rechtbank\b|rechter\b|zorgverzekeraar\b)/u
/**
 * An earlier decision named by its date: "Bij besluit van 12 februari 2024 is aan uw vereniging een
 * subsidie verleend" (a reminder about what that decision asked; blind letters, set-bb); or one
 * the reader already has, which stays as it is: "het besluit dat u eerder van ons heeft ontvangen,
 * blijft geldig" (an information letter about a new carrier; blind letters, set-gggg).
 */
const EARLIER_DECISION =
  /\b(?:[Bb]ij|[Ii]n|[Mm]et)\s+(?:ons\s+|uw\s+|het\s+)?(?:besluit|beschikking)\s+van\s+\d{1,2}\s+\p{L}+\s+\d{4}\b|\b(?:besluit|beschikking)\s+(?:dat|die)\s+u\s+(?:al\s+|eerder\s+|vorig\s+jaar\s+)[^.?!]{0,40}\b(?:ontvangen|gekregen|hebt|heeft)\b|\b(?:besluit|beschikking|toekenning)\b[^.?!]{0,80}\b(?:blijft|blijven)\s+(?:gewoon\s+)?(?:geldig|gelden|van\s+kracht)\b/u
/** A full date written out: "28 februari 2024". */
const FULL_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_NAMES.join('|')})\\s+(\\d{4})\\b`, 'i')
const dayOf = (match: RegExpExecArray) =>
  Date.UTC(Number(match[3]), MONTH_NAMES.indexOf(match[2]!.toLowerCase()), Number(match[1])) /
  86_400_000
/**
 * The letter's own date: the first full date before the salutation ("Datum: 16 juni 2025",
 * "Zuidermeer, 3 juni 2025"), if the letter has one there.
 */
function letterDay(text: string): number | undefined {
  const salutation = /^[ \t]*(?:Geachte|Beste|Hallo|Dag)\b/m.exec(text)
  const date = FULL_DATE.exec(salutation ? text.slice(0, salutation.index) : '')
  return date ? dayOf(date) : undefined
}
/** A sentence that says when it happened: "Op 28 februari 2024 heeft het college …". */
const DATED = new RegExp(`\\b[Oo]p\\s+${FULL_DATE.source.slice(2)}`, 'i')
/**
 * A decision dated months before the letter is an earlier one the letter refers to: "Op 28
 * februari 2024 heeft het college aan uw vereniging een subsidie verleend" in a letter of June
 * 2025 that asks for the accounts (blind letters, set-tt). A decision of the college for this
 * letter is taken days or weeks before it is sent; 60 days leaves room for that.
 */
function datedEarlier(text: string, letter: number | undefined): boolean {
  if (letter === undefined) return false
  const date = DATED.exec(text)
  return date !== null && letter - dayOf(date) > 60
}

/**
 * A letter that says it holds no decision: "Deze brief is geen besluit", "Deze brief betreft geen
 * besluit in de zin van artikel 1:3 Awb" (blind letters, set-ee), "aangezien het geen besluit
 * betreft", "Dit bericht vormt geen besluit", "Deze brief dient niet te worden aangemerkt als een
 * besluit" (set-oo), "Deze brief geeft u alleen informatie over de wachttijd" (set-iiii).
 */
export const NO_DECISION_STATED =
  /\b(?:is|betreft|vormt|bevat)\s+geen\s+besluit\b|\bdeze\s+brief\s+(?:geeft\s+(?:u\s+)?|is\s+)(?:alleen|enkel|slechts)\s+(?:informatie|ter\s+informatie)\b|\bgeen\s+besluit\s+(?:betreft|is|vormt)\b|\bniet\s+(?:[a-z]+\s+){0,3}(?:aangemerkt|beschouwd|gezien)\s+als\s+(?:een\s+)?besluit\b/i
/**
 * A decision document that was received, in the perfect: "Wij hebben uw loonstroken en de
 * beschikking huurtoeslag ontvangen" (a reminder for a missing document; blind letters, set-ff),
 * "U heeft ons besluit van 3 mei ontvangen". The sender's voice does not make it this letter's
 * decision ("Hierbij ontvangt u ons besluit" is present and delivers it).
 */
const RECEIVED_DOCUMENT =
  /\b(?:hebben|heeft|hebt)\b[^.?!]{0,80}\b(?:beschikking|besluit)\b[^.?!]{0,40}\bontvangen\b/i
/** The sender speaking: with it, a sentence that also names a document is still a decision. */
const OWN_VOICE = /\b(?:wij|we|ons|onze|college)\b/i
/**
 * A sentence about disagreeing with the decision is not the decision itself ("Mocht u van mening
 * zijn dat de aanslag ten onrechte is opgelegd, …").
 */
const ABOUT_OBJECTING =
  /\b(?:niet\s+eens|oneens|bezwaar(?:schrift)?|beroep|verzet|ten\s+onrechte|van\s+mening)\b/i
/**
 * The objection term counted from the decision's date: "Dat doet u binnen 6 weken na de dag waarop
 * wij het besluit hebben gepubliceerd" (blind letters, set-pp: taken for the decision itself).
 */
const OBJECTION_TERM = /\bbinnen\s+(?:zes|6)\s+weken\b/i
/**
 * What the letter means to do, not what it decided: "Wij zijn voornemens uw inschrijving aan te
 * passen" (a letter asking for a zienswijze before the decision; no objection is possible yet).
 */
const INTENTION = /\b(?:voornemens|voornemen|voorgenomen|van\s+plan)\b/i
/**
 * Words that look like a decision but are not one: what may happen later ("kan aan u een boete
 * worden opgelegd", "Uw uitkering kan worden ingetrokken", "Dit kan betekenen dat aan u een last
 * onder dwangsom wordt opgelegd", "loopt u het risico dat …": a warning in a letter that asks for
 * information; blind letters, set-ee; also in a subclause, "hetgeen tot gevolg kan hebben dat
 * de subsidie op nihil wordt vastgesteld", set-uu; to the end of the sentence: "kan dit tot gevolg hebben dat
 * … dan wel dat de subsidie lager wordt vastgesteld dan waarop zij is verleend", set-tt), a fact
 * that was established ("is vastgesteld
 * dat u daar niet woont"), the title of a regulation ("het Besluit administratieve bepalingen
 * inzake het wegverkeer") and a decision in a condition ("Ook als de vergunning wordt geweigerd,
 * moet u de leges betalen", "Start pas als u ons besluit heeft ontvangen": letters of receipt;
 * blind letters, set-bb; "Wij gaan met u in gesprek voordat er iets wordt besloten", set-nn).
 */
const NOT_A_DECISION =
  /\b(?:kan|kunnen|zal|zullen|mag|mogen)\b[^.?!]{0,90}\b(?:worden\s+(?:opgelegd|ingetrokken|geweigerd|afgewezen|teruggevorderd|vastgesteld|toegekend|verleend|beëindigd|besloten)|(?:opgelegd|ingetrokken|geweigerd|afgewezen|teruggevorderd|vastgesteld|toegekend|verleend|beëindigd|besloten)\s+worden)\b|\b(?:kan|kunnen|zal|zullen)\s+(?:\p{L}+\s+){0,2}?(?:betekenen|inhouden|leiden\s+tot|tot\s+gevolg\s+hebben)\b[^.?!]*|\btot\s+gevolg\s+(?:kan|kunnen|zal|zullen)\s+hebben\b[^.?!]*|\b(?:loopt|lopen)\s+(?:u|je|uw\s+\p{L}+)\s+(?:het\s+)?risico\b[^.?!]*|\bvastgesteld[\s,]+dat\b|(?<=\S\s)Besluit(?=\s\p{Ll})|\b(?:[Aa]ls|[Ii]ndien|[Ww]anneer|[Tt]enzij|[Mm]ocht|[Mm]ochten|[Nn]adat|[Zz]odra|[Tt]otdat|[Vv]oordat)\s[^.?!,]{0,80}\b(?:besloten|geweigerd|afgewezen|toegekend|verleend|ingetrokken|opgelegd|vastgesteld|beëindigd|teruggevorderd|besluit)(?![\p{L}])/gu
/**
 * A tax assessment is addressed to the reader even when the sentence does not say u; so is what
 * the reader asked for ('besluiten wij de gevraagde omgevingsvergunning te weigeren', set-g).
 */
const ASSESSMENT = /\baanslag\b|\b(?:gevraagde|aangevraagde)\b/i

/**
 * The first sentence that decides something for the reader, or undefined. The decision sentence
 * addresses the reader (u, uw, je), so that a memo about what the council decided is none (issue
 * #15). A decision in plain words ("u krijgt de toeslag") counts only when the letter has no
 * decision in the usual words.
 */
export function findDecision(ctx: RuleContext<unknown>): SentenceInfo | undefined {
  // Both letter rules ask it of the same check: worked out once (the check's shared memo).
  return ctx.memo('nlp:decision', () => decisionOf(ctx))
}

/** The decision named as a document, without a verb that takes it: "In deze brief leest u ons besluit". */
const NAMED_DECISION = /\b(?:(?:dit|ons|het)\s+besluit|beschikking)\b/gi

/**
 * The sentence after which an objection clause goes: the decision sentence, or, when that only
 * names the decision ("In deze brief leest u ons besluit."), the first sentence after it that
 * takes it ("Wij verlenen u een vergunning …"; blind letters, set-t: the clause was put before
 * the decision).
 */
export function decisionAnchor(ctx: RuleContext<unknown>): SentenceInfo | undefined {
  const decision = findDecision(ctx)
  if (!decision) return undefined
  return ctx.memo('nlp:decision-anchor', () => decisionOf(ctx, decision.start) ?? decision)
}

/**
 * A sentence in a list item under a lead-in that is no decision ("Neem deze papieren mee:"): a
 * decision it names is a document, not this letter's ("als u een koophuis heeft: de
 * WOZ-beschikking"; blind letters, set-cccc). Under "besluit ik:" the items are the decision.
 */
function documentInList(ctx: RuleContext<unknown>, sentence: SentenceInfo): boolean {
  if (sentence.unit.kind !== 'listItem') return false
  let k = sentence.unitIndex - 1
  while (k >= 0 && ctx.units[k]!.unit.kind === 'listItem') k--
  const intro = ctx.units[k]
  return (
    !intro ||
    !/\b(?:beslui?t|besluiten|besloten|beschikking)/i.test(
      ctx.slice(intro.unit.start, intro.unit.end),
    )
  )
}

/** The first deciding sentence; from `verbFrom` on, one that decides with a verb. */
function decisionOf(ctx: RuleContext<unknown>, verbFrom?: number): SentenceInfo | undefined {
  const answersApplication = APPLICATION.test(ctx.document.text)
  // A letter that says the decision is still to come ("Binnen 8 weken krijgt u ons besluit")
  // means that decision wherever it names one without a verb that takes it: "Kosten van vóór de
  // datum van het besluit worden niet vergoed" (a letter of receipt; blind letters, set-bb).
  // Worked out once per check: decisionOf runs for the decision and again for its anchor.
  const toCome = ctx.memo('nlp:decision-to-come', () =>
    ctx.sentences.some((s) => {
      const text = ctx.slice(s.start, s.end)
      return (
        (ANNOUNCED.test(text) || DECISION_TO_COME.test(text) || DECISION_LATER.test(text)) &&
        !DELIVERED.test(text)
      )
    }),
  )
  const onlyVerbs = verbFrom !== undefined || toCome
  const letter = ctx.memo('nlp:letter-day', () => letterDay(ctx.document.text))
  // A list item that names a decision is a document in a list ("als u een koophuis heeft: de
  // WOZ-beschikking en het jaaroverzicht"; blind letters, set-cccc): only a verb decides there.
  const decides = (text: string, plain: boolean, listed = false) =>
    plain
      ? answersApplication && PLAIN_DECISION.test(text) && !PLAIN_NOT_DECIDED.test(text)
      : ((plainText) =>
          DECISION.test(plainText) ||
          DECISION_INVERTED.test(plainText) ||
          DECISION_SUBCLAUSE.test(plainText) ||
          DECISION_OWN_BODY.test(plainText) ||
          DECISION_REFUSED.test(plainText) ||
          (DECISION_MUST.test(plainText) && !CONDITIONAL.test(plainText)))(
          onlyVerbs || listed
            ? text.replace(NOT_A_DECISION, '…').replace(NAMED_DECISION, '…')
            : text.replace(NOT_A_DECISION, '…'),
        )
  const decisionSentence = (plain: boolean) =>
    ctx.sentences.find((s) => {
      const text = ctx.slice(s.start, s.end)
      return (
        (verbFrom === undefined || s.start >= verbFrom) &&
        s.unit.kind !== 'heading' &&
        // "Heeft u nog vragen over dit besluit?" asks about the decision; it does not take it.
        !/\?\s*$/.test(text) &&
        decides(text, plain, documentInList(ctx, s)) &&
        (ADDRESSED.test(text) || ASSESSMENT.test(text)) &&
        !ABOUT_OBJECTING.test(text) &&
        !OBJECTION_TERM.test(text) &&
        !ANNOUNCED.test(text) &&
        !CONSEQUENCE.test(text) &&
        !INTENTION.test(text) &&
        !EARLIER_DECISION.test(text) &&
        !datedEarlier(text, letter) &&
        !RECEIVED_DOCUMENT.test(text) &&
        !(OTHER_BODY_DECISION.test(text) && !OWN_VOICE.test(text)) &&
        !((DECISION_TO_COME.test(text) || DECISION_LATER.test(text)) && !DELIVERED.test(text))
      )
    })
  return decisionSentence(false) ?? decisionSentence(true)
}
