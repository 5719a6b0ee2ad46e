import {defineRule} from '../rule.js'
import type {Severity} from '../types.js'

interface Options {
  info: number
  warning: number
  error: number
}

/** Count words the way readers experience them: a placeholder or URL is one word. */
export function countWords(words: ReadonlyArray<{masked: unknown}>): number {
  let count = 0
  let lastMask: unknown
  for (const word of words) {
    if (word.masked !== undefined && word.masked === lastMask) continue
    lastMask = word.masked
    count++
  }
  return count
}

export default defineRule<Options>({
  id: 'lange-zin',
  meta: {
    description: 'Houd zinnen kort: één gedachte per zin.',
    scope: 'unit',
    severity: 'warning',
    fixable: 'none',
    messages: {
      lang: 'Deze zin telt {count} woorden. Maak er twee of meer zinnen van (streef naar hoogstens {target} woorden).',
    },
    options: {
      type: 'object',
      properties: {
        info: {
          type: 'integer',
          minimum: 1,
          default: 20,
          description: 'Meer woorden dan dit: info.',
        },
        warning: {
          type: 'integer',
          minimum: 1,
          default: 25,
          description: 'Meer woorden dan dit: waarschuwing.',
        },
        error: {
          type: 'integer',
          minimum: 1,
          default: 35,
          description: 'Meer woorden dan dit: fout.',
        },
      },
      additionalProperties: false,
    },
  },
  check(_tree, ctx) {
    const {info, warning, error} = ctx.options
    for (const sentence of ctx.sentences) {
      if (sentence.unit.kind === 'heading') continue
      const count = countWords(sentence.words)
      let severity: Severity | undefined
      if (count > error) severity = 'error'
      else if (count > warning) severity = 'warning'
      else if (count > info) severity = 'info'
      if (!severity) continue
      ctx.report({
        start: sentence.start,
        end: sentence.end,
        messageId: 'lang',
        data: {count, target: info},
        severity,
      })
    }
  },
})
