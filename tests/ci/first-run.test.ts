// A newcomer's first ten minutes (README.md "Set-up"): exactly two set-up commands, the test
// command is the one .ci/run runs, `pnpm duidelijk` works from a subfolder, the install is quiet
// (no bin pointing at a file that only the build makes, every install script approved or
// skipped in pnpm-workspace.yaml) and the code-server script finds npm's node-gyp with a
// personal npm prefix.
import {spawnSync} from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'

const ROOT = new URL('../../', import.meta.url).pathname
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

const LETTER = `Beste meneer Bakker,

Uw aanvraag wordt door ons behandeld.

Met vriendelijke groet,

Anna Smit
`

describe('README set-up', () => {
  const setUp = read('README.md').split('## Set-up')[1]!.split('\n## ')[0]!
  const commands = [...setUp.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim())

  it('has exactly two set-up commands: install + example letter, and the tests', () => {
    const [first, second] = commands
    expect(first).toBe(
      'pnpm install --frozen-lockfile && pnpm build && pnpm -s duidelijk examples/brief-parkeervergunning.txt',
    )
    expect(second).toBe('pnpm install --frozen-lockfile && pnpm test')
    // Further blocks in the section are about checking one's own letters, not set-up.
    expect(setUp.indexOf('### Checking your own letters')).toBeGreaterThan(setUp.indexOf(second!))
    expect(existsSync(join(ROOT, 'examples/brief-parkeervergunning.txt'))).toBe(true)
  })

  it('names the exact prerequisites: Node 20.19 (as engines says) and pnpm via Corepack or npm', () => {
    const engines = JSON.parse(read('package.json')).engines.node
    expect(engines).toBe('>=20.19')
    expect(setUp).toContain('Node.js 20.19 or newer')
    expect(setUp).toContain('`corepack enable`')
    expect(setUp).toContain('`npm i -g pnpm@10`')
  })

  it('.ci/run runs the README test command', () => {
    const run = read('.ci/run')
    const extract = /test_command=\$\(awk '([^']+)' README.md\)/.exec(run)
    expect(extract).not.toBeNull()
    const result = spawnSync('awk', [extract![1]!, 'README.md'], {cwd: ROOT, encoding: 'utf8'})
    expect(result.stdout.trim()).toBe(commands[1])
    expect(run).toContain('bash -c "$test_command"')
  })
})

describe('pnpm duidelijk from a subfolder', {timeout: 60_000}, () => {
  it('reads the path from the folder the command was typed in (INIT_CWD)', () => {
    mkdirSync(join(ROOT, 'tmp'), {recursive: true}) // ignored by git
    const sub = mkdtempSync(join(ROOT, 'tmp', 'brieven-'))
    writeFileSync(join(sub, 'brief.txt'), LETTER)
    const result = spawnSync('pnpm', ['-s', 'duidelijk', 'brief.txt', '--format', 'compact'], {
      cwd: sub,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'},
    })
    expect(result.stderr).toBe('')
    // The finding is on the file in the subfolder, named relative to it.
    expect(result.stdout).toMatch(/^brief\.txt:3:\d+: .*lijdende-vorm/m)
    expect(result.stdout).not.toContain('ELIFECYCLE')
  })

  it('the wrapper says in Dutch when the CLI is not built yet', () => {
    // Run a copy of the wrapper where no packages/cli/dist exists.
    const dir = mkdtempSync(join(tmpdir(), 'duidelijk-unbuilt-'))
    mkdirSync(join(dir, 'scripts'))
    writeFileSync(join(dir, 'scripts/duidelijk.mjs'), read('scripts/duidelijk.mjs'))
    const result = spawnSync(process.execPath, [join(dir, 'scripts/duidelijk.mjs'), 'brief.txt'], {
      encoding: 'utf8',
    })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('voer eerst `pnpm build` uit')
  })
})

describe('a quiet install', () => {
  const workspace = readdirSync(join(ROOT, 'packages')).map((name) => ({
    name,
    manifest: JSON.parse(read(`packages/${name}/package.json`)),
  }))

  it('links only bins that exist before the build (no "Failed to create bin")', () => {
    const names = new Set(workspace.map((p) => p.manifest.name))
    const dependedOn = new Set(
      workspace.flatMap((p) =>
        Object.keys({...p.manifest.dependencies, ...p.manifest.devDependencies}).filter((d) =>
          names.has(d),
        ),
      ),
    )
    const linked = workspace.filter((p) => dependedOn.has(p.manifest.name) && p.manifest.bin)
    expect(linked.map((p) => p.manifest.name)).toEqual(['@duidelijk/language-server'])
    for (const {name, manifest} of linked) {
      for (const target of Object.values(manifest.bin as Record<string, string>)) {
        expect(target).not.toMatch(/dist\//)
        const tracked = spawnSync('git', ['ls-files', '--error-unmatch', target], {
          cwd: join(ROOT, 'packages', name),
        })
        expect(tracked.status, `${name}: ${target} is committed`).toBe(0)
      }
    }
  })

  it('approves or skips every dependency with an install script', () => {
    const settings = parse(read('pnpm-workspace.yaml'))
    const decided = [...settings.onlyBuiltDependencies, ...settings.ignoredBuiltDependencies].sort()
    const withScripts = new Set<string>()
    const store = join(ROOT, 'node_modules/.pnpm')
    for (const entry of readdirSync(store)) {
      const modules = join(store, entry, 'node_modules')
      if (!existsSync(modules)) continue
      for (const name of readdirSync(modules)) {
        const names = name.startsWith('@')
          ? readdirSync(join(modules, name)).map((n) => `${name}/${n}`)
          : [name]
        for (const n of names) {
          const dir = join(modules, n)
          if (lstatSync(dir).isSymbolicLink() || !existsSync(join(dir, 'package.json'))) continue
          const scripts = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts ?? {}
          if (scripts.preinstall || scripts.install || scripts.postinstall) withScripts.add(n)
          else if (existsSync(join(dir, 'binding.gyp'))) withScripts.add(n)
        }
      }
    }
    expect([...withScripts].sort()).toEqual(decided)
  })
})

describe('tests/vscode/install-code-server.sh', () => {
  it('finds npm’s node-gyp also with a personal npm prefix', () => {
    const script = read('tests/vscode/install-code-server.sh')
    const line = script.split('\n').find((l) => l.startsWith('NODE_GYP='))!
    expect(line).not.toContain('npm root -g')
    const prefix = mkdtempSync(join(tmpdir(), 'npm-prefix-'))
    const result = spawnSync('bash', ['-c', `${line}\necho "$NODE_GYP"`], {
      encoding: 'utf8',
      cwd: tmpdir(),
      env: {...process.env, NPM_CONFIG_PREFIX: prefix, npm_config_prefix: prefix},
    })
    const nodeGyp = result.stdout.trim()
    expect(nodeGyp).toMatch(/node-gyp\/bin\/node-gyp\.js$/)
    expect(existsSync(nodeGyp)).toBe(true)
  })
})
