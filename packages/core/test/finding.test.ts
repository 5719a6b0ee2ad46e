import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {Finding} from '../src/finding.js'

const init = () => ({
  reason: 'Deze zin is lang.',
  ruleId: 'zinslengte',
  messageId: 'lang',
  severity: 'warning' as const,
  range: {
    start: {line: 2, column: 3, offset: 10},
    end: {line: 2, column: 9, offset: 16},
  },
  url: 'https://example.org/regels/zinslengte',
  actual: 'zinnen',
  expected: ['zin'],
  fix: 'suggestion' as const,
})

/** Own property names (in order) with their descriptors, of a finding or message. */
const shape = (message: object) =>
  Reflect.ownKeys(message).map((key) => [
    String(key),
    Object.getOwnPropertyDescriptor(message, key),
  ])

describe('Finding', () => {
  it('records no stack trace, and is the same message as one made while traces are recorded', () => {
    const before = Error.stackTraceLimit
    const finding = new Finding(init())
    // The limit is put back after construction.
    expect(Error.stackTraceLimit).toBe(before)
    expect(finding.stack).toBe('')
    // The same finding made with no stack traces at all (the limit at 0 throughout).
    Error.stackTraceLimit = 0
    let bare: Finding
    try {
      bare = new Finding(init())
    } finally {
      Error.stackTraceLimit = before
    }
    expect(shape(finding)).toEqual(shape(bare))
    expect(JSON.stringify(finding.toJSON())).toBe(JSON.stringify(bare.toJSON()))
    expect(finding).toBeInstanceOf(VFileMessage)
    // What the change rests on: a VFileMessage made with a stack trace has the same own
    // properties and values as one made without.
    const options = {place: init().range, ruleId: 'zinslengte', source: 'duidelijk'}
    const traced = new VFileMessage('Deze zin is lang.', options)
    Error.stackTraceLimit = 0
    let untraced: VFileMessage
    try {
      untraced = new VFileMessage('Deze zin is lang.', options)
    } finally {
      Error.stackTraceLimit = before
    }
    expect(shape(traced)).toEqual(shape(untraced))
    expect(finding.reason).toBe('Deze zin is lang.')
    expect(finding.place).toEqual(init().range)
  })

  it('keeps a stack trace limit the caller set, and errors made afterwards have their traces', () => {
    const before = Error.stackTraceLimit
    Error.stackTraceLimit = 3
    try {
      new Finding(init())
      expect(Error.stackTraceLimit).toBe(3)
    } finally {
      Error.stackTraceLimit = before
    }
    expect(new Error('x').stack).toContain('finding.test')
  })
})
