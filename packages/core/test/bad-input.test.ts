import {beforeAll, describe, expect, it} from 'vitest'
import {createChecker, type Checker} from '../src/checker.js'
import {isDuidelijkError} from '../src/errors.js'

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
  })

  it('whitespace only is the same as empty', () => {
    const result = checker.check({path: 'spaties.txt', text: '  \n\n\t \r\n '})
    expect(result.findings).toEqual([])
    expect(result.metrics.words).toBe(0)
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

  it('invalid UTF-8 names the byte and its position; with an encoding it decodes', () => {
    const latin1 = new Uint8Array([
      ...bytes('Geachte heer Bakker, uw caf'),
      0xe9,
      ...bytes(' is open.'),
    ])
    expect(errorOf(() => checker.check({path: 'oud.txt', bytes: latin1}))).toEqual({
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
