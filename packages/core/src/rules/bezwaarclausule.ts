import {defineRule} from '../rule.js'

const ADDRESSED = /\b(?:u|uw|je|jij|jouw|jullie)\b/i

/** Words and phrases that show the letter contains a decision (not just announces one). */
const DECISION =
  /\b(?:(?:hebben|heeft|is|zijn|wordt|worden)\b[^.?!]{0,90}\b(?:besloten|toegekend|afgewezen|geweigerd|verleend|ingetrokken|opgelegd|vastgesteld|beëindigd|teruggevorderd)|(?:wij|we)\s+(?:besluiten|weigeren|verlenen|handhaven)\b|(?:wij|we)\s+(?:kennen\b[^.?!]{0,80}\btoe|wijzen\b[^.?!]{0,80}\baf|trekken\b[^.?!]{0,80}\bin|leggen\b[^.?!]{0,80}\bop|stellen\b[^.?!]{0,80}\bvast(?![\s,]+dat\b))\b|(?:dit|ons|het)\s+besluit\b|beschikking\b)/i
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
const OBJECTION = /\bbezwaar(?:schrift)?\b/i
/**
 * A decision still to be taken: "Wij besluiten binnen acht weken of u de boom mag kappen", "Wij
 * beslissen zodra wij alle stukken hebben".
 */
const ANNOUNCED =
  /\b(?:wij|we)\s+(?:besluiten|beslissen)\b[^.?!]*\b(?:of|binnen|wanneer|zodra|nadat|voordat)\b/i
/**
 * The decision still to come: "U krijgt ons besluit per post", "Wij sturen u ons besluit binnen
 * acht weken" (but "Hierbij ontvangt u ons besluit", "In deze brief leest u ons besluit" deliver it).
 */
const DECISION_TO_COME =
  /\b(?:krijgt|ontvangt|hoort|sturen|stuurt|sturen\s+wij)\b[^.?!]{0,30}\b(?:ons|het|een)\s+besluit\b/i
/**
 * The decision as the subject of what will happen to it: "Het besluit dat zij neemt, wordt naar u
 * gestuurd", "Het besluit volgt binnen acht weken" (not "Het besluit dat wij hebben genomen").
 */
const DECISION_LATER =
  /\bbesluit\b[^.?!]{0,60}\b(?:wordt|worden|zal|zullen)\b[^.?!]{0,40}\b(?:gestuurd|toegestuurd|verstuurd|opgestuurd|gemaild|bekendgemaakt|genomen)\b|\bbesluit\s+(?:dat|die)\s+(?:wij|we|zij|ze|hij)\s+(?:nemen|neemt|gaan\s+nemen|gaat\s+nemen)\b|\bbesluit\b[^.?!]{0,40}\bvolgt\b/i
const DELIVERED = /\b(?:hierbij|hiermee|deze\s+brief|hieronder|bijgaand)\b/i
/**
 * Another body's decision that the letter asks for or refers to, not a decision of its own: "een
 * kopie van de beschikking van het UWV waaruit blijkt dat uw uitkering is beëindigd", "het besluit
 * van de Belastingdienst". The college, the mayor, the council and the municipality's own tax
 * officer are the sender's bodies. A Koninklijk Besluit (naturalisation) is the Crown's.
 */
const OTHER_BODY_DECISION =
  /\b(?:kopie|afschrift|bewijs)\s+van\b|\bwaaruit\s+blijkt\b|\b[Kk]oninklijk\s+[Bb]esluit\b|\b(?:beschikking|besluit|uitspraak|brief)\s+van\s+(?:het|de)\s+(?!(?:[Cc]ollege|[Gg]emeente|[Bb]urgemeester|[Rr]aad|[Hh]effingsambtenaar)\b)(?:\p{Lu}|belastingdienst\b|rechtbank\b|rechter\b|zorgverzekeraar\b)/u
/** The sender speaking: with it, a sentence that also names a document is still a decision. */
const OWN_VOICE = /\b(?:wij|we|ons|onze|college)\b/i
/**
 * A sentence about disagreeing with the decision is not the decision itself ("Mocht u van mening
 * zijn dat de aanslag ten onrechte is opgelegd, …").
 */
const ABOUT_OBJECTING =
  /\b(?:niet\s+eens|oneens|bezwaar(?:schrift)?|beroep|verzet|ten\s+onrechte|van\s+mening)\b/i
/**
 * What the letter means to do, not what it decided: "Wij zijn voornemens uw inschrijving aan te
 * passen" (a letter asking for a zienswijze before the decision; no objection is possible yet).
 */
const INTENTION = /\b(?:voornemens|voornemen|voorgenomen|van\s+plan)\b/i
/**
 * Words that look like a decision but are not one: what may happen later ("kan aan u een boete
 * worden opgelegd", "Uw uitkering kan worden ingetrokken"), a fact that was established ("is vastgesteld
 * dat u daar niet woont"), the title of a regulation ("het Besluit administratieve bepalingen
 * inzake het wegverkeer") and a decision in a condition ("Ook als de vergunning wordt geweigerd,
 * moet u de leges betalen": a letter of receipt).
 */
const NOT_A_DECISION =
  /\b(?:kan|kunnen|zal|zullen|mag|mogen)\b[^.?!]{0,90}\b(?:worden\s+(?:opgelegd|ingetrokken|geweigerd|afgewezen|teruggevorderd|vastgesteld|toegekend|verleend|beëindigd)|(?:opgelegd|ingetrokken|geweigerd|afgewezen|teruggevorderd|vastgesteld|toegekend|verleend|beëindigd)\s+worden)\b|\bvastgesteld[\s,]+dat\b|(?<=\S\s)Besluit(?=\s\p{Ll})|\b(?:[Aa]ls|[Ii]ndien|[Ww]anneer|[Tt]enzij|[Mm]ocht|[Mm]ochten)\s[^.?!,]{0,80}\b(?:geweigerd|afgewezen|toegekend|verleend|ingetrokken|opgelegd|vastgesteld)\b/gu
/** A letter that says no objection is possible: "staat geen bezwaar open", "kunt u geen bezwaar maken". */
const NO_REMEDY =
  /\b(?:staat|is)\s+geen\s+(?:bezwaar|beroep)\b|\b(?:kunt|kan)\s+u\s+geen\s+bezwaar\b|\bgeen\s+bezwaar\s+mogelijk\b|\bniet\s+vatbaar\s+voor\s+bezwaar\b/i
/** A tax assessment is addressed to the reader even when the sentence does not say u. */
const ASSESSMENT = /\baanslag\b/i
/**
 * A municipal tax or WOZ letter: an objection goes to the heffingsambtenaar, not to the college
 * (Gemeentewet art. 231, Awb 6:4).
 */
const TAX_LETTER =
  /\b(?:aanslag(?:biljet)?|heffingsambtenaar|WOZ|woz-beschikking|belastingjaar|(?:gemeentelijke\s+)?belastingen|(?:onroerendezaak|honden|toeristen|precario)belasting|afvalstoffenheffing|rioolheffing)\b/i
/**
 * Other ways to contest a decision than bezwaar: beroep at the court (a decision on an objection),
 * verzet against a penal order ("de officier van justitie vragen de zaak aan de kantonrechter voor
 * te leggen"). Their terms and addressees differ from bezwaar's, so such a paragraph is not checked
 * for them.
 */
/** Words that offer the reader the remedy ("Bent u het niet eens …? Dan kunt u …"). */
const OFFERED = /\b(?:niet\s+eens|oneens|kunt\s+u|kun\s+je|instellen|aantekenen)\b/i
const OTHER_REMEDY =
  /\b(?:beroep(?:schrift)?|verzet|rechter|rechtbank|kantonrechter|officier\s+van\s+justitie|raad\s+van\s+state)\b/i
const TERM = /\b(?:zes|6)\s+weken\b/i
/** To whom: the body, "ons", or the sender's address ("naar het adres bovenaan deze brief"). */
const ADDRESSEE =
  /\b(?:college|burgemeester|gemeenteraad|heffingsambtenaar|aan\s+ons|naar\s+ons|ons\s+sturen|bij\s+ons|gemeente|adres\s+(?:bovenaan|boven|onderaan|onder|in|op)\s+(?:deze|de)\s+brief)\b/i
const MANNER =
  /\b(?:digitaal|online|per\s+post|postbus|schriftelijk|website|digid|formulier|brief|e-?mail|x{4,})\b|www\.|@/i
/** A clause that sends the reader to an enclosure or page for the details: "In de bijlage leest u hoe". */
const ENCLOSURE =
  /\b(?:in|op)\s+de\s+(?:bijlage|bijgevoegde\s+\p{L}+|achterkant)\b[^.?!]*\b(?:hoe|wat|waar)\b|\b(?:hoe|wat)\b[^.?!]*\b(?:leest|staat|vindt)\s+u\s+in\s+de\s+bijlage\b/iu

/**
 * The standard wording (Awb art. 3:45 and 6:7), suggested when the clause is missing. Written so
 * that the other default rules find nothing in it, also with the decision sentence it follows: the
 * term after "bezwaar maken" (not 11 words between "kunt" and "maken"), no sentence over 20
 * words, five sentences (a paragraph may have six).
 */
export const STANDARD_CLAUSE =
  'Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de datum van deze brief. Stuur uw bezwaar naar het college van burgemeester en wethouders, online met DigiD via onze website of per post. Zet in uw bezwaar uw naam, adres, de datum en waarom u het niet eens bent met het besluit. Zet uw handtekening eronder en stuur een kopie van dit besluit mee.'

/** The standard wording for a tax or WOZ letter: the objection goes to the heffingsambtenaar. */
export const TAX_CLAUSE = STANDARD_CLAUSE.replace(
  'naar het college van burgemeester en wethouders,',
  'naar de heffingsambtenaar (de ambtenaar die de belasting vaststelt),',
)

export default defineRule({
  id: 'bezwaarclausule',
  meta: {
    description:
      'Een brief met een besluit zegt hoe de lezer bezwaar maakt: binnen zes weken, bij wie en hoe.',
    severity: 'error',
    fixable: 'suggestion',
    letterOnly: true,
    messages: {
      ontbreekt:
        'Deze brief bevat een besluit, maar zegt niet hoe de lezer bezwaar kan maken (Algemene wet bestuursrecht, art. 3:45). Voeg een alinea over bezwaar toe.',
      onvolledig:
        'De alinea over bezwaar mist {missing}. Vermeld de termijn van zes weken, bij wie en hoe de lezer bezwaar maakt.',
    },
  },
  check(_tree, ctx) {
    // A decision to the reader: the decision sentence addresses them (u, uw, je), so that a memo
    // about what the council decided does not need an objection clause (issue #15).
    // A decision in plain words counts only when the letter has no decision in the usual words
    // (the clause then follows that sentence, as before).
    const answersApplication = APPLICATION.test(ctx.document.text)
    const decides = (text: string, plain: boolean) =>
      plain
        ? answersApplication && PLAIN_DECISION.test(text) && !PLAIN_NOT_DECIDED.test(text)
        : DECISION.test(text.replace(NOT_A_DECISION, '…'))
    const decisionSentence = (plain: boolean) =>
      ctx.sentences.find((s) => {
        const text = ctx.slice(s.start, s.end)
        return (
          s.unit.kind !== 'heading' &&
          decides(text, plain) &&
          (ADDRESSED.test(text) || ASSESSMENT.test(text)) &&
          !ABOUT_OBJECTING.test(text) &&
          !ANNOUNCED.test(text) &&
          !INTENTION.test(text) &&
          !(OTHER_BODY_DECISION.test(text) && !OWN_VOICE.test(text)) &&
          !((DECISION_TO_COME.test(text) || DECISION_LATER.test(text)) && !DELIVERED.test(text))
        )
      })
    const decision = decisionSentence(false) ?? decisionSentence(true)
    if (!decision) return
    // The letter says there is nothing to object to ("Tegen dit verzoek staat geen bezwaar of
    // beroep open, aangezien het geen besluit betreft."): the writer weighed it; no clause asked.
    if (ctx.units.some((u) => NO_REMEDY.test(ctx.slice(u.unit.start, u.unit.end)))) return
    const objection = ctx.units.filter((u) => OBJECTION.test(ctx.slice(u.unit.start, u.unit.end)))
    if (objection.length === 0) {
      const offersRemedy = (text: string) => OTHER_REMEDY.test(text) && OFFERED.test(text)
      if (ctx.units.some((u) => offersRemedy(ctx.slice(u.unit.start, u.unit.end)))) return
      // The edit keeps the decision and puts the clause after it (it used to replace the decision
      // sentence by the clause); not when the sentence holds a template field, whose masked text
      // would be written back.
      const keeps = !decision.words.some((w) => w.masked)
      const clause = TAX_LETTER.test(ctx.document.text) ? TAX_CLAUSE : STANDARD_CLAUSE
      ctx.report({
        start: decision.start,
        end: decision.end,
        messageId: 'ontbreekt',
        ...(keeps
          ? {
              expected: [`${ctx.slice(decision.start, decision.end)} ${clause}`],
              fix: 'suggestion' as const,
            }
          : {}),
        note: clause,
      })
      return
    }
    // The objection paragraph may continue in the next unit (a list of what to include). A letter
    // may name objecting more than once ("Gaat iemand in bezwaar, dan …"): the most complete
    // paragraph is the clause.
    const missingIn = (unit: (typeof objection)[number]) => {
      const index = ctx.units.indexOf(unit)
      const text = ctx.units
        .slice(index, index + 3)
        .map((u) => ctx.slice(u.unit.start, u.unit.end))
        .join(' ')
      // "In de bijlage leest u hoe u bezwaar maakt": the enclosure says to whom and how.
      const enclosed = ENCLOSURE.test(text)
      const missing: string[] = []
      if (!TERM.test(text)) missing.push('de termijn (zes weken)')
      if (!ADDRESSEE.test(text) && !enclosed) missing.push('bij wie')
      if (!MANNER.test(text) && !enclosed) missing.push('hoe (online of per post)')
      return missing
    }
    let first = objection[0]!
    let missing = missingIn(first)
    for (const unit of objection.slice(1)) {
      if (missing.length === 0) break
      const other = missingIn(unit)
      if (other.length < missing.length) {
        first = unit
        missing = other
      }
    }
    if (missing.length > 0) {
      const sentence = first.sentences.find((s) => OBJECTION.test(s.text)) ?? first.sentences[0]!
      ctx.report({
        start: sentence.start,
        end: sentence.end,
        messageId: 'onvolledig',
        data: {missing: missing.join(', ')},
      })
    }
  },
})
