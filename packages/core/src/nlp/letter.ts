import type {RuleContext, UnitInfo} from '../rule.js'

/** The parts of a letter that letter rules look at. */
export interface LetterParts {
  subject: UnitInfo | undefined
  salutation: UnitInfo | undefined
  closing: UnitInfo | undefined
  /** Units after the closing line: name, role, team. */
  signature: UnitInfo[]
  /** Units between salutation (or start) and closing (or end): the message itself. */
  body: UnitInfo[]
}

export const SALUTATION = /^\s*(?:geachte|beste|hallo|dag|lieve|hoi|goedemorgen|goedemiddag)\b/i
export const CLOSING =
  /^\s*(?:met\s+(?:vriendelijke|hartelijke|beste)\s+groet(?:en)?|vriendelijke\s+groet(?:en)?|hartelijke\s+groet(?:en)?|hoogachtend|met\s+de\s+meeste\s+hoogachting|groet(?:en)?|namens\s+(?:het\s+college|de\s+burgemeester))\b/i

function text(ctx: RuleContext<unknown>, unit: UnitInfo): string {
  return ctx.slice(unit.unit.start, unit.unit.end)
}

/** Find salutation, closing, signature and body of a letter (memoised per check). */
export function letterParts(ctx: RuleContext<unknown>): LetterParts {
  return ctx.memo('letterParts', () => {
    const units = ctx.units
    const subject = units.find(
      (u) => u.unit.kind === 'subject' || /^\s*(?:onderwerp|betreft)\s*:/i.test(text(ctx, u)),
    )
    const salutationIndex = units.findIndex(
      (u, index) =>
        index < 12 &&
        (u.unit.kind === 'salutation' ||
          (SALUTATION.test(text(ctx, u)) && text(ctx, u).length < 90 && u.sentences.length <= 1)),
    )
    let closingIndex = -1
    for (let i = units.length - 1; i > salutationIndex; i--) {
      const unit = units[i]!
      if (
        unit.unit.kind === 'closing' ||
        (CLOSING.test(text(ctx, unit)) && text(ctx, unit).length < 80)
      ) {
        closingIndex = i
        break
      }
    }
    const start = salutationIndex + 1
    const end = closingIndex === -1 ? units.length : closingIndex
    return {
      subject,
      salutation: salutationIndex === -1 ? undefined : units[salutationIndex],
      closing: closingIndex === -1 ? undefined : units[closingIndex],
      signature: closingIndex === -1 ? [] : units.slice(closingIndex + 1),
      body: units.slice(start, end).filter((u) => u !== subject),
    }
  })
}

/** Text of a unit (analysed text, placeholders masked as x…). */
export function unitText(ctx: RuleContext<unknown>, unit: UnitInfo): string {
  return text(ctx, unit)
}

export const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan\\.?|feb\\.?|mrt\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sep\\.?|sept\\.?|okt\\.?|nov\\.?|dec\\.?'

/** A concrete moment: a date, or a number of days/weeks. */
export const DEADLINE = new RegExp(
  String.raw`\b(?:\d{1,2}\s+(?:${MONTHS})(?:\s+\d{4})?|\d{1,2}-\d{1,2}-\d{4}|binnen\s+(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|tien|veertien|dertig)\s+(?:werk)?(?:dagen|dag|weken|week|maanden|maand)|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+\d{1,2}\s+(?:${MONTHS}))`,
  'i',
)
