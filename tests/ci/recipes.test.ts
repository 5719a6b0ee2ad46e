// The CI recipes in docs/ci.md must keep working exactly when there are findings: duidelijk then
// exits 1, so every step that uploads a report runs `if: always()`, the merge job of a shard
// matrix runs `if: always()`, and GitLab uploads the Code Quality report `when: always`.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'

const page = readFileSync(new URL('../../docs/ci.md', import.meta.url), 'utf8')
const blocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as unknown)

type Step = {uses?: string; run?: string; if?: string}
type Job = {
  steps?: Step[]
  needs?: string | string[]
  if?: string
  artifacts?: Record<string, unknown>
}

/** Every GitHub step list in a block: a workflow's jobs, or a bare list of steps. */
function githubSteps(block: unknown): Step[] {
  if (Array.isArray(block)) return block as Step[]
  const jobs = (block as {jobs?: Record<string, Job>}).jobs ?? {}
  return Object.values(jobs).flatMap((job) => job.steps ?? [])
}

describe('CI recipes in docs/ci.md', () => {
  it('has GitHub and GitLab recipes to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4)
  })

  it('uploads reports also when the check step failed', () => {
    const uploads = blocks
      .flatMap(githubSteps)
      .filter((step) => /upload-artifact|upload-sarif/.test(step.uses ?? ''))
    expect(uploads.length).toBeGreaterThanOrEqual(3)
    for (const step of uploads) expect([step.uses, step.if]).toEqual([step.uses, 'always()'])
  })

  it('runs the merge job of a shard matrix also when a shard failed', () => {
    const jobs = blocks.flatMap((block) =>
      Object.values((block as {jobs?: Record<string, Job>}).jobs ?? {}),
    )
    const merging = jobs.filter((job) => job.steps?.some((s) => /\bmerge\b/.test(s.run ?? '')))
    expect(merging).toHaveLength(1)
    expect(merging[0]!.needs).toBeDefined()
    expect(merging[0]!.if).toBe('always()')
  })

  it('uploads the GitLab Code Quality report when the job exits 1', () => {
    const gitlab = blocks.flatMap((block) =>
      Object.values((block ?? {}) as Record<string, Job>).filter(
        (job) => (job?.artifacts?.reports as Record<string, unknown> | undefined)?.codequality,
      ),
    )
    expect(gitlab).toHaveLength(1)
    expect(gitlab[0]!.artifacts!.when).toBe('always')
  })
})
