// Deterministic, realistic single typos in Dutch words: the mistakes people make when typing
// Dutch (ei/ij, d/t/dt, au/ou, g/ch, a doubled or single consonant or vowel) and on a keyboard
// (a neighbouring key, two letters swapped, a letter left out or typed twice). Used by the
// benchmark corpus (bench/corpus.mjs) and the suggestion-quality evaluation (bench/suggestions.mjs).

import {NEIGHBOURS} from '../packages/core/dist/spelling/suggest.js'

/** Small deterministic PRNG (mulberry32). */
export function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Neighbouring keys on a QWERTY keyboard: the same table the suggestions rank edits by.

/** Dutch spelling confusions: [pattern, replacement]. */
const CONFUSIONS = [
  ['ij', 'ei'],
  ['ei', 'ij'],
  ['au', 'ou'],
  ['ou', 'au'],
  ['dt', 't'],
  ['dt', 'd'],
  ['ch', 'g'],
  ['g', 'ch'],
  ['aa', 'a'],
  ['ee', 'e'],
  ['oo', 'o'],
  ['uu', 'u'],
  ['ie', 'i'],
  ['v', 'f'],
  ['z', 's'],
]
const DOUBLE = /([bdfgklmnprst])\1/g
const SINGLE = /([aeiou])([bdfgklmnprst])([aeiou])/g

/** All positions where `pattern` occurs in `word`. */
function positions(word, pattern) {
  const found = []
  for (let i = word.indexOf(pattern); i >= 0; i = word.indexOf(pattern, i + 1)) found.push(i)
  return found
}

/**
 * One typo in `word` (lowercase letters), chosen with `next` (a PRNG). Returns a different string,
 * or undefined when the word offers no place for the chosen kind of typo.
 */
export function makeTypo(word, next) {
  const pick = (list) => list[Math.floor(next() * list.length)]
  const kind = next()
  if (kind < 0.4) {
    // A Dutch spelling confusion, including d/t at the end of a word.
    const options = []
    for (const [from, to] of CONFUSIONS)
      for (const at of positions(word, from)) options.push([at, from.length, to])
    if (/d$/.test(word)) options.push([word.length - 1, 1, 't'])
    if (/[^d]t$/.test(word)) options.push([word.length - 1, 1, 'd'])
    for (const match of word.matchAll(DOUBLE)) options.push([match.index, 2, match[1]])
    for (const match of word.matchAll(SINGLE))
      options.push([match.index + 1, 1, match[2] + match[2]])
    if (options.length === 0) return undefined
    const [at, length, to] = pick(options)
    return word.slice(0, at) + to + word.slice(at + length)
  }
  const at = Math.floor(next() * word.length)
  const letter = word[at]
  if (kind < 0.6) {
    const near = NEIGHBOURS[letter]
    if (!near) return undefined
    return word.slice(0, at) + pick([...near]) + word.slice(at + 1)
  }
  if (kind < 0.75) {
    if (at + 1 >= word.length || word[at] === word[at + 1]) return undefined
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
  }
  if (kind < 0.9) return word.slice(0, at) + word.slice(at + 1)
  return word.slice(0, at) + letter + word.slice(at)
}

/**
 * Put `count` typos into a text: words of at least five lowercase letters, chosen with `next`.
 * The text is otherwise unchanged.
 */
export function addTypos(text, count, next) {
  const words = [...text.matchAll(/(?<![\p{L}\d@.-])\p{Ll}{5,}(?![\p{L}\d@.-])/gu)]
  const chosen = new Map()
  for (let tries = 0; chosen.size < count && tries < count * 20 && words.length; tries++) {
    const match = words[Math.floor(next() * words.length)]
    if (chosen.has(match.index)) continue
    const typo = makeTypo(match[0], next)
    if (typo && typo !== match[0]) chosen.set(match.index, [match[0].length, typo])
  }
  let result = ''
  let last = 0
  for (const [index, [length, typo]] of [...chosen].sort((a, b) => a[0] - b[0])) {
    result += text.slice(last, index) + typo
    last = index + length
  }
  return result + text.slice(last)
}
