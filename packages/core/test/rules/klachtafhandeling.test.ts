import {tester} from './tester.js'

const letter = (body: string) =>
  `Beste meneer Bakker,\n\n${body}\n\nMet vriendelijke groet,\n\nTeam Klachten`

const VERDICT =
  'U was niet tevreden over hoe wij u aan de balie hielpen. Wij hebben met de medewerker gesproken. Wij vinden uw klacht gegrond. Onze excuses daarvoor.'

tester.run('klachtafhandeling', {
  valid: [
    // The ombudsman is named.
    letter(
      `${VERDICT}\n\nBent u het niet eens met ons oordeel? Dan kunt u een klacht indienen bij de Nationale ombudsman.`,
    ),
    // A municipal ombudscommissie counts too, also in the closing lines.
    letter(
      'Wij beschouwen uw klacht hiermee als afgehandeld.\n\nNiet tevreden? Neem contact op met de ombudscommissie van de gemeente.',
    ),
    // A decision on an objection, an answer to a report and a complaint still being handled give
    // no verdict on a complaint.
    letter('Wij verklaren uw bezwaar gegrond. U krijgt de vergunning alsnog.'),
    letter('Wij hebben de lantaarnpaal in uw straat gerepareerd. Bedankt voor uw melding.'),
    letter('Wij hebben uw klacht ontvangen. Binnen zes weken hoort u wat wij ervan vinden.'),
    // Not outside a letter.
    'Wij vinden uw klacht gegrond.',
  ],
  invalid: [
    {
      name: 'a verdict on a complaint without the ombudsman',
      text: letter(VERDICT),
      findings: [
        {
          messageId: 'geenOmbudsman',
          range: {start: [3, 98, 119], end: [3, 127, 148]},
          actual: 'Wij vinden uw klacht gegrond.',
          message:
            'Deze brief geeft het oordeel over een klacht, maar zegt niet waar de lezer terecht kan als hij het er niet mee eens is. Noem de ombudsman (de Nationale ombudsman of die van uw gemeente) en hoe de lezer die bereikt (Algemene wet bestuursrecht, art. 9:12).',
        },
      ],
    },
    {
      name: "'ongegrond' of a part of the complaint, and the closing formula",
      text: letter(
        'Dit deel van uw klacht achten wij ongegrond. Wij beschouwen uw klacht hiermee als afgehandeld.',
      ),
      findings: [
        {
          messageId: 'geenOmbudsman',
          range: {start: [3, 1, 22], end: [3, 45, 66]},
          actual: 'Dit deel van uw klacht achten wij ongegrond.',
        },
      ],
    },
  ],
})
