import {createCheckerSync} from '@duidelijk/core'
import {describe, expect, it} from 'vitest'
import {compact} from '../../src/formatters/compact.js'
import {github} from '../../src/formatters/github.js'
import {inert} from '../../src/formatters/inert.js'
import {stylish} from '../../src/formatters/stylish.js'

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
