import {describe, expect, it} from 'vitest'
import {PhraseMatcher} from '../../src/nlp/phrase-matcher.js'
import {brief, checkRule} from '../helpers.js'

const found = (text: string, options?: Record<string, unknown>) =>
  checkRule('ambtelijke-taal', text, options ? {options} : {}).map((f) => [
    f.actual,
    f.expected?.[0],
    f.fix,
  ])

describe('ambtelijke-taal', () => {
  it('reports single words with exact range, alternatives and a safe fix', () => {
    const findings = checkRule('ambtelijke-taal', 'Wij hebben uw brief reeds ontvangen.')
    expect(findings.map(brief)).toEqual([
      {
        ruleId: 'ambtelijke-taal',
        severity: 'warning',
        line: 1,
        column: 21,
        start: 20,
        end: 25,
        actual: 'reeds',
        expected: ['al'],
        fix: 'safe',
      },
    ])
    expect(findings[0]!.reason).toBe('‘reeds’ is ouderwets. ‘Reeds’ is ouderwets voor ‘al’.')
  })

  it('knows in goede orde, naar behoren, van rechtswege, cumulatie, continueren and incompleet', () => {
    expect(
      found(
        'Wij hebben uw verzoek in goede orde ontvangen. U bent naar behoren ingelicht. Wij hebben de vergunning van rechtswege verleend. Er is sprake van cumulatie van schulden. De subsidie wordt gecontinueerd. Uw aanvraag is incompleet.',
      ),
    ).toEqual([
      ['in goede orde', 'goed', 'suggestion'],
      ['naar behoren', 'goed', 'suggestion'],
      ['van rechtswege', 'automatisch', 'suggestion'],
      ['cumulatie', 'opeenstapeling', 'suggestion'],
      ['gecontinueerd', 'voortzetten', 'suggestion'],
      ['incompleet', 'onvolledig', 'suggestion'],
    ])
  })

  it('keeps the capital at the start of a sentence', () => {
    expect(found('Indien u vragen heeft, bel ons.')).toEqual([['Indien', 'Als', 'safe']])
  })

  it('reports multi-word phrases, longest match first', () => {
    expect(
      found(
        'Ten behoeve van uw aanvraag is een tekening nodig. Met ingang van 1 mei zijn wij open.',
      ),
    ).toEqual([
      ['Ten behoeve van', 'Voor', 'safe'],
      ['Met ingang van', 'Vanaf', 'safe'],
    ])
    expect(found('Wij sturen het ten einde te voorkomen dat u wacht.')).toEqual([
      ['ten einde te', 'om te', 'safe'],
    ])
  })

  it('finds inflections and separable verbs (the particle later in the sentence)', () => {
    expect(
      found('Wij verstrekken u een pas. De pas werd verstrekt. Wij trachtten u te bellen.'),
    ).toEqual([
      ['verstrekken', 'geven', 'suggestion'],
      ['verstrekt', 'geven', 'suggestion'],
      ['trachtten', 'proberen', 'suggestion'],
    ])
    const [finding] = checkRule('ambtelijke-taal', 'Wij reiken de nieuwe pas op 3 maart uit.')
    // No replacement for a separable verb: 'geven' in place of 'reiken' would leave 'uit' behind
    // ("Wij geven de nieuwe pas op 3 maart uit" means something else).
    expect([
      finding!.actual,
      finding!.messageId,
      finding!.fix,
      finding!.expected,
      finding!.range.start.offset,
      finding!.range.end.offset,
    ]).toEqual(['reiken', 'scheidbaar', undefined, undefined, 4, 10])
    expect(finding!.reason).toBe('‘reiken … uit’ is formeel. Schrijf ‘geven’.')
    const [dient, ...none] = checkRule('ambtelijke-taal', 'U dient het formulier te ondertekenen.')
    expect(none).toEqual([])
    expect([
      dient!.actual,
      dient!.range.start.column,
      dient!.range.end.column,
      dient!.reason,
      dient!.expected,
    ]).toEqual(['dient', 3, 8, '‘dient … te’ is formeel. Schrijf ‘moeten’: ‘u moet …’.', undefined])
    expect(found('De kopie dient als bewijs.')).toEqual([])
  })

  it('does not fire on plain Dutch', () => {
    const clean = [
      'Wij hebben uw aanvraag ontvangen. U krijgt binnen acht weken een besluit.',
      'Als u vragen heeft, belt u ons dan op 14 0321.',
      'Wij sturen u de pas via de post. U kunt ook langskomen.',
      'De container staat al buiten. Zet hem nu terug.',
      'Het college van burgemeester en wethouders heeft de regels voor parkeren veranderd.',
      'U hoort binnen twee weken van ons.',
    ]
    for (const text of clean) expect([text, found(text)]).toEqual([text, []])
  })

  it('skips placeholders, switches off terms and categories, and adds organisation terms', () => {
    expect(found('Beste {{reeds}}, welkom.')).toEqual([])
    expect(found('Wij hebben dit reeds gedaan.', {disabledTerms: ['reeds']})).toEqual([])
    expect(found('Dat is gratis en voor niets.', {categories: ['ouderwets']})).toEqual([])
    expect(
      found('Uw wijkcoach neemt contact op.', {
        extraTerms: [
          {term: 'wijkcoach', alternatives: ['medewerker in uw wijk'], uitleg: 'Zeg wie het is.'},
        ],
      }),
    ).toEqual([['wijkcoach', 'medewerker in uw wijk', 'suggestion']])
  })

  it('offers a safe fix for the lemma only, not for an inflected form', () => {
    expect(found('Het is urgent. Dit is een urgente zaak.')).toEqual([
      ['urgent', 'dringend', 'safe'],
      ['urgente', 'dringend', 'suggestion'],
    ])
    expect(found('Wij zorg dragen voor de afvoer. Hij draagt zorg voor de afvoer.')).toEqual([
      ['zorg dragen voor', 'zorgen voor', 'safe'],
      ['draagt zorg voor', 'zorgen voor', 'suggestion'],
    ])
    // Swaps that are not grammatical in every sentence are suggestions.
    expect(found('Neem dan wel contact op. U kunt gebruik maken van de regeling.')).toEqual([
      ['dan wel', 'of', 'suggestion'],
      ['gebruik maken van', 'gebruiken', 'suggestion'],
    ])
  })

  it('tells the plain word from the stiff phrase that contains it', () => {
    expect(found('Het gaat om een bescheiden bedrag.')).toEqual([])
    expect(found('Stuur de gevraagde bescheiden mee.')).toEqual([
      ['gevraagde bescheiden', 'papieren', 'suggestion'],
    ])
    expect(found('Laat het formulier na het invullen bij de balie achter.')).toEqual([])
    expect(found('De medewerker staat tot uw beschikking.')).toEqual([
      ['tot uw beschikking', 'voor u', 'suggestion'],
    ])
  })

  it('safe fixes give grammatical sentences when applied', () => {
    const text = 'Indien u thans een pas heeft, kunt u reeds parkeren.'
    const findings = checkRule('ambtelijke-taal', text).filter((f) => f.fix === 'safe')
    let fixed = text
    for (const f of [...findings].reverse())
      fixed =
        fixed.slice(0, f.range.start.offset) + f.expected![0] + fixed.slice(f.range.end.offset)
    expect(fixed).toBe('Als u nu een pas heeft, kunt u al parkeren.')
    expect(checkRule('ambtelijke-taal', fixed)).toEqual([])
  })
})

describe('phrase matcher', () => {
  it('looks up candidates by first word only (cost does not grow with the list)', () => {
    const entries = Array.from({length: 5000}, (_, i) => ({
      term: `woord${i}`,
      forms: [`woord${i}`, `woord${i} extra`],
      separable: [],
      data: i,
    }))
    const matcher = new PhraseMatcher(entries)
    const sentence = 'dit is woord42 extra en woord7'.split(' ').map((value, index) => ({
      node: undefined as never,
      value,
      lower: value,
      start: index,
      end: index + 1,
      masked: undefined,
      index,
    }))
    expect(matcher.match(sentence).map((m) => [m.entry.term, m.first, m.last])).toEqual([
      ['woord42', 2, 3],
      ['woord7', 5, 5],
    ])
  })
})

describe('organisation term files', () => {
  it('loads extraTermsFile (TSV) relative to the config file into the rule', async () => {
    const {mkdtempSync, writeFileSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const {join} = await import('node:path')
    const {loadConfigFor} = await import('../../src/config/discovery.js')
    const {createCheckerSync} = await import('../../src/checker.js')
    const root = mkdtempSync(join(tmpdir(), 'duidelijk-terms-'))
    writeFileSync(
      join(root, 'eigen.tsv'),
      '# eigen lijst\nwijkcoach\t\tmedewerker in uw wijk\tvaktaal\tsuggestion\tZeg wie het is.\n',
    )
    writeFileSync(
      join(root, '.duidelijk.json'),
      '{"root": true, "rules": {"ambtelijke-taal": {"options": {"extraTermsFile": "eigen.tsv"}}}}',
    )
    const {config} = loadConfigFor(join(root, 'brief.txt'))
    const checker = createCheckerSync({
      ...config,
      rules: {...config.rules, spelling: {severity: 'off', explicit: true, options: {}}},
    })
    const found = checker
      .check({text: 'Uw wijkcoach belt u.'})
      .findings.filter((f) => f.ruleId === 'ambtelijke-taal')
    expect(found.map((f) => [f.actual, f.expected?.[0]])).toEqual([
      ['wijkcoach', 'medewerker in uw wijk'],
    ])
  })

  it('resolves extraTermsFile of a parent folder config from that folder, not from a nearer config', async () => {
    const {mkdirSync, mkdtempSync, writeFileSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const {join} = await import('node:path')
    const {ConfigLoader} = await import('../../src/config/discovery.js')
    const {createCheckerSync} = await import('../../src/checker.js')
    const root = mkdtempSync(join(tmpdir(), 'duidelijk-terms-parent-'))
    mkdirSync(join(root, 'lijsten'))
    mkdirSync(join(root, 'brieven', 'vergunningen'), {recursive: true})
    writeFileSync(
      join(root, 'lijsten', 'eigen.tsv'),
      'wijkcoach\t\tmedewerker in uw wijk\tvaktaal\tsuggestion\tZeg wie het is.\n',
    )
    writeFileSync(
      join(root, '.duidelijk.json'),
      '{"root": true, "rules": {"spelling": "off", "ambtelijke-taal": ["warning", {"extraTermsFile": "lijsten/eigen.tsv"}]}}',
    )
    // A nearer config file that does not mention the list: the path stays relative to the parent.
    writeFileSync(join(root, 'brieven', '.duidelijk.json'), '{"targetLevel": "B2"}')
    writeFileSync(
      join(root, 'brieven', 'vergunningen', '.duidelijk.yaml'),
      'overrides:\n  - files: ["*.txt"]\n    rules:\n      lange-zin: "off"\n',
    )
    const loader = new ConfigLoader()
    const {config, files} = loader.configFor(join(root, 'brieven', 'vergunningen', 'brief.txt'))
    expect(files).toHaveLength(3)
    expect(config.targetLevel).toBe('B2')
    const found = createCheckerSync(config)
      .check({text: 'Uw wijkcoach belt u.'})
      .findings.filter((f) => f.ruleId === 'ambtelijke-taal')
    expect(found.map((f) => [f.actual, f.expected?.[0], f.severity])).toEqual([
      ['wijkcoach', 'medewerker in uw wijk', 'warning'],
    ])
  })

  it('names the missing list with its full path', async () => {
    const {mkdtempSync, writeFileSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const {join} = await import('node:path')
    const {loadConfigFor} = await import('../../src/config/discovery.js')
    const root = mkdtempSync(join(tmpdir(), 'duidelijk-terms-missing-'))
    writeFileSync(
      join(root, '.duidelijk.json'),
      '{"root": true, "rules": {"ambtelijke-taal": {"options": {"extraTermsFile": "weg.tsv"}}}}',
    )
    expect(() => loadConfigFor(join(root, 'brief.txt'))).toThrow(
      `eigen woordenlijst "${join(root, 'weg.tsv')}" niet gevonden (extraTermsFile)`,
    )
  })
})
