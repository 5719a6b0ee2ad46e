import {defineRule} from '../rule.js'

/** Stiff formulas and their friendlier form. `''` means: leave it out. */
const FORMULAS: ReadonlyArray<{pattern: string; expected: string[]; uitleg: string}> = [
  {
    pattern: String.raw`(?:wij|we)\s+verzoeken\s+u\s+(?:vriendelijk\s+)?(?:doch|maar)\s+dringend`,
    expected: ['Wilt u'],
    uitleg: 'Vraag het gewoon: ‘Wilt u …’.',
  },
  {
    pattern: String.raw`(?:wij|we)\s+verzoeken\s+u\s+vriendelijk`,
    expected: ['Wilt u'],
    uitleg: 'Vraag het gewoon: ‘Wilt u …’.',
  },
  {
    pattern: String.raw`(?:wij|we)\s+delen\s+u\s+(?:hierbij\s+)?mede\s+dat`,
    expected: [''],
    uitleg: 'Laat dit weg en begin met wat u te zeggen heeft.',
  },
  {
    pattern: String.raw`(?:wij|we)\s+delen\s+u\s+(?:hierbij\s+)?mee\s+dat`,
    expected: [''],
    uitleg: 'Laat dit weg en begin met wat u te zeggen heeft.',
  },
  {
    pattern: String.raw`(?:hierbij\s+)?delen\s+(?:wij|we)\s+u\s+(?:hierbij\s+)?(?:mede|mee)\s+dat`,
    expected: [''],
    uitleg: 'Laat dit weg en begin met wat u te zeggen heeft.',
  },
  {
    pattern: String.raw`hierbij\s+(?:delen|laten)\s+(?:wij|we)\s+u\s+weten\s+dat`,
    expected: [''],
    uitleg: 'Laat dit weg en begin met wat u te zeggen heeft.',
  },
  {
    pattern: String.raw`hoogachtend`,
    expected: ['Met vriendelijke groet'],
    uitleg: 'Sluit vriendelijk af.',
  },
  {
    pattern: String.raw`met\s+de\s+meeste\s+hoogachting`,
    expected: ['Met vriendelijke groet'],
    uitleg: 'Sluit vriendelijk af.',
  },
  {pattern: String.raw`gelieve`, expected: ['Wilt u'], uitleg: '‘Gelieve’ is stijf en ouderwets.'},
  {
    pattern: String.raw`wij\s+vertrouwen\s+erop\s+u\s+hiermee\s+(?:voldoende\s+)?(?:te\s+hebben\s+)?ge[iï]nformeerd(?:\s+te\s+hebben)?`,
    expected: [''],
    uitleg: 'Laat dit weg, of schrijf: ‘Heeft u nog vragen? Bel ons gerust.’',
  },
  {
    pattern: String.raw`(?:wij|we)\s+hopen\s+u\s+hiermee\s+(?:voldoende\s+)?(?:te\s+hebben\s+)?ge[iï]nformeerd(?:\s+te\s+hebben)?`,
    expected: [''],
    uitleg: 'Laat dit weg, of schrijf: ‘Heeft u nog vragen? Bel ons gerust.’',
  },
  {
    pattern: String.raw`u\s+wordt\s+verzocht`,
    expected: ['Wilt u'],
    uitleg: 'Zeg wie iets vraagt en vraag het gewoon.',
  },
  {pattern: String.raw`verzoeke`, expected: ['Wilt u'], uitleg: '‘Verzoeke’ is ouderwets.'},
  {
    pattern: String.raw`in\s+afwachting\s+van\s+uw\s+(?:spoedig\s+)?(?:antwoord|reactie)(?:\s+verblijven\s+wij)?`,
    expected: [''],
    uitleg: 'Zeg liever concreet wat u van de lezer verwacht en wanneer.',
  },
  {
    pattern: String.raw`wij\s+zien\s+uw\s+reactie\s+met\s+belangstelling\s+tegemoet`,
    expected: [''],
    uitleg: 'Zeg liever concreet wat u van de lezer verwacht en wanneer.',
  },
  {
    pattern: String.raw`onder\s+dankzegging\s+voor`,
    expected: ['Dank u voor'],
    uitleg: 'Bedank gewoon.',
  },
  {
    pattern: String.raw`ten\s+zeerste`,
    expected: ['erg'],
    uitleg: 'Gewoon ‘erg’ of ‘heel’ is warmer.',
  },
  {
    pattern: String.raw`wij\s+betreuren\s+het\s+u\s+te\s+moeten\s+mededelen\s+dat`,
    expected: ['Helaas'],
    uitleg: 'Zeg het direct: ‘Helaas …’.',
  },
  {
    pattern: String.raw`tot\s+onze\s+spijt\s+moeten\s+wij\s+u\s+mededelen\s+dat`,
    expected: ['Helaas'],
    uitleg: 'Zeg het direct: ‘Helaas …’.',
  },
  {
    pattern: String.raw`u\s+wordt\s+hierbij\s+in\s+kennis\s+gesteld\s+(?:van\s+het\s+feit\s+)?dat`,
    expected: [''],
    uitleg: 'Laat dit weg en zeg wat er is.',
  },
  {
    pattern: String.raw`geachte\s+heer\/mevrouw`,
    expected: ['Geachte heer, mevrouw'],
    uitleg: 'De schuine streep maakt de aanhef onpersoonlijk.',
  },
]

const TRIGGER =
  /hoogacht|gelieve|verzoe|verzoc|mede|mee\s+dat|weten\s+dat|hopen|vertrouw|betreur|spijt|dankzeg|afwachting|belangstelling|zeerste|kennis|heer\/mevrouw/i

const COMBINED = new RegExp(
  FORMULAS.map((f, index) => `(?<f${index}>(?<![\\p{L}])${f.pattern}(?![\\p{L}]))`).join('|'),
  'giu',
)

export default defineRule({
  id: 'toon',
  meta: {
    description: 'Schrijf vriendelijk en gewoon, zonder stijve formules.',
    scope: 'unit',
    severity: 'warning',
    fixable: 'suggestion',
    messages: {
      stijf: '‘{actual}’ klinkt stijf. {uitleg}',
    },
  },
  check(_tree, ctx) {
    for (const {unit} of ctx.units) {
      const text = ctx.slice(unit.start, unit.end)
      // Every formula contains one of these stems; most paragraphs contain none.
      if (!TRIGGER.test(text)) continue
      for (const match of text.matchAll(COMBINED)) {
        const key = Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined)?.[0]
        const formula = FORMULAS[Number(key?.slice(1))]
        if (!formula) continue
        const start = unit.start + match.index!
        const atStart =
          /^\s*$/.test(text.slice(0, match.index!)) || /[.!?]\s+$/.test(text.slice(0, match.index!))
        const expected = formula.expected.map((e) =>
          atStart && e !== ''
            ? e.charAt(0).toUpperCase() + e.slice(1)
            : atStart
              ? e
              : e.charAt(0).toLowerCase() + e.slice(1),
        )
        // "Wij verzoeken u het formulier te sturen": 'Wilt u' in place of the formula would leave
        // 'te' behind ("Wilt u het formulier te sturen"), so there is no replacement then.
        const rest = /^[^.!?]*/.exec(text.slice(match.index! + match[0].length))![0]
        const leavesTe = /^wilt u/i.test(formula.expected[0]!) && /(?<!\p{L})te\s+\p{L}/u.test(rest)
        ctx.report({
          start,
          end: start + match[0].length,
          messageId: 'stijf',
          data: {uitleg: formula.uitleg},
          ...(leavesTe ? {} : {expected}),
        })
      }
    }
  },
})
