import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {passiveSentences} from '../../src/nlp/passive.js'
import {isParticiple, parseParticiples, participleInfo} from '../../src/nlp/participles.js'
import {checkerFor, checkRule} from '../helpers.js'
import {tester} from './tester.js'

tester.run('lijdende-vorm', {
  valid: [
    // The relative clause's own auxiliary takes the participle after it (set-l, set-uu).
    'De aanvrager is houder van een auto die hij vorig jaar heeft gekocht.',
    // A participle between its article and noun is part of the noun phrase, also with an adverb
    // before it (blind letters, set-uu).
    'Het is niet mogelijk om de reeds ingenomen ligplaats met terugwerkende kracht met een seizoenskaart te verrekenen.',
    // Fixed formulas (blind letters, sets j-ee): the letter's own date in a time limit, a footer
    // about the letter itself, the credit a grant asks for.
    'Dan kunt u binnen zes weken na de dag waarop dit besluit is verzonden bezwaar maken.',
    'U kunt bezwaar maken binnen zes weken na de dag waarop het aan u is verstuurd.',
    'Het besluit treedt in werking op de dag na die waarop het bekend is gemaakt.',
    'Deze e-mail is verstuurd aan alle bewoners van de Kerkstraat.',
    'Deze brief is ook verstuurd via de schoolapp.',
    // A footer that names its sender (blind letters, sets lll and nnn).
    'Dit bericht is verzonden door de gemeente Wijnjeterp, Postbus 77, 8414 ZR Wijnjeterp.',
    'Vermeld op uw posters dat het feest mede mogelijk is gemaakt door de gemeente.',
    // Routine work and service (blind letters, sets dd-ee).
    'In de wijk staan woningen die tussen 1920 en 1940 zijn gebouwd. Fietsers worden omgeleid via de Veerbrug.',
    'Aan de balie wordt u snel geholpen. De lamp is gerepareerd.',
    // A question asks about the outcome, not who acts (blind letters: none of eight was right).
    'Hoe is de hoogte van de boete bepaald?',
    'Wanneer wordt de groene container in uw straat geleegd?',
    'Is uw melding over de losse stoeptegel nog steeds niet afgehandeld? Bel ons dan.',
    // Another party does the work, named in a sentence next to it; a subject line is a label.
    'Onze aannemer heeft de lantaarnpaal op 10 november gerepareerd. De lamp was kapot. Die is vervangen.',
    'Het kan zijn dat uw water korte tijd wordt afgesloten. De aannemer laat u dit twee dagen van tevoren weten.',
    // A machine does it: nobody to name.
    'Deze e-mail is automatisch verzonden. U kunt er niet op antwoorden.',
    'Het bedrag wordt elke maand automatisch van uw rekening afgeschreven.',
    // The party named once in the paragraph, also without an article at the start of a sentence.
    'Aannemer Van der Veen haalt het oude riool weg. Het regenwater gaat voortaan apart. Ook komt er een nieuwe aansluiting. Daarna wordt de straat opnieuw bestraat.',
    'Onderwerp: uw melding over de lantaarnpaal is afgehandeld\n\nBeste mevrouw Smit,\n\nDe lantaarnpaal brandt weer.',
    // The participle of a perfect with hebben in an indirect question is no passive with zijn.
    'Bent u niet tevreden over hoe wij uw klacht hebben behandeld? Dan kunt u ons bellen.',
    // What something is made of is a state (the replacement of 'vervaardigd van', set-rr).
    'De deksels moeten zijn gemaakt van kunststof.',
    // Registered is a state after zijn, not an act to name an actor for (blind letters: 7 of 9
    // such findings wrong). With worden it stays an act.
    'U bent ingeschreven in het register van de begraafplaats. Uw zoon is aangemeld.',
    // A participle closing a prepositional phrase between an article and its noun describes the
    // noun; it is no passive with the clause's 'is' (set-aaa).
    'De eindtijd is niet in overeenstemming met de in het beleid opgenomen maximale eindtijd.',
    // So is 'uitgeschreven' of a person (set-xx).
    'Uit de BRP blijkt dat u per 1 augustus bent uitgeschreven van het adres Hooiweg 5.',
    // bezorgd and verplicht are adjectives after zijn.
    {text: 'Wij zijn bezorgd over de veiligheid in uw straat.'},
    'U bent niet verplicht om te reageren.',
    'Bent u bezorgd over uw buren? Bel ons.',
    // Perfect tense of verbs that take zijn is never passive, door-phrase or not.
    {text: 'De weg is door de regen glad geworden.'},
    'Hij is door de bocht gevlogen.',
    // zijn + participle is passive only for actions.
    {text: 'Het gemeentehuis is op maandag gesloten.'},
    'De weg is afgesloten voor verkeer.',
    'Wij zijn verhuisd naar de Stationsweg.',
    // Active sentences and copulas.
    {text: 'Wij beoordelen uw aanvraag binnen acht weken.'},
    'Het wordt een drukke dag op de milieustraat.',
    'Wij hebben besloten dat u de vergunning krijgt.',
    'Uw pas is klaar.',
    'Dat is verplicht.',
    'U bent van harte welkom.',
    'Het wordt koud, dus zet de kraan binnen.',
    'Dat wordt vervelend voor u.',
    // te worden without a participle before it: a copula, not a passive.
    'Zij studeert om arts te worden.',
    'Het lijkt beter te worden met het weer.',
    'De uitslag wordt morgen bekend.',
    'Het wordt morgen bewolkt.',
    'De vergunning is verlopen.',
    'De kosten zijn gestegen.',
    'Het aantal klachten is toegenomen.',
    'Het is gebleken dat u te veel heeft ontvangen.',
    'Het zwembad is vanaf maandag geopend.',
    'Ik ben geboren in Dronten.',
    'Wij zijn gevestigd aan de Markt 1.',
    'Ik ben door de week thuis.',
    // A door-phrase of another participle is not the actor of this one (issue #15, second
    // held-out sample): without an actor this zijn + participle is a state.
    'Op de tegel is een vogel omringd door bloemen geschilderd.',
    // The tagger's layer: a name is no participle, a bracket ends the clause.
    'In 2020 werd mevrouw Verhofstadt voorzitter van de raad.',
    'Vorig jaar werd hij voorzitter van de stichting (opgericht in 1994).',
    // A participle before its noun is part of the noun phrase after a copula.
    'Dit is een automatisch verzonden bericht.',
    'Dat zijn de gewijzigde regels voor parkeren.',
  ],
  invalid: [
    {
      // On a drawing 'aangegeven' says where something is drawn (sets aaa and ccc).
      name: "'zijn aangegeven' on a drawing: write 'staan'",
      text: 'Stuur ons een plattegrond waarop de opslaglocaties zijn aangegeven.',
      findings: [
        {
          messageId: 'staat',
          range: {start: [1, 52, 51], end: [1, 67, 66]},
          actual: 'zijn aangegeven',
          message:
            '‘zijn aangegeven’ zegt waar iets staat, niet wie iets doet. Schrijf ‘staan’: ‘Die staan op de tekening’.',
        },
      ],
    },
    {
      // 'dient te' between participle and 'worden', like 'hoeft te' (set-aaa).
      name: "'gemeld dient te worden' is a passive",
      text: 'Wij wijzen erop dat het systeem vooraf gemeld dient te worden.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 40, 39], end: [1, 62, 61]},
          actual: 'gemeld … worden',
        },
      ],
    },
    {
      // Testing an application is an act of the municipality (set-aaa: 'is getoetst' missed).
      name: "'is getoetst' is a passive",
      text: 'Uw aanvraag is getoetst aan de regels van het omgevingsplan.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 13, 12], end: [1, 24, 23]},
          actual: 'is getoetst',
        },
      ],
    },
    {
      // Blind letters, set-ww: 'gepaard' before 'gaande' is part of the modifier of 'kosten'.
      name: 'a participle before a present participle modifies a noun',
      text: 'Door bewoners zijn bezwaren kenbaar gemaakt tegen de met de wijziging gepaard gaande kosten.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 15, 14], end: [1, 44, 43]},
          actual: 'zijn … gemaakt',
        },
      ],
    },
    {
      // Blind letters, set-uu: a relative clause on the subject stands between the auxiliary and
      // its participle.
      name: 'a passive across a relative clause that ends in a main verb',
      text: 'Daarom wordt eenieder die deze brief ontvangt verzocht om de brief te bewaren.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 8, 7], end: [1, 55, 54]},
          actual: 'wordt … verzocht',
        },
      ],
    },
    {
      // Blind letters, set-qq: taking up contact is an act, not where something is written.
      name: "'contact opgenomen' is an act: no 'staat'",
      text: 'Daarna is er contact opgenomen met de aannemer.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 8, 7], end: [1, 31, 30]},
          actual: 'is … opgenomen',
          message: '‘is … opgenomen’ is de lijdende vorm. Zeg wie het doet.',
        },
      ],
    },
    {
      // Blind letters, set-pp: the auxiliary of one passive was joined to the participle of the
      // next ('wordt … genomen', 'zijn … gehandhaafd'). A finite auxiliary, or a verb after the
      // participle, ends the first.
      name: 'two passives in a row are two findings, each with its own participle',
      text: 'Hieronder wordt uiteengezet op welke gronden deze beslissing is genomen. Afspraken die al zijn gemaakt blijven gehandhaafd.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 11, 10], end: [1, 28, 27]},
          actual: 'wordt uiteengezet',
        },
        {messageId: 'lijdend', range: {start: [1, 62, 61], end: [1, 72, 71]}, actual: 'is genomen'},
        {
          messageId: 'lijdend',
          range: {start: [1, 91, 90], end: [1, 103, 102]},
          actual: 'zijn gemaakt',
        },
      ],
    },
    {
      // Held-out treebank: six passives with a role between worden and the participle were
      // missed ('als' read as a conjunction). A clause after 'als' is still no role.
      name: "a role with 'als' between worden and the participle",
      text: 'Uw brief wordt als klacht behandeld. De bijdrage wordt niet als een inkomen aangemerkt. Het wordt duur als u niet betaalt.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 10, 9], end: [1, 36, 35]},
          actual: 'wordt … behandeld',
        },
        {
          messageId: 'lijdend',
          range: {start: [1, 50, 49], end: [1, 87, 86]},
          actual: 'wordt … aangemerkt',
        },
      ],
    },
    {
      // The formulas above only: a letter sent elsewhere and what else is made stay passives.
      name: 'a formula is only the letter itself, its date or the credit',
      text: 'De pas is naar uw oude adres verzonden. De foto is gemaakt door de fotograaf.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 8, 7], end: [1, 39, 38]},
          actual: 'is … verzonden',
        },
        {messageId: 'metDoor', range: {start: [1, 49, 48], end: [1, 59, 58]}, actual: 'is gemaakt'},
      ],
    },
    {
      // Blind letters, sets b-z: 'is opgenomen in' says where something stands; 'Zeg wie het
      // doet' did not fit (7 deels, 8 fout of 19). The message says 'staat'; an action to come
      // keeps the usual message.
      name: "'is opgenomen in' says where it stands: write 'staat'",
      text: 'Dit verbod is opgenomen in artikel 5. De bomen waren op de lijst opgenomen. Uw gegevens worden opgenomen in het register.',
      findings: [
        {
          messageId: 'staat',
          range: {start: [1, 12, 11], end: [1, 24, 23]},
          actual: 'is opgenomen',
          message:
            '‘is opgenomen’ zegt waar iets staat, niet wie iets doet. Schrijf ‘staat’: ‘Dat staat in de regeling’.',
        },
        {
          messageId: 'staat',
          range: {start: [1, 48, 47], end: [1, 75, 74]},
          actual: 'waren … opgenomen',
          // A plural takes 'staan' in the example too (blind relabel: 'Dat staan …' was wrong).
          message:
            '‘waren … opgenomen’ zegt waar iets staat, niet wie iets doet. Schrijf ‘stonden’: ‘Die stonden in de regeling’.',
        },
        {
          messageId: 'lijdend',
          range: {start: [1, 89, 88], end: [1, 105, 104]},
          actual: 'worden opgenomen',
        },
      ],
    },
    {
      // Blind letters, set-x: granting a request is an action; 'goedgekeurd', which
      // ambtelijke-taal offers for it, was reported and 'ingewilligd' not.
      name: "'is ingewilligd' is a passive",
      text: 'Uw verzoek is op 3 mei ingewilligd.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 12, 11], end: [1, 35, 34]},
          actual: 'is … ingewilligd',
        },
      ],
    },
    {
      // Blind letters, set-yyy: 'gehonoreerd' too, whose replacements 'goedgekeurd' and
      // 'toegekend' then made a finding.
      name: "'is gehonoreerd' is a passive",
      text: 'Uw verzoek is niet gehonoreerd.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 12, 11], end: [1, 31, 30]},
          actual: 'is … gehonoreerd',
        },
      ],
    },
    {
      // Blind letters, set-w: the old form of 'hoeft te worden', and 'overgelegd' (handed in) as an
      // action. Both were missed, and the replacements 'hoeft' and 'gestuurd' then made a finding.
      name: "'behoeft te worden' and 'is overgelegd' are passives",
      text: 'Het plan is klein, waardoor niet gevreesd behoeft te worden voor overlast. Uit het dossier blijkt dat de verklaring is overgelegd.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 34, 33], end: [1, 60, 59]},
          actual: 'gevreesd … worden',
        },
        {
          messageId: 'lijdend',
          range: {start: [1, 117, 116], end: [1, 130, 129]},
          actual: 'is overgelegd',
        },
      ],
    },
    {
      name: 'a statement next to a question is still reported',
      text: 'Hoe is het bedrag berekend? Het bedrag wordt berekend met de WOZ-waarde van uw huis.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 40, 39], end: [1, 54, 53]},
          actual: 'wordt berekend',
        },
      ],
    },
    {
      // Blind letters, set-i: the denied actor ('niet door de gemeente') was named as who acts.
      name: 'names the actor after a denied one',
      text: 'De bijdrage wordt niet door de gemeente maar door het CAK vastgesteld.',
      findings: [
        {
          messageId: 'metDoor',
          message:
            '‘wordt … vastgesteld’ is de lijdende vorm. Maak ‘het CAK’ het onderwerp van de zin: die doet het.',
          range: {start: [1, 13, 12], end: [1, 70, 69]},
          actual: 'wordt … vastgesteld',
        },
      ],
    },
    {
      name: 'a party named in another paragraph does not excuse the passive',
      text: 'Aannemer Van der Veen haalt het oude riool weg.\n\nDaarna wordt de straat opnieuw ingericht.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [3, 8, 56], end: [3, 41, 89]},
          actual: 'wordt … ingericht',
        },
      ],
    },
    {
      name: "'is gerealiseerd' is something someone did, like its plain word 'is gemaakt'",
      text: 'Aan de achterzijde van uw woning is een aanbouw gerealiseerd.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 34, 33], end: [1, 61, 60]},
          actual: 'is … gerealiseerd',
        },
      ],
    },
    {
      name: "'door middel van' names a means, not who acts",
      text: 'Het probleem kan worden opgelost door middel van een andere woning.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 18, 17], end: [1, 33, 32]},
          actual: 'worden opgelost',
        },
      ],
    },
    {
      name: 'the writer named next to it does not excuse the passive: only another party that does the work',
      text: 'Wij hebben uw aanvraag ontvangen. Uw aanvraag wordt beoordeeld.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 47, 46], end: [1, 63, 62]},
          actual: 'wordt beoordeeld',
        },
      ],
    },
    {
      name: 'a participle between a determiner and its noun is no part of the passive',
      text: 'Het bedrag zal in twee termijnen worden overgemaakt op het door u opgegeven rekeningnummer.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 34, 33], end: [1, 52, 51]},
          actual: 'worden overgemaakt',
        },
      ],
    },
    {
      name: 'a pronoun after door is the whole actor, not the noun phrase after it',
      text: 'Om te beoordelen of u recht heeft op hulp, wordt door ons een berekening gemaakt van uw inkomen.',
      findings: [
        {
          messageId: 'metDoor',
          range: {start: [1, 44, 43], end: [1, 81, 80]},
          actual: 'wordt … gemaakt',
          message:
            '‘wordt … gemaakt’ is de lijdende vorm. Maak ‘wij’ het onderwerp van de zin: die doet het.',
        },
      ],
    },
    {
      name: 'an infinitive passive: participle, te and worden',
      text: 'Uw aanvraag dreigt afgewezen te worden.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 20, 19], end: [1, 39, 38]},
          actual: 'afgewezen … worden',
        },
      ],
    },
    {
      name: 'an infinitive passive with a verb between the participle and te worden',
      text: 'Het formulier hoeft niet ondertekend te worden door uw partner.',
      findings: [
        {
          messageId: 'metDoor',
          range: {start: [1, 26, 25], end: [1, 47, 46]},
          actual: 'ondertekend … worden',
        },
      ],
    },
    {
      name: 'worden with its participle after a list with commas, through the tagger',
      text: 'Morgen worden het papier, het glas, het plastic en het groenafval gecontroleerd.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 8, 7], end: [1, 80, 79]},
          actual: 'worden … gecontroleerd',
        },
      ],
    },
    {
      name: 'reports worden + participle from the auxiliary to the participle',
      text: 'Uw aanvraag wordt beoordeeld.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 13, 12], end: [1, 29, 28]},
          actual: 'wordt beoordeeld',
          message: '‘wordt beoordeeld’ is de lijdende vorm. Zeg wie het doet.',
        },
      ],
    },
    {
      name: 'split cluster',
      text: 'Uw aanvraag wordt binnen acht weken beoordeeld.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 13, 12], end: [1, 47, 46]},
          actual: 'wordt … beoordeeld',
        },
      ],
    },
    {
      name: 'subordinate clause',
      text: 'Wij laten weten dat uw aanvraag goedgekeurd wordt.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 33, 32], end: [1, 50, 49]},
          actual: 'goedgekeurd wordt',
        },
      ],
    },
    {
      name: 'er-construction',
      text: 'Er wordt gekeken naar uw situatie.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 4, 3], end: [1, 17, 16]},
          actual: 'wordt gekeken',
        },
      ],
    },
    {
      name: 'irregular participle',
      text: 'De pas werd gisteren verzonden.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 8, 7], end: [1, 31, 30]},
          actual: 'werd … verzonden',
        },
      ],
    },
    {
      name: 'separable participle',
      text: 'De stukken worden u binnenkort toegestuurd.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 12, 11], end: [1, 43, 42]},
          actual: 'worden … toegestuurd',
        },
      ],
    },
    {
      text: 'Het bedrag wordt op uw rekening uitbetaald.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 12, 11], end: [1, 43, 42]},
          actual: 'wordt … uitbetaald',
        },
      ],
    },
    {
      name: 'finds the participle before a modal and worden in a subclause',
      text: 'Het is nodig dat het formulier volledig ingevuld moet worden.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 41, 40], end: [1, 61, 60]},
          actual: 'ingevuld … worden',
        },
      ],
    },
    {
      text: 'Dat de kosten betaald kunnen worden, is zeker.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 15, 14], end: [1, 36, 35]},
          actual: 'betaald … worden',
        },
      ],
    },
    {
      name: 'knows strong, inseparable and over- participles',
      text: 'De aanvraag wordt overwogen.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 13, 12], end: [1, 28, 27]},
          actual: 'wordt overwogen',
        },
      ],
    },
    {
      text: 'De regels werden vorig jaar herzien.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 11, 10], end: [1, 36, 35]},
          actual: 'werden … herzien',
        },
      ],
    },
    {
      text: 'Uw bezwaar is ongegrond verklaard.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 12, 11], end: [1, 34, 33]},
          actual: 'is … verklaard',
        },
      ],
    },
    {
      text: 'U bent opgenomen in het register.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 3, 2], end: [1, 17, 16]},
          actual: 'bent opgenomen',
        },
      ],
    },
    {
      text: 'Er is een fout gemaakt in uw aanslag.',
      findings: [
        {messageId: 'lijdend', range: {start: [1, 4, 3], end: [1, 23, 22]}, actual: 'is … gemaakt'},
      ],
    },
    {
      name: 'reads bezorgd and verplicht as participles after worden',
      text: 'Uw nieuwe paspoort wordt op donderdag bezorgd.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 20, 19], end: [1, 46, 45]},
          actual: 'wordt … bezorgd',
        },
      ],
    },
    {
      text: 'U wordt verplicht om een vergunning aan te vragen.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 3, 2], end: [1, 18, 17]},
          actual: 'wordt verplicht',
        },
      ],
    },
    {
      text: 'Wij zorgen dat het pakket bezorgd wordt.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 27, 26], end: [1, 40, 39]},
          actual: 'bezorgd wordt',
        },
      ],
    },
    {
      name: 'names the actor of a door-phrase',
      text: 'Het besluit werd door het college genomen.',
      findings: [
        {
          // The agent is known: the message shows this sentence in the active (issue #15).
          messageId: 'herschrijf',
          range: {start: [1, 13, 12], end: [1, 42, 41]},
          actual: 'werd … genomen',
          message:
            '‘werd … genomen’ is de lijdende vorm. Zeg wie het doet: ‘Het college nam het besluit.’',
        },
      ],
    },
    {
      name: 'counts any participle with zijn as passive when a door-phrase names the actor',
      text: 'U bent door de rechter veroordeeld.',
      findings: [
        {
          messageId: 'herschrijf',
          range: {start: [1, 3, 2], end: [1, 35, 34]},
          actual: 'bent … veroordeeld',
          message:
            '‘bent … veroordeeld’ is de lijdende vorm. Zeg wie het doet: ‘De rechter heeft u veroordeeld.’',
        },
      ],
    },
    {
      name: 'the participle of the passive, not one before a noun inside the clause',
      text: 'In de tuin wordt een nest van in stukjes gebeten bladeren gemaakt.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 12, 11], end: [1, 66, 65]},
          actual: 'wordt … gemaakt',
        },
      ],
    },
    {
      name: 'a pronoun actor is named in its subject form: "door ons" → wij',
      text: 'Het monument wordt dan door ons verwijderd, tenzij u het zelf wilt ophalen.',
      findings: [
        {
          messageId: 'metDoor',
          range: {start: [1, 14, 13], end: [1, 43, 42]},
          actual: 'wordt … verwijderd',
          message:
            '‘wordt … verwijderd’ is de lijdende vorm. Maak ‘wij’ het onderwerp van de zin: die doet het.',
        },
      ],
    },
    {
      text: 'Het gebouw was door brand verwoest.',
      findings: [
        {
          messageId: 'metDoor',
          range: {start: [1, 12, 11], end: [1, 35, 34]},
          actual: 'was … verwoest',
        },
      ],
    },
    {
      name: '"door te …" is a means, not an actor: the passive stays, no actor named',
      text: 'U wordt ingeschreven door het formulier in te vullen.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 3, 2], end: [1, 21, 20]},
          actual: 'wordt ingeschreven',
          message: '‘wordt ingeschreven’ is de lijdende vorm. Zeg wie het doet.',
        },
      ],
    },
    {
      name: 'zijn + participle of an action',
      text: 'Uw aanvraag is afgewezen.',
      findings: [
        {
          messageId: 'lijdend',
          range: {start: [1, 13, 12], end: [1, 25, 24]},
          actual: 'is afgewezen',
        },
      ],
    },
    {
      text: 'Uw bezwaar is door de commissie besproken.',
      findings: [
        {
          messageId: 'herschrijf',
          range: {start: [1, 12, 11], end: [1, 42, 41]},
          actual: 'is … besproken',
          message:
            '‘is … besproken’ is de lijdende vorm. Zeg wie het doet: ‘De commissie heeft uw bezwaar besproken.’',
        },
      ],
    },
  ],
})

describe('lijdende-vorm and the metrics', () => {
  it('feeds the passive share of the metrics', () => {
    const result = checkerFor({rules: {spelling: 'off'}}).check({
      text: 'Uw aanvraag wordt beoordeeld. Wij bellen u.',
    })
    expect(result.metrics.passiveShare).toBe(0.5)
    expect(result.metrics.perSentence.map((s) => s.passive)).toEqual([true, false])
  })

  it('offers the passive sentences to callers without the rule (pure helper)', () => {
    const fake = (text: string, words: string[]) => {
      let at = 0
      return {
        text,
        start: 0,
        end: text.length,
        words: words.map((value, index) => {
          const start = text.indexOf(value, at)
          at = start + value.length
          return {value, lower: value.toLowerCase(), start, end: at, index, masked: undefined}
        }),
      }
    }
    const active = fake('Wij bellen u.', ['Wij', 'bellen', 'u'])
    const passive = fake('De pas werd verzonden.', ['De', 'pas', 'werd', 'verzonden'])
    const state = fake('Het loket is gesloten.', ['Het', 'loket', 'is', 'gesloten'])
    const set = passiveSentences([active, passive, state] as never)
    expect([set.has(active as never), set.has(passive as never), set.has(state as never)]).toEqual([
      false,
      true,
      false,
    ])
  })
})

describe('deelwoorden.tsv', () => {
  const text = readFileSync(new URL('../../src/data/deelwoorden.tsv', import.meta.url), 'utf8')

  it('names its source and licence and lists at least 150 strong or irregular participles', () => {
    expect(text).toMatch(
      /^# .*\n(?:# .*\n)*# Bron: eigen werk van het duidelijk-project\. Licentie: EUPL-1\.2\./,
    )
    const listed = parseParticiples(text)
    // Not caught by the regular patterns: the irregular ones the list exists for.
    const irregular = [...listed.keys()].filter(
      (p) => !/^(?:ge|be|ver|ont|her|er|onder)[a-zëï]+[dt]$/.test(p),
    )
    expect(irregular.length).toBeGreaterThanOrEqual(150)
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
      expect([line, line.split('\t').length]).toEqual([line, 3])
    }
  })

  it('derives separable compounds that inherit the meaning after zijn', () => {
    expect(participleInfo('toegezonden')).toEqual({infinitive: 'toezenden', afterZijn: 'handeling'})
    expect(participleInfo('aangekomen')).toEqual({infinitive: 'aankomen', afterZijn: 'voltooid'})
    expect(participleInfo('afgesloten')).toEqual({infinitive: 'afsluiten', afterZijn: 'toestand'})
    // An own row wins over the derived one.
    expect(participleInfo('toegenomen')).toEqual({infinitive: 'toenemen', afterZijn: 'voltooid'})
    expect(participleInfo('huis')).toBeUndefined()
  })
})

describe('isParticiple', () => {
  it.each([
    ['gemaakt', true],
    ['beoordeeld', true],
    ['toegestuurd', true],
    ['ingediend', true],
    ['genomen', true],
    ['afgesloten', true],
    ['verzonden', true],
    ['ontvangen', true],
    ['herzien', true],
    ['overwogen', true],
    ['gebleken', true],
    ['bekend', false],
    ['vervelend', false],
    ['bevredigend', false],
    ['verwend', true],
    ['geleend', true],
    ['geld', false],
    ['gebied', false],
    ['gezondheid', false],
    ['bericht', false],
    ['huis', false],
  ])('%s → %s', (word, expected) => {
    expect(isParticiple(word)).toBe(expected)
  })
})

describe('the actor of a door-phrase (issue #15, second held-out sample)', () => {
  const check = (text: string) =>
    checkRule('lijdende-vorm', text).map((f) => [f.messageId, f.reason])

  it('does not take what replaces the subject for the actor', () => {
    expect(check('In 2024 werd de oude pas vervangen door een nieuwe pas.')).toEqual([
      ['lijdend', '‘werd … vervangen’ is de lijdende vorm. Zeg wie het doet.'],
    ])
    // Before the participle the door-phrase is the actor.
    expect(check('De oude brug wordt door de provincie vervangen.')).toEqual([
      [
        'herschrijf',
        '‘wordt … vervangen’ is de lijdende vorm. Zeg wie het doet: ‘De provincie vervangt de oude brug.’',
      ],
    ])
  })
})

describe('the actor of a door-phrase before the verbs', () => {
  const check = (text: string) =>
    checkRule('lijdende-vorm', text).map((f) => [f.messageId, f.reason])

  it('ends at the infinitive of the cluster (blind letters, set-cc)', () => {
    expect(
      check('De kosten kunnen door de gemeente worden verhaald op de erfgenamen.').map(
        ([, reason]) => reason,
      ),
    ).toEqual([
      '‘worden verhaald’ is de lijdende vorm. Maak ‘de gemeente’ het onderwerp van de zin: die doet het.',
    ])
  })
})

describe('no passive (blind letters, set-cc)', () => {
  const reasons = (text: string) => checkRule('lijdende-vorm', text).map((f) => f.reason)

  it('a participle before its noun with a door-phrase of several words', () => {
    expect(
      reasons(
        'De collectanten zijn in het bezit van een door de stichting afgegeven legitimatiebewijs met pasfoto.',
      ),
    ).toEqual([])
  })

  it('the possessive zijn after a preposition', () => {
    expect(
      reasons(
        'Het geld wordt door de gemeente geïnd en in zijn geheel doorgestort naar de stichting.',
      ),
    ).toEqual([
      '‘wordt … geïnd’ is de lijdende vorm. Maak ‘de gemeente’ het onderwerp van de zin: die doet het.',
    ])
  })
})

describe('compound nouns that look like a participle (gemeenteraad)', () => {
  const check = (text: string) =>
    checkRule('lijdende-vorm', text).map((f) => [f.messageId, f.reason])

  it('reports the participle, not a ge- compound noun after it', () => {
    expect(check('Het plan wordt besproken in de gemeenteraad.')).toEqual([
      ['lijdend', '‘wordt besproken’ is de lijdende vorm. Zeg wie het doet.'],
    ])
    expect(check('De tarieven worden vastgesteld door de gemeenteraad.')).toEqual([
      [
        'metDoor',
        '‘worden vastgesteld’ is de lijdende vorm. Maak ‘de gemeenteraad’ het onderwerp van de zin: die doet het.',
      ],
    ])
  })

  it('finds a zijn-passive whose actor is such a compound', () => {
    expect(check('Het bestemmingsplan is goedgekeurd door de gezinsbond.')).toEqual([
      [
        'metDoor',
        '‘is goedgekeurd’ is de lijdende vorm. Maak ‘de gezinsbond’ het onderwerp van de zin: die doet het.',
      ],
    ])
  })

  it('still reads a participle with a short first part as a participle', () => {
    expect(check('Alles wordt voor u geregeld.')).toEqual([
      ['lijdend', '‘wordt … geregeld’ is de lijdende vorm. Zeg wie het doet.'],
    ])
  })
})

describe('a passive stays inside its own clause', () => {
  const check = (text: string) =>
    checkRule('lijdende-vorm', text).map((f) => [f.messageId, f.reason])

  it('does not take a participle of a subclause after any subordinator', () => {
    expect(check('De termijn wordt opgeschort totdat wij de gegevens hebben ontvangen.')).toEqual([
      ['lijdend', '‘wordt opgeschort’ is de lijdende vorm. Zeg wie het doet.'],
    ])
    expect(check('Uw pas wordt verlengd zodra wij uw foto hebben gekregen.')).toEqual([
      ['lijdend', '‘wordt verlengd’ is de lijdende vorm. Zeg wie het doet.'],
    ])
  })

  it('does not take the infinitive of a te-clause for the participle (set-r)', () => {
    // 'voorkomen' and 'ontvangen' are also participles; after 'te' they are infinitives.
    expect(
      check('Bij de bomen wordt een scherm geplaatst teneinde schade aan de stoep te voorkomen.'),
    ).toEqual([['lijdend', '‘wordt … geplaatst’ is de lijdende vorm. Zeg wie het doet.']])
    expect(check('Het formulier wordt verstuurd om uw gegevens te ontvangen.')).toEqual([
      ['lijdend', '‘wordt verstuurd’ is de lijdende vorm. Zeg wie het doet.'],
    ])
  })

  it('does not take a finite verb that looks like a participle for the participle (set-l)', () => {
    // 'betreft' looks like a be- … -t participle; the verb table knows it only as finite.
    expect(
      check('Wij vinden dat het feit dat de oprit soms wordt geblokkeerd een zaak betreft van u.'),
    ).toEqual([['lijdend', '‘wordt geblokkeerd’ is de lijdende vorm. Zeg wie het doet.']])
  })

  it('does not take the door-phrase of the next clause for the actor', () => {
    expect(
      check(
        'Uw melding is wel geregistreerd, maar door een fout is deze niet doorgestuurd naar de buitendienst.',
      ),
    ).toEqual([
      ['lijdend', '‘is … geregistreerd’ is de lijdende vorm. Zeg wie het doet.'],
      ['lijdend', '‘is … doorgestuurd’ is de lijdende vorm. Zeg wie het doet.'],
    ])
    // Right after the participle, in its clause, the door-phrase is still the actor.
    expect(check('Het plan is goedgekeurd door de raad, en daarna verstuurd.')).toEqual([
      [
        'metDoor',
        '‘is goedgekeurd’ is de lijdende vorm. Maak ‘de raad’ het onderwerp van de zin: die doet het.',
      ],
    ])
  })
})

describe('who the door-phrase names (agents read on the dev treebank file)', () => {
  const reason = (text: string) => checkRule('lijdende-vorm', text).map((f) => f.reason)

  it('names no actor for a means with te, a cause with "het feit", or a bare function word', () => {
    expect(reason('Het vuil wordt verwijderd door het ruwe product op te lossen.')).toEqual([
      '‘wordt verwijderd’ is de lijdende vorm. Zeg wie het doet.',
    ])
    expect(reason('Dit wordt lastig gemaakt door het feit dat de weg dicht is.')).toEqual([
      '‘wordt … gemaakt’ is de lijdende vorm. Zeg wie het doet.',
    ])
  })

  it('skips a door-phrase inside a modifier before a noun', () => {
    expect(
      reason('Toen werden de door paarden getrokken karren vervangen door tractoren.'),
    ).toEqual(['‘werden … vervangen’ is de lijdende vorm. Zeg wie het doet.'])
  })

  it('ends the actor before a finite verb or the next noun phrase, and skips a quantity', () => {
    expect(reason('Hem werd door de raad een prijs gegeven.')).toEqual([
      '‘werd … gegeven’ is de lijdende vorm. Maak ‘de raad’ het onderwerp van de zin: die doet het.',
    ])
    expect(reason('Zo werd aan de school door de raad een prijs gegeven.')).toEqual([
      '‘werd … gegeven’ is de lijdende vorm. Maak ‘de raad’ het onderwerp van de zin: die doet het.',
    ])
    expect(reason('Elke avond moet bezocht worden door ten minste 40 mensen.')).toEqual([
      '‘bezocht worden’ is de lijdende vorm. Maak ‘40 mensen’ het onderwerp van de zin: die doet het.',
    ])
    // "te" before a place name is no infinitive: the museum still acts.
    expect(reason('Het doek werd gekocht door het Stedelijk Museum te Zwolle.')).toEqual([
      '‘werd gekocht’ is de lijdende vorm. Maak ‘het Stedelijk Museum’ het onderwerp van de zin: die doet het.',
    ])
  })
})

describe('the actor before the verbs of a subordinate clause (blind letters, set-l)', () => {
  const reason = (text: string) => checkRule('lijdende-vorm', text).map((f) => f.reason)

  it('names the door-phrase between the start of the clause and its verbs', () => {
    expect(reason('Omdat de straat door de gemeente is afgesloten, rijdt de bus om.')).toEqual([
      '‘is afgesloten’ is de lijdende vorm. Maak ‘de gemeente’ het onderwerp van de zin: die doet het.',
    ])
    // A participle that is a state after zijn needs the actor to be a passive at all.
    expect(
      reason('Wij weten het niet, en door u zijn geen stukken overgelegd waaruit dat blijkt.'),
    ).toEqual([
      '‘zijn … overgelegd’ is de lijdende vorm. Maak ‘u’ het onderwerp van de zin: die doet het.',
    ])
  })

  it('does not take a door-phrase that opens a clause before its finite verb for the actor', () => {
    // A cause, not who acts.
    expect(reason('Wij hebben het formulier, maar door een storing is het niet verwerkt.')).toEqual(
      ['‘is … verwerkt’ is de lijdende vorm. Zeg wie het doet.'],
    )
    expect(reason('Door de storm is de weg afgesloten.')).toEqual([])
  })
})

describe('where the actor ends (blind letters, set-m)', () => {
  const reason = (text: string) => checkRule('lijdende-vorm', text).map((f) => f.reason)

  it('ends it before a bare noun or an adverbial adjective after its noun', () => {
    expect(
      reason('In dit kader wordt door de burgemeester toepassing gegeven aan de wet.'),
    ).toEqual([
      '‘wordt … gegeven’ is de lijdende vorm. Maak ‘de burgemeester’ het onderwerp van de zin: die doet het.',
    ])
    expect(reason('Op 2 mei bent u door de boa telefonisch in de gelegenheid gesteld.')).toEqual([
      '‘bent … gesteld’ is de lijdende vorm. Maak ‘de boa’ het onderwerp van de zin: die doet het.',
    ])
  })

  it('lets a name in capitals run on', () => {
    expect(
      reason('Er is door de afdeling Beheer Openbare Ruimte een onderzoek ingesteld.'),
    ).toEqual([
      '‘is … ingesteld’ is de lijdende vorm. Maak ‘de afdeling Beheer Openbare Ruimte’ het onderwerp van de zin: die doet het.',
    ])
  })

  it('writes no active sentence when the actor goes on with van', () => {
    expect(reason('Het dak wordt door de aannemer van de gemeente hersteld.')).toEqual([
      '‘wordt … hersteld’ is de lijdende vorm. Maak ‘de aannemer’ het onderwerp van de zin: die doet het.',
    ])
  })

  it('does not take the subject noun before worden for a participle', () => {
    // 'bedragen' is also the participle of bedragen; here worden is a linking verb.
    expect(reason('De bedragen worden hoger.')).toEqual([])
  })
})

describe('routine work on things (blind letters, sets a-m)', () => {
  const reason = (text: string) => checkRule('lijdende-vorm', text).map((f) => f.reason)

  it('leaves routine work without an actor or a duty alone', () => {
    for (const text of [
      'De container wordt op maandag geleegd.',
      'Laat de container staan tot hij geleegd is.',
      'Daarna wordt de sleuf weer dichtgemaakt en worden de tegels teruggelegd.',
      'In uw straat wordt glasvezel aangelegd.',
      'Matrassen worden gerecycled.',
    ])
      expect(reason(text), text).toEqual([])
  })

  it('still reports a duty, a named actor, and decisions', () => {
    expect(reason('De container moet worden geleegd.')).toEqual([
      '‘worden geleegd’ is de lijdende vorm. Zeg wie het doet.',
    ])
    expect(reason('De container wordt door de buurman geleegd.')).toEqual([
      '‘wordt … geleegd’ is de lijdende vorm. Zeg wie het doet: ‘De buurman leegt de container.’',
    ])
    expect(reason('Uw aanvraag wordt afgewezen.')).toEqual([
      '‘wordt afgewezen’ is de lijdende vorm. Zeg wie het doet.',
    ])
  })
})

describe('the active example sentence', () => {
  const reason = (text: string) => checkRule('lijdende-vorm', text).map((f) => f.reason)

  it('puts a subject pronoun in its object form', () => {
    expect(reason('Hij werd door de raad benoemd.')).toEqual([
      '‘werd … benoemd’ is de lijdende vorm. Zeg wie het doet: ‘De raad benoemde hem.’',
    ])
    expect(reason('Wij worden door de provincie gecontroleerd.')).toEqual([
      '‘worden … gecontroleerd’ is de lijdende vorm. Zeg wie het doet: ‘De provincie controleert ons.’',
    ])
    expect(reason('Zij werden door de burgemeester ontvangen.')).toEqual([
      '‘werden … ontvangen’ is de lijdende vorm. Zeg wie het doet: ‘De burgemeester ontving hen.’',
    ])
    expect(reason('Ik ben door de wijkagent gebeld.')).toEqual([
      '‘ben … gebeld’ is de lijdende vorm. Zeg wie het doet: ‘De wijkagent heeft mij gebeld.’',
    ])
  })
})

describe('a participle that is also the infinitive', () => {
  const passives = (text: string) => checkRule('lijdende-vorm', text).map((f) => f.actual)

  it('after worden is the passive participle, even where the tagger reads the infinitive', () => {
    // set-g: 'zal in overleg met … worden bezien of …' (the tagger reads 'bezien' as infinitive)
    expect(
      passives(
        'Als de overlast aanhoudt, zal in overleg met de corporatie worden bezien of meer nodig is.',
      ),
    ).toEqual(['worden bezien'])
    expect(passives('Dat kan worden vergeten.')).toEqual(['worden vergeten'])
    // 'bekend' is an adjective here, not the participle of bekennen
    expect(passives('Het resultaat wordt bekend in mei.')).toEqual([])
  })
})

describe('what is no passive participle, and where the actor ends', () => {
  const found = (text: string) => checkRule('lijdende-vorm', text).map((f) => [f.actual, f.reason])

  it('reads a participle after an article as a noun, and stops before a relative clause', () => {
    // 'het gegeven' is a noun (set-jjjj: 'is … gegeven' was reported).
    expect(
      found('Dit is voor de vaststelling van de juistheid van het gegeven onvoldoende.'),
    ).toEqual([])
    expect(found('Het verzochte is niet mogelijk.')).toEqual([])
    // 'het' is an object pronoun outside a prepositional phrase: the passive stays.
    expect(found('Daarna wordt het verzonden.')).toEqual([
      ['wordt … verzonden', '‘wordt … verzonden’ is de lijdende vorm. Zeg wie het doet.'],
    ])
    // The participle of a relative clause is not the passive's (set-jjjj: 'worden … gemotiveerd').
    expect(
      found('Er moet een verklaring worden overgelegd waarin u gemotiveerd aangeeft waarom.'),
    ).toEqual([['worden overgelegd', '‘worden overgelegd’ is de lijdende vorm. Zeg wie het doet.']])
  })

  it('takes no actor from a modifier before a noun, and ends the actor at dan wel', () => {
    // 'door u' belongs to 'betaalde leges' (set-jjjj: 'Maak ‘u’ het onderwerp').
    expect(found('De door u betaalde leges worden in dat geval niet terugbetaald.')).toEqual([
      ['worden … terugbetaald', '‘worden … terugbetaald’ is de lijdende vorm. Zeg wie het doet.'],
    ])
    expect(
      found(
        'Het grafrecht moet worden overgeschreven door de erfgenamen dan wel door een notaris.',
      ),
    ).toEqual([
      [
        'worden overgeschreven',
        '‘worden overgeschreven’ is de lijdende vorm. Maak ‘de erfgenamen’ het onderwerp van de zin: die doet het.',
      ],
    ])
  })
})
