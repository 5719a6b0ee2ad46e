// Messages that do not repeat themselves (issue #15): every message of every rule, under the
// strictest preset, on the corpus, the project's letters and the rule docs' examples. A message
// such as "‘aanvang’ is formeel. ‘Aanvang’ is formeel voor ‘begin’." says the same thing twice.
import {describe, expect, it} from 'vitest'
import {projectTexts} from '../project-texts.js'
import {createChecker} from '@duidelijk/core'

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** What a message repeats: a whole sentence, or a run of three words. */
function repetition(message: string): string | undefined {
  // Two full stops where a sentence ends ("leg uit wat het is: Leg uit wat er gebeurt..").
  if (/(?<!\.)\.\.(?!\.)/.test(message)) return 'full stop twice'
  const sentences = message
    .split(/(?<=[.!?])\s+/)
    .map((s) => words(s).join(' '))
    .filter(Boolean)
  const seen = new Set<string>()
  for (const s of sentences) {
    if (seen.has(s)) return `sentence ‘${s}’ twice`
    seen.add(s)
  }
  const list = words(message)
  const trigrams = new Set<string>()
  for (let i = 0; i + 2 < list.length; i++) {
    // Amounts and dates repeat their digits ("€ 1.250,00 in plaats van €1,250.00").
    if (list.slice(i, i + 3).some((w) => /\d/.test(w))) continue
    const trigram = list.slice(i, i + 3).join(' ')
    if (trigrams.has(trigram)) return `‘${trigram}’ twice`
    trigrams.add(trigram)
  }
  return undefined
}

describe('messages say each thing once', () => {
  it('the check itself catches the repetition of the issue', () => {
    expect(repetition('‘aanvang’ is formeel. ‘Aanvang’ is formeel voor ‘begin’.')).toBe(
      '‘aanvang is formeel’ twice',
    )
    expect(repetition('Dit is te lang. Dit is te lang.')).toBe('sentence ‘dit is te lang’ twice')
    expect(repetition('‘aanvang’ is formeel voor ‘begin’.')).toBeUndefined()
    // The two kinds listed as known until 2 December (issue #15): a word contrasted with itself,
    // and a legal explanation written as a sentence of its own after the message's colon.
    expect(
      repetition('Schrijf ‘uw’ met een kleine letter: ‘Uw’ met een hoofdletter is ouderwets.'),
    ).toBe('‘uw met een’ twice')
    expect(repetition('Leg uit wat het is: Leg uit wat er gebeurt..')).toBe('full stop twice')
    expect(repetition('Zie de brief van 3 maart…')).toBeUndefined()
  })

  it('no message of any rule repeats a sentence or three words (strictest preset)', async () => {
    const checker = await createChecker({extends: 'duidelijk:strikt', letter: 'auto'})
    const bad = new Set<string>()
    let count = 0
    for (const {name, text} of projectTexts()) {
      for (const f of checker.check({text}).findings) {
        count++
        const why = repetition(f.message)
        if (why) bad.add(`${name} [${f.ruleId}] ${f.message} (${why})`)
      }
    }
    expect(count).toBeGreaterThan(500)
    expect([...bad]).toEqual([])
  })
})
