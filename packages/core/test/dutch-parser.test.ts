// The Dutch parser of the checker (nlp/dutch-parser.ts) must give the trees retext-dutch gives.
import retextDutch from 'retext-dutch'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parseDutch} from '../src/nlp/dutch-parser.js'

const retext = unified().use(retextDutch).freeze()

const TEXTS = [
  'Geachte heer Jansen,',
  'Wij hebben uw aanvraag op 3 jan. 2025 ontvangen. U hoort binnen acht weken van ons.',
  'Heeft u vragen? Bel ons op 14 0321 of mail naar info@dronten.nl. Zie www.dronten.nl/afval!',
  'Het bedrag van € 1.250,00 (incl. btw) betaalt u vóór 1 april; m.b.t. de termijn: zie art. 4:5 Awb.',
  'De zgn. "kleine" bijdrage — ca. 5 % — wordt d.m.v. een acceptgiro geïnd, o.a. voor auto\'s en e-mails.',
  '“Dat is niet juist,” schreef zij… En toen?? Nee!!! Echt niet...',
  'Zie bijlage 2a/2b, het zaaknummer Z-2025-00123 en §3.1 van de regeling.',
  'Bel   ons\tgerust,\u00a0ook ’s avonds: ’t kan.',
  'Emoji 😀 en ✔︎ tekens, wiskunde ∑ x² ≥ 3 en een 𝒜 uit een ander vlak.',
  'a.s. maandag om 9.00 uur. U. Wij helpen u. Neem contact op. Dat doen wij al. Bel ons.',
  '1. Eerste punt 2. Tweede punt - derde punt * vierde',
  '',
  '   ',
  '...',
  '#hashtag @iemand 50% 3x 12:30 10-12-2025 €5,- +31 6 12345678',
  'Lange­woorden met een zacht afbreekstreepje en een‐ander streepje.',
]

describe('parseDutch', () => {
  it('gives the trees of retext-dutch', () => {
    for (const text of TEXTS) expect(parseDutch(text)).toEqual(retext.parse(text))
  })

  it('shares one point object where a token ends and the next starts', () => {
    const root = parseDutch('Wij bellen u morgen.')
    const sentence = (root.children[0] as never as {children: Array<{children: never[]}>})
      .children[0]!
    const [wij, space, bellen] = sentence.children as Array<{
      position: {start: object; end: object}
      children?: Array<{position: {start: object; end: object}}>
    }>
    expect(wij!.position.end).toBe(space!.position.start)
    expect(space!.position.end).toBe(bellen!.position.start)
    // The word and its text node: own position objects, the same points.
    expect(bellen!.children![0]!.position).not.toBe(bellen!.position)
    expect(bellen!.children![0]!.position.start).toBe(bellen!.position.start)
    expect(bellen!.children![0]!.position.end).toBe(bellen!.position.end)
  })

  it('gives the same trees on texts made of those pieces', () => {
    const pieces = TEXTS.join(' ').split(/(\s+)/)
    let seed = 7
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let k = 0; k < 300; k++) {
      let text = ''
      for (let j = random(40); j > 0; j--) text += pieces[random(pieces.length)]
      expect(parseDutch(text)).toEqual(retext.parse(text))
    }
  })

  it('keeps the break at a blank line for a text with line breaks', () => {
    const text = 'Een zin zonder punt\n\n\nDan de volgende zin.'
    const tree = parseDutch(text)
    expect(tree).toEqual(retext.parse(text))
    const sentences = tree.children.flatMap((p) =>
      'children' in p ? p.children.filter((s) => s.type === 'SentenceNode') : [],
    )
    expect(sentences.length).toBeGreaterThan(1)
  })
})
