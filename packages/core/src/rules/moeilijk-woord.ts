import {loadFrequency} from '../nlp/frequency.js'
import {ASKS_MEANING, explainedAt} from '../nlp/explained.js'
import {isTitleHead} from '../nlp/fit.js'
import {toLegalReader} from '../nlp/letter.js'
import {loadVerbTable} from '../nlp/verbs.js'
import {defineRule, type RuleContext, type WordInfo} from '../rule.js'
import {hunspellReady, isKnown, loadHunspell} from '../spelling/hunspell.js'

interface Options {
  /** A word is rare when it is not among this many most frequent Dutch words. */
  threshold: number
  /** Words shorter than this are never reported. */
  minLength: number
  /** Words the organisation's readers know (added to the basic vocabulary). */
  known: string[]
}

const FORMULA_UNITS = new Set(['salutation', 'subject', 'closing', 'letterhead', 'signature'])
const WORD = /^\p{Ll}[\p{Ll}\-]*$/u

export default defineRule<Options>({
  id: 'moeilijk-woord',
  meta: {
    description: 'Gebruik woorden die de meeste lezers kennen, of leg een moeilijk woord uit.',
    severity: 'info',
    fixable: 'none',
    messages: {
      zeldzaam:
        '‘{actual}’ kennen veel lezers niet. Kies een gewoner woord, of leg in de zin uit wat het betekent.',
    },
    options: {
      type: 'object',
      properties: {
        threshold: {
          type: 'integer',
          minimum: 1000,
          default: 25000,
          description:
            'Een woord is moeilijk als het niet bij de zoveel meest gebruikte woorden hoort.',
        },
        minLength: {
          type: 'integer',
          minimum: 1,
          default: 4,
          description: 'Kortere woorden worden niet gemeld.',
        },
        known: {
          type: 'array',
          items: {type: 'string'},
          default: [],
          description: 'Woorden die uw lezers kennen.',
        },
      },
      additionalProperties: false,
    },
  },
  // The dictionary tells a rare word from a name or a typo (issue #15): neither is 'rare'.
  prepare: async () => {
    await loadHunspell()
  },
  setup(options, env) {
    return new Set([...options.known, ...env.words].map((w) => w.toLowerCase()))
  },
  check(_tree, ctx, state) {
    // A letter to a lawyer: rare words are that reader's trade ('kadastraal', 'dwangsom',
    // 'belastingplichtige', 'opstal', 'cascoverzekering'), not a B1 reader's problem. Blind
    // letters to a lawyer or gemachtigde (sets k-r) labelled such findings 8 goed, 1 deels, 13 fout.
    if (toLegalReader(ctx)) return
    const known = state as Set<string>
    const frequency = loadFrequency()
    const reported = new Set<string>()
    // Words the text writes in lower case somewhere: a capital at the start of a sentence is only
    // taken for an ordinary word when the text also writes it without one. Otherwise it may be a
    // name the tagger does not know (Sneep, Pippeling, Gazet van Antwerpen), and names are not
    // rare words (issue #15).
    const lowerSomewhere = new Set<string>()
    for (const sentence of ctx.sentences)
      for (const word of sentence.words) if (word.index > 0) lowerSomewhere.add(word.value)
    const explained = explainedWords(ctx)
    for (const [index, sentence] of ctx.sentences.entries()) {
      // Salutation, subject and closing lines are formulas, not vocabulary; head and signature
      // lines are names, addresses and titles.
      if (FORMULA_UNITS.has(sentence.unit.kind)) continue
      for (const word of sentence.words) {
        // Names (capitals), numbers, placeholders and abbreviations are not vocabulary.
        if (word.masked || word.value.length < ctx.options.minLength) continue
        const lower = word.index === 0 ? word.lower : word.value
        if (!WORD.test(lower)) continue
        if (word.index === 0 && word.value !== lower && !lowerSomewhere.has(lower)) continue
        if (known.has(lower) || reported.has(lower) || explained.has(lower)) continue
        if (!frequency.isRare(lower, ctx.options.threshold)) continue
        // Names (the tagger's PROPN, a capital the dictionary only knows capitalised) and words
        // the dictionary does not know (typos, foreign words: the spelling rule reports those)
        // are not rare words.
        if (word.tag?.upos === 'PROPN' || word.tag?.upos === 'X') continue
        if (hunspellReady() && !isKnown(lower)) continue
        // An inflected form of a known lemma (beloont → belonen) is known.
        const lemma = word.tag?.lemma?.toLowerCase()
        if (lemma && lemma !== lower && !frequency.isRare(lemma, ctx.options.threshold)) continue
        // A diminutive is the spoken, everyday register, whatever its rank in the written lists:
        // 'hesje', 'pontje' (blind letters: 6 findings, all wrong).
        if (word.tag?.upos === 'NOUN' && DIMINUTIVE.test(lower)) continue
        // on- or her- + a known word is known: onvolledig, onverstandig, hercontrole, herkeuring.
        const prefix = /^(?:on|her)(?=.{4,})/.exec(lower)?.[0]
        if (prefix && !frequency.isRare(lower.slice(prefix.length), ctx.options.threshold)) continue
        // A separable verb of a plain particle and a known verb is known: nasturen, nabellen
        // (sturen, bellen); blind letters, set-i. The rest must be a verb form the verb table knows.
        const particle = PARTICLE.exec(lower)?.[0]
        if (particle) {
          const rest = lower.slice(particle.length)
          if (
            !frequency.isRare(rest, ctx.options.threshold) &&
            loadVerbTable().analyse(rest).length > 0
          )
            continue
        }
        // explained where it stands ("… een last onder dwangsom. Dat betekent dat …")
        if (explainedAt(ctx, sentence, index, word.end)) continue
        // An example of a class the sentence names: "weidevogels als de grutto en de kievit",
        // "ziektes overbrengen, zoals dengue" (blind letters, sets lll and ppp: 9 findings, all
        // wrong). A name of a kind has no plainer word, and the class says what it is.
        const last = word.index === sentence.words.length - 1
        const nominal = word.tag?.upos === 'NOUN' || (last && word.tag?.upos === 'ADJ')
        if (nominal && exampleOfClass(sentence.words, word.index)) continue
        // The word after the head of a regulation's title ("de Verordening precariobelasting
        // Hoogeveld-Oost 2025", "de Wet milieubeheer"): the writer must cite the title as it is
        // (blind letters, set-h). Not words further on ("Wet milieubeheer juncto artikel 15").
        const head = sentence.words[word.index - 1]
        if (head && isTitleHead(head.value, head.index) && NAME_PART.has(word.tag?.upos ?? ''))
          continue
        // A capitalised adjective mid-sentence opens the name of an institution: "de Nationale
        // ombudsman" (blind letters, sets a and e: both findings wrong).
        if (head && head.index > 0 && head.tag?.upos === 'ADJ' && /^\p{Lu}/u.test(head.value))
          continue
        reported.add(lower)
        ctx.report({start: word.start, end: word.end, messageId: 'zeldzaam'})
      }
    }
  },
})

/**
 * Particles that add their own plain meaning to a verb (na-sturen, terug-bellen, mee-nemen,
 * door-sturen, langs-komen); the verb after them is four letters or more. Not af-, in-, aan-,
 * op-, toe-: 'afdragen', 'intreden', 'aanwenden', 'opleggen' mean something else than their
 * parts (blind editors judged 'afgedragen' and 'intreden' rare words rightly).
 */
/** Words that open examples of a class named just before: "vogels als", "ziektes zoals". */
const EXAMPLE_OPENERS = new Set(['zoals', 'als', 'bijvoorbeeld'])
/** What may stand between the opener and the example: the other examples of the list. */
const LIST_PARTS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'CCONJ', 'ADP'])

/**
 * Whether the noun at `at` is one of the examples after 'zoals', 'als' or 'bijvoorbeeld' that
 * follow a plural noun (the class) within three words: "weidevogels als de grutto, de tureluur en
 * de kievit"; or after "Denk aan" at the start. A last word the tagger reads as an adjective
 * counts too ("ziektes overbrengen, zoals dengue.").
 */
function exampleOfClass(words: readonly WordInfo[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 16; k--) {
    const w = words[k]!
    // "Denk aan de grutto, de tureluur …": examples of what the text spoke of.
    if (w.lower === 'aan' && k === 1 && words[0]!.lower === 'denk') return true
    // "broedparen van onder meer grutto, tureluur en kievit"
    const opener = w.lower === 'meer' && words[k - 1]?.lower === 'onder' ? k - 1 : k
    if (EXAMPLE_OPENERS.has(w.lower) || opener !== k) {
      return words
        .slice(Math.max(0, opener - 3), opener)
        .some((c) => c.tag?.upos === 'NOUN' && c.tag.feats.Number === 'Plur')
    }
    if (!LIST_PARTS.has(w.tag?.upos ?? '')) return false
  }
  return false
}

/** Parts of speech that continue a regulation's title after its head (not 'juncto'). */
const NAME_PART = new Set(['NOUN', 'ADJ'])

const PARTICLE = /^(?:na|terug|mee|door|langs|weg|thuis)(?=.{4,}$)/

const DEFINING_VERB = new Set(['is', 'zijn', 'betekent', 'betekenen', 'heet', 'heten'])

/**
 * Words the text itself explains, as the message asks the writer to: a sentence that defines
 * the word ("Een baldakijn is een …", "Bezwaar betekent …"), or a gloss in brackets right after
 * it ("tuchtcommissie (de commissie die …)") or the word as the bracketed name of what was just
 * said ("de bovenkaken (mandibels)"). Explanations where the word stands (the rest of its
 * sentence, a next sentence "Dat betekent …") are `explainedAt`'s, as for ambtelijke-taal.
 */
/** "Wij noemen dit X", "Dit noemen we X", "Dat heet X": X is named for what was just explained. */
const NAMED_AS =
  /(?<![\p{L}])(?:(?:wij|we)\s+noemen\s+(?:dit|dat|deze|die|het)|(?:dit|dat|deze|die|het)\s+(?:heet|heten|noemen\s+(?:wij|we)))\s+(?:(?:de|het|een)\s+)?(\p{L}[\p{L}-]*)/giu

/** A diminutive noun: hesje, pontje, bloempje, koninkje, hesjes. */
const DIMINUTIVE = /^\p{L}{2,}(?:je|jes)$/u

function explainedWords(ctx: RuleContext<unknown>): Set<string> {
  const out = new Set<string>()
  for (const sentence of ctx.sentences) {
    const words = sentence.words
    for (let i = 0; i < words.length && i < 2; i++) {
      if (i === 1 && !/^(een|de|het)$/.test(words[0]!.lower)) break
      const next = words[i + 1]?.lower ?? ''
      const third = words[i + 2]?.lower ?? ''
      if (
        next === 'betekent' ||
        next === 'betekenen' ||
        (DEFINING_VERB.has(next) && /^(een|de|het)$/.test(third))
      )
        out.add(words[i]!.lower)
    }
    // The text gives the word as the name of what it just said: "Wij noemen dit diftar.", "Dat
    // heet een sleuf.", "Dit noemen we de beslagvrije voet."
    for (const match of sentence.text.matchAll(NAMED_AS)) out.add(match[1]!.toLowerCase())
    // A question that asks what it means, anywhere in the text, as a heading over the answer: "Wat
    // is blauwalg?" explains the word also where it stood before, in a title (blind letters,
    // set-w). Only a term of one or two words after the verb ("Wat houdt een pgb in?", "Wat
    // betekent uw ingebrekestelling?"), not a question about something of it ("Wat zijn de
    // kosten van de ontheffing?").
    if (ASKS_MEANING.test(sentence.text)) {
      const term = words.slice(2).map((word) => word.lower)
      if (/^(?:een|de|het|uw|dit|deze)$/.test(term[0] ?? '')) term.shift()
      if (term.at(-1) === 'in') term.pop()
      if (term.length <= 2) for (const word of term) out.add(word)
    }
    for (const word of words) {
      // One character at a time (a string of one Latin-1 character is not allocated anew).
      const before = word.start > 0 ? ctx.slice(word.start - 1, word.start) : ''
      const after = ctx.slice(word.end, word.end + 1)
      if (before === '(' && after === ')') out.add(word.lower)
      else if (
        after === '(' ||
        (/^\s$/.test(after) && ctx.slice(word.end + 1, word.end + 2) === '(')
      ) {
        const close = ctx.slice(word.end, word.end + 200).indexOf(')')
        const inside = close > 0 ? ctx.slice(word.end, word.end + close) : ''
        if (inside.trim().split(/\s+/).length >= 3) out.add(word.lower)
      }
    }
  }
  return out
}
