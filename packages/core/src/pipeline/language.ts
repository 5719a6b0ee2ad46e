import {francAll} from 'franc-min'
import type {ResolvedConfig} from '../config/types.js'
import type {Document, Language, Unit} from '../types.js'

/** Function words that are frequent in Dutch letters. */
const DUTCH_WORDS = new Set(
  'de het een en van u uw wij we is dat niet op voor met zijn te wordt ook bij'.split(' '),
)
/** Function words that are frequent in English letters. */
const ENGLISH_WORDS = new Set(
  'the and of to you your we is that not on for with are be will this our at by'.split(' '),
)

/**
 * Language stage: the configured language, else the one the format declares (`lang` attribute),
 * else detected from the first 1,500 characters of analysed text. Short texts are Dutch.
 */
export function detectLanguage(
  document: Document,
  analysed: string,
  config: Pick<ResolvedConfig, 'lang'>,
): Language {
  if (config.lang !== 'auto') return config.lang
  if (document.lang) return document.lang
  const sample = document.units
    .map((unit) => analysed.slice(unit.start, unit.end))
    .join(' ')
    .replace(/x{3,}/g, ' ')
    .slice(0, 1500)
  if (sample.length < 60) return 'nl'
  const quick = quickLanguage(sample)
  if (quick) return quick
  const [best] = francAll(sample, {only: ['nld', 'eng']})
  return best && best[0] === 'eng' && best[1] >= 0.99 ? 'en' : 'nl'
}

/**
 * Most letters are plainly Dutch or English: counting function words decides those without the
 * trigram model (franc is the slowest step of a check otherwise).
 */
function quickLanguage(sample: string): Language | undefined {
  const {dutch, english} = functionWords(sample)
  if (dutch >= 5 && dutch >= english * 4) return 'nl'
  if (english >= 5 && english >= dutch * 4) return 'en'
  return undefined
}

/** Function words a paragraph needs before its own language counts (a sentence or two). */
const PARAGRAPH_WORDS = 5

/**
 * The paragraphs of the other language of a bilingual letter: a Dutch letter with a summary in
 * English for international residents, or the reverse. The document's rules are for its own
 * language: Dutch spelling and word lists on an English paragraph give only noise (blind letters,
 * set-eee: 7 findings in an English summary, all labelled fout: "signed" → "signet", "statement" →
 * "verklaring"). Such a paragraph is left out of the analysed text, like a quoted question, and
 * so out of the findings and the reading metrics. Only paragraphs whose function words are
 * clearly the other language's (at least five, four times as many as the document's own), and
 * only in a text that also has a paragraph clearly in its own language.
 */
export function withoutOtherLanguage(
  document: Document,
  analysed: string,
  lang: Language,
): Document {
  const clearly = (unit: Unit) => {
    const {dutch, english} = functionWords(analysed.slice(unit.start, unit.end))
    const [own, foreign] = lang === 'nl' ? [dutch, english] : [english, dutch]
    return foreign >= PARAGRAPH_WORDS && foreign >= own * 4
      ? 'other'
      : own >= PARAGRAPH_WORDS && own >= foreign * 4
        ? 'own'
        : undefined
  }
  const verdicts = document.units.map(clearly)
  // A text with no paragraph clearly in its own language is not bilingual (a language set by
  // hand that does not fit): it is checked as it is.
  if (!verdicts.includes('own') || !verdicts.includes('other')) return document
  return {...document, units: document.units.filter((_, index) => verdicts[index] !== 'other')}
}

function functionWords(text: string): {dutch: number; english: number} {
  let dutch = 0
  let english = 0
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (DUTCH_WORDS.has(word)) dutch++
    if (ENGLISH_WORDS.has(word)) english++
  }
  return {dutch, english}
}
