import {isAdjectivalParticiple, isParticiple} from '../nlp/participles.js'
import {defineRule, type WordInfo} from '../rule.js'

interface Options {
  /** Most words allowed between article and noun. */
  maxLidwoord: number
  /** Most words allowed between the finite verb and the rest of the verb cluster. */
  maxWerkwoord: number
}

/** Present participles as adjectives: "de voor u geldende regels". */
const PRESENT_PARTICIPLE = /^[a-zëï]{3,}ende$/

const ARTICLES = new Set([
  'de',
  'het',
  'een',
  'deze',
  'dit',
  'die',
  'uw',
  'onze',
  'ons',
  'zijn',
  'haar',
  'hun',
])
const PREPOSITIONS = new Set([
  'door',
  'op',
  'bij',
  'van',
  'voor',
  'in',
  'aan',
  'met',
  'naar',
  'over',
  'tot',
  'uit',
  'om',
  'tegen',
  'na',
  'vanuit',
  'namens',
])
const AUX_PARTICIPLE = new Set([
  'heeft',
  'hebben',
  'heb',
  'hebt',
  'had',
  'hadden',
  'is',
  'zijn',
  'ben',
  'bent',
  'was',
  'waren',
  'wordt',
  'worden',
  'werd',
  'werden',
])
/** Words that start a new clause after a closed verb cluster. */
const CLAUSE_BREAK = new Set(['en', 'maar', 'want', 'omdat', 'dat', 'die', 'zodat', 'als', 'of'])
const MODALS = new Set([
  'zal',
  'zullen',
  'zult',
  'kan',
  'kunt',
  'kunnen',
  'moet',
  'moeten',
  'wil',
  'wilt',
  'willen',
  'mag',
  'mogen',
  'gaat',
  'gaan',
])

export default defineRule<Options>({
  id: 'tangconstructie',
  meta: {
    description:
      'Zet woorden die bij elkaar horen bij elkaar: lidwoord en zelfstandig naamwoord, en de werkwoorden.',
    scope: 'unit',
    severity: 'warning',
    fixable: 'none',
    messages: {
      lidwoord:
        'Tussen ‘{article}’ en ‘{noun}’ staan {count} woorden. Zet ze achter het woord: ‘{article} {noun} die …’.',
      werkwoord:
        'Tussen ‘{first}’ en ‘{last}’ staan {count} woorden. Zet de werkwoorden dichter bij elkaar, of maak er twee zinnen van.',
    },
    options: {
      type: 'object',
      properties: {
        maxLidwoord: {
          type: 'integer',
          minimum: 1,
          default: 4,
          description: 'Meeste woorden tussen lidwoord en zelfstandig naamwoord.',
        },
        maxWerkwoord: {
          type: 'integer',
          minimum: 3,
          default: 10,
          description: 'Meeste woorden tussen de werkwoorden.',
        },
      },
      additionalProperties: false,
    },
  },
  check(_tree, ctx) {
    for (const sentence of ctx.sentences) {
      const words = sentence.words
      const gapText = (a: WordInfo, b: WordInfo) =>
        sentence.text.slice(a.end - sentence.start, b.start - sentence.start)
      // "de door u op 12 maart bij ons ingediende aanvraag"
      for (let i = 0; i + 3 < words.length; i++) {
        const article = words[i]!
        if (!ARTICLES.has(article.lower) || !PREPOSITIONS.has(words[i + 1]!.lower)) continue
        for (let j = i + 2; j < Math.min(words.length - 1, i + 16); j++) {
          if (/[,;:]/.test(gapText(words[j - 1]!, words[j]!))) break
          // "de op de website te vinden formulieren": te + infinitive works as an adjective.
          const teInfinitive =
            words[j - 1]!.lower === 'te' && /^[a-zë]{2,}en$/.test(words[j]!.lower)
          if (
            !isAdjectivalParticiple(words[j]!.value) &&
            !PRESENT_PARTICIPLE.test(words[j]!.lower) &&
            !teInfinitive
          )
            continue
          const noun = words[j + 1]!
          const count = j - i
          if (count > ctx.options.maxLidwoord && !/[,;:]/.test(gapText(words[j]!, noun))) {
            ctx.report({
              start: article.start,
              end: noun.end,
              messageId: 'lidwoord',
              data: {article: article.value, noun: noun.value, count},
            })
            i = j
          }
          break
        }
      }
      // "Wij hebben uw aanvraag … op 3 maart ontvangen."
      const finite = words.findIndex(
        (w, k) => k <= 3 && (AUX_PARTICIPLE.has(w.lower) || MODALS.has(w.lower)),
      )
      if (finite === -1) continue
      const aux = words[finite]!
      const closes = (word: WordInfo) =>
        AUX_PARTICIPLE.has(aux.lower) ? isParticiple(word.value) : /^[a-zë]{3,}en$/.test(word.value)
      let end = finite + 1
      while (end < words.length && !/[,;:]/.test(gapText(words[end - 1]!, words[end]!))) {
        // "Wij hebben uw brief gelezen en …": the cluster closed before the next clause.
        // After a modal, "en"/"of" usually join nouns in -en ("uw inkomen en uw vermogen").
        const next = words[end + 1]?.lower ?? ''
        const joins = !AUX_PARTICIPLE.has(aux.lower) && (next === 'en' || next === 'of')
        if (closes(words[end]!) && CLAUSE_BREAK.has(next) && !joins) {
          end++
          break
        }
        end++
      }
      const last = words[end - 1]!
      const closesCluster = closes(last)
      const count = end - 1 - finite - 1
      if (closesCluster && count > ctx.options.maxWerkwoord) {
        ctx.report({
          start: aux.start,
          end: last.end,
          messageId: 'werkwoord',
          data: {first: aux.value, last: last.value, count},
        })
      }
    }
  },
})
