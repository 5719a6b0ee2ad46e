// End-to-end: `duidelijk rapport` opened in headless Chromium (Debian's chromium, driven by
// playwright-core). Letter text that tries to run script or load things must stay text; axe-core
// must find no WCAG 2.1 AA violation; the overview and a template page must fit at 1280 and 390
// pixels. .ci/run installs chromium; elsewhere the test is skipped with a note.
// DUIDELIJK_SCREENSHOTS=1 writes the screenshots into docs/images for docs/rapport.md.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const bin = join(repo, 'packages/cli/dist/bin.js')
const chromiumPath = '/usr/bin/chromium'
const ready = existsSync(chromiumPath) && existsSync(bin)
if (!ready) console.warn('Report browser test skipped: install chromium (apt-get install chromium)')
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** Templates whose text tries every way to run script, load something or break out of markup. */
const HOSTILE: Record<string, string> = {
  'aanval.txt': `Geachte heer Jansen,

Indien u vragen heeft <script>alert('script')</script> over de brief, bel ons.
Kijk op <img src=x onerror=alert('img')> of <a href="javascript:alert('link')">deze link</a>.
</style><script>alert('style')</script><style>body{display:none}</style>
<iframe src="https://example.org/"></iframe><link rel=stylesheet href="https://example.org/x.css">
Uw BSN is 111222333 en uw e-mail is jan@example.org.

Met vriendelijke groet,

Team Burgerzaken
`,
  'aanval.md': `# Uw aanvraag <script>alert('kop')</script>

Geachte mevrouw, wij hebben uw aanvraag reeds ontvangen. [Klik hier](javascript:alert('md')) of
bekijk ![plaatje](https://example.org/pixel.png "titel") en <img src="https://example.org/b.png" onerror="alert('md-img')">.

Met vriendelijke groet,
Team Vergunningen
`,
  'aanval.html': `<!doctype html><html lang="nl"><body>
<p>Beste {{voornaam}},</p>
<p>Middels deze e-mail <img src="https://example.org/track.gif" alt="x&quot; onerror=&quot;alert('alt')"> laten wij u weten dat uw pas klaar ligt.</p>
<p><a href="javascript:alert('html')">Bekijk &lt;script&gt;alert('entiteit')&lt;/script&gt;</a></p>
<style>body{background:url(https://example.org/bg.png)}</style><script>alert('html-script')</script>
<p>Met vriendelijke groet,</p><p>Team Afval</p>
</body></html>
`,
  '"><svg onload=alert(1)>.txt':
    'Wij hebben uw brief reeds ontvangen. Indien u vragen heeft, bel ons.\n',
}

let browser: Browser | undefined
let work: string
let hostileReport: string
let examplesReport: string

function report(cwd: string, args: string[]): void {
  try {
    execFileSync(process.execPath, [bin, 'rapport', ...args], {cwd, stdio: 'pipe'})
  } catch (error) {
    // Exit code 1 means findings, which these templates have on purpose.
    if ((error as {status?: number}).status !== 1) throw error
  }
}

/** Open a report, recording dialogs, requests other than the file itself, and page errors. */
async function open(
  file: string,
  options: {width?: number; javaScript?: boolean; bypassCSP?: boolean} = {},
): Promise<{page: Page; context: BrowserContext; dialogs: string[]; requests: string[]}> {
  const context = await browser!.newContext({
    viewport: {width: options.width ?? 1280, height: 900},
    javaScriptEnabled: options.javaScript ?? true,
    bypassCSP: options.bypassCSP ?? false,
  })
  const dialogs: string[] = []
  const requests: string[] = []
  const url = pathToFileURL(file).href
  await context.route('**/*', (route) => {
    const target = route.request().url()
    if (target === url) return route.continue()
    requests.push(target)
    return route.abort()
  })
  const page = await context.newPage()
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('request', (request) => {
    if (request.url() !== url && !requests.includes(request.url())) requests.push(request.url())
  })
  await page.goto(url)
  await page.waitForLoadState('load')
  return {page, context, dialogs, requests}
}

describe.skipIf(!ready)('duidelijk rapport in Chromium', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'duidelijk-rapport-'))
    const hostile = join(work, 'sjablonen')
    mkdirSync(hostile)
    for (const [name, text] of Object.entries(HOSTILE)) writeFileSync(join(hostile, name), text)
    // A theme whose SVG logo carries a script: as an <img> it must show and never run.
    writeFileSync(
      join(work, 'logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" onload="alert(\'logo\')"><script>alert(\'logo-script\')</script><rect width="120" height="40" fill="#fff"/></svg>',
    )
    writeFileSync(
      join(work, 'thema.json'),
      JSON.stringify({
        naam: 'Gemeente <b>Test</b>',
        logo: 'logo.svg',
        kleuren: {primair: '#00689e'},
      }),
    )
    hostileReport = join(work, 'aanval.html')
    report(work, ['sjablonen', '--thema', 'thema.json', '-o', hostileReport])
    const previous = join(work, 'vorige.json')
    try {
      execFileSync(
        process.execPath,
        [bin, '-f', 'json', '-o', previous, '--rule', 'lijdende-vorm:off', 'examples'],
        {cwd: repo, stdio: 'pipe'},
      )
    } catch (error) {
      if ((error as {status?: number}).status !== 1) throw error
    }
    examplesReport = join(work, 'voorbeelden.html')
    report(repo, [
      'examples',
      '--preset',
      'duidelijk:dronten',
      '--vergelijk',
      previous,
      '-o',
      examplesReport,
    ])
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('runs no script from letter text and makes no request', async () => {
    const {page, context, dialogs, requests} = await open(hostileReport)
    // Hover and focus every highlight: tooltips must not run anything either.
    for (const mark of await page.locator('[aria-describedby]').all()) await mark.focus()
    await page.waitForTimeout(300)
    expect(dialogs).toEqual([])
    expect(requests).toEqual([])
    const dom = await page.evaluate(() => ({
      scripts: document.scripts.length,
      images: document.images.length,
      frames: document.querySelectorAll('iframe, object, embed, link').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
      ),
      javascriptLinks: document.querySelectorAll('a[href^="javascript"]').length,
      hidden: getComputedStyle(document.body).display,
    }))
    expect(dom).toEqual({
      scripts: 1,
      images: 1,
      frames: 0,
      handlers: [],
      javascriptLinks: 0,
      hidden: 'block',
    })
    expect(
      await page.locator('img.logo').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBe(120)
    expect(await page.locator('.organisatie').innerText()).toBe('Gemeente <b>Test</b>')
    const text = await page.locator('main').innerText()
    expect(text).toContain("<script>alert('script')</script>")
    expect(text).toContain('</style><script>')
    expect(text).toContain('"><svg onload=alert(1)>.txt')
    expect(text).not.toContain('111222333')
    expect(text).not.toContain('jan@example.org')
    // The listeners do see a dialog and a request when there is one (a test that can fail).
    await page.evaluate(() => alert('controle'))
    await page.setContent('<img src="https://example.org/controle.png" alt="">')
    await page.waitForTimeout(300)
    expect(dialogs).toEqual(['controle'])
    expect(requests).toEqual(['https://example.org/controle.png'])
    await context.close()
  }, 60_000)

  it('has no WCAG 2.1 AA violations (axe-core), also with a tooltip open', async () => {
    for (const file of [examplesReport, hostileReport]) {
      const {page, context} = await open(file)
      const run = () =>
        page.evaluate(
          `${axeSource};axe.run(document,{runOnly:{type:'tag',values:['wcag2a','wcag2aa','wcag21a','wcag21aa']}}).then(r=>r.violations.map(v=>({id:v.id,help:v.help,nodes:v.nodes.slice(0,3).map(n=>n.target.join(' '))})))`,
        )
      expect(await run()).toEqual([])
      await page.locator('mark.vondst').first().focus()
      expect(await run()).toEqual([])
      await context.close()
    }
    // axe does report a violation when there is one.
    const {page, context} = await open(hostileReport)
    await page.evaluate(() => {
      const low = document.createElement('p')
      low.textContent = 'te weinig contrast'
      low.style.color = '#bbbbbb'
      document.querySelector('main')!.append(low)
    })
    const ids = await page.evaluate(
      `${axeSource};axe.run(document,{runOnly:{type:'tag',values:['wcag2aa']}}).then(r=>r.violations.map(v=>v.id))`,
    )
    expect(ids).toEqual(['color-contrast'])
    await context.close()
  }, 120_000)

  it('has lang="nl", headings in order and highlights reachable with Tab', async () => {
    const {page, context} = await open(examplesReport)
    expect(await page.getAttribute('html', 'lang')).toBe('nl')
    const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) =>
      hs.map((h) => Number(h.tagName[1])),
    )
    expect(levels[0]).toBe(1)
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]!).toBeLessThanOrEqual(levels[i - 1]! + 1)
    await page.locator('#sjabloon-1-tekst').scrollIntoViewIfNeeded()
    await page.locator('#sjabloon-1-tekst').evaluate((heading) => {
      heading.setAttribute('tabindex', '-1')
      ;(heading as HTMLElement).focus()
    })
    let reached = ''
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() =>
        document.activeElement?.matches('.vondst, .vondst-punt')
          ? (document.getElementById(document.activeElement.getAttribute('aria-describedby')!)
              ?.textContent ?? '')
          : '',
      )
    }
    expect(reached).toMatch(/\(waarschuwing\)|\(fout\)|\(info\)/)
    const tip = page.locator(':focus + .tip')
    expect(await tip.isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    expect(await tip.isVisible()).toBe(false)
    // Printed, every template starts on a new page and the controls are left out.
    await page.emulateMedia({media: 'print'})
    expect(
      await page.$$eval('section.sjabloon', (sections) =>
        sections.map((s) => getComputedStyle(s).breakBefore),
      ),
    ).toEqual(['page', 'page', 'page', 'page', 'page'])
    expect(await page.locator('[data-filters]').first().isVisible()).toBe(false)
    await context.close()
  }, 60_000)

  it('filters and sorts the findings table with script, shows everything without', async () => {
    const {page, context} = await open(examplesReport)
    const table = page.locator('#sjabloon-1-tabel')
    const total = await table.locator('tbody tr').count()
    expect(total).toBeGreaterThan(2)
    const rule = await table.locator('tbody tr').first().getAttribute('data-regel')
    await page.selectOption('#sjabloon-1-regel', rule!)
    const shown = await table.locator('tbody tr:not([hidden])').count()
    expect(shown).toBeLessThan(total)
    expect(
      await page.locator('[data-filters="sjabloon-1-tabel"] [role="status"]').innerText(),
    ).toBe(`${shown} van ${total} meldingen getoond`)
    await page.selectOption('#sjabloon-1-regel', '')
    await table.locator('th[data-sorteer="ernst"] button').click()
    const ranks = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => ({info: 0, warning: 1, error: 2})[r.getAttribute('data-ernst') as 'info']),
      )
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    await context.close()

    const off = await open(examplesReport, {javaScript: false})
    expect(await off.page.locator('#sjabloon-1-tabel tbody tr:visible').count()).toBe(total)
    expect(await off.page.locator('[data-filters]').first().isVisible()).toBe(false)
    await off.context.close()
  }, 60_000)

  it('draws non-empty charts and fits 1280 and 390 pixels without horizontal scrolling', async () => {
    const save = process.env.DUIDELIJK_SCREENSHOTS === '1'
    const folder = save ? join(repo, 'docs/images') : work
    for (const width of [1280, 390]) {
      const {page, context} = await open(examplesReport, {width})
      const bars = await page.$$eval('svg.grafiek rect.balk', (rects) =>
        rects.map((r) => Number(r.getAttribute('width'))),
      )
      expect(bars.filter((w) => w > 0).length).toBeGreaterThan(1)
      for (const svg of await page.locator('svg.grafiek, svg.zinnen').all()) {
        const box = await svg.boundingBox()
        expect(box!.width).toBeGreaterThan(100)
        expect(box!.height).toBeGreaterThan(30)
      }
      const overflow = () =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
      expect(await overflow()).toBe(0)
      await page.screenshot({path: join(folder, `rapport-overzicht-${width}.png`)})
      await page.locator('#niveaus').scrollIntoViewIfNeeded()
      await page.evaluate(() => document.getElementById('niveaus')!.scrollIntoView())
      await page.screenshot({path: join(folder, `rapport-grafieken-${width}.png`)})
      await page.evaluate(() => document.getElementById('sjabloon-1')!.scrollIntoView())
      expect(await overflow()).toBe(0)
      await page.screenshot({path: join(folder, `rapport-sjabloon-${width}.png`)})
      await page.evaluate(() => document.getElementById('sjabloon-1-tekst')!.scrollIntoView())
      await page.locator('#sjabloon-1-tekst ~ .brieftekst mark.vondst').first().hover()
      await page.screenshot({path: join(folder, `rapport-tekst-${width}.png`)})
      await context.close()
    }
  }, 90_000)
})
