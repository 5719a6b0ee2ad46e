import type {CheckResult} from '@duidelijk/core'

/** A stretch of source (offsets, end exclusive) that holds personal data. */
export interface SourceSpan {
  start: number
  end: number
}

/** What stands in for each character of personal data (the same mark as the core uses). */
export const MASK = '•'

/**
 * The personal data in a checked file, in source offsets. This is the one place the report
 * learns where personal data is: the redaction spans of the core when it gives them, else the
 * ranges of findings marked `sensitive` (persoonsgegevens).
 */
export function personalData(result: CheckResult): SourceSpan[] {
  const fromCore = (result as CheckResult & {redactions?: readonly SourceSpan[]}).redactions
  const spans = fromCore
    ? [...fromCore]
    : result.findings
        .filter((f) => f.sensitive)
        .map((f) => ({start: f.range.start.offset, end: f.range.end.offset}))
  return spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)
}

/** Mask every non-space character of `text` (lines and spaces stay, so layout stays). */
export function mask(text: string): string {
  return text.replace(/\S/g, MASK)
}
