import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {folder, run} from './helpers.js'
import {leaks, letters, personalData, sentences, type PersonalData} from './privacy-data.js'

const FORMATS = ['stylish', 'json', 'compact', 'github', 'sarif', 'junit', 'gitlab', 'html']
/** The persoonsgegevens rule reporting every kind of personal data in a letter. */
const ALL_KINDS = [
  'info',
  {soortenInBrief: ['bsn', 'iban', 'telefoon', 'email', 'geboortedatum', 'kenteken']},
]
const FILES = ['brief.txt', 'brief.md', 'brief.html', 'brief.eml', 'brief.docx', 'brief.odt']

/** Every output of the CLI for a folder of letters, by what produced it. */
async function outputs(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const format of FORMATS) {
    const {stdout, stderr} = await run(['-f', format, ...FILES], root)
    out[format] = stdout + stderr
  }
  // A letter with the persoonsgegevens rule off is masked all the same.
  const off = await run(['--rule', 'persoonsgegevens:off', '-f', 'json', ...FILES], root)
  out['json, rule off'] = off.stdout + off.stderr
  const dry = await run(['--fix-dry-run', ...FILES], root)
  out['--fix-dry-run'] = dry.stdout + dry.stderr
  for (const format of ['table', 'csv', 'json']) {
    const {stdout, stderr} = await run(['stats', '--format', format, ...FILES], root)
    out[`stats ${format}`] = stdout + stderr
  }
  const cached = await run(['--cache', '-f', 'json', ...FILES], root)
  out['--cache run'] = cached.stdout + cached.stderr
  out['cache file'] = readFileSync(join(root, '.duidelijk-cache'), 'utf8')
  const again = await run(['--cache', ...FILES], root)
  out['--cache hit'] = again.stdout + again.stderr
  return out
}

function leaksIn(data: PersonalData, out: Record<string, string>): Record<string, string[]> {
  const found: Record<string, string[]> = {}
  for (const [what, text] of Object.entries(out)) {
    const values = leaks(data, text)
    if (values.length) found[what] = values
  }
  return found
}

describe('personal data is never printed', () => {
  it('masks random BSNs, IBANs, phone numbers, e-mail addresses and dates of birth in letters of every format, in every output', async () => {
    await fc.assert(
      fc.asyncProperty(personalData, async (data) => {
        const root = folder({
          ...letters(data),
          // Safe fixes near the data, so --fix-dry-run prints context lines with it.
          // Every kind reported in a letter too (a letter reports only BSNs and account numbers by
          // default), so that the count below shows the detector saw every value.
          '.duidelijk.json': JSON.stringify({
            root: true,
            rules: {spelling: 'off', persoonsgegevens: ALL_KINDS},
          }),
        })
        const out = await outputs(root)
        expect(leaksIn(data, out)).toEqual({})
        // The detector sees every value, in every format (so masking is not luck).
        const report = JSON.parse(out.json!) as {
          files: Array<{path: string; findings: Array<{ruleId: string}>}>
        }
        for (const file of report.files) {
          const personal = file.findings.filter((f) => f.ruleId === 'persoonsgegevens')
          // Markdown and e-mail repeat the BSN in the heading and the subject; HTML the mobile number
          // in a title attribute (read as text).
          const expected = /\.(md|eml|html)$/.test(file.path) ? 7 : 6
          expect([file.path, personal.length]).toEqual([file.path, expected])
        }
        // The text around the data is still shown.
        expect(out.stylish).toContain('Middels deze brief')
      }),
      {numRuns: 6},
    )
  }, 300_000)

  it('the test data really is in the letters (the property above can fail)', () => {
    const data = fc.sample(personalData, {numRuns: 1, seed: 17})[0]!
    const text = sentences(data).join(' ')
    expect(leaks(data, text).length).toBeGreaterThanOrEqual(6)
  })
})
