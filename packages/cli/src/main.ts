import {readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {join, relative, resolve, sep} from 'node:path'
import {parseArgs} from 'node:util'
import ignore from 'ignore'
import {
  ConfigLoader,
  createChecker,
  isDuidelijkError,
  ruleUrl,
  type Checker,
  type CheckResult,
  type Config,
  type Format,
  type ResolvedConfig,
} from '@duidelijk/core'
import {explainRule, init, listRules} from './commands.js'
import {expandPaths} from './files.js'
import {applySafeFixes, writeAtomic} from './fix.js'
import {compact} from './formatters/compact.js'
import type {FormatterContext} from './formatters/context.js'
import {gitlab} from './formatters/gitlab.js'
import {html} from './formatters/html.js'
import {junit} from './formatters/junit.js'
import {sarif} from './formatters/sarif.js'
import {github} from './formatters/github.js'
import {json} from './formatters/json.js'
import {stylish} from './formatters/stylish.js'

const VERSION = '0.1.0'
const DOCS = fileURLToPath(new URL('../../../docs/rules/', import.meta.url))

/** Patterns from .duidelijkignore and .gitignore in the working folder. */
function readIgnoreFiles(cwd: string): string[] {
  return ['.duidelijkignore', '.gitignore'].flatMap((name) => {
    try {
      return readFileSync(join(cwd, name), 'utf8')
        .split(/\r?\n/)
        .filter((line) => line.trim() && !line.startsWith('#'))
    } catch {
      return []
    }
  })
}

async function readStdin(options: MainOptions): Promise<Uint8Array> {
  if (options.stdin !== undefined) return options.stdin
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return new Uint8Array(Buffer.concat(chunks))
}

/** Streams and file access the CLI uses, injectable for tests. */
export interface MainOptions {
  /** Bytes to use for `-` (stdin) in tests. */
  stdin?: Uint8Array
  argv: readonly string[]
  stdout: {write(chunk: string): unknown}
  stderr: {write(chunk: string): unknown}
  cwd?: string
  readFile?: (path: string) => Promise<Uint8Array>
}

const FORMATTERS = {stylish, json, compact, github, sarif, junit, gitlab, html} as const
type FormatName = keyof typeof FORMATTERS

const USAGE = `Gebruik: duidelijk [opties] <bestand, map of -...>
       duidelijk regels | uitleg <regel> | init [--preset p] [--niveau B1]

Controleert brieven en e-mails op begrijpelijke taal (taalniveau B1).
Mappen worden doorzocht op .txt-, .md-, .html-, .eml- en .docx-bestanden.

Opties:
  -c, --config <bestand>    gebruik dit configuratiebestand (anders .duidelijk.json/.yaml zoeken)
  -p, --preset <naam>       preset bovenop de configuratie, bijv. duidelijk:b1 of duidelijk:dronten
  -f, --format <naam>       uitvoer: stylish (standaard), json, compact, github, sarif, junit,
                            gitlab, html (rapport voor communicatieteams)
  -o, --output <bestand>    schrijf de uitvoer naar een bestand
      --format-in <formaat> lees alle bestanden als txt, md, html, eml of docx (anders: extensie,
                            instelling "formats", of herkend aan de inhoud)
      --no-metrics          toon geen leesbaarheidscijfers
      --quiet               toon alleen fouten
      --max-warnings <n>    exitcode 1 bij meer dan n waarschuwingen
      --rule <regel:ernst>  zet een regel aan of uit, bijv. --rule spelling:off (herhaalbaar)
      --lang <nl|en|auto>   taal van de teksten
      --niveau <B1|B2>      streefniveau voor het geschatte taalniveau
      --ignore-pattern <p>  sla paden over (gitignore-stijl, herhaalbaar); ook .duidelijkignore
      --stdin-filename <n>  naam (en formaat) van de tekst die via - binnenkomt
  -v, --version             toon het versienummer
      --fix                 verbeter veilige meldingen in het bestand zelf (niet in .docx en .eml)
      --fix-dry-run         laat zien hoeveel verbeteringen --fix zou maken, zonder te schrijven
  -h, --help                toon deze hulp

Voorbeelden:
  duidelijk brieven/                         alle brieven in een map
  duidelijk --preset duidelijk:dronten .     met het profiel Duidelijk Dronten
  duidelijk -f html -o rapport.html sjablonen/
  cat brief.txt | duidelijk - --stdin-filename brief.txt

Exitcodes: 0 geen fouten, 1 fouten gevonden (of te veel waarschuwingen), 2 gebruiksfout of
een bestand dat niet gelezen kon worden.
`

/**
 * Run the CLI. Exit codes: 0 no errors, 1 findings at error level (or more warnings than
 * --max-warnings), 2 usage problem or a file that could not be read.
 */
export async function main(options: MainOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd()
  let parsed
  try {
    parsed = parseArgs({
      args: [...options.argv],
      allowPositionals: true,
      options: {
        config: {type: 'string', short: 'c'},
        preset: {type: 'string', short: 'p'},
        format: {type: 'string', short: 'f', default: 'stylish'},
        output: {type: 'string', short: 'o'},
        'format-in': {type: 'string'},
        metrics: {type: 'boolean', default: true},
        'no-metrics': {type: 'boolean'},
        quiet: {type: 'boolean'},
        'max-warnings': {type: 'string'},
        fix: {type: 'boolean'},
        'fix-dry-run': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
        lang: {type: 'string'},
        niveau: {type: 'string'},
        rule: {type: 'string', multiple: true},
        'ignore-pattern': {type: 'string', multiple: true},
        'stdin-filename': {type: 'string'},
        'no-color': {type: 'boolean'},
        force: {type: 'boolean'},
      },
    })
  } catch (error) {
    options.stderr.write(`duidelijk: ${(error as Error).message}\n\n${USAGE}`)
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
  if (command === 'init')
    return init(cwd, {preset: values.preset, niveau: values.niveau, force: values.force}, options)
  if (command === 'uitleg') return explainRule(positionals[1], DOCS, options)
  if (command === 'regels') {
    try {
      const loader = new ConfigLoader(
        values.config ? {configPath: resolve(cwd, values.config)} : {},
      )
      return await listRules(loader.configFor(resolve(cwd, 'bestand.txt')).config, options)
    } catch (error) {
      options.stderr.write(`duidelijk: ${(error as Error).message}\n`)
      return 2
    }
  }
  if (values.lang !== undefined && !['nl', 'en', 'auto'].includes(values.lang)) {
    options.stderr.write('duidelijk: --lang moet nl, en of auto zijn\n')
    return 2
  }
  if (values.niveau !== undefined && !['B1', 'B2'].includes(values.niveau.toUpperCase())) {
    options.stderr.write('duidelijk: --niveau moet B1 of B2 zijn\n')
    return 2
  }
  const ruleSettings: Record<string, 'error' | 'warning' | 'info' | 'off'> = {}
  for (const setting of values.rule ?? []) {
    const match = /^([a-z0-9/-]+):(error|warning|info|off)$/.exec(setting)
    if (!match) {
      options.stderr.write(
        `duidelijk: --rule verwacht regel:ernst, bijvoorbeeld lange-zin:off (nu: ${setting})\n`,
      )
      return 2
    }
    ruleSettings[match[1]!] = match[2] as 'error'
  }
  const format = values.format as FormatName
  if (!(format in FORMATTERS)) {
    options.stderr.write(
      `duidelijk: onbekend formaat "${values.format}"; kies uit ${Object.keys(FORMATTERS).join(', ')}\n`,
    )
    return 2
  }
  const maxWarnings =
    values['max-warnings'] === undefined ? undefined : Number(values['max-warnings'])
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    options.stderr.write(`duidelijk: --max-warnings verwacht een geheel getal ≥ 0\n`)
    return 2
  }
  const INPUT_FORMATS = ['txt', 'md', 'html', 'eml', 'docx', 'odt']
  if (values['format-in'] !== undefined && !INPUT_FORMATS.includes(values['format-in'])) {
    options.stderr.write(
      `duidelijk: onbekend invoerformaat "${values['format-in']}"; kies uit ${INPUT_FORMATS.join(', ')}\n`,
    )
    return 2
  }
  if (positionals.length === 0) {
    options.stderr.write(`duidelijk: geef minstens één bestand of map op\n\n${USAGE}`)
    return 2
  }

  const overrideConfig: Config = {
    ...(values.preset ? {extends: values.preset} : {}),
    ...(values.lang ? {lang: values.lang as 'nl' | 'en' | 'auto'} : {}),
    ...(values.niveau ? {targetLevel: values.niveau.toUpperCase() as 'B1' | 'B2'} : {}),
    ...(Object.keys(ruleSettings).length ? {rules: ruleSettings} : {}),
  }
  const overrides: Config | undefined = Object.keys(overrideConfig).length
    ? overrideConfig
    : undefined
  const loader = new ConfigLoader({
    ...(values.config ? {configPath: resolve(cwd, values.config)} : {}),
    ...(overrides ? {overrides} : {}),
  })
  const read = options.readFile ?? readFile
  const checkers = new Map<ResolvedConfig, Promise<Checker>>()
  const results: CheckResult[] = []
  const groupsByPath = new Map<string, ResolvedConfig['groups']>()
  let failed = false
  const fail = (message: string) => {
    failed = true
    options.stderr.write(`duidelijk: ${message}\n`)
  }

  const stdin = positionals.length === 1 && positionals[0] === '-'
  if (stdin) positionals = []
  let files: string[]
  try {
    const rootConfig = loader.configFor(resolve(cwd, 'bestand.txt')).config
    const ignorePatterns = [
      ...rootConfig.ignorePatterns,
      ...readIgnoreFiles(cwd),
      ...(values['ignore-pattern'] ?? []),
    ]
    files = stdin
      ? [resolve(cwd, values['stdin-filename'] ?? 'invoer.txt')]
      : expandPaths(
          positionals.map((p) => resolve(cwd, p)),
          ignorePatterns,
          cwd,
        )
    if (files.length === 0) {
      options.stderr.write('duidelijk: geen bestanden gevonden om te controleren\n')
      return 2
    }
  } catch (error) {
    fail(isDuidelijkError(error) ? error.message : (error as Error).message)
    return 2
  }

  for (const absolute of files) {
    const path = relative(cwd, absolute) || absolute
    try {
      const {config} = loader.configFor(absolute)
      let checker = checkers.get(config)
      if (!checker) {
        checker = createChecker(config)
        checkers.set(config, checker)
      }
      const bytes = stdin ? await readStdin(options) : await read(absolute)
      const rel = path.split(sep).join('/')
      const template = config.templates.length > 0 && ignore().add(config.templates).ignores(rel)
      const configured = Object.entries(config.formats).find(([pattern]) =>
        ignore().add(pattern).ignores(rel),
      )?.[1]
      const formatIn = (values['format-in'] as Format | undefined) ?? configured
      const input = {
        path,
        ...(template ? {template: true} : {}),
        ...(formatIn ? {format: formatIn} : {}),
      }
      let result = await (await checker).checkAsync({...input, bytes})
      if ((values.fix || values['fix-dry-run']) && result.document.writable) {
        // Fix, then check again: a fix can reveal or resolve other findings. At most three passes.
        let source = result.document.source
        let total = 0
        for (let pass = 0; pass < 3; pass++) {
          const {text, applied} = applySafeFixes(source, result.findings)
          if (applied === 0) break
          total += applied
          source = text
          result = (await checker).check({...input, text: source})
        }
        const utf16 =
          bytes.length >= 2 &&
          ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        if (total > 0 && utf16) {
          options.stderr.write(
            `duidelijk: ${path}: niet verbeterd, want het bestand is UTF-16; sla het op als UTF-8\n`,
          )
        } else if (total > 0) {
          const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : ''
          if (values.fix) await writeAtomic(absolute, bom + source)
          options.stderr.write(
            `duidelijk: ${path}: ${total} verbetering${total === 1 ? '' : 'en'} ${values.fix ? 'aangebracht' : 'mogelijk'}\n`,
          )
        }
      }
      if (values.quiet) result.findings = result.findings.filter((f) => f.severity === 'error')
      results.push(result)
      groupsByPath.set(path, config.groups)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      fail(
        isDuidelijkError(error)
          ? error.message
          : code === 'ENOENT'
            ? `${path}: bestand niet gevonden`
            : code === 'EISDIR'
              ? `${path}: dit is een map`
              : `${path}: ${(error as Error).message}`,
      )
    }
  }

  let context: FormatterContext = {rules: []}
  try {
    const rootConfig = loader.configFor(resolve(cwd, 'bestand.txt')).config
    const checker = await createChecker(rootConfig)
    context = {
      rules: checker.rules.map(({rule, setting}) => ({
        id: rule.id,
        description: rule.meta.description,
        url: ruleUrl(rule.id),
        severity: setting.severity,
      })),
      groups: rootConfig.groups,
      groupsFor: (path) => (path === undefined ? undefined : groupsByPath.get(path)),
    }
  } catch {
    // Without a valid root config the formatters still work, without rule metadata.
  }
  const output =
    format === 'stylish'
      ? stylish(results, {metrics: values.metrics && !values['no-metrics']})
      : FORMATTERS[format](results, context)
  if (values.output) {
    await writeAtomic(resolve(cwd, values.output), output)
  } else {
    options.stdout.write(output)
  }
  if (failed) return 2
  const errors = results.reduce(
    (n, r) => n + r.findings.filter((f) => f.severity === 'error').length,
    0,
  )
  const warnings = results.reduce(
    (n, r) => n + r.findings.filter((f) => f.severity === 'warning').length,
    0,
  )
  if (errors > 0) return 1
  if (maxWarnings !== undefined && warnings > maxWarnings) return 1
  return 0
}
