import PostalMime from 'postal-mime'
import {DuidelijkError} from '../errors.js'
import type {Document, Segment} from '../types.js'
import {loadHtml} from './html.js'
import {loadText} from './txt.js'

/** "Op 3 maart 2025 schreef Jan Jansen:" and "On … wrote:": where a quoted reply starts. */
const REPLY_HEADER =
  /^\s*(?:op\s.{3,120}\sschreef\s.{0,120}:|on\s.{3,120}\swrote:|-{2,}\s*(?:oorspronkelijk|original)\s+(?:bericht|message)\s*-{2,}|van:\s.+)$/im

/**
 * The part of a plain-text body the writer wrote: quoted lines ("> …"), everything from a reply
 * header on, and the signature after "-- " are left out (blanked, so offsets stay put).
 */
function ownText(text: string): string {
  const lines = text.split('\n')
  let cut = lines.length
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (/^-- ?$/.test(line.replace(/\r$/, '')) || REPLY_HEADER.test(line)) {
      cut = i
      break
    }
  }
  return lines
    .map((line, i) => (i >= cut || /^\s*>/.test(line) ? ' '.repeat(line.length) : line))
    .join('\n')
}

/** Same for HTML: quoted replies in <blockquote> and everything after a reply header or "-- ". */
function ownHtml(html: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ')
  let result = html.replace(/<blockquote[\s\S]*?<\/blockquote>/gi, blank)
  const marker =
    /(?:^|>)\s*(?:--\s*<br|-- ?\n|(?:op|on)\s[^<]{3,120}\s(?:schreef|wrote)[^<]{0,120}:)/im.exec(
      result,
    )
  if (marker) result = result.slice(0, marker.index) + blank(result.slice(marker.index))
  return result
}

/**
 * E-mail (.eml) with postal-mime: the subject is checked as a sentence, the HTML part when present
 * (else the plain text), quoted replies and the signature left out, attachments listed in
 * `meta.attachments`. The Document's source is "Onderwerp: <subject>", a blank line and the
 * decoded body of the checked part, so locations are lines and columns of that decoded text;
 * `meta.part` names the part ("text/html" or "text/plain").
 */
export async function loadEml(bytes: Uint8Array, path?: string): Promise<Document> {
  let email
  try {
    // Limits against hostile messages: nesting of MIME parts and of forwarded messages, header size.
    email = await PostalMime.parse(bytes, {
      maxNestingDepth: 50,
      maxRfc822NestingDepth: 3,
      maxHeadersSize: 1024 * 1024,
    })
  } catch (error) {
    throw new DuidelijkError(
      'parse',
      `deze e-mail kan niet worden gelezen (${(error as Error).message})`,
      path,
    )
  }
  const subject = (email.subject ?? '').replace(/\s+/g, ' ').trim()
  const part = email.html ? 'text/html' : 'text/plain'
  const body = email.html ?? email.text ?? ''
  if (!subject && !body.trim()) {
    throw new DuidelijkError('format', 'deze e-mail heeft geen onderwerp en geen tekst', path)
  }
  const prefix = subject ? `Onderwerp: ${subject}\n\n` : ''
  const inner = email.html ? loadHtml(ownHtml(body)) : loadText(ownText(body))
  const shift = prefix.length
  const segments: Segment[] = []
  const units = []
  let text = ''
  if (subject) {
    text = prefix.trimEnd()
    segments.push({textStart: 0, textEnd: text.length, sourceStart: 0, sourceEnd: text.length})
    units.push({kind: 'subject' as const, start: 0, end: text.length})
    text += '\n\n'
  }
  const offset = text.length
  text += inner.text
  for (const s of inner.segments) {
    segments.push({
      textStart: s.textStart + offset,
      textEnd: s.textEnd + offset,
      sourceStart: s.sourceStart + shift,
      sourceEnd: s.sourceEnd + shift,
    })
  }
  for (const u of inner.units) units.push({...u, start: u.start + offset, end: u.end + offset})
  return {
    format: 'eml',
    ...(path === undefined ? {} : {path}),
    source: prefix + body,
    text,
    segments,
    units,
    masked: inner.masked.map((m) => ({...m, start: m.start + offset, end: m.end + offset})),
    directives: inner.directives.map((d) => ({
      ...d,
      offset: d.offset + shift,
      line: d.line + (subject ? 2 : 0),
    })),
    ...(inner.lang ? {lang: inner.lang} : {}),
    meta: {
      part,
      subject,
      attachments: email.attachments.map((a) => ({filename: a.filename, mimeType: a.mimeType})),
    },
    writable: false,
  }
}
