import {execFileSync, spawn} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node.js'
import {describe, expect, it} from 'vitest'
import {SERVER_EXEC_ARGV} from '@duidelijk/language-server/protocol'

const root = new URL('../', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))

describe('VS Code extension', () => {
  it('declares Dutch settings, commands and the schema for config files', () => {
    const nls = JSON.parse(readFileSync(new URL('package.nls.json', root), 'utf8'))
    const text = (value: string) => nls[value.slice(1, -1)] as string
    expect(text(manifest.displayName)).toBe('Duidelijk — begrijpelijke brieven')
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual([
      'duidelijk.enable',
      'duidelijk.preset',
      'duidelijk.targetLevel',
      'duidelijk.run',
      'duidelijk.debounceMs',
      'duidelijk.maxDocumentSize',
      'duidelijk.rules',
      'duidelijk.wordFiles',
    ])
    expect(manifest.contributes.configuration.properties['duidelijk.preset'].enum).toContain(
      'duidelijk:dronten',
    )
    expect(manifest.contributes.configuration.properties['duidelijk.run'].enum).toEqual([
      'onType',
      'onSave',
      'manual',
    ])
    expect(manifest.contributes.commands.map((c: {title: string}) => text(c.title))).toEqual([
      'Toon leesbaarheid',
      'Controleer werkruimte',
      'Herstel alle veilige bevindingen',
      'Maak configuratiebestand',
      'Controleer dit document',
      'Start de controle opnieuw',
    ])
    // Every %key% in the manifest has a Dutch text.
    const keys = [...JSON.stringify(manifest).matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]!)
    expect(keys.filter((key) => typeof nls[key] !== 'string')).toEqual([])
    expect(manifest.contributes.jsonValidation[0]).toEqual({
      fileMatch: ['.duidelijk.json', '.duidelijk.jsonc'],
      url: './schema/duidelijk.schema.json',
    })
  })

  it('has an English text for every Dutch one (package.nls.en.json)', () => {
    const dutch = JSON.parse(readFileSync(new URL('package.nls.json', root), 'utf8'))
    const english = JSON.parse(readFileSync(new URL('package.nls.en.json', root), 'utf8'))
    expect(Object.keys(english)).toEqual(Object.keys(dutch))
    expect(english['command.controleerWerkruimte']).toBe('Check workspace')
    // Translated, not copied (names such as 'Duidelijk Dronten' aside).
    const same = Object.keys(dutch).filter((key) => english[key] === dutch[key])
    expect(same).toEqual([])
    // The .vsix ships both files.
    const ignore = readFileSync(new URL('.vscodeignore', root), 'utf8')
    expect(ignore).toContain('!package.nls.*.json')
  })

  it('bundles the client and ships the current config schema', () => {
    execFileSync(process.execPath, [new URL('build.mjs', root).pathname], {stdio: 'pipe'})
    expect(existsSync(new URL('dist/extension.cjs', root))).toBe(true)
    const bundle = readFileSync(new URL('dist/extension.cjs', root), 'utf8')
    expect(bundle).toContain('duidelijk/status')
    expect(bundle).toContain('default-src')
    // The server is started with the heap flags the language server recommends.
    for (const flag of SERVER_EXEC_ARGV) expect(bundle).toContain(JSON.stringify(flag))
    expect(bundle).not.toMatch(/require\(["']vscode-languageclient/)
    expect(readFileSync(new URL('schema/duidelijk.schema.json', root), 'utf8')).toBe(
      readFileSync(new URL('../core/schema/duidelijk.schema.json', root), 'utf8'),
    )
  })
})

describe('bundled language server', () => {
  it('runs without node_modules: word lists, dictionary and spelling load from the bundle', async () => {
    execFileSync(process.execPath, [new URL('build.mjs', root).pathname], {stdio: 'pipe'})
    const copy = mkdtempSync(join(tmpdir(), 'duidelijk-bundle-'))
    cpSync(new URL('dist', root), join(copy, 'dist'), {recursive: true})
    cpSync(new URL('data', root), join(copy, 'data'), {recursive: true})
    const server = spawn(
      process.execPath,
      [...SERVER_EXEC_ARGV, join(copy, 'dist', 'server.mjs'), '--stdio'],
      {
        cwd: copy,
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    )
    const connection = createProtocolConnection(
      new StreamMessageReader(server.stdout),
      new StreamMessageWriter(server.stdin),
    )
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', resolve),
    )
    connection.listen()
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    })
    await connection.sendNotification('initialized', {})
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: 'untitled:brief.txt',
        languageId: 'plaintext',
        version: 1,
        text: 'Middels deze brief sturen wij u de precariobelasting. Dat is heel belangrjk.',
      },
    })
    const {diagnostics} = await published
    expect(diagnostics.map((d) => `${d.code} ${d.range.start.character}`)).toEqual([
      'ambtelijke-taal 0',
      'ambtelijke-taal 35',
      'spelling 66',
    ])
    connection.dispose()
    server.kill()
    rmSync(copy, {recursive: true, force: true})
  })
})
