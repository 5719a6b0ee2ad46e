// Builds packages/core/src/data/lidwoorden.tsv: Dutch nouns with their article (de, het, or de/het
// for nouns with both or with another meaning under each: het pad / de pad), from two sources:
// - the Gender feature of the UD Dutch development files (Alpino and LassySmall dev, CC BY-SA 4.0)
//   in ../shared; the held-out test file is never read. Plural forms are listed with 'de'.
// - gender.tsv of CentreForDigitalHumanities/dutch-plurals (BSD-3-Clause; articles checked by
//   hand, first taken from the Wiktionary data of kaikki.org, CC BY-SA), lower-case nouns only.
// A noun the two sources give different articles is listed as de/het. Used to check article
// agreement (spelling's congruentie check) and before a replacement noun is offered ("de besluit"
// must not happen).
// A het-word in -en that is also the plural of another noun (het teken / de teken of de teek, het
// koren / de koren of het koor), by input.tsv of dutch-plurals (plural and lemma checked by hand,
// BSD-3-Clause), is listed as de/het: 'de teken' is no error, though the tagger's reading of 'de
// noorden' as a plural must not hide 'het noorden'.
// Usage: node scripts/build-genders.mjs path/to/dutch-plurals/gender.tsv [path/to/input.tsv]
//   (git clone https://github.com/CentreForDigitalHumanities/dutch-plurals, commit 8b6d361;
//   input.tsv defaults to the file beside gender.tsv)
import {existsSync, readFileSync, writeFileSync} from 'node:fs'

const files = ['nl_alpino-ud-dev.conllu', 'nl_lassysmall-ud-dev.conllu'].map(
  (name) => new URL(`../../shared/data/ud-dutch/${name}`, import.meta.url),
)
const plurals = process.argv[2]
if (!files.every((f) => existsSync(f)) || !plurals || !existsSync(plurals)) {
  process.stdout.write(
    'build-genders overgeslagen: ../shared/data/ud-dutch of het pad naar gender.tsv van dutch-plurals ontbreekt.\n',
  )
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
/**
 * Own work (duidelijk project): nouns with both articles or another meaning under each, listed as
 * de/het whatever the sources say (de/het filter, het pad / de pad, het punt / de punt, de bal / het
 * bal, het jacht / de jacht, de maal / het maal, het kader / de kader), and measures that take either.
 */
const BOTH = new Set(
  (
    'aanrecht affiche bal blik boord bos deksel doek figuur filter gif gram hof idee jacht kader ' +
    'kaft kilo koppel kristal kwart lid liter maal meter ons pad pak patroon poeder pond portier ' +
    'punt rooster salon schilderij slag soort spits spoor stempel stof strip triplex type veer ' +
    'venster vorst vuilnis zegel zijde zuur nummer bruikleen schrikdraad baldakijn vereiste'
  ).split(' '),
)
/**
 * Own work: frequent nouns that dutch-plurals marks de/het but that have one article in standard
 * Dutch in the sense municipal letters use (de persoon, het dak, de boete, het restaurant).
 */
const ONE = Object.fromEntries(
  [
    [
      'de',
      'boete bruiloft broek deal docent moraal draad e-mail haat hoed hut interesse jurk kerst leugen mens overval paniek persoon plant set standaard steen straal suiker',
    ],
    [
      'het',
      'bier blok brein commentaar dak ding formaat gehucht gereedschap gerucht gymnasium ijzer kaartje konijn kussen logo merk monster mysterie offer orgel paleis laadpunt strijdpunt tappunt testpunt uitkijkpunt pistool plastic proefschrift restaurant stuur synoniem toilet transport verbond verstand virus vocht weekend zwaard',
    ],
  ].flatMap(([article, words]) => words.split(' ').map((word) => [word, article])),
)
const articles = new Map()
for (const [form, c] of counts)
  articles.set(form, c.Com > 0 && c.Neut > 0 ? 'de/het' : c.Neut > 0 ? 'het' : 'de')
let fromPlurals = 0
let conflicts = 0
for (const line of readFileSync(plurals, 'utf8').split('\n').slice(1)) {
  const [article, word] = line.split('\t')
  if (!word || !['de', 'het', 'de/het'].includes(article)) continue
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) continue
  const known = articles.get(word)
  const seen = counts.get(word)
  // dutch-plurals marks some nouns de/het that have one article in the sense letters use (het
  // aantal, de taal, het moment): the treebanks' article, seen at least twice and never the other.
  if (article === 'de/het' && seen && Math.max(seen.Com, seen.Neut) >= 2 && known !== 'de/het')
    continue
  if (known === undefined) {
    articles.set(word, article)
    fromPlurals++
  } else if (known !== article && known !== 'de/het') {
    articles.set(word, 'de/het')
    conflicts++
  }
}
for (const [word, article] of Object.entries(ONE)) articles.set(word, article)
for (const word of BOTH) articles.set(word, 'de/het')
const pluralFile = process.argv[3] ?? plurals.replace(/gender\.tsv$/, 'input.tsv')
let pluralHomographs = 0
if (existsSync(pluralFile)) {
  for (const line of readFileSync(pluralFile, 'utf8').split('\n').slice(1)) {
    const [plural, lemma, , note] = line.split('\t')
    // A plural of another lemma, or a noun that only has a plural (badartikelen: 'lemma is al
    // meervoud'); not a singular without a plural ('meervoud bestaat niet': het noorden).
    const pluralOnly = (note ?? '').includes('lemma is al meervoud')
    if (!plural || !lemma || (plural === lemma && !pluralOnly)) continue
    if ((note ?? '').includes('meervoud bestaat niet')) continue
    if (plural.endsWith('en') && articles.get(plural) === 'het') {
      articles.set(plural, 'de/het')
      pluralHomographs++
    }
  }
}
const rows = [...articles].map(([form, article]) => `${form}\t${article}`).sort()
const header = [
  '# Lidwoord (de/het) van zelfstandige naamwoorden; de/het: beide, of een andere betekenis bij elk',
  '# lidwoord (het pad / de pad). Meervoudsvormen: de. Bronnen: (1) het kenmerk Gender van de',
  '# ontwikkelbestanden van UD Dutch Alpino en UD Dutch LassySmall (niet het testbestand),',
  '# https://universaldependencies.org, licentie CC BY-SA 4.0; (2) gender.tsv van',
  '# https://github.com/CentreForDigitalHumanities/dutch-plurals (commit 8b6d361, BSD-3-Clause; met de',
  '# hand nagekeken lidwoorden, eerst overgenomen uit de Wiktionary-gegevens van kaikki.org, CC BY-SA),',
  '# alleen woorden in kleine letters. Geven de bronnen verschillende lidwoorden, dan staat er de/het;',
  '# noemt alleen dutch-plurals de/het en hadden de treebanks minstens twee keer hetzelfde lidwoord,',
  '# dan dat lidwoord. (3) Eigen werk: woorden met twee lidwoorden of een andere betekenis bij elk',
  '# (de/het filter, het pad / de pad), zie BOTH in het script, en veelgebruikte woorden die',
  '# dutch-plurals de/het noemt maar die in brieven één lidwoord hebben (de persoon, het dak): ONE.',
  '# Een het-woord op -en dat ook het meervoud van een ander woord is (het teken / de teken, van de',
  '# teek), volgens input.tsv van dutch-plurals (met de hand nagekeken meervouden), staat als de/het.',
  '# Deze lijst valt onder CC BY-SA 4.0. Gemaakt met: node scripts/build-genders.mjs <gender.tsv>',
  '# Kolommen (tab-gescheiden): woord · lidwoord',
]
writeFileSync(
  new URL('../packages/core/src/data/lidwoorden.tsv', import.meta.url),
  `${header.join('\n')}\n${rows.join('\n')}\n`,
)
process.stdout.write(
  `${rows.length} zelfstandige naamwoorden (${fromPlurals} alleen uit dutch-plurals, ${conflicts} met verschillende lidwoorden: de/het, ${pluralHomographs} het-woorden die ook een meervoud zijn: de/het)\n`,
)
