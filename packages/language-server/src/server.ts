import {TextDocument} from 'vscode-languageserver-textdocument'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node.js'
import {FIX_ALL_KIND, registerCodeActions} from './code-actions.js'
import {registerCommands} from './commands.js'
import {createContext, pathOf} from './context.js'
import {registerMetrics} from './metrics.js'
import {ADD_WORD_COMMAND, FIX_ALL_COMMAND, type ServerSettings} from './protocol.js'
import {createScheduler} from './scheduler.js'
import {registerWorkspaceCheck} from './workspace.js'

/**
 * Start the duidelijk language server on a connection: diagnostics as you type (debounced), hovers
 * with the Dutch explanation, quick fixes, "negeer op deze regel", and the reading level.
 *
 * The parts: context.ts (settings, configs, checkers, results), scheduler.ts (when documents are
 * checked), diagnostics.ts (findings as diagnostics and hovers), code-actions.ts, commands.ts,
 * workspace.ts (duidelijk/checkWorkspace) and metrics.ts (duidelijk/metrics).
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const context = createContext(connection, documents)
  const scheduler = createScheduler(context)

  connection.onInitialize((params): InitializeResult => {
    context.settings = (params.initializationOptions as ServerSettings | undefined) ?? {}
    context.supportsConfiguration = Boolean(params.capabilities.workspace?.configuration)
    const folders =
      params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])
    context.roots = folders.map(pathOf).filter((p): p is string => p !== undefined)
    context.resetConfig()
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: true},
        hoverProvider: true,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND]},
        executeCommandProvider: {commands: [ADD_WORD_COMMAND, FIX_ALL_COMMAND]},
      },
      serverInfo: {name: 'duidelijk-language-server', version: '0.1.0'},
    }
  })

  connection.onInitialized(() => {
    if (context.supportsConfiguration)
      void connection.client.register(DidChangeConfigurationNotification.type, undefined)
  })

  connection.onDidChangeConfiguration(async (change) => {
    const fromChange = (change.settings as {duidelijk?: ServerSettings} | undefined)?.duidelijk
    context.settings =
      fromChange ??
      (context.supportsConfiguration
        ? ((await connection.workspace.getConfiguration('duidelijk')) as ServerSettings)
        : context.settings)
    scheduler.recheckAll()
  })

  // A .duidelijk.json/.yaml or words file changed: read configs again and re-check.
  connection.onDidChangeWatchedFiles(() => scheduler.recheckAll())

  registerWorkspaceCheck(context, scheduler)
  registerMetrics(context)
  registerCodeActions(context)
  registerCommands(context, scheduler)

  documents.listen(connection)
  connection.listen()
}
