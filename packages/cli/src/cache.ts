import {createHash} from 'node:crypto'
import {mkdir, readFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import {builtinRules, dataFingerprint, type ResolvedConfig} from '@duidelijk/core/node'
import {writeAtomic} from './fix.js'
import type {StoredResult} from './result.js'

const CACHE_FORMAT = 1

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
  entries: Record<string, {key: string; result: StoredResult}>
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
      if (data.format === CACHE_FORMAT && data.entries && typeof data.entries === 'object')
        return new ResultCache(file, data)
    } catch {
      // No usable cache: start over.
    }
    return new ResultCache(file, {format: CACHE_FORMAT, entries: {}})
  }

  get(path: string, key: string): StoredResult | undefined {
    const entry = this.data.entries[path]
    return entry?.key === key ? entry.result : undefined
  }

  set(path: string, key: string, result: StoredResult): void {
    this.data.entries[path] = {key, result}
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
