import {beforeAll, describe, expect, it} from 'vitest'
import {AnalysisCache} from '../src/analysis-cache.js'
import {createChecker, type Checker, type CheckResult} from '../src/checker.js'

const LETTER = `Geachte mevrouw De Vries,

Middels deze brief informeren wij u over uw aanvraag voor een parkeervergunning. Uw aanvraag wordt in behandeling genomen door de afdeling Vergunningen.

Teneinde uw aanvraag te kunnen beoordelen, hebben wij nog een kopie van het kentekenbewijs nodig. Wij verzoeken u vriendelijk om deze stukken zo spoedig mogelijk op te sturen, anders kunnen wij de aanvraag niet in behandeling nemen en wordt deze buiten behandeling gesteld zonder dat wij daar nader bericht over sturen.

U kunt het kentekenbewijs mailen naar vergunningen@gemeente.nl. Bellen kan ook.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,

Team Vergunningen`

/** The findings and metrics of a result, as plain data. */
function summary(result: CheckResult) {
  return {
    findings: result.findings.map((f) => ({
      ...f.toJSON(),
      expected: f.expected ? [...f.expected] : undefined,
    })),
    metrics: JSON.parse(JSON.stringify(result.metrics)),
  }
}

let checker: Checker
let other: Checker
beforeAll(async () => {
  checker = await createChecker({extends: 'duidelijk:strikt'})
  other = await createChecker({extends: 'duidelijk:aanbevolen'})
})

describe('AnalysisCache', () => {
  it('gives the same findings and metrics as a check without cache, edit after edit', () => {
    const cache = new AnalysisCache()
    const edits: Array<(text: string) => string> = [
      (t) => t,
      (t) => t.replace('Middels', 'Met'),
      (t) => t.replace('kopie', 'kopietje'),
      (t) => t.replace('Bellen kan ook.', 'Bellen kan ook.\n\nBellen kan ook.'),
      (t) => t.replace('Bent u', '<!-- x -->Bent u'),
      (t) => t.replace('informeren wij u', 'informeren wij u reeds'),
      (t) =>
        t.replace('\n\nU kunt het', '\n\nduidelijk-disable-next-line ambtelijke-taal\nU kunt het'),
      (t) => t.replace('Teneinde', 'Om'),
      (t) => t.replace('Geachte mevrouw De Vries,\n\n', ''),
      (t) => t.replace('mevrouw', '{{naam}}'),
      (t) => `${t}\n\nPS: Wij verzoeken u middels dit formulier te reageren.`,
      (t) => t.replace(/\n\nBellen kan ook\./, ''),
      // A word reported once per document (moeilijk-woord) in two paragraphs, then in one.
      (t) => t.replace('Bellen kan ook.', 'De terrassen vallen onder de regels.'),
      (t) => t.replace('informeren wij u', 'informeren wij u over de terrassen en'),
      (t) => t.replace('De terrassen vallen onder de regels.', 'Bellen kan ook.'),
      // Legal terms are explained to residents, not to a lawyer named above the salutation
      // (ambtelijke-taal's unitFacts): the paragraph with the term stays the same.
      (t) =>
        t.replace(
          'Met vriendelijke groet,',
          'Of stuur ons een bezwaarschrift.\n\nMet vriendelijke groet,',
        ),
      (t) => `De heer mr. P. Smit\nStationsweg 4\n8251 AA Dronten\n\nGeachte heer Smit,\n\n${t}`,
      (t) => t.replace('De heer mr. P. Smit', 'De heer P. Smit'),
    ]
    let text = LETTER
    for (const [step, edit] of edits.entries()) {
      text = edit(text)
      const cached = checker.check({path: 'brief.txt', text}, {cache})
      const plain = checker.check({path: 'brief.txt', text})
      expect(summary(cached), `edit ${step}`).toEqual(summary(plain))
    }
    expect(checker.check({path: 'brief.txt', text}, {cache}).findings.length).toBeGreaterThan(5)
  })

  it('re-analyses only the paragraph that changed', () => {
    const cache = new AnalysisCache()
    checker.check({path: 'brief.txt', text: LETTER}, {cache})
    expect(cache.stats).toEqual({reused: 0, analysed: 7})
    const edited = LETTER.replace('Bellen kan ook.', 'Bellen mag ook.')
    const result = checker.check({path: 'brief.txt', text: edited}, {cache})
    expect(cache.stats).toEqual({reused: 6, analysed: 1})
    // The finding in the unchanged paragraph moved with nothing: same rule, same place.
    const middels = result.findings.find((f) => f.actual === 'Middels')!
    expect(middels.ruleId).toBe('ambtelijke-taal')
    expect(middels.range.start.offset).toBe(LETTER.indexOf('Middels'))
    // A paragraph that moves keeps its findings, at its new place.
    const moved = checker.check({path: 'brief.txt', text: `Hallo,\n\n${edited}`}, {cache})
    expect(cache.stats).toEqual({reused: 7, analysed: 1})
    expect(moved.findings.find((f) => f.actual === 'Middels')!.range.start.offset).toBe(
      LETTER.indexOf('Middels') + 8,
    )
  })

  it('holds only the paragraphs of the last version', () => {
    const cache = new AnalysisCache()
    let text = LETTER
    for (let i = 0; i < 50; i++) {
      text = text.replace(/Bellen kan ook\.( \d+)?/, `Bellen kan ook. ${i}`)
      checker.check({path: 'brief.txt', text}, {cache})
    }
    expect(cache.size).toBe(7)
  })

  it('starts over for another checker (other rules or options)', () => {
    const cache = new AnalysisCache()
    checker.check({path: 'brief.txt', text: LETTER}, {cache})
    const result = other.check({path: 'brief.txt', text: LETTER}, {cache})
    expect(cache.stats).toEqual({reused: 0, analysed: 7})
    expect(summary(result)).toEqual(summary(other.check({path: 'brief.txt', text: LETTER})))
  })
})

describe('AnalysisCache and facts beyond the paragraph', () => {
  it('analyses a paragraph again when a name in it occurs once more elsewhere (spelling)', () => {
    // A capitalised unknown word that opens a sentence is a name when the document writes it
    // with its capital more than once: then it is no typo.
    const once = 'Beste buren,\n\nVergunnning is verleend.\n\nWij bellen u nog.'
    const twice = once.replace('Wij bellen u nog.', 'Wij bellen u nog over Vergunnning.')
    const cache = new AnalysisCache()
    const first = checker.check({path: 'brief.txt', text: once}, {cache})
    expect(first.findings.filter((f) => f.ruleId === 'spelling').map((f) => f.actual)).toEqual([
      'Vergunnning',
    ])
    const cached = checker.check({path: 'brief.txt', text: twice}, {cache})
    const plain = checker.check({path: 'brief.txt', text: twice})
    expect(plain.findings.filter((f) => f.ruleId === 'spelling')).toEqual([])
    expect(summary(cached)).toEqual(summary(plain))
    // The first paragraph's text did not change; its name fact did.
    expect(cache.stats).toEqual({reused: 1, analysed: 2})
  })

  it('analyses a paragraph again when only a placeholder in it changed', () => {
    const cache = new AnalysisCache()
    const text = 'Geachte {{naam}},\n\nMiddels deze brief sturen wij u de stukken.'
    checker.check({path: 'brief.txt', text}, {cache})
    checker.check({path: 'brief.txt', text: text.replace('{{naam}}', '{{plek}}')}, {cache})
    expect(cache.stats).toEqual({reused: 1, analysed: 1})
  })

  it('keeps the cap on reports per rule, with the count of those left out', () => {
    // 5,100 times 'middels': more than a check keeps of one rule (MAX_REPORTS_PER_RULE).
    const text = Array.from({length: 51}, () =>
      'Wij sturen het middels de post. '.repeat(100),
    ).join('\n\n')
    const cache = new AnalysisCache()
    const cached = checker.check({path: 'lang.txt', text}, {cache})
    const plain = checker.check({path: 'lang.txt', text})
    const summaryOf = (findings: typeof plain.findings) =>
      findings.filter((f) => f.messageId === 'te-veel-meldingen').map((f) => f.reason)
    expect(summaryOf(plain.findings)).toHaveLength(1)
    expect(summaryOf(cached.findings)).toEqual(summaryOf(plain.findings))
    expect(cached.findings.length).toBe(plain.findings.length)
  })
})

describe('checkAsync with a signal', () => {
  it('gives the same result as check when not aborted', async () => {
    const signal = new AbortController().signal
    const result = await checker.checkAsync({path: 'brief.txt', text: LETTER}, {signal})
    expect(summary(result)).toEqual(summary(checker.check({path: 'brief.txt', text: LETTER})))
  })

  it('stops a running check when aborted, and the cache stays usable', async () => {
    const cache = new AnalysisCache()
    const controller = new AbortController()
    const text = Array.from({length: 40}, () => LETTER).join('\n\n')
    const running = checker.checkAsync(
      {path: 'brief.txt', text},
      {cache, signal: controller.signal},
    )
    // The check has started (it runs until its first pause before checkAsync returns); the abort
    // takes effect at that pause. Aborting later (setImmediate) raced with fast machines finishing
    // the rest of the check within one slice.
    controller.abort(new Error('nieuwere versie'))
    await expect(running).rejects.toThrow('nieuwere versie')
    const after = checker.check({path: 'brief.txt', text}, {cache})
    expect(summary(after)).toEqual(summary(checker.check({path: 'brief.txt', text})))
  })
})
