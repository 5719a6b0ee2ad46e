import {describe, expect, it} from 'vitest'
import {createChecker} from '../../src/checker.js'
import {tester} from './tester.js'
import {MAYOR_CLAUSE, STANDARD_CLAUSE, TAX_CLAUSE} from '../../src/rules/bezwaarclausule.js'
import {BAD_DECISION, GOOD_DECISION} from '../letters.js'
import {checkRule} from '../helpers.js'

const letter = (body: string) =>
  `Beste Sanne,\n\n${body}\n\nMet vriendelijke groet,\nTeam Vergunningen`

tester.run('bezwaarclausule', {
  valid: [
    // A decision named in a list of papers to bring is a document, not this letter's decision
    // (blind letters, set-cccc).
    {
      text: letter(
        'Wij helpen u gratis met uw belastingaangifte. Neem deze papieren mee:\n\n- uw DigiD;\n- als u een koophuis heeft: de WOZ-beschikking en het jaaroverzicht van uw hypotheek;\n- uw jaaropgave.',
      ),
      format: 'md',
    },
    {
      text: letter(
        'Als wij uw verzoek niet kunnen honoreren, bellen wij u eerst. Wij nemen binnen acht weken een besluit.',
      ),
    },
    // A decision that needs something first is still to come (blind letters, set-www: a
    // reminder got a clause).
    {
      text: letter(
        'Uw handtekening is nodig om de beschikking voor de jeugdhulp te kunnen afgeven. Stuur het plan vóór 1 mei terug.',
      ),
    },
    // A refusal as an obligation in a condition is what may come (set-ttt).
    {
      text: letter(
        'Stuur ons de tekening vóór 1 mei. Als u niet reageert, moeten wij uw aanvraag afwijzen.',
      ),
    },
    // The list of what to write in does not end the objection paragraph: the address after it
    // still says to whom (blind letters, sets pp and qq: 'bij wie' reported missing twice).
    {
      text: letter(
        'Wij hebben besloten dat u de vergoeding krijgt.\n\nBent u het niet eens met dit besluit?\nDan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Schrijf in uw brief:\n- uw naam en adres;\n- de datum;\n- waarom u het niet eens bent met het besluit.\nStuur uw bezwaar naar: college van burgemeester en wethouders, Postbus 80, 8531 AB Lemsterbroek.',
      ),
    },
    // A letter that says it is no decision, in other words (blind letters, set-oo).
    {
      text: letter(
        'Wij hebben besloten uw grond te willen kopen. Deze brief dient niet te worden aangemerkt als een besluit, zodat hiertegen geen bezwaar kan worden gemaakt.',
      ),
    },
    // A decision still to come in a subclause of time (blind letters, set-nn: a letter about a
    // boundary survey).
    {
      text: letter(
        'Als blijkt dat een deel van uw tuin op gemeentegrond ligt, nemen wij contact met u op. Wij gaan eerst met u in gesprek voordat er iets wordt besloten.',
      ),
    },
    // A letter that says it holds no decision in other words (blind letters, set-ee), and a
    // reminder for a document that names another body's decision the reader sent (set-ff).
    {
      text: letter(
        'Wij hebben besloten uw gegevens op te vragen. Deze brief betreft geen besluit in de zin van artikel 1:3 Awb; bezwaar hiertegen is derhalve niet mogelijk.',
      ),
    },
    {
      text: letter(
        'Wij hebben uw loonstroken en de beschikking huurtoeslag ontvangen. Wij missen nog een bankafschrift. Stuur dat voor 1 mei naar ons.',
      ),
    },
    {text: GOOD_DECISION},
    // The answer to a complaint: the next step is the ombudsman, not an objection (set-aa).
    {
      text: letter(
        'Wij hebben uw klacht onderzocht en wij hebben besloten dat uw klacht gegrond is. Bent u niet tevreden over de behandeling van uw klacht? Dan kunt u contact opnemen met de Nationale ombudsman.',
      ),
    },
    // A decision still to come, as a document (set-z: an invitation to a talk about care).
    {
      text: letter(
        'Wij nodigen u uit voor een gesprek over uw hulp. Daarna neemt de gemeente een besluit. Over dat besluit ontvangt u een beschikking.',
      ),
    },
    // 'U krijgt …' that is no decision: an invitation that tells what the work pays (no
    // application of the reader's), a question, a condition, what the reader already gets and
    // what will come.
    {
      text: letter(
        'Wilt u op 18 maart helpen bij de verkiezingen? U krijgt een vergoeding van € 200 voor de hele dag.',
      ),
    },
    {
      text: letter(
        'Wij hebben uw aanvraag ontvangen. Waarom krijgt u de toeslag? Dat leest u in onze folder. U krijgt de toeslag als uw inkomen laag is.',
      ),
    },
    {
      text: letter(
        'Over uw aanvraag voor een re-integratietraject: u krijgt sinds juni een bijstandsuitkering. U krijgt de vergunning binnen vijf werkdagen.',
      ),
    },
    // The letter says it is no decision and sends objections elsewhere (set-o).
    {
      text: letter(
        'Uw maatwerkvoorziening is toegekend. Deze brief is geen besluit over de eigen bijdrage. U kunt er geen bezwaar tegen maken. Bent u het niet eens met de rekening? Dan kunt u bezwaar maken bij het CAK.',
      ),
    },
    // The same in other words: "Het is geen besluit. U kunt hiertegen daarom geen bezwaar maken."
    // (blind letters, set-u).
    {
      text: letter(
        'De leges worden vastgesteld nadat uw aanvraag is ingediend. Deze e-mail is een antwoord op uw vraag. Het is geen besluit. U kunt hiertegen daarom geen bezwaar maken.',
      ),
    },
    // Verb-final in a subclause (set-v).
    {
      text: letter(
        'Uw klacht is gegrond. Uw aanvraag is afgewezen omdat de regels het niet toestaan. Wij wijzen u erop dat deze klachtafhandeling geen besluit is, zodat hiertegen geen bezwaar openstaat.',
      ),
    },
    // A postal address says how: by post (set-u).
    {
      text: letter(
        'Wij verlenen u de vergunning.\n\nBent u het niet eens met dit besluit? Stuur dan binnen zes weken een bezwaarschrift aan de burgemeester, Raadhuisplein 1, 7731 ZR Bremerveld.',
      ),
    },
    // A participle before a noun names an earlier decision: a reminder is no decision (set-n).
    {
      text: letter(
        'Wij hebben nog geen keuring van uw rioolaansluiting gehad. Die is nodig volgens de voorwaarden die zijn opgenomen in de aan u verleende aansluitvergunning. Maak vóór 10 november een afspraak.',
      ),
    },
    {
      text: letter(
        'Het bedrag van de aan u opgelegde dwangsom is € 500. Dat bedrag is nog niet betaald. Betaal het vóór 1 december.',
      ),
    },
    // What may happen later is no decision: a reminder that warns of a fine.
    {
      text: letter(
        'U bent verhuisd, maar u heeft uw nieuwe adres nog niet doorgegeven. Doe dat vóór 11 december. Als u dat niet doet, kan aan u een boete van ten hoogste € 325 worden opgelegd.',
      ),
    },
    {
      text: letter(
        'Wij missen nog uw bankafschriften. Stuur ze vóór 1 maart. Uw uitkering kan dan worden ingetrokken, want zonder gegevens kunnen wij uw recht niet beoordelen.',
      ),
    },
    // A letter of intent asks for a zienswijze before the decision: nothing to object to yet.
    {
      text: letter(
        'Wij zijn voornemens de beschikking over uw uitkering te herzien met ingang van 1 december. Bent u het daar niet mee eens? Geef dan binnen twee weken uw zienswijze.',
      ),
    },
    // A fact that was established, something pointed out, the title of a regulation: no decision.
    {
      text: letter(
        'Bij een huisbezoek is vastgesteld dat u daar niet woont. Wij wijzen u erop dat dit gevolgen kan hebben. De regels staan in het Besluit administratieve bepalingen inzake het wegverkeer.',
      ),
    },
    // A naturalisation ceremony invitation: the Koninklijk Besluit is the Crown's decision.
    {
      text: letter(
        'U heeft het Nederlanderschap gekregen. Dat staat in het Koninklijk Besluit van 28 januari. Legt u niet binnen drie maanden na de bekendmaking van het Koninklijk Besluit de verklaring af, dan vervalt het besluit tot verlening van het Nederlanderschap.',
      ),
    },
    // Documents to bring to a talk ('beschikkingen van andere instanties') are no decision of
    // this letter: only the singular 'beschikking' names one.
    {
      text: letter(
        'Wij nodigen u uit voor een gesprek op 3 maart. Neem uw indicaties, medische verklaringen en beschikkingen van andere instanties mee.',
      ),
    },
    // A decision in a condition of a letter of receipt is no decision.
    {
      text: letter(
        'Wij hebben uw aanvraag voor het kappen van de boom ontvangen. Ook als de vergunning wordt geweigerd, moet u de leges betalen.',
      ),
    },
    // The letter says no objection is possible: nothing to complete.
    {
      text: letter(
        'Wij hebben besloten de termijn voor uw aanvraag op te schorten. Tegen dit verzoek staat geen bezwaar of beroep open, aangezien het geen besluit betreft.',
      ),
    },
    // An adverb between: "staat derhalve geen bezwaar open" (blind letters, set-kk).
    {
      text: letter(
        'Wij hebben besloten uw aanvraag af te wijzen. Het gaat om een afspraak in uw akte. Tegen deze brief staat derhalve geen bezwaar open.',
      ),
    },
    // Disagreeing with an assessment is no decision ("ten onrechte is opgelegd").
    {
      text: letter(
        'Mocht u van mening zijn dat de aanslag ten onrechte is opgelegd, stuur ons dan een brief. Doe dat binnen zes weken per post.',
      ),
    },
    // Another body's decision asked for as a document is not this letter's decision.
    {
      text: letter(
        'Wij hebben nog stukken van u nodig:\n\n- een kopie van de beschikking van het UWV waaruit blijkt dat uw uitkering is beëindigd.\n\nStuur ze binnen twee weken via Mijn Dronten.',
      ),
    },
    {text: letter('In het besluit van de Belastingdienst staat dat uw toeslag is stopgezet.')},
    // The decision still to come ("U krijgt ons besluit per post") is no decision.
    {
      text: letter(
        'Wij hebben uw aanvraag ontvangen. Wij beslissen binnen acht weken. U krijgt ons besluit per post.',
      ),
    },
    // The decision as the subject of what will happen to it: still to come.
    {
      text: letter(
        'Uw consulent beslist samen met u wat er moet gebeuren. Het besluit dat zij neemt, wordt op papier gezet en naar u gestuurd.',
      ),
    },
    {
      text: letter(
        'Wij hebben uw aanvraag ontvangen. Het besluit over uw aanvraag volgt binnen acht weken.',
      ),
    },
    // Objecting named twice: the most complete paragraph is the clause.
    {
      text: letter(
        'Wij hebben besloten u de vergunning te verlenen.\n\nGaat iemand in bezwaar, dan kan de vergunning later nog veranderen.\n\nWat kost het?\n\nU betaalt € 312,40 leges.\n\nBent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de datum van deze brief. Stuur uw bezwaar naar het college van burgemeester en wethouders, Postbus 100, 8250 AC Dronten.',
      ),
    },
    // The address at the top of the letter says to whom.
    {
      text: letter(
        'Wij hebben besloten dat u geen kwijtschelding krijgt.\n\nBent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de datum van deze brief. Stuur uw bezwaar naar het adres bovenaan deze brief.',
      ),
    },
    // The enclosure says to whom and how.
    {
      text: letter(
        'Wij hebben besloten dat u geen scootmobiel krijgt.\n\nBent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen zes weken na de datum van deze brief. In de bijlage leest u hoe u dat doet.',
      ),
    },
    // Only announces a decision.
    {
      text: letter(
        'Wij hebben uw aanvraag ontvangen. Wij nemen binnen acht weken een besluit. U hoort dan van ons.',
      ),
    },
    {
      text: letter(
        'Wij hebben besloten u de subsidie toe te kennen.\n\nBent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken. Stuur uw bezwaar naar het college van burgemeester en wethouders. Dat kan online met DigiD via onze website, of per post. Schrijf in uw bezwaar in elk geval uw naam en adres, de datum, waarom u het niet eens bent met het besluit, en zet uw handtekening eronder. Stuur een kopie van dit besluit mee.',
      ),
    },
    // Another remedy than bezwaar, offered to the reader: verzet against a penal order, beroep
    // against a decision on an objection. Their terms differ (two weeks for verzet).
    {
      text: letter(
        'Wij handhaven uw boete. Dit betekent dat u de boete moet betalen.\n\nBent u het niet eens met dit besluit? Dan kunt u de officier van justitie binnen twee weken vragen de zaak aan de kantonrechter voor te leggen.',
      ),
    },
    {
      text: letter(
        'Wij hebben besloten dat uw vergunning blijft zoals die is.\n\nU kunt tegen dit besluit binnen zes weken beroep instellen bij de rechtbank Gelderland.',
      ),
    },
    // A decision still to come is announced, not taken.
    {
      text: letter(
        'Staat uw boom op de lijst, dan vraagt u een vergunning aan. Wij besluiten dan binnen acht weken of u de boom mag kappen.',
      ),
    },
    // Blind letters, set-bb: a decision still to come, named again without a verb that takes it
    // (a letter of receipt); an earlier decision named by its date (a reminder); a decision sent
    // separately (an information letter).
    {
      text: letter(
        'Wij hebben uw aanvraag ontvangen. Binnen 8 weken krijgt u ons besluit. Begin pas met de verbouwing als u ons besluit heeft ontvangen. Kosten die u maakt vóór de datum van het besluit, betalen wij niet.',
      ),
    },
    {
      text: letter(
        'Bij besluit van 12 februari 2024 is aan uw vereniging een subsidie verleend. Wij hebben uw urenverantwoording nog niet ontvangen. Stuurt u die vóór 1 mei?',
      ),
    },
    // Blind letters, set-tt: a decision dated months before the letter is an earlier one the
    // letter asks about, and a possible consequence holds no decision to the end of its sentence.
    {
      text: `Datum: 16 juni 2025\n\n${letter(
        'Op 28 februari 2024 heeft het college aan uw vereniging een subsidie verleend. Stuur ons het verslag. Komt het verslag niet, dan kan dit tot gevolg hebben dat de subsidie op een lager bedrag wordt vastgesteld dan waarop zij is verleend.',
      )}`,
    },
    {
      text: letter(
        'Stuur ons de jaarrekening. Anders gaan wij uit van wat wij weten, hetgeen tot gevolg kan hebben dat uw subsidie op nihil wordt vastgesteld.',
      ),
    },
    // A decision that may be taken later is none (blind letters, set-ww).
    {
      text: letter(
        'Stuur ons uw bankafschriften. Doet u dat niet, dan kan worden besloten tot opschorting van uw uitkering.',
      ),
    },
    {
      text: letter(
        'Het besluit tot inschrijving van uw partij is u separaat toegezonden. In deze brief leest u wat u moet doen om kandidaten in te schrijven.',
      ),
    },
    // A letter that says it only informs, after naming the earlier decision and its objection
    // route (blind letters, set-iiii).
    {
      text: letter(
        'Het besluit over de jeugdhulp heeft u al gekregen op 3 april. Daarin staat ook hoe u bezwaar kunt maken. Deze brief geeft u alleen informatie over de wachttijd.',
      ),
    },
    // What follows from a condition is no decision of this letter (blind letters, sets llll
    // and mmmm).
    {
      text: letter(
        'Stuur ons de loonstroken vóór 1 mei. Stuurt u ze niet op tijd? Wij besluiten dan dat wij uw aanvraag niet in behandeling nemen.',
      ),
    },
    {
      text: letter(
        'Haal het terras binnen een week weg. Is dat niet mogelijk, dan ontvangt u een brief met daarin een termijn waarbinnen de overtreding moet zijn beëindigd.',
      ),
    },
    // A decision the reader already has, which stays as it is (blind letters, set-gggg).
    {
      text: letter(
        'Vanaf 1 maart rijdt een andere taxi. De toekenning verandert niet: het besluit dat u eerder van ons heeft gekregen, blijft geldig tot de zomer.',
      ),
    },
    // The question about disagreeing is no decision: it used to get the clause as a fix, which
    // then asked the question twice.
    {
      text: letter(
        'U moet de boete betalen.\n\nBent u het niet eens met dit besluit? Bel ons dan.',
      ),
    },
  ],
  invalid: [
    {
      // A decision of the college dated shortly before the letter is this letter's decision.
      name: 'a dated decision of days before the letter is the decision',
      text: `Datum: 16 juni 2025\n\n${letter('Op 10 juni 2025 heeft het college u een subsidie verleend.')}`,
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [5, 1, 35], end: [5, 59, 93]},
          actual: 'Op 10 juni 2025 heeft het college u een subsidie verleend.',
          expected: [
            `Op 10 juni 2025 heeft het college u een subsidie verleend. ${STANDARD_CLAUSE}`,
          ],
          output: `Datum: 16 juni 2025\n\n${letter(`Op 10 juni 2025 heeft het college u een subsidie verleend. ${STANDARD_CLAUSE}`)}`,
          fix: 'suggestion',
        },
      ],
    },
    {
      // Blind letters, set-ttt: a refusal as an obligation ('Helaas moeten wij uw aanvraag
      // afwijzen') is a decision; in a condition it is what may come (valid above).
      name: 'a refusal as an obligation is a decision',
      text: letter('U heeft een standplaats aangevraagd. Helaas moeten wij uw aanvraag afwijzen.'),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 38, 51], end: [3, 77, 90]},
          actual: 'Helaas moeten wij uw aanvraag afwijzen.',
          expected: [`Helaas moeten wij uw aanvraag afwijzen. ${STANDARD_CLAUSE}`],
          output: letter(
            `U heeft een standplaats aangevraagd. Helaas moeten wij uw aanvraag afwijzen. ${STANDARD_CLAUSE}`,
          ),
          fix: 'suggestion',
        },
      ],
    },
    {
      // Blind letters, set-qq: a refusal in other words ('uw verzoek niet te honoreren') is a
      // decision; what may come ('als wij uw verzoek niet kunnen honoreren') is none.
      name: 'a refusal of the request in other words is a decision',
      text: letter(
        'Wij hebben uw verzoek getoetst aan de beleidsregel. Daarom zien wij ons genoodzaakt uw verzoek niet te honoreren.',
      ),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 53, 66], end: [3, 114, 127]},
          actual: 'Daarom zien wij ons genoodzaakt uw verzoek niet te honoreren.',
          expected: [
            `Daarom zien wij ons genoodzaakt uw verzoek niet te honoreren. ${STANDARD_CLAUSE}`,
          ],
          output: letter(
            `Wij hebben uw verzoek getoetst aan de beleidsregel. Daarom zien wij ons genoodzaakt uw verzoek niet te honoreren. ${STANDARD_CLAUSE}`,
          ),
          fix: 'suggestion',
        },
      ],
    },
    {
      // The decision of this letter, after a sentence that names a received one.
      name: 'a decision after a received document is still a decision',
      text: letter(
        'Wij hebben uw loonstroken en de beschikking huurtoeslag ontvangen. Wij kennen u de bijdrage toe.',
      ),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 68, 81], end: [3, 97, 110]},
          actual: 'Wij kennen u de bijdrage toe.',
          expected: [`Wij kennen u de bijdrage toe. ${STANDARD_CLAUSE}`],
          output: letter(
            `Wij hebben uw loonstroken en de beschikking huurtoeslag ontvangen. Wij kennen u de bijdrage toe. ${STANDARD_CLAUSE}`,
          ),
          fix: 'suggestion',
        },
      ],
    },
    {
      // The same participle after its verb is the decision itself.
      name: 'a permit granted in this letter, not one granted before',
      text: letter('De aansluitvergunning is aan u verleend.'),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 1, 14], end: [3, 41, 54]},
          actual: 'De aansluitvergunning is aan u verleend.',
          expected: [`De aansluitvergunning is aan u verleend. ${STANDARD_CLAUSE}`],
          output: letter(`De aansluitvergunning is aan u verleend. ${STANDARD_CLAUSE}`),
          fix: 'suggestion',
        },
      ],
    },
    {
      // Blind letters, set-g: a grant in plain words, without an objection clause.
      name: 'a decision in plain words in a letter that answers an application',
      text: letter(
        'U heeft op 11 september energietoeslag aangevraagd. Goed nieuws: u krijgt de energietoeslag. Wij betalen € 800 binnen tien werkdagen.',
      ),
      findings: [
        {
          messageId: 'ontbreekt',
          // The clause goes after the rest of the decision's paragraph, as a paragraph of its own.
          range: {start: [3, 53, 66], end: [3, 134, 147]},
          actual:
            'Goed nieuws: u krijgt de energietoeslag. Wij betalen € 800 binnen tien werkdagen.',
          expected: [
            `Goed nieuws: u krijgt de energietoeslag. Wij betalen € 800 binnen tien werkdagen.\n\n${STANDARD_CLAUSE}`,
          ],
          output: letter(
            `U heeft op 11 september energietoeslag aangevraagd. Goed nieuws: u krijgt de energietoeslag. Wij betalen € 800 binnen tien werkdagen.\n\n${STANDARD_CLAUSE}`,
          ),
          fix: 'suggestion',
        },
      ],
    },
    {
      // Blind letters, set-g and set-b: 'besluiten wij … te weigeren' (what the reader asked for,
      // without 'u') and an active recovery were not seen as decisions.
      name: 'a decision with the verb after the subject and an active recovery',
      text: letter(
        'Gelet op het vorenstaande besluiten wij de gevraagde omgevingsvergunning te weigeren.',
      ),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 1, 14], end: [3, 86, 99]},
          actual:
            'Gelet op het vorenstaande besluiten wij de gevraagde omgevingsvergunning te weigeren.',
          expected: [
            `Gelet op het vorenstaande besluiten wij de gevraagde omgevingsvergunning te weigeren. ${STANDARD_CLAUSE}`,
          ],
          output: letter(
            `Gelet op het vorenstaande besluiten wij de gevraagde omgevingsvergunning te weigeren. ${STANDARD_CLAUSE}`,
          ),
          fix: 'suggestion',
        },
      ],
    },
    {
      text: letter('U kreeg te veel bijstand. Wij vorderen € 3.702,14 van u terug.'),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 27, 40], end: [3, 63, 76]},
          actual: 'Wij vorderen € 3.702,14 van u terug.',
          expected: [`Wij vorderen € 3.702,14 van u terug. ${STANDARD_CLAUSE}`],
          output: letter(
            `U kreeg te veel bijstand. Wij vorderen € 3.702,14 van u terug. ${STANDARD_CLAUSE}`,
          ),
          fix: 'suggestion',
        },
      ],
    },
    {
      // Blind relabels, sets e, m and p: a clause after a paragraph that announces a list or an
      // explanation cut the sentence from it. The message stays, without an edit.
      name: 'no edit where the paragraph of the decision announces what follows',
      text: letter(
        'Wij hebben besloten u ontheffing te verlenen. Uw zaak mag op deze nachten open blijven:\n\n- 31 december;\n- 1 januari.',
      ),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 1, 14], end: [3, 88, 101]},
          actual:
            'Wij hebben besloten u ontheffing te verlenen. Uw zaak mag op deze nachten open blijven:',
        },
      ],
    },
    {
      name: 'a refusal in plain words',
      text: letter('Uw aanvraag is niet compleet. Daarom krijgt u geen bijzondere bijstand.'),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 31, 44], end: [3, 72, 85]},
          actual: 'Daarom krijgt u geen bijzondere bijstand.',
          expected: [`Daarom krijgt u geen bijzondere bijstand. ${STANDARD_CLAUSE}`],
          output: letter(
            `Uw aanvraag is niet compleet. Daarom krijgt u geen bijzondere bijstand. ${STANDARD_CLAUSE}`,
          ),
          fix: 'suggestion',
        },
      ],
    },
    {
      name: 'a tax assessment: the clause sends the objection to the heffingsambtenaar',
      text: letter(
        'Bij een controle zagen wij twee honden op uw adres. Daarom is ambtshalve een aanslag hondenbelasting opgelegd.',
      ),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 53, 66], end: [3, 111, 124]},
          actual: 'Daarom is ambtshalve een aanslag hondenbelasting opgelegd.',
          expected: [`Daarom is ambtshalve een aanslag hondenbelasting opgelegd. ${TAX_CLAUSE}`],
          output: letter(
            `Bij een controle zagen wij twee honden op uw adres. Daarom is ambtshalve een aanslag hondenbelasting opgelegd. ${TAX_CLAUSE}`,
          ),
          fix: 'suggestion',
        },
      ],
    },
    {
      // Blind letters, set-r: the mayor decides on an exemption; the college gets no objection.
      name: 'a letter signed by the mayor: the clause sends the objection to the mayor',
      text: 'Beste heer Veenstra,\n\nUw aanvraag is compleet. Daarom krijgt u geen ontheffing voor vuurwerk.\n\nMet vriendelijke groet,\nde burgemeester van Dronten,\nA. de Vries',
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 26, 47], end: [3, 72, 93]},
          actual: 'Daarom krijgt u geen ontheffing voor vuurwerk.',
          expected: [`Daarom krijgt u geen ontheffing voor vuurwerk. ${MAYOR_CLAUSE}`],
          output: `Beste heer Veenstra,\n\nUw aanvraag is compleet. Daarom krijgt u geen ontheffing voor vuurwerk. ${MAYOR_CLAUSE}\n\nMet vriendelijke groet,\nde burgemeester van Dronten,\nA. de Vries`,
          fix: 'suggestion',
        },
      ],
    },
    {
      // Blind letters, sets e and r: the mayor decides in the first person, or by name before
      // the verb; a question about the decision does not take it.
      name: "the mayor's own decision, not the question about it, is the decision",
      text: 'Beste heer Veenstra,\n\nIk verleen u ontheffing voor vuurwerk op 3 mei. Heeft u nog vragen over dit besluit? Bel dan met Team Vergunningen.\n\nMet vriendelijke groet,\nde burgemeester van Dronten',
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 1, 22], end: [3, 116, 137]},
          actual:
            'Ik verleen u ontheffing voor vuurwerk op 3 mei. Heeft u nog vragen over dit besluit? Bel dan met Team Vergunningen.',
          expected: [
            `Ik verleen u ontheffing voor vuurwerk op 3 mei. Heeft u nog vragen over dit besluit? Bel dan met Team Vergunningen.\n\n${MAYOR_CLAUSE}`,
          ],
          output: `Beste heer Veenstra,\n\nIk verleen u ontheffing voor vuurwerk op 3 mei. Heeft u nog vragen over dit besluit? Bel dan met Team Vergunningen.\n\n${MAYOR_CLAUSE}\n\nMet vriendelijke groet,\nde burgemeester van Dronten`,
          fix: 'suggestion',
        },
      ],
    },
    {
      name: 'a body named before its verb decides; the mayor gets the objection',
      text: letter('De burgemeester van Dronten besluit om u ontheffing te verlenen voor 3 mei.'),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 1, 14], end: [3, 76, 89]},
          actual: 'De burgemeester van Dronten besluit om u ontheffing te verlenen voor 3 mei.',
          expected: [
            `De burgemeester van Dronten besluit om u ontheffing te verlenen voor 3 mei. ${MAYOR_CLAUSE}`,
          ],
          output: letter(
            `De burgemeester van Dronten besluit om u ontheffing te verlenen voor 3 mei. ${MAYOR_CLAUSE}`,
          ),
          fix: 'suggestion',
        },
      ],
    },
    {
      name: 'the college signs with secretary and mayor: the clause names the college',
      text: 'Beste heer Veenstra,\n\nUw aanvraag is compleet. Daarom krijgt u geen subsidie voor het dak.\n\nMet vriendelijke groet,\nde secretaris, de burgemeester,\nA. de Vries',
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 26, 47], end: [3, 69, 90]},
          actual: 'Daarom krijgt u geen subsidie voor het dak.',
          expected: [`Daarom krijgt u geen subsidie voor het dak. ${STANDARD_CLAUSE}`],
          output: `Beste heer Veenstra,\n\nUw aanvraag is compleet. Daarom krijgt u geen subsidie voor het dak. ${STANDARD_CLAUSE}\n\nMet vriendelijke groet,\nde secretaris, de burgemeester,\nA. de Vries`,
          fix: 'suggestion',
        },
      ],
    },
    {
      // Blind relabelling, set-g: a tax named in passing made it a tax letter.
      name: 'a decision about something else that names a tax in passing: the college',
      text: letter(
        'Uw aanvraag is compleet. Daarom krijgt u geen bijzondere bijstand.\n\nMisschien kunt u wel kwijtschelding van de gemeentelijke belastingen krijgen.',
      ),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 26, 39], end: [3, 67, 80]},
          actual: 'Daarom krijgt u geen bijzondere bijstand.',
          expected: [`Daarom krijgt u geen bijzondere bijstand. ${STANDARD_CLAUSE}`],
          output: letter(
            `Uw aanvraag is compleet. Daarom krijgt u geen bijzondere bijstand. ${STANDARD_CLAUSE}\n\nMisschien kunt u wel kwijtschelding van de gemeentelijke belastingen krijgen.`,
          ),
          fix: 'suggestion',
        },
      ],
    },
    {
      name: 'a decision whose auxiliary and participle are far apart',
      text: letter(
        'Daarom wordt uw aanvraag om verstrekking van een gehandicaptenparkeerkaart voor bestuurders afgewezen.',
      ),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 1, 14], end: [3, 103, 116]},
          actual:
            'Daarom wordt uw aanvraag om verstrekking van een gehandicaptenparkeerkaart voor bestuurders afgewezen.',
          expected: [
            `Daarom wordt uw aanvraag om verstrekking van een gehandicaptenparkeerkaart voor bestuurders afgewezen. ${STANDARD_CLAUSE}`,
          ],
          output: letter(
            `Daarom wordt uw aanvraag om verstrekking van een gehandicaptenparkeerkaart voor bestuurders afgewezen. ${STANDARD_CLAUSE}`,
          ),
          fix: 'suggestion',
        },
      ],
    },
    {
      name: 'a decision of our own that also names a document is still a decision',
      text: letter(
        'Uit het rapport waaruit blijkt dat de boom ziek is, hebben wij besloten dat u hem mag kappen.',
      ),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 1, 14], end: [3, 94, 107]},
          actual:
            'Uit het rapport waaruit blijkt dat de boom ziek is, hebben wij besloten dat u hem mag kappen.',
          expected: [
            `Uit het rapport waaruit blijkt dat de boom ziek is, hebben wij besloten dat u hem mag kappen. ${STANDARD_CLAUSE}`,
          ],
          output: letter(
            `Uit het rapport waaruit blijkt dat de boom ziek is, hebben wij besloten dat u hem mag kappen. ${STANDARD_CLAUSE}`,
          ),
        },
      ],
    },
    {
      name: "the college's own decision named as 'het besluit van het College' still needs the clause",
      text: letter('Met het besluit van het College is uw vergunning ingetrokken.'),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 1, 14], end: [3, 62, 75]},
          actual: 'Met het besluit van het College is uw vergunning ingetrokken.',
          expected: [
            `Met het besluit van het College is uw vergunning ingetrokken. ${STANDARD_CLAUSE}`,
          ],
          output: letter(
            `Met het besluit van het College is uw vergunning ingetrokken. ${STANDARD_CLAUSE}`,
          ),
        },
      ],
    },
    {
      name: 'a decision that was taken is one, also as the subject of its sentence',
      text: letter('Het besluit dat wij namen, geldt voor u vanaf 1 maart.'),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 1, 14], end: [3, 55, 68]},
          expected: [`Het besluit dat wij namen, geldt voor u vanaf 1 maart. ${STANDARD_CLAUSE}`],
          output: letter(
            `Het besluit dat wij namen, geldt voor u vanaf 1 maart. ${STANDARD_CLAUSE}`,
          ),
          actual: 'Het besluit dat wij namen, geldt voor u vanaf 1 maart.',
        },
      ],
    },
    {
      name: 'takes the decision itself, not the question about disagreeing with it, as the place for the clause',
      text: letter('Wij handhaven uw boete.\n\nBent u het niet eens met dit besluit? Bel ons dan.'),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 1, 14], end: [3, 24, 37]},
          expected: [`Wij handhaven uw boete. ${STANDARD_CLAUSE}`],
          output: letter(
            `Wij handhaven uw boete. ${STANDARD_CLAUSE}\n\nBent u het niet eens met dit besluit? Bel ons dan.`,
          ),
          actual: 'Wij handhaven uw boete.',
        },
      ],
    },
    {
      name: 'requires the clause in a decision letter, with the standard wording as suggestion',
      text: BAD_DECISION,
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [5, 1, 73], end: [5, 127, 199]},
          // The decision stays; the clause follows it (it used to replace the decision).
          expected: [
            `Naar aanleiding van uw aanvraag van 3/2 delen wij u mede dat uw aanvraag is afgewezen, omdat in uw straat geen plaats meer is. ${STANDARD_CLAUSE}`,
          ],
          output: BAD_DECISION.replace(
            'Naar aanleiding van uw aanvraag van 3/2 delen wij u mede dat uw aanvraag is afgewezen, omdat in uw straat geen plaats meer is.',
            `Naar aanleiding van uw aanvraag van 3/2 delen wij u mede dat uw aanvraag is afgewezen, omdat in uw straat geen plaats meer is. ${STANDARD_CLAUSE}`,
          ),
          fix: 'suggestion',
          actual:
            'Naar aanleiding van uw aanvraag van 3/2 delen wij u mede dat uw aanvraag is afgewezen, omdat in uw straat geen plaats meer is.',
        },
      ],
    },
    {
      // A year before a two-letter word is no postcode: the manner is still missing.
      name: 'a year is no postal address',
      text: letter(
        'Wij verlenen u de vergunning.\n\nBent u het niet eens? Stuur dan binnen zes weken een bezwaarschrift aan de burgemeester. Dat kan tot in 2026 ook.',
      ),
      findings: [
        {
          messageId: 'onvolledig',
          range: {start: [5, 23, 67], end: [5, 89, 133]},
          actual: 'Stuur dan binnen zes weken een bezwaarschrift aan de burgemeester.',
          message:
            'De alinea over bezwaar mist hoe (online of per post). Vul dat aan, zodat de lezer weet wat hij moet doen om bezwaar te maken.',
        },
      ],
    },
    {
      name: 'names what an incomplete clause misses',
      text: letter(
        'Wij hebben besloten u de subsidie toe te kennen.\n\nU kunt bezwaar maken tegen dit besluit.',
      ),
      findings: [
        {
          messageId: 'onvolledig',
          range: {start: [5, 1, 64], end: [5, 40, 103]},
          actual: 'U kunt bezwaar maken tegen dit besluit.',
          message:
            'De alinea over bezwaar mist de termijn (zes weken), bij wie en hoe (online of per post). Vul dat aan, zodat de lezer weet wat hij moet doen om bezwaar te maken.',
        },
      ],
    },
    {
      name: '"Hierbij ontvangt u ons besluit" delivers the decision',
      text: letter('Hierbij ontvangt u ons besluit over uw aanvraag. U krijgt de vergunning.'),
      findings: [
        {
          messageId: 'ontbreekt',
          // The clause follows the sentence that decides, not the one that names the decision.
          range: {start: [3, 50, 63], end: [3, 73, 86]},
          expected: [`U krijgt de vergunning. ${STANDARD_CLAUSE}`],
          output: letter(
            `Hierbij ontvangt u ons besluit over uw aanvraag. U krijgt de vergunning. ${STANDARD_CLAUSE}`,
          ),
          actual: 'U krijgt de vergunning.',
        },
      ],
    },
    {
      // A decision named in the opening and taken in the next paragraph, to a company: the clause
      // goes after the decision, and a company objects online with eHerkenning (blind letters,
      // set-t).
      name: 'after the sentence that takes the decision, with eHerkenning for a company',
      text: 'Bakkerij Vos B.V.\nt.a.v. mevrouw J. Vos\nDorpsstraat 4\n\nGeachte mevrouw Vos,\n\nU vroeg ons om een ontheffing. In deze brief leest u ons besluit.\n\nWij verlenen u een ontheffing voor het laden op zondag. Die geldt een jaar.\n\nMet vriendelijke groet,\nTeam Vergunningen',
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [9, 1, 144], end: [9, 76, 219]},
          expected: [
            `Wij verlenen u een ontheffing voor het laden op zondag. Die geldt een jaar.\n\n${STANDARD_CLAUSE.replace('met DigiD', 'met eHerkenning')}`,
          ],
          output: `Bakkerij Vos B.V.\nt.a.v. mevrouw J. Vos\nDorpsstraat 4\n\nGeachte mevrouw Vos,\n\nU vroeg ons om een ontheffing. In deze brief leest u ons besluit.\n\nWij verlenen u een ontheffing voor het laden op zondag. Die geldt een jaar.\n\n${STANDARD_CLAUSE.replace('met DigiD', 'met eHerkenning')}\n\nMet vriendelijke groet,\nTeam Vergunningen`,
          actual: 'Wij verlenen u een ontheffing voor het laden op zondag. Die geldt een jaar.',
        },
      ],
    },
    {
      // Only named, never taken with a verb: the clause follows the sentence that names it.
      text: letter(
        'Hierbij ontvangt u ons besluit over uw aanvraag. De stukken zitten bij deze brief.',
      ),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 1, 14], end: [3, 83, 96]},
          expected: [
            `Hierbij ontvangt u ons besluit over uw aanvraag. De stukken zitten bij deze brief.\n\n${STANDARD_CLAUSE}`,
          ],
          output: letter(
            `Hierbij ontvangt u ons besluit over uw aanvraag. De stukken zitten bij deze brief.\n\n${STANDARD_CLAUSE}`,
          ),
          actual:
            'Hierbij ontvangt u ons besluit over uw aanvraag. De stukken zitten bij deze brief.',
        },
      ],
    },
    {
      text: letter('Uw aanvraag voor een omgevingsvergunning is geweigerd. De aanbouw is te hoog.'),
      findings: [
        {
          messageId: 'ontbreekt',
          range: {start: [3, 1, 14], end: [3, 78, 91]},
          expected: [
            `Uw aanvraag voor een omgevingsvergunning is geweigerd. De aanbouw is te hoog.\n\n${STANDARD_CLAUSE}`,
          ],
          output: letter(
            `Uw aanvraag voor een omgevingsvergunning is geweigerd. De aanbouw is te hoog.\n\n${STANDARD_CLAUSE}`,
          ),
          actual: 'Uw aanvraag voor een omgevingsvergunning is geweigerd. De aanbouw is te hoog.',
        },
      ],
    },
  ],
})

describe('the suggested clause', () => {
  it('gives no finding of any default rule in the letter the fix makes', async () => {
    // The clause used to run 11 words between "kunt" and "maken" (tangconstructie), had a
    // sentence of 27 words (lange-zin) and seven sentences (lange-alinea with the decision).
    const checker = await createChecker({})
    const text = `Geachte heer Jansen,\n\nWij wijzen uw aanvraag voor een parkeervergunning af. ${STANDARD_CLAUSE}\n\nHeeft u vragen? Bel ons dan op 14 0321.\n\nMet vriendelijke groet,\n\nTeam Parkeren\n`
    const result = await checker.check({text, path: 'besluit.txt'})
    const inClause = result.findings.filter(
      (f) => f.range.end.offset > text.indexOf(STANDARD_CLAUSE) && f.ruleId !== 'kern-vooraan',
    )
    expect(inClause.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([])
  })
})

describe('decisions in other word orders (blind letters, sets m and p)', () => {
  const found = (body: string) =>
    checkRule('bezwaarclausule', letter(body)).map((f) => [
      f.messageId,
      letter(body).slice(f.range.start.offset, f.range.end.offset),
    ])
  it('finds a decision after an adverb and in a subclause', () => {
    expect(
      found('U heeft de aanslag niet betaald. Daarom leggen wij nu beslag op uw loon.'),
    ).toEqual([['ontbreekt', 'Daarom leggen wij nu beslag op uw loon.']])
    expect(
      found('Met deze brief laten wij u weten dat wij uw standplaatsvergunning intrekken.'),
    ).toEqual([
      ['ontbreekt', 'Met deze brief laten wij u weten dat wij uw standplaatsvergunning intrekken.'],
    ])
  })
  it('does not take what may come for a decision', () => {
    expect(
      found('Komt u weer niet? Dan is het mogelijk dat wij uw vergunning kunnen intrekken.'),
    ).toEqual([])
    expect(
      found('Wij laten u weten dat wij uw vergunning gaan intrekken als u niet reageert.'),
    ).toEqual([])
  })
})
