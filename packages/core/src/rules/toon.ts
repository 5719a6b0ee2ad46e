import {readDataFile} from '../data.js'
import {readTsv} from '../nlp/tsv.js'
import {defineRule} from '../rule.js'

/** When a formula's replacement is offered as an edit (column `bewerking` of stijve-formules.tsv). */
export type FormulaEdit = 'altijd' | 'zonder-te' | 'los' | 'hele-zin' | 'geen'
const EDITS: readonly FormulaEdit[] = ['altijd', 'zonder-te', 'los', 'hele-zin', 'geen']

/** One stiff formula of data/stijve-formules.tsv. */
export interface Formula {
  /** The formula as listed ("wij|we delen u [hierbij] mede dat"). */
  formula: string
  /** The formula as a regular expression source (no flags, no word boundaries). */
  pattern: string
  /** Words of which the text must contain at least one for the formula to match (lower case). */
  required: string[]
  /** Friendlier forms, best first; `''` means: leave it out. */
  expected: string[]
  edit: FormulaEdit
  uitleg: string
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A word position: its alternatives ("wij|we"). */
function alternatives(token: string, where: string): string[] {
  const words = token.split('|')
  if (words.some((word) => word === '' || /[[\]]/.test(word))) {
    throw new Error(`${where}: formule: leeg woord of losse haak in "${token}"`)
  }
  return words.map((word) => word.toLowerCase())
}

/**
 * Compile the formula notation of stijve-formules.tsv into a regular expression: words are separated
 * by any white space, `a|b` is one of these words, `[words]` may be left out.
 */
export function compileFormula(
  formula: string,
  where: string,
): {pattern: string; required: string[]} {
  const elements: Array<{optional: boolean; words: string[][]}> = []
  let group: string[][] | undefined
  for (const raw of formula.trim().split(/\s+/)) {
    let token = raw
    const opens = token.startsWith('[')
    if (opens) {
      if (group) throw new Error(`${where}: formule: '[' binnen '[…]' in "${formula}"`)
      group = []
      token = token.slice(1)
    }
    const closes = token.endsWith(']')
    if (closes) token = token.slice(0, -1)
    const words = alternatives(token, where)
    if (group) group.push(words)
    else elements.push({optional: false, words: [words]})
    if (closes) {
      if (!group) throw new Error(`${where}: formule: ']' zonder '[' in "${formula}"`)
      elements.push({optional: true, words: group})
      group = undefined
    }
  }
  if (group) throw new Error(`${where}: formule: '[' zonder ']' in "${formula}"`)
  const requiredElements = elements.filter((element) => !element.optional)
  if (requiredElements.length === 0) {
    throw new Error(`${where}: formule "${formula}" heeft geen verplicht woord`)
  }
  const word = (alts: string[]) =>
    alts.length === 1 ? escape(alts[0]!) : `(?:${alts.map(escape).join('|')})`
  let pattern = ''
  elements.forEach((element, index) => {
    const body = element.words.map(word).join('\\s+')
    const requiredAfter = elements.slice(index + 1).some((next) => !next.optional)
    if (!element.optional) pattern += requiredAfter ? `${body}\\s+` : body
    else pattern += requiredAfter ? `(?:${body}\\s+)?` : `(?:\\s+${body})?`
  })
  // The longest required word (by its shortest spelling) is the cheapest test for a paragraph.
  const length = (alts: string[]) => Math.min(...alts.map((alt) => alt.length))
  const required = requiredElements
    .map((element) => element.words[0]!)
    .reduce((best, alts) => (length(alts) > length(best) ? alts : best))
  return {pattern, required}
}

/** Parse stijve-formules.tsv (header: formule · vervanging · bewerking · uitleg). */
export function parseFormulas(text: string, source = 'stijve-formules.tsv'): Formula[] {
  const columns = ['formule', 'vervanging', 'bewerking', 'uitleg'] as const
  return readTsv(text, {source, columns, required: 4}).map(({where, cells}) => {
    const edit = cells.bewerking.trim() as FormulaEdit
    if (!EDITS.includes(edit)) {
      throw new Error(`${where}: bewerking "${cells.bewerking}"; verwacht: ${EDITS.join(', ')}`)
    }
    if (!cells.uitleg.trim()) throw new Error(`${where}: uitleg ontbreekt`)
    const expected = cells.vervanging.split('|').map((form) => form.trim())
    return {
      formula: cells.formule.trim(),
      ...compileFormula(cells.formule, where),
      expected: [...new Set(expected)],
      edit,
      uitleg: cells.uitleg.trim(),
    }
  })
}

interface Compiled {
  formulas: Formula[]
  /** Every formula contains one of these words; most paragraphs contain none. */
  trigger: RegExp
  /** One expression per formula, as a whole word sequence (same index as `formulas`). */
  expressions: RegExp[]
}

let compiled: Compiled | undefined
/** The shipped formulas and their expressions, built once per process. */
function formulas(): Compiled {
  if (compiled) return compiled
  const list = parseFormulas(readDataFile('stijve-formules.tsv'))
  const stems = [...new Set(list.flatMap((f) => f.required))]
  compiled = {
    formulas: list,
    trigger: new RegExp(stems.map(escape).join('|'), 'iu'),
    expressions: list.map((f) => new RegExp(`(?<![\\p{L}])${f.pattern}(?![\\p{L}])`, 'giu')),
  }
  return compiled
}

/**
 * The formulas in a text, left to right without overlap: at each place the first formula of the
 * list that matches there, going on after its match. These are exactly the matches of one
 * alternation of all formulas (`f0|f1|…` with the flag g), which is how it was written before; but
 * V8 took 100-500 ms to compile that one expression with its 2 × 21 `\p{L}` look-arounds under
 * `iu` on first use (every cold start), and 10-60 ms for the separate ones, which are also faster
 * per paragraph. Each formula's next match is kept until the text before it has been passed.
 */
function* matchFormulas(text: string, expressions: ReadonlyArray<RegExp | null>) {
  const next: Array<RegExpExecArray | null | undefined> = new Array(expressions.length)
  let cursor = 0
  for (;;) {
    let best = -1
    let found: RegExpExecArray | null = null
    for (let i = 0; i < expressions.length; i++) {
      let match = next[i]
      if (match === undefined || (match !== null && match.index < cursor)) {
        const expression = expressions[i]
        if (!expression) continue
        expression.lastIndex = cursor
        match = expression.exec(text)
        next[i] = match
      }
      if (match && (found === null || match.index < found.index)) {
        best = i
        found = match
      }
    }
    if (found === null) return
    yield {formula: best, match: found}
    // A formula has at least one word: its match is never empty.
    cursor = found.index + found[0].length
  }
}

/**
 * The expressions of the formulas at least one of whose required words occurs in the text (any
 * case), `null` for the others, which cannot match there. Leaving those out changes no match, and
 * V8 then compiles only the expressions a text can use (each about a millisecond on first use, so
 * most of a cold start's share of this rule). The test is on the
 * lower-cased text, which holds every spelling the flag `i` matches except the long s (ſ, folded
 * to s by the flag): a text with one gets every expression.
 */
function possible(
  text: string,
  list: readonly Formula[],
  expressions: readonly RegExp[],
): Array<RegExp | null> {
  if (text.includes('ſ')) return [...expressions]
  const lower = text.toLowerCase()
  return expressions.map((expression, i) =>
    list[i]!.required.some((word) => lower.includes(word)) ? expression : null,
  )
}

export default defineRule({
  id: 'toon',
  meta: {
    description: 'Schrijf vriendelijk en gewoon, zonder stijve formules.',
    scope: 'unit',
    severity: 'warning',
    fixable: 'suggestion',
    messages: {
      stijf: '‘{actual}’ klinkt stijf. {uitleg}',
    },
  },
  check(_tree, ctx) {
    const {formulas: list, trigger, expressions} = formulas()
    for (const {unit} of ctx.units) {
      const text = ctx.slice(unit.start, unit.end)
      if (!trigger.test(text)) continue
      for (const {formula: which, match} of matchFormulas(
        text,
        possible(text, list, expressions),
      )) {
        const formula = list[which]
        if (!formula) continue
        const index = match.index
        const edit = editOf(formula, text.slice(0, index), text.slice(index + match[0].length))
        ctx.report({
          start: unit.start + index - (edit?.before ?? 0),
          end: unit.start + index + match[0].length + (edit?.after ?? 0),
          messageId: 'stijf',
          data: {uitleg: formula.uitleg},
          ...(edit?.before || edit?.after ? {actual: match[0]} : {}),
          ...(edit ? {expected: edit.expected} : {}),
        })
      }
    }
  },
})

/** The replacements for a formula, and how far the range grows around it (for a whole sentence). */
interface Edit {
  expected: string[]
  before: number
  after: number
}

/**
 * Whether the formula's replacement is a grammatical edit here (column `bewerking`), and which.
 * `before` and `after` are the unit's text around the formula.
 */
export function editOf(formula: Formula, before: string, after: string): Edit | undefined {
  const atStart = /^\s*$/.test(before) || /[.!?]\s+$/.test(before)
  const expected = formula.expected.map((e) =>
    atStart ? e.charAt(0).toUpperCase() + e.slice(1) : e.charAt(0).toLowerCase() + e.slice(1),
  )
  const plain = {expected, before: 0, after: 0}
  switch (formula.edit) {
    case 'altijd':
      return plain
    case 'geen':
      return undefined
    case 'zonder-te': {
      // "Wij verzoeken u het formulier te sturen": 'Wilt u' in place of the formula would leave
      // 'te' behind ("Wilt u het formulier te sturen"), and "U wordt verzocht om een reactie" would
      // become "Wilt u om een reactie"; no replacement then.
      // To the end of the sentence: a full stop inside a number or code ("aanslagnummer
      // 2024.0412.5587.1") does not end it (blind letters, set-uuu: "Wilt u … over te maken").
      const rest = /^(?:[^.!?]|[.!?](?=\S))*/.exec(after)![0]
      return /(?<!\p{L})te\s+\p{L}/u.test(rest) || /^\s+om(?!\p{L})/iu.test(after)
        ? undefined
        : plain
    }
    case 'los':
      // "Hoogachtend," at the end of a letter, not "Met de meeste hoogachting verblijf ik".
      return /^[^\S\n]*(?:[,.;:!?]|\n|$)/.test(after) ? plain : undefined
    case 'hele-zin': {
      // Only a whole sentence can go: "Wij hopen u hiermee te hebben geïnformeerd." Leaving out
      // the words of a longer sentence would leave its other words behind.
      const tail = /^[.!?,]?\s*/.exec(after)![0]
      const next = after.slice(tail.length)
      const whole = atStart && (next === '' || /^[.!?]\s/.test(tail) || tail.includes('\n'))
      if (!whole) return undefined
      if (formula.expected.some((e) => e !== '')) return plain
      // Leave out the sentence with its punctuation, and the space after it (or before it, when
      // it ends the paragraph), so that no space or stray full stop remains.
      if (next !== '') return {expected: [''], before: 0, after: tail.length}
      return {expected: [''], before: before.length - before.trimEnd().length, after: tail.length}
    }
  }
}
