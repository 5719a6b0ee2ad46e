import {letterParts} from '../nlp/letter.js'
import {defineRule} from '../rule.js'
import {countWords, SHORT_SENTENCE_WORDS} from './lange-zin.js'

interface Options {
  maxWoorden: number
  maxZinnen: number
}

/** Openings that put the history or the procedure before the message. */
const INDIRECT_OPENING =
  /^\s*(?:naar\s+aanleiding\s+van|in\s+antwoord\s+op|hierbij|middels\s+(?:deze|dit)|wij\s+delen\s+u\s+mede|graag\s+delen\s+wij\s+u\s+mede|onder\s+verwijzing\s+naar|refererend\s+aan|met\s+betrekking\s+tot|in\s+vervolg\s+op|ingevolge|op\s+grond\s+van|in\s+verband\s+met|ter\s+uitvoering\s+van|bij\s+(?:brief|schrijven)\s+van|op\s+\S+\s+\S+\s+(?:\d{4}\s+)?heeft\s+u)/i

export default defineRule<Options>({
  id: 'kern-vooraan',
  meta: {
    description:
      'Zet de boodschap in de eerste alinea: wat is er besloten of wat moet de lezer doen.',
    severity: 'warning',
    fixable: 'none',
    letterOnly: true,
    messages: {
      omweg:
        'De brief begint met ‘{actual}’. Begin met de boodschap, bijvoorbeeld ‘U krijgt de vergunning.’ of ‘Wij hebben uw aanvraag ontvangen.’',
      lang: 'De eerste alinea is lang ({count} woorden, {sentences} zinnen). Zet de kern in één of twee korte zinnen bovenaan.',
    },
    options: {
      type: 'object',
      properties: {
        maxWoorden: {
          type: 'integer',
          minimum: 10,
          default: 60,
          description: 'Meeste woorden in de eerste alinea.',
        },
        maxZinnen: {
          type: 'integer',
          minimum: 1,
          default: 4,
          description: 'Meeste zinnen in de eerste alinea.',
        },
      },
      additionalProperties: false,
    },
  },
  check(_tree, ctx) {
    const first = letterParts(ctx).body.find(
      (u) => u.unit.kind === 'paragraph' && u.sentences.length > 0,
    )
    const sentence = first?.sentences[0]
    if (!first || !sentence) return
    const match = INDIRECT_OPENING.exec(sentence.text)
    if (match) {
      const lead = match[0].trim()
      const start = sentence.start + sentence.text.indexOf(lead)
      ctx.report({start, end: start + lead.length, messageId: 'omweg'})
      return
    }
    const words = first.sentences.reduce(
      (sum, s) => sum + countWords(s.words, {text: ctx.document.text}),
      0,
    )
    // Many sentences make a paragraph long only when they are not all short: five sentences of
    // seven words ("Op zaterdag … Doe je mee? We beginnen om tien uur.") read quickly.
    // Five short sentences (42 words) that open with the news read quickly too: blind editors
    // judged those findings wrong. Many sentences count when they average over ten words.
    const manySentences =
      first.sentences.length > ctx.options.maxZinnen &&
      words > (ctx.options.maxWoorden * 2) / 3 &&
      words > first.sentences.length * SHORT_SENTENCE_WORDS
    if (words > ctx.options.maxWoorden || manySentences) {
      ctx.report({
        start: sentence.start,
        end: sentence.end,
        messageId: 'lang',
        data: {count: words, sentences: first.sentences.length},
        severity: 'info',
      })
    }
  },
})
