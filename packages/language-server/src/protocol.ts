/**
 * Custom messages between the duidelijk language server and its clients (the VS Code extension,
 * or any editor that wants the reading level). Declared once here, as method names and as typed
 * `RequestType`/`NotificationType`s (server and clients then agree on parameters and results);
 * clients import this module through the `@duidelijk/language-server/protocol` subpath.
 */
import {NotificationType, RequestType} from 'vscode-jsonrpc'

/**
 * Node flags clients should start the server with (`node <flags> bin.js --stdio`). A language
 * server lives for hours and allocates a little garbage on every keystroke; on a machine with
 * plenty of RAM, V8 picks a heap limit of 4 GB and with it a heap growing factor of 4, so the heap
 * settles far above what the server keeps alive (about 30 MB). An old-space limit just under 2 GB
 * lowers that factor to 2 (still room for a 10 MB document, the largest the server checks), and a
 * smaller young generation keeps short-lived parse trees from reserving 48 MB. Measured in
 * bench/lsp.mjs; see docs/performance.md.
 */
export const SERVER_EXEC_ARGV: readonly string[] = [
  '--max-old-space-size=2000',
  '--max-semi-space-size=4',
]

/** Request: the readability metrics of an open document. */
export const METRICS_REQUEST = 'duidelijk/metrics'

/** Request: check a document now (for run mode `manual`). */
export const CHECK_REQUEST = 'duidelijk/check'

/**
 * Request: check every letter in the workspace folders (txt, md, html, eml, docx, odt), publish
 * diagnostics for each file and return the totals. Open documents are checked as they are in the
 * editor. Cancellable.
 */
export const CHECK_WORKSPACE_REQUEST = 'duidelijk/checkWorkspace'

/** Command (workspace/executeCommand): apply every safe fix of a document. Argument: its URI. */
export const FIX_ALL_COMMAND = 'duidelijk.server.herstelAlles'

/** Command: add a word to the project's words file. Arguments: document URI, word. */
export const ADD_WORD_COMMAND = 'duidelijk.voegWoordToe'

/** Notification from the server after each check: the estimated level, for a status bar. */
export const STATUS_NOTIFICATION = 'duidelijk/status'

export interface MetricsParams {
  uri: string
}

/** An LSP range (0-based lines and UTF-16 characters). */
export interface LspRange {
  start: {line: number; character: number}
  end: {line: number; character: number}
}

export interface MetricsResult {
  uri: string
  level: string
  /** The level the organisation aims for (setting or config `targetLevel`). */
  targetLevel: string
  /** Sentences with more words than this count as long. */
  longSentenceWords: number
  reasons: string[]
  words: number
  sentences: number
  wordsPerSentence: number
  syllablesPerWord: number
  fleschDouma: number
  brouwer: number
  longSentenceShare: number
  rareWordShare: number
  passiveShare: number | undefined
  perSentence: Array<{
    range: LspRange
    /** The start of the sentence (at most 80 characters), for lists and charts. */
    text: string
    words: number
    fleschDouma: number
    long: boolean
    passive: boolean | undefined
    rareWords: string[]
  }>
}

export interface StatusParams {
  uri: string
  level: string
  /** Flesch-Douma reading ease of the document (0–100, higher is easier). */
  fleschDouma: number
  /** The reasons for the level estimate, in Dutch (for a tooltip). */
  reasons: string[]
  errors: number
  warnings: number
  infos: number
}

/** Initialization options and settings (`duidelijk.*` in the editor). */
export interface ServerSettings {
  /** Preset applied on top of the found config, e.g. `duidelijk:dronten`. */
  preset?: string
  /** Switch checking off. */
  enable?: boolean
  /** When to check: as you type (default), on save, or only on request (`duidelijk/check`). */
  run?: 'onType' | 'onSave' | 'manual'
  /** Wait this long after the last keystroke before checking (default 150 ms). */
  debounceMs?: number
  /**
   * Largest document (in characters) checked in the editor; default 500,000. A bigger one gets one
   * information diagnostic instead: its check would keep the server from answering hovers, other
   * documents and shutdown for a long time (issue #19). The CLI checks files up to maxFileSize.
   */
  maxDocumentSize?: number
  /** Target reading level, on top of the config file. */
  targetLevel?: 'B1' | 'B2'
  /** Rules switched on, off or to another severity, on top of the config file. */
  rules?: Record<string, 'error' | 'warning' | 'info' | 'off'>
  /** Extra words files (one word per line); relative paths are relative to the workspace. */
  wordFiles?: string[]
  /**
   * Re-analyse only changed paragraphs (default true). Off only to measure the difference.
   * @internal
   */
  incremental?: boolean
}

/** Answer of {@link CHECK_WORKSPACE_REQUEST}. */
export interface WorkspaceCheckResult {
  files: number
  errors: number
  warnings: number
  infos: number
  /** Files that could not be read or checked (each also has one diagnostic). */
  failed: number
}

/** Parameters of {@link CHECK_REQUEST}. */
export interface CheckParams {
  uri: string
}

/** duidelijk/metrics, typed: the readability metrics of an open document (null: not checked). */
export const MetricsRequest = new RequestType<MetricsParams, MetricsResult | null, void>(
  METRICS_REQUEST,
)

/** duidelijk/check, typed: check a document now. */
export const CheckRequest = new RequestType<CheckParams, null, void>(CHECK_REQUEST)

/** duidelijk/checkWorkspace, typed: check every letter in the workspace folders. */
export const CheckWorkspaceRequest = new RequestType<
  Record<string, never> | null,
  WorkspaceCheckResult,
  void
>(CHECK_WORKSPACE_REQUEST)

/** duidelijk/status, typed: the estimated level after each check. */
export const StatusNotification = new NotificationType<StatusParams>(STATUS_NOTIFICATION)
