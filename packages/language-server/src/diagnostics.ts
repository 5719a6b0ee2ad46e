import {isDuidelijkError, type Finding, type Format} from '@duidelijk/core/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {DiagnosticSeverity, type Diagnostic, type Hover} from 'vscode-languageserver/node.js'

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
}

/** Formats whose findings have positions in the file itself. */
const POSITIONAL_FORMATS = new Set<Format>(['txt', 'md', 'html'])

/** What a diagnostic carries for the code actions. */
export interface DiagnosticData {
  expected?: string[]
  lazy?: boolean
  fix?: 'safe' | 'suggestion'
  /** A word the dictionary does not know (it can go into the words file). */
  unknownWord?: boolean
}

/** A finding as an LSP diagnostic in a document. */
export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const data: DiagnosticData = {}
  // Spelling suggestions are slow: leave them out here and compute them for the code action.
  if (finding.lazyExpected) data.lazy = true
  else if (finding.expected?.length && !finding.sensitive) data.expected = finding.expected
  if (finding.fix) data.fix = finding.fix
  if (finding.ruleId === 'spelling' && finding.messageId === 'onbekend') data.unknownWord = true
  return {
    range: {
      start: document.positionAt(finding.range.start.offset),
      end: document.positionAt(finding.range.end.offset),
    },
    severity: SEVERITY[finding.severity],
    source: 'duidelijk',
    code: finding.ruleId ?? '',
    ...(finding.url ? {codeDescription: {href: finding.url}} : {}),
    message: finding.reason,
    data,
  }
}

/**
 * Diagnostics for a file that is not open (workspace check). Word, OpenDocument and e-mail
 * positions in the extracted text mean nothing in the file: those name the place instead.
 */
export function fileDiagnostics(
  lines: TextDocument,
  format: Format,
  findings: readonly Finding[],
): Diagnostic[] {
  const positional = POSITIONAL_FORMATS.has(format)
  return findings.map((f) => {
    const diagnostic = toDiagnostic(lines, f)
    if (positional) return diagnostic
    const place = f.location ? `${f.location.label}: ` : ''
    return {
      ...diagnostic,
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      message: `${place}${diagnostic.message}`,
    }
  })
}

/** One diagnostic at the top of the document for a file or config that cannot be checked. */
export function errorDiagnostic(error: unknown): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Error,
    source: 'duidelijk',
    message: isDuidelijkError(error) ? error.message : `duidelijk: ${(error as Error).message}`,
  }
}

/** The hover for the findings at an offset: message, suggestions, note and the doc link. */
export function hoverAt(findings: readonly Finding[], offset: number): Hover | null {
  const here = findings.filter(
    (f) => f.range.start.offset <= offset && offset <= f.range.end.offset,
  )
  if (here.length === 0) return null
  const parts = here.map((f) => {
    const expected =
      f.expected?.length && !f.sensitive
        ? `\n\nVoorstel: ${f.expected
            .slice(0, 3)
            .map((e) => `‘${e || '(weglaten)'}’`)
            .join(' of ')}`
        : ''
    const note = f.note ? `\n\n${f.note}` : ''
    return `**${f.ruleId}** — ${f.reason}${expected}${note}\n\n[Waarom en hoe het beter kan](${f.url})`
  })
  return {contents: {kind: 'markdown', value: parts.join('\n\n---\n\n')}}
}
