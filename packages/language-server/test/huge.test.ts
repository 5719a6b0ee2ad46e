import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startClient, type TestClient} from './client.js'

// Issue #19: a 10 MB document dense with jargon kept the server busy (hovers, other documents and
// shutdown unanswered) and then took it down (out of memory).
let client: TestClient
const root = mkdtempSync(join(tmpdir(), 'duidelijk-lsp-groot-'))
writeFileSync(join(root, '.duidelijk.json'), '{"root": true, "rules": {"spelling": "off"}}')
const uri = (name: string) => pathToFileURL(join(root, name)).href
const PARAGRAPH =
  'Wij hebben uw aanvraag reeds ontvangen en indien u vragen heeft, kunt u middels het formulier terstond contact opnemen. Alsmede verzoeken wij u derhalve de bijlage te retourneren. '.repeat(
    4,
  ) + '\n\n'

beforeAll(async () => {
  client = await startClient({rootUri: pathToFileURL(root).href})
})
afterAll(async () => {
  await client.stop()
  rmSync(root, {recursive: true, force: true})
})

describe('the language server under a huge document', () => {
  it('keeps answering: a 10 MB document gets one Dutch notice; hovers and other documents go on', async () => {
    const huge = uri('groot.txt')
    client.open(huge, PARAGRAPH.repeat(Math.floor((10 * 1024 * 1024) / PARAGRAPH.length)))
    const small = uri('klein.txt')
    client.open(small, 'Wij hebben uw brief reeds ontvangen.\n')
    const started = Date.now()
    const [notice] = await client.waitFor(huge)
    expect(notice).toMatchObject({
      severity: 3,
      source: 'duidelijk',
      message:
        'Dit document is groter dan 500.000 tekens; duidelijk controleert het niet in de editor, zodat die vlot blijft reageren. Controleer het met de opdrachtregel (duidelijk <bestand>) of verhoog de instelling duidelijk.maxDocumentSize.',
    })
    const diagnostics = await client.waitFor(small, (d) => d.length > 0)
    expect(diagnostics.map((d) => d.code)).toContain('ambtelijke-taal')
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: {uri: small},
      position: {line: 0, character: 22},
    })) as {contents: {value: string}}
    expect(hover.contents.value).toContain('‘Reeds’ is ouderwets voor ‘al’.')
    // Not a timed unit test: a generous bound that a starved server (minutes) cannot meet.
    expect(Date.now() - started).toBeLessThan(60_000)
  })

  it('caps the diagnostics of a long document: 1.000 per rule plus one summary', async () => {
    const long = uri('lang.txt')
    client.open(long, 'Wij hebben dit reeds gedaan. '.repeat(2_000))
    const diagnostics = await client.waitFor(long, (d) => d.length > 0)
    const jargon = diagnostics.filter((d) => d.code === 'ambtelijke-taal')
    expect(jargon.length).toBe(1_001)
    expect(jargon.at(-1)!.message).toBe(
      'Deze regel gaf in dit bestand meer dan 1.000 meldingen; de volgende 1.000 staan niet in de lijst. Verbeter eerst de eerste meldingen en controleer dan opnieuw.',
    )
  })
})
