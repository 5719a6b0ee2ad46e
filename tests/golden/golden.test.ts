// Golden findings: every corpus sentence, test letter and example file is checked with the default
// preset (the Dronten example with duidelijk:dronten) and its findings and key metrics are compared
// with a committed snapshot (one readable JSON file per input in __snapshots__/). A refactoring must
// leave them byte-identical; a change of findings on purpose updates them in the same commit:
//   npx vitest run tests/golden -u
// and the commit message says what changed and why.
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  AnalysisCache,
  createChecker,
  type Checker,
  type CheckResult,
  type Config,
} from '@duidelijk/core'
import * as letters from '../../packages/core/test/letters.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const snapshotDir = fileURLToPath(new URL('__snapshots__/', import.meta.url))

/** Files that are inputs of the checker (not scripts, configs or images). */
const INPUT = /\.(?:txt|md|html?|eml|docx|odt|fodt)$/i

function filesUnder(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(join(root, dir)).sort()) {
    const path = join(dir, name)
    if (statSync(join(root, path)).isDirectory()) out.push(...filesUnder(path))
    else if (INPUT.test(name)) out.push(path.split(sep).join('/'))
  }
  return out
}

const files = [
  ...filesUnder('examples'),
  ...filesUnder('tests/fixtures'),
  ...filesUnder('packages/core/test/fixtures'),
]

/** The preset a file is checked with: the Dronten example has its own config. */
function presetOf(path: string): string {
  return path.startsWith('examples/dronten/') ? 'dronten' : 'default'
}
const CONFIGS: Record<string, Config> = {
  default: {},
  dronten: {extends: 'duidelijk:dronten'},
}

const checkers = new Map<string, Checker>()
beforeAll(async () => {
  for (const [name, config] of Object.entries(CONFIGS)) {
    checkers.set(name, await createChecker(config))
  }
})
afterAll(() => checkers.clear())

function snapshotPath(name: string): string {
  return join(snapshotDir, `${name.replace(/[/\\]/g, '__')}.json`)
}

function round(value: number | undefined): number | undefined {
  return value === undefined ? undefined : Math.round(value * 1e6) / 1e6
}

/** The findings in a readable, complete form: everything a front end shows or applies. */
function findingsOf(result: CheckResult) {
  return result.findings.map((finding) => {
    const json = finding.toJSON()
    const {start, end} = json.range
    return {
      ruleId: json.ruleId,
      messageId: json.messageId,
      severity: json.severity,
      range: `${start.line}:${start.column}-${end.line}:${end.column}`,
      offsets: `${start.offset}-${end.offset}`,
      message: json.message,
      actual: json.actual,
      expected: json.expected,
      fix: json.fix,
      note: json.note,
      location: json.location,
      part: json.part,
      sensitive: json.sensitive || undefined,
    }
  })
}

function metricsOf(result: CheckResult) {
  const m = result.metrics
  return {
    words: m.words,
    sentences: m.sentences,
    syllables: m.syllables,
    paragraphs: m.paragraphs,
    wordsPerSentence: round(m.wordsPerSentence),
    syllablesPerWord: round(m.syllablesPerWord),
    longSentenceShare: round(m.longSentenceShare),
    fleschDouma: round(m.fleschDouma),
    brouwer: round(m.brouwer),
    rareWordShare: round(m.rareWordShare),
    passiveShare: round(m.passiveShare),
    passiveSentences: m.perSentence.filter((s) => s.passive).length,
    level: m.level,
  }
}

function summary(result: CheckResult) {
  return {
    format: result.format,
    lang: result.lang,
    isLetter: result.isLetter,
    findings: findingsOf(result),
    metrics: metricsOf(result),
  }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

describe('golden findings', () => {
  it('finds inputs', () => {
    expect(files.length).toBeGreaterThanOrEqual(15)
  })

  for (const path of files) {
    it(path, async () => {
      const preset = presetOf(path)
      const bytes = new Uint8Array(readFileSync(join(root, path)))
      let value: unknown
      try {
        const result = await checkers.get(preset)!.checkAsync({path, bytes})
        value = {path, preset, ...summary(result)}
        // The analysis cache (editors) and the abortable path give the same findings.
        const cache = new AnalysisCache()
        const signal = new AbortController().signal
        for (let round = 0; round < 2; round++) {
          const again = await checkers.get(preset)!.checkAsync({path, bytes}, {cache, signal})
          expect(summary(again)).toEqual(summary(result))
        }
      } catch (error) {
        const {code, message} = error as {code?: string; message: string}
        value = {path, preset, error: {code, message}}
      }
      await expect(json(value)).toMatchFileSnapshot(snapshotPath(path))
    })
  }

  for (const [name, text] of Object.entries(letters)) {
    if (typeof text !== 'string') continue
    it(`letters.ts ${name}`, async () => {
      const result = await checkers.get('default')!.checkAsync({text})
      await expect(json({letter: name, preset: 'default', ...summary(result)})).toMatchFileSnapshot(
        snapshotPath(`letters__${name}`),
      )
    })
  }

  it('tests/corpus/zinnen.tsv, sentence by sentence', async () => {
    const rows = readFileSync(join(root, 'tests/corpus/zinnen.tsv'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#') && !line.startsWith('id\t'))
      .map((line) => line.split('\t'))
    expect(rows.length).toBeGreaterThan(400)
    const checker = checkers.get('default')!
    const out = []
    for (const [id, , , sentence] of rows) {
      const result = await checker.checkAsync({text: sentence!})
      out.push({
        id,
        lang: result.lang,
        isLetter: result.isLetter,
        findings: findingsOf(result).map(
          ({ruleId, messageId, severity, offsets, message, expected, fix}) =>
            `${ruleId}/${messageId} ${severity} ${offsets} ${JSON.stringify(message)}` +
            (expected ? ` -> ${JSON.stringify(expected)}` : '') +
            (fix ? ` (${fix})` : ''),
        ),
        level: result.metrics.level.level,
        passive: result.metrics.perSentence.filter((s) => s.passive).length,
      })
    }
    await expect(json(out)).toMatchFileSnapshot(snapshotPath('tests/corpus/zinnen.tsv'))
  })
})
