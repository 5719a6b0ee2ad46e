import type {CheckResult, Finding} from '@duidelijk/core'

/** A position as CI formats (github, sarif, gitlab, junit) report it: in the file on disk. */
export interface FilePosition {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
  /**
   * Where the finding is when the line does not say it: "alinea 3", "tabel 1, cel 2" (Word,
   * OpenDocument), "onderwerp" or "tekst/html (base64)" (e-mail). Goes into the message title.
   */
  place?: string
  /** The text around the finding (personal data masked), for SARIF `region.snippet`. */
  snippet?: string
  /** Whether line and column point at the flagged characters in the file on disk. */
  exact: boolean
}

/** Formats whose file has no meaningful lines (a zip of XML parts). */
const WITHOUT_LINES = new Set(['docx', 'odt'])

/**
 * The position of a finding in the file on disk. Plain text, Markdown and HTML: the finding's
 * range. Word and OpenDocument: line 1 (a zip has no lines) with the readable place. E-mail: the
 * line and column in the raw message, through the transfer encoding (quoted-printable, 7bit,
 * 8bit); where that is impossible (base64, encoded headers), the first line of the part or header,
 * named in `place`.
 */
export function filePosition(result: CheckResult, finding: Finding): FilePosition {
  const {start, end} = finding.range
  const document = result.document
  if (WITHOUT_LINES.has(document.format)) {
    return {
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
      ...(finding.location?.label ? {place: finding.location.label} : {}),
      ...(finding.location?.excerpt ? {snippet: finding.location.excerpt} : {}),
      exact: false,
    }
  }
  if (finding.fileRange) {
    const range = finding.fileRange
    return {
      startLine: range.start.line,
      startColumn: range.start.column,
      endLine: range.end.line,
      endColumn: range.end.column,
      ...(range.place ? {place: range.place} : {}),
      exact: range.exact,
    }
  }
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    exact: true,
  }
}

/** A finding's message with its place in front when the line alone does not say where it is. */
export function withPlace(message: string, position: FilePosition): string {
  return position.place ? `${position.place}: ${message}` : message
}
