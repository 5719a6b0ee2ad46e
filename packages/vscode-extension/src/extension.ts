import * as vscode from 'vscode'
import {STARTER_CONFIG_FILE, starterConfig} from '@duidelijk/core/starter'
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node'
import {
  CheckRequest,
  CheckWorkspaceRequest,
  FIX_ALL_COMMAND,
  MetricsRequest,
  SERVER_EXEC_ARGV,
  StatusNotification,
  type ServerSettings,
  type StatusParams,
} from '@duidelijk/language-server/protocol'
import {ReadabilityPanel} from './panel'

let client: LanguageClient | undefined

/** The `duidelijk.*` settings as the server reads them. */
function settings(): ServerSettings {
  const config = vscode.workspace.getConfiguration('duidelijk')
  const preset = config.get<string>('preset') ?? ''
  const targetLevel = config.get<string>('targetLevel') ?? ''
  const rules = config.get<Record<string, 'error' | 'warning' | 'info' | 'off'>>('rules') ?? {}
  const wordFiles = config.get<string[]>('wordFiles') ?? []
  return {
    enable: config.get<boolean>('enable') ?? true,
    run: config.get<'onType' | 'onSave' | 'manual'>('run') ?? 'onType',
    debounceMs: config.get<number>('debounceMs') ?? 150,
    maxDocumentSize: config.get<number>('maxDocumentSize') ?? 500_000,
    ...(preset ? {preset} : {}),
    ...(targetLevel === 'B1' || targetLevel === 'B2' ? {targetLevel} : {}),
    ...(Object.keys(rules).length > 0 ? {rules} : {}),
    ...(wordFiles.length > 0 ? {wordFiles} : {}),
  }
}

const PRESETS: Array<vscode.QuickPickItem & {preset: string}> = [
  {label: 'Aanbevolen', description: 'duidelijk:aanbevolen', preset: 'duidelijk:aanbevolen'},
  {
    label: 'Taalniveau B1',
    description: 'duidelijk:b1',
    detail: 'Strengere grenzen voor zinnen en alinea’s.',
    preset: 'duidelijk:b1',
  },
  {
    label: 'Duidelijk Dronten',
    description: 'duidelijk:dronten',
    detail: 'Gegroepeerd naar Verbinding, Vakmanschap en Vertrouwen.',
    preset: 'duidelijk:dronten',
  },
  {label: 'Streng', description: 'duidelijk:strikt', preset: 'duidelijk:strikt'},
]

/** Start the client: the server checks, the extension shows (status bar, panel, commands). */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // The server is bundled next to the client (dist/server.mjs): no node_modules needed.
  const module = context.asAbsolutePath('dist/server.mjs')
  // Node flags that keep the long-lived server's heap small (see SERVER_EXEC_ARGV).
  const options = {execArgv: [...SERVER_EXEC_ARGV]}
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.ipc, options},
    debug: {module, transport: TransportKind.ipc, options},
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      {scheme: 'file', language: 'plaintext'},
      {scheme: 'file', language: 'markdown'},
      {scheme: 'file', language: 'html'},
      {scheme: 'untitled', language: 'plaintext'},
      {scheme: 'untitled', language: 'markdown'},
    ],
    initializationOptions: settings(),
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher(
        '**/{.duidelijk.json,.duidelijk.jsonc,.duidelijk.yaml,.duidelijk.yml,.duidelijk-woorden.txt}',
      ),
    },
  }
  client = new LanguageClient('duidelijk', 'Duidelijk', serverOptions, clientOptions)

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100)
  status.command = 'duidelijk.toonLeesbaarheid'
  status.name = 'Duidelijk: taalniveau'
  const levels = new Map<string, StatusParams>()
  const showStatus = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString()
    const current = uri ? levels.get(uri) : undefined
    if (!current) {
      status.hide()
      return
    }
    // Under 100 words there is no level (issue #15): say so instead of a bare dash.
    const level = current.level === 'onbekend' ? 'te kort' : current.level
    status.text = `$(book) ${level} · ${Math.round(current.fleschDouma)}`
    const tooltip = new vscode.MarkdownString(
      [
        `**Geschat taalniveau: ${current.level === 'onbekend' ? 'te kort voor een betrouwbaar niveau' : current.level}** (indicatie) · Flesch-Douma ${Math.round(current.fleschDouma)}`,
        '',
        ...current.reasons.map((reason) => `- ${reason}`),
        '',
        `${current.errors} fouten, ${current.warnings} waarschuwingen, ${current.infos} meldingen. Klik voor de leesbaarheid.`,
      ].join('\n'),
    )
    status.tooltip = tooltip
    status.show()
  }

  const fetchMetrics = (uri: string) =>
    client ? client.sendRequest(MetricsRequest, {uri}) : Promise.resolve(null)

  context.subscriptions.push(
    status,
    vscode.window.onDidChangeActiveTextEditor(showStatus),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('duidelijk'))
        void client?.sendNotification('workspace/didChangeConfiguration', {
          settings: {duidelijk: settings()},
        })
    }),
    vscode.commands.registerCommand('duidelijk.toonLeesbaarheid', () => {
      ReadabilityPanel.show(context, fetchMetrics)
    }),
    vscode.commands.registerCommand('duidelijk.controleerDocument', async () => {
      const editor = vscode.window.activeTextEditor
      if (editor && client)
        await client.sendRequest(CheckRequest, {uri: editor.document.uri.toString()})
    }),
    vscode.commands.registerCommand('duidelijk.controleerWerkruimte', checkWorkspace),
    vscode.commands.registerCommand('duidelijk.herstelAlles', async () => {
      const editor = vscode.window.activeTextEditor
      if (!editor || !client) return
      const fixed = await client.sendRequest(ExecuteCommandRequest.type, {
        command: FIX_ALL_COMMAND,
        arguments: [editor.document.uri.toString()],
      })
      if (!fixed)
        void vscode.window.showInformationMessage('Duidelijk: geen veilige verbeteringen gevonden.')
    }),
    vscode.commands.registerCommand('duidelijk.maakConfiguratie', createConfigFile),
    vscode.commands.registerCommand('duidelijk.herstart', async () => {
      await client?.restart()
    }),
  )

  client.onNotification(StatusNotification, (params: StatusParams) => {
    levels.set(params.uri, params)
    showStatus()
    void ReadabilityPanel.current?.update(params.uri)
  })
  await client.start()
}

/** "Controleer de werkruimte": every letter in the workspace, totals in a message. */
function checkWorkspace() {
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: 'Duidelijk: werkruimte controleren',
      cancellable: true,
    },
    async (_progress, token) => {
      if (!client) return
      const result = await client
        .sendRequest(CheckWorkspaceRequest, {}, token)
        .catch(() => undefined)
      if (!result) return
      const failed = result.failed ? ` ${result.failed} bestanden konden niet worden gelezen.` : ''
      void vscode.window.showInformationMessage(
        `Duidelijk: ${result.files} bestanden gecontroleerd: ${result.errors} fouten, ${result.warnings} waarschuwingen, ${result.infos} meldingen.${failed} Zie het venster Problemen.`,
      )
      await vscode.commands.executeCommand('workbench.actions.view.problems')
    },
  )
}

/** "Maak een configuratiebestand": a .duidelijk.json with the preset the user picks. */
async function createConfigFile(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]
  if (!folder) {
    void vscode.window.showWarningMessage('Duidelijk: open eerst een map.')
    return
  }
  const target = vscode.Uri.joinPath(folder.uri, STARTER_CONFIG_FILE)
  const exists = await vscode.workspace.fs.stat(target).then(
    () => true,
    () => false,
  )
  if (!exists) {
    const choice = await vscode.window.showQuickPick(PRESETS, {
      title: 'Duidelijk: welke regels wilt u gebruiken?',
    })
    if (!choice) return
    // The same file as `duidelijk init` writes.
    const level = vscode.workspace.getConfiguration('duidelijk').get<string>('targetLevel')
    const text = starterConfig(choice.preset, level === 'B2' ? 'B2' : 'B1')
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text))
  }
  await vscode.window.showTextDocument(target)
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
