import {DEADLINE, toResident} from '../nlp/letter.js'
import {defineRule, type RuleContext, type SentenceInfo} from '../rule.js'

const ACTION_VERB =
  /\b(?:betaal|betaalt|betalen|vul\b[^.?!]*\bin|aanvullen|vult\b[^.?!]*\baan|vul\b[^.?!]*\baan|stuur|stuurt|sturen|opsturen|toesturen|insturen|reageer|reageert|reageren|invullen|lever\b[^.?!]*\bin|inleveren|aanleveren|onderteken|ondertekent|ondertekenen|upload|uploaden|overmaken|maak\b[^.?!]*\bover|geef\b[^.?!]*\bdoor|doorgeven|meld|melden|verleng|verlengen|ophalen|haal\b[^.?!]*\bop|(?:over|op|in|aan|toe|terug|door)\s+te\s+(?:maken|sturen|vullen|leveren|geven|betalen))\b/i
const REQUEST =
  /\b(?:u\s+moet|moet\s+u|u\s+dient|dient\s+u|wij\s+verzoeken\s+u|we\s+verzoeken\s+u|wij\s+vragen\s+u|we\s+vragen\s+u|verzoeken\s+(?:wij|we)\s+u|vragen\s+(?:wij|we)\s+u|wilt\s+u|graag\s+ontvangen\s+wij|wij\s+ontvangen\s+graag|is\s+verplicht|bent\s+verplicht)\b/i
const IMPERATIVE =
  /^\s*(?:betaal|vul|stuur|reageer|lever|onderteken|upload|maak|geef|meld|verleng|haal|neem)\b/i
const CONDITIONAL =
  /\b(?:als\s+u|wanneer\s+u|indien\s+u|mocht\s+u|heeft\s+u\s+vragen|wilt\s+u\s+meer|dan\s+kunt\s+u)\b/i
/** Ways to send or hand something in (a later paragraph that names one counts, see SENDING). */
const SENDING_WAYS = [
  'via',
  'per\\s+post',
  'per\\s+e-?mail',
  'online',
  'website',
  'formulier',
  'digid',
  'mijn\\s?omgeving',
  'balie',
  'receptie',
  'loket',
  'bijlage',
  'antwoordenvelop',
  'envelop',
  'rekeningnummer',
  'iban',
  'acceptgiro',
  'factuur',
]
/** A Dutch IBAN says how to pay ("Maak het bedrag over naar NL12 BNGH 0285 1234 56"), not how to send. */
const IBAN = /\bNL\d{2}\s?[A-Z]{4}\s?\d{4}/
/** How the reader does it, in the task's own paragraph: a way to send, or to call, mail or visit. */
const MANNER = new RegExp(
  `\\b(?:${[
    ...SENDING_WAYS,
    'per\\s+brief',
    'op\\s+rekening',
    'telefoon',
    'telefonisch',
    'bellen',
    'bel',
    'e-?mail',
    'mail',
    'upload',
    'afspraak',
    'adres',
    'x{4,}',
  ].join('|')})\\b|@|\\d{2}[ \\-]?\\d{3,}`,
  'i',
)

/** An introduction that offers a procedure ("Dan kunt u …", "Als u …", "Wilt u …?"). */
/**
 * Whether the list item at `unitIndex` is a step of a procedure the reader may choose: under an
 * introduction that offers it (kunt u, als u, wilt u; "Wat moet u doen?" heads tasks, not an
 * offer), or under a how-to question that answers what the reader asked ("Hoe vraagt u de pas
 * aan? 1. Ga naar … 2. Vul het formulier in."; blind letters, set-tt: both steps wrong).
 */
function optionalSteps(ctx: RuleContext<unknown>, unitIndex: number): boolean {
  let k = unitIndex - 1
  while (k >= 0 && ctx.units[k]!.unit.kind === 'listItem') k--
  const intro = k >= 0 ? ctx.slice(ctx.units[k]!.unit.start, ctx.units[k]!.unit.end) : ''
  if (OFFER.test(intro) && !/\b(?:moet\s+u|u\s+moet|dient\s+u|u\s+dient)\b/i.test(intro))
    return true
  return HOW_TO.test(intro)
}

/** A question how the reader does something, not how to pay: "Hoe vraagt u de pas aan?". */
const HOW_TO = /^\s*hoe\s+(?!betaal)\p{L}+\s+(?:u|je)\b[^?]*\?\s*$/iu
const OFFER = /\b(?:kunt\s+u|kun\s+je|als\s+u|als\s+je|wilt\s+u|wil\s+je|wanneer\s+u)\b/i

/**
 * Ways to send or hand something in, as a later paragraph names them: not a phone number or
 * "bel", which the contact paragraph has in nearly every letter.
 */
const SENDING = new RegExp(
  `\\b(?:${[...SENDING_WAYS, 'omgevingsloket', 'upload(?:en)?'].join('|')})\\b`,
  'i',
)
/** A paragraph that offers contact for questions. */
const CONTACT_PARAGRAPH = /^\s*(?:heeft\s+u\s+(?:nog\s+)?vragen|vragen\?|meer\s+weten)/i
/** "Right away" is a deadline too: "per omgaande", "meteen", "onverwijld" (set-yy), "vandaag nog". */
const RIGHT_AWAY =
  /\b(?:per\s+omgaande|meteen|direct|onmiddellijk|onverwijld|terstond|vandaag|morgen)\b/i
/**
 * Other ways to say when: "uiterlijk op de 5e van de maand" (not "het uiterlijk van de woning"),
 * "binnen de termijn die in het betaalverzoek staat" (blind letters, set-m; not "binnen de
 * gestelde termijn", which names none), a moment the reader knows: "zodra u het rapport heeft",
 * "na afloop", "vóór het plaatsen" (blind letters, sets ff-jjj).
 */
const WHEN =
  /(?<!\b(?:het|uw|zijn|haar)\s)\buiterlijk\b|\bbinnen\s+de\s+termijn\b[^.?!]*?\bdie\s+in\b|\b(?:op|vóór|voor)\s+de\s+\d{1,2}e\s+van\s+de\s+maand\b|\bzodra\b|\bna\s+afloop\b|\bvóór\s+(?:het|de)\s+(?:\p{L}+en|start|opening|aanvang|vertrek|verhuizing|bouw|sloop|uitvoering)\b/iu
/** A web address is a way to do it online: "Vul de vragenlijst in op www.….nl/…". */
const WEB_ADDRESS = /\bwww\.|\bhttps?:\/\//i
/** A heading over when the reader must act: "Termijn", "Wanneer?", "Uiterlijk …". */
const WHEN_HEADING = /^\s*(?:termijn|wanneer|uiterlijk|datum|voor\s+wanneer)\b/i

const OBJECTION_WORDS = /\b(?:bezwaar|bezwaarschrift|beroep|beroepschrift)\b/i

export default defineRule({
  id: 'actie',
  meta: {
    description: 'Moet de lezer iets doen, zeg dan wat, hoe en voor wanneer.',
    severity: 'warning',
    fixable: 'none',
    letterOnly: true,
    messages: {
      geenTermijn:
        'U vraagt de lezer iets te doen, maar niet voor wanneer. Noem een datum of een aantal dagen.',
      geenManier:
        'Zeg hoe de lezer dit doet: online, per post, per e-mail of aan de balie, en waar precies.',
    },
  },
  check(_tree, ctx) {
    // A task with a deadline is for a resident; a memo to the council or colleagues is out of scope.
    if (!toResident(ctx)) return
    // How to do it often follows a few paragraphs on ("Het gaat om deze stukken: <list> … De
    // stukken kunt u uploaden via het Omgevingsloket"): the next six units count too, but not
    // the contact paragraph ("Heeft u vragen? Bel ons"), and only ways to send or hand in.
    const following = (unitIndex: number) =>
      ctx.units
        .slice(unitIndex + 1, unitIndex + 7)
        .map((u) => ctx.slice(u.unit.start, u.unit.end))
        .filter((text) => !CONTACT_PARAGRAPH.test(text))
        .join(' ')
    // Or a paragraph or two before it, back to a heading, in a sentence about doing something
    // there ("U kunt het ophalen bij de balie." and then "Haal uw rijbewijs binnen 3 maanden
    // op."; not "Op onze website leest u meer").
    const preceding = (unitIndex: number) => {
      const parts: string[] = []
      for (let k = unitIndex - 1; k >= 0 && k >= unitIndex - 2; k--) {
        const unit = ctx.units[k]!
        if (unit.unit.kind === 'heading' || unit.unit.kind === 'salutation') break
        for (const sentence of unit.sentences)
          if (ACTION_VERB.test(sentence.text)) parts.push(sentence.text)
      }
      return parts.join(' ')
    }
    // How the reader does it, said in the paragraphs after or before the task: a way to send or
    // hand in, or for a payment an account number (the paragraph's own words are MANNER's).
    const saysHow = (unitIndex: number, paragraph: string, family: number) => {
      const after = following(unitIndex)
      return (
        SENDING.test(after) ||
        linkBelow(ctx, unitIndex, paragraph) ||
        SENDING.test(preceding(unitIndex)) ||
        (family === 0 && IBAN.test(`${paragraph} ${after}`))
      )
    }
    // The last task with a deadline per kind of task (paying, sending), by unit: a later step of
    // the same errand up to ERRAND_UNITS units on shares it ("U moet … binnen 14 dagen betalen." above a
    // table of amounts, then "Maak het totaalbedrag over naar …"), until a heading.
    const timedErrand = new Map<number, number>()
    ctx.units.forEach((unit, unitIndex) => {
      if (
        unit.unit.kind === 'heading' ||
        unit.unit.kind === 'subject' ||
        unit.unit.kind === 'salutation'
      ) {
        timedErrand.clear()
        return
      }
      const paragraph = ctx.slice(unit.unit.start, unit.unit.end)
      // Scope (issue #15): the objection paragraph is the bezwaarclausule rule's, and a paragraph
      // under a question heading ("Container kapot?", "Bent u het niet eens?") is an offer for
      // readers to whom it applies, not a task for everyone.
      if (OBJECTION_WORDS.test(paragraph)) return
      // The line after the list of what an objection holds ("Zet in uw bezwaar: - uw naam; - …
      // Stuur een kopie van deze brief mee.") belongs to the objection paragraph too.
      let before = unitIndex - 1
      while (before >= 0 && ctx.units[before]!.unit.kind === 'listItem') before--
      if (
        before >= 0 &&
        before < unitIndex - 1 &&
        OBJECTION_WORDS.test(ctx.slice(ctx.units[before]!.unit.start, ctx.units[before]!.unit.end))
      )
        return
      const previousUnit = ctx.units[unitIndex - 1]
      const previousText = previousUnit
        ? ctx.slice(previousUnit.unit.start, previousUnit.unit.end).trim()
        : ''
      if (previousText.endsWith('?') && previousText.length < 100) return
      // The steps of a procedure the reader may choose ("Bent u uw pas kwijt? Dan kunt u een
      // nieuwe aanvragen. Dat gaat in drie stappen: 1. … 2. Vul het formulier in."): list items
      // under an introduction that offers it (kunt u, als u, wilt u).
      if (unit.unit.kind === 'listItem' && optionalSteps(ctx, unitIndex)) return
      // The task before this one in the paragraph, when it had its deadline: a step that follows
      // it shares that deadline ("Betaal binnen 14 dagen. Maak het geld over op …").
      let timedTask = -2
      const scenario = opensWithCondition(unit.sentences)
      unit.sentences.forEach((sentence, index) => {
        const next = unit.sentences[index + 1]
        if (scenario) return
        // After a yes/no question about the reader's situation come steps for that case, no tasks
        // with a deadline ("Vindt u een dode vogel? … Meld het bij de Dierenambulance."; sets u, nn).
        if (unit.sentences.slice(0, index).some(asksSituation)) return
        if (!isRequiredAction(sentence, unit.sentences[index - 1], next)) {
          // A task told as a plan with its moment gives it to the next step and to the errand.
          if (toldWithMoment(sentence.text)) {
            timedTask = index
            const family = taskFamily(sentence.text)
            if (family !== -1) timedErrand.set(family, unitIndex)
          }
          return
        }
        let nearby = [sentence, next]
          .filter(Boolean)
          .map((s) => ctx.slice(s!.start, s!.end))
          .join(' ')
        // The paragraph's last task may get its deadline right after it: in the list it opens
        // ("Wij vragen u deze stukken aan te leveren:" and the items) or in the first sentence
        // of the paragraph after that, when that sentence asks nothing new ("Wij ontvangen de
        // stukken graag uiterlijk 8 december.").
        if (!next) nearby += ' ' + deadlineAfter(ctx, unitIndex, /:\s*$/.test(sentence.text))
        // A task as a heading line ("U moet uw verhuizing doorgeven" above "… Dat moet binnen 5
        // dagen na uw verhuizing."): the paragraph under it is its section and may give the moment.
        // A heading says what, not how: the how is for its section or a later step (the
        // geenManier check applies there).
        const underHeading = ctx.units[unitIndex + 1]
        const headingTask =
          unit.sentences.length === 1 &&
          paragraph.length < HEADING_TASK &&
          !/[.!?:;]["'”’)]?\s*$/.test(paragraph) &&
          underHeading?.unit.kind === 'paragraph'
        if (headingTask) nearby += ' ' + ctx.slice(underHeading.unit.start, underHeading.unit.end)
        // A button or link line under the paragraph that asks the same ("… de vragenlijst …
        // uiterlijk vrijdag 17 april in te dienen." and then "Vul de vragenlijst in"): that
        // paragraph gives the moment (blind letters, HTML e-mails of sets hhh and ttt). Not a task
        // line about something else, which takes its moment from the paragraph under it.
        if (unit.sentences.length === 1 && buttonLine(paragraph, previousText))
          nearby += ' ' + previousText
        // An appointment earlier in the paragraph, or in the lines above it under the same
        // question, is the moment of what it asks ("Wanneer en waar? / Dinsdag 8 december om
        // 10.30 uur / De Rede 1 / Meld u bij de receptie."); looked for only when nothing nearer is.
        const appointment = () => {
          const before =
            appointmentBlock(ctx, unitIndex) + ctx.slice(unit.unit.start, sentence.start)
          return DEADLINE.test(before) && CLOCK_TIME.test(before)
        }
        // A step in a list of steps ("Wat moet u doen? 1. Kies een voorschool. 2. Meld uw kind
        // aan. 3. Doe dit vóór 1 oktober."): a later step of the same list may say when for all
        // (blind letters, set-m).
        // The sentence that opens the list may give the deadline for all its ways ("Stuur de
        // verklaring uiterlijk 26 november naar ons. Dat kan op twee manieren: 1. Upload … 2.
        // Lever …"; blind letters, set-yyy).
        if (unit.unit.kind === 'listItem')
          nearby += ' ' + laterSteps(ctx, unitIndex) + ' ' + listIntroduction(ctx, unitIndex)
        // A later step that gives the moment for what came before ("1. Vul de vragenlijst in.
        // 2. Geef de code aan uw kind. 3. Doe dit vóór 10 januari."), in the units up to a
        // heading (blind letters, set-gggg: steps in the cells of a mail template's table).
        nearby += ' ' + deadlineForAll(ctx, unitIndex)
        // A table right above the task gives its dates ("Aanmelden | vóór 6 maart" and then "Meld u
        // hier aan"; blind letters, set-ccc).
        nearby += ' ' + tableAbove(ctx, unitIndex)
        const timed =
          timedTask === index - 1 ||
          DEADLINE.test(nearby) ||
          WHEN.test(nearby) ||
          /\b(?:vóór|voor)\s+\d{1,2}[\s\-]/i.test(nearby) ||
          RIGHT_AWAY.test(nearby) ||
          appointment()
        const family = taskFamily(sentence.text)
        const errand = family === -1 ? undefined : timedErrand.get(family)
        const stepOfErrand = !timed && errand !== undefined && unitIndex - errand <= ERRAND_UNITS
        if (timed && family !== -1) timedErrand.set(family, unitIndex)
        if (timed || stepOfErrand) timedTask = index
        if (!timed && !stepOfErrand) {
          ctx.report({start: sentence.start, end: sentence.end, messageId: 'geenTermijn'})
        } else if (
          !headingTask &&
          !MANNER.test(paragraph) &&
          !WEB_ADDRESS.test(paragraph) &&
          !saysHow(unitIndex, paragraph, family)
        ) {
          ctx.report({
            start: sentence.start,
            end: sentence.end,
            messageId: 'geenManier',
            severity: 'info',
          })
        }
      })
    })
  },
})

/**
 * What may give the deadline of a task that ends unit `unitIndex`: the list items right after it
 * when the task opens a list, and the first sentence of the next paragraph when that sentence is
 * no task of its own (a heading or a contact paragraph ends the search).
 */
function deadlineAfter(ctx: RuleContext<unknown>, unitIndex: number, opensList: boolean): string {
  const parts: string[] = []
  let k = unitIndex + 1
  while (ctx.units[k]?.unit.kind === 'listItem') {
    if (opensList) parts.push(ctx.slice(ctx.units[k]!.unit.start, ctx.units[k]!.unit.end))
    k++
  }
  const after = ctx.units[k]
  // A heading over the deadline ("Termijn", then "Wij verzoeken u de gegevens uiterlijk 3
  // februari aan ons toe te zenden."; blind letters, set-m): its paragraph says when.
  const afterText = after ? ctx.slice(after.unit.start, after.unit.end) : ''
  // (In plain text such a heading is a short line of its own without a full stop.)
  if (
    after &&
    (after.unit.kind === 'heading' ||
      (after.unit.kind === 'paragraph' &&
        afterText.length < 40 &&
        !/[.!?:;]\s*$/.test(afterText))) &&
    WHEN_HEADING.test(afterText)
  ) {
    const section = ctx.units[k + 1]
    if (section?.unit.kind === 'paragraph' && section.sentences[0])
      parts.push(section.sentences[0].text)
    return parts.join(' ')
  }
  if (!after || after.unit.kind !== 'paragraph') return parts.join(' ')
  // No action verb: then it asks nothing of its own (isRequiredAction needs one).
  const first = after.sentences[0]
  if (first && !CONTACT_PARAGRAPH.test(first.text) && !ACTION_VERB.test(first.text))
    parts.push(first.text)
  return parts.join(' ')
}

/**
 * A button or link line below the task, before a heading, that names what the task is about
 * ("Vul zelf de vragenlijst in." and, under the steps, "Naar de vragenlijst voor ouders"): the
 * reader does it online, there (blind letters, set-gggg).
 */
function linkBelow(ctx: RuleContext<unknown>, unitIndex: number, paragraph: string): boolean {
  return stepsAhead(ctx, unitIndex).some((unit) => {
    const line = ctx.slice(unit.unit.start, unit.unit.end).trim()
    return /^(?:naar|ga\s+naar|open|start|bekijk)\b/i.test(line) && buttonLine(line, paragraph)
  })
}

/** A sentence that gives the moment for the steps before it: "Doe dit vóór …", "Dat moet uiterlijk …". */
const FOR_ALL =
  /^\s*(?:\d+[.)]\s*)?(?:(?:doe|regel|stuur|lever)\s+(?:dit|dat|alles|het\s+allemaal)\b|(?:dit|dat|alles)\s+(?:moet|kan|kunt\s+u|doet\s+u)\b)/i
/** Units after a task in which a later step may give the moment for all steps. */
const STEPS_AHEAD = 4

/** The sentences of the next few units (up to a heading) that give the moment for all steps. */
function deadlineForAll(ctx: RuleContext<unknown>, unitIndex: number): string {
  return stepsAhead(ctx, unitIndex)
    .flatMap((unit) => unit.sentences)
    .filter((sentence) => FOR_ALL.test(sentence.text) && DEADLINE.test(sentence.text))
    .map((sentence) => sentence.text)
    .join(' ')
}

/** The units after unit `unitIndex`, at most STEPS_AHEAD, up to a heading or the closing. */
function stepsAhead(ctx: RuleContext<unknown>, unitIndex: number): RuleContext<unknown>['units'] {
  const ahead = ctx.units.slice(unitIndex + 1, unitIndex + 1 + STEPS_AHEAD)
  const stop = ahead.findIndex((u) => u.unit.kind === 'heading' || u.unit.kind === 'closing')
  return stop === -1 ? ahead : ahead.slice(0, stop)
}

/**
 * A short line without end punctuation that shares a word of five letters or more with the
 * paragraph above it ("Vul de vragenlijst in" under "… de vragenlijst … in te dienen.").
 */
function buttonLine(line: string, above: string): boolean {
  if (line.length >= HEADING_TASK || /[.!?:;]["'”’)]?\s*$/.test(line)) return false
  const words = new Set(above.toLowerCase().match(/\p{L}{5,}/gu) ?? [])
  return (line.toLowerCase().match(/\p{L}{5,}/gu) ?? []).some((word) => words.has(word))
}

/** The paragraph that opens the list of item `unitIndex` with a colon, or ''. */
function listIntroduction(ctx: RuleContext<unknown>, unitIndex: number): string {
  let k = unitIndex - 1
  while (k >= 0 && ctx.units[k]!.unit.kind === 'listItem') k--
  const intro = ctx.units[k]
  if (intro?.unit.kind !== 'paragraph') return ''
  const text = ctx.slice(intro.unit.start, intro.unit.end)
  return /:\s*$/.test(text) ? text : ''
}

/** The list items after the item `unitIndex` in the same list, at most six. */
function laterSteps(ctx: RuleContext<unknown>, unitIndex: number): string {
  const parts: string[] = []
  for (let k = unitIndex + 1; k <= unitIndex + 6 && ctx.units[k]?.unit.kind === 'listItem'; k++)
    parts.push(ctx.slice(ctx.units[k]!.unit.start, ctx.units[k]!.unit.end))
  return parts.join(' ')
}

/**
 * The text of up to three units before `unitIndex`, back to a heading or a line ending in a
 * question ("Wanneer en waar?"), which belongs to the block too.
 */
function appointmentBlock(ctx: RuleContext<unknown>, unitIndex: number): string {
  const parts: string[] = []
  for (let k = unitIndex - 1; k >= 0 && k >= unitIndex - 3; k--) {
    const unit = ctx.units[k]!
    const text = ctx.slice(unit.unit.start, unit.unit.end)
    parts.unshift(text)
    if (unit.unit.kind === 'heading' || unit.unit.kind === 'salutation' || /\?\s*$/.test(text))
      break
  }
  return parts.join(' ') + ' '
}

/** A task on a line of its own without final punctuation, shorter than this, is a heading. */
const HEADING_TASK = 80

/** A time of day: "om 10.30 uur", "14:00 uur". */
const CLOCK_TIME = /\b\d{1,2}[.:]\d{2}\s*uur\b|\bom\s+\d{1,2}\s+uur\b/i

/** A sentence that asks the reader to do something that is not optional. */
/** A question that is a request: "Wilt u …?", "Kunt u …?", "Zou u …?". */
const POLITE_REQUEST = /^\s*(?:wilt|wil|kunt|kun|zou|zoudt)\s+(?:u|je|jij)\b(?!\s+liever\b)/i

/**
 * Kinds of task that steps of one errand share: paying ("Betaal binnen 14 dagen." … "Maak het
 * bedrag over naar …") and sending or handing in.
 */
const TASK_FAMILIES = [
  /\b(?:betaal|betaalt|betalen|voldoe|voldoet|voldoen|overmaken|maak\b[^.?!]*\bover|over\s+te\s+maken)\b/i,
  /\b(?:stuur|stuurt|sturen|opsturen|toesturen|insturen|lever\b[^.?!]*\bin|inleveren|aanleveren|upload|uploaden)\b/i,
]

/**
 * How many units on a later step of the same errand may stand: a table of amounts between the two
 * is a unit per line ("openstaand bedrag € 247,40", "aanmaningskosten € 17,00", "totaal …").
 */
const ERRAND_UNITS = 6

function taskFamily(text: string): number {
  return TASK_FAMILIES.findIndex((family) => family.test(text))
}

/** A clause that says the reader need not do it: "hoeft u niet …", "hoeven geen …". */
const WAIVED =
  /\bhoe(?:ft|f|ven)\b.*\b(?:niet|geen|niets)\b|\b(?:niet|geen)\b.*\bhoe(?:ft|f|ven)\b/i

/**
 * A paragraph that opens with a condition the next sentence answers ("Is de boot op 6 november
 * niet weg? Dan laten wij hem weghalen. De kosten daarvan moet u betalen.") tells what happens in
 * that case: what it asks is no task now (blind letters, set-r).
 */
function opensWithCondition(sentences: readonly SentenceInfo[]): boolean {
  return /\?\s*$/.test(sentences[0]?.text ?? '') && /^\s*dan\b/i.test(sentences[1]?.text ?? '')
}

/**
 * A task told as a plan with its moment ("Na het toernooi stuurt u ons uiterlijk 1 september een
 * verslag."): it gives its deadline to the step after it ("Stuur ook een overzicht mee."; blind
 * letters, set-r) and to a later step of the same errand ("U kunt het bedrag betalen vóór 31
 * maart. (…) Maak het bedrag over naar …"; set-j).
 */
function toldWithMoment(text: string): boolean {
  return ACTION_VERB.test(text) && (DEADLINE.test(text) || WHEN.test(text))
}

/**
 * A yes/no question about the reader's situation ("Vindt u een dode vogel?", "Is uw pas kwijt?"):
 * no question word (which heads a task: "Wat moet u doen?") and no polite request ("Wilt u …?").
 */
function asksSituation(sentence: SentenceInfo): boolean {
  const text = sentence.text
  return /\?\s*$/.test(text) && !QUESTION_WORD.test(text) && !POLITE_REQUEST.test(text)
}

/** A question word at the start of a sentence: the question heads a task, it is not one. */
const QUESTION_WORD = /^\s*(?:wat|welke|hoe|wanneer|waar|waarom|wie)\b/i

function isRequiredAction(
  sentence: SentenceInfo,
  previous: SentenceInfo | undefined,
  next: SentenceInfo | undefined,
): boolean {
  const text = sentence.text
  // The task is in a clause that is not waived: "Bonnetjes hoeft u niet mee te sturen, maar u
  // moet ze wel 7 jaar bewaren" asks to keep them, not to send them (blind letters, set-r).
  const asked = text
    .split(/[,;]/)
    .filter((clause) => !WAIVED.test(clause))
    .join(',')
  if (!ACTION_VERB.test(asked) || CONDITIONAL.test(text)) return false
  // "Heeft u vragen? Bel ons." is an offer, not a task.
  if (previous && /\?\s*$/.test(previous.text)) return false
  // "Wilt u niet verlengen? Dan hoeft u niets te doen.": a question that a "dan" sentence answers
  // is a condition, not a request; also with 'dan' after the verb ("Wilt u in termijnen betalen?
  // Vul dan het formulier in", "Geef ons dan toestemming"; blind letters, sets g, ll, ppp, ffff).
  if (/\?\s*$/.test(text) && next && /^\s*(?:[\p{L}’']+\s+){0,4}dan\b/iu.test(next.text))
    return false
  // "Wat moet u opsturen?" heads the task (a list, the sentences after it), which says when.
  if (/\?\s*$/.test(text) && QUESTION_WORD.test(text)) return false
  // A question asks for something only as a polite request ("Wilt u het formulier vóór 1 mei
  // terugsturen?"); "Moet u een eigen bijdrage betalen?" is the reader's own question, which the
  // text below it answers.
  if (/\?\s*$/.test(text) && !POLITE_REQUEST.test(text)) return false
  // "Wilt u niet dat wij post naar u sturen, maar naar iemand anders?" offers a choice to the
  // reader who wants it (blind letters, set-ff).
  if (/\?\s*$/.test(text) && OFFERED_CHOICE.test(text)) return false
  // An imperative that forbids: "Vul het formulier nog niet zelf in" (set-ff), "Stuur geen
  // originelen mee". Not with 'maar', which adds the task ("Stuur geen originelen, maar kopieën").
  if (
    !REQUEST.test(text) &&
    IMPERATIVE.test(text) &&
    PROHIBITION.test(text) &&
    !/\bmaar\b/i.test(text)
  )
    return false
  // "Op www.hetcak.nl kunt u uitrekenen hoeveel u moet betalen": the 'u moet' of an indirect
  // question after an offer is what the reader may look up, not a task (blind letters, set-zz).
  if (OFFER_THEN_QUESTION.test(text) && !IMPERATIVE.test(text)) return false
  // "Stuur een kopie van deze brief mee": what goes along with another task shares its moment
  // (blind letters: three times fout in sets a-mmm).
  if (SENT_ALONG.test(text)) return false
  return REQUEST.test(text) || IMPERATIVE.test(text)
}

/** Something sent along with another task: "Stuur … mee", "mee te sturen". */
const SENT_ALONG =
  /\b(?:stuur|stuurt|sturen)\b[^.?!,;]*\bmee\b|\bmee\s*te\s+sturen\b|\bmeesturen\b/i

/** An offer and then an indirect question that holds the request words. */
const OFFER_THEN_QUESTION =
  /^(?:(?!\b(?:u\s+moet|moet\s+u|u\s+dient|dient\s+u)\b).)*\b(?:kunt|kan)\s+u\b[^.?!]*?\b(?:hoeveel|wat|welke?|wanneer|hoe|waar|of)\s+u\s+(?:moet|dient)\b/i

/** The text of the table cells right above unit `unitIndex` (at most 40), or ''. */
function tableAbove(ctx: RuleContext<unknown>, unitIndex: number): string {
  const cells: string[] = []
  for (let k = unitIndex - 1; k >= 0 && k >= unitIndex - 40; k--) {
    const unit = ctx.units[k]!.unit
    if (unit.kind !== 'tableCell') break
    cells.push(ctx.slice(unit.start, unit.end))
  }
  return cells.reverse().join(' ')
}

/** A question that offers a choice: "Wilt u niet …?", "Wilt u liever …?", "Wilt u geen …?". */
const OFFERED_CHOICE = /\bwilt\s+u\s+(?:niet|liever|geen)\b/i
/** A negation that turns an imperative into a prohibition. */
const PROHIBITION = /\b(?:niet|geen|nooit)\b/i
