import PostalMime from 'postal-mime'
import {DuidelijkError} from '../errors.js'
import type {Document, Segment} from '../types.js'
import {emlFileRange, windows1252} from './eml-position.js'
import {loadHtml} from './html.js'
import {loadText, startsReply} from './txt.js'

/**
 * The part of a plain-text body the writer wrote: quoted lines ("> …"), everything from a reply
 * header on, and the signature after "-- " are left out (blanked, so offsets stay put).
 */
function ownText(text: string): string {
  const lines = text.split('\n')
  let cut = lines.length
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (/^-- ?$/.test(line.replace(/\r$/, '')) || startsReply(lines, i)) {
      cut = i
      break
    }
  }
  return lines
    .map((line, i) => (i >= cut || /^\s*>/.test(line) ? ' '.repeat(line.length) : line))
    .join('\n')
}

/**
 * Same for HTML: quoted replies in <blockquote>, and everything from a reply header, "-- " or the
 * quote container of a mail program (Gmail `gmail_quote`, Outlook `divRplyFwdMsg`, Thunderbird
 * `moz-cite-prefix`) on. Blanked characters become spaces, so offsets stay put.
 */
function ownHtml(html: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ')
  let result = html.replace(/<blockquote[\s\S]*?<\/blockquote>/gi, blank)
  const marker =
    /(?:^|>)[ \t]*(?:--\s*<br|-- ?\n|(?:op|on)\s[^<]{3,120}\s(?:schreef|wrote)[^<]{0,120}:)|<div[^>]*(?:class=["']?(?:gmail_quote|moz-cite-prefix)|id=["']?(?:divRplyFwdMsg|appendonsend))/im.exec(
      result,
    )
  if (marker) result = result.slice(0, marker.index) + blank(result.slice(marker.index))
  return result
}

/** The parts of postal-mime's tree we read to repair a wrong charset (not in its typings). */
interface MimeNode {
  childNodes?: MimeNode[]
  content?: Uint8Array | null
  contentType?: {multipart?: unknown; parsed?: {value?: string; params?: {charset?: string}}}
  getTextContent?: () => string
}

/**
 * A text part that declares one charset (or none, meaning utf-8) but holds Windows-1252 bytes
 * decodes with U+FFFD replacement characters. Decode such a part again as Windows-1252 and put
 * that text in place; returns the repaired body and whether anything was repaired.
 */
function repairCharset(root: MimeNode | undefined, type: string, body: string): string | undefined {
  let repaired: string | undefined
  const walk = (node: MimeNode, depth: number) => {
    if (depth > 60) return
    for (const child of node.childNodes ?? []) walk(child, depth + 1)
    if (node.contentType?.multipart || !node.content || !node.getTextContent) return
    if ((node.contentType?.parsed?.value ?? 'text/plain').toLowerCase() !== type) return
    const wrong = node.getTextContent()
    if (!wrong.includes('\ufffd')) return
    const right = windows1252(new TextDecoder('latin1').decode(node.content))
    const current = repaired ?? body
    for (const [from, to] of [
      [wrong, right],
      [wrong.replace(/\r\n/g, '\n'), right.replace(/\r\n/g, '\n')],
    ] as const) {
      if (current.includes(from)) {
        repaired = current.replace(from, () => to)
        return
      }
    }
  }
  if (root) walk(root, 0)
  return repaired
}

/**
 * A multipart message whose closing boundary ("--grens--") never comes was cut off (a failed
 * download, a copy that stopped halfway): its last part is incomplete, so refuse it clearly.
 */
function assertComplete(bytes: Uint8Array, path: string | undefined): void {
  const raw = new TextDecoder('latin1').decode(bytes)
  for (const match of raw.matchAll(
    /^content-type:[^\n]*(?:\r?\n[ \t][^\n]*)*?boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/gim,
  )) {
    const boundary = match[1] ?? match[2]!
    if (!raw.includes(`--${boundary}--`)) {
      throw new DuidelijkError(
        'parse',
        `deze e-mail is onvolledig: het einde van het deel met grens "${boundary}" ontbreekt (afgebroken download of kopie?)`,
        path,
      )
    }
  }
}

/** postal-mime's limits (English) as a Dutch message; other parse errors keep their detail. */
function emlError(message: string): string {
  const depth = /nesting depth of (\d+)/i.exec(message)
  if (depth)
    return `deze e-mail is te diep genest (meer dan ${depth[1]} niveaus van MIME-delen) en wordt niet gelezen`
  if (/header size/i.test(message))
    return 'de kopregels van deze e-mail zijn groter dan 1 MB; de e-mail wordt niet gelezen'
  return `deze e-mail kan niet worden gelezen (${message})`
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
  // Limits against hostile messages: nesting of MIME parts and of forwarded messages, header size.
  const parser = new PostalMime({
    maxNestingDepth: 50,
    maxRfc822NestingDepth: 3,
    maxHeadersSize: 1024 * 1024,
  })
  try {
    email = await parser.parse(bytes)
  } catch (error) {
    throw new DuidelijkError('parse', emlError((error as Error).message), path)
  }
  assertComplete(bytes, path)
  const subject = windows1252(email.subject ?? '')
    .replace(/\s+/g, ' ')
    .trim()
  const hasBody = Boolean((email.html ?? email.text ?? '').trim())
  const part = email.html ? 'text/html' : 'text/plain'
  let body = email.html ?? email.text ?? ''
  if (!subject && !hasBody) {
    throw new DuidelijkError('format', 'deze e-mail heeft geen onderwerp en geen tekst', path)
  }
  const repaired = repairCharset((parser as unknown as {root?: MimeNode}).root, part, body)
  if (repaired !== undefined) body = repaired
  body = windows1252(body)
  const prefix = subject ? `Onderwerp: ${subject}\n\n` : ''
  const inner = email.html ? loadHtml(ownHtml(body), path) : loadText(ownText(body), path)
  const shift = prefix.length
  const segments: Segment[] = []
  const units = []
  let text = ''
  if (subject) {
    text = prefix.trimEnd()
    segments.push({textStart: 0, textEnd: text.length, sourceStart: 0, sourceEnd: text.length})
    units.push({kind: 'subject' as const, start: 0, end: text.length})
    if (inner.text) text += '\n\n'
  }
  const offset = text.length
  text += inner.text
  for (const s of inner.segments) {
    segments.push({
      textStart: s.textStart + offset,
      textEnd: s.textEnd + offset,
      sourceStart: s.sourceStart + shift,
      sourceEnd: s.sourceEnd + shift,
      ...(s.approximate ? {approximate: true as const} : {}),
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
      ...(hasBody ? {part} : {}),
      subject,
      // The sender's address: a reader can answer an e-mail (the contactgegevens rule).
      ...(email.from?.address ? {from: email.from.address} : {}),
      attachments: email.attachments.map((a) => ({filename: a.filename, mimeType: a.mimeType})),
      // The tekenset rule reports this: the part said utf-8 (or nothing) but held Windows-1252.
      ...(repaired === undefined ? {} : {detectedEncoding: 'windows-1252'}),
    },
    fileRange: emlFileRange(bytes, {
      subject,
      prefix,
      body,
      type: hasBody ? part : undefined,
    }),
    partOf: (offset: number) =>
      subject && offset < prefix.length ? 'subject' : hasBody ? part : undefined,
    writable: false,
  }
}
