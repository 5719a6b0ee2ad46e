import {redact} from '@duidelijk/core'
import type {ServerContext} from './context.js'
import {hoverAt} from './diagnostics.js'
import {MetricsRequest, type MetricsResult} from './protocol.js'

/** Sentences longer than this count as long in the metrics (see core metrics). */
const LONG_SENTENCE_WORDS = 20

/** Hovers with the explanation of a finding, and duidelijk/metrics for the reading level panel. */
export function registerMetrics(context: ServerContext): void {
  const {connection, documents} = context
  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri)
    const result = context.results.get(params.textDocument.uri)
    if (!document || !result) return null
    return hoverAt(result.findings, document.offsetAt(params.position))
  })

  connection.onRequest(MetricsRequest, (params): MetricsResult | null => {
    const document = documents.get(params.uri)
    const result = context.results.get(params.uri)
    if (!document || !result) return null
    const m = result.metrics
    return {
      uri: params.uri,
      level: m.level.level,
      targetLevel: context.targetLevelFor(params.uri),
      longSentenceWords: LONG_SENTENCE_WORDS,
      reasons: m.level.reasons,
      words: m.words,
      sentences: m.sentences,
      wordsPerSentence: m.wordsPerSentence,
      syllablesPerWord: m.syllablesPerWord,
      fleschDouma: m.fleschDouma,
      brouwer: m.brouwer,
      longSentenceShare: m.longSentenceShare,
      rareWordShare: m.rareWordShare,
      passiveShare: m.passiveShare,
      perSentence: m.perSentence.map((s) => ({
        range: {
          start: document.positionAt(s.range.start.offset),
          end: document.positionAt(s.range.end.offset),
        },
        text: excerpt(
          redact(
            result,
            result.document.source.slice(s.range.start.offset, s.range.end.offset),
            s.range.start.offset,
          ),
        ),
        words: s.words,
        fleschDouma: s.fleschDouma,
        long: s.long,
        passive: s.passive,
        rareWords: s.rareWords,
      })),
    }
  })
}

/** The start of a text on one line, at most 80 characters. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 80 ? `${line.slice(0, 79)}…` : line
}
