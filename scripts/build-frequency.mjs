// Regenerates packages/core/src/data/frequente-woorden.txt from @zxcvbn-ts/language-nl-be.
// Run from the repository root: node scripts/build-frequency.mjs
import {writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'

const require = createRequire(new URL('../packages/core/package.json', import.meta.url))
const pkgPath = require.resolve('@zxcvbn-ts/language-nl-be/package.json')
const {version, license} = require(pkgPath)
const {dictionary} = await import(require.resolve('@zxcvbn-ts/language-nl-be'))

// Two frequency lists, interleaved by rank: spoken Dutch (subtitles) misses written words such as
// "werkzaamheden" or "overzicht", the Wikipedia list misses everyday words such as "wasmachine".
const seen = new Set()
const words = []
const add = (word) => {
  const lower = word?.toLowerCase()
  if (!lower || !/^\p{L}[\p{L}'-]*$/u.test(lower) || seen.has(lower)) return
  seen.add(lower)
  words.push(lower)
}
const longest = Math.max(dictionary.commonWords.length, dictionary.wikipedia.length)
for (let i = 0; i < longest; i++) {
  add(dictionary.commonWords[i])
  add(dictionary.wikipedia[i])
}

const header = [
  '# Meest gebruikte Nederlandse woorden, op volgorde van frequentie (regel 1 = meest gebruikt).',
  `# Bron: npm-pakket @zxcvbn-ts/language-nl-be ${version}, lijsten dictionary.commonWords (Nederlandstalige`,
  '#   ondertitels) en dictionary.wikipedia (Nederlandstalige Wikipedia), om en om op rang samengevoegd;',
  '#   https://github.com/zxcvbn-ts/zxcvbn',
  `# Licentie: ${license} (Copyright (c) zxcvbn-ts contributors); EUPL-1.2-compatibel.`,
  '# Gemaakt met scripts/build-frequency.mjs: kleine letters, alleen woorden, dubbelen verwijderd.',
]
writeFileSync(
  new URL('../packages/core/src/data/frequente-woorden.txt', import.meta.url),
  `${header.join('\n')}\n${words.join('\n')}\n`,
)
console.log(`${words.length} woorden geschreven`)
