import type {Passive} from '../nlp/passive.js'
import {loadVerbTable, type VerbSlot} from '../nlp/verbs.js'
import {defineRule, type SentenceInfo} from '../rule.js'

/** Object pronouns of a door-phrase and the subject they become ("door ons" → "wij"). */
const SUBJECT_OF: Record<string, {subject: string; slot: VerbSlot}> = {
  ons: {subject: 'wij', slot: 'pl'},
  mij: {subject: 'ik', slot: 'sg1'},
  u: {subject: 'u', slot: 'sg2'},
  hen: {subject: 'zij', slot: 'pl'},
  hun: {subject: 'zij', slot: 'pl'},
  hem: {subject: 'hij', slot: 'sg3'},
  haar: {subject: 'zij', slot: 'sg3'},
}
/**
 * Subject pronouns of the passive and the object they become in the active sentence ("Hij werd
 * door de raad benoemd" → "De raad benoemde hem"); zij/ze by the number of the auxiliary.
 */
const OBJECT_OF: Record<string, string> = {
  ik: 'mij',
  jij: 'jou',
  je: 'je',
  hij: 'hem',
  wij: 'ons',
  we: 'ons',
  jullie: 'jullie',
  u: 'u',
  het: 'het',
  ze: 'ze',
}
const PLURAL_AUX = new Set(['worden', 'werden', 'zijn', 'waren'])
const PRESENT = new Set(['wordt', 'word', 'worden'])
const PAST = new Set(['werd', 'werden'])
const PERFECT = new Set(['is', 'zijn', 'ben', 'bent'])
const PAST_PERFECT = new Set(['was', 'waren'])

/**
 * The active form of this passive sentence, when its shape is simple enough to be sure: a main
 * clause that starts with its subject, the auxiliary second, a door-phrase and the participle at
 * the end ("Uw aanvraag wordt door de gemeente beoordeeld." → "De gemeente beoordeelt uw
 * aanvraag."). Otherwise undefined, and the message stays short.
 */
export function activeRewrite(sentence: SentenceInfo, passive: Passive): string | undefined {
  const words = sentence.words
  const {aux, participle, agent} = passive
  if (!agent || aux < 1 || aux > 4 || participle !== words.length - 1 || participle < aux) return
  if (!/^[\s.!]*$/.test(sentence.text.slice(words[participle]!.end - sentence.start))) return
  const subject = words.slice(0, aux)
  if (subject.some((w) => w.masked || w.tag?.xpos.startsWith('WW|pv'))) return
  // The words before the auxiliary are its subject only when they make a noun phrase ("Ook worden
  // de hommels …" has the subject after the verb).
  if (!/^(DET|PRON|NOUN|PROPN|NUM|ADJ)$/.test(subject[0]!.tag?.upos ?? '')) return
  if (!/^(NOUN|PROPN|PRON)$/.test(subject.at(-1)!.tag?.upos ?? '')) return
  if (/[,;:()]/.test(sentence.text.slice(0, words[aux]!.start - sentence.start))) return
  const auxWord = words[aux]!.lower
  const tense = PRESENT.has(auxWord)
    ? 'present'
    : PAST.has(auxWord)
      ? 'past'
      : PERFECT.has(auxWord)
        ? 'perfect'
        : PAST_PERFECT.has(auxWord)
          ? 'pastPerfect'
          : undefined
  if (!tense) return
  // The door-phrase: "door" and the agent's words, all between the auxiliary and the participle.
  const agentWords = agent.split(' ')
  const door = words.findIndex(
    (w, i) =>
      i > aux &&
      i < participle &&
      w.lower === 'door' &&
      agentWords.every((a, k) => words[i + 1 + k]?.value === a),
  )
  if (door < 0) return
  // An actor cut short by a list ("door vogels en wespen") cannot be moved whole.
  const afterAgent = words[door + 1 + agentWords.length]
  if (afterAgent && /^(en|of|noch)$/.test(afterAgent.lower)) return
  // Nor one that goes on with 'van' ("door de aannemer van de gemeente"): moved without it, the
  // rest would land on the object ("De aannemer herstelt het dak van de gemeente").
  if (afterAgent?.lower === 'van') return
  const middle = words.filter(
    (_, i) => i > aux && i < participle && (i < door || i > door + agentWords.length),
  )
  if (middle.some((w) => w.masked)) return
  // A second door-phrase ("niet door de gemeente maar door het CAK") would be left behind in the
  // middle: 'Het CAK stelt de bijdrage niet door de gemeente maar vast'.
  if (middle.some((w) => w.lower === 'door')) return
  const table = loadVerbTable()
  const form = words[participle]!.lower
  let reading = table.analyse(form).find((a) => a.slot === 'participle')
  let particle = reading ? (table.forms(reading.lemma)[0]?.particle ?? '') : ''
  if (!reading) {
    // A separable verb the table lacks: op + gestuurd → sturen … op.
    const split = /^(\p{L}+?)(ge\p{L}+)$/u.exec(form)
    if (split && table.isParticle(split[1]!)) {
      reading = table.analyse(split[2]!).find((a) => a.slot === 'participle')
      particle = split[1]!
    }
  }
  if (!reading) return
  const pronoun = agentWords.length === 1 ? SUBJECT_OF[agentWords[0]!.toLowerCase()] : undefined
  const head = words[door + agentWords.length]
  const plural = head?.tag?.feats.Number === 'Plur'
  const slot: VerbSlot = pronoun?.slot ?? (plural ? 'pl' : 'sg3')
  const newSubject = pronoun?.subject ?? agent
  let finite: string | undefined
  const tail: string[] = []
  if (tense === 'perfect' || tense === 'pastPerfect') {
    const past = tense === 'pastPerfect'
    finite =
      slot === 'pl' ? (past ? 'hadden' : 'hebben') : past ? 'had' : slot === 'sg1' ? 'heb' : 'heeft'
    tail.push(words[participle]!.value)
  } else {
    const timeSlot: VerbSlot = tense === 'present' ? slot : slot === 'pl' ? 'pastPl' : 'pastSg'
    finite = table.inflect(reading.lemma, timeSlot, {split: true})
    if (particle) tail.push(particle)
  }
  if (!finite) return
  // The old subject becomes the object: a pronoun in its object form, a name with its capital.
  // An object pronoun first ("Hem werd door de raad een prijs gegeven") is no subject at all.
  const first = subject[0]!
  if (/^(?:hem|hen|hun|mij|me|jou|haar|ons)$/.test(first.lower) && subject.length === 1) return
  let object: string[]
  if (subject.length === 1 && first.tag?.upos === 'PRON') {
    const lower = first.lower
    const pronoun = lower === 'zij' ? (PLURAL_AUX.has(auxWord) ? 'hen' : 'haar') : OBJECT_OF[lower]
    if (!pronoun) return
    object = [pronoun]
  } else {
    const keepCapital = first.tag?.upos === 'PROPN' || /^\p{Lu}{2,}/u.test(first.value)
    object = [
      keepCapital ? first.value : first.value.charAt(0).toLowerCase() + first.value.slice(1),
      ...subject.slice(1).map((w) => w.value),
    ]
  }
  const rewrite = [newSubject, finite, ...object, ...middle.map((w) => w.value), ...tail].join(' ')
  if (rewrite.length > 120) return
  return rewrite.charAt(0).toUpperCase() + rewrite.slice(1) + '.'
}

export default defineRule({
  id: 'lijdende-vorm',
  meta: {
    description: 'Zeg wie iets doet: schrijf actief in plaats van in de lijdende vorm.',
    scope: 'unit',
    severity: 'warning',
    fixable: 'none',
    messages: {
      lijdend: '‘{actual}’ is de lijdende vorm. Zeg wie het doet.',
      metDoor:
        '‘{actual}’ is de lijdende vorm. Maak ‘{agent}’ het onderwerp van de zin: die doet het.',
      herschrijf: '‘{actual}’ is de lijdende vorm. Zeg wie het doet: ‘{actief}’',
      staat:
        '‘{actual}’ zegt waar iets staat, niet wie iets doet. Schrijf ‘{staat}’: ‘{voorbeeld}’.',
    },
  },
  check(_tree, ctx) {
    for (const unit of ctx.units) {
      // A subject line or heading is a label ("Onderwerp: uw melding is afgehandeld").
      if (unit.unit.kind === 'subject' || unit.unit.kind === 'heading') continue
      // Another party that does the work, named in another sentence of the paragraph ("Onze
      // aannemer heeft de paal gerepareerd. … Die zijn vervangen.", "Aannemer Van der Veen legt
      // een nieuw riool aan. … Daarna wordt de straat opnieuw bestraat."): the reader knows who
      // does it, and it is not the writer hiding.
      const party = unit.sentences.filter((other) => THIRD_PARTY.test(other.text))
      for (const sentence of unit.sentences) {
        if (party.some((other) => other !== sentence)) continue
        // A question asks about the outcome, not who acts: "Hoe is het bedrag berekend?", "Wat is
        // er geregistreerd?", "Wordt het probleem niet opgelost?" (blind letters: none of eight
        // passives in questions was judged right).
        if (QUESTION.test(sentence.text)) continue
        checkSentence(sentence)
      }
    }

    function checkSentence(sentence: SentenceInfo): void {
      for (const passive of ctx.analyses.passives(sentence)) {
        // A machine does it ("Deze e-mail is automatisch verzonden", "Het bedrag wordt
        // automatisch afgeschreven"): there is no one to name.
        const from = Math.min(passive.aux, passive.participle)
        const to = Math.max(passive.aux, passive.participle)
        if (sentence.words.slice(from, to).some((w) => BY_ITSELF.has(w.lower))) continue
        if (routineWork(sentence, passive)) continue
        if (fixedFormula(sentence, passive)) continue
        const first = sentence.words[Math.min(passive.aux, passive.participle)]!
        const last = sentence.words[Math.max(passive.aux, passive.participle)]!
        // Report the auxiliary and the participle; the words between are the reader's business.
        const actual =
          Math.abs(passive.aux - passive.participle) === 1
            ? ctx.slice(first.start, last.end)
            : `${first.value} … ${last.value}`
        const staat = whereItStands(sentence, passive)
        if (staat) {
          const where = WRITTEN_DOWN.has(sentence.words[passive.participle]!.lower)
            ? 'in de regeling'
            : 'op de tekening'
          const voorbeeld = `${['staat', 'stond'].includes(staat) ? 'Dat' : 'Die'} ${staat} ${where}`
          ctx.report({
            start: first.start,
            end: last.end,
            messageId: 'staat',
            actual,
            data: {staat, voorbeeld},
          })
          continue
        }
        const actief = activeRewrite(sentence, passive)
        ctx.report({
          start: first.start,
          end: last.end,
          messageId: actief ? 'herschrijf' : passive.agent ? 'metDoor' : 'lijdend',
          actual,
          // "door ons" → 'wij' is who does it: a pronoun agent is named in its subject form
          data: actief
            ? {actief}
            : passive.agent
              ? {agent: SUBJECT_OF[passive.agent.toLowerCase()]?.subject ?? passive.agent}
              : {},
        })
      }
    }
  },
})

/**
 * Routine work on things (these participles), without a named actor and without a duty (no modal, no 'te'): "De
 * container wordt op maandag geleegd", "Daarna wordt de sleuf dichtgemaakt", "De paden worden
 * verhard". Who empties the bins or closes the trench is plain and beside the point; plain-language
 * advice allows the passive there. Of 22 such findings in blind letters (sets a-m), editors judged
 * 19 wrong, 1 half right and 2 right; of 11 more (the last four participles, sets j-ee) none right.
 * Not a decision or an action on the reader's case ("Uw aanvraag is afgewezen"), and not what
 * someone must do ("De container moet worden geleegd", "dient te worden verwijderd").
 */
const ROUTINE_WORK = new Set([
  'geleegd',
  'opgehaald',
  'ingezameld',
  'aangelegd',
  'opengemaakt',
  'dichtgemaakt',
  'teruggelegd',
  'teruggebracht',
  'verhard',
  'bestraat',
  'vernieuwd',
  'gerecycled',
  'gerecycleerd',
  'gemarkeerd',
  'afgeleverd',
  'gestrooid',
  'geveegd',
  'schoongemaakt',
  // Building, diverting traffic, repairing and helping at a desk (blind letters, sets j-ee: 11
  // such findings, none judged right): "woningen die in 1930 zijn gebouwd", "Fietsers worden
  // omgeleid via de Veerbrug". (Delivering stays: "Uw paspoort wordt op donderdag bezorgd" says
  // nothing of who brings it.)
  'gebouwd',
  'omgeleid',
  'gerepareerd',
  'geholpen',
])
const DUTY = new Set([
  'moet',
  'moeten',
  'moest',
  'moesten',
  'kan',
  'kunnen',
  'kon',
  'konden',
  'mag',
  'mogen',
  'dient',
  'dienen',
  'zal',
  'zullen',
  'te',
])

/** A duty (a modal or 'te') within two words of the passive: what someone must do. */
function dutyNear(sentence: SentenceInfo, passive: Passive): boolean {
  const from = Math.min(passive.aux, passive.participle)
  const to = Math.max(passive.aux, passive.participle)
  return sentence.words.slice(Math.max(0, from - 2), to + 2).some((w) => DUTY.has(w.lower))
}

function routineWork(sentence: SentenceInfo, passive: Passive): boolean {
  if (passive.agent || dutyNear(sentence, passive)) return false
  return ROUTINE_WORK.has(sentence.words[passive.participle]!.lower)
}

/**
 * Fixed formulas in the passive, where nobody needs naming (blind letters, sets j-ee: 12 findings,
 * 10 judged wrong):
 * - the letter's own date in a time limit: "binnen zes weken na de dag waarop dit besluit is
 *   verzonden", "op de dag na die waarop het bekend is gemaakt";
 * - a footer about the letter itself: "Deze e-mail is verstuurd aan alle ondernemers …", "Deze
 *   brief is ook verstuurd via de schoolapp", "Dit bericht is verzonden door de gemeente …";
 * - the credit a grant asks for: "dat het jubileum mede mogelijk is gemaakt door de gemeente".
 */
const SENT = new Set(['verzonden', 'verstuurd', 'toegezonden', 'gestuurd', 'bekendgemaakt'])
const THE_LETTER = new Set(['het', 'besluit', 'brief', 'beschikking', 'e-mail', 'mail', 'bericht'])
const LETTER_ITSELF = /^(?:deze|dit)\s+(?:brief|e-?mail|mail|bericht|nieuwsbrief)$/i

function fixedFormula(sentence: SentenceInfo, passive: Passive): boolean {
  const words = sentence.words
  const participle = words[passive.participle]!.lower
  const aux = words[passive.aux]!.lower
  if (passive.participle < passive.aux) return false
  // "mogelijk gemaakt", "mogelijk is gemaakt"
  if (
    participle === 'gemaakt' &&
    (words[passive.participle - 1]?.lower === 'mogelijk' ||
      words[passive.aux - 1]?.lower === 'mogelijk')
  )
    return true
  if (aux !== 'is') return false
  const sent =
    SENT.has(participle) || (participle === 'gemaakt' && words[passive.aux - 1]?.lower === 'bekend')
  if (!sent) return false
  // The footer names its sender: "Dit bericht is verzonden door de gemeente Wijnjeterp" (blind
  // letters, sets lll and nnn).
  const footer =
    passive.aux === 2 &&
    LETTER_ITSELF.test(`${words[0]!.lower} ${words[1]!.lower}`) &&
    participle !== 'bekendgemaakt'
  if (passive.agent) return footer
  const before = words.slice(Math.max(0, passive.aux - 5), passive.aux).map((w) => w.lower)
  const where = before.lastIndexOf('waarop')
  if (where >= 0 && before.slice(where + 1).some((w) => THE_LETTER.has(w))) return true
  return footer
}

/**
 * Where something is written down: "Dit verbod is opgenomen in artikel 5", "Die is opgenomen op de
 * lijst". After a form of 'zijn' and without a door-phrase it says where something stands, not who
 * acts: the plain verb is 'staan'. Blind letters (sets b-z): of 19 such findings with 'Zeg wie het
 * doet', editors judged 4 right (three of them for 'staan in'), 7 half right ('staat op de lijst is
 * beter, maar zeg wie het doet past niet') and 8 wrong. ('vermeld', 'beschreven' and the like are
 * a state after 'zijn' already, deelwoorden.tsv; 'aangegeven' is also what someone said: "Zoals
 * door beide adviseurs is aangegeven".)
 */
const WRITTEN_DOWN = new Set(['opgenomen'])
const STAAN: Record<string, string> = {is: 'staat', zijn: 'staan', was: 'stond', waren: 'stonden'}

/**
 * On a drawing or map, 'aangegeven' and 'ingetekend' say where something is drawn: "een plattegrond
 * waarop de opslaglocaties zijn aangegeven" (blind letters, sets aaa and ccc: 3 of 3 'Zeg wie het
 * doet' findings deels or fout).
 */
const ON_A_DRAWING = new Set(['aangegeven', 'ingetekend', 'weergegeven'])
const DRAWING =
  /(?<![\p{L}])(?:\p{L}*tekening(?:en)?|kaart(?:je|en)?|plattegrond(?:en)?|situatieschets|schets|luchtfoto|foto)(?![\p{L}])/iu

function whereItStands(sentence: SentenceInfo, passive: Passive): string | undefined {
  const participle = sentence.words[passive.participle]!.lower
  const written =
    WRITTEN_DOWN.has(participle) || (ON_A_DRAWING.has(participle) && DRAWING.test(sentence.text))
  if (passive.agent || !written) return undefined
  // "contact opgenomen met de aannemer", "in behandeling opgenomen": taking up contact is an act
  // (blind letters, set-qq).
  if (['contact', 'behandeling'].includes(sentence.words[passive.participle - 1]?.lower ?? ''))
    return undefined
  if (dutyNear(sentence, passive)) return undefined
  return STAAN[sentence.words[passive.aux]!.lower]
}

/** A direct question: the sentence ends in a question mark (closing quotes or brackets after it). */
const QUESTION = /\?[\s'"’”)]*$/

/** Adverbs that say nobody acts: a system or the law does it. */
const BY_ITSELF = new Set(['automatisch', 'vanzelf', 'machinaal'])

/** A party other than the writer that carries out work: 'de aannemer', 'onze vervoerder'. */
const PARTY_WORDS =
  '(?:aannemer|vervoerder|installateur|netbeheerder|inzamelaar|leverancier|bouwbedrijf|taxibedrijf|schoonmaakbedrijf|hovenier|glasvezelbedrijf)'
const THIRD_PARTY = new RegExp(
  String.raw`(?<![\p{L}])(?:de|onze|een|het|deze)\s+\p{L}*${PARTY_WORDS}(?![\p{L}])|(?:^|[.!?:]\s+)\p{L}*${PARTY_WORDS}(?![\p{L}])`,
  'iu',
)
