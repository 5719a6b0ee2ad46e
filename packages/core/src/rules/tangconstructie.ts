import {isAdjectivalParticiple, isParticiple} from '../nlp/participles.js'
import {defineRule, type WordInfo} from '../rule.js'

interface Options {
  /** Most words allowed between article and noun. */
  maxLidwoord: number
  /** Most words allowed between the finite verb and the rest of the verb cluster. */
  maxWerkwoord: number
}

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
          if (!isAdjectivalParticiple(words[j]!.value)) continue
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
      let end = finite + 1
      while (end < words.length && !/[,;:]/.test(gapText(words[end - 1]!, words[end]!))) end++
      const last = words[end - 1]!
      const aux = words[finite]!
      const closesCluster = AUX_PARTICIPLE.has(aux.lower)
        ? isParticiple(last.value)
        : /^[a-zë]{3,}en$/.test(last.value)
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
