// Builds packages/core/src/data/lidwoorden.tsv: Dutch noun forms with their article (de/het; plurals de),
// counted from the Gender feature of the UD Dutch development files (Alpino and LassySmall dev,
// CC BY-SA 4.0) in ../shared. The held-out test file is never read. Used to check article
// agreement before a replacement noun is offered ("de besluit" must not happen).
// Usage: node scripts/build-genders.mjs
import {existsSync, readFileSync, writeFileSync} from 'node:fs'

const files = ['nl_alpino-ud-dev.conllu', 'nl_lassysmall-ud-dev.conllu'].map(
  (name) => new URL(`../../shared/data/ud-dutch/${name}`, import.meta.url),
)
if (!files.every((f) => existsSync(f))) {
  process.stdout.write('build-genders overgeslagen: ../shared/data/ud-dutch ontbreekt.\n')
  process.exit(0)
}
const counts = new Map()
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.split('\t')
    if (cols.length < 10 || cols[3] !== 'NOUN') continue
    const feats = cols[5]
    // Plural nouns always take 'de'; they are listed so that known nouns can be told from verbs.
    const gender = feats.includes('Number=Plur')
      ? 'Com'
      : feats.includes('Number=Sing')
        ? /Gender=(Com|Neut)/.exec(feats)?.[1]
        : undefined
    if (!gender) continue
    const form = cols[1].toLowerCase()
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(form)) continue
    const c = counts.get(form) ?? {Com: 0, Neut: 0}
    c[gender]++
    counts.set(form, c)
  }
}
const rows = [...counts]
  .filter(([, c]) => c.Com === 0 || c.Neut === 0)
  .map(([form, c]) => `${form}\t${c.Neut > 0 ? 'het' : 'de'}`)
  .sort()
const header = [
  '# Lidwoord (de/het) van zelfstandige naamwoorden (meervoud: de), geteld uit het kenmerk Gender van de',
  '# ontwikkelbestanden van UD Dutch Alpino en UD Dutch LassySmall (niet het testbestand).',
  '# Bron: https://universaldependencies.org (UD_Dutch-Alpino, UD_Dutch-LassySmall), licentie CC BY-SA 4.0.',
  '# Alleen woorden die altijd hetzelfde lidwoord hadden. Gemaakt met: node scripts/build-genders.mjs',
  '# Kolommen (tab-gescheiden): woord · lidwoord',
]
writeFileSync(
  new URL('../packages/core/src/data/lidwoorden.tsv', import.meta.url),
  `${header.join('\n')}\n${rows.join('\n')}\n`,
)
process.stdout.write(`${rows.length} zelfstandige naamwoorden\n`)
