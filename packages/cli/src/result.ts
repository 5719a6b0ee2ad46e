import {
  Finding,
  redact,
  redactAnalysedText,
  redactSource,
  type CheckResult,
  type Document,
  type FindingJSON,
  type Redaction,
  type Segment,
} from '@duidelijk/core'

/**
 * A check result as plain JSON: what the formatters need, without the analysis tree. Worker
 * threads send it back and the cache stores it; `reviveResult` turns it into a `CheckResult`.
 */
export interface StoredResult {
  path: string | undefined
  format: CheckResult['format']
  lang: CheckResult['lang']
  isLetter: boolean
  findings: FindingJSON[]
  metrics: CheckResult['metrics']
  /** The source with personal data masked (the cache file and worker messages never hold it). */
  source: string
  /** The analysed text and its map to the source, when they differ (HTML, e-mail): the report shows it. */
  text?: string
  segments?: Segment[]
  writable: boolean
  redactions: Redaction[]
}

/**
 * The analysed text (personal data masked) and its source map, kept only where the text is not
 * the source itself.
 */
function analysedText(
  document: Document,
  redactions: readonly Redaction[] = [],
): {text?: string; segments?: Segment[]} {
  return document.text === document.source
    ? {}
    : {
        text: redactAnalysedText(document.text, document.segments, redactions),
        segments: document.segments.map((s) => ({...s})),
      }
}

/** The metrics formatters use: per-sentence figures without their rare words, no paragraphs. */
function slimMetrics(metrics: CheckResult['metrics']): CheckResult['metrics'] {
  return {
    ...metrics,
    perSentence: metrics.perSentence.map((s) => ({...s, rareWords: []})),
    perParagraph: [],
  }
}

/**
 * Plain JSON for a check result. Per-paragraph metrics are left out (no formatter prints them);
 * per-sentence figures stay for the report's sentence-length strip, without their rare words.
 */
export function storeResult(result: CheckResult): StoredResult {
  return {
    path: result.path,
    format: result.format,
    lang: result.lang,
    isLetter: result.isLetter,
    // Spelling suggestions are lazy; toJSON computes them here, once, so a revived result has them.
    findings: result.findings.map((f) => JSON.parse(JSON.stringify(f.toJSON())) as FindingJSON),
    metrics: slimMetrics(result.metrics),
    source: redact(result, result.document.source, 0),
    ...analysedText(result.document, result.redactions),
    writable: result.document.writable,
    redactions: result.redactions,
  }
}

/**
 * The same result without what no formatter reads (the analysed document, rare words per sentence),
 * so a batch of thousands of files does not keep every analysis tree until the report is written.
 * What is left is exactly what a revived stored result has.
 */
export function slimResult(result: CheckResult): CheckResult {
  const {document} = result
  const {text, segments} = analysedText(document)
  return {
    ...result,
    metrics: slimMetrics(result.metrics),
    document: {
      format: document.format,
      source: document.source,
      text: text ?? document.source,
      segments: segments ?? [],
      units: [],
      masked: [],
      directives: [],
      meta: {},
      writable: document.writable,
    },
  }
}

/**
 * A finding as the cache keeps it: without `actual` when that is just the (masked) source at the
 * finding's range, which is taken from the file again on a cache hit.
 */
export type CachedFinding = Omit<FindingJSON, 'actual'> & {actual?: string; actualFromSource?: true}

/** A stored result without the letter's text: what the --cache file holds (issue #19). */
export type CachedResult = Omit<StoredResult, 'source' | 'text' | 'segments' | 'findings'> & {
  findings: CachedFinding[]
}

/** The stored result as the cache keeps it: hashes and (redacted) findings, never the source. */
export function withoutText(stored: StoredResult): CachedResult {
  const {source, text: _text, segments: _segments, ...rest} = stored
  const findings = rest.findings.map((f): CachedFinding => {
    const {actual, location, ...finding} = f
    return {
      ...finding,
      ...(actual === undefined
        ? {}
        : actual === source.slice(f.range.start.offset, f.range.end.offset)
          ? {actualFromSource: true}
          : {actual}),
      // The excerpt of a Word or OpenDocument location is a piece of the letter: only its label.
      ...(location ? {location: {label: location.label}} : {}),
    } as CachedFinding
  })
  return {...rest, findings}
}

/**
 * A cached result with its text again, taken from the document just loaded from the file's bytes
 * (the bytes are read anyway to compute the cache key), masked with the cached redactions.
 */
export function withText(cached: CachedResult, document: Document): StoredResult {
  const source = redactSource(document.source, 0, cached.redactions)
  const findings = cached.findings.map((f): FindingJSON => {
    const {actualFromSource, ...finding} = f
    const location = f.location && document.locate?.(f.range.start.offset, cached.redactions)
    return {
      ...finding,
      ...(actualFromSource ? {actual: source.slice(f.range.start.offset, f.range.end.offset)} : {}),
      ...(location ? {location} : {}),
    } as FindingJSON
  })
  return {...cached, findings, source, ...analysedText(document, cached.redactions)}
}

/** A `CheckResult` again, with real `Finding`s; the document only carries its source. */
export function reviveResult(stored: StoredResult): CheckResult {
  const findings = stored.findings.map(
    (f) =>
      new Finding({
        reason: f.message,
        ruleId: f.ruleId,
        messageId: f.messageId,
        severity: f.severity,
        range: f.range,
        url: f.url ?? '',
        ...(f.actual !== undefined ? {actual: f.actual} : {}),
        ...(f.expected !== undefined ? {expected: f.expected} : {}),
        ...(f.fix !== undefined ? {fix: f.fix} : {}),
        ...(f.note !== undefined ? {note: f.note} : {}),
        ...(f.location !== undefined ? {location: f.location} : {}),
        ...(f.part !== undefined ? {part: f.part} : {}),
        ...(f.fileRange !== undefined ? {fileRange: f.fileRange} : {}),
        sensitive: f.sensitive,
      }),
  )
  const document = {
    format: stored.format,
    source: stored.source,
    text: stored.text ?? stored.source,
    segments: stored.segments ?? [],
    units: [],
    masked: [],
    directives: [],
    meta: {},
    writable: stored.writable,
  } satisfies Document
  return {
    path: stored.path,
    format: stored.format,
    lang: stored.lang,
    isLetter: stored.isLetter,
    findings,
    metrics: stored.metrics,
    document,
    redactions: stored.redactions ?? [],
  }
}
