import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {expandPaths, readIgnoreFiles} from '@duidelijk/core/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
} from 'vscode-languageserver/node.js'
import type {ServerContext} from './context.js'
import {errorDiagnostic, fileDiagnostics} from './diagnostics.js'
import {CheckWorkspaceRequest, type WorkspaceCheckResult} from './protocol.js'
import type {Scheduler} from './scheduler.js'

const SEVERITY_KEY = {error: 'errors', warning: 'warnings', info: 'infos'} as const

/**
 * duidelijk/checkWorkspace: every letter in the workspace folders, open documents as they are in
 * the editor; diagnostics per file, totals as the answer. Cancellable between files.
 */
export function registerWorkspaceCheck(context: ServerContext, scheduler: Scheduler): void {
  context.connection.onRequest(
    CheckWorkspaceRequest,
    async (_params, token: CancellationToken): Promise<WorkspaceCheckResult | ResponseError> => {
      const totals: WorkspaceCheckResult = {files: 0, errors: 0, warnings: 0, infos: 0, failed: 0}
      for (const root of context.roots) {
        let files: string[]
        try {
          const {config} = context.loader.configFor(join(root, 'naamloos.txt'))
          files = expandPaths(['.'], [...config.ignorePatterns, ...readIgnoreFiles(root)], root)
        } catch (error) {
          context.log(`werkruimte ${root} niet doorzocht: ${(error as Error).message}`)
          continue
        }
        for (const file of files) {
          if (token.isCancellationRequested)
            return new ResponseError(LSPErrorCodes.RequestCancelled, 'controle afgebroken')
          totals.files++
          await checkFile(context, scheduler, file, totals)
        }
      }
      return totals
    },
  )
}

/** Check one workspace file, publish its diagnostics and add its findings to the totals. */
async function checkFile(
  context: ServerContext,
  scheduler: Scheduler,
  file: string,
  totals: WorkspaceCheckResult,
): Promise<void> {
  const uri = pathToFileURL(file).href
  const open = context.documents.get(uri)
  if (open) {
    await scheduler.check(open)
    const result = context.results.get(uri)
    if (!result) totals.failed++
    for (const f of result?.findings ?? []) totals[SEVERITY_KEY[f.severity]]++
    return
  }
  let diagnostics: Diagnostic[]
  try {
    const checker = await context.checkerFor(file)
    const result = await checker.checkAsync({path: file, bytes: await readFile(file)})
    const lines = TextDocument.create(uri, 'plaintext', 0, result.document.source)
    diagnostics = fileDiagnostics(lines, result.format, result.findings)
    for (const f of result.findings) totals[SEVERITY_KEY[f.severity]]++
  } catch (error) {
    totals.failed++
    diagnostics = [errorDiagnostic(error)]
  }
  context.workspaceFiles.add(uri)
  void context.connection.sendDiagnostics({uri, diagnostics})
  // Let edits and other requests in between files.
  await new Promise((resolve) => setImmediate(resolve))
}
