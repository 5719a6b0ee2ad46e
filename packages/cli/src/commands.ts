import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {
  currentRuleId,
  presets,
  ruleMetadata,
  ruleSettings,
  STARTER_CONFIG_FILE,
  starterConfig,
  type ResolvedConfig,
} from '@duidelijk/core'
import {CONFIG_FILES} from '@duidelijk/core/node'
import {writeAtomic} from './fix.js'

interface Streams {
  stdout: {write(chunk: string): unknown}
  stderr: {write(chunk: string): unknown}
}

const LABEL = {error: 'fout', warning: 'waarschuwing', info: 'info', off: 'uit'} as const

/**
 * `duidelijk regels`: the rules with their severity in the active config and whether they fix.
 * From the rule registry: no checker is built (no word lists, no hunspell).
 */
export function listRules(config: ResolvedConfig, io: Streams): number {
  const rows = ruleSettings(config).map(({rule, setting}) => [
    rule.id,
    LABEL[setting.severity],
    rule.meta.fixable === 'safe' ? 'ja' : rule.meta.fixable === 'suggestion' ? 'voorstel' : 'nee',
    rule.meta.description,
  ])
  const width = [0, 1, 2].map((i) =>
    Math.max(...rows.map((r) => r[i]!.length), ['regel', 'ernst', 'verbetert'][i]!.length),
  )
  const line = (r: string[]) =>
    `${r
      .slice(0, 3)
      .map((c, i) => c.padEnd(width[i]!))
      .join('  ')}  ${r[3]}`
  io.stdout.write(
    `${[line(['regel', 'ernst', 'verbetert', 'wat']), ...rows.map(line)].join('\n')}\n`,
  )
  return 0
}

/**
 * `duidelijk uitleg <regel>`: the rule's Dutch doc page in the terminal, as plain text, built into
 * @duidelijk/core at build time (so it works in an installed package without docs/), with the
 * link to the page online when the project has a public repository.
 */
export function explainRule(id: string | undefined, io: Streams): number {
  if (!id) {
    io.stderr.write('duidelijk: geef een regel op, bijvoorbeeld: duidelijk uitleg lange-zin\n')
    return 2
  }
  // An old id (en/passive) still finds its rule, under the current name.
  id = currentRuleId(id)
  const meta = ruleMetadata(id)
  if (!meta) {
    io.stderr.write(`duidelijk: de regel "${id}" bestaat niet; zie "duidelijk regels"\n`)
    return 2
  }
  const body = meta.doc?.text ?? `${meta.description}\n`
  const link = meta.helpUri ? `\nOnline: ${meta.helpUri}\n` : ''
  io.stdout.write(`${meta.id}\n${'='.repeat(meta.id.length)}\n\n${body}${link}`)
  return 0
}

/** `duidelijk init`: a commented .duidelijk.yaml with the chosen preset and target level. */
export async function init(
  cwd: string,
  options: {
    preset?: string | undefined
    niveau?: string | undefined
    force?: boolean | undefined
    /** Asks the user (on a terminal); without it, or with the flags given, nothing is asked. */
    ask?: ((question: string) => Promise<string>) | undefined
  },
  io: Streams,
): Promise<number> {
  const names = Object.keys(presets)
  let preset = options.preset
  let niveau = options.niveau
  if (options.ask && preset === undefined) {
    const answer = (
      await options.ask(
        `Welke preset wilt u gebruiken? ${names.map((n, i) => `${i + 1}) ${n}`).join('  ')} [1]: `,
      )
    ).trim()
    preset = answer === '' ? names[0] : (names[Number(answer) - 1] ?? answer)
  }
  if (options.ask && niveau === undefined) {
    niveau = (await options.ask('Welk taalniveau is het doel? B1 of B2 [B1]: ')).trim() || 'B1'
  }
  preset ??= 'duidelijk:aanbevolen'
  const level = (niveau ?? 'B1').toUpperCase()
  if (!(preset in presets)) {
    io.stderr.write(
      `duidelijk: onbekende preset "${preset}"; kies uit ${Object.keys(presets).join(', ')}\n`,
    )
    return 2
  }
  if (level !== 'B1' && level !== 'B2') {
    io.stderr.write('duidelijk: --niveau moet B1 of B2 zijn\n')
    return 2
  }
  // One format for `init` and the editor's command: .duidelijk.json with $schema.
  const existing = CONFIG_FILES.find((name) => existsSync(join(cwd, name)))
  if (existing && !(options.force && existing === STARTER_CONFIG_FILE)) {
    io.stderr.write(
      existing === STARTER_CONFIG_FILE
        ? `duidelijk: ${existing} bestaat al (gebruik --force om te overschrijven)\n`
        : `duidelijk: deze map heeft al ${existing}; pas dat bestand aan of verwijder het eerst\n`,
    )
    return 2
  }
  await writeAtomic(join(cwd, STARTER_CONFIG_FILE), starterConfig(preset, level))
  io.stdout.write(`${STARTER_CONFIG_FILE} geschreven (preset ${preset}, niveau ${level})\n`)
  return 0
}
