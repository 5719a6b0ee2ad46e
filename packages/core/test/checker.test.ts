import {describe, expect, it} from 'vitest'
import {createCheckerSync} from '../src/checker.js'
import type {Config} from '../src/config/types.js'
import {defineRule} from '../src/rule.js'
import {checkerFor, checkRule} from './helpers.js'

const quiet = {rules: {spelling: 'off' as const, 'moeilijk-woord': 'off' as const}}
/** Sentences as the checker splits them (source text of each per-sentence metric). */
const sentencesOf = (text: string) => {
  const result = checkerFor(quiet).check({text})
  return result.metrics.perSentence.map((s) => text.slice(s.range.start.offset, s.range.end.offset))
}
const long = (n: number) =>
  Array.from({length: n}, (_, i) => (i === 0 ? 'Wij' : 'woord')).join(' ') + '.'

describe('sentence splitting that survives letters', () => {
  it('keeps abbreviations inside the sentence', () => {
    const text =
      'Wij hebben o.a. uw aanvraag ontvangen, bijv. de tekening. Dat is d.w.z. klaar. Stuur het t.a.v. dhr. Jansen m.b.t. de zaak. Bel z.s.m. terug a.u.b. en mevr. drs. ing. P. de Vries komt. Zie art. 3 en nr. 5 van mr. Bakker.'
    expect(sentencesOf(text)).toEqual([
      'Wij hebben o.a. uw aanvraag ontvangen, bijv. de tekening.',
      'Dat is d.w.z. klaar.',
      'Stuur het t.a.v. dhr. Jansen m.b.t. de zaak.',
      'Bel z.s.m. terug a.u.b. en mevr. drs. ing. P. de Vries komt.',
      'Zie art. 3 en nr. 5 van mr. Bakker.',
    ])
  })

  it('keeps amounts, percentages, dates, times, postcodes and house numbers together', () => {
    const text =
      'Het bedrag is € 1.250,00 en de rente 3,5%. U kunt op 1 jan. 2025 om 10.30 uur komen. Kom op 12-01-2025 naar Stationsweg 12, 8251 AB Dronten.'
    expect(sentencesOf(text)).toEqual([
      'Het bedrag is € 1.250,00 en de rente 3,5%.',
      'U kunt op 1 jan. 2025 om 10.30 uur komen.',
      'Kom op 12-01-2025 naar Stationsweg 12, 8251 AB Dronten.',
    ])
  })

  it('ends a sentence after "u." and a closing enz. before a capital', () => {
    expect(
      sentencesOf('Wij helpen u. Bel ons. Lever papier, glas enz. Daarna is het klaar.'),
    ).toEqual(['Wij helpen u.', 'Bel ons.', 'Lever papier, glas enz.', 'Daarna is het klaar.'])
  })

  it('ends a sentence after the legal form that closes a company name (blind letters, set-l)', () => {
    expect(
      sentencesOf(
        'Het werk doet Vezel Noord B.V. De gemeente betaalt het. Bel Jansen N.V. Hij weet het.',
      ),
    ).toEqual([
      'Het werk doet Vezel Noord B.V.',
      'De gemeente betaalt het.',
      'Bel Jansen N.V.',
      'Hij weet het.',
    ])
    // Before a lower-case word the name goes on in the sentence.
    expect(sentencesOf('Vezel Noord B.V. legt de kabel aan.')).toEqual([
      'Vezel Noord B.V. legt de kabel aan.',
    ])
  })

  it('ends a sentence after words parse-dutch takes for abbreviations (op, al, zo, ver, vrij, zat)', () => {
    expect(
      sentencesOf(
        'Neem met vragen contact op. Wij helpen u graag. Dat doen wij al. Bel ons. Het zit zo. Kom langs. Het is niet ver. Parkeren is vrij. Hij had het zat. Zo is het.',
      ),
    ).toEqual([
      'Neem met vragen contact op.',
      'Wij helpen u graag.',
      'Dat doen wij al.',
      'Bel ons.',
      'Het zit zo.',
      'Kom langs.',
      'Het is niet ver.',
      'Parkeren is vrij.',
      'Hij had het zat.',
      'Zo is het.',
    ])
    // Abbreviations before a name or a number keep the sentence going.
    expect(sentencesOf('Bel tel. 0321 of mr. De Vries op zo. 12 mei. Dank u.')).toEqual([
      'Bel tel. 0321 of mr. De Vries op zo. 12 mei.',
      'Dank u.',
    ])
  })

  it('ends a sentence after the other ordinary words and after months and units parse-dutch takes for abbreviations', () => {
    expect(
      sentencesOf(
        'Wij deden wat ik kon. Daarna ging ik naar huis. Dit stuk is intern. Klik op de tab. Vul uw naam in. Hij heeft geen fut. Wij bellen u.',
      ),
    ).toEqual([
      'Wij deden wat ik kon.',
      'Daarna ging ik naar huis.',
      'Dit stuk is intern.',
      'Klik op de tab.',
      'Vul uw naam in.',
      'Hij heeft geen fut.',
      'Wij bellen u.',
    ])
    expect(
      sentencesOf(
        'U kunt reageren tot 3 jan. Daarna beslissen wij. Het gesprek duurt 20 min. U hoort het meteen. Het kost € 2 mln. De raad besluit.',
      ),
    ).toEqual([
      'U kunt reageren tot 3 jan.',
      'Daarna beslissen wij.',
      'Het gesprek duurt 20 min.',
      'U hoort het meteen.',
      'Het kost € 2 mln.',
      'De raad besluit.',
    ])
    // Before a number, in lower case or as a capitalised abbreviation the sentence goes on.
    expect(
      sentencesOf(
        'Wij zijn er tot 3 jan. 2026 en daarna vanaf 5 jan. om 9 uur. De Kon. Marine helpt.',
      ),
    ).toEqual([
      'Wij zijn er tot 3 jan. 2026 en daarna vanaf 5 jan. om 9 uur.',
      'De Kon. Marine helpt.',
    ])
  })

  it('ends a sentence after a number or amount with a full stop, not after a numbering label', () => {
    expect(
      sentencesOf(
        'Zie bijlage 2. Bel ons daarna. U betaalt €1.250,00. Dat is 12,5 procent meer. Het kost € 5 p.p. Kinderen mogen gratis mee.',
      ),
    ).toEqual([
      'Zie bijlage 2.',
      'Bel ons daarna.',
      'U betaalt €1.250,00.',
      'Dat is 12,5 procent meer.',
      'Het kost € 5 p.p.',
      'Kinderen mogen gratis mee.',
    ])
    expect(sentencesOf('Ons kenmerk is 2025/12.345. Wij zijn er van 8.30 tot 17.00 uur.')).toEqual([
      'Ons kenmerk is 2025/12.345.',
      'Wij zijn er van 8.30 tot 17.00 uur.',
    ])
  })

  it('keeps initials, house numbers and article references inside the sentence', () => {
    expect(
      sentencesOf(
        'De heer J.P. de Vries woont op De Rede 1a, 8251 EW Dronten. Lees art. 6:7 Awb goed. Het is ca. 3 km incl. de omweg.',
      ),
    ).toEqual([
      'De heer J.P. de Vries woont op De Rede 1a, 8251 EW Dronten.',
      'Lees art. 6:7 Awb goed.',
      'Het is ca. 3 km incl. de omweg.',
    ])
  })

  it('splits the subject line, the salutation and a heading line without full stop in plain text', () => {
    const text =
      'Onderwerp: uw aanvraag\n\nGeachte heer Jansen,\nWij hebben uw brief ontvangen. Dank daarvoor.\n\nUw aanvraag\nU hoort binnen twee weken van ons.'
    const result = checkerFor(quiet).check({text})
    expect(
      result.document.units.map((u) => [u.kind, result.document.text.slice(u.start, u.end)]),
    ).toEqual([
      ['subject', 'Onderwerp: uw aanvraag'],
      ['salutation', 'Geachte heer Jansen,'],
      ['paragraph', 'Wij hebben uw brief ontvangen. Dank daarvoor.'],
      ['paragraph', 'Uw aanvraag'],
      ['paragraph', 'U hoort binnen twee weken van ons.'],
    ])
  })

  it('treats headings, list items and the salutation as units of their own', () => {
    const text =
      '# Afval\n\nGeachte mevrouw Visser,\n\n- papier en karton\n- glas\n\nZet de bak buiten'
    const result = checkerFor(quiet).check({text, format: 'md'})
    expect(
      result.document.units.map((u) => [u.kind, result.document.text.slice(u.start, u.end)]),
    ).toEqual([
      ['heading', 'Afval'],
      // Markdown has no salutation kind; the letter stage marks it (pipeline/letter.ts).
      ['salutation', 'Geachte mevrouw Visser,'],
      ['listItem', 'papier en karton'],
      ['listItem', 'glas'],
      ['paragraph', 'Zet de bak buiten'],
    ])
    expect(result.isLetter).toBe(true)
  })
})

describe('lange-zin through the pipeline', () => {
  it('counts a placeholder as one word', () => {
    const text = `Beste {{ aanvrager.volledige_naam }}, ${long(20).toLowerCase()}`
    const [finding] = checkRule('lange-zin', text, {config: {extends: 'duidelijk:b1'}})
    expect(finding!.reason).toBe(
      'Deze zin telt 22 woorden. Maak er twee of meer zinnen van (streef naar hoogstens 15 woorden).',
    )
  })
})

describe('severities from presets and config', () => {
  const grades = (config: Config) =>
    checkRule('lange-zin', [16, 21, 31].map(long).join(' '), {config}).map((f) => f.severity)

  it('duidelijk:b1 sets lange-zin to error, so every grade shows', () => {
    expect(grades({extends: 'duidelijk:b1'})).toEqual(['info', 'warning', 'error'])
  })

  it('a severity in config caps the graded findings; options alone keep the preset severity', () => {
    expect(grades({extends: 'duidelijk:b1', rules: {'lange-zin': 'info'}})).toEqual([
      'info',
      'info',
      'info',
    ])
    expect(
      grades({extends: 'duidelijk:b1', rules: {'lange-zin': {options: {warning: 25}}}}),
    ).toEqual(['info', 'info', 'error'])
  })

  it('off in config wins over the preset', () => {
    expect(grades({extends: 'duidelijk:b1', rules: {'lange-zin': 'off'}})).toEqual([])
  })
})

describe('lange-alinea through the pipeline', () => {
  it('counts the sentences of a Markdown paragraph but not of a list', () => {
    const sentence = 'Wij sturen u volgende week een brief met de uitslag van het onderzoek.'
    const paragraph = Array.from({length: 6}, () => sentence).join(' ')
    const list = Array.from({length: 6}, () => `- ${sentence}`).join('\n')
    const config = {extends: 'duidelijk:b1'}
    const findings = checkRule('lange-alinea', `# Uw brief\n\n${paragraph}\n\n${list}`, {
      format: 'md',
      config,
    })
    expect(findings.map((f) => [f.severity, f.line, f.column, f.reason])).toEqual([
      [
        'warning',
        3,
        1,
        'Deze alinea heeft 6 zinnen. Splits haar op, of schrap wat de lezer niet nodig heeft (hoogstens 5).',
      ],
    ])
  })
})

describe('inline directives', () => {
  it('disable-next-line in txt and md', () => {
    expect(checkRule('lange-zin', `duidelijk-disable-next-line lange-zin\n${long(40)}`)).toEqual([])
    expect(
      checkRule('lange-zin', `<!-- duidelijk-disable-next-line -->\n${long(40)}`, {format: 'md'}),
    ).toEqual([])
    expect(
      checkRule('lange-zin', `<!-- duidelijk-disable-next-line spelling -->\n${long(40)}`, {
        format: 'md',
      }),
    ).toHaveLength(1)
  })

  it('disable and enable regions', () => {
    const text = `${long(40)}\n\n<!-- duidelijk-disable lange-zin -->\n\n${long(41)}\n\n<!-- duidelijk-enable lange-zin -->\n\n${long(42)}`
    expect(checkRule('lange-zin', text, {format: 'md'}).map((f) => f.reason.split(' ')[3])).toEqual(
      ['40', '42'],
    )
  })
})

describe('rule framework', () => {
  const fake = (
    fixable: 'none' | 'suggestion' | 'safe',
    fix: 'safe' | 'suggestion' | undefined,
    messageId = 'm',
  ) =>
    defineRule({
      id: 'nep-regel',
      meta: {
        description: 'Test.',
        severity: 'warning',
        fixable,
        messages: {m: 'Melding over {actual}.'},
      },
      check(_tree, ctx) {
        const word = ctx.sentences[0]?.words[0]
        if (word)
          ctx.report({
            start: word.start,
            end: word.end,
            messageId,
            expected: ['X'],
            ...(fix ? {fix} : {}),
          })
      },
    })

  it('refuses a fix the rule did not declare', () => {
    const checker = createCheckerSync(quiet, {rules: [fake('suggestion', 'safe') as never]})
    expect(() => checker.check({text: 'Hallo daar.'})).toThrow(
      'Rule nep-regel offered a safe fix but declares fixable: suggestion',
    )
    const none = createCheckerSync(quiet, {rules: [fake('none', undefined) as never]})
    expect(() => none.check({text: 'Hallo daar.'})).toThrow(
      'Rule nep-regel offered a replacement but declares fixable: none',
    )
  })

  it('fills the message, url, severity and fix of an allowed fix', () => {
    const checker = createCheckerSync(quiet, {rules: [fake('safe', undefined) as never]})
    const [finding] = checker
      .check({text: 'Hallo daar.'})
      .findings.filter((f) => f.ruleId === 'nep-regel')
    expect([
      finding!.reason,
      finding!.fix,
      finding!.severity,
      finding!.url,
      finding!.expected,
    ]).toEqual([
      'Melding over Hallo.',
      'safe',
      'warning',
      'https://github.com/duidelijk/duidelijk/blob/main/docs/rules/nep-regel.md',
      ['X'],
    ])
  })

  it('refuses an unknown message id', () => {
    const checker = createCheckerSync(quiet, {
      rules: [fake('safe', undefined, 'onbekend') as never],
    })
    expect(() => checker.check({text: 'Hallo daar.'})).toThrow(
      'Rule nep-regel reported unknown messageId "onbekend"',
    )
  })

  it('refuses an unknown rule in the config', () => {
    expect(() => createCheckerSync({rules: {'bestaat-niet': 'off'}})).toThrow(
      'configuratie: onbekende regel "bestaat-niet"',
    )
  })
})

describe('language', () => {
  it('detects English and runs the English rules', () => {
    const result = checkerFor(quiet).check({
      text: 'We have received your application. We will decide within eight weeks and send you a letter.',
    })
    expect(result.lang).toBe('en')
  })

  it('uses lang from the config', () => {
    const result = checkerFor({...quiet, lang: 'en'}).check({
      text: 'Wij hebben uw aanvraag ontvangen.',
    })
    expect(result.lang).toBe('en')
  })

  it('keeps Dutch for Dutch letters and for short texts', () => {
    expect(
      checkerFor(quiet).check({
        text: 'Wij hebben uw aanvraag ontvangen en sturen u binnen acht weken een besluit.',
      }).lang,
    ).toBe('nl')
    expect(checkerFor(quiet).check({text: 'Thank you.'}).lang).toBe('nl')
  })
})
