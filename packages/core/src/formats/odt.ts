import {strFromU8} from 'fflate'
import {SaxesParser} from 'saxes'
import {DuidelijkError} from '../errors.js'
import type {Document, UnitKind} from '../types.js'
import {MAX_XML_DEPTH, officeDocument, unzipOffice, type OfficeParagraph} from './office.js'

const FIELDS = new Set(['text:placeholder', 'text:user-field-get', 'text:database-display'])
/** Content a reader does not see as letter text: comments, the record of deleted text. */
const SKIP = new Set(['office:annotation', 'text:tracked-changes', 'text:note-citation'])
const HEADER = /^style:header(?:-first|-left)?$/
const FOOTER = /^style:footer(?:-first|-left)?$/

/** The error for a file that cannot be parsed, naming the part. */
function damaged(where: string, path: string | undefined): DuidelijkError {
  return new DuidelijkError('parse', `dit OpenDocument-bestand is beschadigd (${where})`, path)
}

/** The unit kind of a text:p or text:h. */
function unitKind(name: string, tableDepth: number, listDepth: number): UnitKind {
  if (name === 'text:h') return 'heading'
  if (tableDepth) return 'tableCell'
  return listDepth ? 'listItem' : 'paragraph'
}

/** The readable location of a paragraph outside headers, footers and notes. */
function unitLabel(
  textBox: number,
  textBoxCount: number,
  tableDepth: number,
  table: number,
  cell: number,
): string {
  if (textBox) return `tekstvak ${textBoxCount}`
  return tableDepth ? `tabel ${table}, cel ${cell}` : 'alinea'
}

/** A field as a placeholder piece. */
function fieldPiece(field: {name: string; text: string}): OfficeParagraph['pieces'][number] {
  // The field shows its name or its placeholder text; either way it is a field, not letter text.
  const label = field.text.trim() || field.name || 'veld'
  return {text: label.startsWith('«') ? label : `«${label}»`, placeholder: true}
}

/**
 * Read the paragraphs of content.xml (`part` "content") or the headers and footers of styles.xml
 * (`part` "styles"). Notes are returned apart, so they can follow the body as in Word files.
 */
function readPart(
  xml: string,
  part: 'content' | 'styles',
  path: string | undefined,
): {paragraphs: OfficeParagraph[]; headers: OfficeParagraph[]; notes: OfficeParagraph[]} {
  const paragraphs: OfficeParagraph[] = []
  const headers: OfficeParagraph[] = []
  const notes: OfficeParagraph[] = []
  const stack: OfficeParagraph[] = []
  let bodyCount = 0
  const noteCount = {footnote: 0, endnote: 0}
  let note: string | undefined
  let noteDepth = 0
  let textBox = 0
  let textBoxCount = 0
  let region: 'koptekst' | 'voettekst' | undefined
  let table = 0
  let cell = 0
  let tableDepth = 0
  let listDepth = 0
  let skip = 0
  let depth = 0
  let field: {name: string; text: string} | undefined
  const parser = new SaxesParser()
  parser.on('error', (error) => {
    throw damaged(`${part}.xml: ${error.message.split('\n')[0]}`, path)
  })
  const current = () => stack[stack.length - 1]
  parser.on('opentag', (tag) => {
    if (++depth > MAX_XML_DEPTH)
      throw new DuidelijkError('parse', 'dit OpenDocument-bestand is te diep genest', path)
    const name = tag.name
    if (part === 'styles') {
      if (HEADER.test(name)) region = 'koptekst'
      else if (FOOTER.test(name)) region = 'voettekst'
      if (!region) return
    }
    if (SKIP.has(name)) {
      skip++
      return
    }
    if (skip) return
    if (name === 'text:note') {
      const kind = tag.attributes['text:note-class'] === 'endnote' ? 'endnote' : 'footnote'
      note = `${kind === 'endnote' ? 'eindnoot' : 'voetnoot'} ${++noteCount[kind]}`
      noteDepth = stack.length
    } else if (name === 'draw:text-box') {
      textBox++
      textBoxCount++
    } else if (name === 'table:table') {
      tableDepth++
      if (tableDepth === 1) table++
      cell = 0
    } else if (name === 'table:table-cell') cell++
    else if (name === 'text:list') listDepth++
    else if (name === 'text:p' || name === 'text:h') {
      const kind = unitKind(name, tableDepth, listDepth)
      const label = region ?? note ?? unitLabel(textBox, textBoxCount, tableDepth, table, cell)
      stack.push({label, kind, pieces: []})
    } else if (name === 'text:s')
      current()?.pieces.push({text: ' '.repeat(Number(tag.attributes['text:c'] ?? 1))})
    else if (name === 'text:tab' || name === 'text:line-break') current()?.pieces.push({text: ' '})
    else if (FIELDS.has(name)) {
      field = {
        name: String(tag.attributes['text:name'] ?? tag.attributes['text:column-name'] ?? ''),
        text: '',
      }
      skip++
    }
  })
  parser.on('text', (text) => {
    if (part === 'styles' && !region) return
    if (field) field.text += text
    else if (!skip) current()?.pieces.push({text})
  })
  parser.on('closetag', (tag) => {
    depth--
    const name = tag.name
    if (part === 'styles') {
      if (HEADER.test(name) || FOOTER.test(name)) {
        region = undefined
        return
      }
      if (!region) return
    }
    if (field && FIELDS.has(name)) {
      skip--
      current()?.pieces.push(fieldPiece(field))
      field = undefined
      return
    }
    if (SKIP.has(name)) {
      skip--
      return
    }
    if (skip) return
    if (name === 'text:note') note = undefined
    else if (name === 'draw:text-box') textBox--
    else if (name === 'table:table') tableDepth--
    else if (name === 'text:list') listDepth--
    else if (name === 'text:p' || name === 'text:h') {
      const p = stack.pop()
      if (!p || !p.pieces.some((piece) => piece.text.trim())) return
      if (p.label === 'alinea') p.label = `alinea ${++bodyCount}`
      if (region === 'koptekst') headers.push(p)
      else if (note && stack.length >= noteDepth) notes.push(p)
      else paragraphs.push(p)
    }
  })
  try {
    parser.write(xml).close()
  } catch (error) {
    if (error instanceof DuidelijkError) throw error
    throw damaged(`${part}.xml`, path)
  }
  return {paragraphs, headers, notes}
}

/**
 * OpenDocument text (.odt, LibreOffice): headings, paragraphs, list items, table cells and text
 * boxes of content.xml, headers and footers of styles.xml, footnotes and endnotes; annotations
 * (comments) and tracked deletions left out; placeholders, user fields and database fields as
 * placeholders. Same Document shape and readable locations as Word files.
 */
export function loadOdt(bytes: Uint8Array, path?: string): Document {
  const entries = unzipOffice(
    bytes,
    (name) => name === 'content.xml' || name === 'styles.xml',
    'OpenDocument-bestand (.odt)',
    path,
  )
  const content = entries['content.xml']
  if (!content)
    throw new DuidelijkError(
      'format',
      'dit is geen OpenDocument-tekst: content.xml ontbreekt',
      path,
    )
  const body = readPart(strFromU8(content), 'content', path)
  const styles = entries['styles.xml']
    ? readPart(strFromU8(entries['styles.xml']), 'styles', path)
    : undefined
  const footers = styles?.paragraphs ?? []
  return officeDocument(
    [...(styles?.headers ?? []), ...body.paragraphs, ...footers, ...body.notes],
    'odt',
    path,
  )
}
