import {createHash} from 'node:crypto'
import {mkdir, readFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import {builtinRules, dataFingerprint, type ResolvedConfig} from '@duidelijk/core/node'
import {writeAtomic} from './fix.js'
import {withoutText, type CachedResult, type StoredResult} from './result.js'

// 2: entries without the letter's text (issue #19); a format-1 cache (with text) is dropped.
const CACHE_FORMAT = 2

let rulesFingerprint: string | undefined

/**
 * A fingerprint of the rule code and metadata: a changed rule (new version of duidelijk, a
 * different word list compiled into it) gives different keys, so cached results never outlive it.
 */
function rules(): string {
  rulesFingerprint ??= createHash('sha256')
    .update(
      builtinRules
        .map((rule) => {
          const code = Object.values(rule as unknown as Record<string, unknown>)
            .filter((value) => typeof value === 'function')
            .map(String)
            .join('\n')
          return `${rule.id}\u0000${JSON.stringify(rule.meta)}\u0000${code}`
        })
        .join('\u0001'),
    )
    .digest('hex')
  return rulesFingerprint
}

/**
 * The cache key of one check: the file's content, the resolved config, how the file is read
 * (template, format), the tool and rule versions, and every data file the rules read (word lists,
 * tagger model, dictionary).
 */
export function cacheKey(parts: {
  tool: string
  bytes: Uint8Array
  config: ResolvedConfig
  input: unknown
}): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        format: CACHE_FORMAT,
        tool: parts.tool,
        rules: rules(),
        data: dataFingerprint(),
        config: parts.config,
        input: parts.input,
        content: createHash('sha256').update(parts.bytes).digest('hex'),
      }),
    )
    .digest('hex')
}

interface CacheFile {
  format: number
  entries: Record<string, {key: string; result: CachedResult}>
}

const SEVERITIES = new Set(['error', 'warning', 'info'])
const isPosition = (value: unknown): boolean => {
  const p = value as {line?: unknown; column?: unknown; offset?: unknown} | null
  return (
    typeof p === 'object' &&
    p !== null &&
    Number.isInteger(p.line) &&
    Number.isInteger(p.column) &&
    Number.isInteger(p.offset)
  )
}

/**
 * Whether a cache entry has the shape the formatters rely on. A damaged or hand-edited entry is
 * not used: the file is checked again (issue #19: it used to fail the file).
 */
function wellFormed(result: unknown): result is CachedResult {
  const r = result as Partial<CachedResult> | null
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.format === 'string' &&
    typeof r.lang === 'string' &&
    typeof r.isLetter === 'boolean' &&
    typeof r.metrics === 'object' &&
    r.metrics !== null &&
    Array.isArray(r.metrics.perSentence) &&
    Array.isArray(r.redactions) &&
    r.redactions.every((x) => Number.isInteger(x?.start) && Number.isInteger(x?.end)) &&
    Array.isArray(r.findings) &&
    r.findings.every(
      (f) =>
        typeof f === 'object' &&
        f !== null &&
        typeof f.message === 'string' &&
        typeof f.ruleId === 'string' &&
        SEVERITIES.has(f.severity) &&
        isPosition(f.range?.start) &&
        isPosition(f.range?.end),
    )
  )
}

/** Results of earlier runs, one entry per path; an entry is used only when its key matches. */
export class ResultCache {
  private changed = false

  private constructor(
    readonly file: string,
    private readonly data: CacheFile,
  ) {}

  /** Open the cache file; a missing, damaged or older cache starts empty. */
  static async open(file: string): Promise<ResultCache> {
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as CacheFile
      if (
        data.format === CACHE_FORMAT &&
        data.entries &&
        typeof data.entries === 'object' &&
        !Array.isArray(data.entries)
      )
        return new ResultCache(file, data)
    } catch {
      // No usable cache: start over.
    }
    return new ResultCache(file, {format: CACHE_FORMAT, entries: {}})
  }

  /** The cached result (without text) when the key matches and the entry is well-formed. */
  get(path: string, key: string): CachedResult | undefined {
    const entry = this.data.entries[path] as unknown
    if (typeof entry !== 'object' || entry === null) return undefined
    const {key: stored, result} = entry as {key?: unknown; result?: unknown}
    return stored === key && wellFormed(result) ? result : undefined
  }

  /** Keep a result: its hashes and redacted findings, never the letter's text. */
  set(path: string, key: string, result: StoredResult): void {
    this.data.entries[path] = {key, result: withoutText(result)}
    this.changed = true
  }

  /**
   * Write the cache back (atomically) when anything changed. Entries for which `keep` says no
   * (files that no longer exist) are dropped, so the cache does not grow forever.
   */
  async save(keep: (path: string) => boolean = () => true): Promise<void> {
    for (const path of Object.keys(this.data.entries)) {
      if (!keep(path)) {
        delete this.data.entries[path]
        this.changed = true
      }
    }
    if (!this.changed) return
    await mkdir(dirname(this.file), {recursive: true})
    // Only the owner may read the cache: it holds findings (already redacted) of every letter.
    await writeAtomic(this.file, JSON.stringify(this.data), 0o600)
  }
}
