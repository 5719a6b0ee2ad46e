import {DEADLINE} from '../nlp/letter.js'
import {reportPhraseList} from '../nlp/phrase-list.js'
import {defineRule, type SentenceInfo} from '../rule.js'

/** A date, a number of days or weeks, or days before a moment ("1 werkdag van tevoren"). */
const CONCRETE = new RegExp(
  String.raw`${DEADLINE.source}|\b(?:\d+|een|één|twee|drie|vier|vijf)\s+(?:werk)?(?:dagen|dag|weken|week)\s+van\s+tevoren\b`,
  'i',
)

/**
 * A year or a season or month of a year as the moment: "gepland voor 2027", "in het voorjaar van
 * 2027", "vanaf maart 2027". Concrete enough for what happens on the longer term ("Op termijn
 * vervangen wij de lampen. … Dit staat gepland voor 2027."; blind letters, set-t).
 */
const YEAR_MOMENT =
  /\b(?:in|voor|vóór|vanaf|na|rond|eind|begin|medio)\s+(?:(?:het\s+)?(?:voorjaar|najaar|zomer|winter|begin|einde?)\s+van\s+|de\s+(?:zomer|winter)\s+van\s+|(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+)?20\d\d\b/i

/** A sentence that goes on about the one before: "Dat moet uiterlijk …", "Dus vóór 1 mei". */
const REFERS_BACK =
  /^\s*(?:dat|dit|dan|dus|uiterlijk|namelijk|liefst|het\s+liefst|in\s+ieder\s+geval)\b/i

const ASKING =
  /^(?:vragen|vraag|vraagt|vroeg|vroegen|gevraagd|verzoeken|verzoek|verzoekt|verzocht|verzochten)$/

/** Vague words that announce something ("Binnenkort gaan wij aan de slag") rather than promise. */
const ANNOUNCING = new Set([
  'binnenkort',
  'op korte termijn',
  'in de komende periode',
  'de komende tijd',
  'binnen afzienbare tijd',
  'in de nabije toekomst',
  'eerdaags',
])

/**
 * What happens to the reader by itself, at a moment nobody sets: a document that expires, an age
 * the reader reaches ("als uw rijbewijs binnenkort verloopt", "Omdat u binnenkort 75 jaar
 * wordt", "Binnenkort word je 18"), and a wish ("Ik hoop u binnenkort te ontmoeten"). An
 * announcing word there describes the reader's situation; it promises nothing (blind letters:
 * 5 of 6 such findings wrong).
 */
const BY_ITSELF =
  /(?<![\p{L}])(?:verloopt|verlopen|verliep|afloopt|aflopen|(?:\d{1,3}|achttien)\s+(?:jaar\s+)?(?:wordt|word|worden)|(?:wordt|word|worden)\s+(?:u\s+|je\s+|hij\s+|zij\s+)?(?:\d{1,3}|achttien)|hoop|hopen)(?![\p{L}])/iu

/** A line that asks when: "Wanneer?", "Wanneer zijn de werkzaamheden?". */
const WHEN_LINE = /^\s*wanneer\b[^.!]*\?\s*$/i

/**
 * Units followed, one to three units on, by a line asking when and then the answer with a date
 * ("Binnenkort gaan wij aan de slag. // Wanneer? // Wij beginnen op maandag 2 november."): an
 * announcing word there only leads up to the date the letter gives (blind letters: three of three
 * such findings wrong). Keyed by the unit's start offset.
 */
function announcedUnits(sentences: readonly SentenceInfo[]): Set<number> {
  const units: {start: number; text: string}[] = []
  for (const sentence of sentences) {
    const last = units.at(-1)
    if (last?.start === sentence.unit.start) last.text += ` ${sentence.text}`
    else units.push({start: sentence.unit.start, text: sentence.text})
  }
  const out = new Set<number>()
  units.forEach((unit, i) => {
    for (const at of [i + 1, i + 2, i + 3]) {
      const answer = units[at + 1]
      if (answer && WHEN_LINE.test(units[at]?.text ?? '') && DEADLINE.test(answer.text)) {
        out.add(unit.start)
        return
      }
    }
  })
  return out
}

/** A sentence about changing an appointment: a new one, another date, cancelling it. */
const RESCHEDULE =
  /(?<![\p{L}])(?:nieuwe\s+afspraak|andere\s+(?:datum|afspraak|tijd|dag)|afspraak\s+(?:\p{L}+\s+){0,4}af|afzeggen|verzetten)(?![\p{L}])/iu

export default defineRule({
  id: 'vage-termijn',
  meta: {
    description: 'Noem een datum of een aantal dagen in plaats van een vage termijn.',
    scope: 'unit',
    severity: 'warning',
    fixable: 'none',
    messages: {
      vaag: '‘{actual}’ is een vage termijn. {uitleg}',
    },
  },
  check(_tree, ctx) {
    for (const [index, sentence] of ctx.sentences.entries()) {
      const words = sentence.words
      // The concrete moment follows in the same sentence, or in the next one of the paragraph when
      // that goes on about it ("Bel ons zo snel mogelijk. Dat moet uiterlijk 1 werkdag van
      // tevoren."; not an unrelated "Stuur ons vóór 10 mei …"): the vague word only leads up to it.
      // A year is that moment for what happens on the longer term, also two sentences on.
      const next = ctx.sentences[index + 1]
      const concrete = (text: string) => CONCRETE.test(text) || YEAR_MOMENT.test(text)
      const goesOn = (later: SentenceInfo | undefined, test: (text: string) => boolean) =>
        later !== undefined &&
        later.unit === sentence.unit &&
        REFERS_BACK.test(later.text) &&
        test(later.text)
      if (
        concrete(sentence.text) ||
        goesOn(next, concrete) ||
        goesOn(ctx.sentences[index + 2], (text) => YEAR_MOMENT.test(text))
      )
        continue
      // "om zo snel mogelijk … op te lossen": a purpose clause says how, not when; no deadline is
      // promised there (issue #15). An 'om' shortly before the phrase and a 'te' after it.
      // After a verb of asking, the om-clause is the request itself ("Wij vragen u om zo snel
      // mogelijk het formulier op te sturen"): a deadline for the reader, reported.
      const purpose = (first: number, last: number) => {
        const om = words.slice(Math.max(0, first - 6), first).findLastIndex((w) => w.lower === 'om')
        if (om < 0 || !words.slice(last + 1).some((w) => w.lower === 'te')) return false
        const omIndex = Math.max(0, first - 6) + om
        return !words.slice(0, omIndex).some((w) => ASKING.test(w.lower))
      }
      const announced = ctx
        .memo('vage-termijn:announced', () => announcedUnits(ctx.documentSentences))
        .has(sentence.unit.start)
      // A question about the reader's own plans ("Reist u binnenkort naar het buitenland?")
      // promises nothing and sets no term (blind letters, set-v); a request stays reported ("Kunt u
      // binnenkort langskomen?", "Wilt u het formulier zo snel mogelijk terugsturen?").
      const question =
        /\?\s*$/.test(sentence.text) &&
        !/^\s*(?:wilt|wil|kunt|kun|zou|zoudt)\s/i.test(sentence.text)
      const skip = (first: number, last: number) =>
        ((announced || question || BY_ITSELF.test(sentence.text)) &&
          ANNOUNCING.has(
            words
              .slice(first, last + 1)
              .map((w) => w.lower)
              .join(' '),
          )) ||
        purpose(first, last)
      // Changing an appointment ("Past deze datum niet? Bel dan zo snel mogelijk. Dan maken wij
      // een nieuwe afspraak."): as soon as the reader knows is the only moment there is (blind
      // letters: of seven such findings editors judged five wrong).
      const rescheduling =
        RESCHEDULE.test(sentence.text) ||
        (next !== undefined && next.unit === sentence.unit && RESCHEDULE.test(next.text))
      // A notice the reader gives when something happens, after a yes/no question that names it
      // ("Gaat het feest niet door? Laat het ons dan zo snel mogelijk weten.", "Kan uw kind toch
      // niet komen? Meld het dan zo snel mogelijk af."): no date can be named (blind letters, sets
      // b-pp: 8 of 11 such findings wrong).
      const previous = ctx.sentences[index - 1]
      const onEvent =
        previous !== undefined &&
        previous.unit === sentence.unit &&
        /\?\s*$/.test(previous.text) &&
        !/^\s*(?:wat|wie|waar|waarom|hoe|wanneer|welke?)\b/i.test(previous.text) &&
        words.slice(0, 4).some((w) => w.lower === 'dan')
      const asap = (first: number, last: number) =>
        (rescheduling || onEvent) &&
        words
          .slice(first, last + 1)
          .map((w) => w.lower)
          .join(' ')
          .match(/^zo (?:snel|spoedig) mogelijk$/) !== null
      reportPhraseList(
        ctx,
        sentence,
        'vage-termijnen.tsv',
        'vaag',
        false,
        (first, last) => skip(first, last) || asap(first, last),
      )
    }
  },
  // Whether a line asking when, with a date after it, follows the unit (announcedUnits).
  unitFacts(unit, context) {
    let announced = context.memo.get('vage-termijn:announced') as Set<number> | undefined
    if (!announced) {
      announced = announcedUnits(context.sentences)
      context.memo.set('vage-termijn:announced', announced)
    }
    return announced.has(unit.unit.start) ? '1' : '0'
  },
})
