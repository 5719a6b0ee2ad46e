import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
const {hyphenateSync} = require('hyphen/nl') as {
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
}

const cache = new Map<string, number>()
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
      const rest = char + part.slice(i + 1)
      const unit = UNITS.find((u) => rest.startsWith(u))
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
 * a word edge (i-dee-ën, bi-os-coop) and keeps compounds apart (ge-uit). "-tion" counts as one
 * syllable (sta-tion), all-capital abbreviations are spelled letter by letter (BSN: 3), and tokens
 * without letters (numbers, amounts) count 0: the metrics leave them out of syllables per word.
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
  if (/^\p{Lu}{2,6}s?$/u.test(word) && !/^\p{Lu}\p{Ll}/u.test(word)) {
    return word.replace(/s$/, '').length
  }
  if (word.includes('-') && word.toLowerCase() !== 'e-mail') {
    return word
      .split('-')
      .filter(Boolean)
      .reduce((sum, part) => sum + Math.max(1, countSyllables(part)), 0)
  }
  let lower = word.toLowerCase().replace(/[’']s$/, 's')
  if (lower in LOANWORDS) return LOANWORDS[lower]!
  lower = lower.replace(/[áéíóúàèâêîôûý]/g, (c) => ACCENTS[c] ?? c).replace(/[^\p{L}]/gu, '')
  if (lower === '') return 0
  const parts = hyphenateSync(lower, {hyphenChar: '-'}).split('-')
  let count = 0
  for (const part of parts) count += nuclei(part)
  // "station", "functioneel": -tion- and -sion- are one syllable (sjon).
  count -= (lower.match(/[ts]io(?=n)/g) ?? []).length
  return Math.max(1, count)
}
