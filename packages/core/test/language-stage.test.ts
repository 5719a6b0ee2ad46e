// The language stage: a paragraph in the other language of a bilingual letter (an English summary
// for international residents in a Dutch letter, or the reverse) is left out of the analysed text.
import {beforeAll, describe, expect, it} from 'vitest'
import {withoutOtherLanguage} from '../src/pipeline/language.js'
import {loadHunspell} from '../src/spelling/hunspell.js'
import {checkerFor} from './helpers.js'

beforeAll(async () => {
  await loadHunspell()
})

const dutch =
  'Beste mevrouw Okafor,\n\nU woont sinds 2 februari in onze gemeente. Wij hebben uw inschrijving ontvangen. Wij hebben nog drie papieren van u nodig. Stuur ze voor 24 maart naar ons toe.\n\n'
const english =
  'Summary in English: we still need three documents from you. Please bring the signed statement and a copy of your passport to the town hall before 24 March. You can call us on weekdays.\n\n'
const closing = 'Met vriendelijke groet,\n\nTeam Burgerzaken\nGemeente Wolderveen'

describe('a paragraph in the other language', () => {
  it('gets no Dutch findings in a Dutch letter, and the Dutch paragraphs still do', () => {
    const checker = checkerFor({lang: 'auto', letter: 'auto'})
    const text = dutch + english + closing
    const inEnglish = (f: {range: {start: {offset: number}}}) =>
      f.range.start.offset >= dutch.length && f.range.start.offset < dutch.length + english.length
    const {findings} = checker.check({text})
    expect(findings.filter(inEnglish)).toEqual([])
    // The same paragraph alone in a Dutch text is checked as Dutch (and gets findings).
    const alone = checkerFor({lang: 'nl'}).check({text: english}).findings
    expect(alone.map((f) => f.ruleId)).toContain('spelling')
    // A Dutch typo before it is still found.
    const typo = dutch.replace('ontvangen', 'ontvagen') + english + closing
    expect(checker.check({text: typo}).findings.map((f) => f.actual)).toContain('ontvagen')
  })

  it('keeps mixed and short paragraphs, and leaves a document without one alone', () => {
    const document = {
      text: 'Wij komen op 3 maart. The town hall is open. Bel ons gerust.\n\nThank you.',
      units: [
        {kind: 'paragraph', start: 0, end: 60},
        {kind: 'paragraph', start: 62, end: 72},
      ],
    }
    // Neither paragraph has five English function words four times the Dutch ones.
    expect(withoutOtherLanguage(document as never, document.text, 'nl')).toBe(document)
  })

  it('drops a Dutch paragraph from an English text', () => {
    const text =
      'We will visit your street on 3 March. The work will take two days and you can park at the school.\n\nDe werkzaamheden duren twee dagen. U kunt uw auto bij de school parkeren, dat is op het plein.'
    const document = {
      text,
      units: [
        {kind: 'paragraph', start: 0, end: text.indexOf('\n\n')},
        {kind: 'paragraph', start: text.indexOf('\n\n') + 2, end: text.length},
      ],
    }
    const kept = withoutOtherLanguage(document as never, text, 'en')
    expect(kept.units).toEqual([document.units[0]])
  })
})
