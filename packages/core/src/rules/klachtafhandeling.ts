import {defineRule} from '../rule.js'

/**
 * A verdict on a complaint: "Wij vinden uw klacht gegrond", "Dit deel van uw klacht achten wij
 * ongegrond", "Wij beschouwen uw klacht hiermee als afgehandeld". The verdict words of the
 * complaint procedure (Awb chapter 9), within one sentence with 'klacht'.
 */
const VERDICT =
  /\bklacht(?:en)?\b[^.?!]{0,80}\b(?:on)?gegrond\b|\b(?:on)?gegrond\b[^.?!]{0,60}\bklacht|\bklacht(?:en)?\b[^.?!]{0,60}\bals\s+afgehandeld\b/i

/** The next step named: the Nationale ombudsman, a municipal ombudsman or ombudscommissie. */
const OMBUDSMAN = /\bombuds(?:man|vrouw|commissie|functie|persoon|team)\b/i

export default defineRule({
  id: 'klachtafhandeling',
  meta: {
    description:
      'Een brief met het oordeel over een klacht zegt waar de lezer daarna terecht kan: de ombudsman.',
    severity: 'warning',
    fixable: 'none',
    letterOnly: true,
    messages: {
      geenOmbudsman:
        'Deze brief geeft het oordeel over een klacht, maar zegt niet waar de lezer terecht kan als hij het er niet mee eens is. Noem de ombudsman (de Nationale ombudsman of die van uw gemeente) en hoe de lezer die bereikt (Algemene wet bestuursrecht, art. 9:12).',
    },
  },
  check(_tree, ctx) {
    // The whole letter, with its head and closing lines: the ombudsman may be named anywhere.
    if (OMBUDSMAN.test(ctx.document.text)) return
    for (const sentence of ctx.sentences) {
      if (!VERDICT.test(sentence.text)) continue
      ctx.report({start: sentence.start, end: sentence.end, messageId: 'geenOmbudsman'})
      return
    }
  },
})
