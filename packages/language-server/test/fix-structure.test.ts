// Issue #19 in the language server: its quick fixes and "Herstel alle veilige bevindingen" send
// edits from the same findings as --fix. The fix property of core (packages/core/test/fuzz) on
// generated Markdown and HTML letters with markup, through the real server over stdio: the edits
// change only the text inside their ranges and keep the document's parse tree (mdast, hast) apart
// from the replaced words. Fewer cases than core's CI property, as every case is a round trip.
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {Diagnostic, TextEdit} from 'vscode-languageserver-protocol/node.js'
import {htmlLetter, markdownLetter} from '../../core/test/fuzz/letters.js'
import {fixProblems} from '../../core/test/fuzz/properties.js'
import {startClient, type TestClient} from './client.js'

let client: TestClient
const root = mkdtempSync(join(tmpdir(), 'duidelijk-lsp-fix-'))
writeFileSync(join(root, '.duidelijk.json'), '{"root": true}')
let count = 0

beforeAll(async () => {
  client = await startClient({rootUri: pathToFileURL(root).href})
})
afterAll(() => client.stop())

interface Action {
  title: string
  kind: string
  isPreferred?: boolean
  edit?: {changes: Record<string, TextEdit[]>}
}

/** Problems of a set of edits on a document (empty when all is well). */
function editProblems(format: 'md' | 'html', document: TextDocument, edits: TextEdit[]) {
  const fixes = edits
    .map((edit) => ({
      start: document.offsetAt(edit.range.start),
      end: document.offsetAt(edit.range.end),
      text: edit.newText,
    }))
    .sort((a, b) => a.start - b.start)
  const fixed = TextDocument.applyEdits(document, edits)
  return fixProblems(format, document.getText(), fixed, fixes)
}

async function checkLetter(format: 'md' | 'html', text: string): Promise<string[]> {
  const languageId = format === 'md' ? 'markdown' : 'html'
  const uri = pathToFileURL(join(root, `brief-${++count}.${format}`)).href
  const document = TextDocument.create(uri, languageId, 1, text)
  client.open(uri, text, languageId)
  const diagnostics = await client.waitFor(uri)
  const request = (context: {diagnostics: Diagnostic[]; only?: string[]}) =>
    client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context,
    }) as Promise<Action[]>
  const problems: string[] = []
  // Fix all: every safe fix at once.
  const [fixAll] = await request({diagnostics: [], only: ['source.fixAll']})
  if (fixAll) problems.push(...editProblems(format, document, fixAll.edit!.changes[uri]!))
  // Each quick fix on its own (every replacement offered, not only the preferred one).
  const actions = await request({diagnostics})
  for (const action of actions) {
    const edits = action.edit?.changes[uri]
    if (action.kind !== 'quickfix' || !edits || action.title.startsWith('Negeer')) continue
    problems.push(...editProblems(format, document, edits).map((p) => `${action.title}: ${p}`))
  }
  return problems
}

describe('language server: fix edits keep the structure of Markdown and HTML', () => {
  it.each([
    ['md', markdownLetter],
    ['html', htmlLetter],
  ] as const)(
    '%s',
    async (format, letters) => {
      await fc.assert(
        fc.asyncProperty(letters, async (text) => {
          expect(await checkLetter(format, text)).toEqual([])
        }),
        {numRuns: 40},
      )
    },
    120_000,
  )

  it('the fix-all edits of a list item continued on a second line replace only the word', async () => {
    const text = '- Wij hebben uw aanvraag reeds ontvangen en wij bellen u\n  binnen drie dagen.\n'
    expect(await checkLetter('md', text)).toEqual([])
    const uri = pathToFileURL(join(root, `brief-${count}.md`)).href
    const [fixAll] = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics: [], only: ['source.fixAll']},
    })) as Action[]
    expect(fixAll!.edit!.changes[uri]).toEqual([
      {range: {start: {line: 0, character: 25}, end: {line: 0, character: 30}}, newText: 'al'},
    ])
  })
})
