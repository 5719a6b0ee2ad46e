import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {MEASURED_RULES} from '../../scripts/measured-rules.mjs'

const LABELS = MEASURED_RULES
/** The rules with a recall target need more positive sentences for a stable figure. */
const MIN_30 = [
  'ambtelijke-taal',
  'lijdende-vorm',
  'vage-termijn',
  'dubbele-ontkenning',
  'aanspreekvorm',
  'afkorting',
]

const text = readFileSync(new URL('zinnen.tsv', import.meta.url), 'utf8')
const lines = text.split('\n')
const header = lines.filter((line) => line.startsWith('#'))
const rows = lines
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('id\t'))
  .map((line) => line.split('\t'))
const count = (label: string) => rows.filter((r) => r[2]!.split(',').includes(label)).length

describe('labelled corpus', () => {
  it('starts with a header naming source and licence, then the column line', () => {
    expect(lines[0]).toMatch(/^#/)
    expect(header.join('\n')).toMatch(/eigen werk/i)
    expect(header.join('\n')).toContain('EUPL-1.2')
    expect(lines[header.length]).toBe('id\tsoort\tlabels\tzin')
  })

  it('has four columns, unique ids, known kinds and labels, no duplicate sentences', () => {
    const ids = new Set<string>()
    const sentences = new Set<string>()
    const bad: string[] = []
    for (const row of rows) {
      const [id = '', kind = '', labels = '', sentence = ''] = row
      const labelList = labels.split(',')
      const ok =
        row.length === 4 &&
        /^z\d{3}$/.test(id) &&
        !ids.has(id) &&
        ['brief', 'mail', 'web'].includes(kind) &&
        (labels === '-' || labelList.every((l) => LABELS.includes(l))) &&
        new Set(labelList).size === labelList.length &&
        sentence.trim() === sentence &&
        sentence.length > 0 &&
        !sentences.has(sentence)
      if (!ok) bad.push(row.join(' | '))
      ids.add(id)
      sentences.add(sentence)
    }
    expect(bad).toEqual([])
  })

  it('has at least 450 sentences and 160 clean ones', () => {
    expect(rows.length).toBeGreaterThanOrEqual(450)
    expect(rows.filter((r) => r[2] === '-').length).toBeGreaterThanOrEqual(160)
  })

  it('has at least 20 sentences per label and 30 for the rules with a recall target', () => {
    const short = LABELS.filter((l) => count(l) < (MIN_30.includes(l) ? 30 : 20))
    expect(short).toEqual([])
  })

  it('labels lange-zin exactly when a sentence has more than 20 words', () => {
    const wrong = rows
      .filter((r) => {
        const words = r[3]!.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
        return words > 20 !== r[2]!.split(',').includes('lange-zin')
      })
      .map((r) => r[0])
    expect(wrong).toEqual([])
  })

  it('matches the counts in README.md', () => {
    const readme = readFileSync(new URL('README.md', import.meta.url), 'utf8')
    const block = /<!-- counts:start -->([\s\S]*)<!-- counts:end -->/.exec(readme)?.[1] ?? ''
    const table = Object.fromEntries(
      [...block.matchAll(/^\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|$/gm)].map((m) => [m[1], Number(m[2])]),
    )
    expect(table).toEqual({
      '(clean)': rows.filter((r) => r[2] === '-').length,
      ...Object.fromEntries(LABELS.map((l) => [l, count(l)])),
      '**total**': rows.length,
    })
  })
})
