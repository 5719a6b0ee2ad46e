// Random letters for the fix properties (issue #19): sentences with Dutch officialese the rules
// flag (many with a safe fix), inside and around the markup of each format, plus random markup
// characters that may or may not turn into markup. Written for these tests; no seed sentences.
import fc from 'fast-check'
import {strToU8, zipSync} from 'fflate'
import type {Format} from '../../src/types.js'

/** Phrases the rules flag: officialese (safe fixes and suggestions), vague terms, long words. */
const FLAGGED = [
  'reeds',
  'Indien',
  'indien',
  'inzake',
  'derhalve',
  'alsmede',
  'ten behoeve van',
  'middels',
  'teneinde',
  'in behandeling nemen',
  'in behandeling genomen',
  'retourneren',
  'trachten',
  'verzoeken u',
  'dit schrijven',
  'spoedig',
  'thans',
  'dient',
  'conform',
  'omtrent',
  'aanvang',
  'doch',
  'ingevolge',
  'onverwijld',
  'woonlastenverzekeringsaanvraag',
]
/** Plain words of a letter, with accents and a number. */
const PLAIN = [
  'wij',
  'hebben',
  'uw',
  'aanvraag',
  'ontvangen',
  'de',
  'gemeente',
  'brief',
  'u',
  'krijgt',
  'een',
  'besluit',
  'over',
  'twee',
  'weken',
  'woning',
  'vergunning',
  'bellen',
  'ons',
  'het',
  'formulier',
  'terug',
  'voor',
  'en',
  'met',
  'café',
  'één',
  'Dronten',
  'paspoort',
  'op',
  '12',
  'mei',
]

const word = fc.oneof(
  {weight: 2, arbitrary: fc.constantFrom(...FLAGGED)},
  {weight: 3, arbitrary: fc.constantFrom(...PLAIN)},
)

/** Words of one sentence: a phrase counts as its words, so markup can go inside it. */
const sentenceWords = fc
  .oneof({weight: 9, arbitrary: fc.integer({min: 2, max: 10})}, fc.integer({min: 24, max: 30}))
  .chain((length) => fc.array(word, {minLength: length, maxLength: length}))
  .map((phrases) => {
    const words = phrases.flatMap((phrase) => phrase.split(' '))
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1)
    return words
  })

/** How a format marks up a run of words, and its noise (stray markup characters). */
interface Markup {
  /** Open and close strings around a run of words. */
  wraps: ReadonlyArray<readonly [string, string]>
  /** A piece of markup that stands alone between words (an entity, an escape, a stray tag). */
  pieces: readonly string[]
  /** Characters glued to a word, which may or may not become markup. */
  noise: readonly string[]
  /** Separators between words (besides a space); `\n` becomes a continuation line. */
  separators: readonly string[]
}

const MARKDOWN: Markup = {
  wraps: [
    ['**', '**'],
    ['*', '*'],
    ['_', '_'],
    ['__', '__'],
    ['~~', '~~'],
    ['[', '](https://www.dronten.nl/reeds)'],
    ['[', '][regels]'],
    ['<b>', '</b>'],
    ['<a href="https://x.nl">', '</a>'],
    ['`', '`'],
    ['![', '](logo.png)'],
    ['<https://www.dronten.nl/', '>'],
  ],
  pieces: [
    '\\&',
    '&amp;',
    '&#233;',
    '&eacute;',
    '\\*',
    '</a>',
    '<br>',
    '<!-- x -->',
    '&nbsp;',
    '&#128512;',
    'www.dronten.nl/reeds',
    '<https://www.dronten.nl/thans>',
    '[^1]',
  ],
  noise: ['*', '_', '[', ']', '(', ')', '<', '>', '`', '\\', '&', '#', '~', '|', '!', '-', '"'],
  separators: ['\n', '  \n', '\\\n', '\t'],
}

const HTML: Markup = {
  wraps: [
    ['<b>', '</b>'],
    ['<i>', '</i>'],
    ['<strong>', '</strong>'],
    ['<em class="x">', '</em>'],
    ['<a href="https://www.dronten.nl/reeds">', '</a>'],
    ['<span style="color:red">', '</span>'],
    ['<abbr title="thans reeds">', '</abbr>'],
    ['<code>', '</code>'],
    ['<u>', '</u>'],
    ['<a title="reeds">', '</a>'],
    ['<font face="Arial">', '</font>'],
  ],
  pieces: [
    '&amp;',
    '&#233;',
    '&eacute;',
    '&#xe9;',
    '&nbsp;',
    '&lt;',
    '</a>',
    '</b>',
    '<br>',
    '<br/>',
    '<!-- reeds -->',
    '<img alt="Wij hebben reeds gebeld" src="x.png">',
    '<wbr>',
    '&#128512;',
    '&amp;nbsp;',
    '<img alt="caf&eacute; &amp; reeds" src="x.png">',
  ],
  noise: ['&', '<', '>', '"', "'", '=', ';', '#'],
  separators: ['\n', '\r\n', '\n    '],
}

const TEXT: Markup = {
  wraps: [
    ['"', '"'],
    ['(', ')'],
    ['*', '*'],
  ],
  pieces: ['-', '&', '€', '•'],
  noise: ['*', '-', '(', ')', '"', ':', ';', ','],
  separators: ['\n', '\r\n', '\r', '  '],
}

/**
 * A sentence in a format: its words with runs wrapped in markup (around a phrase, inside it or
 * across its edge), pieces of markup between words, noise glued to words, and separators. `\n` in
 * a separator is a line end; the block adds its continuation prefix.
 */
function sentence(markup: Markup): fc.Arbitrary<string> {
  return sentenceWords.chain((base) =>
    fc
      .record({
        wraps: fc.array(
          fc.record({
            at: fc.nat(base.length - 1),
            length: fc.integer({min: 1, max: 3}),
            wrap: fc.constantFrom(...markup.wraps),
          }),
          {maxLength: 3},
        ),
        extras: fc.array(
          fc.record({
            at: fc.nat(base.length - 1),
            kind: fc.constantFrom('piece', 'noise-before', 'noise-after', 'separator', 'split'),
            wrap: fc.constantFrom(...markup.wraps),
            piece: fc.constantFrom(...markup.pieces),
            noise: fc.constantFrom(...markup.noise),
            separator: fc.constantFrom(...markup.separators),
          }),
          {maxLength: 4},
        ),
      })
      .map(({wraps, extras}) => {
        const words = [...base]
        const before = words.map(() => '')
        const after = words.map(() => '')
        const separator = words.map(() => ' ')
        // Wraps that do not overlap an earlier one.
        const taken = words.map(() => false)
        for (const {at, length, wrap} of wraps) {
          const end = Math.min(words.length, at + length)
          if (taken.slice(at, end).some(Boolean)) continue
          for (let i = at; i < end; i++) taken[i] = true
          before[at] += wrap[0]
          after[end - 1] = wrap[1] + after[end - 1]
        }
        for (const extra of extras) {
          if (extra.kind === 'piece') separator[extra.at] = ` ${extra.piece} `
          else if (extra.kind === 'noise-before') before[extra.at] = extra.noise + before[extra.at]
          else if (extra.kind === 'noise-after') after[extra.at] += extra.noise
          else if (extra.kind === 'split' && words[extra.at]!.length > 1) {
            // Markup inside a word: re**eds**, re<b>eds</b>.
            const w = words[extra.at]!
            const cut = 1 + (extra.noise.charCodeAt(0) % (w.length - 1))
            words[extra.at] = w.slice(0, cut) + extra.wrap[0] + w.slice(cut) + extra.wrap[1]
          } else separator[extra.at] = extra.separator
        }
        let text = ''
        words.forEach((w, i) => {
          text += before[i] + w + after[i]
          if (i < words.length - 1) text += separator[i]
        })
        return text + '.'
      }),
  )
}

const sentences = (markup: Markup, max = 2) =>
  fc.array(sentence(markup), {minLength: 1, maxLength: max}).map((list) => list.join(' '))

/** Put a continuation prefix after every line end of a block's text. */
const continued = (text: string, prefix: string) => text.replace(/\r?\n|\r/g, (end) => end + prefix)

/** A Markdown letter: paragraphs, headings, lists, quotes, tables, code and HTML blocks. */
export const markdownLetter: fc.Arbitrary<string> = fc
  .record({
    blocks: fc.array(
      fc.oneof(
        {weight: 4, arbitrary: sentences(MARKDOWN)},
        sentence(MARKDOWN).map((s) => `## ${s.replace(/\r?\n/g, ' ')}`),
        sentence(MARKDOWN).map((s) => `${s.replace(/\r?\n/g, ' ')}\n===`),
        fc
          .tuple(
            fc.constantFrom(['- ', '  '], ['* ', '  '], ['1. ', '   '], ['- ', ''], ['+ ', '    ']),
            fc.array(sentences(MARKDOWN, 2), {minLength: 1, maxLength: 3}),
          )
          .map(([[marker, prefix], items]) =>
            items.map((item) => marker + continued(item, prefix)).join('\n'),
          ),
        fc
          .tuple(fc.constantFrom('> ', '>', '> > ', ''), sentences(MARKDOWN, 2))
          .map(([prefix, text]) => '> ' + continued(text, prefix)),
        fc
          .tuple(sentence(MARKDOWN), sentence(MARKDOWN))
          .map(
            ([a, b]) =>
              `| Wat | Hoe |\n| --- | --- |\n| ${cell(a)} | ${cell(b)} |\n| reeds | \\| thans |`,
          ),
        sentence(MARKDOWN).map((s) => '```\n' + s + '\n```'),
        sentence(HTML).map((s) => `<p>${s}</p>`),
      ),
      {minLength: 1, maxLength: 3},
    ),
    crlf: fc.boolean(),
    definition: fc.boolean(),
  })
  .map(({blocks, crlf, definition}) => {
    const text =
      blocks.join('\n\n') + (definition ? '\n\n[regels]: https://www.dronten.nl/thans\n' : '\n')
    return crlf ? text.replace(/\r?\n/g, '\r\n') : text
  })

/** A table cell holds one line; a `|` in it is escaped. */
const cell = (text: string) => text.replace(/\r?\n|\r/g, ' ').replace(/(?<!\\)\|/g, '\\|')

/** An HTML letter: paragraphs, headings, lists, quotes, tables, inline markup and entities. */
export const htmlLetter: fc.Arbitrary<string> = fc
  .record({
    blocks: fc.array(
      fc.oneof(
        {weight: 4, arbitrary: sentences(HTML).map((s) => `<p>${s}</p>`)},
        sentence(HTML).map((s) => `<h2>${s}</h2>`),
        fc
          .array(sentences(HTML, 2), {minLength: 1, maxLength: 3})
          .map((items) => `<ul>\n${items.map((i) => `  <li>${i}</li>`).join('\n')}\n</ul>`),
        sentences(HTML, 2).map((s) => `<blockquote><p>${s}</p></blockquote>`),
        fc
          .tuple(sentence(HTML), sentence(HTML))
          .map(([a, b]) => `<table><tr><td>${a}</td><td>${b}</td></tr></table>`),
        sentences(HTML, 2).map((s) => `<div>${s}<br>${s}</div>`),
        sentences(HTML, 1),
        sentence(HTML).map((s) => `<pre>${s}</pre>`),
      ),
      {minLength: 1, maxLength: 3},
    ),
    page: fc.boolean(),
  })
  .map(({blocks, page}) => {
    const body = blocks.join('\n')
    return page ? `<!doctype html>\n<html lang="nl"><body>\n${body}\n</body></html>\n` : body
  })

/** A plain-text letter: salutation, paragraphs (hard-wrapped or not), list items, closing. */
export const textLetter: fc.Arbitrary<string> = fc
  .record({
    blocks: fc.array(
      fc.oneof(
        {weight: 4, arbitrary: sentences(TEXT)},
        fc
          .array(sentences(TEXT, 1), {minLength: 1, maxLength: 3})
          .map((items) => items.map((i) => `- ${i}`).join('\n')),
        fc.constant('Geachte heer Jansen,'),
        fc.constant('Met vriendelijke groet,\n\nGemeente Dronten'),
      ),
      {minLength: 1, maxLength: 3},
    ),
    crlf: fc.boolean(),
  })
  .map(({blocks, crlf}) => {
    const text = blocks.join('\n\n') + '\n'
    return crlf ? text.replace(/\r?\n/g, '\r\n') : text
  })

/** An e-mail (8-bit UTF-8) with an HTML or a plain-text body. */
export const emailLetter: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), sentence(TEXT), htmlLetter, textLetter)
  .map(([html, subject, htmlBody, textBody]) =>
    [
      'From: gemeente@dronten.nl',
      'To: inwoner@example.nl',
      `Subject: ${subject.replace(/[\r\n]+/g, ' ')}`,
      'MIME-Version: 1.0',
      `Content-Type: text/${html ? 'html' : 'plain'}; charset=utf-8`,
      'Content-Transfer-Encoding: 8bit',
      '',
      html ? htmlBody : textBody,
    ].join('\r\n'),
  )

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** Text split into runs at random places (inside words and phrases), as Word does. */
const runs = (text: string, cuts: number[]): string[] => {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)
  const pieces: string[] = []
  let at = 0
  for (const point of [...points, text.length]) {
    if (point > at) pieces.push(text.slice(at, point))
    at = point
  }
  return pieces
}

const plainParagraphs = fc.array(
  fc.tuple(
    sentences(TEXT, 2).map((s) => s.replace(/[\r\n]+/g, ' ')),
    fc.array(fc.nat(), {maxLength: 5}),
  ),
  {minLength: 1, maxLength: 3},
)

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

/** A Word document whose paragraphs are split into runs at random places. */
export const docxLetter: fc.Arbitrary<Uint8Array> = plainParagraphs.map((paragraphs) => {
  const body = paragraphs
    .map(
      ([text, cuts]) =>
        `<w:p>${runs(text, cuts)
          .map((run) => `<w:r><w:t xml:space="preserve">${xml(run)}</w:t></w:r>`)
          .join('')}</w:p>`,
    )
    .join('')
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    ),
  })
})

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'

/** An OpenDocument text whose paragraphs are split into spans at random places. */
export const odtLetter: fc.Arbitrary<Uint8Array> = plainParagraphs.map((paragraphs) => {
  const body = paragraphs
    .map(
      ([text, cuts]) =>
        `<text:p>${runs(text, cuts)
          .map((run, i) => (i % 2 ? `<text:span>${xml(run)}</text:span>` : xml(run)))
          .join('')}</text:p>`,
    )
    .join('')
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), {level: 0}],
    'content.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    ),
  })
})

/** The letter generator of each format. */
export const LETTERS = {
  txt: textLetter,
  md: markdownLetter,
  html: htmlLetter,
  eml: emailLetter,
  docx: docxLetter,
  odt: odtLetter,
} satisfies Record<Format, fc.Arbitrary<string | Uint8Array>>
