import {tester} from './tester.js'

tester.run('moeilijk-woord', {
  valid: [
    // A compound whose short first part is the stem of a known verb with a doubled consonant (put
    // of putten, pin of pinnen, vul of vullen) is made of known parts (blind letters: 'putdeksel'
    // and 'pinbetaling' labelled fout five times).
    'De putdeksel in uw straat klappert. U kunt met een pinbetaling betalen. De vulgraad van de container is hoog.',
    // Examples of a class the sentence names: a name of a kind has no plainer word (blind letters,
    // sets lll and ppp: 9 findings, all wrong).
    'Het gaat om weidevogels als de grutto, de tureluur en de kievit.',
    'In warme landen kan deze mug ziektes overbrengen, zoals dengue.',
    'Het gebied heeft veel broedparen van onder meer grutto, tureluur en kievit.',
    'De gids vertelt welke vogels u ziet. Denk aan de grutto en met een beetje geluk de watersnip.',
    // A known verb's stem before a hyphen, and words of life by the water (sets yy and aaa).
    'De sproei-installatie houdt het stof laag. Bij de vlonder ligt een boot.',
    // Everyday words from the basic list (blind letters, set-tt: all four judged wrong).
    'Neem een lampion mee naar de knutselmiddag. Wij gaan de straat ophogen en daarna het gras inzaaien.',
    'Lever het frituurvet in bij de inzamelplek.',
    // The stem of a known verb before a known noun (blind letters, sets kk and vv), and everyday
    // words of set-vv.
    'Het inzamelpunt staat naast de soos. Het inwerkprogramma duurt een week. Neem schoenen met noppen mee.',
    // Also a stem that loses a vowel or doubles its consonant in the verb (inhalen, instellen), and
    // a plural of a known noun as the second part (blind letters, set-xxx).
    'Op de dijk geldt een inhaalverbod. Wij controleren de instelwaarden van de installatie.',
    // The word after the head of a regulation's title is part of its name (blind letters, set-h).
    'Het tarief staat in de Verordening precariobelasting Dronten 2026.',
    // A capitalised adjective mid-sentence opens the name of an institution (sets a and e).
    'U kunt ook een klacht indienen bij de Nationale ombudsman in Den Haag.',
    // A diminutive is everyday language, however rarely it is written (blind letters: 'hesje'
    // five times, 'pontje' once, all judged wrong).
    'Draag tijdens de opruimactie een geel hesje. Het pontje vaart elk uur.',
    // her- + a known word; a word the text names for what it explained.
    'Na de hercontrole hoort u of de gevel in orde is.',
    // A plain particle and a known verb (blind letters, set-i).
    'U kunt het formulier ook nasturen of langsbrengen.',
    'U betaalt voor elke keer dat de container geleegd wordt. Wij noemen dit diftar.',
    // A house word every owner knows (basiswoorden).
    'Wij vervangen de kozijnen van uw woning.',
    // Frequent words, municipal words, compounds of known parts and names.
    {
      text: 'De fietsenstalling bij het gemeentehuis is open. Uw WOZ-waarde en de afvalstoffenheffing staan op de aanslag. Mevrouw Zwartkruis belt u.',
    },
    {text: 'U krijgt een dwangsom als de schuur blijft staan.', options: {known: ['dwangsom']}},
    'U kunt meedenken over de jeugdpas en de wasmachine.',
    // A letter to a lawyer: the trade's words are that reader's own (blind letters, set-l), and
    // so are its other rare words (sets m, n, p, r). The same sentences to a resident: see invalid.
    'Advocatenkantoor De Boer\nt.a.v. mr. A. de Boer\nStationsweg 4\n8251 AA Dronten\n\nGeachte heer De Boer,\n\nHet huis staat kadastraal op naam van uw cliënt. Wij leggen een dwangsom op.\n\nMet vriendelijke groet,\n\nTeam Handhaving',
    'Advocatenkantoor De Boer\nt.a.v. mr. A. de Boer\nStationsweg 4\n8251 AA Dronten\n\nGeachte heer De Boer,\n\nUw cliënt is als belastingplichtige aangemerkt. De opstal valt onder de cascoverzekering.\n\nMet vriendelijke groet,\n\nTeam Belastingen',
    // "teneinde" is around rank 11,700 in the frequency list: known at 25,000, rare at 1,000.
    {text: 'Wij bellen u teneinde een afspraak te maken.'},
    // Issue #15: everyday words from the basic vocabulary, spoken frequency and derivations.
    'Wij vervangen de stoeptegels en het wegdek in het eerste kwartaal. U kunt de factuur telefonisch opvragen.',
    'Zet de thermostaat lager en zet de vaatwasser pas aan als hij vol is. Het grasmaaien en de brandnetels langs de glijbaan doen wij.',
    'Ze liep zwaaiend naar de roodachtige deurmat.',
    // A capital at the start of a sentence may be a name the dictionary also knows as a word
    // (tolhuis, a toll house): not reported unless the text writes the word in lower case too.
    'Tolhuis belt u volgende week.',
    'Kuiper neemt volgende week contact met u op.',
    // The text explains the word itself, as the message asks (issue #15, second held-out sample).
    'Een baldakijn is een dak van stof boven een troon. Het baldakijn is rood.',
    'De tuchtcommissie (de groep die straffen geeft) heeft besloten.',
    'Hommels pakken de meeldraad met hun bovenkaken (mandibels) vast.',
    // explained by the next sentence, or after a colon in its own
    'Dan kunnen wij u een last onder dwangsom opleggen. Dat betekent dat u moet betalen zolang het niet klaar is.',
    'U krijgt een sommatie: een laatste brief met de vraag om te betalen.',
    // The next sentence says what the thing does, the word last in its own (blind letters, set-t).
    'Op de masten komen afschermkappen. Die houden het licht tegen dat opzij schijnt.',
    // A heading further on asks what the word means and answers it (blind letters, set-w).
    'Cascoverzekering voor uw boot\n\nU heeft een cascoverzekering nodig.\n\nWat is een cascoverzekering?\nDat is een verzekering voor schade aan de boot zelf.',
  ],
  invalid: [
    {
      // Without the class it stands alone: the reader may not know it is a bird.
      name: 'a name of a kind without the class it belongs to',
      text: 'Op het weiland broedt een grutto.',
      findings: [
        {messageId: 'zeldzaam', range: {start: [1, 27, 26], end: [1, 33, 32]}, actual: 'grutto'},
      ],
    },
    {
      // A question about something of the word (its costs) does not explain the word itself.
      name: 'a question about the costs of a thing does not explain its name',
      text: 'U heeft een cascoverzekering nodig.\n\nWat zijn de kosten van de cascoverzekering?\nDe kosten zijn 15 euro per maand.',
      findings: [
        {
          messageId: 'zeldzaam',
          range: {start: [1, 13, 12], end: [1, 29, 28]},
          actual: 'cascoverzekering',
        },
      ],
    },
    {
      name: 'rare words in a letter to a resident are reported',
      text: 'Beste heer De Boer,\n\nU bent als belastingplichtige aangemerkt. De opstal valt onder de cascoverzekering.\n\nMet vriendelijke groet,\n\nTeam Belastingen',
      findings: [
        {
          messageId: 'zeldzaam',
          range: {start: [3, 12, 32], end: [3, 30, 50]},
          actual: 'belastingplichtige',
        },
        {messageId: 'zeldzaam', range: {start: [3, 46, 66], end: [3, 52, 72]}, actual: 'opstal'},
        {
          messageId: 'zeldzaam',
          range: {start: [3, 67, 87], end: [3, 83, 103]},
          actual: 'cascoverzekering',
        },
      ],
    },
    {
      // A particle whose verb means something else than its parts stays rare (set-b).
      name: 'reports a separable verb with an opaque particle',
      text: 'De loonheffing is al afgedragen.',
      findings: [
        {
          messageId: 'zeldzaam',
          range: {start: [1, 22, 21], end: [1, 32, 31]},
          actual: 'afgedragen',
        },
      ],
    },
    {
      name: 'reports a rare word once, at its first use',
      text: 'Wij sturen u een sommatie. Betaal de sommatie binnen 14 dagen.',
      findings: [
        {
          messageId: 'zeldzaam',
          range: {start: [1, 18, 17], end: [1, 26, 25]},
          actual: 'sommatie',
          message:
            '‘sommatie’ kennen veel lezers niet. Kies een gewoner woord, of leg in de zin uit wat het betekent.',
        },
      ],
    },
    {
      text: 'U krijgt een dwangsom als de schuur blijft staan.',
      findings: [
        {messageId: 'zeldzaam', range: {start: [1, 14, 13], end: [1, 22, 21]}, actual: 'dwangsom'},
      ],
    },
    {
      // Not when 'die' is the object ('Die sturen wij …'), nor with the word inside its sentence.
      name: 'what the next sentence does with the word is no explanation of it',
      text: 'U krijgt een afschermkap. Die sturen wij u per post. De afschermkappen komen morgen. Die houden het licht tegen.',
      findings: [
        {
          messageId: 'zeldzaam',
          range: {start: [1, 14, 13], end: [1, 25, 24]},
          actual: 'afschermkap',
        },
        {
          messageId: 'zeldzaam',
          range: {start: [1, 57, 56], end: [1, 71, 70]},
          actual: 'afschermkappen',
        },
      ],
    },
    {
      name: 'an explanation in another paragraph does not count: the reader meets the word first',
      text: 'Wij sturen u een sommatie.\n\nDat betekent dat u moet betalen.',
      findings: [
        {messageId: 'zeldzaam', range: {start: [1, 18, 17], end: [1, 26, 25]}, actual: 'sommatie'},
      ],
    },
    {
      text: 'Wij bellen u teneinde een afspraak te maken.',
      options: {threshold: 1000},
      findings: [
        {messageId: 'zeldzaam', range: {start: [1, 14, 13], end: [1, 22, 21]}, actual: 'teneinde'},
      ],
    },
    {
      name: 'reports a capitalised sentence start where the text also writes the word in lower case',
      text: 'Sommatie of niet, wij sturen u een sommatie.',
      findings: [
        {messageId: 'zeldzaam', range: {start: [1, 1, 0], end: [1, 9, 8]}, actual: 'Sommatie'},
      ],
    },
  ],
})
