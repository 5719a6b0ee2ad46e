import {readFileSync} from 'node:fs'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'

describe('GitHub composite action', () => {
  it('declares its inputs and runs the built CLI', () => {
    const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'))
    expect(action.runs.using).toBe('composite')
    expect(Object.keys(action.inputs)).toEqual([
      'paths',
      'config',
      'preset',
      'format',
      'output',
      'shard',
      'fail-on',
      'max-warnings',
    ])
    expect(action.inputs['fail-on'].default).toBe('error')
    expect(action.inputs.format.default).toBe('github')
    expect(action.runs.steps.map((s: {run: string}) => s.run).join('\n')).toContain(
      'packages/cli/dist/bin.js',
    )
    expect(action.runs.steps.map((s: {run: string}) => s.run).join('\n')).toContain(
      '--fail-on "$INPUT_FAIL_ON"',
    )
  })
})
