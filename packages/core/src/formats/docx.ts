import {strFromU8} from 'fflate'
import {SaxesParser} from 'saxes'
import {DuidelijkError} from '../errors.js'
import type {Document} from '../types.js'
import {MAX_XML_DEPTH, officeDocument, unzipOffice, type OfficeParagraph} from './office.js'

interface Paragraph extends OfficeParagraph {
  part: string
}

/** Parts of a .docx with text a reader sees, in reading order. */
function partsOf(names: string[]): Array<{name: string; label: string}> {
  const number = (name: string) => Number(/(?<!\d)(\d+)\.xml$/.exec(name)?.[1] ?? 0)
  const sorted = (prefix: string) =>
    names
      .filter((n) => new RegExp(`^word/${prefix}\\d*\\.xml$`).test(n))
      .sort((a, b) => number(a) - number(b))
  return [
    ...sorted('header').map((name, i) => ({
      name,
      label: i === 0 ? 'koptekst' : `koptekst ${i + 1}`,
    })),
    {name: 'word/document.xml', label: 'tekst'},
    ...sorted('footer').map((name, i) => ({
      name,
      label: i === 0 ? 'voettekst' : `voettekst ${i + 1}`,
    })),
    ...(names.includes('word/footnotes.xml')
      ? [{name: 'word/footnotes.xml', label: 'voetnoot'}]
      : []),
    ...(names.includes('word/endnotes.xml')
      ? [{name: 'word/endnotes.xml', label: 'eindnoot'}]
      : []),
  ]
}

/**
 * Read the paragraphs of one WordprocessingML part: runs merged into words, deletions left out,
 * insertions kept, MERGEFIELD fields, content controls and «…» merge fields as placeholders,
 * numbered paragraphs as list items, heading styles as headings, table cells and text boxes as
 * units of their own.
 */
function readPart(xml: string, part: string, label: string): Paragraph[] {
  const parser = new SaxesParser()
  const paragraphs: Paragraph[] = []
  const stack: Paragraph[] = []
  let bodyCount = 0
  let table = 0
  let cell = 0
  let inText = false
  let deleted = 0
  let instr = ''
  let inInstr = false
  /** Complex field state: inside the result of a MERGEFIELD. */
  let fieldDepth = 0
  let fieldIsMerge = false
  let fieldResult = false
  let fieldText = ''
  /**
   * Content controls: one inside a paragraph (inline) is a form field and becomes a placeholder;
   * one around paragraphs (block) holds ordinary text, unless it still shows its placeholder text.
   */
  const sdts: Array<{paragraphs: number; text: string; placeholderShown: boolean}> = []
  let tableDepth = 0
  let footnoteSkip = false
  let noteCount = 0
  let noteLabel = label
  /** Inside mc:Fallback: the same content again for old Word versions (text boxes), skipped. */
  let fallback = 0
  let textBoxDepth = 0
  let textBoxCount = 0
  let runDepth = 0
  let runProps = false
  let runHidden = false
  const inlineSdt = () => {
    const sdt = sdts[sdts.length - 1]
    return sdt && sdt.paragraphs === stack.length ? sdt : undefined
  }
  const blockPlaceholder = () =>
    sdts.some((sdt) => sdt.paragraphs < stack.length && sdt.placeholderShown)

  const current = () => stack[stack.length - 1]
  const push = (text: string, placeholder = false) => {
    const p = current()
    if (!p || !text) return
    const sdt = inlineSdt()
    if (sdt && !placeholder) sdt.text += text
    else p.pieces.push(placeholder || blockPlaceholder() ? {text, placeholder: true} : {text})
  }

  parser.on('error', (error) => {
    throw new DuidelijkError(
      'parse',
      `dit Word-bestand is beschadigd (${part}: ${error.message.split('\n')[0]})`,
    )
  })
  let depth = 0
  parser.on('opentag', (tag) => {
    if (++depth > MAX_XML_DEPTH)
      throw new DuidelijkError('parse', `dit Word-bestand is te diep genest (${part})`)
    const name = tag.name
    if (name === 'mc:Fallback') fallback++
    if (fallback) return
    switch (name) {
      case 'w:footnote':
      case 'w:endnote': {
        const type = tag.attributes['w:type']
        footnoteSkip = type === 'separator' || type === 'continuationSeparator'
        if (!footnoteSkip) noteLabel = `${label} ${++noteCount}`
        break
      }
      case 'w:txbxContent':
        textBoxDepth++
        textBoxCount++
        break
      case 'w:r':
        runDepth++
        break
      case 'w:rPr':
        if (runDepth > 0) runProps = true
        break
      case 'w:vanish': {
        // Hidden text (Word's "verborgen" font setting) is not printed, so nobody reads it.
        const value = String(tag.attributes['w:val'] ?? 'true')
        if (runProps && value !== 'false' && value !== '0') runHidden = true
        break
      }
      case 'w:noBreakHyphen':
        if (!deleted && !runHidden) push('-')
        break
      case 'w:showingPlcHdr': {
        const sdt = sdts[sdts.length - 1]
        if (sdt) sdt.placeholderShown = true
        break
      }
      case 'w:tbl':
        tableDepth++
        if (tableDepth === 1) table++
        cell = 0
        break
      case 'w:tc':
        cell++
        break
      case 'w:p': {
        if (footnoteSkip) break
        let unitLabel: string
        if (textBoxDepth > 0) unitLabel = `tekstvak ${textBoxCount}`
        else if (tableDepth > 0)
          unitLabel = `${label === 'tekst' ? '' : `${label}, `}tabel ${table}, cel ${cell}`
        else if (label === 'tekst') unitLabel = 'alinea'
        else unitLabel = noteLabel
        stack.push({
          part,
          label: unitLabel,
          kind: tableDepth > 0 ? 'tableCell' : 'paragraph',
          pieces: [],
        })
        break
      }
      case 'w:pStyle': {
        const style = String(tag.attributes['w:val'] ?? '')
        const p = current()
        if (p && /^(?:heading|kop|titel|title)/i.test(style)) p.kind = 'heading'
        break
      }
      case 'w:numPr': {
        const p = current()
        if (p && p.kind === 'paragraph') p.kind = 'listItem'
        break
      }
      case 'w:del':
      case 'w:moveFrom':
        deleted++
        break
      case 'w:t':
        inText = true
        break
      case 'w:delText':
        inText = false
        break
      case 'w:tab':
      case 'w:br':
      case 'w:cr':
        if (!deleted && !runHidden) push(' ')
        break
      case 'w:instrText':
        inInstr = true
        break
      case 'w:fldChar': {
        const type = tag.attributes['w:fldCharType']
        if (type === 'begin') {
          fieldDepth++
          instr = ''
          fieldIsMerge = false
          fieldResult = false
          fieldText = ''
        } else if (type === 'separate' && fieldDepth > 0) {
          fieldIsMerge = /^\s*MERGEFIELD\b/i.test(instr)
          fieldResult = true
        } else if (type === 'end' && fieldDepth > 0) {
          if (fieldIsMerge) {
            const field = /MERGEFIELD\s+"?([^\s"\\]+)/i.exec(instr)?.[1] ?? 'veld'
            push(fieldText.trim() || `«${field}»`, true)
          }
          fieldDepth--
          fieldResult = false
          fieldIsMerge = false
        }
        break
      }
      case 'w:fldSimple': {
        const instruction = String(tag.attributes['w:instr'] ?? '')
        if (/^\s*MERGEFIELD\b/i.test(instruction)) {
          const field = /MERGEFIELD\s+"?([^\s"\\]+)/i.exec(instruction)?.[1] ?? 'veld'
          push(`«${field}»`, true)
          fieldDepth += 1000 // text inside a simple field is its display value: skip it
        }
        break
      }
      case 'w:sdt':
        sdts.push({paragraphs: stack.length, text: '', placeholderShown: false})
        break
    }
  })
  parser.on('text', (text) => {
    if (inInstr) {
      instr += text
      return
    }
    if (!inText || deleted || footnoteSkip || fallback || runHidden) return
    if (fieldDepth >= 1000) return
    if (fieldResult && fieldIsMerge) {
      fieldText += text
      return
    }
    push(text)
  })
  parser.on('closetag', (tag) => {
    depth--
    if (tag.name === 'mc:Fallback') {
      fallback--
      return
    }
    if (fallback) return
    switch (tag.name) {
      case 'w:txbxContent':
        textBoxDepth--
        break
      case 'w:r':
        runDepth--
        if (runDepth === 0) runHidden = false
        break
      case 'w:rPr':
        runProps = false
        break
      case 'w:t':
        inText = false
        break
      case 'w:instrText':
        inInstr = false
        break
      case 'w:del':
      case 'w:moveFrom':
        deleted--
        break
      case 'w:fldSimple':
        if (fieldDepth >= 1000) fieldDepth -= 1000
        break
      case 'w:sdt': {
        const sdt = inlineSdt()
        sdts.pop()
        // An inline content control is a form field: its text is a placeholder, not the letter's words.
        const value = sdt?.text.trim()
        if (value) push(/^«.*»$/.test(value) ? value : `«${value}»`, true)
        break
      }
      case 'w:p': {
        if (footnoteSkip) break
        const p = stack.pop()
        if (p && p.pieces.some((piece) => piece.text.trim())) {
          // Numbered when it closes and has text: empty paragraphs and the holder of a text box
          // are no "alinea" to the reader.
          if (p.label === 'alinea') p.label = `alinea ${++bodyCount}`
          paragraphs.push(p)
        }
        break
      }
      case 'w:tbl':
        tableDepth--
        break
      case 'w:footnote':
      case 'w:endnote':
        footnoteSkip = false
        break
    }
  })
  parser.write(xml).close()
  return paragraphs
}

/**
 * Word (.docx): body, tables, headers, footers, footnotes and text boxes, read with a real zip
 * reader (fflate) and XML parser (saxes). The Document's source is the extracted text, one
 * paragraph per line; findings carry a readable location ("alinea 3", "tabel 1, cel 2",
 * "koptekst") and an excerpt. Word files are never written (`writable: false`).
 */
export function loadDocx(bytes: Uint8Array, path?: string): Document {
  const entries = unzipOffice(
    bytes,
    (name) => /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(name),
    'Word-bestand (.docx)',
    path,
  )
  if (!entries['word/document.xml']) {
    throw new DuidelijkError(
      'format',
      'dit is geen Word-document: word/document.xml ontbreekt',
      path,
    )
  }
  const paragraphs: Paragraph[] = []
  for (const {name, label} of partsOf(Object.keys(entries))) {
    const data = entries[name]
    if (!data) continue
    try {
      paragraphs.push(...readPart(strFromU8(data), name, label))
    } catch (error) {
      if (error instanceof DuidelijkError) throw new DuidelijkError(error.code, error.message, path)
      throw new DuidelijkError('parse', `dit Word-bestand is beschadigd (${name})`, path)
    }
  }

  // The source is the extracted text, one paragraph per line, so line numbers are paragraphs.
  return officeDocument(paragraphs, 'docx', path, {
    parts: [...new Set(paragraphs.map((p) => p.part))],
  })
}
