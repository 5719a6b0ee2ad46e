import {AnalysisCache, isDuidelijkError, type CheckResult, type Format} from '@duidelijk/core/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {
  DiagnosticSeverity,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
} from 'vscode-languageserver/node.js'
import type {ServerContext} from './context.js'
import {pathOf} from './context.js'
import {errorDiagnostic, toDiagnostic} from './diagnostics.js'
import {CheckRequest, StatusNotification, type StatusParams} from './protocol.js'

const LANGUAGE_FORMAT: Record<string, Format> = {markdown: 'md', html: 'html', plaintext: 'txt'}
const DEBOUNCE_MS = 150
/** Default of the maxDocumentSize setting, in characters (a long letter is 10,000). */
export const MAX_DOCUMENT_SIZE = 500_000

/** The one diagnostic of a document too big to check in the editor. */
function tooBig(limit: number): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Information,
    source: 'duidelijk',
    message: `Dit document is groter dan ${limit.toLocaleString('nl-NL')} tekens; duidelijk controleert het niet in de editor, zodat die vlot blijft reageren. Controleer het met de opdrachtregel (duidelijk <bestand>) of verhoog de instelling duidelijk.maxDocumentSize.`,
  }
}

/** Checks documents: now, or after a pause in typing; a newer version aborts an older check. */
export interface Scheduler {
  /** Check a document now and publish its diagnostics and status. */
  check(document: TextDocument, signal?: AbortSignal): Promise<void>
  /** Check a document after the debounce time (restarted by every call). */
  schedule(document: TextDocument): void
  /** Read the configs again and re-check every open document (not with run: manual). */
  recheckAll(): void
}

/** A document over maxDocumentSize: one notice instead of a check that would starve the server. */
function refusedAsTooBig(context: ServerContext, document: TextDocument): boolean {
  const limit = context.settings.maxDocumentSize ?? MAX_DOCUMENT_SIZE
  if (document.getText().length <= limit) return false
  context.results.delete(document.uri)
  context.caches.delete(document.uri)
  void context.connection.sendDiagnostics({
    uri: document.uri,
    version: document.version,
    diagnostics: [tooBig(limit)],
  })
  return true
}

/** The document scheduler of a server. */
export function createScheduler(context: ServerContext): Scheduler {
  const {connection, documents} = context
  const timers = new Map<string, NodeJS.Timeout>()
  /** Per document: the running check, aborted when a newer version arrives. */
  const running = new Map<string, AbortController>()

  const publish = (document: TextDocument, version: number, result: CheckResult) => {
    context.results.set(document.uri, result)
    context.workspaceFiles.delete(document.uri)
    void connection.sendDiagnostics({
      uri: document.uri,
      version,
      diagnostics: result.findings.map((f) => toDiagnostic(document, f)),
    })
    const count = (severity: string) => result.findings.filter((f) => f.severity === severity)
    const status: StatusParams = {
      uri: document.uri,
      level: result.metrics.level.level,
      fleschDouma: result.metrics.fleschDouma,
      reasons: result.metrics.level.reasons,
      errors: count('error').length,
      warnings: count('warning').length,
      infos: count('info').length,
    }
    void connection.sendNotification(StatusNotification, status)
  }

  const scheduler: Scheduler = {
    async check(document, signal) {
      clearTimeout(timers.get(document.uri))
      timers.delete(document.uri)
      running.get(document.uri)?.abort()
      if (context.settings.enable === false) {
        void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
        return
      }
      if (refusedAsTooBig(context, document)) return
      const controller = new AbortController()
      running.set(document.uri, controller)
      // A request cancelled before its check began: an abort listener would never fire.
      if (signal?.aborted) controller.abort()
      else signal?.addEventListener('abort', () => controller.abort(), {once: true})
      const path = pathOf(document.uri)
      const format = LANGUAGE_FORMAT[document.languageId]
      const version = document.version
      try {
        const checker = await context.checkerFor(path)
        let cache = context.caches.get(document.uri)
        if (!cache && context.settings.incremental !== false) {
          cache = new AnalysisCache()
          context.caches.set(document.uri, cache)
        }
        const result = await checker.checkAsync(
          {...(path ? {path} : {}), text: document.getText(), ...(format ? {format} : {})},
          {...(cache ? {cache} : {}), signal: controller.signal},
        )
        // A newer edit arrived while checking: its own check will publish.
        if (documents.get(document.uri)?.version !== version) return
        // Cancelled (or superseded) after its last pause: a cancelled check publishes nothing.
        if (controller.signal.aborted) return
        publish(document, version, result)
      } catch (error) {
        if (controller.signal.aborted) return
        if (!isDuidelijkError(error))
          context.log(`controle van ${document.uri} mislukt: ${(error as Error).stack}`)
        context.results.delete(document.uri)
        void connection.sendDiagnostics({uri: document.uri, diagnostics: [errorDiagnostic(error)]})
      } finally {
        if (running.get(document.uri) === controller) running.delete(document.uri)
      }
    },
    schedule(document) {
      clearTimeout(timers.get(document.uri))
      timers.set(
        document.uri,
        setTimeout(() => {
          timers.delete(document.uri)
          void scheduler.check(document)
        }, context.settings.debounceMs ?? DEBOUNCE_MS),
      )
    },
    recheckAll() {
      context.resetConfig()
      // run: manual checks only on request, also after a change of settings or config files (a
      // check scheduled here would publish after a cancelled duidelijk/check of the same file).
      if (context.settings.run === 'manual') return
      for (const document of documents.all()) scheduler.schedule(document)
    },
  }

  documents.onDidOpen((event) => {
    if (context.settings.run !== 'manual') void scheduler.check(event.document)
  })
  documents.onDidChangeContent((event) => {
    if ((context.settings.run ?? 'onType') === 'onType') scheduler.schedule(event.document)
  })
  documents.onDidSave((event) => {
    if (context.settings.run === 'onSave') void scheduler.check(event.document)
  })
  connection.onRequest(CheckRequest, async (params, token: CancellationToken) => {
    const document = documents.get(params.uri)
    if (!document) return null
    const controller = new AbortController()
    const listener = token.onCancellationRequested(() => controller.abort())
    try {
      await scheduler.check(document, controller.signal)
    } finally {
      listener.dispose()
    }
    if (token.isCancellationRequested)
      return new ResponseError(LSPErrorCodes.RequestCancelled, 'controle afgebroken')
    return null
  })
  documents.onDidClose((event) => {
    const uri = event.document.uri
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    running.get(uri)?.abort()
    context.results.delete(uri)
    context.caches.delete(uri)
    void connection.sendDiagnostics({uri, diagnostics: []})
  })
  return scheduler
}
