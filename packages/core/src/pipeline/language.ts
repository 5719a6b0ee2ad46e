import {francAll} from 'franc-min'
import type {ResolvedConfig} from '../config/types.js'
import type {Document, Language} from '../types.js'

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
  let dutch = 0
  let english = 0
  for (const word of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    if (DUTCH_WORDS.has(word)) dutch++
    if (ENGLISH_WORDS.has(word)) english++
  }
  if (dutch >= 5 && dutch >= english * 4) return 'nl'
  if (english >= 5 && english >= dutch * 4) return 'en'
  return undefined
}
