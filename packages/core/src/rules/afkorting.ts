import {DEFAULT_RARE_THRESHOLD, loadFrequency, readDataFile} from '../nlp/frequency.js'
import {builtinJargon, tradeVocabulary} from '../nlp/jargon.js'
import {parsePhraseList} from '../nlp/phrase-list.js'
import {abbreviations, type Abbreviation} from '../nlp/abbreviations.js'
import {hasVerb} from '../nlp/clauses.js'
import {letterParts, MONTHS, toLegalReader, type LetterParts} from '../nlp/letter.js'
import {defineRule, type RuleContext, type SentenceInfo, type WordInfo} from '../rule.js'

interface Options {
  /** Abbreviations your readers know (not reported). */
  known: string[]
}

/**
 * Short days that are also words (ma, do, zo): an abbreviation only at the start of a range of
 * days ("ma t/m vr", "do - za", "zo tot di"); the other short days are on the list.
 */
const DAY_WORDS = new Map([
  ['ma', 'maandag'],
  ['do', 'donderdag'],
  ['zo', 'zondag'],
])
const DAY_RANGE_AFTER =
  /^\.?\s*(?:t\/m|tot(?:\s+en\s+met)?|[-–])\s*(?:ma|di|wo|do|vr|za|zo)(?![\p{L}])/iu

/**
 * The short days and 't/m' of a timetable: in a table cell ("ma t/m vr 9.00 – 17.00 uur") they are
 * how every timetable is written, and a table has no room for them written out (blind letters,
 * sets r and y: editors judged all twelve such findings wrong). In running text they are reported.
 */
const TIMETABLE = new Set(
  ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo', 't/m'].flatMap((w) => [w, `${w}.`]),
)

/** What follows a full stop that ends the sentence: nothing, a line break, or a capital. */
const AFTER_SENTENCE_END = /^(?:$|[ \t]*(?:\r?\n|$)|[ \t]+\p{Lu})/u

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Abbreviations that place a date in time: "14 oktober jl.", "dinsdag 3 maart a.s.". */
const AFTER_A_DATE = new Set(['jl.', 'j.l.', 'a.s.'])
/**
 * An address line above the salutation in an e-mail or HTML template, which the loader does not
 * mark as letterhead ("Aan: Stichting De Hoop, t.a.v. de heer Haverkamp"; blind letters, set-uu):
 * the post's forms stay there too.
 */
function addressLine(
  ctx: RuleContext<unknown>,
  sentence: SentenceInfo,
  salutation: LetterParts['salutation'],
): boolean {
  return (
    salutation !== undefined &&
    sentence.start < salutation.unit.start &&
    /^\s*aan\s*:/i.test(ctx.slice(sentence.unit.start, sentence.unit.end))
  )
}

/** Abbreviations of an address that the post and every reader know: left alone in a letterhead. */
const POSTAL = new Set(['t.a.v.', 'p/a', 'p.a.', 'c.c.'])

/** A date (day and month, a numeric date, or a weekday) right before `offset`. */
const DATE_BEFORE = new RegExp(
  String.raw`(?:\b\d{1,2}\s+(?:${MONTHS})|\b\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))\s*$`,
  'i',
)

function dateBefore(text: string, offset: number): boolean {
  return DATE_BEFORE.test(text.slice(Math.max(0, offset - 40), offset))
}

/** Titles before a person's initials. */
const TITLES = new Set([
  'heer',
  'mevrouw',
  'meneer',
  'dhr.',
  'mevr.',
  'mw.',
  'mr.',
  'dr.',
  'drs.',
  'ir.',
  'ing.',
])

/** The particles of a Dutch surname between initials and name: "T.W. van Oordt", "A. ter Haar". */
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'ter',
  'ten',
  'te',
  'het',
  "'t",
  'in',
  'op',
  'la',
  'le',
  'du',
])

/**
 * Whether a word in capitals with full stops ("P.A.") is the initials of a person: after a title
 * ("de heer P.A. Hovenkamp", "mevrouw drs. A. de Wit"), or inside a sentence before a surname, with
 * or without its particles ("uw cliënt, de heer T.W. van Oordt"; blind letters, set-o and set-r).
 * At the start of a sentence such a word may be an abbreviation ("N.B. De termijn …").
 */
function personsInitials(words: readonly WordInfo[], word: WordInfo): boolean {
  if (!/^(?:\p{Lu}\.){1,4}$/u.test(word.value)) return false
  let k = word.index + 1
  while (words[k] && PARTICLES.has(words[k]!.lower) && words[k]!.value === words[k]!.lower) k++
  if (!words[k] || !/^\p{Lu}\p{Ll}/u.test(words[k]!.value)) return false
  const previous = words[word.index - 1]
  if (previous !== undefined && TITLES.has(previous.lower)) return true
  // Inside a sentence, two or more initials before a name are a person's.
  return word.index > 0 && word.value.length >= 4
}

/** Abbreviations of a kind of school before its name (afkortingen.tsv): obs, pcbs, rkbs. */
const SCHOOL_KINDS = new Set(['obs', 'pcbs', 'rkbs'])

/** Who post is addressed to, from word `k`: a title or department, also after 'de' or 'het'. */
function addressee(words: readonly WordInfo[], k: number): boolean {
  const first = words[k]?.lower
  if (first === undefined) return false
  if (TITLES.has(first) || DEPARTMENTS.has(first)) return true
  const second = words[k + 1]?.lower
  return (
    (first === 'de' || first === 'het') &&
    second !== undefined &&
    (TITLES.has(second) || DEPARTMENTS.has(second))
  )
}

/** Parts of an organisation that post is addressed to: "t.a.v. de afdeling Vergunningen". */
const DEPARTMENTS = new Set([
  'afdeling',
  'team',
  'directie',
  'bestuur',
  'secretaris',
  'administratie',
  'redactie',
])

/**
 * Where an abbreviation of the list is the usual form: the post's own in a letterhead ("t.a.v."),
 * a timetable's in a table cell, and initials after a title: "de heer P.A. Hovenkamp" is no "per
 * adres" (blind letters, set-o).
 */
function inItsPlace(
  entry: Abbreviation,
  sentence: {words: readonly WordInfo[]; unit: {kind: string}},
  word: WordInfo,
  letterhead: boolean,
  addressBlock: boolean,
): boolean {
  if (letterhead && POSTAL.has(entry.abbreviation)) return true
  // 't.a.v.' before a person or a part of an organisation in a line without a verb is an address,
  // wherever it stands (a table cell 'Aan' in a Markdown template; blind letters, set-xx): "Bakkerij
  // Te Brake B.V., t.a.v. mevrouw J. te Brake". In a sentence it reads as 'aan' ("Stuur het
  // formulier t.a.v. de afdeling Vergunningen").
  if (
    entry.abbreviation === 't.a.v.' &&
    addressee(sentence.words, word.index + 1) &&
    !hasVerb(sentence.words)
  )
    return true
  // A school's kind in the address block above the salutation is part of its name as the school
  // writes it ("Aan de ouders van obs De Klimop", "Medezeggenschapsraad OBS De Klimop"; relabel
  // round 28: 7 of 7 such findings fout). In the subject line and the text it is written out
  // ("leerlingen van obs De Kanaalster").
  if (SCHOOL_KINDS.has(entry.abbreviation.toLowerCase()) && addressBlock) return true
  if (sentence.unit.kind === 'tableCell' && TIMETABLE.has(entry.abbreviation.toLowerCase()))
    return true
  return personsInitials(sentence.words, word)
}

/** A capitalised word right after the abbreviation: the rest of a name ("GGZ De Wierde"). */
function nameGoesOn(
  ctx: RuleContext<Options>,
  words: readonly WordInfo[],
  word: WordInfo,
): boolean {
  const after = words[word.index + 1]
  return (
    after !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(after.value) &&
    ctx.slice(word.end, after.start) === ' '
  )
}

/** Where an abbreviation stands, to look for its name written out. */
interface Near {
  ctx: RuleContext<Options>
  lower: string
  sentence: SentenceInfo
  next: SentenceInfo | undefined
  start: number
  end: number
}

/**
 * Whether `written` (a name an abbreviation stands for) is written out in the abbreviation's
 * sentence, anywhere before it, in brackets right after it, or in the next sentence ("… via de
 * Wmo. Dat is de Wet maatschappelijke ondersteuning.").
 */
function writtenOutNear({ctx, lower, sentence, next, start, end}: Near, written: string): boolean {
  const wanted = written.toLowerCase()
  if (ctx.slice(sentence.start, sentence.end).toLowerCase().includes(wanted)) return true
  const at = lower.indexOf(wanted)
  if (at !== -1 && at + wanted.length <= start) return true
  const later = at === -1 ? -1 : lower.indexOf(wanted, sentence.end)
  if (next !== undefined && later !== -1 && later + wanted.length <= next.end) return true
  const after = ctx.document.text.slice(end, end + written.length + 4)
  return new RegExp(`^\\s*\\(\\s*${escape(written)}`, 'i').test(after)
}

/**
 * The written-out forms in the order that fits the word before: 'd.d.' after a participle is 'op' ("gewaarmerkt d.d. 12 november" → op; blind letters, set-bbbb: got 'van'), after a noun
 * 'van' ("uw brief d.d. 3 mei").
 */
function expansionsAt(entry: {abbreviation: string; expansions: string[]}, before?: WordInfo) {
  // A participle, not a verb as a noun: "ons schrijven d.d. 8 januari" stays 'van'.
  const participle = before?.tag?.xpos.startsWith('WW|vd') === true
  if (entry.abbreviation !== 'd.d.' || !participle || !entry.expansions.includes('op'))
    return entry.expansions
  return ['op', ...entry.expansions.filter((e) => e !== 'op')]
}

export default defineRule<Options>({
  id: 'afkorting',
  meta: {
    description:
      'Schrijf woorden voluit, en zet een afkorting bij het eerste gebruik achter de naam voluit.',
    severity: 'warning',
    fixable: 'suggestion',
    messages: {
      punt: '‘{actual}’ is een afkorting. {uitleg}',
      naDatum: '‘{actual}’ is een afkorting. Laat het weg: de datum staat er al.',
      eersteKeer: 'Niet iedereen kent ‘{actual}’. Schrijf bij het eerste gebruik ‘{expected}’.',
      eersteKeerSamenstelling:
        'Niet iedereen kent ‘{actual}’. Leg bij het eerste gebruik uit waar het voor staat: {voluit}.',
    },
    options: {
      type: 'object',
      properties: {
        known: {
          type: 'array',
          items: {type: 'string'},
          default: [],
          description: 'Afkortingen die uw lezers kennen.',
        },
      },
      additionalProperties: false,
    },
  },
  setup(options) {
    const known = new Set(options.known)
    const dotted = new Map<string, Abbreviation>()
    const names = new Map<string, Abbreviation>()
    // Writing out 'i.v.m.' as 'in verband met' trades one problem for another: an expansion that is
    // itself on the jargon or vague-deadline list is explained, not offered as an edit.
    const listed = new Set<string>()
    for (const e of builtinJargon()) for (const form of [e.term, ...e.forms]) listed.add(form)
    for (const e of parsePhraseList(readDataFile('vage-termijnen.tsv'), 'vage-termijnen.tsv'))
      for (const form of e.forms) listed.add(form)
    for (const entry of abbreviations()) {
      // An abbreviation everyone knows better than its full name (AOW, GGD, UWV): blind letter
      // editors judged all four such findings wrong.
      if (known.has(entry.abbreviation) || entry.kind === 'bekend') continue
      if (entry.kind === 'punt')
        dotted.set(entry.abbreviation.toLowerCase(), {
          ...entry,
          expansions: entry.expansions.filter((x) => !listed.has(x.toLowerCase())),
        })
      else names.set(entry.abbreviation, entry)
    }
    // The dotted abbreviations by their form without the last full stop ("bijv" for "bijv.").
    const undotted = new Map<string, Abbreviation>()
    for (const [key, entry] of dotted) if (key.endsWith('.')) undotted.set(key.slice(0, -1), entry)
    return {dotted, undotted, names}
  },
  check(_tree, ctx, state) {
    const {dotted, undotted, names} = state as {
      dotted: Map<string, Abbreviation>
      undotted: Map<string, Abbreviation>
      names: Map<string, Abbreviation>
    }
    const text = ctx.document.text
    const seen = new Set<string>()
    // The closing and the signature hold names and titles ("Team Wmo en Parkeren", "drs. P. de
    // Vries"): written as the organisation writes them, and a name written out in them would
    // rename a team.
    const {closing, signature, subject, salutation} = letterParts(ctx)
    const nameBlock = new Set([...(closing ? [closing] : []), ...signature].map((u) => u.unit))
    for (const [index, sentence] of ctx.sentences.entries()) {
      if (nameBlock.has(sentence.unit)) continue
      // The letterhead above the salutation names teams ("Team Wmo") and reference numbers
      // ("WMO-2026-3391") as the organisation writes them, and addresses with the post's own
      // forms ("t.a.v. het bestuur"); other abbreviations there are read like the text ("nummers
      // 1 t/m 65").
      const letterhead = sentence.unit.kind === 'letterhead'
      const addressed = letterhead || addressLine(ctx, sentence, salutation)
      const addressBlock =
        salutation !== undefined &&
        sentence.start < salutation.unit.start &&
        sentence.unit !== subject?.unit
      for (const word of sentence.words) {
        if (word.masked) continue
        // Written without its last full stop ("bijv de gemeente"), in lower case: still the
        // abbreviation ("BV" in a company name is not "bv.").
        let entry = dotted.get(word.lower)
        // At the end of a sentence the parser splits the abbreviation's full stop off as the
        // sentence's own ("glas enz. Daarna …"): the abbreviation is the word with that stop; the
        // range stays on the word, so the written-out form keeps the full stop.
        if (!entry && word.value === word.lower && ctx.slice(word.end, word.end + 1) === '.')
          entry = dotted.get(`${word.lower}.`)
        if (!entry && word.value === word.lower) {
          // Only words that are an abbreviation without its dot are looked at further.
          const bare = undotted.get(word.lower)
          if (
            bare &&
            ctx.slice(word.end, word.end + 1) !== '.' &&
            // "tel", "min" are frequent words of their own (and "bv" is also the company form).
            (loadFrequency().rank(word.value) ?? Infinity) > DEFAULT_RARE_THRESHOLD
          )
            entry = bare
        }
        const day = DAY_WORDS.get(word.lower)
        if (
          !entry &&
          day &&
          word.value === word.lower &&
          DAY_RANGE_AFTER.test(text.slice(word.end, word.end + 16))
        )
          entry = {
            abbreviation: word.lower,
            expansions: [day],
            kind: 'punt',
            explanation: `Schrijf de dag voluit: ‘${day}’.`,
          }
        // "14 oktober jl.": after a date the word says nothing the date does not; written out it
        // would read "14 oktober afgelopen". Leave it out, no edit.
        if (entry && inItsPlace(entry, sentence, word, addressed, addressBlock)) continue
        if (entry && AFTER_A_DATE.has(entry.abbreviation) && dateBefore(text, word.start)) {
          ctx.report({start: word.start, end: word.end, messageId: 'naDatum'})
          continue
        }
        if (entry) {
          // A full stop on the last word of the sentence that also ends it (the end of the text
          // or line, or a capital after it: "Lever glas enz.", "open op za. Daarna"): the range
          // leaves it out, so the written-out form keeps it ("glas enzovoort."); not in "(glas
          // enz.)", and not a title before a name ("Dhr. Jansen": the sentence goes on).
          const end =
            word.value.endsWith('.') &&
            sentence.words.at(-1) === word &&
            AFTER_SENTENCE_END.test(text.slice(word.end, word.end + 3))
              ? word.end - 1
              : word.end
          ctx.report({
            start: word.start,
            end,
            messageId: 'punt',
            data: {uitleg: entry.explanation},
            ...(entry.expansions.length > 0
              ? {
                  expected: expansionsAt(entry, sentence.words[word.index - 1]),
                  fix: 'suggestion' as const,
                }
              : {}),
          })
          continue
        }
        if (letterhead) continue
        // "WOZ" or "WOZ-waarde": the name part before a hyphen.
        const dash = word.value.indexOf('-')
        // A reference number that starts with letters ("KCC-2025-55214", "WMO-2026-3391",
        // "WMO/2025/17520", "WMO/VK/2026-0211") is a code, not the name of something to write out
        // (blind letters, sets i, o and hhh).
        if (dash !== -1 && /^\d/.test(word.value.slice(dash + 1))) continue
        if (/^[-/](?:\d|\p{Lu}{1,5}[-/]\d)/u.test(text.slice(word.end, word.end + 9))) continue
        const name = dash === -1 ? word.value : word.value.slice(0, dash)
        const named = names.get(name)
        if (!named || seen.has(named.expansions[0]!)) continue
        // A letter to a lawyer: the trade's names ('BRP': basisregistratie personen) need no
        // writing out (blind letters, set-l).
        if (tradeVocabulary().has(named.expansions[0]!.toLowerCase()) && toLegalReader(ctx))
          continue
        seen.add(named.expansions[0]!)
        const expansion = named.expansions[0]!
        const start = word.start
        const end = word.start + name.length
        // Written out before (anywhere earlier) or right after in brackets: fine. Any spelling
        // the list gives counts ("Centraal Administratie Kantoor (CAK)", set-zz).
        const lower = ctx.memo('lowerText', () => text.toLowerCase())
        const near = {ctx, lower, sentence, next: ctx.sentences[index + 1], start, end}
        if (named.expansions.some((written) => writtenOutNear(near, written))) continue
        const first = lower.indexOf(expansion.toLowerCase())
        // A subject line or heading is short: the name may be written out in the text below it
        // ("Onderwerp: Besluit op uw Woo-verzoek" and then "de Wet open overheid (Woo)"). When the
        // text below writes it out or uses it, its first use there is looked at instead.
        const short = sentence.unit === subject?.unit || sentence.unit.kind === 'heading'
        const usedBelow =
          first === -1
            ? new RegExp(`\\b${escape(name)}\\b`).test(text.slice(sentence.end))
            : first >= sentence.end
        if (short && usedBelow) {
          seen.delete(named.expansions[0]!)
          continue
        }
        // Before the rest of a name ("GGZ De Wierde") it is part of the organisation's name, as it
        // writes itself: neither written out nor explained (blind letters, set-bbb: written out
        // half right, explained wrong in relabel round 30).
        if (nameGoesOn(ctx, sentence.words, word)) {
          seen.delete(named.expansions[0]!)
          continue
        }
        // In a compound ("Woo-verzoek") the name cannot simply be written out: "Wet open overheid
        // (Woo)-verzoek" is no Dutch. Explain, without an edit; the writer rephrases. So too a unit
        // with a slash after it: "100 kve/l" (blind relabel round 36).
        if (dash !== -1 || text.charAt(end) === '/') {
          ctx.report({
            start,
            end,
            messageId: 'eersteKeerSamenstelling',
            data: {voluit: `${expansion} (${name})`},
          })
          continue
        }
        ctx.report({
          start,
          end,
          messageId: 'eersteKeer',
          expected: [`${expansion} (${name})`],
          fix: 'suggestion',
        })
      }
    }
  },
})
