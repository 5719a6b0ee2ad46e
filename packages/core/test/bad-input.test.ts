import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {createChecker, type Checker} from '../src/checker.js'
import {firstInvalidUtf8} from '../src/decode.js'
import {isDuidelijkError} from '../src/errors.js'

/** Files as editors save them (Notepad's UTF-16, an old Windows export, a PNG). */
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)))

let checker: Checker
beforeAll(async () => {
  checker = await createChecker({})
})

const bytes = (text: string) => new TextEncoder().encode(text)

function errorOf(run: () => unknown): {code: string; message: string} {
  try {
    run()
  } catch (error) {
    if (isDuidelijkError(error)) return {code: error.code, message: error.message}
    throw error
  }
  throw new Error('expected an error')
}

/** Paths of every number in the metrics that is NaN or infinite. */
function notFinite(value: unknown, path = 'metrics'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path]
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, item]) => notFinite(item, `${path}.${key}`))
}

describe('bad input', () => {
  it('an empty file gives no findings and zero metrics', () => {
    const result = checker.check({path: 'leeg.txt', bytes: new Uint8Array()})
    expect(result.findings).toEqual([])
    expect([
      result.metrics.words,
      result.metrics.sentences,
      result.metrics.fleschDouma,
      result.metrics.level.level,
    ]).toEqual([0, 0, 0, 'onbekend'])
    expect(notFinite(result.metrics)).toEqual([])
  })

  it('whitespace only is the same as empty', () => {
    const result = checker.check({path: 'spaties.txt', text: '  \n\n\t \r\n '})
    expect(result.findings).toEqual([])
    expect(result.metrics.words).toBe(0)
    expect(notFinite(result.metrics)).toEqual([])
    // Punctuation only: no words, still no NaN.
    expect(notFinite(checker.check({path: 'streep.txt', text: '---\n\n...'}).metrics)).toEqual([])
  })

  it('a binary file gets a Dutch error naming the file', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ])
    expect(errorOf(() => checker.check({path: 'logo.txt', bytes: png}))).toEqual({
      code: 'binary',
      message:
        'logo.txt: dit is geen tekstbestand (binaire gegevens gevonden). Controleer of u het juiste bestand opgeeft.',
    })
  })

  it('invalid UTF-8 with encoding utf-8 names the byte and its position; with windows-1252 it decodes', () => {
    const latin1 = new Uint8Array([
      ...bytes('Geachte heer Bakker, uw caf'),
      0xe9,
      ...bytes(' is open.'),
    ])
    expect(
      errorOf(() => checker.check({path: 'oud.txt', bytes: latin1, encoding: 'utf-8'})),
    ).toEqual({
      code: 'encoding',
      message:
        'oud.txt: dit bestand is geen geldige UTF-8 (ongeldige byte 0xE9 op positie 27). Sla het op als UTF-8, of geef de tekenset op (bijvoorbeeld windows-1252).',
    })
    const result = checker.check({path: 'oud.txt', bytes: latin1, encoding: 'windows-1252'})
    expect(result.document.source).toBe('Geachte heer Bakker, uw café is open.')
  })

  it('a UTF-8 BOM is removed: offsets count from the first character after it', () => {
    const text = 'Wij hebben Uw brief.'
    const result = checker.check({
      path: 'bom.txt',
      bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]),
    })
    const finding = result.findings.find((f) => f.ruleId === 'aanspreekvorm')!
    expect(finding.range.start).toEqual({line: 1, column: 12, offset: 11})
    expect(result.document.source).toBe(text)
  })

  it('a UTF-16 file with BOM is decoded', () => {
    const text = 'Wij hebben Uw brief.'
    const utf16 = new Uint8Array(2 + text.length * 2)
    utf16.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i)
    const result = checker.check({path: 'utf16.txt', bytes: utf16})
    expect(result.findings.find((f) => f.ruleId === 'aanspreekvorm')!.range.start).toEqual({
      line: 1,
      column: 12,
      offset: 11,
    })
  })

  it('CRLF line ends give exact lines and columns', () => {
    const text = 'Beste Sanne,\r\n\r\nWij hebben Uw brief ontvangen.\r\n'
    const finding = checker
      .check({path: 'crlf.txt', text})
      .findings.find((f) => f.ruleId === 'aanspreekvorm')!
    expect(finding.range.start).toEqual({line: 3, column: 12, offset: 27})
    expect(text.slice(finding.range.start.offset, finding.range.end.offset)).toBe('Uw')
  })

  it('a 20 MB text gets a clear size error; with a raised limit a large text completes', async () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x61)
    expect(errorOf(() => checker.check({path: 'groot.txt', bytes: big}))).toEqual({
      code: 'too-large',
      message:
        'groot.txt: het bestand is 20.0 MB; duidelijk controleert bestanden tot 10.0 MB (instelling maxFileSize). Splits de tekst op of verhoog de grens.',
    })
    const raised = await createChecker({maxFileSize: 50 * 1024 * 1024, rules: {spelling: 'off'}})
    const paragraph =
      'Wij hebben uw aanvraag ontvangen en wij sturen u binnen twee weken een besluit.\n\n'
    const text = paragraph.repeat(12_000) // about 1 MB
    const result = raised.check({path: 'groot.txt', text})
    expect(result.metrics.sentences).toBe(12_000)
  })

  it('NUL bytes inside text are binary', () => {
    expect(
      errorOf(() =>
        checker.check({
          path: 'nul.txt',
          bytes: new Uint8Array([...bytes('Beste'), 0, ...bytes('Sanne')]),
        }),
      ).code,
    ).toBe('binary')
  })

  it('a real PNG named .txt is binary', () => {
    expect(errorOf(() => checker.check({path: 'logo.txt', bytes: fixture('logo.png')})).code).toBe(
      'binary',
    )
  })

  it('a Windows-1252 export is detected (info finding tekenset), decodes with encoding, and is an error with strict utf-8', () => {
    const bytes = fixture('windows-1252.txt')
    const detected = checker.check({path: 'export.txt', bytes})
    expect(detected.document.meta.detectedEncoding).toBe('windows-1252')
    expect(detected.document.source.startsWith('Geachte heer Müller,')).toBe(true)
    expect(
      detected.findings
        .filter((f) => f.ruleId === 'tekenset')
        .map((f) => [f.severity, f.range.start.line, f.reason]),
    ).toEqual([
      [
        'info',
        1,
        'Dit bestand is niet opgeslagen als UTF-8; duidelijk las het als Windows-1252. Sla het op als UTF-8, zodat tekens als é en € in elk programma goed blijven.',
      ],
    ])
    expect(
      errorOf(() => checker.check({path: 'export.txt', bytes, encoding: 'utf-8'})).message,
    ).toBe(
      'export.txt: dit bestand is geen geldige UTF-8 (ongeldige byte 0xFC op positie 14). Sla het op als UTF-8, of geef de tekenset op (bijvoorbeeld windows-1252).',
    )
    const result = checker.check({path: 'export.txt', bytes, encoding: 'windows-1252'})
    expect(result.document.source).toBe(
      'Geachte heer Müller,\r\n\r\nWij geven Uw café een vergunning voor het terras. De leges zijn € 45,00. Dat geldt ’s avonds ook.\r\n',
    )
    const finding = result.findings.find((f) => f.ruleId === 'aanspreekvorm')!
    expect([finding.range.start, finding.actual]).toEqual([{line: 3, column: 11, offset: 34}, 'Uw'])
  })

  it('a Notepad UTF-16 LE file with BOM and CRLF gives exact positions', () => {
    const result = checker.check({
      path: 'kladblok.txt',
      bytes: fixture('kladblok-utf16le-crlf.txt'),
    })
    const finding = result.findings.find((f) => f.ruleId === 'aanspreekvorm')!
    expect(finding.range.start).toEqual({line: 3, column: 12, offset: 39})
    expect(result.document.source.slice(39, 41)).toBe('Uw')
  })

  it('UTF-16 BE with BOM decodes; UTF-16 without BOM needs the encoding named', () => {
    const text = 'Wij hebben Uw brief.'
    const be = new Uint8Array(2 + text.length * 2)
    be.set([0xfe, 0xff])
    for (let i = 0; i < text.length; i++) be[3 + i * 2] = text.charCodeAt(i)
    expect(checker.check({path: 'be.txt', bytes: be}).document.source).toBe(text)
    const le = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) le[i * 2] = text.charCodeAt(i)
    expect(errorOf(() => checker.check({path: 'le.txt', bytes: le})).code).toBe('binary')
    expect(checker.check({path: 'le.txt', bytes: le, encoding: 'utf-16le'}).document.source).toBe(
      text,
    )
  })

  it('a UTF-8 BOM in Markdown: offsets and columns count from after the BOM', () => {
    const result = checker.check({path: 'bom.md', bytes: fixture('utf8-bom.md')})
    const finding = result.findings.find((f) => f.ruleId === 'aanspreekvorm')!
    expect(finding.range.start).toEqual({line: 3, column: 12, offset: 26})
    expect(result.document.source.slice(26, 28)).toBe('Uw')
  })

  it('a NUL byte after the first 8 KB is still binary', () => {
    const text = bytes('Wij hebben uw brief ontvangen. '.repeat(400))
    const withNul = new Uint8Array(text.length + 1)
    withNul.set(text)
    expect(errorOf(() => checker.check({path: 'staart.txt', bytes: withNul})).code).toBe('binary')
  })

  it('finds the first invalid UTF-8 byte: overlong, surrogate, too high, cut short', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0xaf]))).toBe(1)
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xe0, 0x80, 0xaf]))).toBe(2)
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0)
    expect(firstInvalidUtf8(new Uint8Array([0xc3, 0xa9, 0xf5, 0x80, 0x80, 0x80]))).toBe(2)
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toBe(1)
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x80]))).toBe(1)
    expect(firstInvalidUtf8(bytes('café €5 𝄞'))).toBe(-1)
    expect(
      errorOf(() =>
        checker.check({
          path: 'kapot.txt',
          bytes: new Uint8Array([...bytes('Beste '), 0xed, 0xa0, 0x80]),
          encoding: 'utf-8',
        }),
      ).message,
    ).toContain('ongeldige byte 0xED op positie 6')
  })

  it('an unsupported format is a clear error', () => {
    expect(
      errorOf(() =>
        checker.check({path: 'brief.pdf', bytes: bytes('%PDF'), format: 'pdf' as never}),
      ),
    ).toEqual({
      code: 'format',
      message: 'brief.pdf: het formaat "pdf" wordt (nog) niet ondersteund',
    })
  })
})
