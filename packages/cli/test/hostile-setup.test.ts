import {spawnSync} from 'node:child_process'
import {chmodSync, existsSync, linkSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {folder, run} from './helpers.js'

// The smaller points of issue #19 (point 7): folders, configs, -o and e-mails that used to be
// skipped silently, hang, overwrite a letter or answer in English.

const LETTER = 'Beste meneer Visser,\n\nWij hebben uw bezwaar reeds ontvangen.\n'
const CONFIG = '{"root": true, "rules": {"spelling": "off"}}'

describe('an unlistable folder', () => {
  it('gets a Dutch message naming it and exit code 2, while the other letters are checked', () => {
    const root = folder({
      'brieven/open.txt': LETTER,
      'brieven/dicht/geheim.txt': LETTER,
      '.duidelijk.json': CONFIG,
    })
    chmodSync(root, 0o755)
    chmodSync(join(root, 'brieven/dicht'), 0o000)
    // Root may list any folder: then run the CLI as an ordinary user (nobody).
    const asUser = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {}
    const result = spawnSync(
      process.execPath,
      [new URL('../dist/bin.js', import.meta.url).pathname, 'brieven', '-f', 'compact'],
      {cwd: root, encoding: 'utf8', ...asUser},
    )
    chmodSync(join(root, 'brieven/dicht'), 0o755)
    expect(result.stderr).toBe(
      'duidelijk: brieven/dicht: geen toegang tot deze map; de bestanden erin zijn niet gecontroleerd\n',
    )
    expect(result.stdout).toContain('brieven/open.txt:3:23: warning ‘Reeds’ is ouderwets')
    expect(result.status).toBe(2)
  })
})

describe('a config that names something that is not a config file', () => {
  const refused = (what: string) => `het configuratiebestand ${what} en wordt niet gelezen\n`

  it('extends: /dev/zero is refused at once, naming the config that extends it', async () => {
    const root = folder({
      'brief.txt': LETTER,
      '.duidelijk.yaml': 'root: true\nextends: /dev/zero\n',
    })
    const started = Date.now()
    const {code, stderr} = await run(['brief.txt'], root)
    expect(Date.now() - started).toBeLessThan(3000)
    expect([code, stderr]).toEqual([
      2,
      `duidelijk: ${join(root, '.duidelijk.yaml')}: "extends" → /dev/zero: ${refused('is geen gewoon bestand (maar een map, apparaat of pipe)')}`,
    ])
  })

  it('a named pipe, a folder and a huge file are refused too; --config a folder as well', async () => {
    const root = folder({'brief.txt': LETTER, 'map/leeg.txt': ''})
    const fifo = spawnSync('mkfifo', [join(root, 'pijp.json')])
    expect(fifo.status).toBe(0)
    writeFileSync(join(root, 'groot.json'), `{"words": [${'"woord",'.repeat(200_000)}"x"]}`)
    for (const [target, reason] of [
      ['pijp.json', 'is geen gewoon bestand (maar een map, apparaat of pipe)'],
      ['map', 'is geen gewoon bestand (maar een map, apparaat of pipe)'],
      ['groot.json', 'is groter dan 1 MB'],
    ]) {
      writeFileSync(
        join(root, '.duidelijk.json'),
        JSON.stringify({root: true, extends: `./${target}`}),
      )
      const {code, stderr} = await run(['brief.txt'], root)
      expect([code, stderr]).toEqual([
        2,
        `duidelijk: ${join(root, '.duidelijk.json')}: "extends" → ${join(root, target!)}: ${refused(reason!)}`,
      ])
    }
    const dir = await run(['brief.txt', '--config', 'map'], root)
    expect(dir.stderr).toBe(
      `duidelijk: ${join(root, 'map')}: ${refused('is geen gewoon bestand (maar een map, apparaat of pipe)')}`,
    )
  })

  it('a YAML alias bomb (billion laughs) gets a Dutch message naming the file that holds it', async () => {
    const lines = ['a: &a ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    for (let i = 1; i < 10; i++)
      lines.push(
        `l${i}: &l${i} [${Array(9)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      )
    const bomb = `${lines.join('\n')}\n`
    const message =
      'ongeldige YAML: te veel verwijzingen naar ankers (*naam); zo’n bestand kan het geheugen vullen en wordt niet gelezen. Schrijf de instellingen uit zonder ankers.'
    const own = folder({'brief.txt': LETTER, '.duidelijk.yaml': bomb})
    expect((await run(['brief.txt'], own)).stderr).toBe(
      `duidelijk: ${join(own, '.duidelijk.yaml')}: ${message}\n`,
    )
    const extended = folder({
      'brief.txt': LETTER,
      'basis.yaml': bomb,
      '.duidelijk.yaml': 'root: true\nextends: ./basis.yaml\n',
    })
    expect((await run(['brief.txt'], extended)).stderr).toBe(
      `duidelijk: ${join(extended, '.duidelijk.yaml')}: "extends" → ${join(extended, 'basis.yaml')}: ${message}\n`,
    )
  })
})

describe('-o never overwrites a letter', () => {
  it('refuses an output that is one of the checked files: same path, symlink or hard link', async () => {
    const root = folder({
      'brieven/a.txt': LETTER,
      'brieven/b.txt': LETTER,
      '.duidelijk.json': CONFIG,
    })
    symlinkSync(join(root, 'brieven/a.txt'), join(root, 'koppeling.json'))
    linkSync(join(root, 'brieven/b.txt'), join(root, 'hard.json'))
    for (const [output, letter] of [
      ['brieven/a.txt', 'brieven/a.txt'],
      ['koppeling.json', 'brieven/a.txt'],
      ['hard.json', 'brieven/b.txt'],
    ]) {
      const {code, stderr} = await run(['brieven', '-f', 'json', '-o', output!], root)
      expect([code, stderr]).toEqual([
        2,
        `duidelijk: ${output}: dit is ook een bestand dat wordt gecontroleerd; het rapport zou ${letter} overschrijven. Kies met -o een ander bestand.\n`,
      ])
    }
    expect(readFileSync(join(root, 'brieven/a.txt'), 'utf8')).toBe(LETTER)
    expect(readFileSync(join(root, 'brieven/b.txt'), 'utf8')).toBe(LETTER)
    // A report next to the letters is fine.
    expect((await run(['brieven', '-f', 'json', '-o', 'rapport.json'], root)).code).toBe(0)
    expect(existsSync(join(root, 'rapport.json'))).toBe(true)
    // merge: -o naming one of the reports being merged.
    const merge = await run(['merge', 'rapport.json', '-o', 'rapport.json'], root)
    expect([merge.code, merge.stderr]).toEqual([
      2,
      'duidelijk: rapport.json: dit is een van de rapporten die worden samengevoegd; kies met -o een ander bestand\n',
    ])
  })
})

describe('an e-mail nested too deep', () => {
  it('gets a Dutch message naming the e-mail; the other files are checked', async () => {
    const nest = (depth: number): string =>
      depth === 0
        ? 'Content-Type: text/plain; charset=utf-8\r\n\r\nWij hebben uw brief ontvangen.\r\n'
        : `Content-Type: multipart/mixed; boundary="b${depth}"\r\n\r\n--b${depth}\r\n${nest(depth - 1)}\r\n--b${depth}--\r\n`
    const root = folder({
      'a-diep.eml': `From: a@dronten.nl\r\nSubject: Uw brief\r\nMIME-Version: 1.0\r\n${nest(80)}`,
      'b.txt': LETTER,
      '.duidelijk.json': CONFIG,
    })
    const {code, stderr, stdout} = await run(['.', '-f', 'compact', '--jobs', '1'], root)
    expect(stderr).toBe(
      'duidelijk: a-diep.eml: deze e-mail is te diep genest (meer dan 50 niveaus van MIME-delen) en wordt niet gelezen\n',
    )
    expect(stdout).toContain('b.txt:3:23: warning ‘Reeds’ is ouderwets')
    expect(code).toBe(2)
  })
})

describe('a budget for checks on the main thread (--jobs 1)', () => {
  const PARAGRAPH =
    'Wij hebben uw aanvraag reeds ontvangen en indien u vragen heeft, kunt u middels het formulier terstond contact opnemen. '.repeat(
      4,
    ) + '\n\n'

  it('a check over its time or heap budget fails alone with a Dutch message; the batch goes on', async () => {
    const root = folder({
      'a-groot.txt': PARAGRAPH.repeat(300),
      'b.txt': LETTER,
      '.duidelijk.json': CONFIG,
    })
    const slow = await run(['.', '--jobs', '1', '-f', 'compact'], root, {
      env: {DUIDELIJK_FILE_TIME_BUDGET_MS: '200'},
    })
    expect(slow.stderr).toContain(
      'duidelijk: a-groot.txt: de controle duurde langer dan 0,2 s en is afgebroken; de andere bestanden worden wel gecontroleerd\n',
    )
    expect(slow.code).toBe(2)
    const greedy = await run(['a-groot.txt', '--jobs', '1', '-f', 'compact'], root, {
      env: {DUIDELIJK_WORKER_HEAP_MB: '2'},
    })
    expect([greedy.code, greedy.stderr]).toEqual([
      2,
      'duidelijk: a-groot.txt: de controle had meer dan 2 MB geheugen nodig en is afgebroken; de andere bestanden worden wel gecontroleerd\n',
    ])
    // Within the default budgets the same files are checked as usual.
    const normal = await run(['.', '--jobs', '1', '-f', 'compact'], root)
    expect(normal.stdout).toContain('b.txt:3:23: warning ‘Reeds’ is ouderwets')
    expect(normal.stdout).toContain('a-groot.txt:1:')
  })
})
