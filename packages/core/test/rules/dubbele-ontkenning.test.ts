import {tester} from './tester.js'

// The outputs show what each replacement does to the sentence. 'sluiten niet uit' -> 'het kan
// zijn dat' would leave 'Wij het kan zijn dat dat het duurt.': no replacement is offered there
// (the guard in nlp/fit.ts, issue #15); the message says what to write.
tester.run('dubbele-ontkenning', {
  valid: [
    // One negation: ambtelijke-taal asks to say positively what may (set-yy).
    'Wij hebben geen bezwaar tegen uw plan.',
    'U hoeft geen formulier in te vullen als u niet verhuist.',
    'Heeft u geen DigiD? Dan kunt u niet inloggen.',
    // 'voorgekomen' is the participle of "occur", never of "prevent" (set-dddd).
    'Het is een paar keer voorgekomen dat de pomp het water niet kon afvoeren.',
    // 'geen' before a norm adjective allows what is needed: no double negation (set-mm: 'een
    // nodige hinder' said something else, and the finding was wrong without it too).
    'Uw dieren mogen de buren geen onnodige hinder bezorgen. Wij stellen geen onredelijke eisen.',
    // 'niet zonder meer' (not just like that) is a fixed expression: 'met meer' broke it (set-h).
    'Een speelplek op dit veld is niet zonder meer mogelijk.',
    // 'niet' denies the verb, the reason is an adjunct: 'alleen met geldige reden' is wrong (set-i).
    'Komt u niet zonder geldige reden, dan kan de gemeente u een boete geven. Kom niet zonder reden te laat.',
    // 'niet zonder' with 'kunnen' and no verb of its own says what is needed (set-kkkk: 'U kon
    // die dag alleen met auto' broke the sentence).
    'U kon die dag niet zonder auto, omdat u naar uw werk moest. Wij kunnen niet zonder vrijwilligers.',
    // A finite verb with the particle 'in' is no negative adjective (set-llll: 'niet ingaat' got
    // 'gaat').
    'Wilt u dat de vergunning niet ingaat zolang wij beslissen?',
    'Wij ontvangen niet onder de twintig aanvragen per week.',
    'Wij kunnen uw aanvraag niet ontvangen.',
    'Dat is niet onze taak.',
    'U kunt niet online betalen.',
    'Het is niet onmiddellijk duidelijk.',
    'Wij zijn niet ontvankelijk voor klachten.',
    'Wij kunnen niet ontkennen dat het lang duurde.',
    'U mag niet ongevraagd binnenkomen.',
    'U mag niet onder invloed rijden.',
    'Wij hebben geen tijd en wij kunnen niet komen.',
    'U krijgt geen boete, niet nu en niet later.',
    'Geen nieuws is goed nieuws.',
    'Wij sluiten de weg af. Dat is niet uit te leggen.',
    'Wij sluiten het loket om 17.00 uur.',
    'Het parkeren is niet gratis.',
    // "voorkomen" as "occur", and negative verbs with the negation in another clause
    'Het kan voorkomen dat u geen brief krijgt.',
    'Dit komt niet vaak voor.',
    'Wij weigeren uw aanvraag, omdat u niet op tijd was.',
    'Wij vermijden lange zinnen, zodat niemand afhaakt.',
    'Wij voorkomen zo dat u te veel betaalt.',
    // in- words that are no negation, and nouns in on-
    'Het werk was niet intensief.',
    'De kosten zijn niet inbegrepen.',
    'Die onwaarheid is niet bewezen.',
    'Deze regeling is niet interessant voor u.',
    // a relative clause after a negation, without a second one; or not right after it
    'Er is niemand die u kan helpen.',
    'Wij kennen niemand die dat wil.',
    'Niemand die zich heeft aangemeld, hoeft iets te betalen.',
    'Wij hebben geen brief ontvangen van de buren die niet thuis waren.',
    // A list phrase never runs over a comma: two words of a list, not one phrase.
    'Wij willen weten of u het niet, weinig of vaak gebruikt.',
    'Wij sturen u nooit, geen enkele keer, een sms met een betaallink.',
  ],
  invalid: [
    {
      name: 'reports niet + on-word with the positive word as suggestion',
      text: 'Het is niet onmogelijk dat u moet betalen.',
      findings: [
        {
          messageId: 'dubbel',
          range: {start: [1, 8, 7], end: [1, 23, 22]},
          expected: ['mogelijk'],
          output: 'Het is mogelijk dat u moet betalen.',
          fix: 'suggestion',
          actual: 'niet onmogelijk',
        },
      ],
    },
    {
      text: 'Wij zijn het er niet oneens mee. Dat is niet geheel onbelangrijk.',
      findings: [
        {
          messageId: 'nietOn',
          range: {start: [1, 17, 16], end: [1, 28, 27]},
          expected: ['eens'],
          output: 'Wij zijn het er eens mee. Dat is niet geheel onbelangrijk.',
          actual: 'niet oneens',
        },
        {
          messageId: 'nietOn',
          range: {start: [1, 41, 40], end: [1, 65, 64]},
          expected: ['belangrijk'],
          output: 'Wij zijn het er niet oneens mee. Dat is belangrijk.',
          actual: 'niet geheel onbelangrijk',
        },
      ],
    },
    {
      name: 'accepts on + a known word after ont-, and -baar/-lijk words',
      text: 'U bent niet ontevreden. Wij zijn niet onbereikbaar.',
      findings: [
        {
          messageId: 'nietOn',
          range: {start: [1, 8, 7], end: [1, 23, 22]},
          expected: ['tevreden'],
          output: 'U bent tevreden. Wij zijn niet onbereikbaar.',
          actual: 'niet ontevreden',
        },
        {
          messageId: 'nietOn',
          range: {start: [1, 34, 33], end: [1, 51, 50]},
          expected: ['bereikbaar'],
          output: 'U bent niet ontevreden. Wij zijn bereikbaar.',
          actual: 'niet onbereikbaar',
        },
      ],
    },
    {
      text: 'U heeft nooit geen recht op toeslag.',
      findings: [
        {
          messageId: 'dubbel',
          range: {start: [1, 9, 8], end: [1, 19, 18]},
          expected: ['nooit', 'altijd'],
          output: 'U heeft nooit recht op toeslag.',
          fix: 'suggestion',
          actual: 'nooit geen',
        },
      ],
    },
    {
      name: 'reports listed constructions',
      text: 'Dat is niet zonder risico. Het komt niet zelden voor.',
      findings: [
        {
          // After 'is' it means 'met': explained, no 'alleen met' (a condition's reading).
          messageId: 'dubbel',
          range: {start: [1, 5, 4], end: [1, 19, 18]},
          actual: 'is niet zonder',
        },
        {
          messageId: 'dubbel',
          range: {start: [1, 37, 36], end: [1, 48, 47]},
          expected: ['vaak'],
          output: 'Dat is niet zonder risico. Het komt vaak voor.',
          actual: 'niet zelden',
        },
      ],
    },
    {
      // Blind letters, sets y and mm: with a verb it is a condition, 'alleen met' ('met uw
      // toestemming' reversed the promise).
      name: "'niet zonder' with a verb becomes 'alleen met'",
      text: 'Uw gegevens worden niet zonder uw toestemming gedeeld.',
      findings: [
        {
          messageId: 'dubbel',
          range: {start: [1, 20, 19], end: [1, 31, 30]},
          actual: 'niet zonder',
          expected: ['alleen met'],
          output: 'Uw gegevens worden alleen met uw toestemming gedeeld.',
        },
      ],
    },

    {
      name: "'niet zonder' with 'kunnen' and a verb of its own is a condition",
      text: 'U kunt niet zonder geldig identiteitsbewijs stemmen.',
      findings: [
        {
          messageId: 'dubbel',
          range: {start: [1, 8, 7], end: [1, 19, 18]},
          actual: 'niet zonder',
          expected: ['alleen met'],
          output: 'U kunt alleen met geldig identiteitsbewijs stemmen.',
        },
      ],
    },
    {
      name: 'reports two negations in one clause',
      text: 'Er is geen reden om niet te komen.',
      findings: [
        {
          messageId: 'tweeKeer',
          range: {start: [1, 7, 6], end: [1, 25, 24]},
          actual: 'geen reden om niet',
          message:
            'Deze zin ontkent twee keer (‘geen’ … ‘niet’). Zeg het positief; dat is makkelijker te begrijpen.',
        },
      ],
    },
    {
      name: 'reports not ruling out and niet + -loos with the positive meaning',
      text: 'Wij sluiten niet uit dat de kosten stijgen. Wij sluiten een verhoging niet uit. Wij kunnen niet uitsluiten dat het later wordt. Bezwaar maken is niet zinloos en niet nutteloos.',
      findings: [
        {
          messageId: 'dubbel',
          range: {start: [1, 5, 4], end: [1, 21, 20]},
          actual: 'sluiten niet uit',
        },
        {
          messageId: 'dubbel',
          range: {start: [1, 49, 48], end: [1, 79, 78]},
          actual: 'sluiten een verhoging niet uit',
        },
        {
          messageId: 'dubbel',
          range: {start: [1, 92, 91], end: [1, 107, 106]},
          actual: 'niet uitsluiten',
        },
        {
          messageId: 'dubbel',
          range: {start: [1, 146, 145], end: [1, 158, 157]},
          expected: ['zinvol', 'nuttig'],
          output:
            'Wij sluiten niet uit dat de kosten stijgen. Wij sluiten een verhoging niet uit. Wij kunnen niet uitsluiten dat het later wordt. Bezwaar maken is zinvol en niet nutteloos.',
          actual: 'niet zinloos',
        },
        {
          messageId: 'dubbel',
          range: {start: [1, 162, 161], end: [1, 176, 175]},
          expected: ['nuttig'],
          output:
            'Wij sluiten niet uit dat de kosten stijgen. Wij sluiten een verhoging niet uit. Wij kunnen niet uitsluiten dat het later wordt. Bezwaar maken is niet zinloos en nuttig.',
          actual: 'niet nutteloos',
        },
      ],
    },
    {
      text: 'Wij sluiten niet uit dat het duurt.',
      findings: [
        {
          messageId: 'dubbel',
          range: {start: [1, 5, 4], end: [1, 21, 20]},
          actual: 'sluiten niet uit',
          message:
            '‘sluiten niet uit’ is een dubbele ontkenning. ‘Niet uitsluiten’ betekent: het kan.',
        },
      ],
    },
    {
      name: 'reports a negation with an in- or on-adjective, with the positive word',
      text: 'Deze aanpak is niet inefficiënt. Het is niet onaannemelijk dat de kosten stijgen.',
      findings: [
        {
          messageId: 'nietOn',
          range: {start: [1, 16, 15], end: [1, 32, 31]},
          expected: ['efficiënt'],
          output: 'Deze aanpak is efficiënt. Het is niet onaannemelijk dat de kosten stijgen.',
          actual: 'niet inefficiënt',
        },
        {
          messageId: 'nietOn',
          range: {start: [1, 41, 40], end: [1, 59, 58]},
          expected: ['aannemelijk'],
          output: 'Deze aanpak is niet inefficiënt. Het is aannemelijk dat de kosten stijgen.',
          actual: 'niet onaannemelijk',
        },
      ],
    },
    {
      name: 'turns geen + on-adjective into een + adjective',
      text: 'Dit speelt geen onbelangrijke rol bij het besluit.',
      findings: [
        {
          messageId: 'nietOn',
          range: {start: [1, 12, 11], end: [1, 30, 29]},
          expected: ['een belangrijke'],
          output: 'Dit speelt een belangrijke rol bij het besluit.',
          actual: 'geen onbelangrijke',
        },
      ],
    },
    {
      name: 'explains without an edit after nooit',
      text: 'De informatie is nooit onvolledig.',
      findings: [
        {
          messageId: 'nietOnUitleg',
          range: {start: [1, 18, 17], end: [1, 34, 33]},
          actual: 'nooit onvolledig',
          message:
            '‘nooit onvolledig’ is een dubbele ontkenning. Zeg het positief: wat is het wél?',
        },
      ],
    },
    {
      // 'evenredig' is not the opposite of 'onevenredig' (too much): "niet onevenredig aangetast"
      // became "evenredig aangetast" (blind letters, sets s and u).
      name: 'explains niet onevenredig and geen onevenredige without an edit',
      text: 'De tuin wordt niet onevenredig aangetast. Dat is geen onevenredige last.',
      findings: [
        {
          messageId: 'nietOnUitleg',
          range: {start: [1, 15, 14], end: [1, 31, 30]},
          actual: 'niet onevenredig',
        },
        {
          messageId: 'nietOnUitleg',
          range: {start: [1, 50, 49], end: [1, 67, 66]},
          actual: 'geen onevenredige',
        },
      ],
    },
    {
      name: 'reports voorkomen with a negation in its dat-clause',
      text: 'Wij willen voorkomen dat er geen plaats meer is. Om te voorkomen dat u niet op tijd betaalt, sturen wij een herinnering.',
      findings: [
        {
          messageId: 'werkwoord',
          range: {start: [1, 12, 11], end: [1, 33, 32]},
          actual: 'voorkomen dat er geen',
          message:
            '‘voorkomen’ is al een ontkenning; met ‘geen’ erbij ontkent de zin twee keer. Zeg het positief: wat moet er wél gebeuren?',
        },
        {
          messageId: 'werkwoord',
          range: {start: [1, 56, 55], end: [1, 76, 75]},
          actual: 'voorkomen dat u niet',
        },
      ],
    },
    {
      name: 'reports negative verbs with a negation in their clause',
      text: 'Wij weigeren uw aanvraag niet zomaar. Er ontbreekt geen enkel document. U mag niet weigeren mee te werken.',
      findings: [
        {
          messageId: 'werkwoord',
          range: {start: [1, 5, 4], end: [1, 30, 29]},
          actual: 'weigeren uw aanvraag niet',
        },
        {
          messageId: 'werkwoord',
          range: {start: [1, 42, 41], end: [1, 56, 55]},
          actual: 'ontbreekt geen',
        },
        {
          messageId: 'werkwoord',
          range: {start: [1, 79, 78], end: [1, 92, 91]},
          actual: 'niet weigeren',
        },
      ],
    },
    {
      name: 'reports pairs of negations',
      text: 'Dat heeft nooit niemand gezegd. Wij hebben nooit niks gehoord.',
      findings: [
        {
          messageId: 'tweeKeer',
          range: {start: [1, 11, 10], end: [1, 24, 23]},
          actual: 'nooit niemand',
        },
        {
          messageId: 'tweeKeer',
          range: {start: [1, 44, 43], end: [1, 54, 53]},
          actual: 'nooit niks',
        },
      ],
    },
    {
      name: 'a negation in a relative clause right after niemand, niets or geen + noun',
      text: 'Er is niemand die u niet wil helpen. Er is geen inwoner die deze brief niet krijgt.',
      findings: [
        {
          messageId: 'tweeKeer',
          range: {start: [1, 7, 6], end: [1, 25, 24]},
          actual: 'niemand die u niet',
        },
        {
          messageId: 'tweeKeer',
          range: {start: [1, 44, 43], end: [1, 76, 75]},
          actual: 'geen inwoner die deze brief niet',
        },
      ],
    },
  ],
})
