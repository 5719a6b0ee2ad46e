import type {ResolvedRule} from '../config/types.js'
import {Finding} from '../finding.js'
import {guardReplacements} from '../nlp/fit.js'
import {ruleUrl, type ReportDescriptor, type Rule} from '../rule.js'
import {SEVERITY_RANK} from '../severity.js'
import type {Locator} from '../sourcemap.js'
import type {Document, FixKind, Severity, SourceRange} from '../types.js'
import {formatMessage} from './message.js'
import type {Redaction} from '../redact.js'

/**
 * Turn a rule's report into a Finding: check it against the rule's metadata (known message id,
 * no fix stronger than `meta.fixable`, a range), map its range to the source, fill the message.
 */
export function toFinding(
  rule: Rule<never>,
  setting: ResolvedRule,
  descriptor: ReportDescriptor,
  document: Document,
  locator: Locator,
  redactions: readonly Redaction[] = [],
): Finding {
  const template = rule.meta.messages[descriptor.messageId]
  if (template === undefined) {
    throw new Error(`Rule ${rule.id} reported unknown messageId "${descriptor.messageId}"`)
  }
  const fix = fixOf(rule, descriptor)
  const start = descriptor.start ?? descriptor.node?.position?.start.offset
  const end = descriptor.end ?? descriptor.node?.position?.end.offset
  if (start === undefined || end === undefined) {
    throw new Error(`Rule ${rule.id} reported without a range`)
  }
  const {range, exact} = exactRange(locator, document, start, end)
  const located = document.locate?.(range.start.offset, redactions)
  const fileRange = document.fileRange?.(range.start.offset, range.end.offset)
  const part =
    document.partOf?.(range.start.offset) ??
    (typeof document.meta.part === 'string' ? document.meta.part : undefined)
  const actual = descriptor.actual ?? document.source.slice(range.start.offset, range.end.offset)
  // The message quotes the flagged text as the reader sees it: where the source does not read
  // back as the analysed text (an entity such as `ge&iuml;ndexeerd`, markup inside the range),
  // the analysed text (blind letters, set-kk: a message quoted the HTML entity). `actual` stays
  // the source, as the range reads.
  const shown = descriptor.actual ?? (exact ? actual : document.text.slice(start, end))
  // Suggestion safety (nlp/fit.ts): no doubled word at the seams, sentence-start capitals kept;
  // a report left without a fitting replacement offers no fix.
  // A range that does not read back as the text the rule saw gets no replacement at all (issue
  // #19: a 'safe' fix replaced a whole list item, or cut a phrase across **markup**).
  const expected = !exact
    ? undefined
    : descriptor.expected
      ? guardReplacements(
          document.source,
          range.start.offset,
          range.end.offset,
          descriptor.expected,
        )
      : undefined
  const finalFix = expected && expected.length === 0 ? undefined : fix
  const init: ConstructorParameters<typeof Finding>[0] = {
    reason: formatMessage(template, {
      actual: shown,
      ...(expected?.[0] === undefined ? {} : {expected: expected[0]}),
      ...descriptor.data,
    }),
    ruleId: rule.id,
    messageId: descriptor.messageId,
    severity: severityOf(setting, descriptor),
    range,
    url: ruleUrl(rule.id),
    actual,
    ...(expected
      ? expected.length > 0
        ? {expected}
        : {}
      : descriptor.lazyExpected && exact
        ? {expected: descriptor.lazyExpected}
        : {}),
    ...(finalFix && finalFix !== 'none' && exact ? {fix: finalFix} : {}),
    ...(descriptor.note ? {note: descriptor.note} : {}),
    ...(located ? {location: located} : {}),
    ...(descriptor.sensitive ? {sensitive: true} : {}),
    ...(part === undefined ? {} : {part}),
    ...(fileRange ? {fileRange} : {}),
  }
  // A Finding is an Error (VFileMessage): capturing a stack trace for every finding is the most
  // expensive part of a check, and nobody reads those traces.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return new Finding(init)
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
}

/**
 * The source range of a report, and whether it is exact: the source there reads back as the text
 * the rule saw. Every loader maps text to source character by character (issue #19), so a range
 * that does not read back crosses markup (`**reeds** eerder`, a link, `<b>`, the indentation of a
 * continued list item, an entity or escape) and keeps its range on the text it covers, without a
 * fix. A range that touches a stretch the loader could only map approximately (it lost the parser
 * and re-synchronised, see formats/align.ts) or as a whole gets no fix either, even when it reads
 * back: the map is not known to be exact there.
 */
function exactRange(
  locator: Locator,
  document: Document,
  start: number,
  end: number,
): {range: SourceRange; exact: boolean} {
  const range = locator.range(start, end)
  if (locator.coarse(start, end)) return {range, exact: false}
  const seen = document.text.slice(start, end)
  return {range, exact: document.source.slice(range.start.offset, range.end.offset) === seen}
}

/** The fix kind of a report; throws when it is stronger than the rule declares. */
function fixOf(rule: Rule<never>, descriptor: ReportDescriptor): FixKind | undefined {
  const offersReplacement = Boolean(descriptor.expected?.length || descriptor.lazyExpected)
  if (rule.meta.fixable === 'none' && (offersReplacement || descriptor.fix)) {
    throw new Error(`Rule ${rule.id} offered a replacement but declares fixable: none`)
  }
  const fix = descriptor.fix ?? (offersReplacement ? rule.meta.fixable : undefined)
  if (fix !== undefined && fix !== 'none') {
    const allowed = rule.meta.fixable
    if (allowed === 'none' || (fix === 'safe' && allowed !== 'safe')) {
      throw new Error(`Rule ${rule.id} offered a ${fix} fix but declares fixable: ${allowed}`)
    }
    if (!offersReplacement) {
      throw new Error(`Rule ${rule.id} offered a fix without replacement text`)
    }
  }
  return fix
}

/**
 * A graded rule may report a severity per finding; an explicitly configured severity is then the
 * maximum.
 */
function severityOf(setting: ResolvedRule, descriptor: ReportDescriptor): Severity {
  const configured = setting.severity === 'off' ? 'info' : setting.severity
  if (
    descriptor.severity &&
    setting.explicit &&
    SEVERITY_RANK[descriptor.severity] > SEVERITY_RANK[configured]
  ) {
    return configured
  }
  return descriptor.severity ?? configured
}
