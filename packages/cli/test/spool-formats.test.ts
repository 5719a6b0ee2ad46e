import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {CheckResult} from '@duidelijk/core'
import {describe, expect, it} from 'vitest'
import {ANNOTATIONS_PER_KIND} from '../src/formatters/github.js'
import {FORMATTERS, spooledReport, spoolOutcome, type Collected} from '../src/reporting.js'
import type {FileOutcome} from '../src/run.js'
import {ReportSpool, SPOOL_FORMATS, type PieceSettings} from '../src/spool.js'
import {context, fixture} from './formatters/fixture.js'
import {folder, run} from './helpers.js'

/** Fixture letters under many names: more than ANNOTATIONS_PER_KIND findings of a kind. */
async function letters(count: number): Promise<CheckResult[]> {
  const [a, b] = await fixture()
  return Array.from({length: count}, (_, i) => ({
    ...(i % 3 === 1 ? b! : a!),
    path: `brieven/${String(i).padStart(2, '0')}.txt`,
  }))
}

/** The report as the CLI writes it from the spool, each result going through `spoolOutcome`. */
function fromSpool(results: readonly CheckResult[], settings: PieceSettings): string {
  const spool = new ReportSpool()
  const keep = spoolOutcome(spool, settings)
  const counts = {error: 0, warning: 0, info: 0}
  for (const result of results) {
    const outcome: FileOutcome = {path: result.path!, result, messages: [], failed: false}
    const kept = keep(outcome)
    // What is kept of a spooled file: its counts, no result and so no findings.
    expect(kept.result).toBeUndefined()
    expect(kept.spooled).toBeDefined()
    for (const severity of ['error', 'warning', 'info'] as const)
      counts[severity] += kept.spooled![severity]
  }
  const collected: Collected = {
    results: [],
    failed: false,
    diffs: [],
    groupsByPath: new Map(),
    counts,
    spool,
    spooled: results.length,
  }
  return [...spooledReport(collected, settings.format, context)].join('')
}

describe('every report but the HTML report, made file by file into the spool', () => {
  const settings = (format: string): PieceSettings => ({
    format,
    quiet: false,
    cwd: process.cwd(),
    metrics: true,
    color: false,
  })

  for (const format of SPOOL_FORMATS)
    it(`${format}: the same text as the whole-report formatter, for 0, 1, 2 and 25 files`, async () => {
      for (const count of [0, 1, 2, 25]) {
        const whole = FORMATTERS[format as keyof typeof FORMATTERS](await letters(count), {
          ...context,
          cwd: process.cwd(),
        })
        expect(fromSpool(await letters(count), settings(format)), `${count} files`).toBe(whole)
      }
    })

  it('stylish: colours, no metrics and --quiet as the whole-report formatter', async () => {
    const {stylish} = await import('../src/formatters/stylish.js')
    for (const options of [{color: true}, {metrics: false}, {quiet: true}]) {
      const results = await letters(5)
      const expected = stylish(results, {metrics: true, color: false, ...options})
      expect(fromSpool(await letters(5), {...settings('stylish'), ...options})).toBe(
        options.quiet ? stylish([], {}) : expected,
      )
    }
  })

  it('github: annotations round-robin over the files, the rest as log lines, then the totals', async () => {
    const out = fromSpool(await letters(25), settings('github'))
      .trimEnd()
      .split('\n')
    const warnings = out.filter((line) => line.startsWith('::warning '))
    const notices = out.filter((line) => line.startsWith('::notice '))
    expect(warnings).toHaveLength(ANNOTATIONS_PER_KIND)
    // Every letter like a.txt has two warnings: round one takes the first of ten letters.
    expect(new Set(warnings.map((line) => /file=([^,]+)/.exec(line)![1])).size).toBe(10)
    expect(warnings.every((line) => line.includes('line=1,'))).toBe(true)
    // All eight infos, and the summary (which comes last) in the notice kept free for it.
    expect(notices).toHaveLength(9)
    expect(out.at(-1)).toMatch(
      /^::notice title=duidelijk::42 bevindingen \(0 fouten, 34 waarschuwingen, 8 info\)/,
    )
  })

  it('sarif: ruleIndex from the rule table of all files, left out for a rule without metadata', async () => {
    const results = await letters(3)
    const log = JSON.parse(fromSpool(results, settings('sarif')))
    const rules = log.runs[0].tool.driver.rules.map((r: {id: string}) => r.id)
    expect(rules).toEqual(['ambtelijke-taal', 'persoonsgegevens'])
    for (const result of log.runs[0].results) expect(rules[result.ruleIndex]).toBe(result.ruleId)
    const only = {...context, rules: context.rules.filter((r) => r.id === 'ambtelijke-taal')}
    const spool = new ReportSpool()
    const keep = spoolOutcome(spool, settings('sarif'))
    for (const result of results) keep({path: result.path!, result, messages: [], failed: false})
    const collected = {
      results: [],
      failed: false,
      diffs: [],
      groupsByPath: new Map(),
      counts: {error: 0, warning: 0, info: 0},
      spool,
      spooled: 3,
    }
    const partial = JSON.parse([...spooledReport(collected, 'sarif', only)].join(''))
    for (const result of partial.runs[0].results)
      expect('ruleIndex' in result).toBe(result.ruleId === 'ambtelijke-taal')
  })
})

describe('the CLI writes every spooled format the same on stdout and with -o', () => {
  it('with the same exit code, with one and two jobs', async () => {
    const root = folder({
      'brieven/a.txt': 'Wij hebben uw aanvraag reeds ontvangen.\n',
      'brieven/b.txt': 'De gemeete heeft uw brief middels deze brief beantwoord.\n',
      'brieven/c.txt': 'Wij hebben uw aanvraag ontvangen.\n',
      'brieven/d.md': '# Besluit\n\nTeneinde uw aanvraag te beoordelen, vragen wij uw gegevens.\n',
    })
    for (const format of ['compact', 'stylish', 'github', 'junit', 'sarif', 'gitlab'])
      for (const extra of [['--jobs', '1'], ['--jobs', '2', '--max-warnings', '1'], ['--quiet']]) {
        const streamed = await run(['brieven', '-f', format, ...extra], root)
        const written = await run(['brieven', '-f', format, '-o', 'rapport', ...extra], root)
        expect(streamed.stdout, `${format} ${extra.join(' ')}`).toBe(
          readFileSync(join(root, 'rapport'), 'utf8'),
        )
        expect([streamed.code, streamed.stderr]).toEqual([written.code, written.stderr])
      }
  })
})
