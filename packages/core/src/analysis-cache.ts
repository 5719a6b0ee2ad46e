import type {Sentence} from 'nlcst'
import type {ReportDescriptor} from './rule.js'

/** A report of a unit-scoped rule, with offsets relative to the start of its unit. */
export interface CachedReport {
  descriptor: ReportDescriptor
  start: number
  end: number
}

/** A unit-scoped rule's reports in one unit text, and the document facts they were made under. */
export interface CachedRuleReports {
  /** What the rule's `unitFacts` said for the unit (empty for a rule without it). */
  facts: string
  reports: CachedReport[]
}

/** What is kept for one unit text. @internal */
export interface CachedUnit {
  /** Sentence nodes as parsed, positioned by column within the unit (see parseUnits). */
  sentences: Sentence[] | undefined
  /** The document offset the sentence nodes are positioned at. */
  offset?: number
  /** Reports per unit-scoped rule id. */
  reports: Map<string, CachedRuleReports>
  /** The check that last used this entry. */
  generation: number
}

/**
 * Per-paragraph memory for checking the same document again and again (an editor). A check that
 * gets a cache parses only the units whose text changed (parse stage) and runs the unit-scoped
 * rules (those that look at one paragraph at a time) only there (the rule stage wrapped by
 * `pipeline/cache.ts`), and a rule whose findings also depend on facts about the rest of the
 * document (`unitFacts`) again where those facts changed; document-level rules and the metrics
 * are recomputed from the cached parts. Entries the last check did not use are dropped, so the cache never holds
 * more than one version of the document.
 *
 * Use one cache per document; a cache must not be shared by checks running at the same time.
 */
export class AnalysisCache {
  #units = new Map<string, CachedUnit>()
  #generation = 0
  #signature: unknown[] = []
  /** How many units the last check took from the cache and how many it analysed. */
  stats = {reused: 0, analysed: 0}

  /**
   * Start a check. Findings depend on the checker (rules and options) and on document-wide facts
   * (language, letter or not); when one of those changes, the cached findings are forgotten.
   * @internal
   */
  begin(signature: unknown[]): void {
    this.#generation++
    this.stats = {reused: 0, analysed: 0}
    if (
      signature.length !== this.#signature.length ||
      signature.some((value, i) => value !== this.#signature[i])
    ) {
      this.#units.clear()
      this.#signature = signature
    }
  }

  /** The entry for a unit text, created when missing; marks it as used by this check. @internal */
  entry(key: string): CachedUnit {
    let entry = this.#units.get(key)
    if (!entry) {
      entry = {sentences: undefined, reports: new Map(), generation: 0}
      this.#units.set(key, entry)
    }
    entry.generation = this.#generation
    return entry
  }

  /** Drop entries the current check did not use. @internal */
  end(): void {
    for (const [key, entry] of this.#units) {
      if (entry.generation !== this.#generation) this.#units.delete(key)
    }
  }

  /** Number of unit texts held. */
  get size(): number {
    return this.#units.size
  }

  /** Forget everything (e.g. after the configuration changed). */
  clear(): void {
    this.#units.clear()
    this.#signature = []
  }
}
