import {emailMatches} from './email-scan.js'
import type {MaskedRange} from '../types.js'

/**
 * Default placeholder syntaxes of letter and e-mail templates: `{{naam}}`, `{{ aanvrager.naam }}`,
 * `«Naam»`, `[naam]`, `[[naam]]`, `${naam}`, `%NAAM%`. Square brackets also hold several words
 * (`[Straat en huisnummer]`, `[Aanhef echtpaar, bijv. De heer en mevrouw …]`: a field and the
 * instruction for filling it in, not text for the reader; blind letters, set-w), starting with a
 * letter and not followed by `(` (a Markdown link).
 */
export const DEFAULT_PLACEHOLDER_PATTERNS: readonly string[] = [
  String.raw`\{\{[^{}\n]{1,80}\}\}`,
  String.raw`\{%[^{}\n]{1,80}%\}`,
  String.raw`«[^«»\n]{1,80}»`,
  String.raw`\[\[[^\[\]\n]{1,80}\]\]`,
  String.raw`\[\s*[\p{L}_][^\[\]\n]{0,78}\](?!\()`,
  String.raw`\$\{[^{}\n]{1,80}\}`,
  String.raw`%[\p{Lu}_][\p{Lu}\p{N}_]{1,60}%`,
]

const URL_PATTERN = String.raw`(?:https?:\/\/|www\.)[^\s<>"'()]*[^\s<>"'().,;:!?]`
const EMAIL_PATTERN = String.raw`(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}`

/** Compiled mask finder for placeholders, URLs and e-mail addresses. */
export interface MaskFinder {
  find(text: string): MaskedRange[]
}

/**
 * Compile the patterns once. Invalid user patterns throw an error naming the pattern.
 */
export function createMaskFinder(placeholderPatterns: readonly string[]): MaskFinder {
  // A cheap substring test skips a pattern for texts that cannot contain it.
  const sources: Array<[MaskedRange['kind'], string, ((text: string) => boolean) | undefined]> = [
    ...placeholderPatterns.map((p): [MaskedRange['kind'], string, undefined] => [
      'placeholder',
      p,
      undefined,
    ]),
    ['url', URL_PATTERN, (text) => text.includes('www.') || text.includes('://')],
    ['email', EMAIL_PATTERN, (text) => text.includes('@')],
  ]
  const compiled = sources.map(([kind, source, mayContain]) => {
    try {
      return {kind, regex: new RegExp(source, 'gu'), mayContain}
    } catch (error) {
      throw new Error(
        `Ongeldig patroon voor plaatsaanduidingen: ${source} (${(error as Error).message})`,
      )
    }
  })
  return {
    find(text) {
      const found: MaskedRange[] = []
      for (const {kind, regex, mayContain} of compiled) {
        if (mayContain && !mayContain(text)) continue
        if (kind === 'email') {
          // Tried only where an `@` is: a global scan backtracks at every word of the letter.
          for (const match of emailMatches(text, regex)) {
            const start = match.index
            found.push({kind, start, end: start + match[0].length, value: match[0]})
          }
          continue
        }
        regex.lastIndex = 0
        for (const match of text.matchAll(regex)) {
          if (match[0].length === 0) continue
          const start = match.index
          found.push({kind, start, end: start + match[0].length, value: match[0]})
        }
      }
      return mergeMasks(found)
    },
  }
}

/** Sort ranges and drop those overlapping an earlier (or longer) one. */
export function mergeMasks(ranges: MaskedRange[]): MaskedRange[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end)
  const result: MaskedRange[] = []
  let last: MaskedRange | undefined
  for (const range of ranges) {
    if (last && range.start < last.end) continue
    result.push(range)
    last = range
  }
  return result
}

/**
 * Replace masked ranges with a same-length run of letters, so the parser sees one word and
 * offsets stay put.
 */
export function applyMasks(text: string, masks: readonly MaskedRange[]): string {
  if (masks.length === 0) return text
  let result = ''
  let at = 0
  for (const mask of masks) {
    result += text.slice(at, mask.start)
    const length = mask.end - mask.start
    result += 'x'.repeat(length)
    at = mask.end
  }
  return result + text.slice(at)
}
