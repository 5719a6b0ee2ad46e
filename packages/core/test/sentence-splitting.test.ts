import {describe, expect, it} from 'vitest'
import type {Format} from '../src/formats/index.js'
import {checkerFor} from './helpers.js'

// Issue #15, kind 5: headings, bullets and web snippets merged into one long sentence, or one-line
// snippets counted as sentences so that the averages look easier than the text is.
const checker = checkerFor({
  rules: Object.fromEntries(
    ['spelling', 'lange-alinea', 'moeilijk-woord'].map((id) => [id, 'off' as const]),
  ),
})
const check = (text: string, format: Format) => checker.check({text, format})
const sentences = (text: string, format: Format) =>
  check(text, format).metrics.perSentence.map((s) =>
    text.slice(s.range.start.offset, s.range.end.offset),
  )
const longSentences = (text: string, format: Format) =>
  check(text, format)
    .findings.filter((f) => f.ruleId === 'lange-zin')
    .map((f) => text.slice(f.range.start.offset, f.range.end.offset))

const BODY =
  'Vanaf 1 januari halen wij het restafval een keer per twee weken op in plaats van elke week.'

describe('a heading line without a blank line below it ends its sentence', () => {
  it('txt: a line clearly shorter than the text lines, without final punctuation', () => {
    const text = `Nieuwe ophaaldagen voor het afval in uw wijk\n${BODY}\nDe gft-bak halen wij wel elke week op, zoals u gewend bent van ons.`
    expect(longSentences(text, 'txt')).toEqual([])
    expect(sentences(text, 'txt')).toEqual([
      BODY,
      'De gft-bak halen wij wel elke week op, zoals u gewend bent van ons.',
    ])
  })

  it('md: a bold line above the text, also when it is as long as the text lines', () => {
    const text = `**Nieuwe ophaaldagen voor het restafval en het gft-afval in de wijk Noord**\n${BODY}\n`
    expect(longSentences(text, 'md')).toEqual([])
    expect(sentences(text, 'md')).toEqual([BODY])
  })

  it('md: lines of a list without markers, and a hard line break', () => {
    const text =
      'Ophaaldagen\nMaandag papier en karton voor alle woningen in de wijk\nDinsdag glas\n\nU kunt ons bellen.  \nWij helpen u graag verder met uw vragen over het afval.\n'
    expect(longSentences(text, 'md')).toEqual([])
    expect(sentences(text, 'md')).toEqual([
      'U kunt ons bellen.',
      'Wij helpen u graag verder met uw vragen over het afval.',
    ])
  })

  it('keeps a hard-wrapped paragraph together, also before a name with a capital', () => {
    const text =
      'Wij hebben uw aanvraag voor een parkeervergunning ontvangen op 12 maart en\nbesproken met de afdeling Parkeren. U hoort binnen twee weken van ons wat\nMevrouw Jansen daarover heeft besloten.'
    for (const format of ['txt', 'md'] as const) {
      expect(sentences(text, format)).toEqual([
        'Wij hebben uw aanvraag voor een parkeervergunning ontvangen op 12 maart en\nbesproken met de afdeling Parkeren.',
        'U hoort binnen twee weken van ons wat\nMevrouw Jansen daarover heeft besloten.',
      ])
    }
  })
})

describe('one-line snippets do not count in the averages', () => {
  it('txt: an address block and a heading are not sentences of the letter', () => {
    const text = `Gemeente Dronten\nPostbus 100\n8250 AC Dronten\n\nNieuwe ophaaldagen\n\n${BODY}`
    const m = check(text, 'txt').metrics
    expect(m.sentences).toBe(1)
    expect(m.wordsPerSentence).toBe(18)
  })

  it('md: table cells and short list items are not sentences; a list item that is one is', () => {
    const text = `${BODY}\n\n| Soort | Bak |\n|---|---|\n| Glas | glasbak |\n\n- Papier\n- Glas\n- U zet de bak voor 7.30 uur aan de straat.\n`
    expect(sentences(text, 'md')).toEqual([BODY, 'U zet de bak voor 7.30 uur aan de straat.'])
  })

  it('html: a div with a label and table cells are not sentences', () => {
    const text = `<div>Afval scheiden</div><p>${BODY}</p><table><tr><td>Glas</td><td>glasbak voor flessen</td></tr></table>`
    const m = check(text, 'html').metrics
    expect([m.sentences, m.wordsPerSentence]).toEqual([1, 18])
  })

  it('keeps an unpunctuated sentence of more than twelve words', () => {
    const text =
      '- U kunt uw grofvuil gratis kwijt bij de milieustraat aan de Industrieweg op zaterdag\n- Glas\n'
    expect(sentences(text, 'md')).toEqual([
      'U kunt uw grofvuil gratis kwijt bij de milieustraat aan de Industrieweg op zaterdag',
    ])
  })
})

describe('a capital with a full stop', () => {
  it('ends the sentence after a label, class or appendix letter before a sentence opener', () => {
    // Blind letters, set-ee: "energielabel C. Deze verplichting …" was one sentence of 25 words.
    const text =
      'Kantoren hebben ten minste energielabel C. Deze verplichting geldt al sinds 2023. Lees bijlage B. Daarin staan de regels.'
    expect(sentences(text, 'txt')).toEqual([
      'Kantoren hebben ten minste energielabel C.',
      'Deze verplichting geldt al sinds 2023.',
      'Lees bijlage B.',
      'Daarin staan de regels.',
    ])
  })

  it('ends the sentence after a lower-case list letter a rule refers to', () => {
    // Blind letters, set-vv: "… als bedoeld onder c. Derhalve …" was one sentence of 27 words.
    const text =
      'U valt niet onder de categorie als bedoeld onder c. Derhalve krijgt u geen ontheffing.'
    expect(sentences(text, 'txt')).toEqual([
      'U valt niet onder de categorie als bedoeld onder c.',
      'Derhalve krijgt u geen ontheffing.',
    ])
  })

  it('keeps an initial with its name: after a title, before a name or a capitalised particle', () => {
    const text =
      'Bel de heer J. Hofstee als u vragen heeft. U kunt ook mailen met A. De Vries of met collega P. Bakker over de planning.'
    expect(sentences(text, 'txt')).toEqual([
      'Bel de heer J. Hofstee als u vragen heeft.',
      'U kunt ook mailen met A. De Vries of met collega P. Bakker over de planning.',
    ])
  })
})
