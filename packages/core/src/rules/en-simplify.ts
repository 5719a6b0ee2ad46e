import retextSimplify from 'retext-simplify'
import {reportRetextMessages, type RetextTransformer} from '../nlp/retext-adapter.js'
import {defineRule} from '../rule.js'

interface Options {
  /** Phrases retext-simplify should not report. */
  ignore: string[]
}

const DETERMINERS = new Set(
  'a an the your our my his her its their this that these those any each every no some'.split(' '),
)

export default defineRule<Options>({
  id: 'en-simplify',
  meta: {
    description: 'Engelse teksten: gebruik eenvoudige woorden (retext-simplify).',
    severity: 'warning',
    fixable: 'suggestion',
    languages: ['en'],
    messages: {simplify: '{reason}'},
    options: {
      type: 'object',
      properties: {
        ignore: {
          type: 'array',
          items: {type: 'string'},
          default: [],
          description: 'Woorden en zinsdelen die niet gemeld worden.',
        },
      },
      additionalProperties: false,
    },
  },
  setup: (options) => retextSimplify({ignore: options.ignore}) as unknown as RetextTransformer,
  check(tree, ctx, state) {
    // retext-simplify's replacements are verbs and adverbs ("request" → "ask"); after an article
    // or possessive, also with one word between ("your request", "your new address"), the word is
    // a noun, where the replacement breaks the sentence ("your ask", "your new discuss"):
    // explain, do not edit.
    const report: typeof ctx.report = (descriptor) => {
      const before = ctx.slice(Math.max(0, (descriptor.start ?? 0) - 40), descriptor.start ?? 0)
      const previous = before
        .trimEnd()
        .split(/[^A-Za-z']+/)
        .slice(-2)
        .map((w) => w.toLowerCase())
      if (!previous.some((w) => DETERMINERS.has(w))) return ctx.report(descriptor)
      const {expected: _expected, fix: _fix, ...rest} = descriptor
      ctx.report(rest)
    }
    reportRetextMessages(state as RetextTransformer, tree, {...ctx, report}, 'simplify')
  },
})
