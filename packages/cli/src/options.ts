import {parseArgs} from 'node:util'
import {SEVERITY_RANK, type Config, type Severity} from '@duidelijk/core/node'
import {reportContext, type ReportExtras} from './report/cli.js'
import {parseShard} from './shard.js'
import {STATS_FORMATS} from './stats.js'

/** Output formats of the check (not `stats`). */
export const FORMAT_NAMES = [
  'stylish',
  'json',
  'compact',
  'github',
  'sarif',
  'junit',
  'gitlab',
  'html',
] as const

const INPUT_FORMATS = ['txt', 'md', 'html', 'eml', 'docx', 'odt']

export const USAGE = `Gebruik: duidelijk [opties] <bestand, map, patroon of -...>
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

/** The command line as parseArgs reads it (throws on unknown options). */
export function parseCommandLine(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
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
}

/** The parsed option values. */
export type OptionValues = ReturnType<typeof parseCommandLine>['values']

/**
 * The settings from --preset, --lang, --niveau and --rule on top of the config files, or the
 * Dutch usage error.
 */
export function overrideConfigOf(values: OptionValues): Config | string {
  if (values.lang !== undefined && !['nl', 'en', 'auto'].includes(values.lang))
    return '--lang moet nl, en of auto zijn'
  if (values.niveau !== undefined && !['B1', 'B2'].includes(values.niveau.toUpperCase()))
    return '--niveau moet B1 of B2 zijn'
  const ruleSettings: Record<string, 'error' | 'warning' | 'info' | 'off'> = {}
  for (const setting of values.rule ?? []) {
    const match = /^([a-z0-9/-]+):(error|warning|info|off)$/.exec(setting)
    if (!match) return `--rule verwacht regel:ernst, bijvoorbeeld lange-zin:off (nu: ${setting})`
    ruleSettings[match[1]!] = match[2] as 'error'
  }
  return {
    ...(values.preset ? {extends: values.preset} : {}),
    ...(values.lang ? {lang: values.lang as 'nl' | 'en' | 'auto'} : {}),
    ...(values.niveau ? {targetLevel: values.niveau.toUpperCase() as 'B1' | 'B2'} : {}),
    ...(Object.keys(ruleSettings).length ? {rules: ruleSettings} : {}),
  }
}

/** What a check run prints and when it fails, from the options. */
export interface OutputOptions {
  formatName: string
  /** Extras of the HTML report (date, comparison, theme). */
  report: ReportExtras | undefined
  maxWarnings: number | undefined
  failOn: Severity
  jobs: number | undefined
  shard: {index: number; count: number} | undefined
}

/** Check the output, exit-code and batch options; a string is the Dutch usage error. */
export async function outputOptionsOf(
  values: OptionValues,
  statsMode: boolean,
  cwd: string,
  env: Record<string, string | undefined>,
): Promise<OutputOptions | string> {
  const formatName = values.format ?? (statsMode ? 'table' : 'stylish')
  if ((values.vergelijk !== undefined || values.thema !== undefined) && formatName !== 'html')
    return '--vergelijk en --thema horen bij het rapport: duidelijk rapport <paden>'
  const report =
    formatName === 'html'
      ? await reportContext({cwd, env, vergelijk: values.vergelijk, thema: values.thema})
      : undefined
  if (typeof report === 'string') return report
  if (statsMode && !(STATS_FORMATS as readonly string[]).includes(formatName))
    return `onbekend formaat "${formatName}" voor stats; kies uit ${STATS_FORMATS.join(', ')}`
  if (!statsMode && !(FORMAT_NAMES as readonly string[]).includes(formatName)) {
    return `onbekend formaat "${formatName}"; kies uit ${FORMAT_NAMES.join(', ')}`
  }
  const maxWarnings =
    values['max-warnings'] === undefined ? undefined : Number(values['max-warnings'])
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0))
    return '--max-warnings verwacht een geheel getal ≥ 0'
  const failOn = (values['fail-on'] ?? 'error') as Severity
  if (!(failOn in SEVERITY_RANK)) return '--fail-on moet error, warning of info zijn'
  if (values['format-in'] !== undefined && !INPUT_FORMATS.includes(values['format-in'])) {
    return `onbekend invoerformaat "${values['format-in']}"; kies uit ${INPUT_FORMATS.join(', ')}`
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1))
    return '--jobs verwacht een geheel getal ≥ 1'
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  if (values.shard !== undefined && !shard)
    return `--shard verwacht i/n, bijvoorbeeld 1/3 (nu: ${values.shard})`
  return {formatName, report, maxWarnings, failOn, jobs, shard}
}
