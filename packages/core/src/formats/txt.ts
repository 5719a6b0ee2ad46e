import {parseDirective} from '../nlp/directives.js'
import {SALUTATION_WORDS} from '../nlp/letter-words.js'
import type {Directive, Document, Unit, UnitKind} from '../types.js'

const LIST_MARKER = /^[ \t]*(?:[-*•–▪·]|\d{1,3}[.)]|[a-z][.)])[ \t]+/
const SALUTATION = new RegExp(String.raw`^\s*(?:${SALUTATION_WORDS})\b[^\n]*(?:\n\s*)?$`, 'i')
const CLOSING =
  /^\s*(?:met vriendelijke groet(?:en|jes)?|vriendelijke groet(?:en|jes)?|hoogachtend|met hartelijke groet(?:en|jes)?|groet(?:en|jes)?),?\s*$/i
const SUBJECT = /^\s*(?:onderwerp|betreft|kenmerk)\s*:/i
const COMMENT_WRAPPED = /^\s*(?:<!--(.*?)-->\s*|(?:#|\/\/)(.*))$/

/** "Op 3 maart 2025 schreef Jan Jansen:" and "On … wrote:": where a quoted reply starts. */
const REPLY_HEADER =
  /^\s*(?:op\s.{3,120}\sschreef\s.{0,120}:|on\s.{3,120}\swrote:|-{2,}\s*(?:oorspronkelijk|original)\s+(?:bericht|message)\s*-{2,})$/i
/** Outlook quotes the mail it answers under a header block: "Van: …" followed by "Verzonden: …". */
const HEADER_BLOCK_START = /^\s*(?:van|from):\s.+$/i
const HEADER_BLOCK_NEXT = /^\s*(?:verzonden|sent|datum|date|aan|to|onderwerp|subject):\s/i

/** Whether line `index` starts a quoted reply: a reply header or Outlook's "Van:"/"Verzonden:" block. */
export function startsReply(lines: readonly string[], index: number): boolean {
  const line = lines[index]!
  return (
    REPLY_HEADER.test(line) ||
    (HEADER_BLOCK_START.test(line) &&
      lines.slice(index + 1, index + 3).some((next) => HEADER_BLOCK_NEXT.test(next)))
  )
}

/** Lines shorter than this never continue onto the next line (addresses, headings, signatures). */
const SHORT_LINE = 40
/**
 * A line without final punctuation that is clearly shorter than the text's longest line, followed
 * by a line that starts with a capital or a digit, is a heading, not a wrapped line (issue #15):
 * "Informatie over de nieuwe afvalinzameling in uw wijk" above "Vanaf 1 januari …". Wrapped lines
 * run close to the wrap width, so they are not split.
 */
const HEADING_SHARE = 0.75

interface Line {
  start: number
  end: number
  text: string
}

function splitLines(source: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (let i = 0; i <= source.length; i++) {
    const char = source[i]
    if (i === source.length || char === '\n' || char === '\r') {
      lines.push({start, end: i, text: source.slice(start, i)})
      if (char === '\r' && source[i + 1] === '\n') i++
      start = i + 1
    }
  }
  return lines
}

const UNPUNCTUATED = /[^.!?:;,"'”’)*_\s]["'”’)*_]*\s*$/

/**
 * `previous` ends a unit above `next` (issue #15): it has no final punctuation, `next` starts with
 * a capital or a digit, and `previous` is a heading (short, or clearly shorter than the longest
 * line) or `next` is a short line without punctuation too (a list of lines: "Maandag papier",
 * "Dinsdag glas").
 */
export function headingAbove(previous: string, next: string, longest: number): boolean {
  const prev = previous.trim()
  const following = next.trim()
  return (
    UNPUNCTUATED.test(prev) &&
    /^[*_"'‘“(]*[\p{Lu}\d]/u.test(following) &&
    (prev.length < SHORT_LINE ||
      prev.length < longest * HEADING_SHARE ||
      (following.length < SHORT_LINE && UNPUNCTUATED.test(following)))
  )
}

function classify(text: string): UnitKind {
  if (SUBJECT.test(text)) return 'subject'
  if (CLOSING.test(text)) return 'closing'
  if (SALUTATION.test(text) && text.trim().length < 80 && /[,!]\s*$|^\s*\S+\s+\S+\s*$/.test(text))
    return 'salutation'
  return 'paragraph'
}

/**
 * Plain text: blank lines separate paragraphs; list items, salutation, subject and closing lines are
 * their own units; hard-wrapped lines inside a paragraph are joined (a line continues on the next
 * when it is long and does not end a sentence).
 */
export function loadText(source: string, path?: string): Document {
  const lines = splitLines(source)
  const longest = Math.max(0, ...lines.map((line) => line.text.trim().length))
  const units: Unit[] = []
  const directives: Directive[] = []
  const softBreaks: Array<[number, number]> = []
  let current: Unit | undefined
  let previous: Line | undefined
  // An e-mail answer saved as text may quote the message it answers below the closing ("Van: …",
  // "Verzonden: …", or "Op … schreef …:"), and quote lines with "> ": the reader's words, not the
  // writer's, so they are not analysed (as in .eml). Only below a closing line: above it, "Van:"
  // may be the mail's own header.
  const texts = lines.map((line) => line.text)
  const closing = texts.findIndex((line) => CLOSING.test(line))
  let reply = lines.length
  for (let i = closing + 1; closing !== -1 && i < lines.length; i++)
    if (startsReply(texts, i)) {
      reply = i
      break
    }

  const close = () => {
    if (current) {
      while (current.end > current.start && /\s/.test(source[current.end - 1]!)) current.end--
      if (current.end > current.start) units.push(current)
    }
    current = undefined
  }

  lines.forEach((line, index) => {
    if (index >= reply || /^\s*>/.test(line.text)) {
      close()
      previous = undefined
      return
    }
    const comment = COMMENT_WRAPPED.exec(line.text)
    const directive = parseDirective(comment ? (comment[1] ?? comment[2] ?? '') : line.text)
    if (directive) {
      directives.push({...directive, offset: line.start, line: index + 1})
      close()
      previous = undefined
      return
    }
    if (line.text.trim() === '') {
      close()
      previous = undefined
      return
    }
    const marker = LIST_MARKER.exec(line.text)
    const kind = marker ? 'listItem' : classify(line.text)
    const continues =
      current !== undefined &&
      previous !== undefined &&
      !marker &&
      kind === 'paragraph' &&
      current.kind !== 'salutation' &&
      current.kind !== 'subject' &&
      current.kind !== 'closing' &&
      previous.text.trim().length >= SHORT_LINE &&
      !/[.!?:;]["'”’)]?\s*$/.test(previous.text) &&
      !headingAbove(previous.text, line.text, longest)
    if (continues && current) {
      // Join the wrapped line: the line break becomes a space in the analysed text.
      softBreaks.push([previous!.end, line.start])
      current.end = line.end
    } else {
      close()
      const leading = marker ? marker[0].length : (/^\s*/.exec(line.text)?.[0].length ?? 0)
      current = {kind, start: line.start + leading, end: line.end}
    }
    previous = line
  })
  close()

  let text = ''
  let at = 0
  for (const [start, end] of softBreaks) {
    text += source.slice(at, start) + ' '.repeat(end - start)
    at = end
  }
  text = (text + source.slice(at)).replaceAll('\r', ' ')

  return {
    format: 'txt',
    ...(path === undefined ? {} : {path}),
    source,
    text,
    segments: [{textStart: 0, textEnd: source.length, sourceStart: 0, sourceEnd: source.length}],
    units,
    masked: [],
    directives,
    meta: {},
    writable: true,
  }
}
