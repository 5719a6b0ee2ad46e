import {appendFileSync, existsSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {findConfigFile, WORDS_FILE} from '@duidelijk/core/node'
import {safeEdits} from './code-actions.js'
import {pathOf, type ServerContext} from './context.js'
import {ADD_WORD_COMMAND, FIX_ALL_COMMAND} from './protocol.js'
import type {Scheduler} from './scheduler.js'

/** workspace/executeCommand: fix all safe findings of a document, add a word to the words file. */
export function registerCommands(context: ServerContext, scheduler: Scheduler): void {
  const {connection, documents} = context
  connection.onExecuteCommand(async (params) => {
    if (params.command === FIX_ALL_COMMAND) {
      const [uri] = (params.arguments ?? []) as [string]
      const document = uri ? documents.get(uri) : undefined
      const result = uri ? context.results.get(uri) : undefined
      if (!document || !result) return 0
      const edits = safeEdits(document, result.findings)
      if (edits.length === 0) return 0
      const applied = await connection.workspace.applyEdit({
        label: 'Herstel alle veilige bevindingen',
        edit: {changes: {[uri]: edits}},
      })
      return applied.applied ? edits.length : 0
    }
    if (params.command !== ADD_WORD_COMMAND) return
    const [uri, word] = (params.arguments ?? []) as [string, string]
    const path = pathOf(uri)
    if (!path || !word) return
    if (!addWord(context, path, word)) return
    scheduler.recheckAll()
  })
}

/**
 * Add a word to the project's words file (next to the nearest config file, or in the document's
 * folder). False when the file cannot be written.
 */
function addWord(context: ServerContext, path: string, word: string): boolean {
  try {
    const configFile = findConfigFile(dirname(path))
    const file = join(configFile ? dirname(configFile) : dirname(path), WORDS_FILE)
    if (!existsSync(file)) {
      writeFileSync(file, `# Woorden die duidelijk goed rekent, één per regel.\n${word}\n`)
    } else {
      const existing = readFileSync(file, 'utf8')
      appendFileSync(file, `${existing === '' || existing.endsWith('\n') ? '' : '\n'}${word}\n`)
    }
    return true
  } catch (error) {
    context.connection.console.error(
      `duidelijk: woord niet toegevoegd: ${(error as Error).message}`,
    )
    return false
  }
}
