import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import * as vscode from 'vscode'
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node'
import {
  METRICS_REQUEST,
  STATUS_NOTIFICATION,
  type MetricsResult,
  type StatusParams,
} from '@duidelijk/language-server/protocol'

const LEVEL_TEXT: Record<string, string> = {
  'A1-A2': 'A1-A2',
  B1: 'B1',
  B2: 'B2',
  'C1+': 'C1+',
  onbekend: '–',
}

let client: LanguageClient | undefined

function settings() {
  const config = vscode.workspace.getConfiguration('duidelijk')
  const preset = config.get<string>('preset') ?? ''
  return {enable: config.get<boolean>('enable') ?? true, ...(preset ? {preset} : {})}
}

/** The language server of the workspace: packaged next to the extension, or from the monorepo. */
function serverModule(context: vscode.ExtensionContext): string {
  const require = createRequire(join(context.extensionPath, 'package.json'))
  return join(dirname(require.resolve('@duidelijk/language-server/package.json')), 'dist', 'bin.js')
}

/** Start the client: the server decides, the extension shows (status bar, commands). */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = serverModule(context)
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.ipc},
    debug: {module, transport: TransportKind.ipc},
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      {scheme: 'file', language: 'plaintext'},
      {scheme: 'file', language: 'markdown'},
      {scheme: 'file', language: 'html'},
      {scheme: 'untitled', language: 'plaintext'},
    ],
    initializationOptions: settings(),
    synchronize: {
      configurationSection: 'duidelijk',
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
    status.text = `$(book) ${LEVEL_TEXT[current.level] ?? current.level}`
    status.tooltip = `Geschat taalniveau (indicatie): ${current.level}\n${current.errors} fouten, ${current.warnings} waarschuwingen, ${current.infos} info\nKlik voor de leesbaarheid.`
    status.show()
  }

  context.subscriptions.push(
    status,
    vscode.window.onDidChangeActiveTextEditor(showStatus),
    vscode.commands.registerCommand('duidelijk.toonLeesbaarheid', async () => {
      const editor = vscode.window.activeTextEditor
      if (!editor || !client) return
      const metrics = await client.sendRequest<MetricsResult | null>(METRICS_REQUEST, {
        uri: editor.document.uri.toString(),
      })
      if (!metrics) {
        void vscode.window.showInformationMessage(
          'Duidelijk: deze tekst is (nog) niet gecontroleerd.',
        )
        return
      }
      const n = (v: number) => v.toFixed(1).replace('.', ',')
      void vscode.window.showInformationMessage(
        `Geschat taalniveau (indicatie): ${metrics.level}. ${metrics.words} woorden, ${metrics.sentences} zinnen, gemiddeld ${n(metrics.wordsPerSentence)} woorden per zin, Flesch-Douma ${n(metrics.fleschDouma)}. ${metrics.reasons.join(' ')}`,
      )
    }),
    vscode.commands.registerCommand('duidelijk.herstart', async () => {
      await client?.restart()
    }),
  )

  client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
    levels.set(params.uri, params)
    showStatus()
  })
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
