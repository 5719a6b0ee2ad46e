import {readDataFile} from '../nlp/frequency.js'
import {
  JARGON_CATEGORIES,
  parseJargonTsv,
  toPhraseEntries,
  type JargonEntry,
} from '../nlp/jargon.js'
import {PhraseMatcher} from '../nlp/phrase-matcher.js'
import {defineRule} from '../rule.js'

interface Options {
  /** Extra entries of the organisation (the CLI and editor load `extraTermsFile` into these). */
  extraTerms: Array<{
    term: string
    alternatives: string[]
    forms?: string[]
    uitleg?: string
    categorie?: string
    fix?: 'safe' | 'suggestion'
  }>
  /** Terms (as in the list) that are fine in this organisation. */
  disabledTerms: string[]
  /** Categories to report. */
  categories: string[]
}

const LABEL: Record<string, string> = {
  ouderwets: 'ouderwets',
  formeel: 'formeel',
  vaktaal: 'vaktaal',
  leenwoord: 'een leenwoord',
  omslachtig: 'omslachtig',
  dubbelop: 'dubbelop',
}

let builtin: JargonEntry[] | undefined
/** The built-in list, parsed once per process. */
export function builtinJargon(): JargonEntry[] {
  builtin ??= parseJargonTsv(readDataFile('ambtelijke-taal.tsv'))
  return builtin
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

export default defineRule<Options>({
  id: 'ambtelijke-taal',
  meta: {
    description: 'Schrijf gewone woorden in plaats van ambtelijke, ouderwetse of omslachtige taal.',
    scope: 'unit',
    severity: 'warning',
    fixable: 'safe',
    messages: {
      vervang: '‘{actual}’ is {label}. {uitleg}',
      scheidbaar: '‘{actual} … {particle}’ is {label}. {uitleg}',
    },
    options: {
      type: 'object',
      properties: {
        extraTerms: {
          type: 'array',
          default: [],
          description: 'Eigen termen: {term, alternatives, forms?, uitleg?, categorie?, fix?}.',
          items: {
            type: 'object',
            required: ['term', 'alternatives'],
            properties: {
              term: {type: 'string', minLength: 1},
              alternatives: {type: 'array', items: {type: 'string'}, minItems: 1},
              forms: {type: 'array', items: {type: 'string'}},
              uitleg: {type: 'string'},
              categorie: {enum: [...JARGON_CATEGORIES]},
              fix: {enum: ['safe', 'suggestion']},
            },
            additionalProperties: false,
          },
        },
        extraTermsFile: {
          type: 'string',
          default: '',
          description:
            'Eigen woordenlijst als TSV in het formaat van de ingebouwde lijst, relatief aan het configuratiebestand.',
        },
        disabledTerms: {
          type: 'array',
          items: {type: 'string'},
          default: [],
          description: 'Termen die bij u gewoon zijn.',
        },
        categories: {
          type: 'array',
          items: {enum: [...JARGON_CATEGORIES]},
          default: [...JARGON_CATEGORIES],
          description: 'Welke soorten woorden gemeld worden.',
        },
      },
      additionalProperties: false,
    },
  },
  setup(options) {
    const disabled = new Set(options.disabledTerms.map((t) => t.toLowerCase()))
    const categories = new Set(options.categories)
    const extra: JargonEntry[] = options.extraTerms.map((t) => ({
      term: t.term.toLowerCase(),
      forms: (t.forms ?? []).map((f) => f.toLowerCase()),
      alternatives: t.alternatives,
      category: (t.categorie ?? 'formeel') as JargonEntry['category'],
      fix: t.fix ?? 'suggestion',
      explanation: t.uitleg ?? '',
    }))
    // Organisation entries replace built-in ones with the same term.
    const extraTerms = new Set(extra.map((e) => e.term))
    const entries = [...builtinJargon().filter((e) => !extraTerms.has(e.term)), ...extra].filter(
      (e) => !disabled.has(e.term) && categories.has(e.category),
    )
    return new PhraseMatcher(toPhraseEntries(entries))
  },
  check(_tree, ctx, state) {
    const matcher = state as PhraseMatcher<JargonEntry>
    for (const sentence of ctx.sentences) {
      for (const match of matcher.match(sentence.words)) {
        const first = sentence.words[match.first]!
        const last = sentence.words[match.last]!
        const entry = match.entry.data
        const actual = ctx.slice(first.start, last.end)
        const upper = /^\p{Lu}/u.test(actual) && match.first === 0
        const expected = entry.alternatives.map((a) => (upper ? capitalise(a) : a))
        const data = {label: LABEL[entry.category] ?? entry.category, uitleg: entry.explanation}
        if (match.tail) {
          // No replacement: putting 'behandelen' in place of 'nemen' would leave 'in behandeling'
          // behind ("Wij behandelen uw aanvraag in behandeling"); the message names the verb.
          const tailStart = sentence.words[match.tail[0]]!.start
          const tailEnd = sentence.words[match.tail[1]]!.end
          ctx.report({
            start: first.start,
            end: last.end,
            messageId: 'scheidbaar',
            actual,
            data: {...data, particle: ctx.slice(tailStart, tailEnd)},
          })
          continue
        }
        // Alternatives are written for the lemma: an inflected form ('urgente', 'draagt zorg voor')
        // would need an inflected alternative, so only the lemma itself gets a safe fix.
        const isLemma = actual.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'") === entry.term
        ctx.report({
          start: first.start,
          end: last.end,
          messageId: 'vervang',
          actual,
          data,
          expected,
          fix: entry.fix === 'safe' && isLemma ? 'safe' : 'suggestion',
        })
      }
    }
  },
})
