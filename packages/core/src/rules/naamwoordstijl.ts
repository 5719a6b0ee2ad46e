import {reportPhraseList} from '../nlp/phrase-list.js'
import {defineRule} from '../rule.js'

/** Neuter nouns ending in -en: "het leven van" is not a nominalised verb. */
const NOUNS_IN_EN = new Set([
  'leven',
  'eten',
  'wezen',
  'verleden',
  'teken',
  'wapen',
  'laken',
  'examen',
  'kussen',
  'vermogen',
  'vertrouwen',
  'verlangen',
  'gebeuren',
  'bestaan',
  'ontstaan',
  'welbevinden',
  'kunnen',
  'weten',
  'geweten',
  'lichaam',
  'volken',
  'regen',
  'zegen',
  'orgaan',
  'gebergte',
  'wagen',
  'teken',
  'bekken',
  'molen',
  'ijzeren',
  'houten',
  'gouden',
  'zilveren',
  'stenen',
  'wollen',
  'linnen',
  'open',
  'even',
])

/** Adverbs that may stand between "het" and the verb: "het tijdig indienen van". */
const ADVERBS = new Set([
  'niet',
  'tijdig',
  'zelf',
  'online',
  'digitaal',
  'snel',
  'volledig',
  'juist',
  'correct',
  'opnieuw',
])

export default defineRule({
  id: 'naamwoordstijl',
  meta: {
    description:
      'Gebruik werkwoorden in plaats van zelfstandige naamwoorden: ‘behandelen’ in plaats van ‘het in behandeling nemen van’.',
    scope: 'unit',
    severity: 'warning',
    fixable: 'suggestion',
    messages: {
      lijst: '‘{actual}’ is naamwoordstijl. {uitleg}',
      infinitief:
        '‘{actual}’ is naamwoordstijl. Maak van ‘{verb}’ weer het werkwoord van de zin, bijvoorbeeld: ‘u kunt … {verb}’.',
    },
  },
  check(_tree, ctx) {
    for (const sentence of ctx.sentences) {
      const words = sentence.words
      const covered = reportPhraseList(ctx, sentence, 'naamwoordstijl.tsv', 'lijst', true)
      // "het aanvragen van", "het tijdig indienen van": a verb used as a noun.
      for (let i = 0; i + 2 < words.length; i++) {
        const article = words[i]!
        if (covered.has(i) || article.lower !== 'het') continue
        const skip = ADVERBS.has(words[i + 1]!.lower) ? 1 : 0
        const verb = words[i + 1 + skip]
        const of = words[i + 2 + skip]
        if (!verb || !of || of.lower !== 'van') continue
        if (
          verb.masked ||
          verb.value !== verb.lower ||
          !/^[a-zëï]{4,}en$/.test(verb.lower) ||
          NOUNS_IN_EN.has(verb.lower)
        )
          continue
        ctx.report({
          start: article.start,
          end: of.end,
          messageId: 'infinitief',
          // No replacement: a bare verb in the noun's place is not a sentence ("Na vaststellen de
          // nota"); the message shows how to use the verb.
          data: {verb: verb.lower},
        })
      }
    }
  },
})
