import {tester} from './tester.js'

// The outputs show what the suggestions do to the sentence: replacing 'Het aanvragen van' by
// 'aanvragen' leaves 'aanvragen een pas kan online.', which is not a sentence. Suggestions that
// rebuild the sentence are the tagger's and precision's work (#14, #15); these cases will change
// with them.
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
      name: 'reports a verb used as a noun with the verb as suggestion',
      text: 'Het aanvragen van een pas kan online.',
      findings: [
        {
          messageId: 'infinitief',
          range: {start: [1, 1, 0], end: [1, 18, 17]},
          expected: ['aanvragen'],
          output: 'aanvragen een pas kan online.',
          fix: 'suggestion',
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
          expected: ['behandelen'],
          output: 'behandelen uw aanvraag duurt lang.',
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
          expected: ['beoordelen'],
          output: 'beoordelen uw aanvraag duurt acht weken.',
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
          expected: ['indienen'],
          output: 'indienen uw aanvraag is belangrijk.',
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
          expected: ['betalen'],
          output: 'betalen de huur gaat automatisch.',
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
