import {spawnSync} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {defineRule} from '../src/rule.js'
import {RuleTester, type InvalidCase} from '../src/testing/index.js'

// A plugin rule whose fix does not help: it flags 'zeer' and suggests 'heel zeer'. 'erg' is
// graded: reported as info while the rule is set at warning.
const stubborn = defineRule({
  id: 'koppig',
  meta: {
    description: 'Schrijf geen zeer.',
    severity: 'warning',
    fixable: 'suggestion',
    messages: {zeer: 'Schrijf geen ‘{actual}’.', erg: 'Liever geen ‘{actual}’.'},
  },
  check(_tree, ctx) {
    for (const sentence of ctx.sentences) {
      for (const word of sentence.words) {
        if (word.lower === 'zeer') {
          ctx.report({start: word.start, end: word.end, messageId: 'zeer', expected: ['heel zeer']})
        }
        if (word.lower === 'erg') {
          ctx.report({start: word.start, end: word.end, messageId: 'erg', severity: 'info'})
        }
      }
    }
  },
})

const tester = new RuleTester()
const plugin = new RuleTester({rules: [stubborn as never]})

/** A case for afkorting that passes; tests below break one thing at a time. */
const good: InvalidCase = {
  text: 'Kom bijv. dinsdag langs.',
  findings: [
    {
      messageId: 'punt',
      range: {start: [1, 5, 4], end: [1, 10, 9]},
      expected: ['bijvoorbeeld'],
      output: 'Kom bijvoorbeeld dinsdag langs.',
      actual: 'bijv.',
    },
  ],
}
const finding = good.findings[0]!
const fails = (test: InvalidCase, message: RegExp) =>
  expect(tester.verifyInvalid('afkorting', test)).rejects.toThrow(message)

describe('RuleTester', () => {
  it('passes a correct valid and invalid case', async () => {
    await tester.verify('afkorting', {valid: ['Wij nemen snel contact op.'], invalid: [good]})
    await tester.verifyInvalid('afkorting', {
      ...good,
      findings: [
        {
          ...finding,
          range: {
            start: {line: 1, column: 5, offset: 4},
            end: {line: 1, column: 10, offset: 9},
          },
        },
      ],
    })
    await tester.verifyInvalid('afkorting', {
      ...good,
      findings: [
        {
          ...finding,
          range: [
            [1, 5, 4],
            [1, 10, 9],
          ],
        },
      ],
    })
  })

  it('fails a valid case on which the rule reports', async () => {
    await expect(tester.verifyValid('afkorting', 'Dit geldt o.a. voor u.')).rejects.toThrow(
      /should report nothing on "Dit geldt o.a. voor u.", but reported:\n.*"messageId":? ?"punt"|messageId: "punt"/,
    )
  })

  it('fails when a finding omits messageId or range, or names an unknown message', async () => {
    const {messageId: _m, ...noId} = finding
    await fails({...good, findings: [noId as never]}, /must have a messageId/)
    const {range: _r, ...noRange} = finding
    await fails({...good, findings: [noRange as never]}, /must have an exact range/)
    await fails(
      {...good, findings: [{...finding, range: {start: [1, 11, 10]} as never}]},
      /exact range/,
    )
    await fails({...good, findings: [{...finding, range: [[1, 11, 10]] as never}]}, /exact range/)
    await fails({...good, findings: [{...finding, messageId: 'puntje'}]}, /unknown messageId/)
  })

  it('fails an invalid case without findings', async () => {
    await fails({...good, findings: []}, /at least one finding/)
  })

  it('fails when a finding appears that the case did not list', async () => {
    await fails(
      {...good, text: 'Kom bijv. dinsdag langs, o.a. per fiets.'},
      /expected 1 finding\(s\), got 2/,
    )
  })

  it('fails on a wrong range, message, actual text or severity', async () => {
    await fails(
      {
        ...good,
        findings: [
          {
            ...finding,
            range: {start: [1, 5, 4], end: [1, 9, 8]},
          },
        ],
      },
      /range differs/,
    )
    await fails({...good, findings: [{...finding, actual: 'zsm'}]}, /actual differs/)
    await fails({...good, findings: [{...finding, message: 'Anders.'}]}, /message differs/)
    await fails({...good, findings: [{...finding, severity: 'error'}]}, /severity differs/)
    await fails({...good, findings: [{...finding, fix: 'safe'}]}, /fix differs/)
  })

  it('fails when the replacements are missing or differ', async () => {
    const {expected: _e, ...noExpected} = finding
    await fails({...good, findings: [noExpected]}, /offers replacements; list them in `expected`/)
    await fails(
      {...good, findings: [{...finding, expected: ['bijvoorbeeld', 'snel']}]},
      /expected differs/,
    )
  })

  it('fails when the output is missing, wrong, or given without a fix', async () => {
    const {output: _o, ...noOutput} = finding
    await fails({...good, findings: [noOutput]}, /give the text after it in `output`/)
    await fails(
      {...good, findings: [{...finding, output: 'Wij nemen snel contact op.'}]},
      /output after the fix differs/,
    )
    await expect(
      tester.verifyInvalid('vage-termijn', {
        text: 'Wij bellen u binnenkort.',
        findings: [
          {
            messageId: 'vaag',
            range: {start: [1, 14, 13], end: [1, 24, 23]},
            output: 'Wij bellen u.',
          },
        ],
      }),
    ).rejects.toThrow(/`output` given, but the finding has no fix/)
  })

  it('fails when the fixed text has the same finding at the same spot', async () => {
    await expect(
      plugin.verifyInvalid('koppig', {
        text: 'Dat is zeer fijn.',
        findings: [
          {
            messageId: 'zeer',
            range: {start: [1, 8, 7], end: [1, 12, 11]},
            expected: ['heel zeer'],
            output: 'Dat is heel zeer fijn.',
          },
        ],
      }),
    ).rejects.toThrow(/reports the same finding again/)
  })

  it('asks for the severity of a graded finding', async () => {
    const range = {start: [1, 8, 7], end: [1, 11, 10]} as const
    await expect(
      plugin.verifyInvalid('koppig', {
        text: 'Dat is erg fijn.',
        findings: [{messageId: 'erg', range}],
      }),
    ).rejects.toThrow(/graded "info" \(the rule is set at "warning"\); state `severity`/)
    await plugin.verifyInvalid('koppig', {
      text: 'Dat is erg fijn.',
      findings: [{messageId: 'erg', range, severity: 'info'}],
    })
  })

  it('applies options, format and the letter flag of a case', async () => {
    await tester.verifyValid('lange-zin', {
      text: 'Dit is een zin met negen woorden erin, echt waar.',
    })
    await expect(
      tester.verifyValid('lange-zin', {
        text: 'Dit is een zin met negen woorden erin, echt waar.',
        options: {warning: 5, error: 8},
      }),
    ).rejects.toThrow(/should report nothing/)
    await tester.verifyValid('aanhef', {text: 'De container wordt op maandag geleegd.'})
    await expect(
      tester.verifyValid('aanhef', {
        text: 'De container wordt op maandag geleegd.',
        letter: true,
      }),
    ).rejects.toThrow(/should report nothing/)
  })

  it('checks the text in the format of the case', async () => {
    await tester.verifyValid('afkorting', {text: 'Typ `z.s.m.` in het veld.', format: 'md'})
    await expect(tester.verifyValid('afkorting', 'Typ `z.s.m.` in het veld.')).rejects.toThrow(
      /should report nothing/,
    )
  })

  it('collects every failure in verify', async () => {
    await expect(
      tester.verify('afkorting', {
        valid: ['Dit geldt o.a. voor u.', 'Bel ons t.z.t.'],
        invalid: [good],
      }),
    ).rejects.toThrow(/2 cases failed/)
  })

  it('registers one test per case with the static hooks', () => {
    const names: string[] = []
    const saved = [RuleTester.describe, RuleTester.it]
    RuleTester.describe = (name, fn) => {
      names.push(`describe ${name}`)
      fn()
    }
    RuleTester.it = (name) => {
      names.push(`it ${name}`)
    }
    try {
      tester.run('afkorting', {valid: ['Wij nemen snel contact op.'], invalid: [good]})
    } finally {
      ;[RuleTester.describe, RuleTester.it] = saved
    }
    expect(names).toEqual([
      'describe afkorting',
      'describe valid',
      'it Wij nemen snel contact op.',
      'describe invalid',
      'it Kom bijv. dinsdag langs.',
    ])
  })

  it('fails for an unknown rule', async () => {
    await expect(tester.verifyValid('geen-regel', 'Tekst.')).rejects.toThrow(/unknown rule/)
  })

  it('is the @duidelijk/core/testing export, runs under node:test and does not load vitest', () => {
    const dist = new URL('../dist/testing/', import.meta.url)
    for (const file of readdirSync(dist).filter((name) => name.endsWith('.js'))) {
      const source = readFileSync(new URL(file, dist), 'utf8')
      expect([file, /(?:from|import\()\s*['"](?:vitest|node:test|mocha)/.test(source)]).toEqual([
        file,
        false,
      ])
    }
    // A plugin package (the CLI stands in for one) imports the subpath and uses node's runner.
    const script = `import {describe, it} from 'node:test'
import {RuleTester} from '@duidelijk/core/testing'
RuleTester.describe = describe
RuleTester.it = it
new RuleTester().run('vage-termijn', {
  valid: ['U krijgt binnen 14 dagen bericht.', 'Wij sturen eerdaags een brief.'],
  invalid: [{text: 'Wij sturen eerdaags een brief.', findings: [{messageId: 'vaag', range: {start: [1, 12, 11], end: [1, 20, 19]}}]}],
})`
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: new URL('../../cli/', import.meta.url),
      encoding: 'utf8',
    })
    // One valid case is wrong on purpose: node's runner must see it fail.
    expect(run.stdout).toMatch(/# pass 2\n# fail 1\n/)
    expect(run.stdout).toContain('vage-termijn should report nothing on')
  })
})
