import type {Root, Sentence, Word} from 'nlcst'

/** Severity of a finding as configured. */
export type Severity = 'error' | 'warning' | 'info'
/** Severity in configuration: a rule can also be switched off. */
export type SeverityOrOff = Severity | 'off'
/** What kind of fix a rule may offer: none, suggestions to review, or a safe automatic fix. */
export type FixKind = 'none' | 'suggestion' | 'safe'
/** Input formats the checker understands. */
export type Format = 'txt' | 'md' | 'html' | 'eml' | 'docx' | 'odt'
/** Languages the checker analyses. */
export type Language = 'nl' | 'en'

/** A point in the original source: 1-based line and column (UTF-16 code units), 0-based offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A range in the original source. */
export interface SourceRange {
  start: Point
  end: Point
}

/** Maps a stretch of the analysed text to a stretch of the original source. */
export interface Segment {
  textStart: number
  textEnd: number
  sourceStart: number
  sourceEnd: number
  /**
   * The loader could not follow the parser here and re-synchronised on the next equal character
   * (issue #19): the range is on the text it covers, but a finding here gets no fix.
   */
  approximate?: true
}

/** Kinds of text units a loader can produce; each is parsed as its own paragraph. */
export type UnitKind =
  | 'paragraph'
  | 'heading'
  | 'listItem'
  | 'tableCell'
  | 'quote'
  | 'subject'
  | 'alt'
  | 'title'
  | 'salutation'
  | 'closing'
  /** A short line above a letter's salutation: sender, team, address, date, reference. */
  | 'letterhead'
  /** A short line below a letter's closing: name, title, team. */
  | 'signature'

/** A unit of analysed text (text offsets, end exclusive). */
export interface Unit {
  kind: UnitKind
  start: number
  end: number
  /** Heading depth, list nesting and similar loader details. */
  depth?: number
}

/** A stretch of analysed text that is masked: never spell-checked or matched, counted as one word. */
export interface MaskedRange {
  kind: 'placeholder' | 'url' | 'email' | 'code'
  start: number
  end: number
  /** The original text of the range (e.g. `{{ naam }}`). */
  value: string
}

/** An inline control comment (`duidelijk-disable`, ...), in source offsets. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line'
  /** Rule ids; empty means all rules. */
  ruleIds: string[]
  /** Source offset of the comment. */
  offset: number
  /** 1-based source line the comment is on. */
  line: number
}

/** A readable location for formats without lines (docx): "alinea 3", "koptekst", ... */
export interface ReadableLocation {
  /** Dutch description, e.g. "alinea 12" or "tabel 1, cel 2". */
  label: string
  /** Short excerpt of the surrounding text. */
  excerpt?: string
}

/** A line and column (1-based) in the file on disk. */
export interface FilePoint {
  line: number
  column: number
}

/** A range in the file on disk (see `Document.fileRange`). */
export interface FileRange {
  start: FilePoint
  end: FilePoint
  /** Whether start and end point at the flagged characters themselves. */
  exact: boolean
  /** When not exact: the part or header the range falls back to ("onderwerp", "deel text/html (base64)"). */
  place?: string
}

/**
 * The format-independent document every loader produces: the text to analyse, a source map back to
 * the original, units, masked ranges and inline directives. Immutable once loaded: the load stage
 * freezes it, and later stages derive new objects (the mask stage one with every masked range).
 */
export interface Document {
  readonly format: Format
  readonly path?: string
  /** The decoded original source (BOM removed). Offsets in findings refer to this string. */
  readonly source: string
  /**
   * The text to analyse. Unit boundaries come from `units`; characters outside units are not
   * analysed. Masked ranges keep their length in this text.
   */
  readonly text: string
  /** Sorted, non-overlapping mapping of text stretches to source stretches. */
  readonly segments: Segment[]
  readonly units: Unit[]
  readonly masked: MaskedRange[]
  readonly directives: Directive[]
  /** Language forced by the format or metadata (e.g. `lang` attribute), else detected. */
  readonly lang?: Language
  /** Loader metadata: e-mail subject, attachments, docx parts, ... */
  readonly meta: Record<string, unknown>
  /** For formats without meaningful lines: a readable location for a source offset. */
  readonly locate?: (
    sourceOffset: number,
    /** Source ranges of personal data, masked in the excerpt. */
    redactions?: ReadonlyArray<{start: number; end: number}>,
  ) => ReadableLocation | undefined
  /**
   * For formats whose source is not the file on disk (e-mail: the subject and the decoded body of
   * one part): the range in the file on disk of a source range, exact where the transfer encoding
   * can be followed; otherwise (base64, encoded headers) the first line of the part or header,
   * named in `place`.
   */
  readonly fileRange?: (sourceStart: number, sourceEnd: number) => FileRange
  /** For formats with several parts (e-mail: "subject", "text/html"): the part at a source offset. */
  readonly partOf?: (sourceOffset: number) => string | undefined
  /** Whether `--fix` may write into this source (false for docx, eml). */
  readonly writable: boolean
}

export type {Root, Sentence, Word}
