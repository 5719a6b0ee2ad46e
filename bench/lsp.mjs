// Benchmark: time from didChange to publishDiagnostics in the language server (debounce 0), over
// random one-word edits in a 600-word letter, and the server's memory after many edits.
// Usage: node bench/lsp.mjs [--edits 1000] [--memory-edits 10000] [--write]
import {spawn} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {performance} from 'node:perf_hooks'
import {generateLetters} from './corpus.mjs'

const require = createRequire(new URL('../packages/language-server/package.json', import.meta.url))
const {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} = require('vscode-languageserver-protocol/node.js')

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i === -1 ? fallback : Number(args[i + 1])
}
const edits = option('--edits', 1000)
const memoryEdits = option('--memory-edits', 10000)

const server = spawn(
  process.execPath,
  [new URL('../packages/language-server/dist/bin.js', import.meta.url).pathname, '--stdio'],
  {stdio: ['pipe', 'pipe', 'inherit']},
)
const connection = createProtocolConnection(
  new StreamMessageReader(server.stdout),
  new StreamMessageWriter(server.stdin),
)
let waiting
connection.onNotification('textDocument/publishDiagnostics', () => waiting?.())
connection.listen()
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: null,
  capabilities: {},
  initializationOptions: {debounceMs: 0},
})
await connection.sendNotification('initialized', {})

const letter = generateLetters(1, {words: 600, seed: 11})[0]
const uri = 'untitled:brief.txt'
const published = () => new Promise((resolve) => (waiting = resolve))
let next = published()
await connection.sendNotification('textDocument/didOpen', {
  textDocument: {uri, languageId: 'plaintext', version: 1, text: letter},
})
await next

const lines = letter.split('\n')
const words = ['reeds', 'al', 'middels', 'via', 'thans', 'nu', 'gemeente', 'brief']
let version = 1
let seed = 5
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
async function edit(measure) {
  // Replace one word by another, so the letter keeps its size (like retyping a word).
  let line = Math.floor(random() * lines.length)
  while (!/\p{L}{2,}/u.test(lines[line])) line = (line + 1) % lines.length
  const spans = [...lines[line].matchAll(/\p{L}+/gu)]
  const span = spans[Math.floor(random() * spans.length)]
  const character = span.index
  const removed = span[0].length
  const text = words[Math.floor(random() * words.length)]
  lines[line] = lines[line].slice(0, character) + text + lines[line].slice(character + removed)
  next = published()
  const start = performance.now()
  await connection.sendNotification('textDocument/didChange', {
    textDocument: {uri, version: ++version},
    contentChanges: [
      {range: {start: {line, character}, end: {line, character: character + removed}}, text},
    ],
  })
  await next
  return measure ? performance.now() - start : 0
}

for (let i = 0; i < 20; i++) await edit(false)
const times = []
for (let i = 0; i < edits; i++) times.push(await edit(true))
times.sort((a, b) => a - b)
const p50 = times[Math.floor(times.length * 0.5)]
const p95 = times[Math.floor(times.length * 0.95)]
for (let i = 0; i < memoryEdits; i++) await edit(false)
const status = readFileSync(`/proc/${server.pid}/status`, 'utf8')
const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
await connection.sendRequest('shutdown')
await connection.sendNotification('exit')
server.kill()

const report = `
## Language server (bench/lsp.mjs)

didChange → publishDiagnostics for a one-word edit in a 600-word letter (debounce 0, all default
rules, ${edits} random edits after 20 warm-up edits): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms
(target: p95 under 15 ms). Server memory (resident) after ${memoryEdits} more edits: ${rss.toFixed(0)} MB
(target: under 150 MB).
`
process.stdout.write(report)
if (args.includes('--write')) {
  const path = new URL('../docs/performance.md', import.meta.url)
  const page = readFileSync(path, 'utf8').replace(
    /\n## Language server \(bench\/lsp\.mjs\)[\s\S]*$/,
    '',
  )
  writeFileSync(path, `${page.trimEnd()}\n${report}`)
}
