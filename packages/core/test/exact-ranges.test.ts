import {describe, expect, it} from 'vitest'
import {createChecker} from '../src/node/index.js'
import type {Format} from '../src/types.js'

/**
 * Exact ranges or no fix (issue #19): `--fix` deleted text in Markdown and HTML because a finding
 * got a whole paragraph as its range, or a phrase across markup, with a 'safe' fix.
 */
const checker = await createChecker({})

function fixes(text: string, format: Format) {
  return checker
    .check({text, format})
    .findings.filter((f) => f.ruleId === 'ambtelijke-taal')
    .map((f) => ({
      source: text.slice(f.range.start.offset, f.range.end.offset),
      actual: f.actual,
      fix: f.fix,
      expected: f.expected?.[0],
    }))
}

describe('exact ranges or no fix', () => {
  it.each<[string, Format, string]>([
    [
      'list item continued on a second line',
      'md',
      '- Wij hebben uw aanvraag reeds ontvangen en wij bellen u\n  binnen drie dagen.\n',
    ],
    ['block quote continued', 'md', '> Wij hebben uw aanvraag\n> reeds ontvangen.\n'],
    ['escape in the paragraph', 'md', 'Wij \\& u hebben reeds gebeld.\n'],
    ['entity in the paragraph', 'md', 'Wij &amp; u hebben reeds gebeld.\n'],
    ['entity in HTML', 'html', '<p>Wij &amp; u hebben reeds gebeld.</p>'],
  ])('%s: the range reads back as the word and the fix replaces only it', (_, format, text) => {
    expect(fixes(text, format)).toEqual([
      {source: 'reeds', actual: 'reeds', fix: 'safe', expected: 'al'},
    ])
  })

  it.each<[string, Format, string, string]>([
    ['bold', 'md', 'Wij hebben **reeds** eerder gebeld.\n', 'reeds** eerder'],
    [
      'link',
      'md',
      'Wij hebben [reeds](https://x.nl) eerder gebeld.\n',
      'reeds](https://x.nl) eerder',
    ],
    ['HTML bold', 'html', '<p>Wij hebben <b>reeds</b> eerder gebeld.</p>', 'reeds</b> eerder'],
  ])('a phrase across %s markup gets no fix and no replacement', (_, format, text, source) => {
    expect(fixes(text, format)).toEqual([
      {source, actual: 'reeds eerder', fix: undefined, expected: undefined},
    ])
  })

  // Per-character source maps: the same word twice in a paragraph whose source is not one-to-one
  // (before, the range was narrowed to the one literal occurrence, so two got no fix at all).
  it.each<[string, Format, string]>([
    [
      'list item with an escape, continued',
      'md',
      '- Wij \\& u hebben uw brief reeds\n  ontvangen en reeds gelezen.\n',
    ],
    ['escaped asterisks', 'md', 'Wij \\*hebben\\* reeds en reeds gebeld.\n'],
    [
      'ordered item with entities, continued',
      'md',
      '1. Wij &amp; u hebben reeds\n   gebeld, reeds &#233;&eacute;n keer.\n',
    ],
    ['block quote continued', 'md', '> Wij hebben reeds\n> gebeld, reeds twee keer.\n'],
    ['image description', 'md', '![Wij hebben *uw* brief reeds en reeds gelezen](brief.png)\n'],
    ['stray end tag in HTML', 'html', '<p>Wij </b> hebben reeds en reeds gebeld.</p>'],
    ['CRLF and an entity in HTML', 'html', '<p>Wij &amp; u\r\n  hebben reeds en reeds gebeld.</p>'],
  ])('%s: each occurrence gets its own exact range and fix', (_, format, text) => {
    const fix = {source: 'reeds', actual: 'reeds', fix: 'safe', expected: 'al'}
    expect(fixes(text, format)).toEqual([fix, fix])
  })

  it.each<[string, Format, string, string]>([
    [
      'a block quote prefix',
      'md',
      '> Wij zullen uw aanvraag in behandeling\n> nemen en bellen u.\n',
      'in behandeling\n> nemen',
    ],
    [
      'the indentation of a list item',
      'md',
      '- Wij hebben uw aanvraag in behandeling\n  genomen en bellen u.\n',
      'in behandeling\n  genomen',
    ],
    [
      'emphasis in an image description',
      'md',
      'Zie ![het formulier dat wij in behandeling **genomen** hebben](formulier.png).\n',
      'in behandeling **genomen',
    ],
    [
      'a stray end tag',
      'html',
      '<p>Wij hebben uw aanvraag in </b>behandeling genomen.</p>',
      'in </b>behandeling genomen',
    ],
  ])(
    'a phrase across %s keeps a range on the text it covers, without a fix',
    (_, format, text, source) => {
      const [finding] = checker
        .check({text, format})
        .findings.filter((f) => f.ruleId === 'ambtelijke-taal' && f.actual.startsWith('in '))
      expect(text.slice(finding!.range.start.offset, finding!.range.end.offset)).toBe(source)
      expect(finding!.fix).toBeUndefined()
      expect(finding!.expected).toBeUndefined()
    },
  )

  // Where the loader loses the parser (a malformed tag, an image inside an image description) it
  // re-synchronises on the next equal character: the range is on the text, never a fix.
  it.each<[string, Format, string, string, string]>([
    [
      'a malformed end tag',
      'html',
      '<p>Woning I<font face="Arial">ndien</fon<i>t></i> "een aan<a href="https://www.dronten.nl/reeds">vang</a> indien.</p>',
      'aanvang',
      'aan<a href="https://www.dronten.nl/reeds">vang',
    ],
    [
      'an image inside an image description',
      'md',
      '![D![och](logo.png) het](logo.png) is goed.\n',
      'Doch',
      'D![och',
    ],
  ])('after %s the range covers the text, without a fix', (_, format, text, actual, source) => {
    const found = checker
      .check({text, format})
      .findings.filter((f) => f.ruleId === 'ambtelijke-taal' && f.actual === actual)
      .map((f) => ({source: text.slice(f.range.start.offset, f.range.end.offset), fix: f.fix}))
    expect(found).toEqual([{source, fix: undefined}])
  })
})

describe('an address shown as its own link text is not text to fix (found by pnpm fuzz)', () => {
  it.each<[string, string]>([
    ['a bare URL that runs on into a word', 'Zie https://x.nl">reeds) voor meer.\n'],
    ['an autolink in angle brackets', 'Kijk op <https://www.dronten.nl/reeds> voor meer.\n'],
    ['a www literal', 'Kijk op www.dronten.nl/reeds voor meer.\n'],
  ])('%s: no finding inside the address', (_, text) => {
    expect(fixes(text, 'md')).toEqual([])
  })

  it('a word in the text of a real link is still reported and fixed', () => {
    expect(fixes('Wij hebben uw brief [reeds ontvangen](https://x.nl).\n', 'md')).toEqual([
      {source: 'reeds', actual: 'reeds', fix: 'safe', expected: 'al'},
    ])
  })
})
