import {tester} from './tester.js'
import {describe, expect, it} from 'vitest'
import {loadHunspell} from '../../src/spelling/hunspell.js'
import {checkRule} from '../helpers.js'
import {LETTERHEAD_LETTER} from '../letters.js'

tester.run('afkorting', {
  valid: [
    // A reference with letters after the slash is a code (blind letters, set-hhh).
    'Bij de betaling staat ons kenmerk WMO/VK/2026-0211.',
    // A school's kind in the address block is part of its name (relabel round 28).
    'Aan de ouders en verzorgers van leerlingen van obs De Klimop\n\nBeste ouders,\n\nDe gemeenteraad praat over de school.\n\nMet vriendelijke groet,\n\nTeam Onderwijs',
    // Before the rest of an organisation's name it is part of that name (set-bbb, round 30).
    'U woont bij GGZ De Wierde.',
    // Any spelling of the name the list gives counts as written out (set-zz).
    'Het Centraal Administratie Kantoor (CAK) berekent uw eigen bijdrage. Het CAK stuurt de rekening.',
    'Het Centraal Administratiekantoor (CAK) berekent uw eigen bijdrage. Het CAK stuurt de rekening.',
    // An address line above the salutation of an HTML template keeps the post's 't.a.v.' (set-uu).
    {
      text: '<table><tr><td>Gemeente Ravensbosch</td></tr><tr><td><p>Aan: Stichting De Hoop, t.a.v. de heer G. Haverkamp</p>\n<p>Datum: 2 april 2026</p>\n<p>Beste meneer Haverkamp,</p>\n<p>U krijgt de subsidie.</p></td></tr></table>',
      format: 'html',
    },
    // A word of its own that is also an abbreviation with a full stop (tel., min.), and a company
    // form in capitals.
    'Ik tel de dagen tot de vakantie. Het kost min of meer niets. Bakkerij Jansen BV levert brood.',
    'U krijgt hulp via de Wet maatschappelijke ondersteuning (Wmo). De Wmo betaalt.',
    'Uw Wmo (Wet maatschappelijke ondersteuning) loopt door.',
    // A reference number that starts with letters is a code, not a name (set-i).
    'Vermeld altijd het nummer KCC-2025-55214. Uw zaak heeft nummer WMO-2026-3391.',
    // A code with slashes, and a person's initials after a title (blind letters, set-o).
    'Bij beschikking van 25 augustus 2025, kenmerk WMO/2025/17520, kreeg u hulp.',
    'Namens uw cliënt, de heer P.A. Hovenkamp, ontvingen wij een aanvraag.',
    // Initials before a surname with its particles, with or without a title (set-r).
    'Uw cliënt, mevrouw T.W. van der Linde, vroeg uitstel. Wij spraken ook met A.D. Kuipers.',
    'Uw burgerservicenummer (BSN) staat op uw paspoort.',
    // Written out in the next sentence; a subject line whose name the text below writes out.
    'U vroeg hulp via de Wmo. Dat is de Wet maatschappelijke ondersteuning.',
    'Onderwerp: Besluit op uw Woo-verzoek\n\nBeste Sanne,\n\nU vroeg om documenten. Dat is een verzoek volgens de Wet open overheid (Woo).\n\nGroet,\nTeam Juridische Zaken',
    {text: 'Uw BSN staat op uw paspoort.', options: {known: ['BSN']}},
    // Known to every reader, or capitals it does not know.
    {text: 'Log in met DigiD of bel de NS.'},
    // Names everyone knows better than written out (list kind 'bekend').
    'Het UWV betaalt uw uitkering. De GGD geeft advies. Uw AOW gaat in op uw verjaardag.',
    // An address without a verb, in a table cell of a Markdown template (set-xx).
    '| | |\n|---|---|\n| **Aan** | Bakkerij Te Brake B.V., t.a.v. mevrouw J. te Brake |\n| **Datum** | 4 november 2025 |\n\nU krijgt de subsidie.',
    'Wij sturen u ter attentie van de afdeling een brief.',
    'Het is 12 uur. Kom om 13.00 uur langs.',
    // Code is masked.
    {text: 'Typ `z.s.m.` in het veld.', format: 'md'},
    // A timetable in a table: short days and t/m are how it is written (sets r and y).
    {
      text: '| Plek | Open |\n| --- | --- |\n| Bibliotheek | ma t/m za 10.00 - 17.00 uur |\n| Wijkcentrum | di. en vr. 9.00 - 12.00 uur |\n',
      format: 'md',
    },
  ],
  invalid: [
    {
      // Blind letters, set-bbbb: 'gewaarmerkt van 12 november' is no Dutch; after a participle
      // 'd.d.' is 'op', after a noun (also a verb as a noun: 'ons schrijven') 'van'.
      name: "'d.d.' after a participle is 'op'",
      text: 'De tekening is gewaarmerkt d.d. 12 november 2025. Wij verwijzen naar ons schrijven d.d. 8 januari.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [1, 28, 27], end: [1, 32, 31]},
          actual: 'd.d.',
          expected: ['op', 'van'],
          output:
            'De tekening is gewaarmerkt op 12 november 2025. Wij verwijzen naar ons schrijven d.d. 8 januari.',
        },
        {
          messageId: 'punt',
          range: {start: [1, 84, 83], end: [1, 88, 87]},
          actual: 'd.d.',
          expected: ['van', 'op'],
          output:
            'De tekening is gewaarmerkt d.d. 12 november 2025. Wij verwijzen naar ons schrijven van 8 januari.',
        },
      ],
    },
    {
      // The same timetable in running text is reported.
      name: 'short days and t/m outside a table',
      text: 'De bibliotheek is open ma t/m za van 10.00 tot 17.00 uur.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [1, 24, 23], end: [1, 26, 25]},
          actual: 'ma',
          expected: ['maandag'],
          output: 'De bibliotheek is open maandag t/m za van 10.00 tot 17.00 uur.',
          fix: 'suggestion',
        },
        {
          messageId: 'punt',
          range: {start: [1, 27, 26], end: [1, 30, 29]},
          actual: 't/m',
          expected: ['tot en met'],
          output: 'De bibliotheek is open ma tot en met za van 10.00 tot 17.00 uur.',
          fix: 'suggestion',
        },
        {
          messageId: 'punt',
          range: {start: [1, 31, 30], end: [1, 33, 32]},
          actual: 'za',
          expected: ['zaterdag'],
          output: 'De bibliotheek is open ma t/m zaterdag van 10.00 tot 17.00 uur.',
          fix: 'suggestion',
        },
      ],
    },
    {
      name: 'te weten in small letters before a name is an abbreviation, not initials',
      text: 'Het gaat om twee woningen, t.w. De Akker 3 en De Akker 5.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [1, 28, 27], end: [1, 32, 31]},
          actual: 't.w.',
          // 'te weten' is on the jargon list itself (set-t): only 'namelijk' is offered.
          expected: ['namelijk'],
          output: 'Het gaat om twee woningen, namelijk De Akker 3 en De Akker 5.',
          fix: 'suggestion',
        },
      ],
    },
    {
      name: 'a letterhead: its team name, reference number and t.a.v. are left alone; the text is checked',
      text: LETTERHEAD_LETTER,
      findings: [
        {
          messageId: 'eersteKeer',
          range: {start: [14, 29, 207], end: [14, 32, 210]},
          actual: 'Wmo',
          expected: ['Wet maatschappelijke ondersteuning (Wmo)'],
          output: LETTERHEAD_LETTER.replace(
            'de Wmo ontvangen',
            'de Wet maatschappelijke ondersteuning (Wmo) ontvangen',
          ),
          fix: 'suggestion',
        },
      ],
    },
    {
      name: 'a letterhead line that is read like the text: its t/m is still an abbreviation',
      text: 'Gemeente Dronten\n\nAan de bewoners van de Stationsweg 1 t/m 65\n\nBeste bewoner,\n\nVanaf 2 november werken wij in uw straat.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [3, 38, 55], end: [3, 41, 58]},
          actual: 't/m',
          expected: ['tot en met'],
          output:
            'Gemeente Dronten\n\nAan de bewoners van de Stationsweg 1 tot en met 65\n\nBeste bewoner,\n\nVanaf 2 november werken wij in uw straat.',
          fix: 'suggestion',
        },
      ],
    },
    {
      name: 'an abbreviation whose full stop also ends the sentence keeps that full stop when written out',
      text: 'Lever papier, glas enz. Daarna is het klaar. Het kost € 5 p.p. Kinderen mogen gratis mee.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [1, 20, 19], end: [1, 23, 22]},
          expected: ['enzovoort'],
          output:
            'Lever papier, glas enzovoort. Daarna is het klaar. Het kost € 5 p.p. Kinderen mogen gratis mee.',
          actual: 'enz',
        },
        {
          messageId: 'punt',
          range: {start: [1, 59, 58], end: [1, 62, 61]},
          expected: ['per persoon', 'namens'],
          output:
            'Lever papier, glas enz. Daarna is het klaar. Het kost € 5 per persoon. Kinderen mogen gratis mee.',
          actual: 'p.p',
        },
      ],
    },
    {
      name: 'a day in opening hours written short (vr, za; ma only before a range), not the word zo',
      text: 'Wij zijn open van ma tot vr en op za. Dat doen we zo.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [1, 19, 18], end: [1, 21, 20]},
          expected: ['maandag'],
          output: 'Wij zijn open van maandag tot vr en op za. Dat doen we zo.',
          actual: 'ma',
        },
        {
          messageId: 'punt',
          range: {start: [1, 26, 25], end: [1, 28, 27]},
          expected: ['vrijdag'],
          output: 'Wij zijn open van ma tot vrijdag en op za. Dat doen we zo.',
          actual: 'vr',
        },
        {
          messageId: 'punt',
          range: {start: [1, 35, 34], end: [1, 37, 36]},
          expected: ['zaterdag'],
          output: 'Wij zijn open van ma tot vr en op zaterdag. Dat doen we zo.',
          actual: 'za',
        },
      ],
    },
    {
      name: 'an abbreviation at the end of the text keeps the full stop of the sentence, not one inside brackets',
      text: 'Lever (papier, glas enz.) in. Of lever blik enz.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [1, 21, 20], end: [1, 25, 24]},
          expected: ['enzovoort'],
          output: 'Lever (papier, glas enzovoort) in. Of lever blik enz.',
          actual: 'enz.',
        },
        {
          messageId: 'punt',
          range: {start: [1, 45, 44], end: [1, 48, 47]},
          expected: ['enzovoort'],
          output: 'Lever (papier, glas enz.) in. Of lever blik enzovoort.',
          actual: 'enz',
        },
      ],
    },
    {
      name: 'a title before a name keeps its full stop in the range: the sentence goes on',
      text: 'Dhr. Jansen belt u morgen.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [1, 1, 0], end: [1, 5, 4]},
          expected: ['De heer'],
          output: 'De heer Jansen belt u morgen.',
          actual: 'Dhr.',
        },
      ],
    },
    {
      name: 'an abbreviation without its full stop, in lower case (issue #15)',
      text: 'Neem bijv uw paspoort mee en bel ons aub terug.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [1, 6, 5], end: [1, 10, 9]},
          expected: ['bijvoorbeeld'],
          output: 'Neem bijvoorbeeld uw paspoort mee en bel ons aub terug.',
          actual: 'bijv',
        },
        {
          messageId: 'punt',
          range: {start: [1, 38, 37], end: [1, 41, 40]},
          expected: ['alstublieft'],
          output: 'Neem bijv uw paspoort mee en bel ons alstublieft terug.',
          actual: 'aub',
        },
      ],
    },
    {
      // A school's kind before its name (set-yy).
      text: 'De opening is door leerlingen van obs De Kanaalster.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [1, 35, 34], end: [1, 38, 37]},
          expected: ['openbare basisschool'],
          output: 'De opening is door leerlingen van openbare basisschool De Kanaalster.',
          fix: 'suggestion',
          actual: 'obs',
        },
      ],
    },
    {
      text: 'Stuur het formulier t.a.v. de afdeling Vergunningen.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [1, 21, 20], end: [1, 27, 26]},
          // 'ter attentie van' is ambtelijke taal itself: not offered.
          expected: ['aan'],
          output: 'Stuur het formulier aan de afdeling Vergunningen.',
          fix: 'suggestion',
          actual: 't.a.v.',
        },
      ],
    },
    {
      text: 'Wij bellen u i.v.m. uw aanvraag, bijv. over de kosten m.b.t. de vergunning.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [1, 14, 13], end: [1, 20, 19]},
          expected: ['vanwege'],
          output: 'Wij bellen u vanwege uw aanvraag, bijv. over de kosten m.b.t. de vergunning.',
          actual: 'i.v.m.',
        },
        {
          messageId: 'punt',
          range: {start: [1, 34, 33], end: [1, 39, 38]},
          expected: ['bijvoorbeeld'],
          output:
            'Wij bellen u i.v.m. uw aanvraag, bijvoorbeeld over de kosten m.b.t. de vergunning.',
          actual: 'bijv.',
        },
        {
          messageId: 'punt',
          range: {start: [1, 55, 54], end: [1, 61, 60]},
          expected: ['over'],
          output: 'Wij bellen u i.v.m. uw aanvraag, bijv. over de kosten over de vergunning.',
          actual: 'm.b.t.',
        },
      ],
    },
    {
      text: 'Wij komen op 3 maart a.s. langs, zgn. huisbezoek, incl. een gesprek.',
      findings: [
        {
          // after a date: left out, no edit
          messageId: 'naDatum',
          range: {start: [1, 22, 21], end: [1, 26, 25]},
          actual: 'a.s.',
          message: '‘a.s.’ is een afkorting. Laat het weg: de datum staat er al.',
        },
        {
          messageId: 'punt',
          range: {start: [1, 34, 33], end: [1, 38, 37]},
          expected: ['zogenoemd', 'zogenaamd'],
          output: 'Wij komen op 3 maart a.s. langs, zogenoemd huisbezoek, incl. een gesprek.',
          actual: 'zgn.',
        },
        {
          messageId: 'punt',
          range: {start: [1, 51, 50], end: [1, 56, 55]},
          expected: ['inclusief', 'met'],
          output: 'Wij komen op 3 maart a.s. langs, zgn. huisbezoek, inclusief een gesprek.',
          actual: 'incl.',
        },
      ],
    },
    {
      name: '"jl." after a date has no edit ("14 oktober afgelopen" is no Dutch); before a day it has',
      text: 'Wij kregen uw brief d.d. 14 oktober jl., en die van 3-10-2026 jl. Wij spraken jl. maandag.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [1, 21, 20], end: [1, 25, 24]},
          expected: ['van', 'op'],
          output:
            'Wij kregen uw brief van 14 oktober jl., en die van 3-10-2026 jl. Wij spraken jl. maandag.',
          actual: 'd.d.',
        },
        {
          messageId: 'naDatum',
          range: {start: [1, 37, 36], end: [1, 40, 39]},
          actual: 'jl.',
        },
        {
          messageId: 'naDatum',
          // the sentence's full stop stays the sentence's
          range: {start: [1, 63, 62], end: [1, 65, 64]},
          actual: 'jl',
        },
        {
          messageId: 'punt',
          range: {start: [1, 79, 78], end: [1, 82, 81]},
          expected: ['afgelopen'],
          output:
            'Wij kregen uw brief d.d. 14 oktober jl., en die van 3-10-2026 jl. Wij spraken afgelopen maandag.',
          actual: 'jl.',
        },
      ],
    },
    {
      name: 'a name in the subject line is explained in the text below it: reported there, if not explained',
      text: 'Onderwerp: Uw Wmo-aanvraag\n\nBeste Sanne,\n\nU vroeg hulp via de Wmo. De Wmo betaalt een deel.\n\nGroet,\nTeam Zorg',
      findings: [
        {
          messageId: 'eersteKeer',
          range: {start: [5, 21, 62], end: [5, 24, 65]},
          expected: ['Wet maatschappelijke ondersteuning (Wmo)'],
          output:
            'Onderwerp: Uw Wmo-aanvraag\n\nBeste Sanne,\n\nU vroeg hulp via de Wet maatschappelijke ondersteuning (Wmo). De Wmo betaalt een deel.\n\nGroet,\nTeam Zorg',
          actual: 'Wmo',
        },
      ],
    },
    {
      name: 'a name abbreviation is written out at its first use only',
      text: 'U krijgt hulp via de Wmo. De Wmo betaalt de traplift.',
      findings: [
        {
          messageId: 'eersteKeer',
          range: {start: [1, 22, 21], end: [1, 25, 24]},
          expected: ['Wet maatschappelijke ondersteuning (Wmo)'],
          output:
            'U krijgt hulp via de Wet maatschappelijke ondersteuning (Wmo). De Wmo betaalt de traplift.',
          actual: 'Wmo',
          message:
            'Niet iedereen kent ‘Wmo’. Schrijf bij het eerste gebruik ‘Wet maatschappelijke ondersteuning (Wmo)’.',
        },
      ],
    },
    {
      text: 'U kunt een Woo-verzoek doen. Dat verzoek valt onder de Woo.',
      findings: [
        {
          // In a compound the name cannot be written out in place: explain, no edit.
          messageId: 'eersteKeerSamenstelling',
          range: {start: [1, 12, 11], end: [1, 15, 14]},
          actual: 'Woo',
          message:
            'Niet iedereen kent ‘Woo’. Leg bij het eerste gebruik uit waar het voor staat: Wet open overheid (Woo).',
        },
      ],
    },
    {
      text: 'De WOZ-waarde van uw huis staat op de aanslag.',
      findings: [
        {
          messageId: 'eersteKeerSamenstelling',
          range: {start: [1, 4, 3], end: [1, 7, 6]},
          actual: 'WOZ',
        },
      ],
    },
    {
      text: 'Wij nemen z.s.m. contact op.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [1, 11, 10], end: [1, 17, 16]},
          // 'zo snel mogelijk' is a vague deadline itself (vage-termijn): explained, no edit.
          actual: 'z.s.m.',
        },
      ],
    },
    {
      text: 'Uw aanvraag is o.a. bedoeld voor de kosten van de verhuizing.',
      findings: [
        {
          messageId: 'punt',
          range: {start: [1, 16, 15], end: [1, 20, 19]},
          expected: ['onder andere'],
          output: 'Uw aanvraag is onder andere bedoeld voor de kosten van de verhuizing.',
          actual: 'o.a.',
        },
      ],
    },
  ],
})

describe('the closing and signature of a letter', () => {
  it('leaves names and titles under the closing alone, but not the same name in the text', () => {
    const letter = (body: string) =>
      `Beste meneer Bakker,\n\n${body}\n\nMet vriendelijke groet,\n\nMevrouw A. Yilmaz\nWmo-consulent\nTeam Wmo en Parkeren\n`
    expect(checkRule('afkorting', letter('U krijgt hulp bij het huishouden.'))).toEqual([])
    expect(
      checkRule('afkorting', letter('U krijgt hulp via de Wmo.')).map((f) => [
        f.messageId,
        f.actual,
        f.range.start.line,
      ]),
    ).toEqual([['eersteKeer', 'Wmo', 3]])
  })
})

describe('a letter to a lawyer', () => {
  it("does not ask to write out the trade's names (blind letters, set-l)", () => {
    const letter = (head: string) =>
      `Gemeente Dronten\nPostbus 100\n\n${head}\nStationsweg 4\n8251 AA Dronten\n\nGeachte heer De Boer,\n\nVolgens de BRP wonen er twee mensen.\n\nMet vriendelijke groet,\n\nTeam Handhaving`
    expect(
      checkRule('afkorting', letter('Advocatenkantoor De Boer\nt.a.v. mr. A. de Boer')),
    ).toEqual([])
    expect(checkRule('afkorting', letter('De heer A. de Boer')).map((f) => f.actual)).toEqual([
      'BRP',
    ])
  })
})

describe('KLIC (missed in six blind letters)', () => {
  it('asks to write KLIC out, with a replacement only where the name stands alone', () => {
    const found = (text: string) =>
      checkRule('afkorting', text).map((f) => [f.actual, f.range.start.offset, f.expected])
    expect(found('Meld het graafwerk vooraf bij het KLIC.')).toEqual([
      ['KLIC', 34, ['Kabels en Leidingen Informatie Centrum (KLIC)']],
    ])
    expect(found('Voor het graven doet de aannemer een KLIC-melding.')).toEqual([
      ['KLIC', 37, undefined],
    ])
  })
})

describe('a unit and a well-known name (blind letters, set-nnn)', () => {
  it('asks to write out kve, and leaves KvK alone', () => {
    const found = (text: string) =>
      checkRule('afkorting', text).map((f) => [f.actual, f.range.start.offset, f.expected])
    expect(found('Het monster bevatte 120 kve per liter.')).toEqual([
      ['kve', 24, ['kolonievormende eenheden (kve)']],
    ])
    expect(found('Uw nummer bij de KvK staat op de factuur.')).toEqual([])
    // "100 kolonievormende eenheden (kve)/l" breaks the unit: explained, not replaced.
    expect(found('De grenswaarde is 100 kve/l.')).toEqual([['kve', 22, undefined]])
  })
  it('keeps kve out of the spelling check', async () => {
    await loadHunspell()
    expect(checkRule('spelling', 'Het monster bevatte 120 kve per liter.')).toEqual([])
  })
})
