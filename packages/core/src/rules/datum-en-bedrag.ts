import {MONTH_NAMES} from '../nlp/letter-words.js'
import {defineRule} from '../rule.js'

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
const MONTH_PATTERN = MONTH_NAMES.join('|')
/**
 * A day of a month written out, with an optional weekday before it and an optional year after
 * it: "woensdag 8 januari 2026", "vrijdag, 3 april", "31 april".
 */
const WRITTEN_DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:((?:maan|dins|woens|donder|vrij|zater|zon)dag),?\\s+)?(\\d{1,2})\\s+(${MONTH_PATTERN})(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`,
  'giu',
)
/** A weekday before a numeric date with a year: "woensdag 8-1-2026". */
const WEEKDAY_NUMERIC_DATE =
  /(?<![\p{L}\d])((?:maan|dins|woens|donder|vrij|zater|zon)dag),?\s+(\d{1,2})-(\d{1,2})-(\d{4})(?![\p{L}\d])/giu

/** The number of days in a month (1-12) of a year; February of an unknown year has 29. */
function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) {
    if (year === undefined) return 29
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** The weekday of a date in the Gregorian calendar. */
function weekdayOf(day: number, month: number, year: number): string {
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!
}

/** 12/3, 12/03/2025, 3/12/25 — slashes make day and month order unclear. */
const DIGIT = /\d/
const SLASH_DATE = /(?<![\d\/.,])(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?(?![\d\/])/g
/** 03-12 without a year in running text (a full 12-03-2025 is accepted). */
const SHORT_DASH_DATE = /(?<![\d\-.,€])(\d{1,2})-(\d{1,2})(?![\d\-])/g
/** €1,250.00 or € 12.50: English notation. */
const ENGLISH_AMOUNT = /€\s?(\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2})(?![\d,])/g
const NO_SPACE_EURO = /€(?=\d)/g
const EUR_CODE = /\bEUR\s?(\d(?:[\d.,]*\d)?(?:,-)?)/g
const EUROS_PLURAL = /(?<![\d.,])(\d(?:[\d.,]*\d)?)\s+euro['’]s(?!\p{L})/giu
/** 7.50 euro, 1,250.00 euro('s): English notation before the word euro. */
const ENGLISH_AMOUNT_WORD =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2})\s+euro(?:['’]s)?(?!\p{L})/giu
/** A number in English notation (for the plural check to leave to ENGLISH_AMOUNT_WORD). */
const ENGLISH_NUMBER = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2})$/

/** 1234567 → 1.234.567, in linear time (the lookahead regex for this is quadratic in the length). */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3
  const groups = [digits.slice(0, head)]
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3))
  return groups.join('.')
}

/** A street name or a word for house numbers right before a range: "Kerkstraat 5-9", "nrs. 3-7". */
const HOUSE_NUMBERS_BEFORE =
  /(?:\p{L}(?:straat|weg|laan|plein|kade|singel|dreef|hof|pad|gracht|dijk|markt|steeg|erf|park|baan|ring|wal|dam|plantsoen|boulevard|allee)|(?<![\p{L}])(?:huisnummers?|nummers?|nrs?\.?))\s*$/iu

/** Words before a day and month that make a date of them: "op 3/2", "uw brief van 2/4". */
const DATE_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:op|van|voor|vóór|na|tot|vanaf|per|sinds|uiterlijk|t\/m|met|datum|d\.d\.|(?:maan|dins|woens|donder|vrij|zater|zon)dag)\s+$/iu
/** What follows a day and month of a date: a time, or the end of a range of dates. */
const DATE_CUE_AFTER = /^\s*(?:om\s+\d|t\/m\s+\d|tot\s+(?:en\s+met\s+)?\d|(?:-|–)\s*\d{1,2}\/)/i
/**
 * What follows a fraction: "1/3 deel", "2/3 van de kosten", "3/4 liter", and units and portions
 * of time and measure, also after a date word ("na 1/4 tablet", "op 1/2 uur rijden").
 */
const FRACTION_AFTER =
  /^\s*(?:(?:deel|gedeelte|liter|kilo|meter|procent|uur|jaar|dag|week|maand|pond|gram|kilometer|km|kg|ml|cm|stuk|portie|kop|lepel|glas)\b|van\s+(?:de|het|een|alle|uw|zijn|haar|hun|die|dat|deze|dit)\b|\p{L}*(?:tablet|pil|capsule)\p{L}*|%)/iu

/**
 * Whether a day/month without a year is a fraction: numerator below denominator and after a whole
 * number ("perron 9 3/4"), before what fractions are of ("1/3 van de oppervlakte", "2/3 deel"), or
 * a simple fraction (denominator up to 10, "1/2", "3/4") with nothing around it that makes it a date.
 */
function isFraction(text: string, at: number, length: number, day: number, month: number): boolean {
  // A fraction is below one: numerator under denominator ("12/3" can only be a date).
  if (day >= month) return false
  const before = text.slice(Math.max(0, at - 24), at)
  const after = text.slice(at + length, at + length + 24)
  if (/\d\s+$/.test(before)) return true
  if (FRACTION_AFTER.test(after)) return true
  if (DATE_CUE_BEFORE.test(before) || DATE_CUE_AFTER.test(after)) return false
  return month <= 10
}

function dutchAmount(english: string): string {
  const [whole = '', cents] = english.replace(/,/g, '').split('.')
  const grouped = groupThousands(whole)
  return `€ ${grouped}${cents === undefined ? '' : `,${cents}`}`
}

export default defineRule({
  id: 'datum-en-bedrag',
  meta: {
    description:
      'Schrijf data voluit (12 maart 2025) en bedragen in Nederlandse notatie (€ 1.250,00).',
    scope: 'unit',
    severity: 'warning',
    fixable: 'suggestion',
    messages: {
      datum:
        'Bij ‘{actual}’ is niet duidelijk wat de dag en wat de maand is. Schrijf de datum voluit, bijvoorbeeld ‘{expected}’.',
      bedrag: 'Schrijf bedragen in Nederlandse notatie: ‘{expected}’ in plaats van ‘{actual}’.',
      spatie: 'Zet een spatie tussen het euroteken en het bedrag: ‘€ 25,00’.',
      weekdag:
        '{date} is een {weekday}, geen {written}. Controleer de dag en de datum: de lezer kan anders op de verkeerde dag komen.',
      bestaatNiet: '{date} bestaat niet: {month} heeft {days} dagen. Controleer de datum.',
    },
  },
  check(_tree, ctx) {
    for (const {unit} of ctx.units) {
      const text = ctx.slice(unit.start, unit.end)
      // Every date and amount below has a digit: a paragraph without one is not scanned nine times.
      if (!DIGIT.test(text)) continue
      const report = (match: RegExpMatchArray, messageId: string, expected: string) => {
        const start = unit.start + match.index!
        ctx.report({
          start,
          end: start + match[0].length,
          messageId,
          data: {expected},
          expected: [expected],
        })
      }
      for (const match of text.matchAll(SLASH_DATE)) {
        const day = Number(match[1])
        const month = Number(match[2])
        if (day < 1 || day > 31 || month < 1 || month > 12) continue
        if (ctx.maskedAt(unit.start + match.index!)) continue
        if (match[3] === undefined && isFraction(text, match.index!, match[0].length, day, month))
          continue
        // "24/7": day and night, every day of the week ("24/7 bereikbaar", "de 24/7 hulplijn"),
        // unless a date word says it is the 24th of July ("op 24/7"; blind letters, set-t).
        if (
          match[0] === '24/7' &&
          !DATE_CUE_BEFORE.test(text.slice(Math.max(0, match.index! - 24), match.index!)) &&
          !DATE_CUE_AFTER.test(text.slice(match.index! + 4, match.index! + 28))
        )
          continue
        const year =
          match[3] === undefined ? '' : ` ${match[3].length === 2 ? `20${match[3]}` : match[3]}`
        report(match, 'datum', `${day} ${MONTH_NAMES[month - 1]}${year}`)
      }
      for (const match of text.matchAll(SHORT_DASH_DATE)) {
        const day = Number(match[1])
        const month = Number(match[2])
        if (day < 1 || day > 31 || month < 1 || month > 12) continue
        // Ranges like "9-12 uur" and "5-10 dagen" are not dates.
        const after = text.slice(
          match.index! + match[0].length,
          match.index! + match[0].length + 12,
        )
        if (
          /^\s*(?:uur|u\b|dagen|weken|jaar|maanden|kilo|km|cm|m\b|%|personen|mensen|kinderen)/i.test(
            after,
          )
        )
          continue
        // House numbers after a street or "nummers" ("Kerkstraat 5-9", "huisnummers 3-7"): a
        // date edit would break the address (blind letters, set-h).
        if (HOUSE_NUMBERS_BEFORE.test(text.slice(Math.max(0, match.index! - 40), match.index!)))
          continue
        if (ctx.maskedAt(unit.start + match.index!)) continue
        report(match, 'datum', `${day} ${MONTH_NAMES[month - 1]}`)
      }
      // A weekday that does not go with its date, and a day the month does not have (blind
      // letters, set-g: 'woensdag 8 januari 2026' is a Thursday). Which of the two is wrong the
      // letter does not say, so the finding explains and suggests nothing.
      const checkDate = (
        match: RegExpMatchArray,
        written: string | undefined,
        day: number,
        month: number,
        year: number | undefined,
      ) => {
        if (month < 1 || month > 12 || day < 1) return
        const start = unit.start + match.index!
        if (ctx.maskedAt(start)) return
        const date = `${day} ${MONTH_NAMES[month - 1]}${year === undefined ? '' : ` ${year}`}`
        const days = daysInMonth(month, year)
        if (day > days) {
          ctx.report({
            start,
            end: start + match[0].length,
            messageId: 'bestaatNiet',
            data: {date, month: MONTH_NAMES[month - 1]!, days: String(days)},
          })
          return
        }
        if (written === undefined || year === undefined) return
        const weekday = weekdayOf(day, month, year)
        if (weekday === written.toLowerCase()) return
        ctx.report({
          start,
          end: start + match[0].length,
          messageId: 'weekdag',
          data: {date, weekday, written: written.toLowerCase()},
        })
      }
      for (const match of text.matchAll(WRITTEN_DATE)) {
        const month = MONTH_NAMES.indexOf(match[3]!.toLowerCase()) + 1
        const year = match[4] === undefined ? undefined : Number(match[4])
        checkDate(match, match[1], Number(match[2]), month, year)
      }
      for (const match of text.matchAll(WEEKDAY_NUMERIC_DATE))
        checkDate(match, match[1], Number(match[2]), Number(match[3]), Number(match[4]))
      for (const match of text.matchAll(ENGLISH_AMOUNT))
        report(match, 'bedrag', dutchAmount(match[1]!))
      for (const match of text.matchAll(EUR_CODE)) report(match, 'bedrag', `€ ${match[1]}`)
      for (const match of text.matchAll(ENGLISH_AMOUNT_WORD))
        report(match, 'bedrag', dutchAmount(match[1]!))
      for (const match of text.matchAll(EUROS_PLURAL)) {
        if (ENGLISH_NUMBER.test(match[1]!)) continue
        report(match, 'bedrag', `${match[1]} euro`)
      }
      for (const match of text.matchAll(NO_SPACE_EURO)) {
        const start = unit.start + match.index!
        const after = text.slice(match.index! + 1, match.index! + 20)
        if (/^(\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2})(?![\d,])/.test(after)) continue
        const amount = /^\d(?:[\d.,]*\d)?(?:,-)?/.exec(after)?.[0] ?? ''
        ctx.report({
          start,
          end: start + 1 + amount.length,
          messageId: 'spatie',
          expected: [`€ ${amount}`],
          fix: 'suggestion',
        })
      }
    }
  },
})
