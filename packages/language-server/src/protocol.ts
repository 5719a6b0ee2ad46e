/**
 * Custom messages between the duidelijk language server and its clients (the VS Code extension,
 * or any editor that wants the reading level). Declared once here; clients import this module
 * through the `@duidelijk/language-server/protocol` subpath.
 */

/** Request: the readability metrics of an open document. */
export const METRICS_REQUEST = 'duidelijk/metrics'

/** Request: check a document now (for run mode `manual`). */
export const CHECK_REQUEST = 'duidelijk/check'

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
}
