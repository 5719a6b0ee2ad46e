import {describe, expect, it} from 'vitest'
import {folder, onlyRules, run} from './helpers.js'

// A letter with an error (a template with a BSN) and one with a warning (ambtelijke taal).
const ERROR = 'Beste {{naam}}, uw burgerservicenummer is 111222333.\n'
const WARNING = 'Wij hebben uw aanvraag reeds ontvangen.\n'

async function shards(format: 'json' | 'sarif') {
  const root = folder({
    '.duidelijk.json': await onlyRules('ambtelijke-taal', 'persoonsgegevens'),
    'brieven/a.txt': WARNING,
    'brieven/b.txt': ERROR,
  })
  const codes: number[] = []
  for (const shard of ['1/2', '2/2'])
    codes.push(
      (
        await run(
          ['brieven', '-f', format, '--shard', shard, '-o', `deel-${shard[0]}.${format}`],
          root,
        )
      ).code,
    )
  return {root, codes}
}

describe('duidelijk merge', () => {
  it('exits 1 when the merged reports hold errors, like one run (json and sarif)', async () => {
    for (const format of ['json', 'sarif'] as const) {
      const {root, codes} = await shards(format)
      // The shard with the template fails, the other does not: merge must fail as a whole.
      expect(codes).toEqual([0, 1])
      const merged = await run(['merge', `deel-1.${format}`, `deel-2.${format}`], root)
      expect([format, merged.code, merged.stderr]).toEqual([format, 1, ''])
      const lenient = await run(['merge', '--fail-on', 'info', `deel-1.${format}`], root)
      expect([format, lenient.code]).toEqual([format, 1])
      const onlyWarnings = await run(['merge', `deel-1.${format}`], root)
      expect([format, onlyWarnings.code]).toEqual([format, 0])
      const tooMany = await run(['merge', '--max-warnings', '0', `deel-1.${format}`], root)
      expect([format, tooMany.code]).toEqual([format, 1])
    }
  })

  it('writes the merged JSON shards in another CI format', async () => {
    const {root} = await shards('json')
    const github = await run(['merge', '-f', 'github', 'deel-1.json', 'deel-2.json'], root)
    expect(
      github.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('::')[1]!.split(' ')[0]),
    ).toEqual(['warning', 'error'])
    expect(github.stdout).toContain('file=brieven/b.txt,line=1,col=43')
    expect(github.stdout).not.toContain('111222333')
    const compact = await run(['merge', '-f', 'compact', 'deel-1.json', 'deel-2.json'], root)
    expect(compact.stdout).toMatch(/^brieven\/a\.txt:1:24: warning .*\[ambtelijke-taal\]\n/)
    const stylish = await run(
      ['merge', '-f', 'stylish', '--no-metrics', 'deel-1.json', 'deel-2.json'],
      root,
    )
    expect(stylish.stdout).toContain('2 bevindingen (1 fout, 1 waarschuwing, 0 info)')
    const refused = await run(['merge', '-f', 'html', 'deel-1.json'], root)
    expect([refused.code, refused.stderr]).toEqual([
      2,
      'duidelijk: merge maakt van JSON-rapporten: json, stylish, compact, github, gitlab, junit (niet "html")\n',
    ])
  })

  it('refuses a shard given twice', async () => {
    const {root} = await shards('json')
    const same = await run(['merge', 'deel-1.json', 'deel-2.json', './deel-1.json'], root)
    expect([same.code, same.stdout, same.stderr]).toEqual([
      2,
      '',
      'duidelijk: ./deel-1.json staat twee keer in de lijst met rapporten\n',
    ])
    await run(['brieven', '-f', 'json', '--shard', '1/2', '-o', 'kopie.json'], root)
    const copy = await run(['merge', 'deel-1.json', 'deel-2.json', 'kopie.json'], root)
    expect([copy.code, copy.stderr]).toEqual([
      2,
      'duidelijk: samenvoegen lukt niet: brieven/a.txt staat in twee rapporten; geef elk deel (--shard i/n) één keer op\n',
    ])
    await run(['brieven', '-f', 'sarif', '--shard', '2/2', '-o', 'b1.sarif'], root)
    await run(['brieven', '-f', 'sarif', '--shard', '2/2', '-o', 'b2.sarif'], root)
    const sarif = await run(['merge', 'b1.sarif', 'b2.sarif'], root)
    expect([sarif.code, sarif.stderr]).toEqual([
      2,
      'duidelijk: samenvoegen lukt niet: brieven/b.txt staat in twee rapporten; geef elk deel (--shard i/n) één keer op\n',
    ])
  })
})
