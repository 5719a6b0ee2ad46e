// A test client for the language server: spawns dist/bin.js over stdio the way editors do (with
// the recommended Node flags), speaks JSON-RPC through vscode-languageserver-protocol and records
// what the server sends.
import {spawn} from 'node:child_process'
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type Diagnostic,
  type InitializeParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node.js'
import {SERVER_EXEC_ARGV, STATUS_NOTIFICATION, type StatusParams} from '../src/protocol.js'

export interface TestClient {
  connection: ProtocolConnection
  /** The latest diagnostics per URI. */
  diagnostics: Map<string, Diagnostic[]>
  /** Every status notification, in order. */
  statuses: StatusParams[]
  /** Every workspace/applyEdit request (answered with `applied: true`). */
  edits: ApplyWorkspaceEditParams[]
  /** Every window/showMessage notification, in order. */
  messages: ShowMessageParams[]
  /** Resolves with the diagnostics of `uri` once they satisfy `predicate`. */
  waitFor(uri: string, predicate?: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>
  /** Sends didOpen (version 1). */
  open(uri: string, text: string, languageId?: string): void
  /** shutdown, exit, and the process is gone. */
  stop(): Promise<void>
}

/** Spawns the server and completes the initialize handshake with `params`. */
export async function startClient(
  params: Partial<InitializeParams> & {initializationOptions?: Record<string, unknown>},
): Promise<TestClient> {
  const bin = new URL('../dist/bin.js', import.meta.url).pathname
  const server = spawn(process.execPath, [...SERVER_EXEC_ARGV, bin, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const connection = createProtocolConnection(
    new StreamMessageReader(server.stdout!),
    new StreamMessageWriter(server.stdin!),
  )
  const diagnostics = new Map<string, Diagnostic[]>()
  const statuses: StatusParams[] = []
  const edits: ApplyWorkspaceEditParams[] = []
  const messages: ShowMessageParams[] = []
  connection.onNotification('window/showMessage', (p: ShowMessageParams) => messages.push(p))
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) =>
    diagnostics.set(p.uri, p.diagnostics),
  )
  connection.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => statuses.push(p))
  connection.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
    edits.push(p)
    return {applied: true}
  })
  connection.listen()
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    ...params,
  })
  await connection.sendNotification('initialized', {})

  return {
    connection,
    diagnostics,
    statuses,
    edits,
    messages,
    waitFor(uri, predicate = () => true) {
      return new Promise((resolve) => {
        const poll = () => {
          const found = diagnostics.get(uri)
          if (found && predicate(found)) resolve(found)
          else setTimeout(poll, 20)
        }
        poll()
      })
    },
    open(uri, text, languageId = 'plaintext') {
      void connection.sendNotification('textDocument/didOpen', {
        textDocument: {uri, languageId, version: 1, text},
      })
    },
    async stop() {
      await connection.sendRequest('shutdown')
      await connection.sendNotification('exit')
      connection.dispose()
      server.kill()
    },
  }
}
