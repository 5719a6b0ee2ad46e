import {loadFrequency} from './frequency.js'
/**
 * Dutch adjective inflection: the attributive -e form, for the jargon list's adjectives
 * (nlp/jargon.ts) and their replacements (nlp/fit.ts), and back to the bare form for the agreement
 * check of spelling (nlp/noun-phrases.ts).
 */

const VOWELS = 'aeiouy'
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c)

/**
 * The attributive -e form of an adjective (volgend → volgende, groot → grote, snel → snelle,
 * boos → boze), or undefined when the spelling rule is not certain (stress unknown).
 */
export function inflectAdjective(word: string): string | undefined {
  if (!/^\p{Ll}+$/u.test(word)) return undefined
  const irregular = IRREGULAR_INFLECTED.get(word)
  if (irregular) return irregular
  // -e and an unstressed -en do not inflect (houten, open, gesloten); a stressed one does (groen →
  // groene, sereen → serene).
  if (word.endsWith('e') || (word.endsWith('en') && !isVowel(word.at(-3)))) return word
  // i + ee: the e of the ending gets a trema (essentieel → essentiële, financieel → financiële).
  if (word.endsWith('ieel')) return word.slice(0, -3) + 'ële'
  if (/(ig|lijk|isch|baar|zaam|loos|ief)$/.test(word)) {
    if (word.endsWith('ief')) return word.slice(0, -1) + 've'
    if (word.endsWith('loos')) return word.slice(0, -4) + 'loze'
    return word + 'e'
  }
  const last = word.at(-1)!
  const prev = word.at(-2)
  const prev2 = word.at(-3)
  if (isVowel(last)) return undefined
  if (!isVowel(prev)) return word + 'e' // volgend, apart, zacht
  // Vowel + consonant at the end.
  let groupStart = word.length - 1
  while (groupStart > 0 && isVowel(word[groupStart - 1])) groupStart--
  const vowelGroup = word.slice(groupStart, -1)
  const soften = (c: string) => (c === 's' ? 'z' : c === 'f' ? 'v' : c)
  if (vowelGroup.length >= 2 && vowelGroup.at(-1) === vowelGroup.at(-2)) {
    // Double vowel: groot → grote, formeel → formele, boos → boze, adequaat → adequate.
    return word.slice(0, -3) + vowelGroup.at(-1)! + soften(last) + 'e'
  }
  if (vowelGroup.length >= 2) {
    // Diphthong or ie/oe/eu: wit stays, lief → lieve, goed → goede, duidelijk handled above.
    return word.slice(0, -1) + soften(last) + 'e'
  }
  // Single short vowel: double the consonant, but only in one-syllable words (stress certain).
  const syllables = word.match(/[aeiouy]+/g)?.length ?? 0
  if (syllables === 1 && prev2 !== undefined && !isVowel(prev2)) return word + last + 'e'
  if (syllables === 1 && prev2 === undefined) return word + last + 'e'
  return undefined
}

/** Adverbs of degree before an adjective: "heel belangrijk" inflects as "heel belangrijke". */
const DEGREE = new Set(['heel', 'erg', 'zeer'])

/**
 * The attributive form of an adjective or a phrase of degree adverbs and an adjective (heel
 * belangrijk → heel belangrijke), or undefined when it has other words or the -e form is uncertain.
 */
export function inflectAdjectivePhrase(phrase: string): string | undefined {
  const words = phrase.split(' ')
  if (words.slice(0, -1).some((w) => !DEGREE.has(w))) return undefined
  const head = inflectAdjective(words.at(-1)!)
  return head && [...words.slice(0, -1), head].join(' ')
}

/** Adjectives whose -e form the spelling rules cannot undo. */
const IRREGULAR_BARE = new Map([
  ['andere', 'ander'],
  ['hele', 'heel'],
  ['halve', 'half'],
])

/** The -e forms of those adjectives (de ander kant → andere, de half finale → halve). */
const IRREGULAR_INFLECTED = new Map([...IRREGULAR_BARE].map(([form, bare]) => [bare, form]))

/** The bare form of an inflected adjective (grote → groot, lieve → lief, verwachte → verwacht). */
export function bareAdjective(form: string): string | undefined {
  const irregular = IRREGULAR_BARE.get(form)
  if (irregular) return irregular
  if (!form.endsWith('e') || form.length < 4) return undefined
  const stem = form.slice(0, -1)
  const candidates = [stem]
  if (stem.endsWith('ël')) candidates.push(stem.slice(0, -2) + 'ieel')
  const last = stem.at(-1)!
  const hard = last === 'z' ? 's' : last === 'v' ? 'f' : last
  const body = stem.slice(0, -1)
  if (body.at(-1) === last) candidates.push(body) // dikke → dik
  candidates.push(body + hard) // lieve → lief
  const vowel = body.at(-1)
  if (vowel && 'aeou'.includes(vowel)) candidates.push(body + vowel + hard) // grote → groot
  const frequency = loadFrequency()
  // A Dutch word does not end in a doubled consonant: 'stille' is 'stil', not the English 'still'.
  for (const candidate of candidates)
    if (
      !/([^aeiouy])\1$/.test(candidate) &&
      inflectAdjective(candidate) === form &&
      frequency.rank(candidate) !== undefined
    )
      return candidate
  // A rarer adjective with an ending that takes a plain -e has only that bare form
  // (isolationistische → isolationistisch, aanvaardbare → aanvaardbaar; set-cccc: 'een renteloze
  // voorschot'). Not other rare words: an -e that belongs to the word (oranje) or a noun of a
  // person (een belanghebbende).
  if (CERTAIN_STEM.test(stem) && inflectAdjective(stem) === form) return stem
  // -loze and -ieve have one bare form too: renteloze → renteloos, effectieve → effectief.
  const certain = /loze$/.test(form)
    ? `${form.slice(0, -4)}loos`
    : /[^aeiou]ieve$/.test(form)
      ? `${form.slice(0, -2)}f`
      : undefined
  return certain && inflectAdjective(certain) === form ? certain : undefined
}

/** Endings after a consonant that take the -e without any other change. */
const CERTAIN_STEM = /[^aeiouy](?:isch|ig|lijk|baar|zaam)$/
