// Recall of the ambtelijke-taal list on a held-back list of well-known ambtelijke words that were
// not used to build it (tests/external/jargon-heldback.txt: word, source, a sentence written by the
// project). A line counts as found when ambtelijke-taal reports a range that overlaps the word.
//
// Usage (after `pnpm build`): node scripts/eval-jargon-heldback.mjs [--misses]
//   --misses  list the words that were not found
import {readFileSync} from 'node:fs'

const FILE = new URL('../tests/external/jargon-heldback.txt', import.meta.url)
const core = await import('../packages/core/dist/node/index.js')
const checker = await core.createChecker({lang: 'nl', letter: false})
const showMisses = process.argv.includes('--misses')

let total = 0
let found = 0
const misses = []
for (const line of readFileSync(FILE, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue
  const [word = '', , sentence = ''] = line.split('\t')
  const at = sentence.toLowerCase().indexOf(word.toLowerCase())
  if (at < 0) throw new Error(`jargon-heldback.txt: "${word}" staat niet in de zin "${sentence}"`)
  const end = at + word.length
  total++
  const hit = checker
    .check({text: sentence})
    .findings.some(
      (f) =>
        f.ruleId === 'ambtelijke-taal' && f.range.start.offset < end && f.range.end.offset > at,
    )
  if (hit) found++
  else misses.push(word)
}
process.stdout.write(
  `ambtelijke-taal held-back recall: ${found}/${total} = ${(found / total).toFixed(2)}\n`,
)
if (showMisses) process.stdout.write(`niet gevonden: ${misses.join(', ')}\n`)
