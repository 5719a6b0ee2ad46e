import {tester} from './tester.js'
import {BAD_DECISION, GOOD_DECISION} from '../letters.js'

const letter = (opening: string) =>
  `Beste Sanne,\n\n${opening}\n\nMet vriendelijke groet,\nTeam Wegen`
const long =
  'Wij hebben uw aanvraag ontvangen. Wij kijken of alles klopt. Daarna bellen wij u. Dan maken wij een afspraak.'
const longer =
  'Wij hebben uw aanvraag voor een parkeervergunning op 3 maart ontvangen. Wij kijken eerst of alle gegevens kloppen en of er plaats is in uw straat. Daarna bellen wij u op het nummer dat u ons gaf. Dan maken wij samen een afspraak bij u thuis.'

// A decision after two paragraphs of history and weighing (blind letters, sets b, g and h).
const history =
  'Wij ontvingen op 2 juni een aanvraag om ontheffing voor sloopwerk buiten de gewone werktijden. Het gaat om het pand aan de Kerkstraat, waar u tot eind juli wilt verbouwen met zware machines. U stuurde een planning en een brief aan de buren mee.'
const weighing =
  'De verordening verbiedt lawaai op werkdagen voor zeven uur en na zeven uur in de avond. Wij hebben gekeken naar de belangen van de buren, die recht hebben op rust. Wij hebben ook gekeken naar het belang van uw verbouwing, die snel klaar moet zijn. Ook de politie en de buurtvereniging hebben ons hun mening gegeven over het werk in de avond.'
const decision =
  'Wij verlenen u ontheffing voor maandag 7 juli tot en met vrijdag 11 juli, tot tien uur in de avond.'
const clause =
  'Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het college, per post of online.'
const lateLetter = (first: string) =>
  `Beste heer Van Dam,\n\n${first}\n\nOverwegingen\n\n${weighing}\n\nBesluit\n\n${decision}\n\n${clause}\n\nMet vriendelijke groet,\nTeam Vergunningen`

// Numbered points under a heading that announces the decision belong to the decision; only the
// text before the heading is explanation (blind letters, set-i). Under another heading they count.
const numbered = (heading: string) =>
  `Beste mevrouw De Wit,\n\nSinds februari 2024 ontvangt u een uitkering op grond van de Participatiewet. In juli 2025 kregen wij van de Belastingdienst gegevens over uw inkomen. Daaruit bleek dat u in het voorjaar bij een schoonmaakbedrijf heeft gewerkt. Hieronder leest u wat wij daarover beslist hebben.\n\n${heading}\n\n1. Wij stellen vast dat u van januari tot en met juni 2025 loon heeft gekregen van uw werkgever. Dat loon heeft u niet aan ons doorgegeven.\n2. Wij berekenen uw uitkering over die maanden opnieuw. U heeft in die maanden € 2.140,00 te veel uitkering gekregen van de gemeente, omdat wij het loon niet van de uitkering hebben afgetrokken.\n3. Wij vorderen het te veel betaalde bedrag van u terug.\n\nWaarom hebben wij dit besloten?\n\nU moet wijzigingen in uw inkomen altijd binnen een week aan ons doorgeven. Dat heeft u niet gedaan.\n\n${clause}\n\nMet vriendelijke groet,\nTeam Werk en Inkomen`

// A short recall of the reader's application, then at once the heading of the answer (blind
// letters, sets k, l, m, q and t: editors judged these openings fine).
const recall =
  'Op 3 maart 2025 heeft u een vergunning aangevraagd voor twee bijenkasten in uw achtertuin. Wij hebben uw aanvraag bekeken.'
const recallLong = `${recall} Wij hebben ook met uw buren gesproken, want zij wonen dicht bij de tuin. Een medewerker van de gemeente is bij u langs geweest om de plek te bekijken en de afstand tot het huis van de buren te meten.`
const answered = (opening: string, heading: string) =>
  `Beste mevrouw Kok,\n\n${opening}\n\n${heading}\n\nU krijgt de vergunning. De kasten mogen in de tuin staan.\n\nMet vriendelijke groet,\nTeam Vergunningen`

tester.run('kern-vooraan', {
  valid: [
    // The objection term counted from the decision ('binnen 6 weken na de dag waarop wij het besluit
    // hebben gepubliceerd') is no decision that comes late (blind letters, set-pp).
    'Beste heer Van Dam,\n\nOp 2 juli stuurde u namens de buurt een voorstel voor de naam van de nieuwe fietsbrug over de vaart. U stelde voor om de brug te noemen naar een vrouw die in het dorp als vroedvrouw werkte.\n\nOverwegingen\n\nDe verordening verbiedt lawaai op werkdagen voor zeven uur en na zeven uur in de avond. Wij hebben gekeken naar de belangen van de buren, die recht hebben op rust. Wij hebben ook gekeken naar het belang van uw verbouwing, die snel klaar moet zijn. Ook de politie en de buurtvereniging hebben ons hun mening gegeven over het werk in de avond.\n\nAdvies\n\nDe verordening verbiedt lawaai op werkdagen voor zeven uur en na zeven uur in de avond. Wij hebben gekeken naar de belangen van de buren, die recht hebben op rust. Wij hebben ook gekeken naar het belang van uw verbouwing, die snel klaar moet zijn. Ook de politie en de buurtvereniging hebben ons hun mening gegeven over het werk in de avond.\n\nOns besluit\n\nHet college heeft op 7 oktober besloten om de brug de naam Grietje Veldkampbrug te geven.\n\nWaarom deze naam?\n\nDe verordening verbiedt lawaai op werkdagen voor zeven uur en na zeven uur in de avond. Wij hebben gekeken naar de belangen van de buren, die recht hebben op rust. Wij hebben ook gekeken naar het belang van uw verbouwing, die snel klaar moet zijn. Ook de politie en de buurtvereniging hebben ons hun mening gegeven over het werk in de avond.\n\nBent u het niet eens met dit besluit?\n\nDan kunt u bezwaar maken. Dat doet u binnen 6 weken na de dag waarop wij het besluit hebben gepubliceerd.\n\nMet vriendelijke groet,\nTeam Openbare Ruimte\n',
    // Five short sentences that open with the news are no long paragraph (blind letters, set-zzz).
    letter(
      'In april en mei vervangt netbeheerder Noordwater de oude waterleidingen onder de Dorpsstraat, de Kerklaan en het Marktplein. De leidingen zijn meer dan zestig jaar oud. Ze zijn van gietijzer en kunnen gaan lekken. Daarom komen er nieuwe leidingen van kunststof. In deze brief leest u wat dit precies voor u betekent.',
    ),
    // A reply that sums up in short sentences what the reader sent (sets xx, zz, aaa): 62 words.
    letter(
      'Op 14 april diende u een klacht in via ons klachtenformulier. U schrijft dat u drie weken moest wachten op de afschriften van de overlijdensakte van uw vader. U belde twee keer en kreeg geen antwoord. Dat vindt u slordig, zeker in deze moeilijke tijd. U vraagt ons om uitleg en om de afschriften.\n\nU heeft gelijk. Het spijt ons.',
    ),
    // A warning of what may follow is no decision (blind letters, set-ee: an information request
    // that ends with what a refusal can mean).
    {
      text: `Beste heer Van Dam,\n\n${history}\n\n${weighing}\n\nStuur ons de gegevens voor 1 juli. Doet u dat niet, dan kan dit betekenen dat aan u een last onder dwangsom wordt opgelegd.\n\nMet vriendelijke groet,\nTeam Vergunningen`,
    },
    {text: GOOD_DECISION},
    {text: answered(recall, 'Ons besluit')},
    {text: answered(recall, 'Wat hebben wij besloten?')},
    {text: answered(recall, '## Ons besluit'), format: 'md'},
    {text: numbered('Ons besluit')},
    {text: numbered('Wat hebben wij besloten?')},
    // The outcome already in the first paragraph in other words; one paragraph before it only.
    {text: lateLetter(`Goed nieuws: u mag in juli ook 's avonds slopen. ${history}`)},
    {
      text: `Beste heer Van Dam,\n\n${history}\n\nBesluit\n\n${decision}\n\n${clause}\n\nMet vriendelijke groet,\nTeam Vergunningen`,
    },
    // A decision in a condition is not the message of a letter that asks for documents.
    {
      text: `Beste heer Van Dam,\n\n${history}\n\n${weighing}\n\nIndien wij de stukken niet op tijd ontvangen, besluiten wij uw aanvraag af te wijzen.\n\nMet vriendelijke groet,\nTeam Vergunningen`,
    },
    {text: letter('Uw paspoort is klaar. U kunt het ophalen bij de balie.')},
    // Four short sentences are not a long paragraph (the default allows four); five short ones
    // of 24 words are not either: only more sentences with more than 40 words are.
    {text: `Beste Sanne,\n\n${long}`},
    {text: `Beste Sanne,\n\n${long} Die duurt een half uur.`},
    {text: `Beste Sanne,\n\n${long}`, options: {maxZinnen: 3}},
    // Five short sentences of 45 words that open with the news (under ten words on average).
    {
      text: letter(
        'De Prinsenstraat krijgt een nieuwe inrichting. Er komen bredere stoepen en meer bomen. Het riool moet ook vervangen worden. Wij willen graag weten wat u ervan vindt. Daarom nodigen wij u uit voor een inloopavond in het buurthuis.',
      ),
    },
  ],
  invalid: [
    {
      name: 'flags a decision that comes only after the history and the weighing',
      text: lateLetter(history),
      findings: [
        {
          messageId: 'laat',
          message:
            'Het besluit staat pas in alinea 3, na 105 woorden uitleg. Zet het besluit in de eerste alinea; de uitleg en de regels komen daarna.',
          range: {start: [11, 1, 633], end: [11, 100, 732]},
          actual: decision,
        },
      ],
    },
    {
      name: 'counts numbered points under another heading as explanation',
      text: numbered('Overwegingen'),
      findings: [
        {
          messageId: 'laat',
          message:
            'Het besluit staat pas in alinea 4, na 101 woorden uitleg. Zet het besluit in de eerste alinea; de uitleg en de regels komen daarna.',
          range: {start: [9, 4, 655], end: [9, 57, 708]},
          actual: 'Wij vorderen het te veel betaalde bedrag van u terug.',
        },
      ],
    },
    {
      name: 'flags an opening about the history of the case',
      text: BAD_DECISION,
      findings: [
        {
          messageId: 'omweg',
          range: {start: [5, 1, 73], end: [5, 20, 92]},
          actual: 'Naar aanleiding van',
        },
      ],
    },
    {
      // A longer recall, a stiff opening, or another heading after it: still the history first.
      text: answered(recallLong, 'Ons besluit'),
      findings: [
        {
          messageId: 'omweg',
          range: {start: [3, 1, 20], end: [3, 24, 43]},
          actual: 'Op 3 maart 2025 heeft u',
        },
      ],
    },
    {
      text: answered(recall, 'Uw aanvraag'),
      findings: [
        {
          messageId: 'omweg',
          range: {start: [3, 1, 20], end: [3, 24, 43]},
          actual: 'Op 3 maart 2025 heeft u',
        },
      ],
    },
    {
      text: answered(
        'Naar aanleiding van uw aanvraag van 3 maart 2025 laten wij u het volgende weten.',
        'Ons besluit',
      ),
      findings: [
        {
          messageId: 'omweg',
          range: {start: [3, 1, 20], end: [3, 20, 39]},
          actual: 'Naar aanleiding van',
        },
      ],
    },
    {
      text: letter('Hierbij ontvangt u de stukken.'),
      findings: [
        {messageId: 'omweg', range: {start: [3, 1, 14], end: [3, 8, 21]}, actual: 'Hierbij'},
      ],
    },
    {
      text: letter('In antwoord op uw vraag sturen wij u de folder.'),
      findings: [
        {
          messageId: 'omweg',
          range: {start: [3, 1, 14], end: [3, 15, 28]},
          actual: 'In antwoord op',
        },
      ],
    },
    {
      text: letter('Middels deze brief laten wij u weten dat de weg dicht gaat.'),
      findings: [
        {messageId: 'omweg', range: {start: [3, 1, 14], end: [3, 13, 26]}, actual: 'Middels deze'},
      ],
    },
    {
      name: 'reports a long first paragraph as info',
      text: `Beste Sanne,\n\n${longer} Die duurt ongeveer een half uur, want wij willen alles rustig en goed met u en uw partner bespreken.`,
      findings: [
        {
          messageId: 'lang',
          range: {start: [3, 1, 14], end: [3, 72, 85]},
          severity: 'info',
          actual: 'Wij hebben uw aanvraag voor een parkeervergunning op 3 maart ontvangen.',
          message:
            'De eerste alinea is lang (64 woorden, 5 zinnen). Zet de kern in één of twee korte zinnen bovenaan.',
        },
      ],
    },
    {
      name: 'with maxZinnen 3, four sentences of more than twelve words on average are too many',
      text: `Beste Sanne,\n\n${longer.replace('in uw straat', 'in uw straat bij de school aan de Dorpsstraat')}`,
      options: {maxZinnen: 3},
      findings: [
        {
          messageId: 'lang',
          range: {start: [3, 1, 14], end: [3, 72, 85]},
          severity: 'info',
          actual: 'Wij hebben uw aanvraag voor een parkeervergunning op 3 maart ontvangen.',
        },
      ],
    },
  ],
})
