import {existsSync, readFileSync, statSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {join, resolve, sep} from 'node:path'
import {parseArgs} from 'node:util'
import {
  createChecker,
  expandPaths,
  readIgnoreFiles,
  ruleUrl,
  SEVERITY_RANK,
  type CheckResult,
  type Config,
  type Format,
  type ResolvedConfig,
  type Severity,
} from '@duidelijk/core/node'
import {ResultCache, cacheKey} from './cache.js'
import {explainRule, init, listRules} from './commands.js'
import {writeAtomic} from './fix.js'
import {compact} from './formatters/compact.js'
import type {FormatterContext} from './formatters/context.js'
import {github} from './formatters/github.js'
import {gitlab} from './formatters/gitlab.js'
import {html} from './formatters/html.js'
import {json, jsonChunks} from './formatters/json.js'
import {junit} from './formatters/junit.js'
import {sarif} from './formatters/sarif.js'
import {stylish} from './formatters/stylish.js'
import {mergeReportsWithSummary, type MergedReports} from './merge.js'
import {inert} from './formatters/inert.js'
import {WorkerPool} from './pool.js'
import {Progress} from './progress.js'
import {configSummary, reportContext} from './report/cli.js'
import {reviveResult, slimResult, storeResult, type StoredResult} from './result.js'
import {describeError, displayPath, FileRunner, inputFor, type FileOutcome} from './run.js'
import {parseShard, shardFiles} from './shard.js'
import {stats, STATS_FORMATS} from './stats.js'

/** Version of the CLI (also part of the cache key). */
export const VERSION = '0.1.0'
const DOCS = fileURLToPath(new URL('../../../docs/rules/', import.meta.url))
/**
 * Whether the arguments may name more than one file (a folder, a pattern or several paths): then
 * worker threads start loading their checkers while the files are still being found.
 */
function mayBeMany(positionals: readonly string[], cwd: string): boolean {
  if (positionals.length !== 1) return positionals.length > 1
  const only = positionals[0]!
  if (/[*?[\]{}]/.test(only)) return true
  try {
    return statSync(resolve(cwd, only)).isDirectory()
  } catch {
    return false
  }
}

/**
 * A worker thread first loads its own checker (word lists, hunspell: about a second of CPU), which
 * pays off only when it gets at least this many files; smaller batches are checked in this thread.
 */
const FILES_PER_WORKER = 16

/**
 * How many files are checked at a time: `--jobs` when given, else one per core, but never more
 * than there are files, and without --jobs one per FILES_PER_WORKER files at most. The main
 * thread is one of them; the rest are worker threads.
 */
export function parallelChecks(files: number, cores: number, jobs: number | undefined): number {
  const wanted = Math.min(
    jobs ?? Math.max(1, Math.floor(files / FILES_PER_WORKER)),
    Math.max(cores, 1),
  )
  return Math.max(1, Math.min(wanted, files))
}

/** Patterns from .duidelijkignore and .gitignore in the working folder. */
async function readStdin(options: MainOptions): Promise<Uint8Array> {
  if (options.stdin !== undefined) return options.stdin
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return new Uint8Array(Buffer.concat(chunks))
}

/** The "Wat" section of a rule's doc page: the SARIF full description. */
function docSummary(id: string): string | undefined {
  const file = join(DOCS, `${id}.md`)
  if (!existsSync(file)) return undefined
  const match = /^## Wat\s*\n([\s\S]*?)(?=\n## |$)/m.exec(readFileSync(file, 'utf8'))
  const text = match?.[1]?.replace(/\s+/g, ' ').trim()
  return text || undefined
}

/** Streams and file access the CLI uses, injectable for tests. */
export interface MainOptions {
  /** Bytes to use for `-` (stdin) in tests. */
  stdin?: Uint8Array
  argv: readonly string[]
  stdout: {write(chunk: string): unknown; isTTY?: boolean}
  stderr: {write(chunk: string): unknown; isTTY?: boolean; columns?: number}
  cwd?: string
  readFile?: (path: string) => Promise<Uint8Array>
  /** Environment (NO_COLOR, CI); default process.env. */
  env?: Record<string, string | undefined>
  /** Ask a question and return the answer (`duidelijk init` on a terminal). */
  ask?: (question: string) => Promise<string>
}

const FORMATTERS = {stylish, json, compact, github, sarif, junit, gitlab, html} as const
type FormatName = keyof typeof FORMATTERS

const USAGE = `Gebruik: duidelijk [opties] <bestand, map, patroon of -...>
       duidelijk regels | uitleg <regel> | init [--preset p] [--niveau B1]
       duidelijk stats [--format table|json|csv] <bestanden of mappen>
       duidelijk rapport [-o rapport.html] [--vergelijk vorige.json] [--thema thema.json] <paden>
       duidelijk merge [-o bestand] [--format f] [--fail-on e] <rapport.json of .sarif...>

Controleert brieven en e-mails op begrijpelijke taal (taalniveau B1).
Mappen worden doorzocht op .txt-, .md-, .html-, .htm-, .eml-, .docx- en .odt-bestanden.
Patronen zoals "brieven/**/*.md" worden ook herkend (zet ze tussen aanhalingstekens).

Opties:
  -c, --config <bestand>    gebruik dit configuratiebestand (anders .duidelijk.json/.yaml zoeken)
  -p, --preset <naam>       preset bovenop de configuratie, bijv. duidelijk:b1 of duidelijk:dronten
  -f, --format <naam>       uitvoer: stylish (standaard), json, compact, github, sarif, junit,
                            gitlab, html (rapport voor communicatieteams)
  -o, --output <bestand>    schrijf de uitvoer naar een bestand
      --vergelijk <json>    rapport: vergelijk met een eerdere uitvoer van --format json
      --thema <json>        rapport: eigen naam, kleuren en logo (zie docs/rapport.md)
      --format-in <formaat> lees alle bestanden als txt, md, html, eml, docx of odt
      --no-metrics          toon geen leesbaarheidscijfers
      --no-color            geen kleuren (ook met NO_COLOR; FORCE_COLOR zet ze aan)
      --quiet               toon alleen fouten
      --max-warnings <n>    exitcode 1 bij meer dan n waarschuwingen
      --fail-on <ernst>     exitcode 1 vanaf deze ernst: error (standaard), warning of info
      --rule <regel:ernst>  zet een regel aan of uit, bijv. --rule spelling:off (herhaalbaar)
      --lang <nl|en|auto>   taal van de teksten
      --niveau <B1|B2>      streefniveau voor het geschatte taalniveau
      --ignore-pattern <p>  sla paden over (gitignore-stijl, herhaalbaar); ook .duidelijkignore
      --stdin-filename <n>  naam (en formaat) van de tekst die via - binnenkomt
      --fix                 verbeter veilige meldingen in het bestand zelf (niet in .docx en .eml)
      --fix-dry-run         toon de verbeteringen van --fix als diff, zonder te schrijven
      --cache               onthoud uitkomsten van ongewijzigde bestanden
      --cache-location <p>  waar de cache staat (standaard .duidelijk-cache)
      --jobs <n>            aantal parallelle controles (1 = geen threads; standaard het aantal kernen)
      --shard <i/n>         controleer alleen deel i van n (voor een CI-matrix; zie merge)
      --print-config <b>    toon de configuratie die voor dit bestand geldt
  -v, --version             toon het versienummer
  -h, --help                toon deze hulp

Voorbeelden:
  duidelijk brieven/                         alle brieven in een map
  duidelijk --preset duidelijk:dronten .     met het profiel Duidelijk Dronten
  duidelijk rapport -o rapport.html sjablonen/
  duidelijk --fix-dry-run brieven/ > verbeteringen.patch
  duidelijk --shard 1/3 -f json -o deel1.json .   en later: duidelijk merge deel*.json
  cat brief.txt | duidelijk - --stdin-filename brief.txt

Exitcodes: 0 geen meldingen vanaf --fail-on (standaard: geen fouten), 1 wel (of te veel
waarschuwingen), 2 gebruiksfout, configuratiefout of een bestand dat niet gelezen kon worden.
`

/**
 * Run the CLI. Exit codes: 0 no findings at or above `--fail-on` (default: error), 1 such
 * findings (or more warnings than --max-warnings), 2 usage problem, config problem or a file that
 * could not be read (the other files are still checked and reported).
 */
export async function main(options: MainOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd()
  const env = options.env ?? process.env
  const usage = (message: string) => {
    options.stderr.write(`duidelijk: ${inert(message)}\n`)
    return 2
  }
  let parsed
  try {
    parsed = parseArgs({
      args: [...options.argv],
      allowPositionals: true,
      options: {
        config: {type: 'string', short: 'c'},
        preset: {type: 'string', short: 'p'},
        format: {type: 'string', short: 'f'},
        output: {type: 'string', short: 'o'},
        'format-in': {type: 'string'},
        metrics: {type: 'boolean', default: true},
        'no-metrics': {type: 'boolean'},
        quiet: {type: 'boolean'},
        'max-warnings': {type: 'string'},
        'fail-on': {type: 'string'},
        fix: {type: 'boolean'},
        'fix-dry-run': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
        lang: {type: 'string'},
        niveau: {type: 'string'},
        rule: {type: 'string', multiple: true},
        'ignore-pattern': {type: 'string', multiple: true},
        'stdin-filename': {type: 'string'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        force: {type: 'boolean'},
        cache: {type: 'boolean'},
        'cache-location': {type: 'string'},
        jobs: {type: 'string'},
        shard: {type: 'string'},
        'print-config': {type: 'string'},
        vergelijk: {type: 'string'},
        thema: {type: 'string'},
      },
    })
  } catch (error) {
    options.stderr.write(`duidelijk: ${argumentError(error)}\n\n${USAGE}`)
    return 2
  }
  const {values} = parsed
  let positionals = parsed.positionals
  if (values.help) {
    options.stdout.write(USAGE)
    return 0
  }
  if (values.version) {
    options.stdout.write(`duidelijk ${VERSION}\n`)
    return 0
  }
  const command = positionals[0]
  if (command === 'init') {
    return init(
      cwd,
      {preset: values.preset, niveau: values.niveau, force: values.force, ask: options.ask},
      options,
    )
  }
  if (command === 'uitleg') return explainRule(positionals[1], DOCS, options)
  if (command === 'merge') {
    return merge(
      positionals.slice(1),
      {
        output: values.output,
        format: values.format,
        failOn: values['fail-on'],
        maxWarnings: values['max-warnings'],
        metrics: values.metrics && !values['no-metrics'],
      },
      cwd,
      options,
    )
  }
  const statsMode = command === 'stats'
  if (statsMode) positionals = positionals.slice(1)
  // `duidelijk rapport` is `--format html`, written to rapport.html unless -o says otherwise.
  if (command === 'rapport') {
    positionals = positionals.slice(1)
    if (values.format !== undefined && values.format !== 'html')
      return usage('rapport maakt altijd HTML; laat --format weg')
    values.format = 'html'
    values.output ??= 'rapport.html'
  }

  if (values.lang !== undefined && !['nl', 'en', 'auto'].includes(values.lang))
    return usage('--lang moet nl, en of auto zijn')
  if (values.niveau !== undefined && !['B1', 'B2'].includes(values.niveau.toUpperCase()))
    return usage('--niveau moet B1 of B2 zijn')
  const ruleSettings: Record<string, 'error' | 'warning' | 'info' | 'off'> = {}
  for (const setting of values.rule ?? []) {
    const match = /^([a-z0-9/-]+):(error|warning|info|off)$/.exec(setting)
    if (!match)
      return usage(`--rule verwacht regel:ernst, bijvoorbeeld lange-zin:off (nu: ${setting})`)
    ruleSettings[match[1]!] = match[2] as 'error'
  }
  const overrideConfig: Config = {
    ...(values.preset ? {extends: values.preset} : {}),
    ...(values.lang ? {lang: values.lang as 'nl' | 'en' | 'auto'} : {}),
    ...(values.niveau ? {targetLevel: values.niveau.toUpperCase() as 'B1' | 'B2'} : {}),
    ...(Object.keys(ruleSettings).length ? {rules: ruleSettings} : {}),
  }
  const runner = new FileRunner({
    cwd,
    ...(values.config ? {configPath: resolve(cwd, values.config)} : {}),
    ...(Object.keys(overrideConfig).length ? {overrides: overrideConfig} : {}),
    ...(values['format-in'] ? {formatIn: values['format-in'] as Format} : {}),
    fix: values.fix === true,
    fixDryRun: values['fix-dry-run'] === true,
  })
  const rootConfig = (): ResolvedConfig =>
    runner.loader.configFor(resolve(cwd, 'bestand.txt')).config

  if (command === 'regels') {
    try {
      return await listRules(rootConfig(), options)
    } catch (error) {
      return usage(describeError('configuratie', error))
    }
  }
  if (values['print-config'] !== undefined) {
    try {
      const {config} = runner.loader.configFor(resolve(cwd, values['print-config']))
      options.stdout.write(`${JSON.stringify(config, null, 2)}\n`)
      return 0
    } catch (error) {
      return usage(describeError(values['print-config'], error))
    }
  }

  const formatName = values.format ?? (statsMode ? 'table' : 'stylish')
  if ((values.vergelijk !== undefined || values.thema !== undefined) && formatName !== 'html')
    return usage('--vergelijk en --thema horen bij het rapport: duidelijk rapport <paden>')
  const report =
    formatName === 'html'
      ? await reportContext({cwd, env, vergelijk: values.vergelijk, thema: values.thema})
      : undefined
  if (typeof report === 'string') return usage(report)
  if (statsMode && !(STATS_FORMATS as readonly string[]).includes(formatName))
    return usage(
      `onbekend formaat "${formatName}" voor stats; kies uit ${STATS_FORMATS.join(', ')}`,
    )
  if (!statsMode && !(formatName in FORMATTERS)) {
    return usage(`onbekend formaat "${formatName}"; kies uit ${Object.keys(FORMATTERS).join(', ')}`)
  }
  const maxWarnings =
    values['max-warnings'] === undefined ? undefined : Number(values['max-warnings'])
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0))
    return usage('--max-warnings verwacht een geheel getal ≥ 0')
  const failOn = (values['fail-on'] ?? 'error') as Severity
  if (!(failOn in SEVERITY_RANK)) return usage('--fail-on moet error, warning of info zijn')
  const INPUT_FORMATS = ['txt', 'md', 'html', 'eml', 'docx', 'odt']
  if (values['format-in'] !== undefined && !INPUT_FORMATS.includes(values['format-in'])) {
    return usage(
      `onbekend invoerformaat "${values['format-in']}"; kies uit ${INPUT_FORMATS.join(', ')}`,
    )
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1))
    return usage('--jobs verwacht een geheel getal ≥ 1')
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  if (values.shard !== undefined && !shard)
    return usage(`--shard verwacht i/n, bijvoorbeeld 1/3 (nu: ${values.shard})`)
  if (positionals.length === 0) {
    options.stderr.write(`duidelijk: geef minstens één bestand of map op\n\n${USAGE}`)
    return 2
  }

  const stdin = positionals.length === 1 && positionals[0] === '-'
  // There is no file to write back to; the diff of --fix-dry-run still works.
  if (stdin && values.fix) return usage('--fix werkt niet met - (stdin); gebruik --fix-dry-run')
  // Parallel by default: as many checks at a time as there are cores, the main thread being one of
  // them. The worker threads start now, so they load while the files are found and read; those
  // the batch turns out not to need stop again (parallelChecks).
  const cores = availableParallelism()
  // More threads than cores only add memory and switching (issue #19: --jobs 8 on two cores was
  // 1.7 times slower with 1.8 times the memory of --jobs 1), so --jobs is capped at the cores.
  const wanted = stdin ? 1 : Math.min(jobs ?? cores, cores)
  const limit = (name: string) => {
    const value = Number(env[name])
    return Number.isInteger(value) && value > 0 ? value : undefined
  }
  let pool =
    wanted > 1 && mayBeMany(positionals, cwd)
      ? WorkerPool.create(wanted - 1, runner.settings, {
          heapMb: limit('DUIDELIJK_WORKER_HEAP_MB'),
          timeMs: limit('DUIDELIJK_FILE_TIME_BUDGET_MS'),
        })
      : undefined
  let files: string[]
  try {
    const ignorePatterns = [
      ...rootConfig().ignorePatterns,
      ...readIgnoreFiles(cwd),
      ...(values['ignore-pattern'] ?? []),
    ]
    files = stdin
      ? [resolve(cwd, values['stdin-filename'] ?? 'invoer.txt')]
      : expandPaths(positionals, ignorePatterns, cwd)
  } catch (error) {
    await pool?.close()
    return usage(describeError('configuratie', error))
  }
  // Sorted by the path as shown, so output never depends on argument order or worker timing.
  const shown = (absolute: string) => displayPath(cwd, absolute).split(sep).join('/')
  files = [...new Set(files)].sort((a, b) =>
    shown(a) < shown(b) ? -1 : shown(a) > shown(b) ? 1 : 0,
  )
  if (shard) files = shardFiles(files, shard.index, shard.count)
  if (files.length === 0) {
    await pool?.close()
    if (shard) {
      // An empty shard is fine in a CI matrix with more machines than files.
      options.stdout.write(FORMATTERS[formatName as FormatName]([], {rules: [], version: VERSION}))
      return 0
    }
    return usage('geen bestanden gevonden om te controleren')
  }

  const fixing = values.fix === true || values['fix-dry-run'] === true
  const cache =
    values.cache && !fixing && !stdin
      ? await ResultCache.open(resolve(cwd, values['cache-location'] ?? '.duidelijk-cache'))
      : undefined
  // Workers beyond what this batch needs stop at once.
  const lanes = stdin ? 1 : parallelChecks(files.length, cores, jobs)
  if (pool && lanes < 2) {
    await pool.close()
    pool = undefined
  }
  pool?.shrink(lanes - 1)
  const read = options.readFile ?? readFile
  const progress = new Progress(options.stderr, files.length, env)

  const checkOne = async (absolute: string, inWorker: boolean): Promise<FileOutcome> => {
    const path = displayPath(cwd, absolute)
    let bytes: Uint8Array
    let key: string | undefined
    try {
      bytes = stdin ? await readStdin(options) : await read(absolute)
      if (cache) {
        const {config} = runner.loader.configFor(absolute)
        key = cacheKey({
          tool: VERSION,
          bytes,
          config,
          input: inputFor(config, path, runner.settings.formatIn),
        })
        const hit = cache.get(shown(absolute), key)
        if (hit) return {path, result: reviveResult(hit), messages: [], failed: false}
      }
    } catch (error) {
      return {path, messages: [describeError(path, error)], failed: true}
    }
    let outcome: FileOutcome
    if (inWorker && pool) {
      const {stored, ...rest} = await pool.run(absolute, bytes, path)
      outcome = {...rest, ...(stored ? {result: reviveResult(stored)} : {})}
    } else {
      outcome = await runner.run(absolute, bytes)
      if (outcome.result && files.length > 1) outcome.result = slimResult(outcome.result)
    }
    if (cache && key && outcome.result) cache.set(shown(absolute), key, storeResult(outcome.result))
    return outcome
  }

  // One lane per worker plus one in this thread; each lane takes the next file when it is done,
  // and every outcome goes to the place of its file, so the order never depends on timing.
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length)
  let next = 0
  const lane = async (inWorker: boolean) => {
    while (next < files.length) {
      const index = next++
      outcomes[index] = await checkOne(files[index]!, inWorker)
      progress.tick()
    }
  }
  try {
    await Promise.all([lane(false), ...Array.from({length: pool?.size ?? 0}, () => lane(true))])
  } finally {
    progress.end()
    await pool?.close()
  }
  await cache
    ?.save((path) => existsSync(resolve(cwd, path)))
    .catch((error: unknown) => {
      options.stderr.write(`duidelijk: cache niet opgeslagen: ${(error as Error).message}\n`)
    })

  let failed = false
  const results: CheckResult[] = []
  const groupsByPath = new Map<string, ResolvedConfig['groups']>()
  const diffs: string[] = []
  const warned = new Set<string>()
  for (const outcome of outcomes) {
    for (const message of outcome.messages) options.stderr.write(`duidelijk: ${inert(message)}\n`)
    if (outcome.failed) failed = true
    if (outcome.diff) diffs.push(outcome.diff)
    if (!outcome.result) continue
    const result = outcome.result
    if (values.quiet) result.findings = result.findings.filter((f) => f.severity === 'error')
    results.push(result)
    try {
      const {config} = runner.loader.configFor(resolve(cwd, outcome.path))
      groupsByPath.set(outcome.path, config.groups)
      // Config warnings (old rule ids) once per run, however many files share the config.
      for (const warning of config.warnings) {
        if (warned.has(warning)) continue
        warned.add(warning)
        options.stderr.write(`duidelijk: let op: ${warning}\n`)
      }
    } catch {
      // The config was readable when the file was checked; nothing to group by otherwise.
    }
  }

  let output = ''
  let streamed: Iterable<string> | undefined
  if (statsMode) {
    output = stats(results, formatName as (typeof STATS_FORMATS)[number])
  } else {
    let context: FormatterContext = {rules: [], version: VERSION}
    // Only SARIF and the HTML report print rule metadata; the others skip loading a checker.
    if (formatName === 'sarif' || formatName === 'html')
      try {
        const config = rootConfig()
        const checker = await createChecker(config)
        context = {
          version: VERSION,
          rules: checker.rules.map(({rule, setting}) => {
            const full = formatName === 'sarif' ? docSummary(rule.id) : undefined
            return {
              id: rule.id,
              description: rule.meta.description,
              ...(full ? {fullDescription: full} : {}),
              url: ruleUrl(rule.id),
              severity: setting.severity,
            }
          }),
          groups: config.groups,
          groupsFor: (path) => (path === undefined ? undefined : groupsByPath.get(path)),
          ...(report
            ? {
                report: {
                  ...report,
                  ...configSummary(runner.loader.configFor(resolve(cwd, 'bestand.txt')), cwd),
                },
              }
            : {}),
        }
      } catch {
        // Without a valid root config the formatters still work, without rule metadata.
      }
    const color = useColor(values, options.stdout, env)
    if (report && !context.report) context = {...context, report}
    if (formatName === 'json' && !values.output && !values['fix-dry-run'])
      streamed = jsonChunks(results, context)
    else
      output =
        formatName === 'stylish'
          ? stylish(results, {metrics: values.metrics && !values['no-metrics'], color})
          : FORMATTERS[formatName as FormatName](results, context)
  }
  if (values.output) {
    try {
      await writeAtomic(resolve(cwd, values.output), output)
    } catch (error) {
      return usage(describeError(values.output, error))
    }
  } else if (values['fix-dry-run']) {
    // The diff is the output of a dry run (a patch for `git apply`); the report only with -o.
    options.stdout.write(diffs.join(''))
  } else if (streamed) {
    // The JSON report file by file, waiting when the pipe is full, so it is never one big string.
    const stdout = options.stdout as {
      write(chunk: string): unknown
      once?: NodeJS.EventEmitter['once']
    }
    for (const chunk of streamed) {
      if (stdout.write(chunk) === false && stdout.once)
        await new Promise((resolve) => stdout.once!('drain', resolve))
    }
  } else {
    options.stdout.write(output)
  }
  if (values.output && values['fix-dry-run']) options.stdout.write(diffs.join(''))
  if (failed) return 2
  if (statsMode) return 0
  let warnings = 0
  let failing = 0
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === 'warning') warnings++
      if (SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn]) failing++
    }
  }
  if (failing > 0) return 1
  if (maxWarnings !== undefined && warnings > maxWarnings) return 1
  return 0
}

/**
 * Colours: --no-color and --color first, then FORCE_COLOR (0 or false: off, anything else: on)
 * and NO_COLOR (https://no-color.org), then whether stdout is a terminal.
 */
export function useColor(
  values: {color?: boolean | undefined; 'no-color'?: boolean | undefined},
  stdout: {isTTY?: boolean},
  env: Record<string, string | undefined>,
): boolean {
  if (values['no-color']) return false
  if (values.color === true) return true
  const force = env.FORCE_COLOR
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase())
  if (env.NO_COLOR) return false
  return Boolean(stdout.isTTY)
}

/** The Dutch message for a wrong command line (node:util parseArgs answers in English). */
function argumentError(error: unknown): string {
  const {code, message} = error as {code?: string; message: string}
  // "Option '-f, --format <value>' argument missing": name the long form.
  const option = /'(?:-\w, )?(-{1,2}[^' ,<]+)/.exec(message)?.[1] ?? ''
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `onbekende optie ${option}; zie duidelijk --help`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return message.includes('argument missing')
      ? `optie ${option} verwacht een waarde`
      : `optie ${option} verwacht geen waarde`
  return message
}

/** Output formats `merge` can make from merged JSON reports (they need no source text). */
const MERGE_FORMATS = ['json', 'stylish', 'compact', 'github', 'gitlab', 'junit'] as const

/**
 * `duidelijk merge`: the reports of the shards as one report, in the format of the shards or
 * (from JSON shards) in another CI format; the exit code follows the merged findings like a
 * normal run (`--fail-on`, `--max-warnings`).
 */
async function merge(
  reports: readonly string[],
  settings: {
    output: string | undefined
    format: string | undefined
    failOn: string | undefined
    maxWarnings: string | undefined
    metrics: boolean | undefined
  },
  cwd: string,
  io: MainOptions,
): Promise<number> {
  const usage = (message: string) => {
    io.stderr.write(`duidelijk: ${message}\n`)
    return 2
  }
  if (reports.length === 0)
    return usage('geef de rapporten op, bijvoorbeeld: duidelijk merge deel*.json')
  const failOn = (settings.failOn ?? 'error') as Severity
  if (!(failOn in SEVERITY_RANK)) return usage('--fail-on moet error, warning of info zijn')
  const maxWarnings = settings.maxWarnings === undefined ? undefined : Number(settings.maxWarnings)
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0))
    return usage('--max-warnings verwacht een geheel getal ≥ 0')
  const seen = new Set<string>()
  for (const report of reports) {
    const absolute = resolve(cwd, report)
    if (seen.has(absolute)) return usage(`${report} staat twee keer in de lijst met rapporten`)
    seen.add(absolute)
  }
  const texts: string[] = []
  for (const report of reports) {
    try {
      texts.push(await readFile(resolve(cwd, report), 'utf8'))
    } catch (error) {
      io.stderr.write(`duidelijk: ${describeError(report, error)}\n`)
      return 2
    }
  }
  let merged: MergedReports
  try {
    merged = mergeReportsWithSummary(texts)
  } catch (error) {
    return usage(`samenvoegen lukt niet: ${(error as Error).message}`)
  }
  const format = settings.format ?? merged.kind
  let text = merged.text
  if (format !== merged.kind) {
    if (!merged.report || !(MERGE_FORMATS as readonly string[]).includes(format)) {
      return usage(
        merged.kind === 'sarif'
          ? 'SARIF-rapporten worden samengevoegd tot SARIF; voor een ander formaat: laat de delen JSON schrijven (--format json)'
          : `merge maakt van JSON-rapporten: ${MERGE_FORMATS.join(', ')} (niet "${format}")`,
      )
    }
    const results = merged.report.files.map((file) =>
      reviveResult({
        ...(file as unknown as StoredResult),
        metrics: {
          ...(file.metrics as CheckResult['metrics']),
          perSentence: [],
          perParagraph: [],
        },
        source: '',
        writable: false,
        redactions: [],
      }),
    )
    text =
      format === 'stylish'
        ? stylish(results, {metrics: settings.metrics !== false, frame: false})
        : FORMATTERS[format as FormatName](results, {rules: [], version: VERSION})
  }
  if (settings.output) await writeAtomic(resolve(cwd, settings.output), text)
  else io.stdout.write(text)
  const {counts} = merged
  const failing = (Object.keys(counts) as Severity[])
    .filter((severity) => SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn])
    .reduce((n, severity) => n + counts[severity], 0)
  if (failing > 0) return 1
  if (maxWarnings !== undefined && counts.warning > maxWarnings) return 1
  return 0
}
