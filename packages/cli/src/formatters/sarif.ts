import {createHash, randomUUID} from 'node:crypto'
import {isAbsolute, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {redact, type CheckResult, type Finding} from '@duidelijk/core'
import type {FormatterContext} from './context.js'
import {inertJson} from './inert.js'
import {jsonArrayOfPieces} from './json.js'
import {filePosition, withPlace, type FilePosition} from './position.js'

const LEVEL = {error: 'error', warning: 'warning', info: 'note'} as const

/** The base id relative result URIs are resolved against (GitHub code scanning knows it). */
const SRCROOT = '%SRCROOT%'

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: rule help from the whole doc page
 * (built into @duidelijk/core), result URIs relative to `%SRCROOT%` (the folder duidelijk ran in),
 * stable `partialFingerprints`, and for formats without lines (Word, OpenDocument) the readable
 * place as a logical location with a snippet. See docs/formats.md.
 */
export function sarif(results: readonly CheckResult[], context: FormatterContext): string {
  const root = context.cwd ?? process.cwd()
  const pieces = results.map((result) => sarifPiece(result, root))
  const used = new Set(pieces.flatMap((p) => p.rules))
  return [
    ...sarifAround(
      pieces.map((p) => p.text),
      used,
      context,
    ),
  ].join('')
}

/**
 * One file's SARIF results as the log prints them (indented for their place in `results`,
 * separated by `,\n`; empty for a file without findings) and the rules they name. Which index a
 * rule gets in the rule table depends on every file, so each result's `ruleIndex` holds its rule
 * id until `sarifAround` puts the index there (or leaves it out for a rule without metadata).
 */
export function sarifPiece(result: CheckResult, root: string): {text: string; rules: string[]} {
  if (result.findings.length === 0) return {text: '', rules: []}
  const location = artifactLocation(result.path, root)
  const fingerprints = fingerprinter(result)
  const items = result.findings.map((f) => ({
    ...sarifResult(result, f, location, fingerprints(f)),
    ruleIndex: f.ruleId ?? '',
  }))
  // Written four levels deep (log, runs, the run, results), so every line is indented for it.
  const nested = JSON.stringify([[[items]]], null, 2)
  const open = '[\n  [\n    [\n      [\n'
  const close = '\n      ]\n    ]\n  ]\n]'
  return {
    text: inertJson(nested.slice(open.length, nested.length - close.length)),
    rules: [...new Set(result.findings.map((f) => f.ruleId ?? ''))],
  }
}

/** A `ruleIndex` as `sarifPiece` writes it: the rule id as a JSON string, at the end of a result. */
const RULE_INDEX = '"ruleIndex": "'

/**
 * The piece with each rule id in `ruleIndex` replaced by the rule's index, or the property left
 * out (with the `,` and line break before it) for a rule without one. The text cannot occur in a
 * string: JSON escapes a quote inside one. indexOf instead of a regular expression: 26 instead of
 * 194 ms for the SARIF log of 300 peer letters (about 5 s less for 10,000).
 */
function withRuleIndexes(piece: string, index: ReadonlyMap<string, number>): string {
  let out = ''
  let from = 0
  for (let at = piece.indexOf(RULE_INDEX); at !== -1; at = piece.indexOf(RULE_INDEX, from)) {
    let end = at + RULE_INDEX.length
    while (piece[end] !== '"') end += piece[end] === '\\' ? 2 : 1
    const id = JSON.parse(piece.slice(at + RULE_INDEX.length - 1, end + 1)) as string
    const i = index.get(id)
    // The line's indentation and the `,\n` before it go when the property goes.
    const lineStart = piece.lastIndexOf('\n', at)
    out +=
      i === undefined
        ? piece.slice(from, lineStart - 1)
        : `${piece.slice(from, at)}"ruleIndex": ${i}`
    from = end + 1
  }
  return from === 0 ? piece : out + piece.slice(from)
}

/**
 * The SARIF log around the files' results (`sarifPiece`), with the rules they name: exactly what
 * `sarif` writes for the same files.
 */
export function* sarifAround(
  pieces: Iterable<string>,
  used: ReadonlySet<string>,
  context: FormatterContext,
): Generator<string> {
  // Sorted by id, so `duidelijk merge` of shards gives the same rule table as one run.
  const rules = context.rules
    .filter((r) => used.has(r.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const root = context.cwd ?? process.cwd()
  // The results go where this marker is; a random one cannot be in a rule's text or the path.
  const marker = `duidelijk-results-${randomUUID()}`
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        // Which part of a sharded run this is (--shard i/n), for `duidelijk merge`.
        ...(context.shard ? {properties: {duidelijkShard: context.shard}} : {}),
        tool: {
          driver: {
            name: 'duidelijk',
            ...(context.version ? {version: context.version} : {}),
            ...(context.informationUri ? {informationUri: context.informationUri} : {}),
            rules: rules.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: {
          [SRCROOT]: {
            uri: directoryUri(root),
            description: {text: 'De map waarin duidelijk draaide.'},
          },
        },
        results: [marker],
      },
    ],
  }
  const text = `${inertJson(JSON.stringify(log, null, 2))}\n`
  const slot = `[\n        "${marker}"\n      ]`
  const at = text.indexOf(slot)
  yield text.slice(0, at)
  yield* jsonArrayOfPieces(
    (function* () {
      for (const piece of pieces) yield withRuleIndexes(piece, index)
    })(),
    '\n      ]',
  )
  yield text.slice(at + slot.length)
}

type RuleInfo = FormatterContext['rules'][number]

/** A reportingDescriptor: short and full description as plain text, help from the doc page. */
function ruleDescriptor(r: RuleInfo) {
  const full = r.fullDescription ?? r.description
  return {
    id: r.id,
    shortDescription: {text: r.description},
    fullDescription: {text: full},
    ...(r.helpUri ? {helpUri: r.helpUri} : {}),
    help: r.help
      ? {text: r.help.text, markdown: r.help.markdown}
      : {text: r.helpUri ? `${full}\n\nUitleg: ${r.helpUri}` : full},
    defaultConfiguration: {level: LEVEL[r.severity as keyof typeof LEVEL] ?? 'warning'},
    ...(r.category ? {properties: {tags: [r.category]}} : {}),
  }
}

function sarifResult(
  result: CheckResult,
  f: Finding,
  location: ReturnType<typeof artifactLocation>,
  fingerprint: string,
) {
  const position = filePosition(result, f)
  return {
    ruleId: f.ruleId,
    level: LEVEL[f.severity],
    message: {text: withPlace(f.reason, position)},
    locations: [
      {
        physicalLocation: {artifactLocation: location, region: region(position)},
        ...(position.place
          ? {logicalLocations: [{name: position.place, fullyQualifiedName: position.place}]}
          : {}),
      },
    ],
    partialFingerprints: {'duidelijkFinding/v1': fingerprint},
    ...(f.fix === 'safe' && f.expected?.length && result.document.writable && !f.sensitive
      ? {
          fixes: [
            {
              description: {text: `Vervang door ‘${f.expected[0]}’`},
              artifactChanges: [
                {
                  artifactLocation: location,
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
  }
}

/** The region: exact lines and columns, or the first line of the file/part with a snippet. */
function region(position: FilePosition) {
  if (position.exact) {
    return {
      startLine: position.startLine,
      startColumn: position.startColumn,
      endLine: position.endLine,
      endColumn: position.endColumn,
    }
  }
  return {
    startLine: position.startLine,
    ...(position.snippet ? {snippet: {text: position.snippet}} : {}),
  }
}

/**
 * The result's file: relative to `%SRCROOT%` when it is inside the folder duidelijk ran in, else
 * an absolute file URI. Each path segment is percent-encoded (spaces, `#`, `%`).
 */
function artifactLocation(path: string | undefined, root: string) {
  const shown = (path ?? 'invoer.txt').split('\\').join('/')
  if (isAbsolute(shown) || shown === '..' || shown.startsWith('../')) {
    return {uri: pathToFileURL(resolve(root, shown)).href}
  }
  return {uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT}
}

/** The folder as a file URI ending in `/`, as SARIF requires for a base URI. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href
  return href.endsWith('/') ? href : `${href}/`
}

/**
 * Fingerprints that survive edits elsewhere in the file: a hash of the rule, the message id, the
 * flagged text and the text of its line (whitespace normalised), plus which occurrence of that
 * combination in the file it is. Moving a paragraph or adding lines above it keeps the
 * fingerprint; GitHub then keeps the alert open instead of closing and reopening it.
 *
 * The texts are hashed with personal data masked (redact.ts): a result from a worker thread or the
 * cache carries only the masked source, one checked on the main thread the source itself, and
 * the same finding must get the same fingerprint either way (a batch gave other fingerprints than
 * `--jobs 1`, and from one run to the next, for findings on a line with a licence plate).
 */
function fingerprinter(result: CheckResult): (f: Finding) => string {
  const seen = new Map<string, number>()
  // Masking keeps every offset (one mark per character), so the ranges still apply.
  const source = redact(result, result.document.source, 0)
  return (f) => {
    const at = f.range.start.offset
    const lineStart = source.lastIndexOf('\n', at - 1) + 1
    const lineEnd = source.indexOf('\n', f.range.end.offset)
    const line = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd)
    const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()
    const identity = [
      f.ruleId,
      f.messageId,
      normalise(source.slice(at, f.range.end.offset)),
      normalise(line),
    ].join('\u0000')
    const occurrence = seen.get(identity) ?? 0
    seen.set(identity, occurrence + 1)
    return `${createHash('sha256').update(identity).digest('hex').slice(0, 32)}:${occurrence + 1}`
  }
}
