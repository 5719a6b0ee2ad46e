import {parseDirective} from '../nlp/directives.js'
import type {Directive, Document, Unit, UnitKind} from '../types.js'

const LIST_MARKER = /^[ \t]*(?:[-*•–▪·]|\d{1,3}[.)]|[a-z][.)])[ \t]+/
const SALUTATION =
  /^\s*(?:geachte|beste|hallo|dag|lieve|hoi|goedemorgen|goedemiddag)\b[^\n]*(?:\n\s*)?$/i
const CLOSING =
  /^\s*(?:met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hoogachtend|met hartelijke groet(?:en)?|groet(?:en)?),?\s*$/i
const SUBJECT = /^\s*(?:onderwerp|betreft|kenmerk)\s*:/i
const COMMENT_WRAPPED = /^\s*(?:<!--(.*?)-->\s*|(?:#|\/\/)(.*))$/

/** Lines shorter than this never continue onto the next line (addresses, headings, signatures). */
const SHORT_LINE = 40

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
  const units: Unit[] = []
  const directives: Directive[] = []
  const softBreaks: Array<[number, number]> = []
  let current: Unit | undefined
  let previous: Line | undefined

  const close = () => {
    if (current) {
      while (current.end > current.start && /\s/.test(source[current.end - 1]!)) current.end--
      if (current.end > current.start) units.push(current)
    }
    current = undefined
  }

  lines.forEach((line, index) => {
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
      !/[.!?:;]["'”’)]?\s*$/.test(previous.text)
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
