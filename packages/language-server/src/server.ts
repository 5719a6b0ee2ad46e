import {appendFileSync, existsSync, readFileSync, writeFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {dirname, isAbsolute, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  AnalysisCache,
  ConfigLoader,
  findConfigFile,
  WORDS_FILE,
  createChecker,
  expandPaths,
  isDuidelijkError,
  readIgnoreFiles,
  readWordsFile,
  type Checker,
  type CheckResult,
  type Config,
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
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver/node.js'
import {
  ADD_WORD_COMMAND,
  CHECK_REQUEST,
  CHECK_WORKSPACE_REQUEST,
  FIX_ALL_COMMAND,
  METRICS_REQUEST,
  STATUS_NOTIFICATION,
  type MetricsParams,
  type MetricsResult,
  type ServerSettings,
  type StatusParams,
  type WorkspaceCheckResult,
} from './protocol.js'

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
}
const LANGUAGE_FORMAT: Record<string, Format> = {markdown: 'md', html: 'html', plaintext: 'txt'}
const DEBOUNCE_MS = 150
const FIX_ALL_KIND = 'source.fixAll.duidelijk'
/** Sentences longer than this count as long in the metrics (see core metrics). */
const LONG_SENTENCE_WORDS = 20

interface DiagnosticData {
  expected?: string[]
  lazy?: boolean
  fix?: 'safe' | 'suggestion'
  /** A word the dictionary does not know (it can go into the words file). */
  unknownWord?: boolean
}

/**
 * Start the duidelijk language server on a connection: diagnostics as you type (debounced), hovers
 * with the Dutch explanation, quick fixes, "negeer op deze regel", and the reading level.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  let settings: ServerSettings = {}
  let loader = new ConfigLoader()
  let roots: string[] = []
  const checkers = new Map<ResolvedConfig, Promise<Checker>>()
  const results = new Map<string, CheckResult>()
  const timers = new Map<string, NodeJS.Timeout>()
  /** Per open document: the analysis of its paragraphs, reused after an edit. */
  const caches = new Map<string, AnalysisCache>()
  /** Per document: the running check, aborted when a newer version arrives. */
  const running = new Map<string, AbortController>()
  /** Files outside the editor that got diagnostics from a workspace check. */
  const workspaceFiles = new Set<string>()
  let supportsConfiguration = false

  const log = (message: string) => connection.console.log(`duidelijk: ${message}`)

  /** Settings from the editor on top of the config files. */
  const editorConfig = (): Config => {
    const config: Config = {}
    if (settings.preset) config.extends = settings.preset
    if (settings.targetLevel) config.targetLevel = settings.targetLevel
    if (settings.rules && Object.keys(settings.rules).length > 0) config.rules = settings.rules
    const words: string[] = []
    for (const file of settings.wordFiles ?? []) {
      const path = isAbsolute(file) ? file : resolve(roots[0] ?? process.cwd(), file)
      try {
        words.push(...readWordsFile(path))
      } catch (error) {
        log(`woordenlijst ${path} niet gelezen: ${(error as Error).message}`)
      }
    }
    if (words.length > 0) config.words = words
    return config
  }

  const resetConfig = () => {
    const overrides = editorConfig()
    loader = new ConfigLoader(Object.keys(overrides).length > 0 ? {overrides} : {})
    checkers.clear()
    for (const cache of caches.values()) cache.clear()
  }

  const pathOf = (uri: string): string | undefined => {
    try {
      return uri.startsWith('file:') ? fileURLToPath(uri) : undefined
    } catch {
      return undefined
    }
  }

  const checkerFor = (path: string | undefined): Promise<Checker> => {
    const {config} = loader.configFor(path ?? join(roots[0] ?? process.cwd(), 'naamloos.txt'))
    let checker = checkers.get(config)
    if (!checker) {
      checker = createChecker(config)
      checkers.set(config, checker)
      showConfigWarnings(config.warnings)
    }
    return checker
  }

  /** Config warnings (old rule ids) as a message in the editor, each once per session. */
  const shownWarnings = new Set<string>()
  const showConfigWarnings = (warnings: readonly string[]) => {
    for (const warning of warnings) {
      if (shownWarnings.has(warning)) continue
      shownWarnings.add(warning)
      // A notification: nothing to answer, so an editor without message support loses nothing.
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Duidelijk: ${warning}`,
      })
    }
  }

  const errorDiagnostic = (error: unknown): Diagnostic => ({
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Error,
    source: 'duidelijk',
    message: isDuidelijkError(error) ? error.message : `duidelijk: ${(error as Error).message}`,
  })

  const check = async (document: TextDocument, signal?: AbortSignal): Promise<void> => {
    clearTimeout(timers.get(document.uri))
    timers.delete(document.uri)
    running.get(document.uri)?.abort()
    if (settings.enable === false) {
      void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
      return
    }
    const controller = new AbortController()
    running.set(document.uri, controller)
    signal?.addEventListener('abort', () => controller.abort(), {once: true})
    const path = pathOf(document.uri)
    const format = LANGUAGE_FORMAT[document.languageId]
    const version = document.version
    try {
      const checker = await checkerFor(path)
      let cache = caches.get(document.uri)
      if (!cache && settings.incremental !== false) {
        cache = new AnalysisCache()
        caches.set(document.uri, cache)
      }
      const result = await checker.checkAsync(
        {...(path ? {path} : {}), text: document.getText(), ...(format ? {format} : {})},
        {...(cache ? {cache} : {}), signal: controller.signal},
      )
      // A newer edit arrived while checking: its own check will publish.
      if (documents.get(document.uri)?.version !== version) return
      results.set(document.uri, result)
      workspaceFiles.delete(document.uri)
      void connection.sendDiagnostics({
        uri: document.uri,
        version,
        diagnostics: result.findings.map((f) => toDiagnostic(document, f)),
      })
      const status: StatusParams = {
        uri: document.uri,
        level: result.metrics.level.level,
        fleschDouma: result.metrics.fleschDouma,
        reasons: result.metrics.level.reasons,
        errors: result.findings.filter((f) => f.severity === 'error').length,
        warnings: result.findings.filter((f) => f.severity === 'warning').length,
        infos: result.findings.filter((f) => f.severity === 'info').length,
      }
      void connection.sendNotification(STATUS_NOTIFICATION, status)
    } catch (error) {
      if (controller.signal.aborted) return
      if (!isDuidelijkError(error))
        log(`controle van ${document.uri} mislukt: ${(error as Error).stack}`)
      results.delete(document.uri)
      void connection.sendDiagnostics({uri: document.uri, diagnostics: [errorDiagnostic(error)]})
    } finally {
      if (running.get(document.uri) === controller) running.delete(document.uri)
    }
  }

  const schedule = (document: TextDocument) => {
    clearTimeout(timers.get(document.uri))
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri)
        void check(document)
      }, settings.debounceMs ?? DEBOUNCE_MS),
    )
  }

  connection.onInitialize((params): InitializeResult => {
    settings = (params.initializationOptions as ServerSettings | undefined) ?? {}
    supportsConfiguration = Boolean(params.capabilities.workspace?.configuration)
    const folders =
      params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])
    roots = folders.map(pathOf).filter((p): p is string => p !== undefined)
    resetConfig()
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

  documents.onDidOpen((event) => {
    if (settings.run !== 'manual') void check(event.document)
  })
  documents.onDidChangeContent((event) => {
    if ((settings.run ?? 'onType') === 'onType') schedule(event.document)
  })
  documents.onDidSave((event) => {
    if (settings.run === 'onSave') void check(event.document)
  })
  connection.onRequest(CHECK_REQUEST, async (params: {uri: string}, token: CancellationToken) => {
    const document = documents.get(params.uri)
    if (!document) return null
    const controller = new AbortController()
    const listener = token.onCancellationRequested(() => controller.abort())
    try {
      await check(document, controller.signal)
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
    results.delete(uri)
    caches.delete(uri)
    void connection.sendDiagnostics({uri, diagnostics: []})
  })

  connection.onRequest(
    CHECK_WORKSPACE_REQUEST,
    async (
      _params: unknown,
      token: CancellationToken,
    ): Promise<WorkspaceCheckResult | ResponseError> => {
      const totals: WorkspaceCheckResult = {files: 0, errors: 0, warnings: 0, infos: 0, failed: 0}
      for (const root of roots) {
        let files: string[]
        try {
          const {config} = loader.configFor(join(root, 'naamloos.txt'))
          files = expandPaths(['.'], [...config.ignorePatterns, ...readIgnoreFiles(root)], root)
        } catch (error) {
          log(`werkruimte ${root} niet doorzocht: ${(error as Error).message}`)
          continue
        }
        for (const file of files) {
          if (token.isCancellationRequested)
            return new ResponseError(LSPErrorCodes.RequestCancelled, 'controle afgebroken')
          const uri = pathToFileURL(file).href
          totals.files++
          const open = documents.get(uri)
          if (open) {
            await check(open)
            const result = results.get(uri)
            if (!result) totals.failed++
            for (const f of result?.findings ?? []) totals[SEVERITY_KEY[f.severity]]++
            continue
          }
          let diagnostics: Diagnostic[]
          try {
            const checker = await checkerFor(file)
            const result = await checker.checkAsync({path: file, bytes: await readFile(file)})
            const lines = TextDocument.create(uri, 'plaintext', 0, result.document.source)
            const positional = POSITIONAL_FORMATS.has(result.format)
            diagnostics = result.findings.map((f) => {
              if (positional) return toDiagnostic(lines, f)
              // Word, OpenDocument, e-mail: positions in the extracted text mean nothing in the
              // file; name the place instead.
              const diagnostic = toDiagnostic(lines, f)
              const place = f.location ? `${f.location.label}: ` : ''
              return {
                ...diagnostic,
                range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
                message: `${place}${diagnostic.message}`,
              }
            })
            for (const f of result.findings) totals[SEVERITY_KEY[f.severity]]++
          } catch (error) {
            totals.failed++
            diagnostics = [errorDiagnostic(error)]
          }
          workspaceFiles.add(uri)
          void connection.sendDiagnostics({uri, diagnostics})
          // Let edits and other requests in between files.
          await new Promise((resolve) => setImmediate(resolve))
        }
      }
      return totals
    },
  )

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
    const result = results.get(document.uri)
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
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'duidelijk' || typeof diagnostic.code !== 'string') continue
      const data = (diagnostic.data ?? {}) as DiagnosticData
      let expected = data.expected ?? []
      if (data.lazy && result) {
        const start = document.offsetAt(diagnostic.range.start)
        const finding = result.findings.find(
          (f) => f.ruleId === diagnostic.code && f.range.start.offset === start,
        )
        expected = finding?.expected ?? []
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
    if (fixAll) actions.push(fixAll)
    return actions
  })

  // Add a word to the project's words file (next to the nearest config file, or the document's
  // folder), then re-read the configs and check again.
  connection.onExecuteCommand(async (params) => {
    if (params.command === FIX_ALL_COMMAND) {
      const [uri] = (params.arguments ?? []) as [string]
      const document = uri ? documents.get(uri) : undefined
      const result = uri ? results.get(uri) : undefined
      if (!document || !result) return 0
      const edits = safeEdits(document, result.findings)
      if (edits.length === 0) return 0
      const applied = await connection.workspace.applyEdit({
        label: 'Herstel alle veilige bevindingen',
        edit: {changes: {[uri]: edits}},
      })
      return applied.applied ? edits.length : 0
    }
    if (params.command !== ADD_WORD_COMMAND) return
    const [uri, word] = (params.arguments ?? []) as [string, string]
    const path = pathOf(uri)
    if (!path || !word) return
    try {
      const configFile = findConfigFile(dirname(path))
      const file = join(configFile ? dirname(configFile) : dirname(path), WORDS_FILE)
      if (!existsSync(file)) {
        writeFileSync(file, `# Woorden die duidelijk goed rekent, één per regel.\n${word}\n`)
      } else {
        const existing = readFileSync(file, 'utf8')
        appendFileSync(file, `${existing === '' || existing.endsWith('\n') ? '' : '\n'}${word}\n`)
      }
    } catch (error) {
      connection.console.error(`duidelijk: woord niet toegevoegd: ${(error as Error).message}`)
      return
    }
    resetConfig()
    for (const document of documents.all()) schedule(document)
  })

  const targetLevelFor = (uri: string): string => {
    try {
      const path = pathOf(uri) ?? join(roots[0] ?? process.cwd(), 'naamloos.txt')
      return loader.configFor(path).config.targetLevel
    } catch {
      return 'B1'
    }
  }

  connection.onRequest(METRICS_REQUEST, (params: MetricsParams): MetricsResult | null => {
    const document = documents.get(params.uri)
    const result = results.get(params.uri)
    if (!document || !result) return null
    const m = result.metrics
    return {
      uri: params.uri,
      level: m.level.level,
      targetLevel: targetLevelFor(params.uri),
      longSentenceWords: LONG_SENTENCE_WORDS,
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
        text: excerpt(result.document.source.slice(s.range.start.offset, s.range.end.offset)),
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

const SEVERITY_KEY = {error: 'errors', warning: 'warnings', info: 'infos'} as const
/** Formats whose findings have positions in the file itself. */
const POSITIONAL_FORMATS = new Set<Format>(['txt', 'md', 'html'])

/** The start of a text on one line, at most 80 characters. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 80 ? `${line.slice(0, 79)}…` : line
}

/** Edits for every safe fix of a check, leaving out fixes that overlap an earlier one. */
function safeEdits(document: TextDocument, findings: readonly Finding[]) {
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

function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
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

/** The inline control comment in the syntax of the document's format. */
function commentFor(languageId: string, body: string): string {
  return languageId === 'markdown' || languageId === 'html' ? `<!-- ${body} -->` : body
}
