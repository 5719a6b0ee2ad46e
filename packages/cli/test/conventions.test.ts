// Command-line conventions users know from other tools (issue #17, point 6).
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {builtinRules, SCHEMA_URL, starterConfig} from '@duidelijk/core'
import {describe, expect, it} from 'vitest'
import {useColor} from '../src/main.js'
import {folder, onlyRules, run} from './helpers.js'

const JARGON = 'Wij hebben uw aanvraag reeds ontvangen.\n'
const LONG =
  'Wij hebben uw aanvraag voor een parkeervergunning ontvangen en wij willen u laten weten dat wij deze aanvraag in de komende weken zullen behandelen, waarbij wij ook kijken naar de situatie in uw straat en de beschikbare plaatsen in de buurt van uw woning.\n'

describe('conventions', () => {
  it('honours FORCE_COLOR and NO_COLOR; the flags win', () => {
    const tty = {isTTY: true}
    const pipe = {isTTY: false}
    expect(useColor({}, pipe, {FORCE_COLOR: '1'})).toBe(true)
    expect(useColor({}, pipe, {FORCE_COLOR: '3'})).toBe(true)
    expect(useColor({}, pipe, {FORCE_COLOR: ''})).toBe(true)
    expect(useColor({}, tty, {FORCE_COLOR: '0'})).toBe(false)
    expect(useColor({}, tty, {FORCE_COLOR: 'false'})).toBe(false)
    expect(useColor({}, tty, {NO_COLOR: '1'})).toBe(false)
    expect(useColor({}, tty, {})).toBe(true)
    expect(useColor({}, pipe, {})).toBe(false)
    expect(useColor({'no-color': true}, pipe, {FORCE_COLOR: '1'})).toBe(false)
    expect(useColor({color: true}, pipe, {NO_COLOR: '1'})).toBe(true)
  })

  it('colours CI logs when FORCE_COLOR is set (stdout is no terminal there)', async () => {
    const root = folder({'a.txt': 'Wij hebben uw aanvraag reeds ontvangen.\n'})
    const plain = await run(['a.txt', '--no-metrics'], root)
    const forced = await run(['a.txt', '--no-metrics'], root, {env: {FORCE_COLOR: '1'}})
    expect(plain.stdout).not.toContain('\u001b[')
    expect(forced.stdout).toContain('\u001b[33mwaarschuwing')
  })

  it('answers unknown options and missing values in Dutch', async () => {
    const root = folder({'a.txt': 'Wij hebben uw aanvraag ontvangen.\n'})
    const unknown = await run(['--formaat', 'json', 'a.txt'], root)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr.split('\n')[0]).toBe(
      'duidelijk: onbekende optie --formaat; zie duidelijk --help',
    )
    const missing = await run(['a.txt', '--format'], root)
    expect(missing.stderr.split('\n')[0]).toBe('duidelijk: optie --format verwacht een waarde')
  })

  it('accepts ESLint severities: "warn" and 0, 1, 2, in the config and in its JSON schema', async () => {
    const off = JSON.parse(await onlyRules('ambtelijke-taal', 'lange-zin'))
    const config = {...off, rules: {...off.rules, 'ambtelijke-taal': 'warn', 'lange-zin': 0}}
    const root = folder({'a.txt': JARGON + LONG, '.duidelijk.json': JSON.stringify(config)})
    const out = await run(['a.txt', '-f', 'json'], root)
    expect(out.stderr).toBe('')
    const findings = JSON.parse(out.stdout).files[0].findings
    expect(findings.map((f: {ruleId: string; severity: string}) => [f.ruleId, f.severity])).toEqual(
      [['ambtelijke-taal', 'warning']],
    )
    writeFileSync(
      join(root, '.duidelijk.json'),
      JSON.stringify({...config, rules: {...config.rules, 'ambtelijke-taal': 2, 'lange-zin': 1}}),
    )
    const numeric = await run(['a.txt', '-f', 'json'], root)
    expect(numeric.code).toBe(1)
    expect(
      JSON.parse(numeric.stdout).files[0].findings.map((f: {ruleId: string; severity: string}) => [
        f.ruleId,
        f.severity,
      ]),
    ).toEqual([
      ['ambtelijke-taal', 'error'],
      ['lange-zin', 'warning'],
    ])
    const schema = JSON.parse(
      readFileSync(new URL('../../core/schema/duidelijk.schema.json', import.meta.url), 'utf8'),
    )
    const validate = new Ajv2020({strict: false}).compile(schema)
    expect(validate({rules: {'lange-zin': 'warn', spelling: 0, toon: ['warn'], aanhef: 2}})).toBe(
      true,
    )
    expect(validate({rules: {'lange-zin': 'waarschuwing'}})).toBe(false)
    expect(validate({rules: {'lange-zin': 3}})).toBe(false)
  })

  it('--quiet shows only errors: no Leesbaarheid blocks, no files without errors', async () => {
    const root = folder({'a.txt': JARGON, 'b.txt': LONG})
    const out = await run(['a.txt', 'b.txt', '--quiet'], root)
    expect(out.code).toBe(1)
    expect(out.stdout).not.toContain('Leesbaarheid')
    expect(out.stdout).not.toMatch(/^a\.txt$/m)
    expect(out.stdout).toMatch(/^b\.txt\n {2}1:1 +fout +Deze zin telt 44 woorden/)
    const clean = await run(['a.txt', '--quiet'], root)
    expect(clean.stdout).toBe('Geen bevindingen.\n')
  })

  it('github: at most 10 annotations per kind, the rest in the log, totals in a notice and the step summary', async () => {
    const letter = (n: number) => Array.from({length: n}, () => JARGON).join('\n')
    const root = folder({
      'a.txt': letter(12),
      'b.txt': letter(9),
      'c.txt': letter(4),
      '.duidelijk.json': await onlyRules('ambtelijke-taal'),
    })
    const summary = join(root, 'summary.md')
    const out = await run(['a.txt', 'b.txt', 'c.txt', '-f', 'github'], root, {
      env: {GITHUB_STEP_SUMMARY: summary},
    })
    const lines = out.stdout.trimEnd().split('\n')
    const warnings = lines.filter((line) => line.startsWith('::warning '))
    expect(warnings).toHaveLength(10)
    // Round-robin over the files: each letter gets annotations, not only the first.
    for (const file of ['a.txt', 'b.txt', 'c.txt'])
      expect(warnings.some((line) => line.includes(`file=${file},`))).toBe(true)
    expect(lines.filter((line) => /^[abc]\.txt:\d+:\d+: waarschuwing: /.test(line))).toHaveLength(
      15,
    )
    expect(lines.at(-1)).toBe(
      '::notice title=duidelijk::25 bevindingen (0 fouten, 25 waarschuwingen, 0 info). GitHub toont per stap 10 annotaties per soort: 10 staan bij de regels, alle 25 staan in de log van deze stap en in het overzicht (summary).',
    )
    expect(readFileSync(summary, 'utf8')).toBe(
      [
        '### duidelijk: 25 bevindingen (0 fouten, 25 waarschuwingen, 0 info)',
        '',
        '| bestand | fouten | waarschuwingen | info |',
        '| --- | ---: | ---: | ---: |',
        '| a.txt | 0 | 12 | 0 |',
        '| b.txt | 0 | 9 | 0 |',
        '| c.txt | 0 | 4 | 0 |',
        '',
        '',
      ].join('\n'),
    )
    // Within the limits nothing changes: every finding an annotation, no notice.
    const few = await run(['c.txt', '-f', 'github'], root)
    expect(
      few.stdout
        .trimEnd()
        .split('\n')
        .every((l) => l.startsWith('::warning ')),
    ).toBe(true)
  })

  it('a binary file: nothing on stdout, the reason on stderr, exit 2', async () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i * 7) % 256)
    const root = folder({'foto.txt': bytes})
    const out = await run(['foto.txt'], root)
    expect([out.code, out.stdout]).toEqual([2, ''])
    expect(out.stderr).toContain('foto.txt: dit is geen tekstbestand')
  })

  it('--print-config lists every rule with the severity it runs with', async () => {
    const root = folder({'.duidelijk.json': JSON.stringify({root: true, rules: {toon: 'warn'}})})
    const out = await run(['--print-config', 'brief.txt'], root)
    const rules = JSON.parse(out.stdout).rules
    expect(Object.keys(rules).sort()).toEqual(builtinRules.map((rule) => rule.id).sort())
    expect(rules['lange-alinea'].severity).toBe('info') // the rule's own, not "warning"
    expect(rules['moeilijk-woord'].severity).toBe('info')
    expect(rules.toon).toMatchObject({severity: 'warning', explicit: true})
    expect(rules['lange-zin'].options).toEqual({info: 20, warning: 25, error: 35, marge: 5})
  })

  it('init writes the same .duidelijk.json as the editor command, with a reachable $schema', async () => {
    const root = folder({})
    const out = await run(['init', '--preset', 'duidelijk:b1', '--niveau', 'B2'], root)
    expect(out.code).toBe(0)
    const written = readFileSync(join(root, '.duidelijk.json'), 'utf8')
    expect(written).toBe(starterConfig('duidelijk:b1', 'B2'))
    expect(JSON.parse(written)).toMatchObject({$schema: SCHEMA_URL, extends: 'duidelijk:b1'})
    expect(existsSync(join(root, '.duidelijk.yaml'))).toBe(false)
    // Not into node_modules, which a template repository does not have.
    expect(SCHEMA_URL).toMatch(/^https:\/\/.*\/packages\/core\/schema\/duidelijk\.schema\.json$/)
    const extension = readFileSync(
      new URL('../../vscode-extension/src/extension.ts', import.meta.url),
      'utf8',
    )
    expect(extension).toContain("from '@duidelijk/core/starter'")
    expect(extension).toMatch(/starterConfig\(choice\.preset/)
    const docs = readFileSync(new URL('../../../docs/configuration.md', import.meta.url), 'utf8')
    expect(docs).toContain(`"$schema": "${SCHEMA_URL}"`)
    expect(docs).not.toContain('node_modules/@duidelijk')
    // Another config file already there: init leaves it alone.
    const yaml = folder({'.duidelijk.yaml': 'root: true\n'})
    const refused = await run(['init'], yaml)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(
      'duidelijk: deze map heeft al .duidelijk.yaml; pas dat bestand aan of verwijder het eerst\n',
    )
  })
})
