import {tester} from './tester.js'

// A bare verb in a noun's place ('aanvragen een pas kan online.') is not a sentence: such
// nominalisations are reported without a replacement (issue #15); the message shows the verb.
tester.run('naamwoordstijl', {
  valid: [
    'Het leven van inwoners is belangrijk.',
    'Wij beoordelen uw aanvraag.',
    'Het eten van de kinderen is klaar.',
    'U kunt een pas aanvragen.',
    'Het examen van uw zoon is in juni.',
    'Het vertrouwen van inwoners is belangrijk.',
    'Het nieuwe leven van de wijk begint.',
    'Het Wapen van Dronten hangt in de hal.',
    'De beoordeling duurt acht weken.',
    'U kunt kiezen uit drie data.',
    // Verb-support phrases that ambtelijke-taal reports: no second finding here.
    {text: 'De aannemer draagt zorg voor de afvoer van het puin.'},
    'Wij nemen uw verzoek in behandeling.',
  ],
  invalid: [
    {
      name: 'reports a verb used as a noun, without a bare verb as replacement',
      text: 'Het aanvragen van een pas kan online.',
      findings: [
        {
          messageId: 'infinitief',
          range: {start: [1, 1, 0], end: [1, 18, 17]},
          actual: 'Het aanvragen van',
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
          message: '‘brengen de kosten in rekening’ is naamwoordstijl. Schrijf ‘rekenen’.',
        },
      ],
    },
  ],
})
