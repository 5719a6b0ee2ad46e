import {negativeAdjective} from '../nlp/deverbal.js'
import {reportPhraseList} from '../nlp/phrase-list.js'
import {loadVerbTable} from '../nlp/verbs.js'
import {defineRule, type SentenceInfo, type WordInfo} from '../rule.js'

const NEGATION = new Set(['niet', 'geen', 'nooit', 'niemand', 'niets', 'nergens', 'niks'])
/** Words that may stand between a negation and the adjective: "niet geheel onbelangrijk". */
const DEGREE = new Set(['geheel', 'helemaal', 'erg', 'zo', 'heel', 'echt', 'volstrekt', 'bepaald'])
/** Verbs that negate by their meaning: a negation in their clause or their dat-clause doubles it. */
const NEGATIVE_VERBS = new Set(['voorkomen', 'vermijden', 'weigeren', 'ontbreken', 'verbieden'])

/**
 * An adjective that negates by its prefix (onaannemelijk, inefficiënt, niet-openbaar): not what
 * the tagger reads as a noun or name ("onwaarheid"), unless it has an adjective ending.
 */
function isNegativeAdjective(word: WordInfo): boolean {
  if (word.masked || !negativeAdjective(word.lower)) return false
  // A finite verb of a separable verb with 'in' is no adjective: "dat de vergunning niet
  // ingaat" (blind letters, set-llll got 'gaat').
  if (/^WW\|pv/.test(word.tag?.xpos ?? '')) return false
  const upos = word.tag?.upos
  return (
    (upos !== 'NOUN' && upos !== 'PROPN' && upos !== 'X') ||
    /(?:baar|lijk|ig|isch|ief|aal|eel|[eë]nt|ant|zaam)e?$/.test(word.lower)
  )
}

/** The lemma of a verb by the tagger, else by the verb table (the tagger may read it otherwise). */
function negativeVerb(word: WordInfo): string | undefined {
  // Not a verb by the tagger: the verb table is not read (this runs on every word).
  if (word.tag && !['VERB', 'AUX'].includes(word.tag.upos) && word.tag.lemma !== 'voorkomen')
    return undefined
  const lemmas = [
    word.tag?.lemma,
    ...loadVerbTable()
      .analyse(word.lower)
      .map((a) => a.lemma),
  ]
  return lemmas.find((l): l is string => l !== undefined && NEGATIVE_VERBS.has(l))
}

/**
 * Negative adjectives whose word without on- means something else than their opposite:
 * 'onevenredig' is 'too much', 'evenredig' is 'in proportion' ("niet onevenredig aangetast" is not
 * "evenredig aangetast"; blind letters, sets s and u), 'niet onverdeeld positief' is not
 * 'verdeeld positief'. Reported and explained, no replacement.
 */
const NO_PLAIN_POSITIVE = /^on(?:evenredig|verdeeld)e?$/
/**
 * Norm adjectives after 'geen': "geen onnodige hinder" allows the necessary hinder and denies
 * nothing twice; "een nodige hinder" says something else (blind letters, set-mm: the finding
 * wrong with and without the replacement). So do "geen onredelijke eisen" and "geen ongewenste
 * gevolgen": not reported. (After 'niet' and for 'geen onevenredige' the rule explains.)
 */
const NORM_AFTER_GEEN =
  /^on(?:nodig|redelijk|aanvaardbaar|toelaatbaar|verantwoord|gewenst|rechtmatig|geoorloofd)e?$/

const PERSONS = new Set(['ik', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'men'])

/**
 * Whether "voorkomen" at `i` means "prevent": after te, a finite inseparable form, or a person as
 * subject; never its participle 'voorgekomen', which only "occur" has.
 */
function preventing(words: readonly WordInfo[], from: number, i: number): boolean {
  const word = words[i]!
  // The participle of "occur" (voor·komen) is 'voorgekomen', that of "prevent" (voorkómen)
  // 'voorkomen': "Het is voorgekomen dat het water niet werd afgevoerd" (set-dddd).
  if (word.lower === 'voorgekomen') return false
  if (words[i - 1]?.lower === 'te' || word.lower !== 'voorkomen') return true
  return words.slice(from, i).some((w) => PERSONS.has(w.lower))
}

/** Where the clause that word `i` belongs to ends (exclusive): a new clause starts there. */
function clauseEnd(sentence: SentenceInfo, starts: readonly boolean[], i: number): number {
  let j = i + 1
  while (j < sentence.words.length && !starts[j]) j++
  return j
}

/** Where the clause of word `i` starts. */
function clauseStart(starts: readonly boolean[], i: number): number {
  let j = i
  while (j > 0 && !starts[j]) j--
  return j
}

/** Negations that a relative clause can follow: "niemand die …", "niets dat …", "geen inwoner die …". */
const NEGATIVE_HEADS = new Set(['niemand', 'niets', 'niks', 'geen'])
const RELATIVES = new Set(['die', 'dat', 'wie', 'wat'])

/**
 * Whether word `j` starts a relative clause that belongs to the negation at `i`: right after
 * niemand/niets/niks, or after geen and one noun.
 */
function relativeAfter(words: readonly WordInfo[], i: number, j: number): boolean {
  const negation = words[i]!.lower
  if (!NEGATIVE_HEADS.has(negation) || !RELATIVES.has(words[j]!.lower)) return false
  if (negation === 'geen') return j === i + 2 && words[i + 1]!.tag?.upos === 'NOUN'
  return j === i + 1
}

/**
 * Whether 'niet zonder' at first..last goes with 'kunnen' and no verb of its own: "U kon die dag
 * niet zonder auto" says that something was needed, not a double negation ('alleen met auto'
 * breaks the sentence; blind letters, set-kkkk). "U kunt niet zonder pas stemmen" is one.
 */
function cannotDoWithout(sentence: SentenceInfo, first: number, last: number): boolean {
  const words = sentence.words
  if (words[first]?.lower !== 'niet' || words[last]?.lower !== 'zonder') return false
  if (!words.some((w) => w.tag?.lemma === 'kunnen')) return false
  for (let k = last + 1; k < words.length; k++) {
    const between = sentence.text.slice(
      words[k - 1]!.end - sentence.start,
      words[k]!.start - sentence.start,
    )
    if (/[,;:.!?]/.test(between)) break
    if (/^WW\|(?:inf|vd)/.test(words[k]!.tag?.xpos ?? '')) return false
  }
  return true
}

export default defineRule({
  id: 'dubbele-ontkenning',
  meta: {
    description: 'Zeg het positief: vermijd twee ontkenningen in één zin.',
    scope: 'unit',
    severity: 'warning',
    fixable: 'suggestion',
    messages: {
      dubbel: '‘{actual}’ is een dubbele ontkenning. {uitleg}',
      nietOn: '‘{actual}’ is een dubbele ontkenning. Zeg het positief: ‘{expected}’.',
      tweeKeer:
        'Deze zin ontkent twee keer (‘{eerste}’ … ‘{tweede}’). Zeg het positief; dat is makkelijker te begrijpen.',
      nietOnUitleg: '‘{actual}’ is een dubbele ontkenning. Zeg het positief: wat is het wél?',
      werkwoord:
        '‘{verb}’ is al een ontkenning; met ‘{negation}’ erbij ontkent de zin twee keer. Zeg het positief: wat moet er wél gebeuren?',
    },
  },
  check(_tree, ctx) {
    for (const sentence of ctx.sentences) {
      const words = sentence.words
      // "niet zonder meer" (not just like that) and "niet zonder geldige reden" ('niet' denies
      // the verb) are no double negations: the list's condition column says so (sets h and i).
      const covered = reportPhraseList(
        ctx,
        sentence,
        'dubbele-ontkenningen.tsv',
        'dubbel',
        true,
        (first, last) => cannotDoWithout(sentence, first, last),
      )
      // "niet onaannemelijk", "niet geheel onbelangrijk", "geen onbelangrijke rol"
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!
        if (covered.has(i) || !NEGATION.has(word.lower)) continue
        for (const j of [i + 1, i + 2]) {
          const next = words[j]
          if (!next || covered.has(j) || !isNegativeAdjective(next)) continue
          if (j === i + 2 && !DEGREE.has(words[i + 1]!.lower)) continue
          if (word.lower === 'geen' && NORM_AFTER_GEEN.test(next.lower)) break
          const prefix = next.lower.startsWith('niet-') ? 5 : 2
          // "niet onmogelijk" → "mogelijk", "geen onbelangrijke rol" → "een belangrijke rol"
          let positive = NO_PLAIN_POSITIVE.test(next.lower) ? '' : next.value.slice(prefix)
          if (word.lower === 'geen') positive = j === i + 1 && positive ? `een ${positive}` : ''
          else if (word.lower !== 'niet') positive = ''
          if (positive && i === 0) positive = positive[0]!.toUpperCase() + positive.slice(1)
          ctx.report({
            start: word.start,
            end: next.end,
            ...(positive
              ? {messageId: 'nietOn', expected: [positive], fix: 'suggestion' as const}
              : {messageId: 'nietOnUitleg'}),
          })
          covered.add(i)
          covered.add(j)
          break
        }
      }
      // "voorkomen dat er geen …", "Wij weigeren uw aanvraag niet"
      const starts = ctx.analyses.clauseStarts(sentence)
      for (let i = 0; i < words.length; i++) {
        const verb = negativeVerb(words[i]!)
        if (!verb || covered.has(i)) continue
        const from = clauseStart(starts, i)
        let to = clauseEnd(sentence, starts, i)
        // its dat-clause: "voorkomen dat er geen plaats is"
        if (words[to]?.lower === 'dat' && to - i <= 2) to = clauseEnd(sentence, starts, to)
        // "voorkomen" is also "occur" ("dat komt niet voor"): only with its dat-clause.
        else if (verb === 'voorkomen') continue
        // ... and "Het kan voorkomen dat u geen brief krijgt" (it may happen): prevent needs someone
        // who prevents, "te voorkomen", "wij voorkomen", or a form only "prevent" has.
        if (verb === 'voorkomen' && !preventing(words, from, i)) continue
        for (let j = from; j < to; j++) {
          if (j === i || covered.has(j) || !NEGATION.has(words[j]!.lower)) continue
          const first = words[Math.min(i, j)]!
          const last = words[Math.max(i, j)]!
          ctx.report({
            start: first.start,
            end: last.end,
            messageId: 'werkwoord',
            data: {verb: words[i]!.value, negation: words[j]!.value},
          })
          covered.add(j)
          break
        }
      }
      // "geen … niet" in one clause.
      for (let i = 0; i < words.length; i++) {
        if (covered.has(i) || !NEGATION.has(words[i]!.lower) || words[i]!.lower === 'niet') continue
        // "nooit niemand", "niemand niets", "geen … niet" in one clause; a relative clause right
        // after niemand, niets or geen + noun counts with it ("niemand die u niet wil helpen")
        let relative = false
        for (let j = i + 1; j < Math.min(words.length, i + 9); j++) {
          const next = words[j]!
          if (starts[j]) {
            if (relative || !relativeAfter(words, i, j)) break
            relative = true
          }
          if (NEGATION.has(next.lower) && !covered.has(j)) {
            ctx.report({
              start: words[i]!.start,
              end: next.end,
              messageId: 'tweeKeer',
              data: {eerste: words[i]!.value, tweede: next.value},
            })
            covered.add(j)
            break
          }
        }
      }
    }
  },
})
