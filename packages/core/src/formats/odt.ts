import {strFromU8} from 'fflate'
import {SaxesParser} from 'saxes'
import {DuidelijkError} from '../errors.js'
import type {Document, UnitKind} from '../types.js'
import {MAX_XML_DEPTH, officeDocument, unzipOffice, type OfficeParagraph} from './office.js'

type Paragraph = OfficeParagraph

/**
 * OpenDocument text (.odt, LibreOffice): paragraphs and headings of content.xml, list items, table
 * cells; annotations (comments) and tracked deletions left out; placeholders and user fields as
 * placeholders. Same Document shape and readable locations as Word files.
 */
export function loadOdt(bytes: Uint8Array, path?: string): Document {
  const entries = unzipOffice(
    bytes,
    (name) => name === 'content.xml',
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

  const paragraphs: Paragraph[] = []
  const stack: Paragraph[] = []
  let count_ = 0
  let table = 0
  let cell = 0
  let tableDepth = 0
  let listDepth = 0
  let skip = 0
  let depth = 0
  let field: {name: string; text: string} | undefined
  const parser = new SaxesParser()
  parser.on('error', (error) => {
    throw new DuidelijkError(
      'parse',
      `dit OpenDocument-bestand is beschadigd (content.xml: ${error.message.split('\n')[0]})`,
      path,
    )
  })
  const current = () => stack[stack.length - 1]
  parser.on('opentag', (tag) => {
    if (++depth > MAX_XML_DEPTH)
      throw new DuidelijkError('parse', 'dit OpenDocument-bestand is te diep genest', path)
    const name = tag.name
    if (
      name === 'office:annotation' ||
      name === 'text:tracked-changes' ||
      name === 'text:note-citation'
    ) {
      skip++
      return
    }
    if (skip) return
    if (name === 'table:table') {
      tableDepth++
      if (tableDepth === 1) table++
      cell = 0
    } else if (name === 'table:table-cell') cell++
    else if (name === 'text:list') listDepth++
    else if (name === 'text:p' || name === 'text:h') {
      const kind: UnitKind =
        name === 'text:h'
          ? 'heading'
          : tableDepth
            ? 'tableCell'
            : listDepth
              ? 'listItem'
              : 'paragraph'
      stack.push({
        label: tableDepth ? `tabel ${table}, cel ${cell}` : `alinea ${++count_}`,
        kind,
        pieces: [],
      })
    } else if (name === 'text:s')
      current()?.pieces.push({text: ' '.repeat(Number(tag.attributes['text:c'] ?? 1))})
    else if (name === 'text:tab' || name === 'text:line-break') current()?.pieces.push({text: ' '})
    else if (
      name === 'text:placeholder' ||
      name === 'text:user-field-get' ||
      name === 'text:database-display'
    ) {
      field = {
        name: String(tag.attributes['text:name'] ?? tag.attributes['text:column-name'] ?? ''),
        text: '',
      }
      skip++
    }
  })
  parser.on('text', (text) => {
    if (field) field.text += text
    else if (!skip) current()?.pieces.push({text})
  })
  parser.on('closetag', (tag) => {
    depth--
    const name = tag.name
    if (
      field &&
      (name === 'text:placeholder' ||
        name === 'text:user-field-get' ||
        name === 'text:database-display')
    ) {
      skip--
      // The field shows its name or its placeholder text; either way it is a field, not letter text.
      const label = field.text.trim() || field.name || 'veld'
      current()?.pieces.push({
        text: label.startsWith('«') ? label : `«${label}»`,
        placeholder: true,
      })
      field = undefined
      return
    }
    if (
      name === 'office:annotation' ||
      name === 'text:tracked-changes' ||
      name === 'text:note-citation'
    ) {
      skip--
      return
    }
    if (skip) return
    if (name === 'table:table') tableDepth--
    else if (name === 'text:list') listDepth--
    else if (name === 'text:p' || name === 'text:h') {
      const p = stack.pop()
      if (p && p.pieces.some((piece) => piece.text.trim())) paragraphs.push(p)
    }
  })
  try {
    parser.write(strFromU8(content)).close()
  } catch (error) {
    if (error instanceof DuidelijkError) throw error
    throw new DuidelijkError('parse', 'dit OpenDocument-bestand is beschadigd (content.xml)', path)
  }

  return officeDocument(paragraphs, 'odt', path)
}
