import {tester} from './tester.js'
import {describe, expect, it} from 'vitest'
import {checkRule} from '../helpers.js'

// A bare verb in a noun's place ('aanvragen een pas kan online.') is not a sentence: such
// nominalisations are reported without a replacement (issue #15); the message shows the verb.
tester.run('naamwoordstijl', {
  valid: [
    // 'ter aarde bestellen' is a burial, no purpose: not 'om … te aarden' (set-mm).
    'Zij wenste in haar eigen dorp ter aarde te worden besteld.',
    // What something is for, after 'voor', is ordinary Dutch; so is a nominal list item.
    'U heeft een vergunning voor het plaatsen van een dakkapel nodig.',
    'Wij weten niet of voor het kappen van de berk een vergunning nodig is.',
    'Veel dank voor het invullen van de vragenlijst.',
    // After an adjective or 'is' 'voor het … van' names the purpose as well, and 'tijdens' the
    // moment; an item joined to a list by 'en', 'alsmede', 'zoals' or a comma names a thing
    // (blind letters, sets a-nn: 4 of 4, 2 of 2 and 8 of 13 such findings wrong).
    'Het veld is geschikt voor het parkeren van auto’s. De schuur is voor het stallen van fietsen.',
    'Wij meten het geluid tijdens het lossen van vrachtwagens.',
    'Wij krijgen meldingen over geluid, vandalisme en het achterlaten van afval.',
    'U moet maatregelen nemen, zoals het aanbrengen van een hek.',
    'Bedankt voor het maken van een afspraak.',
    // After bij, na or op inside the sentence: the moment or the matter, plain Dutch in a letter.
    'Wij helpen u bij het schrijven van een sollicitatiebrief.',
    'De belasting op het verbranden van afval gaat omhoog.',
    'Geef bij het maken van de afspraak uw adres door.',
    // An enumeration after a colon names what is paid for.
    'U gebruikt het geld voor de activiteiten uit uw aanvraag: het aanleggen van de tuin, het kopen van zaden en het organiseren van een open dag.',
    'Dit kan gevolgen hebben:\n\n- het vervallen van uw zorgverzekering;\n- het stoppen van uw toeslag.',
    // A fixed phrase whose verb means something else: no 'aanmerken'.
    'Bij de berekening zijn alle inkomsten in aanmerking genomen.',
    // "ter" + noun in a fixed phrase with staan, stellen, brengen, komen, liggen, leggen, roepen:
    // no purpose, so "om … te verantwoorden" would change what the sentence says
    'De wethouder werd door de raad ter verantwoording geroepen.',
    'De tekening ligt ter beoordeling bij de afdeling.',
    // a noun after an adjective heads its noun phrase: no "plaatsvinden"
    'Wij vinden een mooie plaats voor de nieuwe bank.',
    // a copula names no action: "het" is the article of "slachtoffer"
    'Kinderen kunnen het slachtoffer worden van pesten op school.',
    'Het leven van inwoners is belangrijk.',
    // "boete" is no action of "boeten"; "het lijden" is a noun of its own (dev treebank file).
    'Als u te laat betaalt, volgt een boete van 50 euro.',
    'Wij hebben begrip voor het lijden van de slachtoffers.',
    'Wij beoordelen uw aanvraag.',
    'Het eten van de kinderen is klaar.',
    'U kunt een pas aanvragen.',
    'Het examen van uw zoon is in juni.',
    'Het vertrouwen van inwoners is belangrijk.',
    'Het nieuwe leven van de wijk begint.',
    'Het Wapen van Dronten hangt in de hal.',
    'De beoordeling duurt acht weken.',
    'U kunt kiezen uit drie data.',
    // Nouns that name a thing, support verbs with a person or a thing, plurals
    'Wij verlenen u een vergunning voor twee jaar.',
    // A permission that is given: 'ontheffen' and 'toestemmen' are no plainer (sets e-w).
    'Wij verlenen u ontheffing van het stookverbod. Wij besluiten u ontheffing te verlenen.',
    'Voor de sloop is toestemming verleend.',
    'U volgt een opleiding bij ons.',
    'De weg volgt de rivier.',
    'Wij leveren de containers op maandag.',
    'Onderzoek wijst uit dat het werkt.',
    'Wij nemen de brief mee naar huis.',
    'Ter plaatse kunt u parkeren.',
    'Er vinden veel controles plaats.',
    'In de bijlage vindt u het besluit.',
    'De betaling volgt de afspraken uit het contract.',
    'Dat levert een besparing op.',
    "Het 'aanvragen' van een pas is een begrip.",
    'Volgende week vindt u de uitslag op onze website.',
  ],
  invalid: [
    {
      // The municipality may be the one who pays: the advice names both (set-xx).
      name: "'de betaling van' asks who pays",
      text: 'Wij houden de betaling van uw uitkering aan.',
      findings: [
        {
          messageId: 'lijst',
          range: {start: [1, 12, 11], end: [1, 27, 26]},
          actual: 'de betaling van',
          message:
            '‘de betaling van’ is naamwoordstijl. Schrijf het werkwoord en zeg wie betaalt: ‘u betaalt …’ of ‘wij betalen … uit’.',
        },
      ],
    },
    {
      // Blind letters, set-uu: the generic 'minderen' missed the meaning (aftrekken), and
      // 'afgetrokken op de aanslag' would keep the wrong preposition: explained, not replaced.
      name: "'in mindering brengen' is 'aftrekken van'",
      text: 'Het betaalde bedrag wordt in mindering gebracht op de aanslag.',
      findings: [
        {
          messageId: 'lijst',
          range: {start: [1, 27, 26], end: [1, 48, 47]},
          actual: 'in mindering gebracht',
          message:
            '‘in mindering gebracht’ is naamwoordstijl. Schrijf ‘aftrekken van’: ‘Wij trekken dat bedrag af van de aanslag’.',
        },
      ],
    },
    {
      // Blind letters, set-ss: 'zijn' makes the perfect of 'komen'; 'concluderen' takes 'hebben',
      // so 'zijn wij geconcludeerd' is no replacement.
      name: 'a perfect with zijn gets no alternative that takes hebben',
      text: 'Na afweging zijn wij tot de conclusie gekomen dat het niet kan.',
      findings: [
        {
          messageId: 'lijst',
          range: {start: [1, 22, 21], end: [1, 46, 45]},
          actual: 'tot de conclusie gekomen',
        },
      ],
    },
    {
      name: 'still reports bij or na opening a sentence or subclause, tot, and the first item of a list without a colon',
      text: 'Bij het niet naleven van de voorschriften trekken wij de ontheffing in. Indien na het opleggen van de last opnieuw afval wordt gevonden, halen wij het weg. Dit kan leiden tot het opleggen van een boete. Wij hebben het aanleggen van de tuin en het kopen van zaden betaald.',
      findings: [
        {
          messageId: 'infinitief',
          range: {start: [1, 5, 4], end: [1, 25, 24]},
          actual: 'het niet naleven van',
        },
        {
          messageId: 'infinitief',
          range: {start: [1, 83, 82], end: [1, 99, 98]},
          actual: 'het opleggen van',
        },
        {
          messageId: 'infinitief',
          range: {start: [1, 176, 175], end: [1, 192, 191]},
          actual: 'het opleggen van',
        },
        {
          messageId: 'infinitief',
          range: {start: [1, 215, 214], end: [1, 232, 231]},
          actual: 'het aanleggen van',
        },
      ],
    },
    {
      name: 'reports a verb used as a noun, without a bare verb as replacement',
      text: 'Het aanvragen van een pas kan online.',
      findings: [
        {
          messageId: 'infinitief',
          range: {start: [1, 1, 0], end: [1, 18, 17]},
          actual: 'Het aanvragen van',
          message:
            '‘Het aanvragen van’ is naamwoordstijl. Maak van ‘aanvragen’ weer het werkwoord van de zin en zeg wie het doet.',
        },
      ],
    },
    {
      text: 'Het in behandeling nemen van uw aanvraag duurt lang.',
      findings: [
        {
          messageId: 'lijst',
          range: {start: [1, 1, 0], end: [1, 29, 28]},
          actual: 'Het in behandeling nemen van',
        },
      ],
    },
    {
      text: 'Wij nemen een besluit over uw aanvraag.',
      findings: [
        {
          messageId: 'lijst',
          range: {start: [1, 5, 4], end: [1, 27, 26]},
          expected: ['beslissen over'],
          output: 'Wij beslissen over uw aanvraag.',
          actual: 'nemen een besluit over',
        },
      ],
    },
    {
      text: 'De beoordeling van uw aanvraag duurt acht weken.',
      findings: [
        {
          messageId: 'lijst',
          range: {start: [1, 1, 0], end: [1, 19, 18]},
          actual: 'De beoordeling van',
        },
      ],
    },
    {
      name: "'voor het … van' at the start of a sentence is still reported",
      text: 'Voor het maken van een afspraak kunt u ons bellen.',
      findings: [
        {
          messageId: 'infinitief',
          range: {start: [1, 6, 5], end: [1, 19, 18]},
          actual: 'het maken van',
        },
      ],
    },
    {
      text: 'Het tijdig indienen van uw aanvraag is belangrijk.',
      findings: [
        {
          messageId: 'infinitief',
          range: {start: [1, 1, 0], end: [1, 24, 23]},
          actual: 'Het tijdig indienen van',
        },
      ],
    },
    {
      text: 'Wij doen onderzoek naar de oorzaak.',
      findings: [
        {
          messageId: 'lijst',
          range: {start: [1, 5, 4], end: [1, 24, 23]},
          expected: ['onderzoeken'],
          output: 'Wij onderzoeken de oorzaak.',
          actual: 'doen onderzoek naar',
        },
      ],
    },
    {
      text: 'De betaling van de huur gaat automatisch.',
      findings: [
        {
          messageId: 'lijst',
          range: {start: [1, 1, 0], end: [1, 16, 15]},
          actual: 'De betaling van',
        },
      ],
    },
    {
      name: 'separable: from the verb to the particle, without a replacement; the explanation names the verb',
      text: 'Wij brengen de kosten in rekening.',
      findings: [
        {
          messageId: 'lijst',
          range: {start: [1, 5, 4], end: [1, 34, 33]},
          actual: 'brengen de kosten in rekening',
          message:
            '‘brengen de kosten in rekening’ is naamwoordstijl. Zeg wie wat betaalt: ‘U betaalt € …’.',
        },
      ],
    },
    {
      name: 'a support verb with the noun of an action as subject names the verb to write',
      text: 'Er vindt een controle van uw gegevens plaats. Volgende week vond de inspectie plaats. Een verhoging van de tarieven zal volgen. Daarna volgt een beoordeling door een consulent.',
      findings: [
        {
          messageId: 'steunwerkwoord',
          range: {start: [1, 4, 3], end: [1, 45, 44]},
          actual: 'vindt een controle van uw gegevens plaats',
          message:
            '‘vindt een controle van uw gegevens plaats’ is naamwoordstijl: wat er gebeurt, zit in ‘controle’. Schrijf het werkwoord ‘controleren’ en zeg wie het doet.',
        },
        {
          messageId: 'steunwerkwoord',
          range: {start: [1, 61, 60], end: [1, 85, 84]},
          actual: 'vond de inspectie plaats',
        },
        {
          messageId: 'steunwerkwoord',
          range: {start: [1, 91, 90], end: [1, 127, 126]},
          actual: 'verhoging van de tarieven zal volgen',
        },
        {
          messageId: 'steunwerkwoord',
          range: {start: [1, 136, 135], end: [1, 157, 156]},
          actual: 'volgt een beoordeling',
        },
      ],
    },
    {
      // Blind letters, sets t, nn and ffff: 'uitstellen' and 'bijdragen' do not say what the
      // reader gets.
      name: 'something the reader is given with verlenen is said with what the reader gets',
      text: 'Wij verlenen u uitstel van betaling. Voor de rest wordt geen uitstel verleend. De provincie verleent een bijdrage aan het plan.',
      findings: [
        {
          messageId: 'gegeven',
          range: {start: [1, 5, 4], end: [1, 23, 22]},
          actual: 'verlenen u uitstel',
          message:
            '‘verlenen u uitstel’ is naamwoordstijl. Zeg wat de lezer krijgt, met een werkwoord: bijvoorbeeld ‘u krijgt uitstel’ of ‘u mag later betalen’.',
        },
        {
          messageId: 'gegeven',
          range: {start: [1, 62, 61], end: [1, 78, 77]},
          actual: 'uitstel verleend',
        },
        {
          messageId: 'gegeven',
          range: {start: [1, 93, 92], end: [1, 114, 113]},
          actual: 'verleent een bijdrage',
          message:
            '‘verleent een bijdrage’ is naamwoordstijl. Zeg wat de lezer krijgt, met een werkwoord: bijvoorbeeld ‘wij geven u een bijdrage’.',
        },
      ],
    },
    {
      name: 'support verbs with the noun as object, after tot, in and zorg dragen voor',
      text: 'De gemeente verricht een controle. Wij verlenen u graag medewerking. Wij gaan over tot inning van het bedrag. Wij komen samen tot een oplossing. Wij nemen uw verzoek in behandeling. De aannemer draagt zorg voor de afvoer van het puin.',
      findings: [
        {
          messageId: 'steunwerkwoord',
          range: {start: [1, 13, 12], end: [1, 34, 33]},
          actual: 'verricht een controle',
        },
        {
          messageId: 'steunwerkwoord',
          range: {start: [1, 40, 39], end: [1, 68, 67]},
          actual: 'verlenen u graag medewerking',
          message:
            '‘verlenen u graag medewerking’ is naamwoordstijl: wat er gebeurt, zit in ‘medewerking’. Schrijf het werkwoord ‘meewerken’ en zeg wie het doet.',
        },
        {
          messageId: 'steunwerkwoord',
          range: {start: [1, 74, 73], end: [1, 94, 93]},
          actual: 'gaan over tot inning',
        },
        {
          messageId: 'steunwerkwoord',
          range: {start: [1, 115, 114], end: [1, 144, 143]},
          actual: 'komen samen tot een oplossing',
        },
        {
          messageId: 'steunwerkwoord',
          range: {start: [1, 150, 149], end: [1, 181, 180]},
          actual: 'nemen uw verzoek in behandeling',
        },
        {
          messageId: 'steunwerkwoord',
          range: {start: [1, 195, 194], end: [1, 221, 220]},
          actual: 'draagt zorg voor de afvoer',
        },
      ],
    },
    {
      name: 'ter + the noun of an action: the te-infinitive to write, separable verbs split',
      text: 'Ter verbetering van de veiligheid plaatsen wij drempels. Wij sturen dit ter aanvulling van uw dossier. De raad vergadert ter voorbereiding van het besluit.',
      findings: [
        {
          messageId: 'ter',
          range: {start: [1, 1, 0], end: [1, 20, 19]},
          actual: 'Ter verbetering van',
          message: '‘Ter verbetering van’ is naamwoordstijl. Schrijf ‘om … te verbeteren’.',
        },
        {
          messageId: 'ter',
          range: {start: [1, 73, 72], end: [1, 91, 90]},
          actual: 'ter aanvulling van',
          message: '‘ter aanvulling van’ is naamwoordstijl. Schrijf ‘om … aan te vullen’.',
        },
        {
          // a particle before be-: "voor te bereiden", never "te voorbereiden"
          messageId: 'ter',
          range: {start: [1, 122, 121], end: [1, 143, 142]},
          actual: 'ter voorbereiding van',
          message: '‘ter voorbereiding van’ is naamwoordstijl. Schrijf ‘om … voor te bereiden’.',
        },
      ],
    },
    {
      name: 'a support verb with its particle at the end and a participle in the phrase before it',
      text: 'Na de afgeronde verbouwing vindt een controle plaats.',
      findings: [
        {
          messageId: 'steunwerkwoord',
          range: {start: [1, 28, 27], end: [1, 53, 52]},
          actual: 'vindt een controle plaats',
          message:
            '‘vindt een controle plaats’ is naamwoordstijl: wat er gebeurt, zit in ‘controle’. Schrijf het werkwoord ‘controleren’ en zeg wie het doet.',
        },
      ],
    },
    {
      name: 'a bare stem as subject',
      text: 'Afstel verdient de voorkeur. Uitstel is niet mogelijk. Behoud van de bomen is belangrijk.',
      findings: [
        {
          messageId: 'kaal',
          range: {start: [1, 1, 0], end: [1, 7, 6]},
          actual: 'Afstel',
          message: '‘Afstel’ is naamwoordstijl. Zeg wie wat doet, met het werkwoord ‘afstellen’.',
        },
        {
          messageId: 'kaal',
          range: {start: [1, 30, 29], end: [1, 37, 36]},
          actual: 'Uitstel',
        },
        {
          messageId: 'kaal',
          range: {start: [1, 56, 55], end: [1, 62, 61]},
          actual: 'Behoud',
        },
      ],
    },
  ],
})

describe('subject lines', () => {
  it('leaves the noun phrase of a subject line alone, but not the same words in the text', () => {
    const text =
      'Onderwerp: aanvraag voor het plaatsen van een dakkapel\n\n' +
      'Geachte heer Jansen,\n\nHet plaatsen van een dakkapel kost veel geld.\n'
    expect(checkRule('naamwoordstijl', text).map((f) => [f.messageId, f.actual])).toEqual([
      ['infinitief', 'Het plaatsen van'],
    ])
  })
})

describe('headings', () => {
  it('leaves the noun phrase of a Markdown heading alone', () => {
    const text = '# Nieuwe regels voor het kappen van bomen\n\nHet kappen van een boom kost geld.\n'
    expect(
      checkRule('naamwoordstijl', text, {format: 'md'}).map((f) => [f.messageId, f.actual]),
    ).toEqual([['infinitief', 'Het kappen van']])
  })
})
