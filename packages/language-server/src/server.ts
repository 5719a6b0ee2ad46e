import {fileURLToPath} from 'node:url'
import {
  ConfigLoader,
  createChecker,
  isDuidelijkError,
  type Checker,
  type CheckResult,
  type Finding,
  type Format,
  type ResolvedConfig,
} from '@duidelijk/core'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver/node.js'
import {
  METRICS_REQUEST,
  STATUS_NOTIFICATION,
  type MetricsParams,
  type MetricsResult,
  type ServerSettings,
  type StatusParams,
} from './protocol.js'

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
}
const LANGUAGE_FORMAT: Record<string, Format> = {markdown: 'md', html: 'html', plaintext: 'txt'}
const DEBOUNCE_MS = 250

interface DiagnosticData {
  expected?: string[]
  fix?: 'safe' | 'suggestion'
}

/**
 * Start the duidelijk language server on a connection: diagnostics as you type (debounced), hovers
 * with the Dutch explanation, quick fixes, "negeer op deze regel", and the reading level.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  let settings: ServerSettings = {}
  let loader = new ConfigLoader()
  const checkers = new Map<ResolvedConfig, Promise<Checker>>()
  const results = new Map<string, CheckResult>()
  const timers = new Map<string, NodeJS.Timeout>()
  let supportsConfiguration = false

  const resetConfig = () => {
    loader = new ConfigLoader(settings.preset ? {overrides: {extends: settings.preset}} : {})
    checkers.clear()
  }

  const pathOf = (uri: string): string | undefined => {
    try {
      return uri.startsWith('file:') ? fileURLToPath(uri) : undefined
    } catch {
      return undefined
    }
  }

  const check = async (document: TextDocument): Promise<void> => {
    if (settings.enable === false) {
      void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
      return
    }
    const path = pathOf(document.uri)
    const format = LANGUAGE_FORMAT[document.languageId]
    try {
      const {config} = loader.configFor(path ?? `${process.cwd()}/naamloos.txt`)
      let checker = checkers.get(config)
      if (!checker) {
        checker = createChecker(config)
        checkers.set(config, checker)
      }
      const version = document.version
      const result = await (
        await checker
      ).checkAsync({
        ...(path ? {path} : {}),
        text: document.getText(),
        ...(format ? {format} : {}),
      })
      // A newer edit arrived while checking: its own check will publish.
      if (documents.get(document.uri)?.version !== version) return
      results.set(document.uri, result)
      void connection.sendDiagnostics({
        uri: document.uri,
        diagnostics: result.findings.map((f) => toDiagnostic(document, f)),
      })
      const status: StatusParams = {
        uri: document.uri,
        level: result.metrics.level.level,
        errors: result.findings.filter((f) => f.severity === 'error').length,
        warnings: result.findings.filter((f) => f.severity === 'warning').length,
        infos: result.findings.filter((f) => f.severity === 'info').length,
      }
      void connection.sendNotification(STATUS_NOTIFICATION, status)
    } catch (error) {
      const message = isDuidelijkError(error)
        ? error.message
        : `duidelijk: ${(error as Error).message}`
      results.delete(document.uri)
      void connection.sendDiagnostics({
        uri: document.uri,
        diagnostics: [
          {
            range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
            severity: DiagnosticSeverity.Error,
            source: 'duidelijk',
            message,
          },
        ],
      })
    }
  }

  const schedule = (document: TextDocument) => {
    clearTimeout(timers.get(document.uri))
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri)
        void check(document)
      }, DEBOUNCE_MS),
    )
  }

  connection.onInitialize((params): InitializeResult => {
    settings = (params.initializationOptions as ServerSettings | undefined) ?? {}
    supportsConfiguration = Boolean(params.capabilities.workspace?.configuration)
    resetConfig()
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
      },
      serverInfo: {name: 'duidelijk-language-server', version: '0.1.0'},
    }
  })

  connection.onInitialized(() => {
    if (supportsConfiguration)
      void connection.client.register(DidChangeConfigurationNotification.type, undefined)
  })

  connection.onDidChangeConfiguration(async (change) => {
    const fromChange = (change.settings as {duidelijk?: ServerSettings} | undefined)?.duidelijk
    settings =
      fromChange ??
      (supportsConfiguration
        ? ((await connection.workspace.getConfiguration('duidelijk')) as ServerSettings)
        : settings)
    resetConfig()
    for (const document of documents.all()) schedule(document)
  })

  // A .duidelijk.json/.yaml or words file changed: read configs again and re-check.
  connection.onDidChangeWatchedFiles(() => {
    resetConfig()
    for (const document of documents.all()) schedule(document)
  })

  documents.onDidOpen((event) => void check(event.document))
  documents.onDidChangeContent((event) => schedule(event.document))
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri))
    results.delete(event.document.uri)
    void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []})
  })

  connection.onHover((params): Hover | null => {
    const document = documents.get(params.textDocument.uri)
    const result = results.get(params.textDocument.uri)
    if (!document || !result) return null
    const offset = document.offsetAt(params.position)
    const here = result.findings.filter(
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
  })

  connection.onCodeAction((params): CodeAction[] => {
    const document = documents.get(params.textDocument.uri)
    if (!document) return []
    const actions: CodeAction[] = []
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'duidelijk' || typeof diagnostic.code !== 'string') continue
      const data = (diagnostic.data ?? {}) as DiagnosticData
      for (const [index, replacement] of (data.expected ?? []).slice(0, 3).entries()) {
        actions.push({
          title: replacement === '' ? 'Weglaten' : `Vervang door ‘${replacement}’`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: data.fix === 'safe' && index === 0,
          edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: replacement}]}},
        })
      }
      const line = diagnostic.range.start.line
      const indent =
        /^\s*/.exec(
          document.getText({start: {line, character: 0}, end: {line, character: 200}}),
        )?.[0] ?? ''
      const comment = commentFor(
        document.languageId,
        `duidelijk-disable-next-line ${diagnostic.code}`,
      )
      actions.push({
        title: `Negeer ‘${diagnostic.code}’ op deze regel`,
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
      })
    }
    return actions
  })

  connection.onRequest(METRICS_REQUEST, (params: MetricsParams): MetricsResult | null => {
    const document = documents.get(params.uri)
    const result = results.get(params.uri)
    if (!document || !result) return null
    const m = result.metrics
    return {
      uri: params.uri,
      level: m.level.level,
      reasons: m.level.reasons,
      words: m.words,
      sentences: m.sentences,
      wordsPerSentence: m.wordsPerSentence,
      syllablesPerWord: m.syllablesPerWord,
      fleschDouma: m.fleschDouma,
      brouwer: m.brouwer,
      longSentenceShare: m.longSentenceShare,
      rareWordShare: m.rareWordShare,
      passiveShare: m.passiveShare,
      perSentence: m.perSentence.map((s) => ({
        range: {
          start: document.positionAt(s.range.start.offset),
          end: document.positionAt(s.range.end.offset),
        },
        words: s.words,
        fleschDouma: s.fleschDouma,
        long: s.long,
        passive: s.passive,
        rareWords: s.rareWords,
      })),
    }
  })

  documents.listen(connection)
  connection.listen()
}

function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const data: DiagnosticData = {}
  if (finding.expected?.length && !finding.sensitive) data.expected = finding.expected
  if (finding.fix) data.fix = finding.fix
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

/** The inline control comment in the syntax of the document's format. */
function commentFor(languageId: string, body: string): string {
  return languageId === 'markdown' || languageId === 'html' ? `<!-- ${body} -->` : body
}
