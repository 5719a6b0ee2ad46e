import {loadFrequency} from '../nlp/frequency.js'
import {isParticiple} from '../nlp/participles.js'
import {reportPhraseList} from '../nlp/phrase-list.js'
import {defineRule, type WordInfo} from '../rule.js'

const NEGATION = new Set(['niet', 'geen', 'nooit', 'niemand', 'niets', 'nergens'])

/** on- words that are no negation: "niet online", "niet onmiddellijk", "niet ontvankelijk". */
const NOT_NEGATED = new Set([
  'online',
  'onmiddellijk',
  'onmiddellijke',
  'ongeveer',
  'onlangs',
  'ontzettend',
  'onderling',
  'ondanks',
  'ontvankelijk',
  'ontzaglijk',
])

/** "onmogelijk", "oneens", "onbelangrijk": on- + a known word. Not "onder", "ontvangen", "onze". */
function isNegatedAdjective(word: WordInfo): boolean {
  const lower = word.lower
  if (
    !lower.startsWith('on') ||
    lower.length < 6 ||
    lower.startsWith('onder') ||
    lower.startsWith('onze') ||
    NOT_NEGATED.has(lower)
  )
    return false
  // The rest must be a word of its own: on + tevreden, on + haalbaar; not ont + vangen.
  const rest = lower.slice(2)
  // "niet ongevraagd binnenkomen" restricts rather than negates twice; "gevraagd" would be wrong.
  if (rest.length < 4 || isParticiple(rest, true)) return false
  const known = !loadFrequency().isRare(rest, Number.MAX_SAFE_INTEGER)
  // ont- is mostly a prefix of its own (ontvangen, ontslag): only on + a known word (ontevreden).
  if (rest.startsWith('t')) return known
  return known || /(?:baar|lijk|ig|isch)$/.test(rest)
}

export default defineRule({
  id: 'dubbele-ontkenning',
  meta: {
    description: 'Zeg het positief: vermijd twee ontkenningen in één zin.',
    scope: 'unit',
    severity: 'warning',
    fixable: 'suggestion',
    messages: {
      dubbel: '‘{actual}’ is een dubbele ontkenning. {uitleg}',
      nietOn: '‘{actual}’ is een dubbele ontkenning. Zeg het positief: ‘{expected}’.',
      tweeKeer:
        'Deze zin ontkent twee keer (‘{eerste}’ … ‘{tweede}’). Zeg het positief; dat is makkelijker te begrijpen.',
    },
  },
  check(_tree, ctx) {
    for (const sentence of ctx.sentences) {
      const words = sentence.words
      const covered = reportPhraseList(ctx, sentence, 'dubbele-ontkenningen.tsv', 'dubbel', true)
      for (let i = 0; i < words.length; i++) {
        if (covered.has(i)) continue
        const word = words[i]!
        if (word.lower !== 'niet' && word.lower !== 'nooit') continue
        // "niet onmogelijk", "niet geheel onbelangrijk"
        for (const j of [i + 1, i + 2]) {
          const next = words[j]
          if (!next || covered.has(j) || !isNegatedAdjective(next)) continue
          if (
            j === i + 2 &&
            !['geheel', 'helemaal', 'erg', 'zo', 'heel', 'echt'].includes(words[i + 1]!.lower)
          )
            continue
          const positive = next.value.slice(2)
          ctx.report({
            start: word.start,
            end: next.end,
            messageId: 'nietOn',
            expected: [positive],
            fix: 'suggestion',
          })
          covered.add(j)
          break
        }
      }
      // "geen … niet" in one clause.
      for (let i = 0; i < words.length; i++) {
        if (covered.has(i) || !NEGATION.has(words[i]!.lower) || words[i]!.lower === 'niet') continue
        for (let j = i + 1; j < Math.min(words.length, i + 9); j++) {
          const next = words[j]!
          if (ctx.analyses.clauseStarts(sentence)[j]) break
          if (NEGATION.has(next.lower) && !covered.has(j)) {
            ctx.report({
              start: words[i]!.start,
              end: next.end,
              messageId: 'tweeKeer',
              data: {eerste: words[i]!.value, tweede: next.value},
            })
            covered.add(j)
            break
          }
        }
      }
    }
  },
})
