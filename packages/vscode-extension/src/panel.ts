import {randomBytes} from 'node:crypto'
import {posix} from 'node:path'
import * as vscode from 'vscode'
import type {MetricsResult} from '@duidelijk/language-server/protocol'
import {renderPanel} from './panel-html'

/** Fetches the metrics of a document (by URI string); null when the server has none. */
export type MetricsFetcher = (uri: string) => Promise<MetricsResult | null>

/** Editors whose documents the panel does not follow (the output panel is a text editor too). */
const IGNORED_SCHEMES = new Set(['output'])

/**
 * The "Duidelijk: Leesbaarheid" webview: one panel beside the editor that shows the readability
 * of the last active text editor's document, re-rendered on `update()`.
 */
export class ReadabilityPanel implements vscode.Disposable {
  static readonly viewType = 'duidelijk.leesbaarheid'

  /** The open panel, if any. */
  static current: ReadabilityPanel | undefined

  private static readonly registered = new WeakSet<vscode.ExtensionContext>()

  private readonly disposables: vscode.Disposable[] = []
  private document: vscode.TextDocument | undefined
  private editorColumn: vscode.ViewColumn | undefined
  /** Increases per update, so a slow answer never overwrites a newer one. */
  private generation = 0
  /** An update was skipped while the panel was hidden. */
  private stale = false
  private disposed = false

  /** Open the panel beside the active editor, or bring the open one forward. */
  static show(context: vscode.ExtensionContext, fetch: MetricsFetcher): ReadabilityPanel {
    if (!ReadabilityPanel.registered.has(context)) {
      ReadabilityPanel.registered.add(context)
      context.subscriptions.push({dispose: () => ReadabilityPanel.current?.dispose()})
    }
    const editor = vscode.window.activeTextEditor
    const existing = ReadabilityPanel.current
    if (existing) {
      existing.fetch = fetch
      if (editor) existing.follow(editor)
      existing.panel.reveal(vscode.ViewColumn.Beside, true)
      void existing.update()
      return existing
    }
    const panel = vscode.window.createWebviewPanel(
      ReadabilityPanel.viewType,
      'Duidelijk: Leesbaarheid',
      {viewColumn: vscode.ViewColumn.Beside, preserveFocus: true},
      {enableScripts: true, localResourceRoots: []},
    )
    const created = new ReadabilityPanel(panel, fetch, editor)
    ReadabilityPanel.current = created
    void created.update()
    return created
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private fetch: MetricsFetcher,
    editor: vscode.TextEditor | undefined,
  ) {
    if (editor) this.follow(editor)
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(message)),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) void this.update()
      }),
      vscode.window.onDidChangeActiveTextEditor((next) => {
        // Focus moving to the panel itself gives `undefined`: keep showing the last document.
        if (!next || !this.follow(next)) return
        void this.update()
      }),
      vscode.workspace.onDidCloseTextDocument((closed) => {
        if (closed === this.document && closed.isUntitled) {
          this.document = undefined
          void this.update()
        }
      }),
    )
  }

  /** The URI (string) of the shown document, if any. */
  get uri(): string | undefined {
    return this.document?.uri.toString()
  }

  /**
   * Fetch the metrics again and re-render. With a URI, only when it is the shown document (so it
   * can be called for every status notification).
   */
  async update(uri?: string): Promise<void> {
    if (this.disposed) return
    if (uri !== undefined && uri !== this.uri) return
    if (!this.panel.visible) {
      this.stale = true
      return
    }
    this.stale = false
    const generation = ++this.generation
    const document = this.document
    let metrics: MetricsResult | null = null
    if (document) {
      try {
        metrics = await this.fetch(document.uri.toString())
      } catch {
        metrics = null
      }
    }
    if (this.disposed || generation !== this.generation) return
    this.panel.webview.html = renderPanel(metrics, {
      nonce: randomBytes(16).toString('base64'),
      cspSource: this.panel.webview.cspSource,
      fileName: document ? posix.basename(document.uri.path) : '',
    })
  }

  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    if (ReadabilityPanel.current === this) ReadabilityPanel.current = undefined
    this.panel.dispose()
    for (const d of this.disposables.splice(0)) d.dispose()
  }

  /** Follow a text editor; false when it is one the panel ignores or already shows. */
  private follow(editor: vscode.TextEditor): boolean {
    if (IGNORED_SCHEMES.has(editor.document.uri.scheme)) return false
    if (editor.viewColumn !== undefined) this.editorColumn = editor.viewColumn
    if (editor.document === this.document) return false
    this.document = editor.document
    return true
  }

  /** `{type: 'reveal', line, character}` from a bar: select that position in the document. */
  private async onMessage(message: unknown): Promise<void> {
    if (typeof message !== 'object' || message === null) return
    const {type, line, character} = message as {type?: unknown; line?: unknown; character?: unknown}
    if (type !== 'reveal' || !isPosition(line) || !isPosition(character)) return
    const document = this.document
    if (!document) return
    const target = document.uri.toString()
    const visible = vscode.window.visibleTextEditors.find(
      (e) => e.document.uri.toString() === target,
    )
    const column =
      visible?.viewColumn ??
      this.editorColumn ??
      (this.panel.viewColumn === vscode.ViewColumn.One
        ? vscode.ViewColumn.Two
        : vscode.ViewColumn.One)
    try {
      const options = {viewColumn: column, preserveFocus: false}
      const editor = document.isClosed
        ? await vscode.window.showTextDocument(document.uri, options)
        : await vscode.window.showTextDocument(document, options)
      const position = editor.document.validatePosition(new vscode.Position(line, character))
      editor.selection = new vscode.Selection(position, position)
      editor.revealRange(
        new vscode.Range(position, position),
        vscode.TextEditorRevealType.InCenterIfOutsideViewport,
      )
    } catch (error) {
      void vscode.window.showWarningMessage(
        `Duidelijk: de zin kan niet worden getoond (${(error as Error).message}).`,
      )
    }
  }
}

const isPosition = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0
