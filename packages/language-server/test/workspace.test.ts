// Language server over stdio: workspace check, fix-all command, settings from the editor,
// config reload and cancellation.
import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  CancellationTokenSource,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js'
import {
  CHECK_REQUEST,
  CHECK_WORKSPACE_REQUEST,
  FIX_ALL_COMMAND,
  type WorkspaceCheckResult,
} from '../src/protocol.js'

let server: ChildProcess
let connection: ProtocolConnection
const diagnostics = new Map<string, Diagnostic[]>()
const edits: ApplyWorkspaceEditParams[] = []
const root = mkdtempSync(join(tmpdir(), 'duidelijk-lsp-ws-'))
const uriOf = (name: string) => pathToFileURL(join(root, name)).href

writeFileSync(
  join(root, '.duidelijk.json'),
  '{"root": true, "rules": {"spelling": "off", "moeilijk-woord": "off"}, "ignorePatterns": ["archief/"]}',
)
writeFileSync(join(root, 'a.txt'), 'Wij hebben uw brief reeds ontvangen.\n')
writeFileSync(join(root, 'b.md'), '# Brief\n\nTeneinde u te helpen, bellen wij u.\n')
writeFileSync(join(root, 'kapot.docx'), 'dit is geen zip')
writeFileSync(join(root, 'notities.json'), '{"niet": "gecontroleerd"}')

function waitFor(uri: string, predicate: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  return new Promise((resolve) => {
    const poll = () => {
      const found = diagnostics.get(uri)
      if (found && predicate(found)) resolve(found)
      else setTimeout(poll, 20)
    }
    poll()
  })
}

beforeAll(async () => {
  const bin = new URL('../dist/bin.js', import.meta.url).pathname
  server = spawn(process.execPath, [bin, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
  connection = createProtocolConnection(
    new StreamMessageReader(server.stdout!),
    new StreamMessageWriter(server.stdin!),
  )
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) =>
    diagnostics.set(params.uri, params.diagnostics),
  )
  connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
    edits.push(params)
    return {applied: true}
  })
  connection.listen()
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{uri: pathToFileURL(root).href, name: 'brieven'}],
    capabilities: {workspace: {applyEdit: true}},
    initializationOptions: {debounceMs: 0},
  })
  await connection.sendNotification('initialized', {})
})

afterAll(async () => {
  await connection.sendRequest('shutdown')
  await connection.sendNotification('exit')
  connection.dispose()
  server.kill()
})

describe('workspace check', () => {
  it('checks every letter in the workspace folder and publishes per file', async () => {
    const result = await connection.sendRequest<WorkspaceCheckResult>(CHECK_WORKSPACE_REQUEST, {})
    expect(result).toEqual({files: 3, errors: 0, warnings: 2, infos: 0, failed: 1})
    expect(diagnostics.get(uriOf('a.txt'))?.map((d) => [d.code, d.range.start])).toEqual([
      ['ambtelijke-taal', {line: 0, character: 20}],
    ])
    expect(diagnostics.get(uriOf('b.md'))?.map((d) => d.code)).toEqual(['ambtelijke-taal'])
    const broken = diagnostics.get(uriOf('kapot.docx'))!
    expect(broken).toHaveLength(1)
    expect(broken[0]!.severity).toBe(1)
    expect(broken[0]!.message).toContain('kapot.docx')
    expect(diagnostics.has(uriOf('notities.json'))).toBe(false)
  })
})

describe('commands and settings', () => {
  it('applies every safe fix through workspace/applyEdit', async () => {
    const uri = uriOf('fix.txt')
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: 'plaintext',
        version: 1,
        text: 'Wij hebben uw brief reeds ontvangen. Thans kijken wij ernaar.\n',
      },
    })
    await waitFor(uri, (d) => d.length === 2)
    const fixed = await connection.sendRequest('workspace/executeCommand', {
      command: FIX_ALL_COMMAND,
      arguments: [uri],
    })
    expect(fixed).toBe(2)
    expect(edits.at(-1)).toEqual({
      label: 'Herstel alle veilige bevindingen',
      edit: {
        changes: {
          [uri]: [
            {
              range: {start: {line: 0, character: 20}, end: {line: 0, character: 25}},
              newText: 'al',
            },
            {
              range: {start: {line: 0, character: 37}, end: {line: 0, character: 42}},
              newText: 'Nu',
            },
          ],
        },
      },
    })
  })

  it('takes rules and word files from the editor settings', async () => {
    const uri = uriOf('instellingen.txt')
    writeFileSync(join(root, 'extra-woorden.txt'), '# eigen woorden\nbelangrjk\n')
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: 'plaintext',
        version: 1,
        text: 'Dat is belangrjk: wij hebben uw brief reeds ontvangen.\n',
      },
    })
    await waitFor(uri, (d) => d.length === 1)
    const settings = (duidelijk: Record<string, unknown>) =>
      connection.sendNotification('workspace/didChangeConfiguration', {
        settings: {duidelijk: {debounceMs: 0, ...duidelijk}},
      })
    await settings({rules: {'ambtelijke-taal': 'off', spelling: 'warning'}})
    const spelling = await waitFor(uri, (d) => d.some((x) => x.code === 'spelling'))
    expect(spelling.map((d) => `${d.code} ${d.range.start.character}`)).toEqual(['spelling 7'])
    await settings({
      rules: {'ambtelijke-taal': 'off', spelling: 'warning'},
      wordFiles: ['extra-woorden.txt'],
    })
    expect(await waitFor(uri, (d) => d.length === 0)).toEqual([])
    await settings({})
    expect((await waitFor(uri, (d) => d.length === 1))[0]!.code).toBe('ambtelijke-taal')
  })

  it('re-checks open documents when a config file changes', async () => {
    const uri = uriOf('config.txt')
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: 'plaintext',
        version: 1,
        text: 'Wij sturen u reeds de brief.\n',
      },
    })
    await waitFor(uri, (d) => d.length === 1)
    writeFileSync(
      join(root, '.duidelijk.json'),
      '{"root": true, "rules": {"spelling": "off", "moeilijk-woord": "off", "ambtelijke-taal": "off"}}',
    )
    await connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{uri: uriOf('.duidelijk.json'), type: 2}],
    })
    expect(await waitFor(uri, (d) => d.length === 0)).toEqual([])
  })

  it('answers a cancelled duidelijk/check with RequestCancelled', async () => {
    const uri = uriOf('groot.txt')
    const paragraph = 'Wij hebben uw aanvraag ontvangen en wij kijken er deze week naar. '
    const text = Array.from({length: 1500}, (_, i) => `${paragraph}Dit is alinea ${i}.`).join(
      '\n\n',
    )
    await connection.sendNotification('workspace/didChangeConfiguration', {
      settings: {duidelijk: {run: 'manual'}},
    })
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri, languageId: 'plaintext', version: 1, text},
    })
    const source = new CancellationTokenSource()
    const request = connection.sendRequest(CHECK_REQUEST, {uri}, source.token)
    setTimeout(() => source.cancel(), 20)
    await expect(request).rejects.toMatchObject({code: -32800})
    expect(diagnostics.has(uri)).toBe(false)
    // Not cancelled: the check runs to the end and publishes.
    await connection.sendRequest(CHECK_REQUEST, {uri})
    expect(diagnostics.get(uri)).toEqual([])
  }, 60_000)
})

describe('odd input', () => {
  it('survives binary content, a huge document and requests at impossible positions', async () => {
    writeFileSync(join(root, '.duidelijk.json'), '{"root": true, "rules": {"spelling": "off"}}')
    await connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{uri: uriOf('.duidelijk.json'), type: 2}],
    })
    const binary = uriOf('binair.txt')
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: binary,
        languageId: 'plaintext',
        version: 1,
        text: '\u0000\u0001PK\u0003\u0004\uFFFD\uFFFD Wij hebben uw brief reeds ontvangen.\u0000',
      },
    })
    await connection.sendRequest(CHECK_REQUEST, {uri: binary})
    expect(diagnostics.get(binary)?.map((d) => d.code)).toEqual(['ambtelijke-taal'])

    const huge = uriOf('enorm.txt')
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri: huge, languageId: 'plaintext', version: 1, text: 'x'.repeat(11_000_000)},
    })
    await connection.sendRequest(CHECK_REQUEST, {uri: huge})
    const [tooLarge] = diagnostics.get(huge)!
    expect(tooLarge!.message).toMatch(/duidelijk controleert bestanden tot 10\.0 MB/)

    const nowhere = {line: 99_999, character: 5_000}
    const hover = await connection.sendRequest('textDocument/hover', {
      textDocument: {uri: binary},
      position: nowhere,
    })
    expect(hover).toBeNull()
    const actions = await connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri: binary},
      range: {start: nowhere, end: {line: -1, character: -1}},
      context: {
        diagnostics: [
          {
            range: {start: nowhere, end: nowhere},
            message: 'x',
            source: 'duidelijk',
            code: 'bestaat-niet',
            data: {lazy: true},
          },
        ],
      },
    })
    expect(Array.isArray(actions)).toBe(true)
    const unknown = await connection.sendRequest('duidelijk/metrics', {
      uri: uriOf('nooit-geopend.txt'),
    })
    expect(unknown).toBeNull()
    // Still answering.
    await connection.sendRequest(CHECK_REQUEST, {uri: binary})
    expect(diagnostics.get(binary)).toHaveLength(1)
  }, 60_000)
})
