import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Diagnostic} from 'vscode-languageserver-protocol/node.js'
import {METRICS_REQUEST, type MetricsResult} from '../src/protocol.js'
import {startClient, type TestClient} from './client.js'

let client: TestClient
const root = mkdtempSync(join(tmpdir(), 'duidelijk-lsp-'))
writeFileSync(
  join(root, '.duidelijk.json'),
  '{"root": true, "rules": {"spelling": "off", "moeilijk-woord": "off"}}',
)

const waitFor = (uri: string, predicate?: (d: Diagnostic[]) => boolean) =>
  client.waitFor(uri, predicate)

function open(name: string, text: string, languageId = 'plaintext'): string {
  const uri = pathToFileURL(join(root, name)).href
  client.open(uri, text, languageId)
  return uri
}

beforeAll(async () => {
  client = await startClient({rootUri: pathToFileURL(root).href})
})

afterAll(() => client.stop())

describe('language server', () => {
  it('publishes diagnostics with exact ranges, rule code and doc link', async () => {
    const uri = open('brief.txt', 'Beste Sanne,\n\nWij hebben uw brief reeds ontvangen.\n')
    const all = await waitFor(uri, (d) => d.length > 0)
    const diagnostic = all.find((d) => d.code === 'ambtelijke-taal')
    expect(all.map((d) => d.code).sort()).toEqual([
      'afsluiting',
      'ambtelijke-taal',
      'contactgegevens',
    ])
    expect(diagnostic).toMatchObject({
      range: {start: {line: 2, character: 20}, end: {line: 2, character: 25}},
      severity: 2,
      source: 'duidelijk',
      code: 'ambtelijke-taal',
      codeDescription: {
        href: 'https://github.com/duidelijk/duidelijk/blob/main/docs/rules/ambtelijke-taal.md',
      },
      message: '‘Reeds’ is ouderwets voor ‘al’.',
      data: {expected: ['al'], fix: 'safe'},
    })
    await new Promise<void>((resolve) => {
      const poll = () =>
        client.statuses.some((s) => s.uri === uri) ? resolve() : setTimeout(poll, 20)
      poll()
    })
    expect(client.statuses.find((s) => s.uri === uri)).toMatchObject({
      level: 'onbekend',
      warnings: 3,
    })
  })

  it('re-checks after an edit (debounced)', async () => {
    const uri = open('edit.md', 'Wij hebben uw brief reeds ontvangen.\n', 'markdown')
    await waitFor(uri, (d) => d.length === 1)
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: [
        {range: {start: {line: 0, character: 20}, end: {line: 0, character: 25}}, text: 'al'},
      ],
    })
    expect(await waitFor(uri, (d) => d.length === 0)).toEqual([])
  })

  it('gives hovers, quick fixes and an ignore action in the format’s comment syntax', async () => {
    const uri = open('hover.md', 'Wij hebben uw brief reeds ontvangen.\n', 'markdown')
    const [diagnostic] = await waitFor(uri, (d) => d.length > 0)
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: {uri},
      position: {line: 0, character: 22},
    })) as {
      contents: {value: string}
    }
    expect(hover.contents.value).toContain('**ambtelijke-taal** — ‘Reeds’ is ouderwets voor ‘al’.')
    expect(hover.contents.value).toContain('Voorstel: ‘al’')
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: diagnostic!.range,
      context: {diagnostics: [diagnostic]},
    })) as Array<{
      title: string
      isPreferred?: boolean
      edit: {changes: Record<string, Array<{newText: string}>>}
    }>
    expect(
      actions.map((a) => [a.title, a.isPreferred ?? false, a.edit.changes[uri]![0]!.newText]),
    ).toEqual([
      ['Vervang door ‘al’', true, 'al'],
      [
        'Negeer ‘ambtelijke-taal’ op deze regel',
        false,
        '<!-- duidelijk-disable-next-line ambtelijke-taal -->\n',
      ],
      ['Herstel alle veilige bevindingen', false, 'al'],
    ])
  })

  it('answers the metrics request', async () => {
    const text =
      'Wij hebben uw aanvraag ontvangen. Wij bellen u binnen twee weken. U hoeft niets te doen.\n'
    const uri = open('metrics.txt', text)
    await waitFor(uri)
    const metrics = (await client.connection.sendRequest(METRICS_REQUEST, {uri})) as MetricsResult
    expect([metrics.words, metrics.sentences, metrics.perSentence.length]).toEqual([16, 3, 3])
    expect(metrics.perSentence[1]!.range).toEqual({
      start: {line: 0, character: 34},
      end: {line: 0, character: 65},
    })
  })

  it('reports a bad config as one diagnostic, in Dutch', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'duidelijk-lsp-bad-'))
    writeFileSync(join(folder, '.duidelijk.json'), '{"rules": {"lange-zinnen": "off"}}')
    const uri = pathToFileURL(join(folder, 'brief.txt')).href
    client.open(uri, 'Hallo.')
    const [diagnostic] = await waitFor(uri, (d) => d.length > 0)
    expect(diagnostic!.message).toBe(
      `${join(folder, '.duidelijk.json')}: onbekende regel "lange-zinnen"; bedoelt u "lange-zin"?`,
    )
  })

  it('shows a config warning (an old rule id) once as a warning message, and checks on', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'duidelijk-lsp-renamed-'))
    writeFileSync(
      join(folder, '.duidelijk.json'),
      '{"root": true, "lang": "en", "rules": {"en/passive": "error"}}',
    )
    const first = pathToFileURL(join(folder, 'a.txt')).href
    const second = pathToFileURL(join(folder, 'b.txt')).href
    client.open(first, 'The permit was given to your neighbour.')
    client.open(second, 'The form was sent to you.')
    for (const uri of [first, second]) {
      const diagnostics = await waitFor(uri, (d) => d.some((x) => x.code === 'en-passive'))
      expect(diagnostics.find((d) => d.code === 'en-passive')!.severity).toBe(1)
    }
    const warning = `Duidelijk: ${join(folder, '.duidelijk.json')}: regel "en/passive" heet nu "en-passive"; de oude naam werkt nog, maar verdwijnt in een volgende versie`
    expect(client.messages.filter((m) => m.message === warning)).toEqual([
      {type: 2, message: warning},
    ])
  })
})

describe('fix all and the words file', () => {
  it('offers source.fixAll.duidelijk with every safe fix', async () => {
    const uri = open('fixall.txt', 'Indien u wilt, kunt u reeds bellen.\n')
    await waitFor(uri, (d) => d.length >= 2)
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics: [], only: ['source.fixAll']},
    })) as Array<{
      title: string
      kind: string
      edit: {changes: Record<string, Array<{newText: string}>>}
    }>
    expect(
      actions.map((a) => [a.title, a.kind, a.edit.changes[uri]!.map((e) => e.newText)]),
    ).toEqual([['Herstel alle veilige bevindingen', 'source.fixAll.duidelijk', ['Als', 'al']]])
  })

  it('adds a word to .duidelijk-woorden.txt and re-checks', async () => {
    const {readFileSync} = await import('node:fs')
    const folder = mkdtempSync(join(tmpdir(), 'duidelijk-lsp-words-'))
    writeFileSync(join(folder, '.duidelijk.json'), '{"root": true}')
    const uri = pathToFileURL(join(folder, 'brief.txt')).href
    client.open(uri, 'De kinderboerdrij is open.\n')
    const [spelling] = (await waitFor(uri, (d) => d.some((x) => x.code === 'spelling'))).filter(
      (d) => d.code === 'spelling',
    )
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: spelling!.range,
      context: {diagnostics: [spelling]},
    })) as Array<{title: string; command?: {command: string; arguments: unknown[]}}>
    const add = actions.find((a) => a.title === 'Voeg ‘kinderboerdrij’ toe aan de woordenlijst')!
    await client.connection.sendRequest('workspace/executeCommand', {
      command: add.command!.command,
      arguments: add.command!.arguments,
    })
    expect(readFileSync(join(folder, '.duidelijk-woorden.txt'), 'utf8')).toBe(
      '# Woorden die duidelijk goed rekent, één per regel.\nkinderboerdrij\n',
    )
    expect(await waitFor(uri, (d) => !d.some((x) => x.code === 'spelling'))).not.toContainEqual(
      expect.objectContaining({code: 'spelling'}),
    )
  })

  it('offers the right verb form, not the words file, for a d/t error', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'duidelijk-lsp-dt-'))
    writeFileSync(join(folder, '.duidelijk.json'), '{"root": true}')
    const uri = pathToFileURL(join(folder, 'brief.txt')).href
    client.open(uri, 'De vuilnisbak word op woensdag geleegd.\n')
    const [spelling] = (await waitFor(uri, (d) => d.some((x) => x.code === 'spelling'))).filter(
      (d) => d.code === 'spelling',
    )
    expect(spelling!.range).toEqual({
      start: {line: 0, character: 14},
      end: {line: 0, character: 18},
    })
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: spelling!.range,
      context: {diagnostics: [spelling]},
    })) as Array<{title: string}>
    expect(actions.map((a) => a.title)).toEqual([
      'Vervang door ‘wordt’',
      'Negeer ‘spelling’ op deze regel',
    ])
  })
})
