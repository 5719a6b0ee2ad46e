import type {Finding} from '@duidelijk/core'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {
  CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
} from 'vscode-languageserver/node.js'
import type {ServerContext} from './context.js'
import type {DiagnosticData} from './diagnostics.js'
import {ADD_WORD_COMMAND} from './protocol.js'

/** Code action kind of "Herstel alle veilige bevindingen". */
export const FIX_ALL_KIND = 'source.fixAll.duidelijk'

/** Edits for every safe fix of a check, leaving out fixes that overlap an earlier one. */
export function safeEdits(document: TextDocument, findings: readonly Finding[]) {
  const edits: Array<{range: Diagnostic['range']; newText: string}> = []
  let end = -1
  for (const f of [...findings].sort((a, b) => a.range.start.offset - b.range.start.offset)) {
    if (f.fix !== 'safe' || !f.expected?.length || f.range.start.offset < end) continue
    edits.push({
      range: {
        start: document.positionAt(f.range.start.offset),
        end: document.positionAt(f.range.end.offset),
      },
      newText: f.expected[0]!,
    })
    end = f.range.end.offset
  }
  return edits
}

/** Quick fixes, "negeer op deze regel", "voeg toe aan de woordenlijst" and fix all. */
export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction((params): CodeAction[] => {
    const document = context.documents.get(params.textDocument.uri)
    if (!document) return []
    const result = context.results.get(document.uri)
    const only = params.context.only
    // "Herstel alle veilige bevindingen": every safe fix of the document, non-overlapping.
    const edits = result ? safeEdits(document, result.findings) : []
    const fixAll: CodeAction | undefined = edits.length
      ? {
          title: 'Herstel alle veilige bevindingen',
          kind: FIX_ALL_KIND,
          edit: {changes: {[document.uri]: edits}},
        }
      : undefined
    if (only) return fixAll && only.some((kind) => FIX_ALL_KIND.startsWith(kind)) ? [fixAll] : []
    const actions = quickFixes(document, params, result?.findings)
    if (fixAll) actions.push(fixAll)
    return actions
  })
}

/** The quick fixes for the duidelijk diagnostics in a code action request. */
function quickFixes(
  document: TextDocument,
  params: CodeActionParams,
  findings: readonly Finding[] | undefined,
): CodeAction[] {
  const actions: CodeAction[] = []
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'duidelijk' || typeof diagnostic.code !== 'string') continue
    const data = (diagnostic.data ?? {}) as DiagnosticData
    let expected = data.expected ?? []
    if (data.lazy && findings) {
      const start = document.offsetAt(diagnostic.range.start)
      const finding = findings.find(
        (f) => f.ruleId === diagnostic.code && f.range.start.offset === start,
      )
      expected = finding && !finding.sensitive ? (finding.expected ?? []) : []
    }
    for (const [index, replacement] of expected.slice(0, 3).entries()) {
      actions.push({
        title: replacement === '' ? 'Weglaten' : `Vervang door ‘${replacement}’`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: data.fix === 'safe' && index === 0,
        edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: replacement}]}},
      })
    }
    // Not for a wrong verb form ("word" for "wordt"): that word is in the dictionary.
    if (data.unknownWord) {
      const word = document.getText(diagnostic.range)
      actions.push({
        title: `Voeg ‘${word}’ toe aan de woordenlijst`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: {
          title: 'Woord toevoegen',
          command: ADD_WORD_COMMAND,
          arguments: [document.uri, word],
        },
      })
    }
    actions.push(ignoreLine(document, diagnostic, diagnostic.code))
  }
  return actions
}

/** "Negeer ‘regel’ op deze regel": a disable-next-line comment above the line. */
function ignoreLine(document: TextDocument, diagnostic: Diagnostic, ruleId: string): CodeAction {
  const line = diagnostic.range.start.line
  const indent =
    /^\s*/.exec(
      document.getText({start: {line, character: 0}, end: {line, character: 200}}),
    )?.[0] ?? ''
  const comment = commentFor(document.languageId, `duidelijk-disable-next-line ${ruleId}`)
  return {
    title: `Negeer ‘${ruleId}’ op deze regel`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: {
        [document.uri]: [
          {
            range: {start: {line, character: 0}, end: {line, character: 0}},
            newText: `${indent}${comment}\n`,
          },
        ],
      },
    },
  }
}

/** The inline control comment in the syntax of the document's format. */
function commentFor(languageId: string, body: string): string {
  return languageId === 'markdown' || languageId === 'html' ? `<!-- ${body} -->` : body
}
