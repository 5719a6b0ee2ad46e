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
  // One letter checked without --shard: a report of its own, merged alone.
  await run(['brieven/a.txt', '-f', format, '-o', `alleen-a.${format}`], root)
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
      const lenient = await run(['merge', '--fail-on', 'info', `alleen-a.${format}`], root)
      expect([format, lenient.code]).toEqual([format, 1])
      const onlyWarnings = await run(['merge', `alleen-a.${format}`], root)
      expect([format, onlyWarnings.code]).toEqual([format, 0])
      const tooMany = await run(['merge', '--max-warnings', '0', `alleen-a.${format}`], root)
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
    const refused = await run(['merge', '-f', 'html', 'deel-1.json', 'deel-2.json'], root)
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
      'duidelijk: samenvoegen lukt niet: deel 1/2 staat twee keer in de lijst; geef elk deel één keer op\n',
    ])
    // Reports without shard information: the same file in two of them is still found.
    await run(['brieven/a.txt', '-f', 'json', '-o', 'nog-een-a.json'], root)
    const overlap = await run(['merge', 'alleen-a.json', 'nog-een-a.json'], root)
    expect([overlap.code, overlap.stderr]).toEqual([
      2,
      'duidelijk: samenvoegen lukt niet: brieven/a.txt staat in twee rapporten; geef elk deel (--shard i/n) één keer op\n',
    ])
    await run(['brieven', '-f', 'sarif', '--shard', '2/2', '-o', 'b1.sarif'], root)
    await run(['brieven', '-f', 'sarif', '--shard', '2/2', '-o', 'b2.sarif'], root)
    const sarif = await run(['merge', 'b1.sarif', 'b2.sarif'], root)
    expect([sarif.code, sarif.stderr]).toEqual([
      2,
      'duidelijk: samenvoegen lukt niet: deel 2/2 staat twee keer in de lijst; geef elk deel één keer op\n',
    ])
  })

  it('refuses a missing shard (issue #19): json and sarif record which part they hold', async () => {
    for (const format of ['json', 'sarif'] as const) {
      const {root} = await shards(format)
      await run(['brieven', '-f', format, '--shard', '3/3', '-o', `derde.${format}`], root)
      const missing = await run(['merge', `deel-1.${format}`], root)
      expect([format, missing.code, missing.stdout, missing.stderr]).toEqual([
        format,
        2,
        '',
        'duidelijk: samenvoegen lukt niet: deel 2/2 ontbreekt; geef de rapporten van alle 2 delen op\n',
      ])
      const mixed = await run(
        ['merge', `deel-1.${format}`, `deel-2.${format}`, `derde.${format}`],
        root,
      )
      expect(mixed.stderr).toBe(
        'duidelijk: samenvoegen lukt niet: de rapporten komen uit verschillende verdelingen (/2, /3)\n',
      )
      const loose = await run(['merge', `deel-1.${format}`, `alleen-a.${format}`], root)
      expect(loose.stderr).toBe(
        'duidelijk: samenvoegen lukt niet: sommige rapporten komen uit een run met --shard en andere niet\n',
      )
      // An empty shard (more machines than files: 2 letters, part 3 of 3) records its part too.
      const empty = await run(['merge', `derde.${format}`], root)
      expect(empty.stderr).toBe(
        'duidelijk: samenvoegen lukt niet: delen 1/3, 2/3 ontbreken; geef de rapporten van alle 3 delen op\n',
      )
    }
  })
})
