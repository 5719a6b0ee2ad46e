import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

const root = new URL('../', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))

describe('VS Code extension', () => {
  it('declares the Dutch UI, settings, commands and schema for config files', () => {
    expect(manifest.displayName).toBe('Duidelijk — begrijpelijke brieven')
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual([
      'duidelijk.enable',
      'duidelijk.preset',
    ])
    expect(manifest.contributes.configuration.properties['duidelijk.preset'].enum).toContain(
      'duidelijk:dronten',
    )
    expect(manifest.contributes.commands.map((c: {title: string}) => c.title)).toEqual([
      'Leesbaarheid van deze tekst tonen',
      'Controle opnieuw starten',
    ])
    expect(manifest.contributes.jsonValidation[0]).toEqual({
      fileMatch: ['.duidelijk.json', '.duidelijk.jsonc'],
      url: './schema/duidelijk.schema.json',
    })
  })

  it('bundles the client and ships the current config schema', () => {
    execFileSync(process.execPath, [new URL('build.mjs', root).pathname], {stdio: 'pipe'})
    expect(existsSync(new URL('dist/extension.cjs', root))).toBe(true)
    const bundle = readFileSync(new URL('dist/extension.cjs', root), 'utf8')
    expect(bundle).toContain('duidelijk/status')
    expect(bundle).not.toMatch(/require\(["']vscode-languageclient/)
    expect(readFileSync(new URL('schema/duidelijk.schema.json', root), 'utf8')).toBe(
      readFileSync(new URL('../core/schema/duidelijk.schema.json', root), 'utf8'),
    )
  })
})
