import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {count, signed} from '../../src/report/dutch.js'
import {contrastWithWhite, loadTheme} from '../../src/report/theme.js'
import {compareFiles, readPreviousReport, verdictOf} from '../../src/report/trend.js'
import {folder, onlyRules, run} from '../helpers.js'

const figures = (level: string, words: number, findings: number, byRule = {}) => ({
  path: 'a.txt',
  level,
  words,
  findings,
  byRule,
})

describe('report helpers', () => {
  it('writes Dutch singular and plural', () => {
    expect(count(1, 'zin', 'zinnen')).toBe('1 zin')
    expect(count(2, 'zin', 'zinnen')).toBe('2 zinnen')
    expect(count(0, 'melding', 'meldingen')).toBe('0 meldingen')
    expect(count(1234, 'woord', 'woorden')).toBe('1.234 woorden')
    expect(signed(-1.25, 1)).toBe('−1,3')
    expect(signed(0.04, 1)).toBe('0')
  })

  it('judges a template better when its level drops, else by findings per 100 words', () => {
    expect(verdictOf(figures('B2', 100, 2), figures('B1', 100, 9))).toBe('beter')
    expect(verdictOf(figures('B1', 100, 2), figures('B2', 100, 0))).toBe('slechter')
    expect(verdictOf(figures('B1', 100, 6), figures('B1', 100, 4))).toBe('beter')
    expect(verdictOf(figures('B1', 200, 6), figures('B1', 200, 6))).toBe('gelijk')
    expect(verdictOf(figures('onbekend', 20, 1), figures('B1', 40, 4))).toBe('slechter')
    const trends = compareFiles(
      [{...figures('B1', 10, 1), path: 'weg.txt'}, figures('B1', 10, 1)],
      [figures('B1', 10, 1), {...figures('B1', 10, 0), path: 'nieuw.txt'}],
    )
    expect(trends.map((t) => [t.path, t.verdict])).toEqual([
      ['a.txt', 'gelijk'],
      ['nieuw.txt', 'nieuw'],
      ['weg.txt', 'verdwenen'],
    ])
  })

  it('reads an earlier JSON report and refuses other files in Dutch', () => {
    const previous = readPreviousReport(
      JSON.stringify({
        schemaVersion: 1,
        tool: {name: 'duidelijk', version: '0.0.9'},
        files: [
          {
            path: 'a.txt',
            findings: [{ruleId: 'lange-zin'}, {ruleId: 'lange-zin'}, {ruleId: 'toon'}],
            metrics: {words: 80, level: {level: 'B2'}},
          },
        ],
      }),
    )
    expect(previous).toEqual({
      version: '0.0.9',
      files: [
        {path: 'a.txt', level: 'B2', words: 80, findings: 3, byRule: {'lange-zin': 2, toon: 1}},
      ],
    })
    expect(() => readPreviousReport('<html>')).toThrow(
      'geen geldige JSON; maak het vorige rapport met --format json',
    )
    expect(() => readPreviousReport('{"runs": []}')).toThrow(
      'dit is geen JSON-rapport van duidelijk',
    )
  })

  it('accepts theme colours with enough contrast on white and inlines the logo', async () => {
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1)
    expect(contrastWithWhite('#000')).toBeCloseTo(21)
    const dir = folder({
      'goed.json': JSON.stringify({
        naam: 'Gemeente Zeewolde',
        kleuren: {primair: '#00689E'},
        logo: 'logo.svg',
      }),
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
      'licht.json': JSON.stringify({kleuren: {primair: '#f9c000'}}),
      'fout.json': JSON.stringify({kleuren: {link: 'red;}body{display:none'}}),
    })
    const theme = await loadTheme(join(dir, 'goed.json'))
    expect(theme.name).toBe('Gemeente Zeewolde')
    expect(theme.primary).toBe('#00689e')
    expect(theme.logo).toBe(
      `data:image/svg+xml;base64,${readFileSync(join(dir, 'logo.svg')).toString('base64')}`,
    )
    await expect(loadTheme(join(dir, 'licht.json'))).rejects.toThrow(
      'kleuren.primair (#f9c000) heeft op wit een contrast van 1,7:1; voor WCAG 2.1 AA is minstens 4,5:1 nodig',
    )
    await expect(loadTheme(join(dir, 'fout.json'))).rejects.toThrow(
      'kleuren.link moet een hexkleur zijn, zoals #00689e',
    )
  })
})

describe('duidelijk rapport', () => {
  it('writes rapport.html with the theme and a trend against an earlier JSON run', async () => {
    const dir = folder({
      '.duidelijk.json': await onlyRules('ambtelijke-taal'),
      'brieven/a.txt': 'Wij hebben uw aanvraag reeds ontvangen. Indien u vragen heeft, bel ons.\n',
      'thema.json': JSON.stringify({naam: 'Gemeente Zeewolde', kleuren: {primair: '#00689e'}}),
    })
    const before = await run(['-f', 'json', '-o', 'vorige.json', 'brieven'], dir)
    expect(before.code).toBe(0)
    writeFileSync(
      join(dir, 'brieven/a.txt'),
      'Wij hebben uw aanvraag al ontvangen. Indien u vragen heeft, bel ons.\n',
    )
    const now = await run(
      ['rapport', 'brieven', '--vergelijk', 'vorige.json', '--thema', 'thema.json'],
      dir,
      {env: {SOURCE_DATE_EPOCH: '1772443800'}},
    )
    expect(now).toMatchObject({code: 0, stdout: '', stderr: ''})
    const page = readFileSync(join(dir, 'rapport.html'), 'utf8')
    expect(page).toContain('<span class="organisatie">Gemeente Zeewolde</span>')
    expect(page).toContain('body.voorbeeld-theme{--rapport-primair:#00689e}')
    expect(page).toContain('Gemaakt op 2 maart 2026')
    expect(page).toContain(
      'Configuratie: <code>.duidelijk.json</code>, <code>duidelijk:aanbevolen</code>; streefniveau B1.',
    )
    expect(page).toContain(
      'Vergeleken met vorige.json (duidelijk 0.1.0). In totaal: 16,7 → 8,3 meldingen per 100 woorden (−8,3). 1 sjabloon beter, 0 slechter',
    )
    expect(page).toContain('<span class="oordeel oordeel--beter">beter</span>')
    expect(page).toMatch(
      /<th scope="row" class="utrecht-table__header-cell">ambtelijke-taal<\/th><td class="utrecht-table__cell utrecht-table__cell--numeric">2<\/td><td class="utrecht-table__cell utrecht-table__cell--numeric">1<\/td><td class="utrecht-table__cell utrecht-table__cell--numeric">−1<\/td>/,
    )
  })

  it('draws the sentence strip also for results from worker threads', async () => {
    const dir = folder({
      'a.txt': 'Wij hebben uw brief ontvangen. Wij bellen u op maandag.\n',
      'b.txt': 'Dit is een korte brief. Hij heeft twee zinnen.\n',
      'c.html': '<p>Beste lezer,</p>\n<p>Wij hebben uw brief <b>reeds</b> ontvangen.</p>\n',
    })
    expect((await run(['rapport', '--jobs', '2', '.'], dir)).code).toBe(0)
    const page = readFileSync(join(dir, 'rapport.html'), 'utf8')
    // Five sentences: the salutation line 'Beste lezer,' of c.html is a one-line snippet, not a
    // sentence of the letter (issue #15).
    expect(page.match(/<rect [^>]*class="zin"/g)).toHaveLength(5)
    // The text of an HTML template, not its markup, with the finding in place.
    expect(page).toContain('<div class="brieftekst">Beste lezer,\n\n<span class="vondst-punt')
    expect(page).toMatch(
      /Wij hebben uw brief <mark class="vondst vondst--warning" tabindex="0" aria-describedby="sjabloon-3-v-1">reeds<\/mark>/,
    )
    expect(page).toContain('<title>Zin 2: 5 woorden</title>')
  })

  it('masks personal data also when the persoonsgegevens rule is off', async () => {
    const dir = folder({
      'a.txt': 'Beste mevrouw,\n\nUw burgerservicenummer is 111222333. Bel 06-12345678.\n',
    })
    await run(['rapport', '--rule', 'persoonsgegevens:off', 'a.txt'], dir)
    const page = readFileSync(join(dir, 'rapport.html'), 'utf8')
    expect(page).not.toMatch(/111222333|12345678/)
    expect(page).toContain('Uw burgerservicenummer is •••••••••.')
    expect(page).toContain('zijn gemaskeerd, ook als de regel persoonsgegevens uit staat.')
  })

  it('names the bad option in Dutch and exits 2', async () => {
    const dir = folder({
      'a.txt': 'Hallo.\n',
      'kapot.json': '{',
      'licht.json': '{"kleuren":{"primair":"#eee"}}',
    })
    expect(await run(['rapport', 'a.txt', '--vergelijk', 'kapot.json'], dir)).toMatchObject({
      code: 2,
      stderr:
        'duidelijk: --vergelijk kapot.json: geen geldige JSON; maak het vorige rapport met --format json\n',
    })
    expect(await run(['rapport', 'a.txt', '--vergelijk', 'weg.json'], dir)).toMatchObject({
      code: 2,
      stderr: 'duidelijk: --vergelijk weg.json: bestand niet gevonden of niet leesbaar\n',
    })
    expect((await run(['rapport', 'a.txt', '--thema', 'licht.json'], dir)).stderr).toMatch(
      /^duidelijk: --thema licht.json: kleuren.primair \(#eee\) heeft op wit een contrast van 1,2:1/,
    )
    expect(await run(['a.txt', '--thema', 'licht.json'], dir)).toMatchObject({
      code: 2,
      stderr:
        'duidelijk: --vergelijk en --thema horen bij het rapport: duidelijk rapport <paden>\n',
    })
    expect(await run(['rapport', '-f', 'json', 'a.txt'], dir)).toMatchObject({
      code: 2,
      stderr: 'duidelijk: rapport maakt altijd HTML; laat --format weg\n',
    })
  })
})
