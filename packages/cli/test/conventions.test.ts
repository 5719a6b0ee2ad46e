// Command-line conventions users know from other tools (issue #17, point 6).
import {describe, expect, it} from 'vitest'
import {useColor} from '../src/main.js'
import {folder, run} from './helpers.js'

describe('conventions', () => {
  it('honours FORCE_COLOR and NO_COLOR; the flags win', () => {
    const tty = {isTTY: true}
    const pipe = {isTTY: false}
    expect(useColor({}, pipe, {FORCE_COLOR: '1'})).toBe(true)
    expect(useColor({}, pipe, {FORCE_COLOR: '3'})).toBe(true)
    expect(useColor({}, pipe, {FORCE_COLOR: ''})).toBe(true)
    expect(useColor({}, tty, {FORCE_COLOR: '0'})).toBe(false)
    expect(useColor({}, tty, {FORCE_COLOR: 'false'})).toBe(false)
    expect(useColor({}, tty, {NO_COLOR: '1'})).toBe(false)
    expect(useColor({}, tty, {})).toBe(true)
    expect(useColor({}, pipe, {})).toBe(false)
    expect(useColor({'no-color': true}, pipe, {FORCE_COLOR: '1'})).toBe(false)
    expect(useColor({color: true}, pipe, {NO_COLOR: '1'})).toBe(true)
  })

  it('colours CI logs when FORCE_COLOR is set (stdout is no terminal there)', async () => {
    const root = folder({'a.txt': 'Wij hebben uw aanvraag reeds ontvangen.\n'})
    const plain = await run(['a.txt', '--no-metrics'], root)
    const forced = await run(['a.txt', '--no-metrics'], root, {env: {FORCE_COLOR: '1'}})
    expect(plain.stdout).not.toContain('\u001b[')
    expect(forced.stdout).toContain('\u001b[33mwaarschuwing')
  })

  it('answers unknown options and missing values in Dutch', async () => {
    const root = folder({'a.txt': 'Wij hebben uw aanvraag ontvangen.\n'})
    const unknown = await run(['--formaat', 'json', 'a.txt'], root)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr.split('\n')[0]).toBe(
      'duidelijk: onbekende optie --formaat; zie duidelijk --help',
    )
    const missing = await run(['a.txt', '--format'], root)
    expect(missing.stderr.split('\n')[0]).toBe('duidelijk: optie --format verwacht een waarde')
  })
})
