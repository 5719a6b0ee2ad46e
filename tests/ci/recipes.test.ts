// The CI recipes in examples/ci/ (shown in docs/ci.md) must be valid for their platform and keep
// working exactly when there are findings: duidelijk then exits 1, so every step that uploads a
// report runs `if: always()` (GitHub), `when: always` (GitLab) or `condition: always()` (Azure),
// and the merge job of a shard matrix runs also when a shard failed and itself exits 1 on errors.
// Each file is validated offline against the platform's published schema: GitHub's own workflow
// parser (@actions/workflow-parser), GitLab's ci.json and Azure's service-schema.json (copies in
// tests/ci/schemas, see the $comment at their top). The commands in the recipes are run for real.
import {spawnSync} from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {NoOperationTraceWriter, parseWorkflow} from '@actions/workflow-parser'
import {parseAction} from '@actions/workflow-parser/actions/action-parser'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'

const ROOT = new URL('../../', import.meta.url).pathname
const EXAMPLES = join(ROOT, 'examples/ci')
const BIN = join(ROOT, 'packages/cli/dist/bin.js')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

// A letter with an error (a sentence of 47 words) and a clean one (no errors; warnings do not
// fail a run with the default --fail-on error).
const ERROR_LETTER = `Beste mevrouw Jansen,

Wij hebben uw aanvraag voor een parkeervergunning ontvangen en wij willen u laten weten dat wij deze aanvraag in de komende weken zullen behandelen, waarbij wij ook kijken naar de situatie in uw straat en de beschikbare plaatsen in de buurt van uw woning aan de Kerkstraat.

Heeft u vragen? Bel ons dan op 14 0321.

Met vriendelijke groet,

Piet de Boer
Team Parkeren
`
const CLEAN_LETTER = `Beste meneer Bakker,

U krijgt een nieuwe afvalpas. De pas komt binnen twee weken met de post.

Heeft u vragen? Bel ons dan op 14 0321.

Met vriendelijke groet,

Anna Smit
Team Afval
`

type Step = {uses?: string; run?: string; if?: string; with?: Record<string, unknown>}
type GithubJob = {
  steps: Step[]
  needs?: string | string[]
  if?: string
  strategy?: {'fail-fast'?: boolean; matrix: {shard: number[]}}
}
type Workflow = {jobs: Record<string, GithubJob>}

const recipe = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8')
const githubRecipes = ['github-annotaties.yml', 'github-code-scanning.yml', 'github-shards.yml']

function githubErrors(name: string, content: string): string[] {
  const result = parseWorkflow({name, content}, new NoOperationTraceWriter())
  return result.context.errors.getErrors().map((error) => error.message)
}

function ajvFor(schema: object) {
  // The schemas use .NET-style patterns (`\:`) and formats ajv does not know; neither matters
  // for the structure checked here.
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    unicodeRegExp: false,
    validateFormats: false,
  })
  return ajv.compile(schema)
}

function run(command: string, cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync('bash', ['-c', command], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', CI: 'true', ...env},
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A folder with sjablonen/ holding the given letters. */
function project(letters: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'duidelijk-recipe-'))
  mkdirSync(join(dir, 'sjablonen'))
  for (const [name, text] of Object.entries(letters))
    writeFileSync(join(dir, 'sjablonen', name), text)
  return dir
}

describe('recipe files in examples/ci', () => {
  it('are all shown in docs/ci.md, exactly as in the file', () => {
    const page = read('docs/ci.md')
    const files = readdirSync(EXAMPLES).sort()
    expect(files).toEqual([
      'azure-pipelines.yml',
      'github-annotaties.yml',
      'github-code-scanning.yml',
      'github-shards.yml',
      'gitlab-ci.yml',
      'pre-commit',
    ])
    for (const file of files) {
      const block = new RegExp(
        `<!-- examples/ci/${file.replace('.', '\\.')} -->\\n+\`\`\`(?:yaml|sh)\\n([\\s\\S]*?)\`\`\``,
      ).exec(page)
      expect(block, `docs/ci.md shows examples/ci/${file}`).not.toBeNull()
      expect(block![1]).toBe(recipe(file))
    }
  })
})

describe('GitHub Actions recipes', () => {
  it.each(githubRecipes)('%s is a valid workflow for GitHub’s own parser', (name) => {
    expect(githubErrors(name, recipe(name))).toEqual([])
  })

  it('the parser finds mistakes (so the check above can fail)', () => {
    const broken = recipe('github-shards.yml')
      .replace('if: always()', 'iff: always()')
      .replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest')
    expect(githubErrors('broken.yml', broken)).toEqual([
      "broken.yml (Line: 15, Col: 5): Unexpected value 'runs_on'",
      "broken.yml (Line: 34, Col: 9): Unexpected value 'iff'",
      'broken.yml (Line: 15, Col: 5): Required property is missing: runs-on',
    ])
  })

  it('the composite action.yml is valid for GitHub’s action parser', () => {
    const content = read('action.yml')
    const result = parseAction({name: 'action.yml', content}, new NoOperationTraceWriter())
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([])
    const broken = content.replace('using: composite', 'using: compost')
    const bad = parseAction({name: 'action.yml', content: broken}, new NoOperationTraceWriter())
    expect(bad.context.errors.getErrors().length).toBeGreaterThan(0)
  })

  it('uploads every report also when the check step failed', () => {
    const uploads = githubRecipes
      .flatMap((name) => Object.values((parse(recipe(name)) as Workflow).jobs))
      .flatMap((job) => job.steps)
      .filter((step) => /upload-artifact|upload-sarif/.test(step.uses ?? ''))
    expect(uploads.map((step) => step.uses)).toEqual([
      'github/codeql-action/upload-sarif@v3',
      'actions/upload-artifact@v4',
      'github/codeql-action/upload-sarif@v3',
    ])
    for (const step of uploads) expect(step.if).toBe('always()')
  })

  it('shards: every shard finishes, and the merge job runs also when a shard failed', () => {
    const {jobs} = parse(recipe('github-shards.yml')) as Workflow
    expect(jobs.check!.strategy!['fail-fast']).toBe(false)
    expect(jobs.check!.strategy!.matrix.shard).toEqual([1, 2, 3])
    const check = jobs.check!.steps.find((step) => step.uses?.startsWith('duidelijk/duidelijk'))!
    expect(check.with).toMatchObject({shard: '${{ matrix.shard }}/3', format: 'sarif'})
    expect(jobs.merge!.needs).toBe('check')
    expect(jobs.merge!.if).toBe('always()')
    // Nothing swallows the exit code of a check or of the merge.
    for (const step of Object.values(jobs).flatMap((job) => job.steps)) {
      expect(step.run ?? '').not.toMatch(/\|\|\s*true|continue-on-error/)
      expect(step).not.toHaveProperty('continue-on-error')
    }
  })

  it(
    'shards: the recipe’s merge command exits 1 on errors and 0 without, writing the report',
    {
      timeout: 120_000,
    },
    () => {
      const {jobs} = parse(recipe('github-shards.yml')) as Workflow
      const merge = jobs.merge!.steps.find((step) => /\bmerge\b/.test(step.run ?? ''))!.run!
      const sarifUpload = jobs.merge!.steps.find((step) => step.uses?.includes('upload-sarif'))!
      for (const [letters, expected] of [
        [{'a.txt': CLEAN_LETTER, 'b.txt': ERROR_LETTER, 'c.txt': CLEAN_LETTER}, 1],
        [{'a.txt': CLEAN_LETTER, 'b.txt': CLEAN_LETTER}, 0],
      ] as const) {
        const dir = project(letters)
        symlinkSync(ROOT, join(dir, '.duidelijk'))
        // What the composite action runs on each machine of the matrix.
        for (const shard of [1, 2, 3]) {
          const args = `--format sarif --fail-on error --output deel-${shard}.sarif --shard ${shard}/3`
          const checked = run(`node ${BIN} ${args} sjablonen/`, dir)
          expect([0, 1]).toContain(checked.code)
        }
        const merged = run(merge, dir)
        expect(merged.stderr).toBe('')
        expect(merged.code).toBe(expected)
        const report = JSON.parse(
          readFileSync(join(dir, sarifUpload.with!.sarif_file as string), 'utf8'),
        )
        const results = report.runs[0].results as {ruleId: string; level: string}[]
        expect(results.filter((r) => r.level === 'error').map((r) => r.ruleId)).toEqual(
          expected ? ['lange-zin'] : [],
        )
      }
    },
  )
})

describe('release workflow (.github/workflows/release.yml)', () => {
  const content = read('.github/workflows/release.yml')

  it('is a valid workflow for GitHub’s own parser', () => {
    expect(githubErrors('release.yml', content)).toEqual([])
  })

  it('on a tag builds the CLI tarballs and the .vsix and attaches them to the release', () => {
    const workflow = parse(content) as Workflow & {
      on: {push: {tags: string[]}}
      permissions: object
    }
    expect(workflow.on.push.tags).toEqual(['v*'])
    expect(workflow.permissions).toEqual({contents: 'write'})
    const steps = workflow.jobs.release!.steps
    const runs = steps.map((step) => step.run ?? '').join('\n')
    expect(runs).toContain('pnpm install --frozen-lockfile')
    expect(runs).toContain(
      '--filter @duidelijk/core --filter @duidelijk/cli pack --pack-destination release',
    )
    expect(runs).toContain('pnpm --filter duidelijk-vscode run package')
    expect(runs).toMatch(/mv packages\/vscode-extension\/duidelijk-vscode\.vsix "release\//)
    const attach = steps.at(-1)!
    expect(attach.uses).toBe('softprops/action-gh-release@v2')
    expect(attach.with).toMatchObject({files: 'release/*', fail_on_unmatched_files: true})
    // The scripts the workflow calls exist.
    const extension = JSON.parse(read('packages/vscode-extension/package.json'))
    expect(extension.scripts.package).toContain('vsce package')
    for (const field of ['icon', 'repository', 'license', 'publisher'])
      expect(extension).toHaveProperty(field)
    expect(extension.engines.vscode).toMatch(/^\^1\.\d+\.0$/)
    const icon = readFileSync(join(ROOT, 'packages/vscode-extension', extension.icon))
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([128, 128]) // PNG IHDR
    expect(existsSync(join(ROOT, 'packages/vscode-extension/CHANGELOG.md'))).toBe(true)
  })
})

describe('GitLab CI recipe', {timeout: 60_000}, () => {
  const validate = ajvFor(JSON.parse(read('tests/ci/schemas/gitlab-ci.schema.json')))
  const pipeline = parse(recipe('gitlab-ci.yml'))

  it('is valid against GitLab’s published ci.json schema', () => {
    expect(validate(pipeline), JSON.stringify(validate.errors)).toBe(true)
    const broken = structuredClone(pipeline)
    broken.duidelijk.artifacts.when = 'sometimes'
    expect(validate(broken)).toBe(false)
    expect(validate.errors![0]).toMatchObject({instancePath: '/duidelijk/artifacts/when'})
  })

  it('uploads the Code Quality report also when the job exits 1', () => {
    expect(pipeline.duidelijk.artifacts).toEqual({
      when: 'always',
      reports: {codequality: 'gl-code-quality-report.json'},
    })
  })

  it('its check command exits 1 on errors and still writes the report', () => {
    const script = pipeline.duidelijk.script as string[]
    const check = script.find((line) => line.includes('--format gitlab'))!
    const dir = project({'a.txt': ERROR_LETTER})
    const result = run(check.replaceAll('/tmp/duidelijk/', ROOT), dir)
    expect(result.code).toBe(1)
    const report = JSON.parse(readFileSync(join(dir, 'gl-code-quality-report.json'), 'utf8'))
    expect(report.filter((issue: {severity: string}) => issue.severity === 'major')).toHaveLength(1)
  })
})

describe('Azure DevOps recipe', {timeout: 60_000}, () => {
  // The schema is large (1.6 MB, every Azure task's inputs): compiling it takes seconds.
  const pipeline = parse(recipe('azure-pipelines.yml'))

  it('is valid against Azure Pipelines’ published service-schema.json', {timeout: 120_000}, () => {
    const schema = gunzipSync(
      readFileSync(join(ROOT, 'tests/ci/schemas/azure-pipelines.schema.json.gz')),
    )
    const validate = ajvFor(JSON.parse(schema.toString('utf8')))
    expect(validate(pipeline), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true)
    // A misspelt task input is refused: the schema checks every task's inputs.
    const broken = structuredClone(pipeline)
    broken.steps[1].inputs = {version: '20.x'}
    expect(validate(broken)).toBe(false)
  })

  it('publishes the results also when the check failed, and the check step fails the run', () => {
    const publish = pipeline.steps.find((s: {task?: string}) => s.task === 'PublishTestResults@2')
    expect(publish.condition).toBe('always()')
    expect(publish.inputs.testResultsFormat).toBe('JUnit')
    const check = pipeline.steps.find((s: {script?: string}) =>
      s.script?.includes('--format junit'),
    )
    expect(check).not.toHaveProperty('continueOnError')
    expect(publish.inputs.testResultsFiles).toBe(/--output "([^"]+)"/.exec(check.script)![1])
  })

  it('its check command exits 1 on errors and still writes the JUnit file', () => {
    const check = pipeline.steps.find((s: {script?: string}) =>
      s.script?.includes('--format junit'),
    )
    const dir = project({'a.txt': ERROR_LETTER})
    const command = (check.script as string)
      .replaceAll('$(Agent.TempDirectory)/duidelijk', ROOT)
      .replaceAll('$(Common.TestResultsDirectory)', dir)
    const result = run(command, dir)
    expect(result.code).toBe(1)
    expect(readFileSync(join(dir, 'duidelijk.xml'), 'utf8')).toContain('lange-zin')
  })
})

describe('pre-commit hook', {timeout: 60_000}, () => {
  function repository() {
    const dir = mkdtempSync(join(tmpdir(), 'duidelijk-hook-'))
    // git passes what the hook prints to its own stderr: look at both streams together.
    const git = (args: string) => {
      const result = run(
        `git -c user.name=Test -c user.email=test@example.org -c core.hooksPath=.git/hooks ${args}`,
        dir,
        {DUIDELIJK: `node ${BIN}`},
      )
      return {code: result.code, output: result.stdout + result.stderr, stdout: result.stdout}
    }
    git('init -q')
    copyFileSync(join(EXAMPLES, 'pre-commit'), join(dir, '.git/hooks/pre-commit'))
    chmodSync(join(dir, '.git/hooks/pre-commit'), 0o755)
    return {dir, git}
  }
  const commits = (git: (args: string) => {stdout: string}) =>
    git('log --oneline').stdout.trim().split('\n').filter(Boolean).length

  it('blocks a commit with an error in a letter, and says why', () => {
    const {dir, git} = repository()
    mkdirSync(join(dir, 'brieven 2026'))
    writeFileSync(join(dir, 'brieven 2026', 'parkeren.txt'), ERROR_LETTER)
    git('add .')
    const commit = git('commit -q -m brief')
    expect(commit.code).toBe(1)
    expect(commit.output).toContain('brieven 2026/parkeren.txt')
    expect(commit.output).toMatch(/3:1 +fout +Deze zin telt 47 woorden\..* lange-zin/)
    expect(commit.output).toContain('duidelijk: de commit is gestopt.')
    expect(commits(git)).toBe(0)
  })

  it('lets a clean letter through, and commits without letters never start duidelijk', () => {
    const {dir, git} = repository()
    writeFileSync(join(dir, 'afvalpas.md'), CLEAN_LETTER)
    git('add .')
    const commit = git('commit -q -m brief')
    expect(commit.code).toBe(0)
    expect(commit.output).toContain('afvalpas.md')
    expect(commits(git)).toBe(1)
    // A commit without letters: DUIDELIJK points to a command that would fail.
    writeFileSync(join(dir, 'script.js'), 'console.log(1)\n')
    run('git add script.js', dir)
    const other = run(
      'git -c user.name=T -c user.email=t@example.org -c core.hooksPath=.git/hooks commit -q -m js',
      dir,
      {DUIDELIJK: 'false'},
    )
    expect(other.code).toBe(0)
    expect(commits(git)).toBe(2)
    expect(existsSync(join(dir, '.git/hooks/pre-commit'))).toBe(true)
  })

  it('checks only the letters of the commit, also when the folder holds other .txt files', () => {
    const {dir, git} = repository()
    writeFileSync(join(dir, 'oud.txt'), ERROR_LETTER) // not staged: must not stop the commit
    writeFileSync(join(dir, 'nieuw.txt'), CLEAN_LETTER)
    git('add nieuw.txt')
    const commit = git('commit -q -m brief')
    expect(commit.code).toBe(0)
    expect(commit.output).toContain('nieuw.txt')
    expect(commit.output).not.toContain('oud.txt')
  })
})
