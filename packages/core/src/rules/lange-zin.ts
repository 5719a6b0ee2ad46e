import {MONTHS} from '../nlp/letter.js'
import {defineRule} from '../rule.js'
import {abbreviations} from '../nlp/abbreviations.js'
import type {Severity} from '../types.js'

export interface Options {
  info: number
  warning: number
  error: number
  /** A sentence at most this many words over `info` needs officialese in it too (near-limit.ts). */
  marge: number
}

const NUMBER = /^\d[\d.,:/-]*$/
const MONTH = new RegExp(`^(?:${MONTHS})$`, 'i')
/** The groups of an account number: "NL45 RABO 0123 4567 89". */
const IBAN_START = /^[A-Z]{2}\d{2}$/
const BANK_CODE = /^[A-Z]{4}$/

/**
 * Sentences of at most this many words on average make a quick paragraph, however many there are
 * (lange-alinea, kern-vooraan): blind letter editors judged such findings wrong.
 */
export const SHORT_SENTENCE_WORDS = 10

/** A post-office box ("Postbus 120"): its number belongs to it. */
const POSTBUS = /^postbus$/i
/** The four digits and two letters of a Dutch postcode ("3940 AC"). */
const POSTCODE_DIGITS = /^\d{4}$/
const POSTCODE_LETTERS = /^[A-Z]{2}$/
/** A word written with a capital (a name, or a part of one: "Klaproos", "L.", "De"). */
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*\.?$/u
/** Capitalised words that are no name: the polite pronoun and the writer. */
const NOT_A_NAME = /^(?:U|Uw|Ik)$/
/** Lower-case particles inside a name ("Van der Veen", "mevrouw L. de Vries"). */
const NAME_PARTICLE = /^(?:van|de|der|den|het|ten|ter|te|la|le|du|von|op|in|'t)$/

type CountedWord = {masked: unknown; value: string; start?: number; end?: number}

/**
 * The words that go on a name begun before them: a run of capitalised words after the first word
 * of the sentence ("Stichting Buurtmoestuin De Klaproos", "mevrouw L. Hoekstra", "Grondwerken Van
 * der Veen", with lower-case particles between capitals), and the words of the full names of laws
 * and bodies in the shipped abbreviations list ("Algemene wet bestuursrecht").
 */
function nameContinuations(words: ReadonlyArray<CountedWord>, text?: string): boolean[] {
  const continues = words.map(() => false)
  const name = (i: number) =>
    i > 0 &&
    words[i]!.masked === undefined &&
    CAPITALISED.test(words[i]!.value) &&
    !NOT_A_NAME.test(words[i]!.value)
  // Only white space (or the full stop of an initial) between two words of one name: "Dronten,
  // Biddinghuizen en Swifterbant" are three.
  const joined = (i: number) => {
    const before = words[i - 1]?.end
    const start = words[i]!.start
    return (
      text === undefined ||
      before === undefined ||
      start === undefined ||
      /^[\s.]*$/.test(text.slice(before, start))
    )
  }
  let inName = false
  for (let i = 0; i < words.length; i++) {
    if (name(i)) {
      continues[i] = inName && joined(i)
      inName = true
      continue
    }
    if (inName && NAME_PARTICLE.test(words[i]!.value)) {
      let j = i
      while (j < words.length && NAME_PARTICLE.test(words[j]!.value)) j++
      if (j < words.length && name(j) && words.slice(i, j + 1).every((_, k) => joined(i + k))) {
        for (let k = i; k < j; k++) continues[k] = true
        i = j - 1
        continue
      }
    }
    inName = false
  }
  const names = officialNames()
  for (let i = 0; i < words.length; i++) {
    for (const tokens of names.get(words[i]!.value.toLowerCase()) ?? []) {
      if (tokens.every((t, k) => words[i + k]?.value.toLowerCase() === t)) {
        for (let k = 1; k < tokens.length; k++) continues[i + k] = true
        break
      }
    }
  }
  return continues
}

/** The full names of laws and bodies (abbreviations list, kind `naam`), by their first word. */
let official: Map<string, string[][]> | undefined
function officialNames(): Map<string, string[][]> {
  if (!official) {
    official = new Map()
    for (const {kind, expansions} of abbreviations()) {
      if (kind === 'punt') continue
      for (const expansion of expansions) {
        const tokens = expansion.toLowerCase().split(/\s+/)
        if (tokens.length < 2) continue
        const list = official.get(tokens[0]!) ?? []
        list.push(tokens)
        // longest first
        list.sort((a, b) => b.length - a.length)
        official.set(tokens[0]!, list)
      }
    }
  }
  return official
}

/**
 * Count words the way readers experience them: a placeholder or URL is one word, and so is a
 * number that names one thing with the words that belong to it: a date ('8 december 2026'), a
 * time ('14.30 uur'), a telephone number or account number in groups ('06 12 34 56 78', '14 0321',
 * 'NL45 RABO 0123 4567 89'), a postal address ('Postbus 120, 3940 AC Heuvelrand'). A name of
 * several words is one word too ('Stichting Buurtmoestuin De Klaproos', 'mevrouw L. Hoekstra',
 * 'Algemene wet bestuursrecht'). A reader takes such a group in at a glance; counted word by
 * word, a plain sentence with a date, a time and a place runs over the limit.
 */
export function countWords(
  words: ReadonlyArray<CountedWord>,
  {
    names = true,
    text,
  }: {
    /** Count a name or postal address of several words as one (for a sentence; a paragraph's length is all it holds). */
    names?: boolean
    /** The text the words' offsets point into: a comma between two capitalised words ends a name. */
    text?: string
  } = {},
): number {
  let count = 0
  let lastMask: unknown
  // The previous word is a number or ends a date or time begun by one.
  let inNumber = false
  // The previous word is a month after a day number: a year may follow.
  let afterDay = false
  // The previous word is the digits of a postcode, or its letters (the place may follow).
  let postcode: 'digits' | 'letters' | undefined
  const inName = names ? nameContinuations(words, text) : undefined
  words.forEach((word, i) => {
    if (word.masked !== undefined && word.masked === lastMask) return
    lastMask = word.masked
    const plain = word.masked === undefined
    const number = plain && (NUMBER.test(word.value) || IBAN_START.test(word.value))
    const continues: boolean =
      (inNumber &&
        (number ||
          MONTH.test(word.value) ||
          word.value.toLowerCase() === 'uur' ||
          BANK_CODE.test(word.value) ||
          (names && postcode === 'digits' && POSTCODE_LETTERS.test(word.value)))) ||
      (names && postcode === 'letters' && plain && CAPITALISED.test(word.value)) ||
      inName?.[i] === true
    const year: boolean = afterDay && number
    afterDay = continues && MONTH.test(word.value)
    postcode =
      plain && POSTCODE_DIGITS.test(word.value)
        ? 'digits'
        : postcode === 'digits' && POSTCODE_LETTERS.test(word.value)
          ? 'letters'
          : undefined
    // "Postbus" opens a number group: its number belongs to it.
    // The bank code of an account number in groups keeps the number open: NL86 RABO 0312 4458 90.
    inNumber =
      (number && !year) ||
      (continues && plain && BANK_CODE.test(word.value)) ||
      (names && plain && POSTBUS.test(word.value)) ||
      postcode === 'letters'
    if (!continues && !year) count++
  })
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
        marge: {
          type: 'integer',
          minimum: 0,
          default: 2,
          description:
            'Een zin die hoogstens zoveel woorden boven `info` komt, alleen melden als er ook ambtelijke taal in staat.',
        },
      },
      additionalProperties: false,
    },
  },
  check(_tree, ctx) {
    const {info, warning, error} = ctx.options
    for (const sentence of ctx.sentences) {
      // Headings, and a letter's head and signature lines, are labels and addresses, not sentences.
      const kind = sentence.unit.kind
      if (kind === 'heading' || kind === 'letterhead' || kind === 'signature') continue
      const count = countWords(sentence.words, {text: ctx.document.text})
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
