import {DEADLINE} from '../nlp/letter.js'
import {reportPhraseList} from '../nlp/phrase-list.js'
import {defineRule} from '../rule.js'

/** A date, a number of days or weeks, or days before a moment ("1 werkdag van tevoren"). */
const CONCRETE = new RegExp(
  String.raw`${DEADLINE.source}|\b(?:\d+|een|één|twee|drie|vier|vijf)\s+(?:werk)?(?:dagen|dag|weken|week)\s+van\s+tevoren\b`,
  'i',
)

/** A sentence that goes on about the one before: "Dat moet uiterlijk …", "Dus vóór 1 mei". */
const REFERS_BACK =
  /^\s*(?:dat|dit|dan|dus|uiterlijk|namelijk|liefst|het\s+liefst|in\s+ieder\s+geval)\b/i

const ASKING =
  /^(?:vragen|vraag|vraagt|vroeg|vroegen|gevraagd|verzoeken|verzoek|verzoekt|verzocht|verzochten)$/

export default defineRule({
  id: 'vage-termijn',
  meta: {
    description: 'Noem een datum of een aantal dagen in plaats van een vage termijn.',
    scope: 'unit',
    severity: 'warning',
    fixable: 'none',
    messages: {
      vaag: '‘{actual}’ is een vage termijn. {uitleg}',
    },
  },
  check(_tree, ctx) {
    for (const [index, sentence] of ctx.sentences.entries()) {
      const words = sentence.words
      // The concrete moment follows in the same sentence, or in the next one of the paragraph when
      // that goes on about it ("Bel ons zo snel mogelijk. Dat moet uiterlijk 1 werkdag van
      // tevoren."; not an unrelated "Stuur ons vóór 10 mei …"): the vague word only leads up to it.
      const next = ctx.sentences[index + 1]
      if (
        CONCRETE.test(sentence.text) ||
        (next !== undefined &&
          next.unit === sentence.unit &&
          REFERS_BACK.test(next.text) &&
          CONCRETE.test(next.text))
      )
        continue
      // "om zo snel mogelijk … op te lossen": a purpose clause says how, not when; no deadline is
      // promised there (issue #15). An 'om' shortly before the phrase and a 'te' after it.
      // After a verb of asking, the om-clause is the request itself ("Wij vragen u om zo snel
      // mogelijk het formulier op te sturen"): a deadline for the reader, reported.
      const purpose = (first: number, last: number) => {
        const om = words.slice(Math.max(0, first - 6), first).findLastIndex((w) => w.lower === 'om')
        if (om < 0 || !words.slice(last + 1).some((w) => w.lower === 'te')) return false
        const omIndex = Math.max(0, first - 6) + om
        return !words.slice(0, omIndex).some((w) => ASKING.test(w.lower))
      }
      reportPhraseList(ctx, sentence, 'vage-termijnen.tsv', 'vaag', false, purpose)
    }
  },
})
