import {loadFrequency, readDataFile} from '../nlp/frequency.js'
import {verbFormErrors} from '../nlp/verb-forms.js'
import {defineRule, type WordInfo} from '../rule.js'
import {hunspell, isKnown, loadHunspell, suggest} from '../spelling/hunspell.js'

interface Options {
  /** Offer hunspell's suggestions (computed only when a front end shows them). */
  suggestions: boolean
  /** Also check words that start with a capital inside a sentence (names are skipped by default). */
  checkCapitalized: boolean
}

interface State {
  accepted: Set<string>
}

const LETTERS = /^[\p{L}][\p{L}'’\-]*$/u
const ABBREVIATION = /^[\p{Lu}\d]{2,6}s?$/u

/**
 * Dutch writes compounds as one word and hunspell knows only part of them: accept a word that
 * splits into known, frequent words (with a linking s, e or en), as the frequency module splits
 * compounds, and whose parts hunspell knows. Rare parts ("kon" + "tract") do not count.
 */
function isCompound(word: string): boolean {
  const parts = loadFrequency().compoundParts(word)
  // A part may carry the linking s of the compound: inzameling-s-dag.
  return (
    parts !== undefined &&
    parts.every((part) => part.length <= 2 || isKnown(part) || isKnown(part.replace(/s$/, '')))
  )
}

/** Derivations of a known word: incompleet → incompleetheid, betalen → betaling. */
const DERIVATION = /(?:heid|heden|ing|ingen|lijk|lijke|baar|bare|tje|tjes)$/

function isCorrect(word: string, atSentenceStart: boolean, state: State): boolean {
  const lower = word.toLowerCase()
  if (state.accepted.has(word) || state.accepted.has(lower)) return true
  if (isKnown(word)) return true
  // "Eén" is how "één" is capitalised at the start of a sentence.
  if (atSentenceStart && (isKnown(lower) || lower === 'eén')) return true
  if (word.includes('-')) {
    return word
      .split('-')
      .every((part) => part === '' || isCorrect(part, false, state) || ABBREVIATION.test(part))
  }
  const base = atSentenceStart ? lower : word
  const stem = base.replace(DERIVATION, '')
  if (stem !== base && stem.length >= 4 && isKnown(stem)) return true
  return isCompound(base)
}

export default defineRule<Options>({
  id: 'spelling',
  meta: {
    description: 'Schrijf woorden zoals in de Woordenlijst (het Groene Boekje).',
    scope: 'unit',
    severity: 'warning',
    fixable: 'suggestion',
    messages: {
      onbekend:
        '‘{actual}’ staat niet in het woordenboek. Controleer de spelling, of voeg het woord toe aan .duidelijk-woorden.txt.',
      werkwoord: 'Schrijf hier ‘{expected}’. {uitleg}',
    },
    options: {
      type: 'object',
      properties: {
        suggestions: {type: 'boolean', default: true, description: 'Geef verbeteringen (trager).'},
        checkCapitalized: {
          type: 'boolean',
          default: false,
          description:
            'Controleer ook woorden met een hoofdletter midden in de zin (meestal namen).',
        },
      },
      additionalProperties: false,
    },
  },
  prepare: async () => {
    await loadHunspell()
  },
  setup(_options, env): State {
    // Fails early, with a clear message, when the checker was created without awaiting prepare.
    hunspell()
    // Municipality and province names the dictionary lacks, and the organisation's own words.
    const names = readDataFile('gemeenten.txt')
      .split(/\r?\n/)
      .filter((line) => line.trim() && !line.startsWith('#'))
      .flatMap((name) => name.split(/[\s,().-]+/).filter(Boolean))
    return {accepted: new Set([...names, ...env.words.flatMap((w) => [w, w.toLowerCase()])])}
  },
  check(_tree, ctx, state) {
    const accepted = state as State
    for (const sentence of ctx.sentences) {
      let first = true
      for (const word of sentence.words) {
        const atStart = first
        first = false
        if (!shouldCheck(word, atStart, ctx.options)) continue
        const value = word.value.replace(/’/g, "'")
        if (isCorrect(value, atStart, accepted)) continue
        ctx.report({
          start: word.start,
          end: word.end,
          messageId: 'onbekend',
          ...(ctx.options.suggestions ? {lazyExpected: () => suggest(value)} : {}),
        })
      }
      // Existing words in the wrong place: d/t errors in verb forms.
      for (const error of verbFormErrors(sentence)) {
        const word = sentence.words[error.index]!
        ctx.report({
          start: word.start,
          end: word.end,
          messageId: 'werkwoord',
          data: {uitleg: error.uitleg},
          expected: [error.expected],
          fix: 'suggestion',
        })
      }
    }
  },
})

function shouldCheck(word: WordInfo, atStart: boolean, options: Options): boolean {
  if (word.masked) return false
  const value = word.value
  if (value.length < 2 || !LETTERS.test(value)) return false
  if (ABBREVIATION.test(value)) return false
  if (!atStart && !options.checkCapitalized && /^\p{Lu}/u.test(value)) return false
  return true
}
