import type {CheckResult} from '@duidelijk/core'
import type {FormatterContext} from './context.js'
import {inertJson} from './inert.js'

const LEVEL = {error: 'error', warning: 'warning', info: 'note'} as const

/** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
export function sarif(results: readonly CheckResult[], context: FormatterContext): string {
  const used = new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId ?? '')))
  // Sorted by id, so `duidelijk merge` of shards gives the same rule table as one run.
  const rules = context.rules
    .filter((r) => used.has(r.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'duidelijk',
            ...(context.version ? {version: context.version} : {}),
            informationUri: 'https://github.com/duidelijk/duidelijk',
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: {text: r.description},
              fullDescription: {text: r.fullDescription ?? r.description},
              helpUri: r.url,
              help: {text: `${r.fullDescription ?? r.description} Uitleg: ${r.url}`},
              defaultConfiguration: {level: LEVEL[r.severity as keyof typeof LEVEL] ?? 'warning'},
            })),
          },
        },
        results: results.flatMap((result) =>
          result.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId ?? ''),
            level: LEVEL[f.severity],
            message: {text: f.reason},
            locations: [
              {
                physicalLocation: {
                  artifactLocation: {uri: (result.path ?? '').split('\\').join('/')},
                  region: {
                    startLine: f.range.start.line,
                    startColumn: f.range.start.column,
                    endLine: f.range.end.line,
                    endColumn: f.range.end.column,
                  },
                },
              },
            ],
            ...(f.fix === 'safe' && f.expected?.length
              ? {
                  fixes: [
                    {
                      description: {text: `Vervang door ‘${f.expected[0]}’`},
                      artifactChanges: [
                        {
                          artifactLocation: {uri: (result.path ?? '').split('\\').join('/')},
                          replacements: [
                            {
                              deletedRegion: {
                                charOffset: f.range.start.offset,
                                charLength: f.range.end.offset - f.range.start.offset,
                              },
                              insertedContent: {text: f.expected[0]},
                            },
                          ],
                        },
                      ],
                    },
                  ],
                }
              : {}),
          })),
        ),
      },
    ],
  }
  return `${inertJson(JSON.stringify(log, null, 2))}\n`
}
