// Language server: diagnostics, hovers, quick fixes, the metrics panel and the workspace check
// never carry personal data (random values, every notation, see ../../cli/test/privacy-data.ts).
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {leaks, letters, personalData} from '../../cli/test/privacy-data.js'
import {CHECK_WORKSPACE_REQUEST, METRICS_REQUEST} from '../src/protocol.js'
import {startClient, type TestClient} from './client.js'

let client: TestClient
const root = mkdtempSync(join(tmpdir(), 'duidelijk-lsp-privacy-'))
// Every kind reported in a letter (by default only BSNs and account numbers), so that the counts
// below show the server saw every value.
writeFileSync(
  join(root, '.duidelijk.json'),
  JSON.stringify({
    root: true,
    rules: {
      spelling: 'off',
      persoonsgegevens: [
        'info',
        {soortenInBrief: ['bsn', 'iban', 'telefoon', 'email', 'geboortedatum', 'kenteken']},
      ],
    },
  }),
)

beforeAll(async () => {
  client = await startClient({
    workspaceFolders: [{uri: pathToFileURL(root).href, name: 'brieven'}],
    initializationOptions: {debounceMs: 0},
  })
})

afterAll(() => client.stop())

const LANGUAGE: Record<string, string> = {txt: 'plaintext', md: 'markdown', html: 'html'}

describe('language server privacy', () => {
  it('prints no personal data in diagnostics, hovers, code actions, metrics or the workspace check', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(personalData, async (data) => {
        run++
        const printed: unknown[] = []
        for (const [name, content] of Object.entries(letters(data))) {
          const file = join(root, `${run}-${name}`)
          writeFileSync(file, content)
          const extension = name.split('.').pop()!
          if (!(extension in LANGUAGE)) continue
          const uri = pathToFileURL(file).href
          client.open(uri, content as string, LANGUAGE[extension])
          const diagnostics = await client.waitFor(uri, (d) =>
            d.some((x) => x.code === 'persoonsgegevens'),
          )
          printed.push(diagnostics)
          for (const diagnostic of diagnostics) {
            const position = {textDocument: {uri}, position: diagnostic.range.start}
            printed.push(await client.connection.sendRequest('textDocument/hover', position))
            printed.push(
              await client.connection.sendRequest('textDocument/codeAction', {
                textDocument: {uri},
                range: diagnostic.range,
                context: {diagnostics: [diagnostic]},
              }),
            )
          }
          printed.push(await client.connection.sendRequest(METRICS_REQUEST, {uri}))
        }
        await client.connection.sendRequest(CHECK_WORKSPACE_REQUEST, {})
        for (const name of ['brief.eml', 'brief.docx', 'brief.odt']) {
          const uri = pathToFileURL(join(root, `${run}-${name}`)).href
          const diagnostics = client.diagnostics.get(uri) ?? []
          expect(diagnostics.filter((d) => d.code === 'persoonsgegevens').length).toBeGreaterThan(5)
          printed.push(diagnostics)
        }
        expect(leaks(data, JSON.stringify(printed))).toEqual([])
      }),
      {numRuns: 3},
    )
  }, 120_000)
})
