import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {folder, run} from './helpers.js'

// Sentences of the letters below; none may be in the cache file (issue #19: it held every source).
const SENTENCES = [
  'Wij hebben uw aanvraag voor een gehandicaptenparkeerkaart reeds ontvangen',
  'Mevrouw Bakker van het Zorgloket belt u binnen twee weken voor een afspraak',
  'Neemt u dan uw medische verklaring mee',
]
const LETTER = `Beste mevrouw Jansen,\n\n${SENTENCES[0]}. ${SENTENCES[1]}. ${SENTENCES[2]}.\n\nMet vriendelijke groet,\nGemeente Dronten\n`
const CONFIG = '{"root": true, "rules": {"spelling": "off"}}'
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const DOCX = zipSync({
  'word/document.xml': strToU8(
    `<w:document ${W}><w:body><w:p><w:r><w:t>Beste mevrouw Jansen,</w:t></w:r></w:p><w:p><w:r><w:t>${SENTENCES[0]}. ${SENTENCES[1]}.</w:t></w:r></w:p></w:body></w:document>`,
  ),
})

describe('the --cache file holds no letter text (issue #19)', () => {
  it('stores hashes and findings only; a hit shows the same report, code frames from the file', async () => {
    const root = folder({
      'brief.txt': LETTER,
      'brief.html': `<p>Beste mevrouw Jansen,</p>\n<p>${SENTENCES[0]}. ${SENTENCES[1]}.</p>\n`,
      'brief.docx': DOCX,
      '.duidelijk.json': CONFIG,
    })
    const files = ['brief.txt', 'brief.html', 'brief.docx']
    const first = await run([...files, '--cache', '-f', 'stylish', '--no-color'], root)
    const cache = readFileSync(join(root, '.duidelijk-cache'), 'utf8')
    for (const sentence of SENTENCES) expect(cache).not.toContain(sentence)
    // Not even a piece of one: no excerpt, no source, no analysed text.
    expect(cache).not.toContain('gehandicaptenparkeerkaart')
    expect(cache).not.toContain('"source"')
    expect(JSON.parse(cache).entries['brief.txt'].result.findings.length).toBeGreaterThan(0)
    // The second run is a hit: the same report, code frames and excerpts included.
    const second = await run([...files, '--cache', '-f', 'stylish', '--no-color'], root)
    expect(second).toEqual(first)
    expect(second.stdout).toContain('reeds ontvangen')
    const json = await run([...files, '--cache', '-f', 'json'], root)
    const fresh = await run([...files, '-f', 'json'], root)
    expect(json.stdout).toBe(fresh.stdout)
    expect(json.stdout).toContain('"excerpt"')
  })

  it('proves the hit: a finding planted in the cache is shown with the frame from the file', async () => {
    const root = folder({'brief.txt': LETTER, '.duidelijk.json': CONFIG})
    await run(['brief.txt', '--cache'], root)
    const file = join(root, '.duidelijk-cache')
    const cache = JSON.parse(readFileSync(file, 'utf8'))
    cache.entries['brief.txt'].result.findings = [
      {
        ruleId: 'lange-zin',
        messageId: 'x',
        severity: 'warning',
        message: 'uit de cache',
        range: {start: {line: 3, column: 1, offset: 23}, end: {line: 3, column: 4, offset: 26}},
        sensitive: false,
      },
    ]
    writeFileSync(file, JSON.stringify(cache))
    const {stdout} = await run(['brief.txt', '--cache', '--no-color'], root)
    expect(stdout).toContain('uit de cache')
    expect(stdout).toContain('Wij hebben uw aanvraag voor een gehandicapt')
    expect(stdout).toContain('^^^')
  })

  it('a malformed cache entry is ignored and the file checked again (it used to fail the file)', async () => {
    const root = folder({'brief.txt': LETTER, '.duidelijk.json': CONFIG})
    const expected = await run(['brief.txt', '-f', 'compact'], root)
    await run(['brief.txt', '--cache'], root)
    const file = join(root, '.duidelijk-cache')
    const damaged = [
      (e: {result: {findings: unknown[]}}) => (e.result.findings = [{ruleId: 'x'}]),
      (e: {result: {findings: unknown}}) => (e.result.findings = 'kapot'),
      (e: {result: unknown}) => (e.result = null),
      (e: {result: {redactions: unknown}}) => (e.result.redactions = [{start: 'a'}]),
    ]
    for (const damage of damaged) {
      const cache = JSON.parse(readFileSync(file, 'utf8'))
      damage(cache.entries['brief.txt'])
      writeFileSync(file, JSON.stringify(cache))
      const again = await run(['brief.txt', '--cache', '-f', 'compact'], root)
      expect(again).toEqual(expected)
    }
    // A cache that is not even an object of entries starts over.
    writeFileSync(file, '{"format": 2, "entries": []}')
    expect(await run(['brief.txt', '--cache', '-f', 'compact'], root)).toEqual(expected)
  })
})
