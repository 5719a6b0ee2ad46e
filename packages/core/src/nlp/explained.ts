import type {SentenceInfo} from '../rule.js'

/*
 * Where a letter explains a term itself, as the rules ask (ambtelijke-taal for a legal term or
 * jargon, moeilijk-woord for a rare word): the term is then not reported.
 */

/**
 * The rest of a sentence after a term that explains it: in brackets, after a colon, or with
 * "(dat) wil zeggen", "betekent", "houdt in", "is een", "oftewel", "met andere woorden".
 */
const EXPLAINED_HERE =
  /^\s*(?:\(|:|(?:,\s*)?(?:d\.w\.z\.|(?:dat\s+wil\s+zeggen|oftewel|met\s+andere\s+woorden|betekent|houdt\s+in|wil\s+zeggen|is\s+een)\b))/i
/** A next sentence that explains the term before it: "Dat betekent dat …", "Dit houdt in …". */
const EXPLAINS_BEFORE =
  /^\s*(?:dat|dit|die|zo'n\s+\p{L}+|een\s+\p{L}+(?:\s+\p{L}+){0,3})\s+(?:betekent|betekenen|houdt\s+in|houden\s+in|wil\s+zeggen|willen\s+zeggen)\b|^\s*(?:daarmee|hiermee)\s+(?:bedoelen|bedoel)\b|^\s*(?:dat|dit)\s+is\s+(?:een|de)\s+\p{L}+\s+(?:die|dat|waarin|waarmee|voor|van|om)\b/iu

/**
 * A next sentence that says what the thing the term names does, with the term last in its own
 * sentence: "Op de masten komen afschermkappen. Die houden het licht tegen dat opzij schijnt."
 * (blind letters, set-t). Not with a subject after the verb ("Die sturen wij u …": 'die' is the
 * object there), and not 'is' or 'zijn' ("Die is hoog" says nothing of what it is).
 */
const SAYS_WHAT_IT_DOES =
  /^\s*(?:die|deze|dat|dit)\s+(?:zorgt|zorgen|houdt|houden|helpt|helpen|beschermt|beschermen|voorkomt|voorkomen|vangt|vangen|meet|meten|regelt|regelen|werkt|werken|dient|dienen|bevat|bevatten|maakt|maken|geeft|geven|laat|laten|neemt|nemen|brengt|brengen)\s+(?!(?:wij|we|u|ik|jij|je|hij|zij|ze|jullie)\b)\p{L}/iu
/** The term ends its sentence: only its closing punctuation after it. */
const AT_SENTENCE_END = /^\s*(?:[.!]\s*)?$/

/**
 * A sentence that gives the term as the name of what the sentence before it said: "U kunt ons
 * uw mening geven. Dat heet een zienswijze.", "Wij noemen dit een hoorzitting.".
 */
const NAMES_IT =
  /^\s*(?:(?:dat|dit|die|deze|het)\s+(?:heet|heten|noemen\s+(?:wij|we))|(?:wij|we)\s+noemen\s+(?:dit|dat|deze|die|het))\s+(?:(?:een|de|het)\s+)?[\p{L}-]+(?:\s[\p{L}-]+){0,3}$/iu

/**
 * A question that asks what the term means, as a heading over its answer: "Wat betekent uw
 * ingebrekestelling?", "Wat is een zienswijze?", "Wat houdt een pgb in?" (blind letters, set-i).
 */
export const ASKS_MEANING = /^\s*wat\s+(?:betekent|betekenen|is|zijn|houdt|houden)\s[^?]*\?\s*$/iu

/** A next sentence that takes a term up and says what it holds: "In dit plan staan de regels …". */
const TAKES_UP =
  /^\s*(?:in\s+)?(?:dit|dat|deze|die|zo'n)\s+(\p{L}+)\s+(?:staat|staan|bevat|bevatten|regelt|regelen|beschrijft|beschrijven|geeft|geven|betekent|betekenen|houdt|houden)\b/iu

/**
 * A next sentence that takes a term up by its head and says why it applies: "… de aanslag
 * precariobelasting. U betaalt deze belasting omdat uw terras op gemeentegrond staat." (blind
 * letters, set-h).
 */
const TAKEN_UP_WITH_REASON = /\b(?:deze|die|dit|dat)\s+(\p{L}+)\b[^.?!]*\b(?:omdat|want)\b/iu

/**
 * A next sentence that says what the term brings the reader, after a sentence that holds it out
 * as possible: "Misschien komt u in aanmerking voor kwijtschelding. Dan hoeft u de heffing niet te
 * betalen." (blind letters, sets c and j).
 */
const CONSEQUENCE = /^\s*dan\s+(?:hoeft|hoeven|krijgt|krijgen|betaalt|betalen|mag|mogen)\s+u\b/iu
const HELD_OUT = /\b(?:misschien|als|indien|wanneer|mogelijk)\b|\bkunt\s+u\b|\bu\s+kunt\b/iu

/**
 * Whether the text explains the term that ends at `end` in `sentence` (number `index`) where it
 * stands: in the rest of that sentence, in the next one of its paragraph ("… een last onder
 * dwangsom. Dat betekent dat …"), by naming it for what was just said ("Dat heet een …"), or by
 * asking what it means ("Wat betekent uw ingebrekestelling?") over the answer.
 */
export function explainedAt(
  ctx: {sentences: readonly SentenceInfo[]; slice(start: number, end: number): string},
  sentence: SentenceInfo,
  index: number,
  end: number,
  start?: number,
): boolean {
  // The term alone in brackets after the plain words it names: "De kosten (leges) zijn € 45"
  // (blind letters, set-aa). Not a term in a remark of its own: "(zie de beschikking)".
  if (
    start !== undefined &&
    start > 0 &&
    ctx.slice(start - 1, start) === '(' &&
    ctx.slice(end, end + 1) === ')'
  )
    return true
  const next = ctx.sentences[index + 1]
  const following = next && next.unit === sentence.unit ? next.text : ''
  // "… een nieuw omgevingsplan. In dit plan staan de regels voor …": the next sentence takes the
  // term up by its head and says what it holds (blind letters, set-j).
  const term = sentence.words.find((w) => w.end === end)?.lower
  for (const taken of [TAKES_UP.exec(following)?.[1], TAKEN_UP_WITH_REASON.exec(following)?.[1]]) {
    const head = taken?.toLowerCase()
    if (head && head.length >= 3 && term?.endsWith(head)) return true
  }
  if (CONSEQUENCE.test(following) && HELD_OUT.test(ctx.slice(sentence.start, end))) return true
  if (SAYS_WHAT_IT_DOES.test(following) && AT_SENTENCE_END.test(ctx.slice(end, sentence.end)))
    return true
  return (
    ASKS_MEANING.test(sentence.text) ||
    EXPLAINED_HERE.test(ctx.slice(end, sentence.end)) ||
    EXPLAINS_BEFORE.test(following) ||
    (index > 0 && NAMES_IT.test(ctx.slice(sentence.start, end)))
  )
}
