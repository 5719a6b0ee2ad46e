import {NOTE_LABEL} from '../nlp/tagger/tagger.js'
import {insideClosedQuotation} from '../nlp/fit.js'
import {defineRule, type SentenceInfo, type WordInfo} from '../rule.js'

interface Options {
  /** Preferred form of address: `u`, `je`, or `auto` (the form used most in the letter). */
  vorm: 'u' | 'je' | 'auto'
  /** Report switching between "wij" and "de gemeente"/"het college" as the writer. */
  schrijver: boolean
}

const U_FORMS = new Set(['u', 'uw', 'uwe'])
const JE_FORMS = new Set(['je', 'jij', 'jou', 'jouw'])
const WE_FORMS = new Set(['wij', 'we', 'ons', 'onze'])
/** Verbs that make "de gemeente" / "het college" the acting writer at the start of a clause. */
const WRITER_VERBS = new Set([
  'heeft',
  'hebben',
  'is',
  'besluit',
  'besloot',
  'stuurt',
  'neemt',
  'zal',
  'wil',
  'kan',
  'vindt',
  'gaat',
  'wijst',
  'verleent',
  'kent',
  'beslist',
  'vraagt',
  'verzoekt',
  'ontvangt',
  'ontving',
  'beoordeelt',
  'behandelt',
  'doet',
  'deelt',
])

function isSentenceStartWord(sentence: SentenceInfo, word: WordInfo): boolean {
  if (word.index === 0) return true
  // After a postscript or note label: "P.S. Uw kind mag …" (blind letters, set-ggg).
  if (word.index === 1 && NOTE_LABEL.test(sentence.words[0]!.value)) return true
  // After a colon or an opening quote a capital is allowed.
  const before = sentence.text.slice(0, word.start - sentence.start)
  // A line break before the word: it starts a line after a heading, a bullet or a salutation.
  const previous = sentence.words[word.index - 1]
  if (
    previous &&
    /\n/.test(sentence.text.slice(previous.end - sentence.start, word.start - sentence.start))
  )
    return true
  return /[:“"‘'(]$/.test(before.trimEnd())
}

/**
 * 'U' after a capitalised word inside the sentence belongs to a name: "Bel Stichting Naast U",
 * "Team Voor U" (blind letters, set-v).
 */
function inName(sentence: SentenceInfo, word: WordInfo): boolean {
  const previous = sentence.words[word.index - 1]
  return previous !== undefined && previous.index > 0 && /^\p{Lu}/u.test(previous.value)
}

/**
 * A je-form in the name of a service or course: capitalised inside the sentence ("online hulp via
 * Jouw GGD"), or after a capitalised word that follows a noun, with only prepositions between
 * ("de training Grip op je geld"). It does not address the reader (blind letters, set-eeee and
 * earlier sets: four of four such findings wrong).
 */
function jeInName(sentence: SentenceInfo, word: WordInfo): boolean {
  if (word.value !== word.lower && !isSentenceStartWord(sentence, word)) return true
  const {words} = sentence
  for (let back = 1; back <= 2; back++) {
    const name = words[word.index - back]
    if (!name || name.index === 0 || !/^\p{Lu}/u.test(name.value)) continue
    const between = words.slice(name.index + 1, word.index)
    if (between.every((w) => w.tag?.upos === 'ADP') && words[name.index - 1]?.tag?.upos === 'NOUN')
      return true
  }
  return false
}

export default defineRule<Options>({
  id: 'aanspreekvorm',
  meta: {
    description:
      'Spreek de lezer in de hele brief op één manier aan, en schrijf ‘u’ met een kleine letter.',
    severity: 'warning',
    fixable: 'safe',
    messages: {
      hoofdletter:
        'Schrijf ‘{expected}’ met een kleine letter; een hoofdletter midden in een zin is ouderwets.',
      gemengd:
        'Deze brief spreekt de lezer vooral aan met ‘{vorm}’. Gebruik dat overal, ook hier in plaats van ‘{actual}’.',
      gemengdHier:
        'Deze brief spreekt de lezer vooral aan met ‘{vorm}’. Gebruik dat overal, ook hier: ‘{hier}’ in plaats van ‘{actual}’.',
      huisstijl:
        'Uw organisatie spreekt de lezer aan met ‘{vorm}’. Gebruik dat overal, ook hier in plaats van ‘{actual}’.',
      huisstijlHier:
        'Uw organisatie spreekt de lezer aan met ‘{vorm}’. Gebruik dat overal, ook hier: ‘{hier}’ in plaats van ‘{actual}’.',
      andereVorm:
        'Deze tekst spreekt de lezer steeds aan met ‘{actual}’, uw organisatie met ‘{vorm}’. Is ‘{actual}’ hier een bewuste keuze, dan is dat goed.',
      schrijver:
        'De brief spreekt elders over ‘wij’. Gebruik dat ook hier, zodat de lezer weet wie er schrijft.',
    },
    options: {
      type: 'object',
      properties: {
        vorm: {enum: ['u', 'je', 'auto'], default: 'auto', description: 'Gewenste aanspreekvorm.'},
        schrijver: {
          type: 'boolean',
          default: true,
          description: 'Meld wisselen tussen ‘wij’ en ‘de gemeente’.',
        },
      },
      additionalProperties: false,
    },
  },
  check(_tree, ctx) {
    const uWords: WordInfo[] = []
    const jeWords: WordInfo[] = []
    const possessive = new Set<WordInfo>()
    let weCount = 0
    const thirdPerson: Array<{start: number; end: number}> = []

    for (const sentence of ctx.sentences) {
      const words = sentence.words
      for (const word of words) {
        if (word.masked) continue
        // Quoted words are someone else's (a form's question, a neighbour's words): "Op het
        // formulier staat ‘Heb je al een aannemer?’".
        if (
          (U_FORMS.has(word.lower) || JE_FORMS.has(word.lower)) &&
          insideClosedQuotation(
            sentence.text,
            word.start - sentence.start,
            word.end - sentence.start,
          )
        )
          continue
        if (U_FORMS.has(word.lower)) {
          uWords.push(word)
          if (
            word.value !== word.lower &&
            !isSentenceStartWord(sentence, word) &&
            !inName(sentence, word) &&
            sentence.unit.kind !== 'heading'
          ) {
            ctx.report({
              start: word.start,
              end: word.end,
              messageId: 'hoofdletter',
              expected: [word.lower],
              fix: 'safe',
              data: {expected: word.lower},
            })
          }
        } else if (JE_FORMS.has(word.lower)) {
          if (jeInName(sentence, word)) continue
          jeWords.push(word)
          // "over je buurt", "jouw aanvraag": the possessive, whose u-form is 'uw' (blind letters,
          // set-dd: 'gebruik u' for 'je buurt' was labelled deels). Not the subject before a noun
          // ("Heb je vragen?", "omdat je geld krijgt"): at the start, after a finite verb or a
          // conjunction or pronoun. (The tagger reads every 'je' as the personal pronoun.)
          const next = words[word.index + 1]
          const previous = words[word.index - 1]
          if (
            word.lower === 'jouw' ||
            (word.lower === 'je' &&
              (next?.tag?.upos === 'NOUN' || next?.tag?.upos === 'ADJ') &&
              previous !== undefined &&
              !previous.tag?.xpos.startsWith('WW|pv') &&
              !['SCONJ', 'CCONJ', 'PRON'].includes(previous.tag?.upos ?? ''))
          )
            possessive.add(word)
        } else if (WE_FORMS.has(word.lower)) weCount++
      }
      for (let i = 0; i + 2 < words.length; i++) {
        const article = words[i]!.lower
        const noun = words[i + 1]!.lower
        // After 'van' it belongs to another noun, the subject of the verb after it: "Een
        // toezichthouder van de gemeente kan …", "een strook groen die van de gemeente is" (blind
        // letters: all five such findings wrong, sets b-p).
        if (
          ((article === 'de' && noun === 'gemeente') ||
            (article === 'het' && noun === 'college')) &&
          words[i - 1]?.lower !== 'van' &&
          WRITER_VERBS.has(words[i + 2]!.lower)
        ) {
          thirdPerson.push({start: words[i]!.start, end: words[i + 1]!.end})
        }
      }
    }

    const preferred =
      ctx.options.vorm === 'auto' ? (jeWords.length > uWords.length ? 'je' : 'u') : ctx.options.vorm
    const minority = preferred === 'u' ? jeWords : uWords
    const majority = preferred === 'u' ? uWords : jeWords
    if (majority.length > 0 && minority.length > 0) {
      // Only "vooral" when it is true: a house style may ask for the form the text uses least.
      const messageId = majority.length >= minority.length ? 'gemengd' : 'huisstijl'
      for (const word of minority) {
        // The form that goes here: 'uw' for a possessive 'je' in a u-letter.
        const here = preferred === 'u' && possessive.has(word) ? 'uw' : undefined
        ctx.report({
          start: word.start,
          end: word.end,
          messageId: here ? `${messageId}Hier` : messageId,
          data: {vorm: preferred, hier: here ?? preferred},
        })
      }
    } else if (minority.length > 0) {
      // A text that keeps to the other form throughout is consistent (a page for young people in
      // 'je'): one note for the house style, no warning on every word.
      const [word] = minority
      ctx.report({
        start: word!.start,
        end: word!.end,
        messageId: 'andereVorm',
        severity: 'info',
        data: {vorm: preferred},
      })
    }

    if (ctx.options.schrijver && weCount > 0) {
      for (const range of thirdPerson) {
        ctx.report({...range, messageId: 'schrijver', severity: 'info'})
      }
    }
  },
})
