import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {unifiedDiff} from '../src/diff.js'

const lines = (n: number, change: Record<number, string> = {}) =>
  Array.from({length: n}, (_, i) => `${change[i + 1] ?? `Regel ${i + 1} van de brief.`}\n`).join('')

describe('unifiedDiff', () => {
  it('gives separate hunks for changes far apart, with three lines of context', () => {
    const before = lines(20)
    const after = lines(20, {2: 'Regel twee.', 18: 'Regel achttien.'})
    expect(unifiedDiff('brief.txt', before, after)).toBe(
      [
        '--- a/brief.txt',
        '+++ b/brief.txt',
        '@@ -1,5 +1,5 @@',
        ' Regel 1 van de brief.',
        '-Regel 2 van de brief.',
        '+Regel twee.',
        ' Regel 3 van de brief.',
        ' Regel 4 van de brief.',
        ' Regel 5 van de brief.',
        '@@ -15,6 +15,6 @@',
        ' Regel 15 van de brief.',
        ' Regel 16 van de brief.',
        ' Regel 17 van de brief.',
        '-Regel 18 van de brief.',
        '+Regel achttien.',
        ' Regel 19 van de brief.',
        ' Regel 20 van de brief.',
        '',
      ].join('\n'),
    )
  })

  it('marks a last line without a line end, and is empty when nothing changed', () => {
    expect(unifiedDiff('a.txt', 'Wij zijn reeds klaar.', 'Wij zijn al klaar.')).toBe(
      '--- a/a.txt\n+++ b/a.txt\n@@ -1 +1 @@\n-Wij zijn reeds klaar.\n\\ Geen regeleinde aan het eind van het bestand\n+Wij zijn al klaar.\n\\ Geen regeleinde aan het eind van het bestand\n',
    )
    expect(unifiedDiff('a.txt', 'zelfde\n', 'zelfde\n')).toBe('')
  })

  it('is a patch git apply accepts', () => {
    const root = mkdtempSync(join(tmpdir(), 'duidelijk-diff-'))
    const before = lines(12)
    const after = lines(12, {1: 'Eerste regel.', 7: 'Zevende regel.', 12: 'Laatste regel.'})
    writeFileSync(join(root, 'brief.txt'), before)
    writeFileSync(join(root, 'fix.patch'), unifiedDiff('brief.txt', before, after))
    const result = spawnSync('git', ['apply', 'fix.patch'], {cwd: root, encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(readFileSync(join(root, 'brief.txt'), 'utf8')).toBe(after)
  })
})
