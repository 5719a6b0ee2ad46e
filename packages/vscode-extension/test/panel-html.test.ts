import type {MetricsResult} from '@duidelijk/language-server/protocol'
import {describe, expect, it} from 'vitest'
import {formatNumber, formatPercent, renderPanel} from '../src/panel-html'

const nonce = 'dGVzdC1ub25jZS0xMjM0NQ=='
const cspSource = 'https://*.vscode-cdn.net'
const opts = {nonce, cspSource, fileName: 'brief-bezwaar.txt'}

// A letter about a parking permit: sentence 2 is long and passive.
const sentences = [
  'Wij hebben uw aanvraag voor een parkeervergunning ontvangen.',
  'Naar aanleiding van uw verzoek wordt u hierbij medegedeeld dat de beslissing op uw aanvraag in verband met de drukte bij de afdeling Vergunningen met zes weken wordt verdaagd.',
  'U hoort uiterlijk 1 maart van ons.',
  'Heeft u vragen? Bel dan 14 0321.',
]

const metrics: MetricsResult & {targetLevel?: string} = {
  uri: 'file:///brieven/brief-bezwaar.txt',
  level: 'B2',
  reasons: [
    'Gemiddeld 12,3 woorden per zin; voor B1 is 15 het streven.',
    '25% lange zinnen (meer dan 20 woorden).',
    'Moeilijke woorden: <medegedeeld> & verdaagd.',
  ],
  words: 49,
  sentences: 4,
  wordsPerSentence: 12.25,
  syllablesPerWord: 1.5714,
  fleschDouma: 64.25,
  brouwer: 58.04,
  longSentenceShare: 0.25,
  rareWordShare: 0.1224,
  passiveShare: 0.25,
  targetLevel: 'B1',
  perSentence: [
    {
      range: {start: {line: 2, character: 0}, end: {line: 2, character: 60}},
      words: 8,
      fleschDouma: 62.1,
      long: false,
      passive: false,
      rareWords: [],
    },
    {
      range: {start: {line: 2, character: 61}, end: {line: 4, character: 12}},
      words: 31,
      fleschDouma: 41.7,
      long: true,
      passive: true,
      rareWords: ['medegedeeld', 'verdaagd'],
    },
    {
      range: {start: {line: 6, character: 0}, end: {line: 6, character: 34}},
      words: 7,
      fleschDouma: 88.9,
      long: false,
      passive: false,
      rareWords: [],
    },
    {
      range: {start: {line: 7, character: 4}, end: {line: 7, character: 36}},
      words: 3,
      fleschDouma: 95,
      long: false,
      passive: false,
      rareWords: [],
    },
  ],
}

/** Text content without tags, entities decoded (enough for these assertions). */
const text = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')

const buttons = (html: string) => [...html.matchAll(/<button\b[^>]*>/g)].map((m) => m[0])

describe('readability panel HTML', () => {
  const html = renderPanel(metrics, opts)

  it('is a complete Dutch document with a strict Content-Security-Policy', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="nl">/)
    expect(html.trimEnd()).toMatch(/<\/html>$/)
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)
    expect(csp?.[1]).toBe(
      `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:;`,
    )
    expect(html).not.toContain('unsafe-inline')
    expect(html).not.toContain('unsafe-eval')
    // No remote content: the only URL is the webview's own source inside the policy.
    const withoutCsp = html.replace(csp![0], '')
    expect(withoutCsp).not.toMatch(/https?:\/\//)
    expect(withoutCsp).not.toMatch(/\b(src|href)=/)
  })

  it('puts the nonce on every <script> and <style> and uses no inline handlers or styles', () => {
    const tags = [...html.matchAll(/<(script|style)\b[^>]*>/g)].map((m) => m[0])
    expect(tags.length).toBe(2)
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`)
    expect(html).not.toMatch(/\son\w+\s*=/i)
    expect(html).not.toMatch(/\sstyle\s*=/i)
    expect(html).toContain('acquireVsCodeApi()')
    expect(html).toContain("type: 'reveal'")
  })

  it('escapes the file name and every text from the data', () => {
    const page = renderPanel(metrics, {...opts, fileName: 'brief <a>&.txt'})
    expect(page).not.toContain('<a>')
    expect(page).toContain('<h1>Leesbaarheid van brief &lt;a&gt;&amp;.txt</h1>')
    expect(page).toContain('<title>Leesbaarheid van brief &lt;a&gt;&amp;.txt</title>')
    expect(page).toContain('Moeilijke woorden: &lt;medegedeeld&gt; &amp; verdaagd.')
    const evil = renderPanel(
      {
        ...metrics,
        level: '<img src=x>',
        perSentence: [{...metrics.perSentence[0]!, rareWords: ['"><script>']}],
      },
      opts,
    )
    expect(evil).not.toContain('<img')
    expect(evil).not.toContain('"><script>')
    expect(evil.match(/<script\b/g)).toHaveLength(1)
  })

  it('shows the level, the figures with Dutch labels and number formatting, and the reasons', () => {
    const t = text(html)
    expect(t).toContain('Leesbaarheid van brief-bezwaar.txt')
    expect(t).toContain('Geschat taalniveau: B2 (indicatie)')
    expect(t).toContain('Doelniveau: B1. De tekst is waarschijnlijk moeilijker dan het doelniveau.')
    const rows = Object.fromEntries(
      [...html.matchAll(/<th scope="row">([^<]*)<\/th><td class="num">([^<]*)<\/td>/g)].map((m) => [
        m[1],
        m[2],
      ]),
    )
    expect(rows).toEqual({
      Woorden: '49',
      Zinnen: '4',
      'Gemiddeld aantal woorden per zin': '12,3',
      'Lettergrepen per woord': '1,57',
      'Flesch-Douma (hoger is makkelijker)': '64,3',
      'Brouwer (hoger is makkelijker)': '58,0',
      'Lange zinnen': '25 %',
      'Moeilijke woorden': '12 %',
      'Zinnen in de lijdende vorm': '25 %',
    })
    expect(html).toContain('<h2 id="waarom">Waarom dit niveau</h2>')
    expect([...html.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1])).toHaveLength(3)
  })

  it('leaves out the passive row when the passive analysis did not run', () => {
    const page = renderPanel({...metrics, passiveShare: undefined}, opts)
    expect(page).not.toContain('lijdende vorm</th>')
    expect(page).toContain('<th scope="row">Moeilijke woorden</th>')
  })

  it('draws one keyboard-accessible bar button per sentence, long sentences marked', () => {
    const bars = buttons(html)
    expect(bars).toHaveLength(metrics.perSentence.length)
    for (const bar of bars) expect(bar).toContain('type="button"')
    expect(bars.map((b) => b.match(/data-line="(\d+)"/)?.[1])).toEqual(['2', '2', '6', '7'])
    expect(bars.map((b) => b.match(/data-character="(\d+)"/)?.[1])).toEqual(['0', '61', '0', '4'])
    expect(bars.map((b) => b.match(/aria-label="([^"]*)"/)?.[1])).toEqual([
      'Zin 1: 8 woorden. Ga naar de zin.',
      'Zin 2: 31 woorden, lang, lijdende vorm. Ga naar de zin.',
      'Zin 3: 7 woorden. Ga naar de zin.',
      'Zin 4: 3 woorden. Ga naar de zin.',
    ])
    const items = [...html.matchAll(/<li><button[\s\S]*?<\/button><\/li>/g)].map((m) => m[0])
    expect(items).toHaveLength(4)
    expect(items[1]).toContain('is-long')
    expect(items[1]).toMatch(/class="bar w-100 long"/)
    expect(items[1]).toContain('<span class="badge badge-long">lang</span>')
    for (const i of [0, 2, 3]) {
      expect(items[i]).not.toContain('long')
      expect(text(items[i]!)).not.toContain('lang')
    }
    // Bar length follows the word count, through classes defined in the nonce'd style block.
    expect(items[0]).toContain('class="bar w-26"')
    expect(html).toMatch(/\.w-26 \{ width: 26%; \}/)
    expect(html).toMatch(/\.w-100 \{ width: 100%; \}/)
    expect(items[1]).toContain('Moeilijke woorden: medegedeeld, verdaagd')
  })

  it('shows the sentence text and a long-sentence marker when given', () => {
    const withText = {
      ...metrics,
      perSentence: metrics.perSentence.map((s, i) => ({...s, text: sentences[i]!.slice(0, 80)})),
    }
    const page = renderPanel(withText, {...opts, longSentenceLimit: 20})
    expect(page).toContain(
      '<span class="sentence-text">Wij hebben uw aanvraag voor een parkeervergunning ontvangen.</span>',
    )
    expect(page.match(/<span class="limit"><\/span>/g)).toHaveLength(4)
    expect(page).toContain('.limit { left: 65%; }')
    expect(text(page)).toContain('De streep staat bij 20 woorden')
    expect(renderPanel(metrics, opts)).not.toContain('class="limit"')
    // The server's limit (protocol field longSentenceWords) draws the marker too.
    const fromServer = renderPanel({...metrics, longSentenceWords: 25} as MetricsResult, opts)
    expect(fromServer).toContain('.limit { left: 81%; }')
    expect(text(fromServer)).toContain('De streep staat bij 25 woorden')
  })

  it('has an empty state when not checked yet or without sentences', () => {
    const unchecked = renderPanel(null, opts)
    expect(text(unchecked)).toContain('Deze tekst is nog niet gecontroleerd.')
    expect(buttons(unchecked)).toHaveLength(0)
    expect(unchecked).toContain(`content="default-src 'none';`)
    expect(unchecked).not.toContain('Geschat taalniveau')

    const empty = renderPanel(
      {
        ...metrics,
        level: 'onbekend',
        reasons: ['Te weinig tekst (0 woorden) voor een indicatie van het taalniveau.'],
        words: 0,
        sentences: 0,
        perSentence: [],
      },
      opts,
    )
    expect(text(empty)).toContain('Deze tekst bevat geen zinnen om te meten.')
    expect(text(empty)).toContain('Te weinig tekst (0 woorden)')
    expect(buttons(empty)).toHaveLength(0)
  })

  it('formats numbers the Dutch way', () => {
    expect(formatNumber(64.25)).toBe('64,3')
    expect(formatNumber(1234.5)).toBe('1.234,5')
    expect(formatNumber(12345, 0)).toBe('12.345')
    expect(formatNumber(-5.24)).toBe('-5,2')
    expect(formatNumber(-0.01)).toBe('0,0')
    expect(formatNumber(Number.NaN)).toBe('–')
    expect(formatPercent(0.1224)).toBe('12 %')
    expect(formatPercent(1)).toBe('100 %')
  })
})
