import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {startClient} from './client.js'

describe('language server with the Duidelijk Dronten preset from the editor settings', () => {
  it('applies duidelijk:dronten: a missing way to reach the municipality is an error', async () => {
    const root = mkdtempSync(join(tmpdir(), 'duidelijk-lsp-preset-'))
    writeFileSync(join(root, '.duidelijk.json'), '{"root": true, "rules": {"spelling": "off"}}')
    const client = await startClient({
      rootUri: pathToFileURL(root).href,
      initializationOptions: {preset: 'duidelijk:dronten'},
    })
    const uri = pathToFileURL(join(root, 'brief.txt')).href
    client.open(
      uri,
      'Beste Sanne,\n\nUw pas ligt klaar.\n\nMet vriendelijke groet,\nTeam Burgerzaken\n',
    )
    const diagnostics = await client.waitFor(uri, (d) => d.length > 0)
    expect(diagnostics.find((d) => d.code === 'contactgegevens')?.severity).toBe(1)
    await client.stop()
  })
})
