import {isAbsolute, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  AnalysisCache,
  CheckerCache,
  ConfigLoader,
  readWordsFile,
  type Checker,
  type CheckResult,
  type Config,
} from '@duidelijk/core/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {
  MessageType,
  ShowMessageNotification,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver/node.js'
import type {ServerSettings} from './protocol.js'

/**
 * What the parts of the server share: the connection, the open documents, the editor settings,
 * config discovery with one checker per resolved config, and the latest result per document.
 */
export interface ServerContext {
  readonly connection: Connection
  readonly documents: TextDocuments<TextDocument>
  settings: ServerSettings
  /** Workspace folders as paths. */
  roots: string[]
  supportsConfiguration: boolean
  loader: ConfigLoader
  readonly checkers: CheckerCache
  /** The latest check of each open document. */
  readonly results: Map<string, CheckResult>
  /** Per open document: the analysis of its paragraphs, reused after an edit. */
  readonly caches: Map<string, AnalysisCache>
  /** Files outside the editor that got diagnostics from a workspace check. */
  readonly workspaceFiles: Set<string>
  log(message: string): void
  /** Read the config files and the editor settings again (checkers and caches are dropped). */
  resetConfig(): void
  /** The checker for a file (or an unsaved document: `undefined`). */
  checkerFor(path: string | undefined): Promise<Checker>
  /** The config's target level for a document. */
  targetLevelFor(uri: string): string
}

/** A file path for a `file:` URI, else undefined. */
export function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined
  } catch {
    return undefined
  }
}

/** Create the shared state of a server on a connection. */
export function createContext(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
): ServerContext {
  /** Config warnings (old rule ids) already shown in this session. */
  const shownWarnings = new Set<string>()
  const context: ServerContext = {
    connection,
    documents,
    settings: {},
    roots: [],
    supportsConfiguration: false,
    loader: new ConfigLoader(),
    checkers: new CheckerCache(),
    results: new Map(),
    caches: new Map(),
    workspaceFiles: new Set(),
    log: (message) => connection.console.log(`duidelijk: ${message}`),
    resetConfig() {
      const overrides = editorConfig(context)
      context.loader = new ConfigLoader(Object.keys(overrides).length > 0 ? {overrides} : {})
      context.checkers.clear()
      for (const cache of context.caches.values()) cache.clear()
    },
    checkerFor(path) {
      const {config} = context.loader.configFor(path ?? unnamedPath(context))
      // Config warnings (old rule ids) are shown once per session: showConfigWarnings dedupes.
      showConfigWarnings(connection, config.warnings, shownWarnings)
      return context.checkers.for(config)
    },
    targetLevelFor(uri) {
      try {
        return context.loader.configFor(pathOf(uri) ?? unnamedPath(context)).config.targetLevel
      } catch {
        return 'B1'
      }
    },
  }
  return context
}

/** Where an unsaved document is taken to be: in the first workspace folder. */
function unnamedPath(context: ServerContext): string {
  return join(context.roots[0] ?? process.cwd(), 'naamloos.txt')
}

/** Settings from the editor on top of the config files. */
function editorConfig(context: ServerContext): Config {
  const {settings} = context
  const config: Config = {}
  if (settings.preset) config.extends = settings.preset
  if (settings.targetLevel) config.targetLevel = settings.targetLevel
  if (settings.rules && Object.keys(settings.rules).length > 0) config.rules = settings.rules
  const words: string[] = []
  for (const file of settings.wordFiles ?? []) {
    const path = isAbsolute(file) ? file : resolve(context.roots[0] ?? process.cwd(), file)
    try {
      words.push(...readWordsFile(path))
    } catch (error) {
      context.log(`woordenlijst ${path} niet gelezen: ${(error as Error).message}`)
    }
  }
  if (words.length > 0) config.words = words
  return config
}

/** Config warnings (old rule ids) as a message in the editor, each once per session. */
function showConfigWarnings(
  connection: Connection,
  warnings: readonly string[],
  shown: Set<string>,
): void {
  for (const warning of warnings) {
    if (shown.has(warning)) continue
    shown.add(warning)
    // A notification: nothing to answer, so an editor without message support loses nothing.
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `Duidelijk: ${warning}`,
    })
  }
}
