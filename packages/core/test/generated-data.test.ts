import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {
  GENERATED_JARGON_FILE,
  generateJargon,
  jargonFromGenerated,
  parseJargonTsv,
  toPhraseEntries,
} from '../src/nlp/jargon.js'
import {dataFilesHash, GENERATED_FROM_DATA, nodeData} from '../src/node/data.js'
import {provideData} from '../src/data.js'

provideData(nodeData)
const tsv = nodeData.read('ambtelijke-taal.tsv')
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))

describe('the jargon list in its generated form (dist/generated/ambtelijke-taal.json)', () => {
  it('loads back to the parsed entries and the phrase entries computed at run time', () => {
    const parsed = parseJargonTsv(tsv)
    const loaded = jargonFromGenerated(encode(generateJargon(parseJargonTsv(tsv))))
    expect(loaded).toEqual(parsed)
    const fromRunTime = toPhraseEntries(parsed)
    expect(toPhraseEntries(loaded!)).toEqual(fromRunTime)
    // The generated verb forms are really there: "gebruik maken van" is found as "maakt gebruik
    // van" and as "maakt ... gebruik van" without any conjugating at run time.
    const entry = fromRunTime.find((e) => e.term === 'gebruik maken van')
    expect(entry?.forms).toContain('maakt gebruik van')
    expect(entry?.separable).toContain('maakt ... gebruik van')
  })

  it('uses the stored verb forms instead of conjugating again', () => {
    const [entry] = parseJargonTsv(
      'aanvangen\t\tbeginnen\tformeel\tsafe\tZeg gewoon beginnen.\n',
      'eigen.tsv',
    )
    const stored = {entries: [entry], verbForms: [{forms: ['vangt aan'], separable: []}]}
    const [phrase] = toPhraseEntries(jargonFromGenerated(encode(stored))!)
    expect(phrase!.forms).toEqual(['aanvangen', 'vangt aan'])
    // Computed at run time, the same entry has all its forms.
    expect(toPhraseEntries([entry!])[0]!.forms).toContain('aangevangen')
  })

  it('refuses bytes that are not a stored list, so the TSV is parsed instead', () => {
    expect(jargonFromGenerated(new TextEncoder().encode('{"entries": ['))).toBeUndefined()
    expect(jargonFromGenerated(encode({entries: [{}], verbForms: []}))).toBeUndefined()
    expect(jargonFromGenerated(encode(null))).toBeUndefined()
  })

  it('is not used when running from the sources (it is made by the compiled code)', () => {
    expect(nodeData.generated?.(GENERATED_JARGON_FILE)).toBeUndefined()
  })

  const built = new URL(`../dist/generated/${GENERATED_JARGON_FILE}`, import.meta.url)
  it.skipIf(!existsSync(built))('the built file is current and equals the run-time list', () => {
    const bytes = readFileSync(built)
    const newline = bytes.indexOf(10)
    // The first line is the hash of the data files it was made from.
    expect(bytes.toString('latin1', 0, newline)).toBe(
      dataFilesHash(GENERATED_FROM_DATA[GENERATED_JARGON_FILE]!),
    )
    const loaded = jargonFromGenerated(bytes.subarray(newline + 1))
    const parsed = parseJargonTsv(tsv)
    expect(loaded).toEqual(parsed)
    expect(toPhraseEntries(loaded!)).toEqual(toPhraseEntries(parsed))
  })
})
