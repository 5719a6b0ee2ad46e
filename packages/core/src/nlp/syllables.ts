import hyphenNl from 'hyphen/nl/index.js'

const {hyphenateSync} = hyphenNl as {
  hyphenateSync(text: string, options?: {hyphenChar?: string; minWordLength?: number}): string
}

const VOWELS = new Set('aeiouy')
const DIAERESIS: Record<string, string> = {ä: 'a', ë: 'e', ï: 'i', ö: 'o', ü: 'u'}
const ACCENTS: Record<string, string> = {
  á: 'a',
  é: 'e',
  í: 'i',
  ó: 'o',
  ú: 'u',
  à: 'a',
  è: 'e',
  â: 'a',
  ê: 'e',
  î: 'i',
  ô: 'o',
  û: 'u',
  ý: 'y',
}
/** Vowel combinations pronounced as one sound, longest first. */
const UNITS = [
  'aai',
  'ooi',
  'oei',
  'eeu',
  'ieu',
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'oe',
  'eu',
  'ei',
  'ij',
  'ui',
  'ou',
  'au',
  'ai',
  'ay',
  'ey',
  'oy',
]

/** Loanwords whose spelling does not follow Dutch pronunciation. */
const LOANWORDS: Record<string, number> = {
  website: 2,
  websites: 2,
  online: 2,
  update: 2,
  updates: 2,
  service: 2,
  team: 1,
  teams: 1,
  cookie: 2,
  cookies: 2,
  'e-mail': 2,
  'e-mails': 2,
  mail: 1,
  mails: 1,
  mailen: 2,
  gemaild: 2,
  e: 1,
  app: 1,
  apps: 1,
  computer: 3,
  manager: 3,
  chat: 1,
  chatten: 2,
  laptop: 2,
  smartphone: 2,
  software: 2,
  date: 1,
  feedback: 2,
  deadline: 2,
  live: 1,
  file: 1,
  files: 1,
  stage: 2,
  douche: 1,
  bureau: 2,
  cadeau: 2,
  niveau: 2,
  plateau: 2,
  budget: 2,
  route: 2,
  coupon: 2,
  jury: 2,
  pyjama: 3,
  yoghurt: 2,
  milieu: 2,
  milieus: 2,
}

const cache = new Map<string, number>()
/** Longer words are not hyphenated (the longest Dutch compounds in letters have about 40 letters). */
const MAX_HYPHENATED_LENGTH = 64
const MAX_CACHE = 100_000

/** Count vowel nuclei in one hyphenation part. A diaeresis always starts a new syllable. */
function nuclei(part: string): number {
  let count = 0
  let i = 0
  while (i < part.length) {
    let char = part[i]!
    if (char in DIAERESIS) {
      // "ë" in "ideeën", "ëi" in "beëindigen": a new nucleus, maybe a digraph with what follows.
      char = DIAERESIS[char]!
      const unit = UNITS.find((u) => u[0] === char && part.startsWith(u.slice(1), i + 1))
      i += unit ? unit.length : 1
      count++
      continue
    }
    if (char === 'y' && i === 0 && VOWELS.has(part[1] ?? '')) {
      i++ // consonant y: "yoghurt"
      continue
    }
    if (!VOWELS.has(char)) {
      i++
      continue
    }
    const unit = UNITS.find((u) => part.startsWith(u, i))
    i += unit ? unit.length : 1
    count++
  }
  return count
}

/**
 * Dutch syllables of a word: the nl hyphenation patterns split the word, then vowel nuclei are
 * counted within each part. That corrects the patterns where they never split off one letter at
 * a word edge (i-dee-ën, bi-os-coop) and keeps compounds apart (ge-uit). A diaeresis starts a new
 * syllable (ge-ïn-for-meerd); "-tion" counts as one syllable (sta-tion); a short list of loanwords
 * has fixed counts, also inside compounds (milieu-straat). Abbreviations are spelled letter by
 * letter, one syllable a letter (BSN, btw, Wmo, PvdA: see `isAbbreviation`). Parts of hyphenated
 * words are counted apart; "auto's" counts as "autos".
 *
 * Tokens without letters (numbers, amounts, dates) count 0. That is deliberate: how a number is
 * read aloud ("2025", "€ 1.250,00") says little about how hard it is, so the metrics count such a
 * token as a word but leave it out of syllables per word.
 *
 * Results are cached per word (bounded), as this runs on every word of every check.
 */
export function countSyllables(word: string): number {
  const cached = cache.get(word)
  if (cached !== undefined) return cached
  const result = compute(word)
  if (cache.size >= MAX_CACHE) cache.clear()
  cache.set(word, result)
  return result
}

function compute(word: string): number {
  if (!/\p{L}/u.test(word)) return 0
  // "WOZ's", "cd's": the apostrophe s adds a sound, not a syllable.
  const bare = word.replace(/['’]s$/u, '')
  if (isAbbreviation(bare))
    return bare.replace(/[^\p{L}]/gu, '').replace(/(?<=\p{Lu})s$/u, '').length
  if (word.includes('-') && word.toLowerCase() !== 'e-mail') {
    return word
      .split('-')
      .filter(Boolean)
      .reduce(
        (sum, part) => sum + (/^['’]s$/u.test(part) ? 0 : Math.max(1, countSyllables(part))),
        0,
      )
  }
  let lower = word.toLowerCase().replace(/['’]s$/u, 's')
  if (lower in LOANWORDS) return LOANWORDS[lower]!
  lower = lower.replace(/[áéíóúàèâêîôûý]/g, (c) => ACCENTS[c] ?? c).replace(/[^\p{L}]/gu, '')
  if (lower === '') return 0
  const loan = loanCompound(lower)
  if (loan !== undefined) return loan
  // The hyphenation patterns take time quadratic in the word's length; a "word" this long is no
  // word, so its vowel nuclei are counted without them (issue #19: a 1,000-letter token).
  const parts =
    lower.length > MAX_HYPHENATED_LENGTH
      ? [lower]
      : hyphenateSync(lower, {hyphenChar: '-'}).split('-')
  let count = 0
  for (const part of parts) count += nuclei(part)
  // "station", "functioneel": -tion- and -sion- are one syllable (sjon).
  count -= (lower.match(/[ts]io(?=n)/g) ?? []).length
  return Math.max(1, count)
}

/** Loanwords that also occur inside compounds (milieustraat, gemeentewebsite, servicenummer). */
const LOAN_STEMS = Object.keys(LOANWORDS).filter((w) => w.length >= 5 && !w.endsWith('s'))

function loanCompound(lower: string): number | undefined {
  for (const stem of LOAN_STEMS) {
    if (lower.length < stem.length + 3) continue
    const rest = lower.startsWith(stem)
      ? lower.slice(stem.length)
      : lower.endsWith(stem)
        ? lower.slice(0, -stem.length)
        : undefined
    if (rest !== undefined && /[aeiouy]/.test(rest)) return LOANWORDS[stem]! + countSyllables(rest)
  }
  return undefined
}

/** Consonant clusters a Dutch (or common loan) word can start with. */
const ONSETS = new Set(
  'bl br dr dw fl fr gl gr kl kn kr kw pl pr sch schr sj sk sl sm sn sp spl spr st str sw tr tw vl vr wr zw ch chr th ph sh sc scr cl cr pf ps ts tj tsj dj fj gh rh wh gn kh sv gw zh'.split(
    ' ',
  ),
)

/**
 * Abbreviations are read letter by letter: capitals (BSN, AVG), words without a vowel (btw, ggd,
 * cv), short words with an inner capital (PvdA, KvK) and short words whose consonants cannot
 * start or end a Dutch syllable (Wmo, Awb, Ivs). Each letter counts as one syllable.
 */
function isAbbreviation(word: string): boolean {
  if (/^\p{Lu}{2,6}s?$/u.test(word) && !/^\p{Lu}\p{Ll}/u.test(word)) return true
  if (!/^\p{L}+$/u.test(word) || word.length > 5) return false
  // ij, uw, ouw, eeuw, ow and ew sound as one vowel: mijn, duwt, town.
  const lower = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ij/g, 'y')
    .replace(/(?<=[eiou])w/g, 'u')
  if (!/[aeiouy]/.test(lower))
    return word.length >= 2 && !/^(?:h*m+h*|s+h*t*|p?s+t|h+)$/.test(lower)
  if (/^\p{L}\p{Ll}*\p{Lu}/u.test(word)) return true
  if (word.length > 4) return false
  const onset = /^[^aeiouy]*/.exec(lower)![0]
  const coda = /(?<![^aeiouy])[^aeiouy]*$/.exec(lower)![0]
  // A Dutch syllable never ends in v, w or j after a consonant: Awb, Ivs.
  return (
    (onset.length >= 2 && !ONSETS.has(onset)) || /[vwj]/.test(coda.slice(1)) || /^[vwj]./.test(coda)
  )
}
