// End-to-end: the packaged .vsix in a real VS Code (code-server 4.100.3, Code 1.100.3), driven by
// headless Chromium through playwright-core. CI installs code-server (install-code-server.sh) and
// Debian's chromium (see .ci/run); elsewhere the test is skipped with a note.
import {execFileSync, spawn, type ChildProcess} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const entry = join(repo, '.cache/code-server/node_modules/code-server/out/node/entry.js')
const chromiumPath = '/usr/bin/chromium'
const extension = join(repo, 'packages/vscode-extension')
const vsix = join(extension, 'duidelijk-vscode.vsix')
const ready = existsSync(entry) && existsSync(chromiumPath)
if (!ready) {
  console.warn(
    'VS Code end-to-end test skipped: run tests/vscode/install-code-server.sh and install chromium',
  )
}

const LETTER = `Geachte heer Jansen,

Middels deze brief sturen wij u de nieuwe parkeervergunning voor uw straat. De vergunning geldt vanaf 1 januari 2027 voor een jaar. U hoeft niets te doen.

Leg de vergunning achter de voorruit van uw auto. Zo ziet de controleur dat u daar mag parkeren. Heeft u een tweede auto? Dan kunt u op onze website een tweede vergunning aanvragen. Die kost 40 euro per jaar. Gaat u verhuizen binnen de gemeente? Geef uw nieuwe adres dan aan ons door. U krijgt dan een nieuwe vergunning voor uw nieuwe straat. De oude vergunning stuurt u naar ons terug.

Heeft u vragen over de vergunning? Bel ons dan op 14 0321. Wij helpen u graag.

Met vriendelijke groet,

Team Parkeren
`

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('port')),
      )
    })
  })
}

/** The editor's visible text (Monaco renders spaces as no-break spaces). */
async function editorText(): Promise<string> {
  const text = await page.locator('.monaco-editor .view-lines').first().innerText()
  return text.replace(/\u00a0/g, ' ')
}

/** Run test steps; on failure keep a screenshot next to the test's workspace for debugging. */
async function inEditor(steps: () => Promise<void>): Promise<void> {
  try {
    await steps()
  } catch (error) {
    await page.screenshot({path: join(root, 'failure.png')}).catch(() => undefined)
    throw error
  }
}

let root: string
let codeServer: ChildProcess | undefined
let browser: Browser | undefined
let page: Page

describe.skipIf(!ready)('VS Code (code-server) with the packaged extension', () => {
  beforeAll(async () => {
    execFileSync('pnpm', ['run', 'package'], {cwd: extension, stdio: 'pipe'})
    root = mkdtempSync(join(tmpdir(), 'duidelijk-vscode-'))
    for (const dir of ['ud/User', 'ext', 'ws', 'xdg']) mkdirSync(join(root, dir), {recursive: true})
    writeFileSync(join(root, 'ws', 'brief.txt'), LETTER)
    writeFileSync(
      join(root, 'ud/User/settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'security.workspace.trust.enabled': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'workbench.enableExperiments': false,
        'workbench.tips.enabled': false,
        'chat.commandCenter.enabled': false,
      }),
    )
    const port = await freePort()
    writeFileSync(
      join(root, 'config.yaml'),
      `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`,
    )
    // Keep code-server and chromium out of $HOME.
    const env = {
      ...process.env,
      XDG_CONFIG_HOME: join(root, 'xdg/config'),
      XDG_DATA_HOME: join(root, 'xdg/data'),
      XDG_CACHE_HOME: join(root, 'xdg/cache'),
      TMPDIR: join(root, 'xdg'),
    }
    const common = [
      '--config',
      join(root, 'config.yaml'),
      '--user-data-dir',
      join(root, 'ud'),
      '--extensions-dir',
      join(root, 'ext'),
    ]
    execFileSync(process.execPath, [entry, ...common, '--install-extension', vsix], {
      env,
      stdio: 'pipe',
    })
    codeServer = spawn(
      process.execPath,
      [
        entry,
        ...common,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        join(root, 'ws'),
      ],
      {env, stdio: 'ignore', detached: true},
    )
    for (let i = 0; i < 300; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
      if (ok) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    })
    page = await browser.newPage({viewport: {width: 1400, height: 860}})
    await page.goto(`http://127.0.0.1:${port}/?folder=${join(root, 'ws')}`)
    await page.waitForSelector('.monaco-workbench', {timeout: 60_000})
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    if (codeServer?.pid) {
      try {
        process.kill(-codeServer.pid) // the whole process group: server, extension host, LSP
      } catch {
        // already gone
      }
    }
    if (root && !process.env.DUIDELIJK_E2E_KEEP) rmSync(root, {recursive: true, force: true})
  })

  it(
    'shows findings in Problems and the level in the status bar; a quick fix removes a finding',
    () =>
      inEditor(async () => {
        const item = page.locator('.explorer-folders-view .monaco-list-row', {hasText: 'brief.txt'})
        await item.waitFor({timeout: 60_000})
        await item.click()
        await page.waitForSelector('.editor-instance .monaco-editor .view-lines', {timeout: 30_000})
        await page.locator('.monaco-editor .view-lines').first().click()
        await page.keyboard.press('Control+Shift+M')

        // Findings of the duidelijk language server in the Problems panel.
        const rows = page.locator('.markers-panel .monaco-list-row')
        const middels = rows.filter({hasText: 'ambtelijke-taal'})
        await middels.first().waitFor({timeout: 60_000})
        const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
        expect(labels.join('\n')).toMatch(
          /Middels.*at line 3 and character 1\. generated by duidelijk/,
        )

        // The reading level and Flesch-Douma in the status bar (the letter has 114 words: a level
        // needs at least 100, below that the status bar says 'te kort').
        const status = page.locator('.statusbar-item', {hasText: /(A1-A2|B1|B2|C1\+) · \d+/})
        await status.first().waitFor({timeout: 30_000})
        expect(await status.first().innerText()).toMatch(/A1-A2 · 85/)

        // Quick fix: jump to the finding, open the light bulb menu, take "Vervang door ‘Via’".
        // Click the message, not the middle of the row: there the rule's doc link may sit.
        await middels.first().click({position: {x: 80, y: 10}}) // selects the range in the editor
        await page.keyboard.press('Control+1') // focus the editor, selection kept
        await page.keyboard.press('Control+.')
        const fix = page.locator('.action-widget .monaco-list-row', {hasText: 'Vervang door ‘Via’'})
        await fix.first().waitFor({timeout: 30_000})
        const shot = process.env.DUIDELIJK_SCREENSHOT
        if (shot) await page.screenshot({path: shot})
        // The first entry (focused) is the preferred replacement: take it.
        await page.keyboard.press('Enter')
        await expect
          .poll(editorText, {
            timeout: 20_000,
          })
          .toContain('Via deze brief')
        await expect
          .poll(() => rows.filter({hasText: 'ambtelijke-taal'}).count(), {timeout: 20_000})
          .toBe(0)
        expect(readFileSync(join(root, 'ws', 'brief.txt'), 'utf8')).toBe(LETTER) // not saved yet
      }),
    180_000,
  )

  it(
    'lists the commands in the command palette, in English for an English display language',
    () =>
      inEditor(async () => {
        // code-server runs with its default display language (English), so VS Code takes the
        // titles from package.nls.en.json; in any other display language they are Dutch.
        await page.keyboard.press('Control+Shift+P')
        await page.keyboard.type('Duidelijk: ')
        const entries = page.locator('.quick-input-list .monaco-list-row')
        await entries.filter({hasText: 'Check workspace'}).first().waitFor({timeout: 30_000})
        const titles = await entries.allInnerTexts()
        expect(titles.join('\n')).toContain('Duidelijk: Show readability')
        await page.keyboard.press('Escape')
      }),
    60_000,
  )

  it(
    'opens the Leesbaarheid panel from the status bar',
    () =>
      inEditor(async () => {
        await page
          .locator('.statusbar-item', {hasText: /A1-A2 · \d+/})
          .first()
          .click()
        // The webview sits in two iframes (VS Code's host frame and the content frame).
        const panel = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame')
        await panel.getByText('Geschat taalniveau').first().waitFor({timeout: 30_000})
        expect(await panel.locator('body').innerText()).toContain('Flesch-Douma')
        const bars = panel.locator('button[data-line]')
        expect(await bars.count()).toBeGreaterThanOrEqual(5)
        const shot = process.env.DUIDELIJK_SCREENSHOT_PANEL
        if (shot) await page.screenshot({path: shot})
      }),
    120_000,
  )
})
