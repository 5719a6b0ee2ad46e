import type {CheckResult} from '@duidelijk/core'

/** Machine-readable output: one object per file with findings (sensitive text never included) and metrics. */
export function json(results: readonly CheckResult[]): string {
  return `${JSON.stringify(
    results.map((result) => ({
      path: result.path,
      format: result.format,
      lang: result.lang,
      findings: result.findings.map((f) => f.toJSON()),
      metrics: {...result.metrics, perSentence: undefined, perParagraph: undefined},
    })),
    null,
    2,
  )}\n`
}
