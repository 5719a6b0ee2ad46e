import {spawnSync} from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'

// The CLI as it is published (`files` of each package.json, after `pnpm build`), copied into a
// folder without the repository's docs/: rule explanations and SARIF rule help come from the
// documentation built into @duidelijk/core, not from docs/rules at run time.
const repo = fileURLToPath(new URL('../../', import.meta.url))
let root = ''

function install(pkg: string, into: string): void {
  const from = join(repo, 'packages', pkg)
  const manifest = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8'))
  mkdirSync(into, {recursive: true})
  cpSync(join(from, 'package.json'), join(into, 'package.json'))
  for (const entry of manifest.files as string[]) {
    cpSync(join(from, entry), join(into, entry), {recursive: true})
  }
  for (const dep of Object.keys(manifest.dependencies ?? {})) {
    if (dep.startsWith('@duidelijk/')) continue
    const target = join(root, 'node_modules', dep)
    mkdirSync(dirname(target), {recursive: true})
    try {
      symlinkSync(realpathSync(join(from, 'node_modules', dep)), target, 'dir')
    } catch {
      // Both packages depend on it: linked once.
    }
  }
}

function duidelijk(args: string[]) {
  const bin = join(root, 'node_modules/@duidelijk/cli/dist/bin.js')
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: join(root, 'werk'),
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'},
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'duidelijk-packed-'))
  install('core', join(root, 'node_modules/@duidelijk/core'))
  install('cli', join(root, 'node_modules/@duidelijk/cli'))
  mkdirSync(join(root, 'werk'))
  writeFileSync(
    join(root, 'werk/brief.txt'),
    'Beste meneer Visser,\n\nWij hebben uw aanvraag reeds ontvangen. Indien u vragen heeft, belt u ons.\n',
  )
  writeFileSync(join(root, 'werk/.duidelijk.json'), '{"root": true}')
})

describe('the published packages without docs/', () => {
  it('duidelijk uitleg prints the whole rule page', () => {
    const {code, stdout} = duidelijk(['uitleg', 'ambtelijke-taal'])
    expect(code).toBe(0)
    expect(stdout.startsWith('ambtelijke-taal\n===============\n\nWat\n\nDeze regel meldt')).toBe(
      true,
    )
    expect(stdout).toContain('\nWanneer uitzetten\n')
  })

  it('SARIF carries the rule help from the built-in pages', () => {
    const {code, stdout} = duidelijk(['brief.txt', '--format', 'sarif'])
    expect(code).toBe(0)
    const log = JSON.parse(stdout)
    const rule = log.runs[0].tool.driver.rules.find((r: {id: string}) => r.id === 'ambtelijke-taal')
    expect(rule.help.markdown).toMatch(/^## Wat\n\nDeze regel meldt ambtelijke/)
    expect(rule.help.markdown).toContain('\n## Wanneer uitzetten\n')
    expect(rule.fullDescription.text).toMatch(/^Deze regel meldt ambtelijke/)
    expect(rule.helpUri).toBe(
      'https://github.com/duidelijk/duidelijk/blob/main/docs/rules/ambtelijke-taal.md',
    )
  })

  it('the HTML report lists the rules of the configuration', () => {
    const {stdout} = duidelijk(['brief.txt', '--format', 'html'])
    expect(stdout).toContain('Regels in deze configuratie')
    expect(stdout).toContain('ambtelijke-taal')
  })
  it('reads Word, HTML and e-mail files and a YAML config with the modules bundled apart (dist/lazy)', () => {
    const folder = join(root, 'werk/lui')
    mkdirSync(folder)
    for (const name of ['besluit-parkeerkaart.docx', 'mail-afvalpas.html', 'mail-bezwaar.eml'])
      cpSync(join(repo, 'examples', name), join(folder, name))
    writeFileSync(join(folder, '.duidelijk.yaml'), 'root: true\nrules:\n  lange-zin: "off"\n')
    const {stdout} = duidelijk(['lui', '--format', 'json'])
    const report = JSON.parse(stdout) as {
      files: Array<{path: string; format: string; findings: Array<{ruleId: string}>}>
    }
    expect(report.files.map((f) => [f.path, f.format])).toEqual([
      ['lui/besluit-parkeerkaart.docx', 'docx'],
      ['lui/mail-afvalpas.html', 'html'],
      ['lui/mail-bezwaar.eml', 'eml'],
    ])
    for (const file of report.files) {
      expect(file.findings.length).toBeGreaterThan(0)
      expect(file.findings.some((f) => f.ruleId === 'lange-zin')).toBe(false)
    }
  })
})
