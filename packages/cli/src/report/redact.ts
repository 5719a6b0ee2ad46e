import {REDACTION_MARK, type CheckResult} from '@duidelijk/core'

/** A stretch of source (offsets, end exclusive) that holds personal data. */
export interface SourceSpan {
  start: number
  end: number
}

/**
 * The personal data in a checked file, in source offsets: the core's redaction step
 * (`result.redactions`, found whether or not the persoonsgegevens rule is on). This is the one
 * place the report learns where personal data is. Not the ranges of `sensitive` findings: a long
 * sentence that contains a phone number is sensitive as a whole, but only the number is masked.
 */
export function personalData(result: CheckResult): SourceSpan[] {
  return [...(result.redactions ?? [])]
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start)
}

/** Mask every non-space character of `text` (lines and spaces stay, so layout stays). */
export function mask(text: string): string {
  return text.replace(/\S/g, REDACTION_MARK)
}
