/** Parse `--shard i/n` (1-based): `{index, count}`, or undefined when it is not valid. */
export function parseShard(value: string): {index: number; count: number} | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  if (!match) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1 || index < 1 || index > count) return undefined
  return {index, count}
}

/**
 * The files of shard `index` of `count`: the sorted list dealt round-robin, so every machine of a
 * CI matrix gets the same split for the same tree, and shards differ in size by at most one file.
 */
export function shardFiles<T>(sorted: readonly T[], index: number, count: number): T[] {
  return sorted.filter((_, i) => i % count === index - 1)
}
