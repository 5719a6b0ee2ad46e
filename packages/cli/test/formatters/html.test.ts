import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {html} from '../../src/formatters/html.js'
import {context, fixture} from './fixture.js'

const date = new Date('2026-03-02T09:30:00Z')
const withReport = {
  ...context,
  report: {date, timeZone: 'Europe/Amsterdam', configSources: ['.duidelijk.json']},
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64')

describe('html formatter (the report)', () => {
  it('is a Dutch, self-contained report with date, version and config, without personal data', async () => {
    const page = html(await fixture(), withReport)
    expect(page.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true)
    expect(page).toContain('Gemaakt op 2 maart 2026 om 10:30 met duidelijk 0.1.0.')
    expect(page).toContain('Configuratie: <code>.duidelijk.json</code>; streefniveau B1.')
    expect(page).toContain('2 bestanden: 0 brieven en 2 andere teksten')
    expect(page).not.toContain('111222333')
    expect(page).toContain(
      'Uw burgerservicenummer is <mark class="vondst vondst--info" tabindex="0" aria-describedby="sjabloon-2-v-0">•••••••••</mark>',
    )
    expect(page).not.toMatch(/<link|src="http|url\(http/)
  })

  it('allows only its own style and script, by hash, and images as data: URIs', async () => {
    const page = html(await fixture(), withReport)
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!
    expect(csp).toBe(
      `default-src 'none'; style-src 'sha256-${sha256(style)}'; script-src 'sha256-${sha256(script)}'; img-src data:; base-uri 'none'; form-action 'none'`,
    )
    expect(page.match(/<script/g)).toHaveLength(1)
    expect(page.match(/<style/g)).toHaveLength(1)
  })

  it('highlights findings in the text, each reachable with Tab and described by its message', async () => {
    const results = await fixture()
    const page = html(results, withReport)
    const reeds = results[0]!.findings.find((f) => f.actual === 'reeds')!
    expect(page).toContain(
      `Wij hebben uw aanvraag <mark class="vondst vondst--warning" tabindex="0" aria-describedby="sjabloon-1-v-0">reeds</mark><span class="tip" role="tooltip" id="sjabloon-1-v-0"><span class="tip-regel"><strong>ambtelijke-taal</strong> (waarschuwing): ${reeds.reason} <em>Voorstel: ‘al’</em></span></span> ontvangen.`,
    )
    expect(page).toContain(
      '<tr class="utrecht-table__row"><th scope="row" class="utrecht-table__header-cell">reeds</th><td class="utrecht-table__cell">al</td>',
    )
  })

  it('writes Dutch singular and plural forms', async () => {
    const [, one] = await fixture()
    const page = html([one!], withReport)
    expect(page).toContain('1 bestand gecontroleerd op begrijpelijke taal, 1 melding.')
    expect(page).toContain('Tekst (txt) · 4 woorden · 1 zin · 1 alinea · 1 melding</p>')
    expect(page).not.toMatch(/\b1 (zinnen|meldingen|bestanden|woorden)\b/)
  })

  it('matches the stored report body', async () => {
    const page = html(await fixture(), withReport)
    const body = page.slice(page.indexOf('<body'), page.indexOf('<script>'))
    await expect(body).toMatchFileSnapshot('__snapshots__/rapport-body.html')
  })
})
