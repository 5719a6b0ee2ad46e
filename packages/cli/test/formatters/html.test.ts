import {describe, expect, it} from 'vitest'
import {html} from '../../src/formatters/html.js'
import {context, fixture} from './fixture.js'

describe('html formatter', () => {
  it('is a Dutch, self-contained report grouped by the config groups, without personal data', async () => {
    const page = html(await fixture(), context)
    expect(page.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true)
    expect(page).toContain('<h3>Vertrouwen <small>(2)</small></h3>')
    expect(page).toContain('Wij hebben uw aanvraag <mark>reeds</mark> ontvangen.')
    expect(page).toContain('<mark>Indien</mark> u vragen heeft, belt u ons.')
    expect(page).toContain('(tekst niet getoond: persoonsgegevens)')
    expect(page).toContain('2 bestanden gecontroleerd · 0 fouten · 2 waarschuwingen · 1 info.')
    expect(page).not.toContain('111222333')
    expect(page).not.toMatch(/<script|<link|src="http|url\(/)
  })

  it('matches the stored report', async () => {
    await expect(html(await fixture(), context)).toMatchFileSnapshot('__snapshots__/rapport.html')
  })
})
