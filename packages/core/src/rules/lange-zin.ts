import {MONTHS} from '../nlp/letter.js'
import {defineRule} from '../rule.js'
import type {Severity} from '../types.js'

interface Options {
  info: number
  warning: number
  error: number
}

const NUMBER = /^\d[\d.,:/-]*$/
const MONTH = new RegExp(`^(?:${MONTHS})$`, 'i')
/** The groups of an account number: "NL45 RABO 0123 4567 89". */
const IBAN_START = /^[A-Z]{2}\d{2}$/
const BANK_CODE = /^[A-Z]{4}$/

/**
 * Count words the way readers experience them: a placeholder or URL is one word, and so is a
 * number that names one thing with the words that belong to it: a date ('8 december 2026'), a
 * time ('14.30 uur'), a telephone number or account number in groups ('06 12 34 56 78', '14 0321',
 * 'NL45 RABO 0123 4567 89'). A reader takes
 * such a group in at a glance; counted digit by digit, a plain sentence with a date, a time and a
 * place runs over the limit.
 */
export function countWords(words: ReadonlyArray<{masked: unknown; value: string}>): number {
  let count = 0
  let lastMask: unknown
  // The previous word is a number or ends a date or time begun by one.
  let inNumber = false
  // The previous word is a month after a day number: a year may follow.
  let afterDay = false
  for (const word of words) {
    if (word.masked !== undefined && word.masked === lastMask) continue
    lastMask = word.masked
    const number =
      word.masked === undefined && (NUMBER.test(word.value) || IBAN_START.test(word.value))
    const continues: boolean =
      inNumber &&
      (number ||
        MONTH.test(word.value) ||
        word.value.toLowerCase() === 'uur' ||
        BANK_CODE.test(word.value))
    const year: boolean = afterDay && number
    afterDay = continues && MONTH.test(word.value)
    inNumber = number && !year
    if (!continues && !year) count++
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
