import {createChecker, type Checker, type CreateCheckerOptions} from '../checker.js'
import type {ResolvedConfig} from '../config/types.js'
import {nodeData} from './data.js'
import {nodeSpelling} from './spelling.js'

/**
 * One checker per resolved configuration, created once (the CLI per worker, the language server
 * per workspace). A `ConfigLoader` returns the same resolved object for files that share a
 * config, so the map is keyed by identity. `clear()` after the configuration changed.
 */
export class CheckerCache {
  readonly #checkers = new Map<ResolvedConfig, Promise<Checker>>()

  constructor(private readonly options: CreateCheckerOptions = {}) {}

  /** The checker for a resolved config, created on first use. */
  for(config: ResolvedConfig): Promise<Checker> {
    let checker = this.#checkers.get(config)
    if (!checker) {
      checker = createNodeChecker(config, this.options)
      this.#checkers.set(config, checker)
    }
    return checker
  }

  /** Forget every checker. */
  clear(): void {
    this.#checkers.clear()
  }
}

/** `createChecker` with the data files and the dictionary read from disk. */
export function createNodeChecker(
  config?: Parameters<typeof createChecker>[0],
  options: CreateCheckerOptions = {},
): Promise<Checker> {
  return createChecker(config, {data: nodeData, spelling: nodeSpelling, ...options})
}
