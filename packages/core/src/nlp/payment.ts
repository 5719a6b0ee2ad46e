import type {SentenceInfo} from '../rule.js'

/** Words that say a sentence is about money: an amount, a bill, a tax, a fine. */
const MONEY =
  /€|\b(?:bedrag|bedragen|kosten|leges|factuur|facturen|nota|aanslag|aanslagen|boete|boetes|rekening|rekeningnummer|betalen|betaald|betaling|schuld|premie|huur|bijdrage|som|termijnbedrag)\b/i

/** 'aan' and the words that hold it as a pronoun: voldoen aan, daaraan voldoen. */
const AAN = new Set(['aan', 'daaraan', 'hieraan', 'eraan', 'waaraan'])

/**
 * Whether the words `first`..`last` of a sentence (a form of 'voldoen') mean paying: the sentence
 * is about money and the clause around them has no 'aan' ("het bedrag is voldaan", "om de
 * aanslag te voldoen"; not "aan de voorwaarden is voldaan", "Het bezwaarschrift moet voldoen aan
 * de eisen"). The clause runs to the nearest comma, semicolon or colon on either side.
 */
export function meansPaying(sentence: SentenceInfo, first: number, last: number): boolean {
  if (!MONEY.test(sentence.text)) return false
  const words = sentence.words
  const gap = (index: number) =>
    sentence.text.slice(
      words[index - 1]!.end - sentence.start,
      words[index]!.start - sentence.start,
    )
  let start = first
  while (start > 0 && !/[,;:]/.test(gap(start))) start--
  let end = last
  while (end + 1 < words.length && !/[,;:]/.test(gap(end + 1))) end++
  for (let i = start; i <= end; i++) if (AAN.has(words[i]!.lower)) return false
  return true
}
