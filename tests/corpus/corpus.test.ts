import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

const LABELS = [
  'lange-zin',
  'ambtelijke-taal',
  'lijdende-vorm',
  'naamwoordstijl',
  'tangconstructie',
  'dubbele-ontkenning',
  'vage-termijn',
  'afkorting',
  'aanspreekvorm',
  'moeilijk-woord',
  'spelling',
  'toon',
  'datum-en-bedrag',
  'persoonsgegevens',
]

const rows = readFileSync(new URL('zinnen.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('id\t'))
  .map((line) => line.split('\t'))

describe('labelled corpus', () => {
  it('has four columns, unique ids and known kinds and labels', () => {
    const ids = new Set<string>()
    for (const row of rows) {
      expect(row).toHaveLength(4)
      const [id = '', kind = '', labels = ''] = row
      expect(id).toMatch(/^z\d{3}$/)
      expect(ids.has(id)).toBe(false)
      ids.add(id)
      expect(['brief', 'mail', 'web']).toContain(kind)
      if (labels !== '-') for (const label of labels.split(',')) expect(LABELS).toContain(label)
    }
  })

  it('has at least 450 sentences, 150 clean ones and 20 per label', () => {
    expect(rows.length).toBeGreaterThanOrEqual(450)
    expect(rows.filter((r) => r[2] === '-').length).toBeGreaterThanOrEqual(150)
    for (const label of LABELS) {
      expect([label, rows.filter((r) => r[2]!.split(',').includes(label)).length >= 20]).toEqual([
        label,
        true,
      ])
    }
  })
})
