import {describe, expect, it} from 'vitest'
import {tester} from './tester.js'
import {checkRule} from '../helpers.js'
import {BAD_DECISION, GOOD_DECISION} from '../letters.js'

const letter = (body: string) =>
  `Beste Sanne,\n\n${body}\n\nMet vriendelijke groet,\nTeam Burgerzaken`

tester.run('actie', {
  valid: [
    // A question that the next sentence answers with 'dan' after its verb is an offer (blind
    // letters, sets ll, ppp and ffff).
    letter(
      'Wilt u voorkomen dat u in de toekomst dubbel betaalt? Geef ons dan toestemming om het bedrag automatisch af te schrijven.',
    ),
    letter(
      'Wilt u de bruikleen verlengen? Laat het ons dan uiterlijk twee maanden voor de einddatum weten.',
    ),
    // A later step gives the moment for the steps before it, and a link line under the steps
    // says how (blind letters, set-gggg: steps as paragraphs of a mail template).
    {
      text: '<p>Beste Sanne,</p>\n<p>Wij vragen u mee te doen aan het onderzoek.</p>\n<p>Vul zelf de vragenlijst voor ouders in. Dat duurt ongeveer 15 minuten.</p>\n<p>Uw kind krijgt een eigen inlogcode en vult zelf een vragenlijst in.</p>\n<p>Doe dit vóór zondag 10 januari 2027.</p>\n<p><a href="https://www.voorbeeld.nl/jib">Naar de vragenlijst voor ouders</a></p>\n<p>Met vriendelijke groet,</p>\n<p>Team Jeugd</p>',
      format: 'html',
    },
    // A button line under the paragraph that asks it and gives the date (HTML e-mails, sets hhh
    // and ttt).
    {
      text: '<p>Beste Sanne,</p>\n<p>Wij vragen u de vragenlijst over de huur via onze website in te vullen en die uiterlijk vrijdag 17 april 2026 te versturen.</p>\n<p><a href="https://www.voorbeeld.nl/huur">Vul de vragenlijst in</a></p>\n<p>Met vriendelijke groet,</p>\n<p>Team Belastingen</p>',
      format: 'html',
    },
    // The sentence that opens a list of ways gives their deadline (blind letters, set-yyy).
    {
      text: letter(
        '### Wanneer moeten wij de verklaring hebben?\n\nStuur de verklaring **uiterlijk 26 november 2025** naar ons. Dat kan op twee manieren:\n\n1. Upload de verklaring via [www.voorbeeld.nl/uploaden](https://www.voorbeeld.nl/uploaden). Vul daar het aanvraagnummer in.\n2. Lever de verklaring in bij de balie in het gemeentehuis. U hoeft daarvoor geen afspraak te maken.',
      ),
      format: 'md',
    },
    // A table right above gives the date (set-ccc).
    {
      text: letter(
        '| Wat | Wanneer |\n|---|---|\n| Workshop | zaterdag 14 maart |\n| Aanmelden | vóór 6 maart |\n\nMeld u aan via www.voorbeeld.nl/workshop.',
      ),
      format: 'md',
    },
    // A number of hours is a deadline too (blind letters, set-iii).
    letter(
      'Ziet u een aanval op uw schapen? Meld de aanval binnen 24 uur bij het Faunaschadebureau.',
    ),
    // A time of day is a deadline too (blind letters, set-mmm).
    letter(
      'Voorwaarden\nAan de toekenning worden de volgende voorwaarden verbonden:\na. u bent op dinsdag van 8.00 tot 14.30 uur aanwezig op de werkplek;\nb. bij ziekte of verhindering dient u zich vóór 8.00 uur telefonisch af te melden bij uw begeleider;\nc. u volgt de aanwijzingen op.',
    ),
    // What is sent along shares the moment of the task it goes with; 'zodra' and 'vóór het
    // plaatsen' are moments the reader knows (blind letters, sets ff-ooo).
    letter(
      'U krijgt de subsidie niet. Bent u het niet eens met dit besluit? Maak dan binnen zes weken bezwaar via www.voorbeeld.nl/bezwaar.\n\nStuur een kopie van deze brief mee.',
    ),
    letter(
      'De sloop mag beginnen. Stuur het vrijgaverapport naar sloop@voorbeeld.nl zodra u dit heeft.',
    ),
    letter(
      'U wilt een poort plaatsen. Wij vragen u om vóór het plaatsen een tekening van de poort te sturen naar poort@voorbeeld.nl.',
    ),
    // An offer with an indirect question: what the reader may look up (blind letters, set-zz).
    letter(
      'U betaalt een eigen bijdrage. Op www.voorbeeld.nl kunt u uitrekenen hoeveel u moet betalen.',
    ),
    // 'onverwijld' says when: right away (blind letters, set-yy).
    letter(
      'U krijgt de subsidie. Wijzigingen in het plan dient u onverwijld aan ons te melden via subsidie@voorbeeld.nl.',
    ),
    // The steps under a how-to question answer what the reader asked (blind letters, set-tt).
    {
      text: letter(
        'U vroeg hoe u de pas krijgt.\n\nHoe vraagt u de pas aan?\n\n1. Ga naar www.voorbeeld.nl/pas en log in met DigiD.\n2. Vul het formulier in.\n3. Stuur uw laatste loonstrook mee.',
      ),
      format: 'md',
    },
    // The end of a named month is a moment (blind letters, set-qq).
    {
      text: letter(
        'Wij willen graag weten hoe u wilt wonen. Wij verzoeken u de vragenlijst op www.voorbeeld.nl/wonen in te vullen voor het einde van de maand oktober.',
      ),
    },
    // Steps for a situation a yes/no question names, not tasks with a deadline (sets u and nn).
    {
      text: letter(
        'Wij houden het park schoon. Vindt u een dode wilde vogel, zoals een zwaan? Raak het dier niet aan. Meld het bij de Dierenambulance via 0113 210944.',
      ),
    },
    // The moment of the payment, said in an offer, serves the step of the same errand further
    // on (set-j).
    {
      text: letter(
        'U kunt het bedrag in één keer betalen vóór 31 maart 2025. U kunt ook kiezen voor automatische incasso. Maak het bedrag over naar rekeningnummer NL00 BNGH 0285 1234 56.',
      ),
    },
    // A prohibition and a choice offered as a question are no tasks (blind letters, set-ff).
    {
      text: letter(
        'Wij helpen u aan de balie. Vul het formulier nog niet zelf in en zet er nog geen handtekening op.',
      ),
    },
    {text: letter('Wilt u niet dat wij post naar u sturen, maar naar iemand anders? Bel ons dan.')},
    {text: GOOD_DECISION},
    {text: letter('Stuur ons binnen 14 dagen een kopie van uw paspoort. Dat kan per e-mail.')},
    // The line after the list of what an objection holds belongs to the objection paragraph.
    {
      text: letter(
        'Dan kunt u bezwaar maken binnen zes weken na de datum van deze brief. Zet in uw bezwaar:\n\n- uw naam en adres;\n- uw handtekening.\n\nStuur een kopie van deze brief mee.',
      ),
    },
    // 'Wilt u liever …?' offers a choice, it asks nothing.
    {
      text: letter(
        'Het bedrag staat op de aanslag. Wilt u liever in kleinere bedragen betalen? Dat kan met automatische incasso.',
      ),
    },
    // Offers and conditions are not tasks.
    {
      text: letter(
        'Heeft u vragen? Bel ons dan op 14 0321. Als u wilt, kunt u het formulier ook opsturen. Wij sturen u de pas toe.',
      ),
    },
    {text: letter('Betaal het bedrag vóór 1 juni 2025 via de betaallink in de e-mail.')},
    // A question that heads the task is no task: the sentence after the list says when.
    {
      text: letter(
        'Wat moet u opsturen?\n\n- een kopie van uw paspoort\n- uw laatste loonstrook\n\nStuur de papieren uiterlijk 15 december naar ons op. Dat kan per post.',
      ),
    },
    // "Right away" is a deadline; the way to hand in may follow a few paragraphs on, after a list.
    {text: letter('Wij vragen u het formulier per omgaande op te sturen. Dat kan per post.')},
    {
      text: letter(
        'Wij vragen u de stukken binnen twee weken aan te leveren.\n\nHet gaat om deze stukken:\n\n- een tekening;\n- een foto.\n\nZonder de stukken kunnen wij niet beslissen.\n\nU kunt de stukken uploaden via het Omgevingsloket.',
      ),
    },
    // The steps of a procedure the reader may choose are no tasks with a deadline.
    {
      text: letter(
        'Bent u uw pas kwijt? Dan kunt u een nieuwe aanvragen. Dat gaat zo:\n\n1. Ga naar onze website.\n2. Vul het formulier in.\n3. Betaal € 12,50 met iDEAL.',
      ),
    },
    // A question that a "dan" sentence answers is a condition ("Wilt u niet verlengen? Dan …").
    {
      text: letter(
        'Wilt u verlengen? Vul dan het formulier in en stuur het voor 1 april terug in de antwoordenvelop.\n\nWilt u niet verlengen? Dan hoeft u niets te doen.',
      ),
    },
    // A task told as a plan with its moment gives the deadline to the step after it.
    {
      text: letter(
        'Na de cursus stuurt u ons vóór 1 oktober 2026 de presentielijst per e-mail. Stuur ook de rekening van de zaalhuur mee.',
      ),
    },
    // A clause the reader need not do is no task; keeping receipts for years is no deadline.
    {
      text: letter(
        'De kassabonnen hoeft u niet op te sturen, maar u moet ze wel vijf jaar bewaren. Wij kunnen erom vragen.',
      ),
    },
    // A paragraph that opens with a condition and its answer tells what happens in that case.
    {
      text: letter(
        'Staat de caravan op 1 mei nog op straat? Dan laten wij hem wegslepen. De kosten daarvan moet u betalen.',
      ),
    },
    // An invoice says how to pay.
    {text: letter('Wij sturen u een factuur. Die moet u binnen 30 dagen betalen.')},
    // How was said a paragraph before the task.
    {
      text: letter(
        'Uw rijbewijs ligt klaar. U kunt het ophalen bij de balie in het gemeentehuis.\n\nHaal uw rijbewijs binnen 3 maanden op.',
      ),
    },
    // A step right after a task with a deadline shares it.
    {
      text: letter(
        'Betaal het bedrag binnen 14 dagen. Maak het geld over op rekeningnummer NL12 BNGH 0285 1234 56.',
      ),
    },
    // An appointment in the lines above, under the same question, is the moment of the task.
    {
      text: letter(
        'Wanneer en waar?\nDinsdag 8 december 2026 om 10.30 uur\nGemeentehuis Dronten, De Rede 1\nMeld u bij de receptie.',
      ),
    },
    // The deadline in the paragraph after the list the task opens.
    {
      text: letter(
        'Wij vragen u de volgende stukken aan te leveren:\n\n- een kopie van uw paspoort;\n- uw laatste loonstrook.\n\nWij ontvangen de stukken graag uiterlijk 8 december 2026. U kunt ze uploaden via Mijn Dronten.',
      ),
    },
    // A deadline counted from a moment the letter names.
    {
      text: letter(
        'Wij vragen u om uw buren uiterlijk twee weken voor het feest een brief te sturen. Dat kan per post.',
      ),
    },
    {
      text: letter(
        'Stuur het formulier binnen 14 dagen na ontvangst van deze brief terug via de website.',
      ),
    },
    // Not a letter: letter rules do not run.
    {text: 'Wilt u het formulier invullen en opsturen?'},
    // A yes/no question of the reader's is no request: the text under it answers it.
    {
      text: letter(
        'Moet u een eigen bijdrage betalen?\n\nJa. Het CAK berekent hoe hoog die is en stuurt u daarover een brief.',
      ),
    },
    // A later step of the same errand shares its deadline, also below a table of amounts.
    {
      text: letter(
        'U moet het bedrag binnen 14 dagen na de datum van deze brief betalen. Het bedrag is zo opgebouwd:\n\nopenstaand bedrag € 247,40\naanmaningskosten € 17,00\ntotaal € 264,40\n\nMaak het totaal over naar NL12 BNGH 0285 1234 56.',
      ),
    },
    // A later step of the same errand shares its deadline; an IBAN says how to pay.
    {
      text: letter(
        'U moet het bedrag binnen 14 dagen na de datum van deze brief betalen. Het bedrag is zo opgebouwd:\n\n- aanslag € 247,40\n- kosten € 17,00\n\nMaak het totaal van € 264,40 over naar NL12 BNGH 0285 1234 56.',
      ),
    },
    // Other ways to say when (blind letters, set-m): 'uiterlijk', a deadline the sentence points
    // to, a later step of the same list, a 'Termijn' line under the list; a web address says how.
    {
      text: letter(
        'Geef uw loonstrook elke maand per e-mail aan ons door, uiterlijk op de 5e van de maand.',
      ),
    },
    {
      text: letter(
        'Het CJIB stuurt u een betaalverzoek. Dan moet u het bedrag binnen de termijn betalen die in het betaalverzoek staat. Dat kan via de betaallink.',
      ),
    },
    {
      text: letter(
        'Wat moet u doen?\n\n1. Kies een voorschool.\n2. Meld uw kind aan bij de voorschool. Stuur deze brief mee per e-mail.\n3. Doe dit vóór 1 oktober 2026.',
      ),
    },
    {
      text: letter(
        'Wij verzoeken u de volgende stukken aan te leveren:\n\n1. een uittreksel;\n2. de huurovereenkomst.\n\nTermijn\n\nStuur de stukken uiterlijk 3 februari 2026 per post naar ons.',
      ),
    },
    {
      text: letter(
        'Wij willen weten wat u vindt. Vul daarom de vragenlijst in op www.dronten.nl/wijkteam. Dat kan tot en met 31 maart 2026.',
      ),
    },
  ],
  invalid: [
    {
      // 'maar' adds the task to the prohibition.
      name: "a prohibition with 'maar' still asks something",
      text: letter('Stuur geen originelen, maar stuur ons kopieën van uw loonstroken.'),
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [3, 1, 14], end: [3, 66, 79]},
          actual: 'Stuur geen originelen, maar stuur ons kopieën van uw loonstroken.',
        },
      ],
    },
    {
      name: "'binnen de gestelde termijn' names no moment",
      text: letter(
        'Wij verzoeken u het bedrag binnen de gestelde termijn over te maken op NL12 BNGH 0285 1234 56.',
      ),
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [3, 1, 14], end: [3, 95, 108]},
          actual:
            'Wij verzoeken u het bedrag binnen de gestelde termijn over te maken op NL12 BNGH 0285 1234 56.',
        },
      ],
    },
    {
      name: 'an account number says how to pay, not how to send a drawing',
      text: letter(
        'Stuur ons vóór 1 mei 2026 een tekening van de schuur.\n\nDe leges van € 120 maakt u over naar NL12 BNGH 0285 1234 56 vóór 1 juni 2026.',
      ),
      findings: [
        {
          messageId: 'geenManier',
          range: {start: [3, 1, 14], end: [3, 54, 67]},
          actual: 'Stuur ons vóór 1 mei 2026 een tekening van de schuur.',
          severity: 'info',
        },
      ],
    },
    {
      name: 'a task as a heading takes its moment from the paragraph under it, not from another section',
      text: letter(
        'U moet uw verhuizing doorgeven\nVerhuist u naar een ander adres in onze gemeente? Dan geeft u dat door. Dat moet binnen 5 dagen na de verhuizing.\n\nU moet de stukken nog opsturen\nHet gaat om uw loonstroken.\n\nHeeft u vragen? Bel ons op 14 0321.',
      ),
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [6, 1, 160], end: [6, 31, 190]},
          actual: 'U moet de stukken nog opsturen',
        },
      ],
    },
    {
      name: 'a later step of another errand has no deadline of its own',
      text: letter(
        'U moet het bedrag binnen 14 dagen betalen via NL12 BNGH 0285 1234 56.\n\nStuur ons ook een kopie van uw loonstrook.',
      ),
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [5, 1, 85], end: [5, 43, 127]},
          actual: 'Stuur ons ook een kopie van uw loonstrook.',
        },
      ],
    },
    {
      name: 'asks for a deadline',
      text: BAD_DECISION,
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [7, 1, 201], end: [7, 77, 277]},
          actual: 'Wij verzoeken u vriendelijk doch dringend de leges van €1,250.00 te betalen.',
          message:
            'U vraagt de lezer iets te doen, maar niet voor wanneer. Noem een datum of een aantal dagen.',
        },
      ],
    },
    {
      text: letter('Wilt u het formulier invullen en opsturen?'),
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [3, 1, 14], end: [3, 43, 56]},
          actual: 'Wilt u het formulier invullen en opsturen?',
        },
      ],
    },
    {
      name: 'a task that does not follow the task with the deadline has none of its own',
      text: letter(
        'Betaal het bedrag binnen 14 dagen. Wij hebben uw adres. Stuur ons een kopie van uw loonstrook.',
      ),
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [3, 57, 70], end: [3, 95, 108]},
          actual: 'Stuur ons een kopie van uw loonstrook.',
        },
      ],
    },
    {
      name: 'a date above without a time of day is no appointment: still no deadline',
      text: letter('Wij kregen uw brief op 3 maart 2026.\nStuur ons een kopie van uw loonstrook.'),
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [4, 1, 51], end: [4, 39, 89]},
          actual: 'Stuur ons een kopie van uw loonstrook.',
        },
      ],
    },
    {
      name: 'asks how, when the deadline is there but the way is not (info)',
      text: letter('U moet de aanvraag vóór 1 mei 2025 ondertekenen.'),
      findings: [
        {
          messageId: 'geenManier',
          range: {start: [3, 1, 14], end: [3, 49, 62]},
          severity: 'info',
          actual: 'U moet de aanvraag vóór 1 mei 2025 ondertekenen.',
        },
      ],
    },
    {
      text: letter('Lever uw oude rijbewijs in bij de balie.'),
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [3, 1, 14], end: [3, 41, 54]},
          actual: 'Lever uw oude rijbewijs in bij de balie.',
        },
      ],
    },
    {
      name: 'a task list under "Wat moet u doen?" is no offer',
      text: letter('Wat moet u doen?\n\n- Kap de boom voor 1 maart.\n- Stuur ons een foto.'),
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [6, 3, 62], end: [6, 22, 81]},
          actual: 'Stuur ons een foto.',
        },
      ],
    },
    {
      name: 'a list of tasks without an offer before it still needs a deadline',
      text: letter('U moet nog twee dingen doen:\n\n- Vul het formulier in.\n- Stuur een foto op.'),
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [5, 3, 46], end: [5, 24, 67]},
          actual: 'Vul het formulier in.',
        },
        {
          messageId: 'geenTermijn',
          range: {start: [6, 3, 70], end: [6, 21, 88]},
          actual: 'Stuur een foto op.',
        },
      ],
    },
    {
      name: "the next paragraph's deadline belongs to the task it asks itself",
      text: letter(
        'Stuur ons een foto van uw schutting.\n\nBetaal de leges binnen 14 dagen via de betaallink.',
      ),
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [3, 1, 14], end: [3, 37, 50]},
          actual: 'Stuur ons een foto van uw schutting.',
        },
      ],
    },
    {
      name: 'a plan without a moment gives no deadline to the step after it',
      text: letter('Na de cursus stuurt u ons de presentielijst. Stuur ook de rekening op.'),
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [3, 46, 59], end: [3, 71, 84]},
          actual: 'Stuur ook de rekening op.',
        },
      ],
    },
    {
      // What is sent along ('mee') goes with the task before it: reported there, not twice.
      name: "a thing sent along shares the task's missing deadline",
      text: letter(
        'U moet nog twee dingen doen:\n\n- Vul het formulier in.\n- Stuur een foto mee.',
      ),
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [5, 3, 46], end: [5, 24, 67]},
          actual: 'Vul het formulier in.',
        },
      ],
    },
    {
      name: 'a next paragraph without a moment gives no deadline',
      text: letter(
        'Wij vragen u de volgende stukken aan te leveren:\n\n- een kopie van uw paspoort.\n\nWij bekijken de stukken samen met de consulent.',
      ),
      findings: [
        {
          messageId: 'geenTermijn',
          range: {start: [3, 1, 14], end: [3, 49, 62]},
          actual: 'Wij vragen u de volgende stukken aan te leveren:',
        },
      ],
    },
    {
      name: 'a contact paragraph does not say how to hand something in',
      text: letter(
        'U moet de aanvraag vóór 1 mei 2025 ondertekenen.\n\nHeeft u vragen? Mail ons via info@dronten.nl.',
      ),
      findings: [
        {
          messageId: 'geenManier',
          range: {start: [3, 1, 14], end: [3, 49, 62]},
          severity: 'info',
          actual: 'U moet de aanvraag vóór 1 mei 2025 ondertekenen.',
        },
      ],
    },
  ],
})

describe('a number of hours is a deadline', () => {
  it('asks only how, not when, for a step with "binnen 24 uur" (blind letters, set-iii)', () => {
    const text =
      'Beste Sanne,\n\nEr is een wolf gezien.\n\n## Zijn uw dieren aangevallen?\n\n1. Raak het dode dier niet aan.\n2. Meld de aanval binnen 24 uur bij het Faunaschadebureau. Dat bureau betaalt een vergoeding.\n\nMet vriendelijke groet,\nTeam Natuur'
    const found = checkRule('actie', text, {format: 'md'}).map((f) => f.messageId)
    expect(found).toEqual(['geenManier'])
  })
})
