// Issue #15: rules inside their scope, one finding per problem, everyday words not rare. Texts:
// the project's own letters in tests/fixtures/brieven (kinds the corpus lacks) and sentences
// written for this test.
import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {loadHunspell} from '../src/spelling/hunspell.js'
import {checkerFor, checkRule} from './helpers.js'

// moeilijk-woord asks the dictionary whether a word is a name or a typo.
beforeAll(async () => {
  await loadHunspell()
})

const letter = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/brieven/${name}`, import.meta.url), 'utf8')
const rulesOf = (text: string, config = {}) =>
  checkerFor({letter: 'auto', ...config})
    .check({text})
    .findings.map((f) => f.ruleId)

describe('letter checks only for letters to residents', () => {
  it('a memo to the council gets no salutation, closing, contact, action or objection findings', () => {
    const found = rulesOf(letter('raadsmemo-wegonderhoud.txt'))
    for (const id of ['aanhef', 'afsluiting', 'contactgegevens', 'actie', 'bezwaarclausule'])
      expect(found).not.toContain(id)
  })

  it('bezwaarclausule fires only on a decision addressed to the reader', () => {
    const council =
      'Beste inwoner,\n\nHet college heeft besloten de Kamperweg in maart te vernieuwen. Het werk duurt zes weken.\n\nMet vriendelijke groet,\n\nTeam Wegen\nGemeente Lelystad\nBel 14 0320'
    expect(rulesOf(council)).not.toContain('bezwaarclausule')
    const resident =
      'Beste mevrouw Smit,\n\nWij hebben besloten dat u de parkeervergunning niet krijgt.\n\nMet vriendelijke groet,\n\nTeam Parkeren\nBel 14 0320'
    expect(rulesOf(resident)).toContain('bezwaarclausule')
  })

  it('a letter to the council or to colleagues gets no contact or action findings', () => {
    const council =
      'Geachte leden van de raad,\n\nHet college heeft besloten de Verordening parkeren 2027 voor te leggen. Stuur uw vragen naar de griffie.\n\nMet vriendelijke groet,\n\nHet college van burgemeester en wethouders'
    const found = rulesOf(council)
    for (const id of ['contactgegevens', 'actie', 'bezwaarclausule'])
      expect(found).not.toContain(id)
    const memo =
      'Memo\n\nAan: team Wegen\nVan: afdeling Beheer\n\nWij hebben besloten het onderhoud van de Dorpsstraat uit te stellen. Stuur de planning door naar de aannemer.\n\nGroet,\nPiet'
    const inMemo = rulesOf(memo, {letter: true})
    for (const id of ['contactgegevens', 'actie']) expect(inMemo).not.toContain(id)
    // The same letter to a resident does get them.
    const resident =
      'Beste mevrouw Smit,\n\nStuur ons uw meterstand.\n\nMet vriendelijke groet,\n\nTeam Belastingen'
    expect(rulesOf(resident)).toEqual(expect.arrayContaining(['contactgegevens', 'actie']))
  })

  it('actie leaves the objection paragraph and offers under a question heading alone', () => {
    expect(rulesOf(letter('besluit-bijzondere-bijstand.txt'))).not.toContain('actie')
    const offer =
      'Beste heer Kok,\n\nU krijgt een nieuwe container.\n\nContainer kapot?\nStuur ons een foto via het formulier op onze website.\n\nMet vriendelijke groet,\n\nTeam Afval\nBel 14 0320'
    expect(rulesOf(offer)).not.toContain('actie')
  })
})

describe('vage-termijn', () => {
  it('does not call a purpose clause a vague deadline', () => {
    expect(
      checkRule('vage-termijn', 'Wij doen ons best om het lek zo snel mogelijk op te lossen.'),
    ).toEqual([])
    expect(
      checkRule('vage-termijn', 'Wij lossen het lek zo snel mogelijk op.').map((f) => f.actual),
    ).toEqual(['zo snel mogelijk'])
    // After a verb of asking the om-clause is the request: a vague deadline for the reader.
    expect(
      checkRule(
        'vage-termijn',
        'Wij vragen u om zo snel mogelijk de meterstand door te geven.',
      ).map((f) => [f.actual, f.range.start.offset, f.range.end.offset]),
    ).toEqual([['zo snel mogelijk', 16, 32]])
  })
})

describe('moeilijk-woord', () => {
  const rare = (text: string) => checkRule('moeilijk-woord', text).map((f) => f.actual)

  it('does not call everyday service words rare', () => {
    expect(rules0()).toEqual([])
    function rules0() {
      return rare(
        'U kunt de factuur telefonisch opvragen. U betaalt per kwartaal. Het wegdek is nieuw. U kunt dat zelf instellen.',
      )
    }
  })

  it('does not call names or misspelled words rare', () => {
    expect(rare('Hermelien belt u morgen over de aanvraag.')).toEqual([])
    expect(rare('Wij hebben verschilllende brieven gestuurd.')).toEqual([])
  })

  it('still reports a rare word', () => {
    expect(rare('De casuïstiek is ingewikkeld.')).toEqual(['casuïstiek'])
  })
})

describe('one finding per problem', () => {
  it('a jargon word is not also reported as a rare word', () => {
    const found = checkerFor({rules: {'moeilijk-woord': 'info'}})
      .check({text: 'U kunt de stukken retourneren.'})
      .findings.map((f) => [f.ruleId, f.actual])
    expect(found).toEqual([['ambtelijke-taal', 'retourneren']])
  })

  it('naamwoordstijl naming the verb replaces ambtelijke-taal on the support verb, never a warning by an info', () => {
    const text = 'Er vindt een controle van uw gegevens plaats.'
    const asWarning = checkerFor({rules: {naamwoordstijl: 'warning'}})
      .check({text})
      .findings.map((f) => [f.ruleId, f.messageId, f.actual])
    expect(asWarning).toEqual([
      ['naamwoordstijl', 'steunwerkwoord', 'vindt een controle van uw gegevens plaats'],
    ])
    // by default naamwoordstijl is info: the warning of ambtelijke-taal stays
    const byDefault = checkerFor()
      .check({text})
      .findings.map((f) => [f.ruleId, f.severity])
    expect(byDefault).toEqual([['ambtelijke-taal', 'warning']])
  })

  it('a separable verb written apart inside a stiff phrase: the phrase, whose advice removes both', () => {
    const found = (text: string) =>
      checkerFor()
        .check({text})
        .findings.map((f) => [f.ruleId, f.actual])
    expect(found('U kunt gebruik maken van de regeling.')).toEqual([
      ['ambtelijke-taal', 'gebruik maken van'],
    ])
    // The phrase's message names the spelling, for a writer who keeps the words (sets hh, ii).
    const messages = (text: string) =>
      checkerFor()
        .check({text})
        .findings.map((f) => f.message)
    expect(messages('U kunt gebruik maken van de regeling.')).toEqual([
      '‘gebruik maken van’ is omslachtig. Schrijf ‘gebruiken’. Houdt u de woorden, schrijf dan ‘gebruikmaken’ aaneen.',
    ])
    expect(messages('Wij wijzen u er op dat de tuin dicht is.')).toEqual([
      '‘wijzen u er op’ is formeel. Schrijf: ‘Let op: …’. Houdt u de woorden, schrijf dan ‘erop’ aaneen.',
    ])
    // Outside such a phrase the spelling finding stays.
    expect(found('Het pand heeft al die jaren leeg gestaan.')).toEqual([
      ['spelling', 'leeg gestaan'],
    ])
  })

  it('a typo or an old word inside a stiff closing that goes as a whole is its own problem', () => {
    // Blind letters, set-b and set-h: the typo or 'hiermede' hid the empty closing sentence.
    const closing = (text: string) =>
      checkerFor()
        .check({text})
        .findings.map((f) => [f.ruleId, f.actual, f.range.start.offset, f.range.end.offset])
    expect(closing('Wij hopen u hiermee voldoende te hebben geinformeerd.')).toEqual([
      ['toon', 'Wij hopen u hiermee voldoende te hebben geinformeerd', 0, 53],
      ['spelling', 'geinformeerd', 40, 52],
    ])
    expect(closing('Ik vertrouw erop u hiermede voldoende te hebben geïnformeerd.')).toEqual([
      ['toon', 'Ik vertrouw erop u hiermede voldoende te hebben geïnformeerd', 0, 61],
      ['ambtelijke-taal', 'hiermede', 19, 27],
    ])
    // Where toon's edit keeps a sentence, the old word is the stiff part: one finding, as before.
    expect(closing('Hierbij delen wij u mede dat de vergadering niet doorgaat.')).toEqual([
      ['ambtelijke-taal', 'delen', 8, 13],
    ])
  })
})
