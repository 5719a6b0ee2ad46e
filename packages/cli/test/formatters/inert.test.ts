import {createRequire} from 'node:module'
import {createCheckerSync} from '@duidelijk/core'
import {describe, expect, it} from 'vitest'
import {compact} from '../../src/formatters/compact.js'
import {github} from '../../src/formatters/github.js'
import {inert} from '../../src/formatters/inert.js'
import {gitlab} from '../../src/formatters/gitlab.js'
import {json} from '../../src/formatters/json.js'
import {junit} from '../../src/formatters/junit.js'
import {sarif} from '../../src/formatters/sarif.js'
import {stylish} from '../../src/formatters/stylish.js'
import {stats} from '../../src/stats.js'

// Escape sequences in letter text and file names (issue #19): screen clear, window title (OSC).
const CLEAR = '\u001b[2J'
const TITLE = '\u001b]0;gehackt\u0007'
const checker = createCheckerSync({rules: {spelling: 'off'}})
const result = {
  ...checker.check({
    text: `Wij hebben uw aanvraag reeds ontvangen. ${CLEAR}Tot ${TITLE}ziens.`,
    format: 'txt',
  }),
  path: `brief${TITLE}.txt`,
}

describe('inert terminal output', () => {
  it('shows control characters as visible escapes, keeps tab and newline', () => {
    expect(inert(`a${CLEAR}b\tc\nd\u009be\r`)).toBe('a\\x1B[2Jb\tc\nd\\x9Be\\x0D')
  })

  it.each([
    ['stylish', () => stylish([result], {color: false})],
    ['stylish in colour', () => stylish([result], {color: true})],
    ['compact', () => compact([result])],
    ['github', () => github([result])],
  ])('%s prints no escape of the letter or the file name', (_, format) => {
    const output = format()
    expect(output).toContain('brief\\x1B]0;gehackt\\x07.txt')
    expect(output).not.toContain(TITLE)
    expect(output).not.toContain(CLEAR)
    // Only the formatter's own colour codes remain, each one closed.
    // eslint-disable-next-line no-control-regex
    const escapes = output.match(/\u001b\[[0-9;]*m/g) ?? []
    expect(output.split('\u001b').length - 1).toBe(escapes.length)
  })
})

// XML 1.0 and JSON reports with escape sequences, C1 controls and a lone surrogate in letter
// text and file names (issue #19): junit must stay well-formed XML, no report may hold a raw ESC.
const C1_CSI = '\u009b31m'
const hostile = {
  ...checker.check({
    text: `Wij hebben uw aanvraag reeds ontvangen ${CLEAR}${C1_CSI}. Indien u vragen heeft${TITLE}, bel ons.\u0001\u000b\ud800`,
    format: 'txt',
  }),
  path: `brief${TITLE}\u0008&<"${C1_CSI}.txt`,
}
// saxes (core's XML parser) checks XML 1.0 well-formedness, characters included.
const {SaxesParser} = createRequire(new URL('../../../core/package.json', import.meta.url))(
  'saxes',
) as typeof import('saxes')

describe('reports written into XML and JSON', () => {
  it('junit is well-formed XML 1.0 and shows control characters as visible escapes', () => {
    const output = junit([hostile])
    const errors: string[] = []
    const attributes: string[] = []
    const texts: string[] = []
    const parser = new SaxesParser({xmlns: false})
    parser.on('error', (error) => errors.push(error.message))
    parser.on('opentag', (tag) => attributes.push(...Object.values(tag.attributes as object)))
    parser.on('text', (text) => texts.push(text))
    parser.write(output).close()
    expect(errors).toEqual([])
    // eslint-disable-next-line no-control-regex
    expect(output).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/)
    expect(attributes).toContain('brief\\x1B]0;gehackt\\x07\\x08&<"\\x9B31m.txt')
    expect(texts.join('')).toContain('‘Reeds’ is ouderwets voor ‘al’.')
  })

  it.each([
    ['json', () => json([hostile]), '\\u009b31m'],
    // SARIF result URIs are percent-encoded (UTF-8), so the file name's C1 control is %C2%9B.
    ['sarif', () => sarif([hostile], {rules: [], version: '0.1.0'}), '%C2%9B31m'],
    ['gitlab', () => gitlab([hostile]), '\\u009b31m'],
    ['stats json', () => stats([hostile], 'json'), '\\u009b31m'],
  ])('%s holds no raw control character and parses back to the same text', (_, format, csi) => {
    const output = format()
    // eslint-disable-next-line no-control-regex
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    expect(JSON.stringify(JSON.parse(output))).toContain('gehackt')
    expect(output).toContain(csi)
  })

  it.each([
    ['stylish in colour', () => stylish([hostile], {color: true})],
    ['compact', () => compact([hostile])],
    ['stats table', () => stats([hostile], 'table')],
    ['stats csv', () => stats([hostile], 'csv')],
  ])(
    '%s: no raw control character but its own colours, every line ends with colours closed',
    (_, format) => {
      const output = format()
      for (const line of output.split('\n')) {
        // eslint-disable-next-line no-control-regex
        const controls = line.replace(/\u001b\[[0-9;]*m/g, '')
        // eslint-disable-next-line no-control-regex
        expect(controls).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
        // eslint-disable-next-line no-control-regex
        const codes = line.match(/\u001b\[[0-9;]*m/g) ?? []
        if (codes.length) expect(codes.at(-1)).toBe('\u001b[0m')
      }
    },
  )

  it('compact keeps one line per finding when a file name holds a newline', () => {
    const output = compact([{...hostile, path: 'brief\n::error::nep.txt'}])
    const lines = output.trim().split('\n')
    expect(lines.length).toBe(hostile.findings.length)
    for (const line of lines) expect(line.startsWith('brief\\x0A::error::nep.txt:')).toBe(true)
  })
})
