// Regenerates packages/core/src/data/frequente-woorden.txt from @zxcvbn-ts/language-nl-be.
// Run from the repository root: node scripts/build-frequency.mjs
import {writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'

const require = createRequire(new URL('../packages/core/package.json', import.meta.url))
const pkgPath = require.resolve('@zxcvbn-ts/language-nl-be/package.json')
const {version, license} = require(pkgPath)
const {dictionary} = await import(require.resolve('@zxcvbn-ts/language-nl-be'))

const seen = new Set()
const words = []
for (const word of dictionary.commonWords) {
  const lower = word.toLowerCase()
  if (!/^\p{L}[\p{L}'-]*$/u.test(lower) || seen.has(lower)) continue
  seen.add(lower)
  words.push(lower)
}

const header = [
  '# Meest gebruikte Nederlandse woorden, op volgorde van frequentie (regel 1 = meest gebruikt).',
  `# Bron: npm-pakket @zxcvbn-ts/language-nl-be ${version}, lijst dictionary.commonWords`,
  '#   (gebaseerd op Nederlandstalige ondertitels), https://github.com/zxcvbn-ts/zxcvbn',
  `# Licentie: ${license} (Copyright (c) zxcvbn-ts contributors); EUPL-1.2-compatibel.`,
  '# Gemaakt met scripts/build-frequency.mjs: kleine letters, alleen woorden, dubbelen verwijderd.',
]
writeFileSync(
  new URL('../packages/core/src/data/frequente-woorden.txt', import.meta.url),
  `${header.join('\n')}\n${words.join('\n')}\n`,
)
console.log(`${words.length} woorden geschreven`)
