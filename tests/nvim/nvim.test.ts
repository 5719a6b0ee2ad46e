import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {SERVER_EXEC_ARGV} from '../../packages/language-server/src/protocol.js'

const hasNvim = spawnSync('nvim', ['--version'], {encoding: 'utf8'}).status === 0

// CI installs Debian's neovim (see .ci/run); on machines without it this end-to-end test is skipped.
describe.skipIf(!hasNvim)('Neovim as LSP client (headless)', () => {
  it('shows the diagnostics of the duidelijk language server and updates them after an edit', () => {
    const root = mkdtempSync(join(tmpdir(), 'duidelijk-nvim-'))
    writeFileSync(
      join(root, '.duidelijk.json'),
      '{"root": true, "rules": {"spelling": "off", "moeilijk-woord": "off"}}',
    )
    writeFileSync(
      join(root, 'brief.txt'),
      'Wij hebben uw brief reeds ontvangen.\nIndien u vragen heeft, bel ons.\n',
    )
    const result = spawnSync(
      'nvim',
      ['--headless', '--clean', '-c', `luafile ${new URL('client.lua', import.meta.url).pathname}`],
      {
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          ...process.env,
          LSP_FILE: join(root, 'brief.txt'),
          LSP_NODE_ARGS: SERVER_EXEC_ARGV.join(' '),
          LSP_SERVER: new URL('../../packages/language-server/dist/bin.js', import.meta.url)
            .pathname,
          XDG_CACHE_HOME: join(root, 'xdg/cache'),
          XDG_DATA_HOME: join(root, 'xdg/data'),
          XDG_STATE_HOME: join(root, 'xdg/state'),
        },
      },
    )
    expect(result.status).toBe(0)
    expect(result.stdout.trim().split('\n')).toEqual([
      'ok=true',
      '1:21-26 ambtelijke-taal ‘Reeds’ is ouderwets voor ‘al’.',
      '2:1-7 ambtelijke-taal ‘Indien’ is formeel. ‘Als’ is korter en gewoner.',
      'after edit: 1 (ok=true)',
    ])
  })
})
