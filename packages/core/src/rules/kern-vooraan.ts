import {findDecision, NO_DECISION_STATED} from '../nlp/decision.js'
import {letterParts} from '../nlp/letter.js'
import {defineRule, type RuleContext, type UnitInfo} from '../rule.js'
import {countWords} from './lange-zin.js'

/** Words per sentence on average above which more than maxZinnen sentences make a long paragraph. */
const MANY_SENTENCES_AVERAGE = 12

interface Options {
  maxWoorden: number
  maxZinnen: number
}

/** Openings that put the history or the procedure before the message. */
const INDIRECT_OPENING =
  /^\s*(?:naar\s+aanleiding\s+van|in\s+antwoord\s+op|hierbij|middels\s+(?:deze|dit)|wij\s+delen\s+u\s+mede|graag\s+delen\s+wij\s+u\s+mede|onder\s+verwijzing\s+naar|refererend\s+aan|met\s+betrekking\s+tot|in\s+vervolg\s+op|ingevolge|op\s+grond\s+van|in\s+verband\s+met|ter\s+uitvoering\s+van|bij\s+(?:brief|schrijven)\s+van|op\s+\S+\s+\S+\s+(?:\d{4}\s+)?heeft\s+u)/i

/** A decision in a condition is not the message: "Indien de gegevens niet tijdig worden ontvangen, kunnen wij besluiten …". */
const CONDITIONAL = /^\s*(?:indien|als|wanneer|mocht|mochten|zodra|tenzij)\b/i
/** A short line without closing punctuation: a heading in a plain-text letter. */
const HEADING_LINE = /^[^\n.?!:;]{1,60}$/
/** A heading as a question ("Waarom hebben wij dit besloten?"): one short line ending in '?'. */
const QUESTION_HEADING = /^[^\n.?!:;]{1,60}\?$/
/**
 * A heading that announces the decision: "Besluit", "Ons besluit op uw aanvraag", "Wat hebben wij
 * besloten?". Not a heading over the reasons ("Waarom hebben wij dit besloten?").
 */
const DECISION_HEADING =
  /^\s*(?:(?:#+\s*)?(?:ons|het|uw|mijn)\s+)?(?:besluit|beslissing)\b|^\s*(?:#+\s*)?wat\s+(?:hebben|heeft)\s+(?:wij|we|het\s+college|de\s+burgemeester)\s+(?:besloten|beslist)\b/i
/** Decision after this many words of explanation in at least this many paragraphs (blind letters, sets b, g, h). */
const LATE_WORDS = 100
const LATE_PARAGRAPHS = 2

/**
 * Words that give the outcome in other words than the decision sentence: good or bad news, what
 * the reader gets or may do.
 */
const MESSAGE_CUE =
  /\b(?:goed\s+nieuws|helaas|u\s+krijgt|krijgt\s+u|u\s+mag|mag\s+u|teleurstellen)\b/i

/** Most words of a short opening that recalls the reader's application before the answer. */
const SHORT_RECALL_WORDS = 50

/**
 * A short first paragraph that recalls the reader's own application ("Op 3 maart heeft u een
 * vergunning aangevraagd voor …"), directly followed by the heading of the answer ("Ons besluit",
 * "Wat hebben wij besloten?"): the reader sees the answer at once. Blind editors judged seven of
 * nine such findings since set-k wrong (sets k, l, m, q, t); a longer recall (67 words and more)
 * they judged right. Not the stiff openings ("Naar aanleiding van", "Hierbij", "Bij schrijven van").
 */
function answerFollows(
  ctx: RuleContext<Options>,
  body: UnitInfo[],
  first: UnitInfo,
  words: number,
  lead: string,
): boolean {
  if (!/^\s*op\s/i.test(lead) || words > SHORT_RECALL_WORDS) return false
  const next = body.slice(body.indexOf(first) + 1).find((u) => u.sentences.length > 0)
  if (!next) return false
  const text = ctx.slice(next.unit.start, next.unit.end)
  const heading =
    next.unit.kind === 'heading' || HEADING_LINE.test(text) || QUESTION_HEADING.test(text)
  return heading && DECISION_HEADING.test(text)
}

/** A first sentence that recalls what the reader sent: a complaint, a report, an e-mail or a question. */
const READERS_MESSAGE =
  /^\s*(?:(?:hartelijk\s+)?(?:dank|bedankt)\s+(?:u\s+wel\s+)?voor\s+uw|op\s+\d{1,2}\s+\p{L}+(?:\s+\d{4})?\s+(?:diende|stuurde|heeft|belde|mailde)\s+u\b|u\s+(?:heeft|hebt)\s+(?:ons|bij\s+ons))/iu
/** Most words of such a recall in short sentences that editors found right as an opening. */
const SHORT_RECALL_PARAGRAPH = 70
/** Average words per sentence of a short recall. */
const SHORT_RECALL_SENTENCE = 16

/**
 * A first paragraph of a reply that sums up in a few short sentences what the reader sent ("Op 14
 * april diende u een klacht in via ons klachtenformulier. U schrijft dat …"): editors of blind
 * letters judged that the right opening for a reply to a complaint or a message (sets xx, zz, aaa:
 * 3 of 3 'lang' findings on such openings of 62 and 63 words wrong). A longer one, or one of long
 * sentences, is still reported (those they judged right).
 */
function shortRecall(first: UnitInfo, words: number): boolean {
  const sentence = first.sentences[0]!
  return (
    READERS_MESSAGE.test(sentence.text) &&
    words <= SHORT_RECALL_PARAGRAPH &&
    words <= first.sentences.length * SHORT_RECALL_SENTENCE
  )
}

/**
 * The decision only after the history, the rules and the weighing ("Overwegingen … Besluit"): a
 * reader looks for what was decided and finds it in the fourth paragraph. Not when an earlier
 * paragraph already gives the outcome in other words ("Goed nieuws", "helaas", "u krijgt").
 */
function lateDecision(ctx: RuleContext<Options>, body: UnitInfo[]): void {
  const decision = findDecision(ctx)
  if (!decision || CONDITIONAL.test(decision.text)) return
  if (NO_DECISION_STATED.test(ctx.document.text)) return
  const at = body.findIndex((u) => u.unit.start <= decision.start && decision.start < u.unit.end)
  if (at < 0) return
  let words = 0
  let paragraphs = 0
  // Under a heading that announces the decision ("Ons besluit", "Wat hebben wij besloten?") the
  // points before the decision sentence are part of the decision (a numbered list: "1. Wij stellen
  // vast …, 3. Wij vorderen … terug"), not explanation before it (blind letters, set-i).
  let inDecisionSection = false
  for (const unit of body.slice(0, at)) {
    if (unit.sentences.length === 0) continue
    const text = ctx.slice(unit.unit.start, unit.unit.end)
    // A heading line in plain text ("Overwegingen", "Besluit") is no paragraph of explanation.
    if (unit.unit.kind === 'heading' || HEADING_LINE.test(text) || QUESTION_HEADING.test(text)) {
      inDecisionSection = DECISION_HEADING.test(text)
      continue
    }
    if (inDecisionSection) continue
    if (MESSAGE_CUE.test(text)) return
    paragraphs++
    for (const s of unit.sentences) words += countWords(s.words, {text: ctx.document.text})
  }
  if (paragraphs < LATE_PARAGRAPHS || words < LATE_WORDS) return
  ctx.report({
    start: decision.start,
    end: decision.end,
    messageId: 'laat',
    data: {paragraph: paragraphs + 1, count: words},
  })
}

export default defineRule<Options>({
  id: 'kern-vooraan',
  meta: {
    description:
      'Zet de boodschap in de eerste alinea: wat is er besloten of wat moet de lezer doen.',
    severity: 'warning',
    fixable: 'none',
    letterOnly: true,
    messages: {
      omweg:
        'De brief begint met ‘{actual}’. Begin met de boodschap, bijvoorbeeld ‘U krijgt de vergunning.’ of ‘Wij hebben uw aanvraag ontvangen.’',
      laat: 'Het besluit staat pas in alinea {paragraph}, na {count} woorden uitleg. Zet het besluit in de eerste alinea; de uitleg en de regels komen daarna.',
      lang: 'De eerste alinea is lang ({count} woorden, {sentences} zinnen). Zet de kern in één of twee korte zinnen bovenaan.',
    },
    options: {
      type: 'object',
      properties: {
        maxWoorden: {
          type: 'integer',
          minimum: 10,
          default: 60,
          description: 'Meeste woorden in de eerste alinea.',
        },
        maxZinnen: {
          type: 'integer',
          minimum: 1,
          default: 4,
          description: 'Meeste zinnen in de eerste alinea.',
        },
      },
      additionalProperties: false,
    },
  },
  check(_tree, ctx) {
    const body = letterParts(ctx).body
    const first = body.find((u) => u.unit.kind === 'paragraph' && u.sentences.length > 0)
    const sentence = first?.sentences[0]
    if (!first || !sentence) return
    const words = first.sentences.reduce(
      (sum, s) => sum + countWords(s.words, {text: ctx.document.text}),
      0,
    )
    const match = INDIRECT_OPENING.exec(sentence.text)
    if (match && !answerFollows(ctx, body, first, words, match[0])) {
      const lead = match[0].trim()
      const start = sentence.start + sentence.text.indexOf(lead)
      ctx.report({start, end: start + lead.length, messageId: 'omweg'})
      return
    }
    // Many sentences make a paragraph long only when they are not all short: five sentences of
    // seven words ("Op zaterdag … Doe je mee? We beginnen om tien uur.") read quickly.
    // Five short sentences (42 words) that open with the news read quickly too: blind editors
    // judged those findings wrong. Many sentences count when they average over twelve words: five
    // sentences of 51-57 words in all were judged 7 goed, 6 deels, 8 fout (sets a-zzz).
    const manySentences =
      first.sentences.length > ctx.options.maxZinnen &&
      words > (ctx.options.maxWoorden * 2) / 3 &&
      words > first.sentences.length * MANY_SENTENCES_AVERAGE
    // In a reply that decides, the decision comes first, also after a short recall (set-pp).
    if (
      (words > ctx.options.maxWoorden || manySentences) &&
      !(shortRecall(first, words) && !findDecision(ctx))
    ) {
      ctx.report({
        start: sentence.start,
        end: sentence.end,
        messageId: 'lang',
        data: {count: words, sentences: first.sentences.length},
        severity: 'info',
      })
      return
    }
    lateDecision(ctx, body)
  },
})
