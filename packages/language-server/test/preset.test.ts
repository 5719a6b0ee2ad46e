import {spawn} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js'

describe('language server with the Duidelijk Dronten preset from the editor settings', () => {
  it('applies duidelijk:dronten: a missing way to reach the municipality is an error', async () => {
    const root = mkdtempSync(join(tmpdir(), 'duidelijk-lsp-preset-'))
    writeFileSync(join(root, '.duidelijk.json'), '{"root": true, "rules": {"spelling": "off"}}')
    const server = spawn(
      process.execPath,
      [new URL('../dist/bin.js', import.meta.url).pathname, '--stdio'],
      {stdio: ['pipe', 'pipe', 'inherit']},
    )
    const connection = createProtocolConnection(
      new StreamMessageReader(server.stdout!),
      new StreamMessageWriter(server.stdin!),
    )
    const received = new Promise<Diagnostic[]>((resolve) => {
      connection.onNotification(
        'textDocument/publishDiagnostics',
        (params: PublishDiagnosticsParams) => {
          if (params.diagnostics.length) resolve(params.diagnostics)
        },
      )
    })
    connection.listen()
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {},
      initializationOptions: {preset: 'duidelijk:dronten'},
    })
    await connection.sendNotification('initialized', {})
    const uri = pathToFileURL(join(root, 'brief.txt')).href
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: 'plaintext',
        version: 1,
        text: 'Beste Sanne,\n\nUw pas ligt klaar.\n\nMet vriendelijke groet,\nTeam Burgerzaken\n',
      },
    })
    const diagnostics = await received
    expect(diagnostics.find((d) => d.code === 'contactgegevens')?.severity).toBe(1)
    await connection.sendRequest('shutdown')
    await connection.sendNotification('exit')
    connection.dispose()
    server.kill()
  })
})
