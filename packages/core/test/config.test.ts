import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {createChecker, createCheckerSync} from '../src/checker.js'
import {ConfigLoader, findConfigFile, loadConfigFile, loadConfigFor} from '../src/node/config.js'
import {buildConfigSchema} from '../src/config/schema.js'
import {defineRule} from '../src/rule.js'
import type {Config} from '../src/config/types.js'
import {builtinRules} from '../src/rules/index.js'

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'duidelijk-config-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), {recursive: true})
    writeFileSync(join(root, path), content)
  }
  return root
}

describe('config discovery', () => {
  it('finds the nearest config file and merges it over the ones above', () => {
    const root = tree({
      '.duidelijk.json': '{ "root": true, "extends": "duidelijk:b1", "words": ["Swifterbant"] }',
      'brieven/.duidelijk.yaml': 'rules:\n  lange-zin: [warning, {warning: 22}]\n',
      'brieven/afval/brief.txt': 'x',
    })
    expect(findConfigFile(join(root, 'brieven/afval'))).toBe(join(root, 'brieven/.duidelijk.yaml'))
    const {config, files} = loadConfigFor(join(root, 'brieven/afval/brief.txt'))
    expect(files).toEqual([join(root, '.duidelijk.json'), join(root, 'brieven/.duidelijk.yaml')])
    expect(config.rules['lange-zin']).toEqual({
      severity: 'warning',
      explicit: true,
      options: {info: 15, warning: 22, error: 30, marge: 2},
    })
    expect(config.words).toEqual(['Swifterbant'])
    expect(config.sources).toEqual([
      'duidelijk:aanbevolen',
      'duidelijk:b1',
      join(root, '.duidelijk.json'),
    ])
  })

  it('applies a sub-folder preset after the parent folder settings (nearest wins)', () => {
    const root = tree({
      '.duidelijk.json':
        '{"root": true, "rules": {"lange-zin": ["warning", {"warning": 22}]}, "words": ["Dronten"]}',
      'sjablonen/.duidelijk.yaml': 'extends: duidelijk:strikt\nwords: [Swifterbant]\n',
    })
    const {config} = loadConfigFor(join(root, 'sjablonen/brief.txt'))
    expect(config.rules['lange-zin']).toEqual({
      severity: 'error',
      explicit: true,
      options: {info: 12, warning: 15, error: 25, marge: 0},
    })
    expect(config.words).toEqual(['Dronten', 'Swifterbant'])
    expect(loadConfigFor(join(root, 'brief.txt')).config.rules['lange-zin']!.options).toEqual({
      info: 20,
      warning: 22,
      error: 35,
      marge: 5,
    })
  })

  it('a config file without root and nothing above still builds on the default preset', () => {
    const root = tree({'.duidelijk.yaml': 'words: [Lelystad]\n'})
    // The temp folder has no config above it; a lone file behaves as if it said root: true.
    const {config} = loadConfigFor(join(root, 'brief.txt'))
    expect([config.sources, config.words]).toEqual([['duidelijk:aanbevolen'], ['Lelystad']])
  })

  it('stops at root: true', () => {
    const root = tree({
      '.duidelijk.json': '{ "rules": { "spelling": "off" } }',
      'sub/.duidelijk.json': '{ "root": true }',
      'sub/brief.txt': 'x',
    })
    const {config, files} = loadConfigFor(join(root, 'sub/brief.txt'))
    expect(files).toEqual([join(root, 'sub/.duidelijk.json')])
    expect(config.rules['spelling']).toBeUndefined()
  })

  it('extends files relative to the config file, and reads the words file', () => {
    const root = tree({
      'gedeeld/huisstijl.yaml': 'rules:\n  aanhef: [warning, {stijl: beste}]\n',
      'brieven/.duidelijk.json':
        '// huisstijl\n{ "root": true, "extends": ["duidelijk:dronten", "../gedeeld/huisstijl.yaml"] }',
      // Saved by Notepad: BOM and CRLF.
      'brieven/.duidelijk-woorden.txt':
        '\uFEFFBloesemhof\r\n# eigen woorden\r\n\r\nLindewaard # wijk\r\n',
    })
    const {config} = loadConfigFor(join(root, 'brieven/brief.txt'))
    expect(config.rules['aanhef']!.options).toEqual({stijl: 'beste'})
    expect(config.words).toEqual(['Bloesemhof', 'Lindewaard'])
    expect(config.sources.at(-1)).toBe(join(root, 'gedeeld/huisstijl.yaml'))
  })

  it('applies overrides by path', () => {
    const root = tree({
      '.duidelijk.json': JSON.stringify({
        root: true,
        overrides: [{files: ['sjablonen/**'], rules: {persoonsgegevens: 'error'}}],
      }),
    })
    const loader = new ConfigLoader()
    expect(
      loader.configFor(join(root, 'sjablonen/a/brief.txt')).config.rules['persoonsgegevens']!
        .severity,
    ).toBe('error')
    expect(
      loader.configFor(join(root, 'brieven/brief.txt')).config.rules['persoonsgegevens'],
    ).toBeUndefined()
  })

  it('uses --config instead of searching, and falls back to the default preset without files', () => {
    const root = tree({'elders/mijn.yaml': 'extends: duidelijk:strikt\n'})
    expect(
      loadConfigFor(join(root, 'brief.txt'), {configPath: join(root, 'elders/mijn.yaml')}).config
        .sources,
    ).toEqual(['duidelijk:aanbevolen', 'duidelijk:b1', 'duidelijk:strikt'])
    expect(loadConfigFor(join(tmpdir(), 'nergens', 'brief.txt')).config.sources).toEqual([
      'duidelijk:aanbevolen',
    ])
  })

  it('detects extends cycles and names the chain', () => {
    const root = tree({
      'a.yaml': 'extends: ./b.yaml\n',
      'b.yaml': 'extends: ./a.yaml\n',
      '.duidelijk.json': '{"root": true, "extends": "./a.yaml"}',
    })
    const a = join(root, 'a.yaml')
    const b = join(root, 'b.yaml')
    expect(() => loadConfigFor(join(root, 'brief.txt'))).toThrow(
      `${b}: "extends" verwijst in een kring naar ${a} (${a} → ${b} → ${a})`,
    )
  })

  it('tells two files with the same relative name apart (no false cycle)', () => {
    const root = tree({
      'team/basis.yaml': 'extends: ../gedeeld/basis.yaml\nwords: [Team]\n',
      'gedeeld/basis.yaml': 'words: [Gedeeld]\n',
      '.duidelijk.json': '{"root": true, "extends": "./team/basis.yaml"}',
    })
    expect(loadConfigFor(join(root, 'brief.txt')).config.words).toEqual(['Gedeeld', 'Team'])
  })

  it('resolves extends and overrides of a parent folder relative to that folder', () => {
    const root = tree({
      '.duidelijk.json': JSON.stringify({
        root: true,
        extends: './huisstijl.yaml',
        overrides: [{files: ['brieven/sjablonen/**'], rules: {persoonsgegevens: 'error'}}],
      }),
      'huisstijl.yaml': 'rules:\n  aanhef: [warning, {stijl: beste}]\n',
      'brieven/.duidelijk.yaml': 'overrides:\n  - files: ["*.md"]\n    rules: {spelling: off}\n',
    })
    const {config, files} = loadConfigFor(join(root, 'brieven/sjablonen/brief.md'))
    expect(files).toEqual([join(root, '.duidelijk.json'), join(root, 'brieven/.duidelijk.yaml')])
    expect(config.rules['aanhef']!.options).toEqual({stijl: 'beste'})
    expect([
      config.rules['persoonsgegevens']!.severity,
      config.rules['spelling']!.severity,
    ]).toEqual(['error', 'off'])
    const other = loadConfigFor(join(root, 'brieven/brief.txt')).config
    expect([other.rules['persoonsgegevens'], other.rules['spelling']]).toEqual([
      undefined,
      undefined,
    ])
  })

  it('reads each config once per loader until clear()', () => {
    const root = tree({
      '.duidelijk.json': '{"root": true, "extends": "./basis.yaml"}',
      'basis.yaml': 'words: [Lelystad]\n',
    })
    const loader = new ConfigLoader()
    const first = loader.configFor(join(root, 'a/brief-1.txt'))
    writeFileSync(join(root, '.duidelijk.json'), '{"root": true, "words": ["Biddinghuizen"]}')
    writeFileSync(join(root, 'basis.yaml'), 'words: [Swifterbant]\n')
    // Cached: 500 letters in one run never see a config twice.
    expect(loader.configFor(join(root, 'a/brief-2.txt'))).toBe(first)
    expect(loader.configFor(join(root, 'b/brief.txt')).config.words).toEqual(['Lelystad'])
    loader.clear()
    expect(loader.configFor(join(root, 'a/brief-1.txt')).config.words).toEqual(['Biddinghuizen'])
  })
})

describe('config errors', () => {
  const bad = (name: string, content: string) => {
    const root = tree({[name]: content})
    try {
      loadConfigFile(join(root, name))
    } catch (error) {
      return (error as Error).message.replace(root, '<map>')
    }
    return 'geen fout'
  }

  it('names the file, line and column of broken JSON and YAML', () => {
    expect(bad('.duidelijk.json', '{\n  "rules": { "lange-zin": "warning" \n')).toBe(
      '<map>/.duidelijk.json: ongeldige JSON op 3:1: sluitaccolade (}) verwacht',
    )
    expect(bad('.duidelijk.json', '{\n  "lang": "nl"\n  "letter": true\n}')).toBe(
      '<map>/.duidelijk.json: ongeldige JSON op 3:3: komma verwacht',
    )
    expect(bad('.duidelijk.yaml', 'rules:\n  lange-zin: [warning\n')).toMatch(
      /^<map>\/\.duidelijk\.yaml: ongeldige YAML op 3:1: /,
    )
  })

  it('reads a file saved with a BOM and an empty file; a list is no config', () => {
    expect(bad('.duidelijk.json', '\uFEFF{"lang": "nl"}')).toBe('geen fout')
    expect(bad('.duidelijk.yaml', '\uFEFFlang: nl\n')).toBe('geen fout')
    expect(bad('.duidelijk.json', ' \n')).toBe('geen fout')
    expect(bad('.duidelijk.yaml', '')).toBe('geen fout')
    expect(bad('.duidelijk.yaml', '- lange-zin\n')).toBe(
      '<map>/.duidelijk.yaml: de configuratie moet een object zijn (nu: ["lange-zin"])',
    )
  })

  it('names the key and what is allowed', () => {
    expect(
      bad('.duidelijk.json', '{"rules": {"lange-zin": ["warning", {"warning": "twintig"}]}}'),
    ).toBe(
      '<map>/.duidelijk.json: "rules.lange-zin.options.warning" moet een geheel getal ≥ 1 zijn (nu: "twintig")',
    )
    expect(bad('.duidelijk.json', '{"rules": {"lange-zin": ["warning", {"warning": 0}]}}')).toBe(
      '<map>/.duidelijk.json: "rules.lange-zin.options.warning" moet een geheel getal ≥ 1 zijn (nu: 0)',
    )
    expect(bad('.duidelijk.json', '{"rules": {"lange-zin": "waarschuwing"}}')).toBe(
      '<map>/.duidelijk.json: "rules.lange-zin" heeft ernst "waarschuwing"; kies uit "error", "warning", "info" of "off"',
    )
    expect(bad('.duidelijk.json', '{"targetLevel": "C2"}')).toBe(
      '<map>/.duidelijk.json: "targetLevel" moet een van "B1", "B2" zijn (nu: "C2")',
    )
  })

  it('suggests the closest rule id for a typo and lists several problems', () => {
    expect(bad('.duidelijk.json', '{"rules": {"lange-zinnen": "off"}}')).toBe(
      '<map>/.duidelijk.json: onbekende regel "lange-zinnen"; bedoelt u "lange-zin"?',
    )
    expect(
      bad(
        '.duidelijk.json',
        '{"taal": "nl", "rules": {"spelling": {"options": {"suggesties": true}}}}',
      ),
    ).toBe(
      '<map>/.duidelijk.json: \n  - onbekende sleutel "taal"\n  - onbekende sleutel "suggesties" in "rules.spelling.options"',
    )
  })

  it('names a placeholder pattern that is not a valid regular expression', () => {
    expect(bad('.duidelijk.yaml', 'placeholders:\n  patterns: ["#[A-Z_]+#", "{{(naam"]\n')).toBe(
      '<map>/.duidelijk.yaml: "placeholders.patterns.1" is geen geldige reguliere expressie (nu: "{{(naam"; /{{(naam/gu: Lone quantifier brackets)',
    )
  })

  it('checks rule ids in groups and unknown presets', () => {
    expect(
      bad(
        '.duidelijk.json',
        '{"groups": {"helder": {"label": "Helder", "description": "Kort.", "rules": ["lange-zinnen"]}}}',
      ),
    ).toBe(
      '<map>/.duidelijk.json: "groups.helder.rules.0": onbekende regel "lange-zinnen"; bedoelt u "lange-zin"?',
    )
    const root = tree({'.duidelijk.json': '{"root": true, "extends": "duidelijk:b2"}'})
    expect(() => loadConfigFor(join(root, 'brief.txt'))).toThrow(
      `${join(root, '.duidelijk.json')}: onbekende preset "duidelijk:b2"; kies uit duidelijk:aanbevolen, duidelijk:b1, duidelijk:strikt, duidelijk:dronten`,
    )
  })

  it('validates the options of plugin rules against their meta.options', () => {
    const plugin = defineRule<{max: number}>({
      id: 'eigen-regel',
      meta: {
        description: 'Eigen regel.',
        severity: 'info',
        fixable: 'none',
        messages: {m: 'Melding.'},
        options: {
          type: 'object',
          properties: {max: {type: 'integer', minimum: 2, default: 3}},
        },
      },
      check() {},
    }) as never
    const config = {rules: {'eigen-regel': ['warning', {max: 1}]}} as Config
    for (let i = 0; i < 2; i++)
      expect(() => createCheckerSync(config, {rules: [plugin]})).toThrow(
        'configuratie: "rules.eigen-regel.options.max" moet een geheel getal ≥ 2 zijn (nu: 1)',
      )
    expect(() => createCheckerSync(config)).toThrow('configuratie: onbekende regel "eigen-regel"')
    expect(
      createCheckerSync(
        {rules: {spelling: 'off', 'eigen-regel': ['warning', {max: 4}]}},
        {rules: [plugin]},
      ).rules.find((r) => r.rule.id === 'eigen-regel')!.setting.options,
    ).toEqual({max: 4})
  })

  it('validates a config passed to createChecker too', async () => {
    expect(() => createCheckerSync({rules: {'lange-zin': ['warning', {info: -1}]}})).toThrow(
      'configuratie: "rules.lange-zin.options.info" moet een geheel getal ≥ 1 zijn (nu: -1)',
    )
    await expect(createChecker({rules: {'lange-zinn': 'off'}})).rejects.toThrow(
      'configuratie: onbekende regel "lange-zinn"; bedoelt u "lange-zin"?',
    )
  })
})

describe('JSON schema', () => {
  it('is generated from the rules and committed up to date (run scripts/build-schema.mjs)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../schema/duidelijk.schema.json', import.meta.url), 'utf8'),
    )
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildConfigSchema(builtinRules))))
  })

  it('describes every rule with its options and defaults', () => {
    const schema = buildConfigSchema(builtinRules) as {
      properties: {rules: {properties: Record<string, {description: string}>}}
    }
    // Every rule, plus the old ids of renamed rules (marked deprecated).
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(
      [...builtinRules.map((r) => r.id), 'en/passive', 'en/readability', 'en/simplify'].sort(),
    )
    expect(schema.properties.rules.properties['lange-zin']!.description).toBe(
      'Houd zinnen kort: één gedachte per zin. (standaard: warning)',
    )
  })

  it('gives every key a Dutch description and markdownDescription for the editor', () => {
    const schema = buildConfigSchema(builtinRules) as {
      properties: Record<string, {description?: string; markdownDescription?: string}>
    }
    const keys: Array<keyof Config | '$schema'> = [
      '$schema',
      'root',
      'extends',
      'lang',
      'targetLevel',
      'letter',
      'rules',
      'placeholders',
      'words',
      'maxFileSize',
      'ignorePatterns',
      'templates',
      'formats',
      'groups',
      'overrides',
    ]
    expect(Object.keys(schema.properties).sort()).toEqual([...keys].sort())
    for (const key of keys) {
      const property = schema.properties[key]!
      expect([key, typeof property.description, typeof property.markdownDescription]).toEqual([
        key,
        'string',
        'string',
      ])
    }
    expect(schema.properties.words!.markdownDescription).toContain('.duidelijk-woorden.txt')
    // Building the schema leaves the rules' own option schemas untouched.
    const langeZin = builtinRules.find((r) => r.id === 'lange-zin')!
    expect(JSON.stringify(langeZin.meta.options)).not.toContain('markdownDescription')
  })
})

describe('renamed rule ids (en/passive → en-passive)', () => {
  const english = 'The permit was given to your neighbour.'

  it('accepts an old id in rules, overrides and groups, with one warning per file and id', () => {
    const root = tree({
      '.duidelijk.json': JSON.stringify({
        root: true,
        lang: 'en',
        rules: {'en/passive': 'error', 'en/simplify': 'off'},
        groups: {engels: {label: 'Engels', description: 'Engelse regels.', rules: ['en/passive']}},
        overrides: [{files: ['*.txt'], rules: {'en/passive': 'warning'}}],
      }),
    })
    const file = join(root, '.duidelijk.json')
    const {config} = loadConfigFor(join(root, 'brief.md'))
    expect(config.rules['en-passive']?.severity).toBe('error')
    expect(config.rules['en-simplify']?.severity).toBe('off')
    expect(config.rules['en/passive']).toBeUndefined()
    expect(config.groups.engels?.rules).toEqual(['en-passive'])
    expect(config.warnings).toEqual([
      `${file}: regel "en/passive" heet nu "en-passive"; de oude naam werkt nog, maar verdwijnt in een volgende versie`,
      `${file}: regel "en/simplify" heet nu "en-simplify"; de oude naam werkt nog, maar verdwijnt in een volgende versie`,
    ])
    // The override (old id too) applies to .txt files only.
    expect(loadConfigFor(join(root, 'brief.txt')).config.rules['en-passive']?.severity).toBe(
      'warning',
    )
  })

  it('checks with the rule under its new id when the config names the old one', async () => {
    const checker = await createChecker({lang: 'en', rules: {'en/passive': 'error'}})
    expect(checker.config.warnings).toEqual([
      'config: regel "en/passive" heet nu "en-passive"; de oude naam werkt nog, maar verdwijnt in een volgende versie',
    ])
    const findings = checker
      .check({text: english})
      .findings.filter((f) => f.ruleId === 'en-passive')
    expect(findings.map((f) => [f.severity, f.actual, f.url])).toEqual([
      [
        'error',
        'given',
        'https://github.com/duidelijk/duidelijk/blob/main/docs/rules/en-passive.md',
      ],
    ])
  })

  it('validates the options and severity of an old id like those of the new one', () => {
    const root = tree({
      '.duidelijk.json': '{"root": true, "rules": {"en/passive": "waarschuwing"}}',
    })
    expect(() => loadConfigFor(join(root, 'brief.txt'))).toThrow(
      '"rules.en/passive" heeft ernst "waarschuwing"',
    )
  })

  it('gives no warning for the new ids', async () => {
    const checker = await createChecker({lang: 'en', rules: {'en-passive': 'error'}})
    expect(checker.config.warnings).toEqual([])
  })

  it('disables a rule in an inline directive under its old id', async () => {
    const checker = await createChecker({lang: 'en', rules: {'en-passive': 'warning'}})
    const text = `<!-- duidelijk-disable-next-line en/passive -->\n${english}`
    expect(
      checker.check({text, format: 'md'}).findings.filter((f) => f.ruleId === 'en-passive'),
    ).toEqual([])
  })

  it('marks the old ids deprecated in the JSON schema', () => {
    const schema = buildConfigSchema(builtinRules) as {
      properties: {rules: {properties: Record<string, {deprecated?: boolean}>}}
    }
    expect(schema.properties.rules.properties['en/passive']?.deprecated).toBe(true)
    expect(schema.properties.rules.properties['en-passive']?.deprecated).toBeUndefined()
  })
})
