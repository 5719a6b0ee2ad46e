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

/** A content control: inline (a form field, a placeholder) or around paragraphs (block). */
interface ContentControl {
  paragraphs: number
  text: string
  placeholderShown: boolean
}

/** The MERGEFIELD name of a field instruction, if it is one. */
function mergeField(instruction: string): string | undefined {
  if (!/^\s*MERGEFIELD\b/i.test(instruction)) return undefined
  return /MERGEFIELD\s+"?([^\s"\\]+)/i.exec(instruction)?.[1] ?? 'veld'
}

/**
 * The state of reading one WordprocessingML part with saxes: `open`, `text` and `close` are the
 * parser's events. See `readPart`.
 */
class PartReader {
  readonly paragraphs: Paragraph[] = []
  private readonly stack: Paragraph[] = []
  private bodyCount = 0
  private table = 0
  private cell = 0
  private inText = false
  private deleted = 0
  private instr = ''
  private inInstr = false
  /** Complex field state: inside the result of a MERGEFIELD. */
  private fieldDepth = 0
  private fieldIsMerge = false
  private fieldResult = false
  private fieldText = ''
  /**
   * Content controls: one inside a paragraph (inline) is a form field and becomes a placeholder;
   * one around paragraphs (block) holds ordinary text, unless it still shows its placeholder text.
   */
  private readonly sdts: ContentControl[] = []
  private tableDepth = 0
  private footnoteSkip = false
  private noteCount = 0
  private noteLabel: string
  /** Inside mc:Fallback: the same content again for old Word versions (text boxes), skipped. */
  private fallback = 0
  private textBoxDepth = 0
  private textBoxCount = 0
  private runDepth = 0
  private runProps = false
  private runHidden = false
  private depth = 0

  constructor(
    private readonly part: string,
    private readonly label: string,
  ) {
    this.noteLabel = label
  }

  private inlineSdt(): ContentControl | undefined {
    const sdt = this.sdts[this.sdts.length - 1]
    return sdt && sdt.paragraphs === this.stack.length ? sdt : undefined
  }

  private blockPlaceholder(): boolean {
    return this.sdts.some((sdt) => sdt.paragraphs < this.stack.length && sdt.placeholderShown)
  }

  private current(): Paragraph | undefined {
    return this.stack[this.stack.length - 1]
  }

  private push(text: string, placeholder = false): void {
    const p = this.current()
    if (!p || !text) return
    const sdt = this.inlineSdt()
    if (sdt && !placeholder) sdt.text += text
    else p.pieces.push(placeholder || this.blockPlaceholder() ? {text, placeholder: true} : {text})
  }

  open(tag: {name: string; attributes: Record<string, unknown>}): void {
    if (++this.depth > MAX_XML_DEPTH)
      throw new DuidelijkError('parse', `dit Word-bestand is te diep genest (${this.part})`)
    const name = tag.name
    if (name === 'mc:Fallback') this.fallback++
    if (this.fallback) return
    switch (name) {
      case 'w:footnote':
      case 'w:endnote': {
        const type = tag.attributes['w:type']
        this.footnoteSkip = type === 'separator' || type === 'continuationSeparator'
        if (!this.footnoteSkip) this.noteLabel = `${this.label} ${++this.noteCount}`
        break
      }
      case 'w:txbxContent':
        this.textBoxDepth++
        this.textBoxCount++
        break
      case 'w:r':
        this.runDepth++
        break
      case 'w:rPr':
        if (this.runDepth > 0) this.runProps = true
        break
      case 'w:vanish': {
        // Hidden text (Word's "verborgen" font setting) is not printed, so nobody reads it.
        const value = String(tag.attributes['w:val'] ?? 'true')
        if (this.runProps && value !== 'false' && value !== '0') this.runHidden = true
        break
      }
      case 'w:noBreakHyphen':
        if (!this.deleted && !this.runHidden) this.push('-')
        break
      case 'w:showingPlcHdr': {
        const sdt = this.sdts[this.sdts.length - 1]
        if (sdt) sdt.placeholderShown = true
        break
      }
      case 'w:tbl':
        this.tableDepth++
        if (this.tableDepth === 1) this.table++
        this.cell = 0
        break
      case 'w:tc':
        this.cell++
        break
      case 'w:p':
        this.openParagraph()
        break
      default:
        this.openInline(tag)
    }
  }

  /** A paragraph starts: its kind and the label a finding shows. */
  private openParagraph(): void {
    if (this.footnoteSkip) return
    const {label} = this
    let unitLabel: string
    if (this.textBoxDepth > 0) unitLabel = `tekstvak ${this.textBoxCount}`
    else if (this.tableDepth > 0)
      unitLabel = `${label === 'tekst' ? '' : `${label}, `}tabel ${this.table}, cel ${this.cell}`
    else if (label === 'tekst') unitLabel = 'alinea'
    else unitLabel = this.noteLabel
    this.stack.push({
      part: this.part,
      label: unitLabel,
      kind: this.tableDepth > 0 ? 'tableCell' : 'paragraph',
      pieces: [],
    })
  }

  /** Tags inside a paragraph: styles, numbering, revisions, text, breaks, fields, controls. */
  private openInline(tag: {name: string; attributes: Record<string, unknown>}): void {
    switch (tag.name) {
      case 'w:pStyle': {
        const style = String(tag.attributes['w:val'] ?? '')
        const p = this.current()
        if (p && /^(?:heading|kop|titel|title)/i.test(style)) p.kind = 'heading'
        break
      }
      case 'w:numPr': {
        const p = this.current()
        if (p && p.kind === 'paragraph') p.kind = 'listItem'
        break
      }
      case 'w:del':
      case 'w:moveFrom':
        this.deleted++
        break
      case 'w:t':
        this.inText = true
        break
      case 'w:delText':
        this.inText = false
        break
      case 'w:tab':
      case 'w:br':
      case 'w:cr':
        if (!this.deleted && !this.runHidden) this.push(' ')
        break
      case 'w:instrText':
        this.inInstr = true
        break
      case 'w:fldChar':
        this.fieldChar(tag.attributes['w:fldCharType'])
        break
      case 'w:fldSimple': {
        const field = mergeField(String(tag.attributes['w:instr'] ?? ''))
        if (field !== undefined) {
          this.push(`«${field}»`, true)
          this.fieldDepth += 1000 // text inside a simple field is its display value: skip it
        }
        break
      }
      case 'w:sdt':
        this.sdts.push({paragraphs: this.stack.length, text: '', placeholderShown: false})
        break
    }
  }

  /** A complex field's begin, separator or end: a MERGEFIELD's result becomes a placeholder. */
  private fieldChar(type: unknown): void {
    if (type === 'begin') {
      this.fieldDepth++
      this.instr = ''
      this.fieldIsMerge = false
      this.fieldResult = false
      this.fieldText = ''
    } else if (type === 'separate' && this.fieldDepth > 0) {
      this.fieldIsMerge = /^\s*MERGEFIELD\b/i.test(this.instr)
      this.fieldResult = true
    } else if (type === 'end' && this.fieldDepth > 0) {
      if (this.fieldIsMerge) {
        const field = /MERGEFIELD\s+"?([^\s"\\]+)/i.exec(this.instr)?.[1] ?? 'veld'
        this.push(this.fieldText.trim() || `«${field}»`, true)
      }
      this.fieldDepth--
      this.fieldResult = false
      this.fieldIsMerge = false
    }
  }

  text(text: string): void {
    if (this.inInstr) {
      this.instr += text
      return
    }
    if (!this.inText || this.deleted || this.footnoteSkip || this.fallback || this.runHidden) return
    if (this.fieldDepth >= 1000) return
    if (this.fieldResult && this.fieldIsMerge) {
      this.fieldText += text
      return
    }
    this.push(text)
  }

  close(tag: {name: string}): void {
    this.depth--
    if (tag.name === 'mc:Fallback') {
      this.fallback--
      return
    }
    if (this.fallback) return
    switch (tag.name) {
      case 'w:txbxContent':
        this.textBoxDepth--
        break
      case 'w:r':
        this.runDepth--
        if (this.runDepth === 0) this.runHidden = false
        break
      case 'w:rPr':
        this.runProps = false
        break
      case 'w:t':
        this.inText = false
        break
      case 'w:instrText':
        this.inInstr = false
        break
      case 'w:del':
      case 'w:moveFrom':
        this.deleted--
        break
      case 'w:fldSimple':
        if (this.fieldDepth >= 1000) this.fieldDepth -= 1000
        break
      case 'w:sdt': {
        const sdt = this.inlineSdt()
        this.sdts.pop()
        // An inline content control is a form field: its text is a placeholder, not the letter's words.
        const value = sdt?.text.trim()
        if (value) this.push(/^«.*»$/.test(value) ? value : `«${value}»`, true)
        break
      }
      case 'w:p':
        this.closeParagraph()
        break
      case 'w:tbl':
        this.tableDepth--
        break
      case 'w:footnote':
      case 'w:endnote':
        this.footnoteSkip = false
        break
    }
  }

  private closeParagraph(): void {
    if (this.footnoteSkip) return
    const p = this.stack.pop()
    if (p && p.pieces.some((piece) => piece.text.trim())) {
      // Numbered when it closes and has text: empty paragraphs and the holder of a text box
      // are no "alinea" to the reader.
      if (p.label === 'alinea') p.label = `alinea ${++this.bodyCount}`
      this.paragraphs.push(p)
    }
  }
}

/**
 * Read the paragraphs of one WordprocessingML part: runs merged into words, deletions left out,
 * insertions kept, MERGEFIELD fields, content controls and «…» merge fields as placeholders,
 * numbered paragraphs as list items, heading styles as headings, table cells and text boxes as
 * units of their own.
 */
function readPart(xml: string, part: string, label: string): Paragraph[] {
  const parser = new SaxesParser()
  const reader = new PartReader(part, label)
  parser.on('error', (error) => {
    throw new DuidelijkError(
      'parse',
      `dit Word-bestand is beschadigd (${part}: ${error.message.split('\n')[0]})`,
    )
  })
  parser.on('opentag', (tag) => reader.open(tag))
  parser.on('text', (text) => reader.text(text))
  parser.on('closetag', (tag) => reader.close(tag))
  parser.write(xml).close()
  return reader.paragraphs
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
