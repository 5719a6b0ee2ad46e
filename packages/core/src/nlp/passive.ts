import type {RuleContext, SentenceInfo, WordInfo} from '../rule.js'
import {isParticiple} from './participles.js'

/** Forms of "worden": always a passive with a participle. */
const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden'])
/** Forms of "zijn": a passive only for actions (see ACTION_PARTICIPLES) or with a door-phrase. */
const ZIJN = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent', 'geweest'])

/**
 * Participles that describe an action of an organisation, not a state: with "is/zijn" they are a
 * passive ("Uw aanvraag is afgewezen"). Participles not listed ("Het loket is gesloten", "De weg
 * is afgesloten") read as a state and are left alone, unless a door-phrase names the actor.
 */
const ACTION_PARTICIPLES = new Set(
  `besloten toegekend afgewezen geweigerd verleend ingetrokken opgelegd vastgesteld ontvangen verzonden
  verstuurd toegestuurd opgestuurd doorgestuurd teruggestuurd beoordeeld goedgekeurd afgekeurd gewijzigd aangepast
  uitgevoerd behandeld afgehandeld overgemaakt uitbetaald terugbetaald teruggevorderd geregistreerd ingeschreven
  uitgeschreven verwerkt gecontroleerd onderzocht besproken beslist gegeven genomen gedaan gestuurd gemaakt
  berekend opgehaald geleegd verlengd verhoogd verlaagd toegewezen gecorrigeerd vernietigd herzien verwijderd
  geannuleerd ingetrokken geïnformeerd gevraagd aangevraagd ingediend beantwoord verstrekt aangeschreven
  gesommeerd gehandhaafd gemeld afgegeven uitgereikt stopgezet verzet betaald vervangen hersteld gerepareerd
  goedgekeurd`.split(/\s+/),
)

/** Words that end the clause: the participle of a passive stands before these. */
const CLAUSE_BREAK = new Set([
  'en',
  'maar',
  'want',
  'dus',
  'omdat',
  'als',
  'wanneer',
  'dat',
  'die',
  'waar',
  'zodat',
  'terwijl',
  'nadat',
  'voordat',
  'of',
])

/** A passive construction in a sentence: the auxiliary and the participle (word indexes). */
export interface Passive {
  aux: number
  participle: number
  /** The actor of a door-phrase, if any ("door het college"). */
  agent: string | undefined
}

function separated(sentence: SentenceInfo, from: WordInfo, to: WordInfo): boolean {
  // A comma or semicolon between the words ends the clause.
  return /[,;:]/.test(sentence.text.slice(from.end - sentence.start, to.start - sentence.start))
}

function agentOf(words: readonly WordInfo[], from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) {
    if (words[i]!.lower === 'door' && words[i + 1]) {
      const rest = words.slice(i + 1, Math.min(to, i + 5)).map((w) => w.value)
      return rest.join(' ')
    }
  }
  return undefined
}

/** Find passives in one sentence. */
export function passivesIn(sentence: SentenceInfo): Passive[] {
  const words = sentence.words
  const found: Passive[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (word.masked) continue
    const worden = WORDEN.has(word.lower)
    const zijn = ZIJN.has(word.lower)
    if (!worden && !zijn) continue
    // Main clause: the participle follows the auxiliary, in the same clause.
    let participle = -1
    for (let j = i + 1; j < Math.min(words.length, i + 14); j++) {
      const next = words[j]!
      if (
        separated(sentence, words[j - 1]!, next) ||
        CLAUSE_BREAK.has(next.lower) ||
        WORDEN.has(next.lower)
      )
        break
      if (
        !next.masked &&
        (isParticiple(next.value, zijn) || (zijn && ACTION_PARTICIPLES.has(next.lower)))
      )
        participle = j
    }
    // Subordinate clause: "… dat uw aanvraag beoordeeld wordt".
    if (participle === -1 && i > 0) {
      const before = words[i - 1]!
      if (
        !separated(sentence, before, word) &&
        (isParticiple(before.value, zijn) || (zijn && ACTION_PARTICIPLES.has(before.lower)))
      )
        participle = i - 1
    }
    if (participle === -1) continue
    const from = Math.min(i, participle)
    const to = Math.max(i, participle)
    const agent = agentOf(words, from, to) ?? agentOf(words, to + 1, Math.min(words.length, to + 6))
    if (zijn) {
      const value = words[participle]!.lower
      if (!ACTION_PARTICIPLES.has(value) && agent === undefined) continue
      // "… is besloten dat" and "is verplicht": keep; "is gebleken" is not an action of anyone.
    }
    if (found.some((p) => p.participle === participle)) continue
    found.push({aux: i, participle, agent})
  }
  return found
}

/** Passives per sentence of the document, computed once per check (shared with the metrics). */
export function findPassives(ctx: RuleContext<unknown>): Map<SentenceInfo, Passive[]> {
  return ctx.memo('passives', () => {
    const map = new Map<SentenceInfo, Passive[]>()
    for (const sentence of ctx.sentences) {
      const passives = passivesIn(sentence)
      if (passives.length > 0) map.set(sentence, passives)
    }
    // The metrics read the passive share from this memo.
    ctx.memo('passiveSentences', () => new Set(map.keys()))
    return map
  })
}
