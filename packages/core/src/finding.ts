import {VFileMessage} from 'vfile-message'
import type {FileRange, ReadableLocation, Severity, SourceRange} from './types.js'

/**
 * One finding: a `VFileMessage` (so unified reporters work on it) with the exact range in the
 * original source, the severity, the fix kind and the replacement texts in `expected`.
 */
export class Finding extends VFileMessage {
  /** The configured severity of this finding. */
  severity: Severity
  /** Exact range in the original source. */
  range: SourceRange
  /** Id of the message within the rule's `meta.messages`. */
  messageId: string
  /** `safe`: `expected[0]` may replace the range automatically; `suggestion`: needs review. */
  fix: 'safe' | 'suggestion' | undefined
  /** Readable location for formats without lines (docx), e.g. "alinea 4". */
  location: ReadableLocation | undefined
  /** `expected` is computed on first use (slow spelling suggestions): editors ask for it late. */
  lazyExpected: boolean
  /**
   * The range touches personal data (or a replacement contains it): `actual` and the message are
   * masked, and front ends never print the replacements.
   */
  sensitive: boolean
  /** Source unit the finding sits in (e-mail part, docx part), when the format has several. */
  part: string | undefined
  /** E-mail: the range in the raw file on disk (`range` is in the decoded subject and body). */
  fileRange: FileRange | undefined

  constructor(init: {
    reason: string
    ruleId: string
    messageId: string
    severity: Severity
    range: SourceRange
    url: string
    actual?: string
    /** Replacements, or a function computing them on first use (slow suggestions). */
    expected?: string[] | (() => string[])
    fix?: 'safe' | 'suggestion'
    note?: string
    location?: ReadableLocation
    part?: string
    sensitive?: boolean
    fileRange?: FileRange
  }) {
    // `VFileMessage` extends `Error`, whose constructor records a stack trace (V8: up to
    // `Error.stackTraceLimit` frames) that `VFileMessage` then replaces with '' at once: the
    // trace was most of the cost of making a finding (about 3 µs of 3.5, some 50 findings per
    // letter). Without frames the message gets the same own properties and values.
    const limit = Error.stackTraceLimit
    if (typeof limit === 'number') Error.stackTraceLimit = 0
    try {
      super(init.reason, {
        place: {start: {...init.range.start}, end: {...init.range.end}},
        ruleId: init.ruleId,
        source: 'duidelijk',
      })
    } finally {
      if (typeof limit === 'number') Error.stackTraceLimit = limit
    }
    this.severity = init.severity
    this.range = init.range
    this.messageId = init.messageId
    this.fatal = init.severity === 'error' ? true : init.severity === 'warning' ? false : undefined
    this.url = init.url
    if (init.actual !== undefined) this.actual = init.actual
    const expected = init.expected
    this.lazyExpected = typeof expected === 'function'
    if (typeof expected === 'function') {
      let computed: string[] | undefined
      Object.defineProperty(this, 'expected', {
        enumerable: true,
        configurable: true,
        get: () => (computed ??= expected()),
        set: (value: string[]) => {
          computed = value
        },
      })
    } else if (expected !== undefined) this.expected = expected
    if (init.note !== undefined) this.note = init.note
    this.fix = init.fix
    this.location = init.location
    this.part = init.part
    this.fileRange = init.fileRange
    this.sensitive = init.sensitive ?? false
  }

  /** A plain JSON object with the fields front ends need. */
  toJSON(): FindingJSON {
    return {
      ruleId: this.ruleId ?? '',
      messageId: this.messageId,
      severity: this.severity,
      message: this.reason,
      range: this.range,
      actual: this.actual ?? undefined,
      expected: this.sensitive ? undefined : (this.expected ?? undefined),
      fix: this.fix,
      url: this.url ?? undefined,
      note: this.note ?? undefined,
      location: this.location,
      part: this.part,
      ...(this.fileRange ? {fileRange: this.fileRange} : {}),
      sensitive: this.sensitive,
    }
  }
}

/** JSON shape of a finding. */
export interface FindingJSON {
  ruleId: string
  messageId: string
  severity: Severity
  message: string
  range: SourceRange
  actual: string | undefined
  expected: string[] | undefined
  fix: 'safe' | 'suggestion' | undefined
  url: string | undefined
  note: string | undefined
  location: ReadableLocation | undefined
  part: string | undefined
  fileRange?: FileRange
  sensitive: boolean
}
