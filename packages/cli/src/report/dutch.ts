/** Escape text for HTML element content and quoted attribute values. */
export function esc(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

// Made on first use: building a number format loads the locale's data, a noticeable part of the
// CLI's start-up when nothing is formatted with it.
let whole: Intl.NumberFormat | undefined
let oneDecimal: Intl.NumberFormat | undefined

/** A number the Dutch way: 1.234 and 12,5. */
export function num(value: number, digits: 0 | 1 = 0): string {
  if (digits === 0) {
    whole ??= new Intl.NumberFormat('nl-NL', {maximumFractionDigits: 0})
    return whole.format(value)
  }
  oneDecimal ??= new Intl.NumberFormat('nl-NL', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  return oneDecimal.format(value)
}

/** A share as a Dutch percentage without decimals: "14%". */
export function percent(share: number): string {
  return `${num(Math.round(share * 100))}%`
}

/** "1 zin", "2 zinnen", "0 zinnen". */
export function count(n: number, singular: string, plural: string, digits: 0 | 1 = 0): string {
  return `${num(n, digits)} ${n === 1 ? singular : plural}`
}

/** A signed difference for trend tables: "+2", "−1,5", "0". */
export function signed(delta: number, digits: 0 | 1 = 0): string {
  const factor = digits === 0 ? 1 : 10
  // Half away from zero, so −1,25 and +1,25 round alike.
  const rounded = (Math.sign(delta) * Math.round(Math.abs(delta) * factor)) / factor
  if (rounded === 0) return '0'
  return `${rounded > 0 ? '+' : '−'}${num(Math.abs(rounded), digits)}`
}

/** Dutch names of the severities. */
export const SEVERITY_LABEL = {error: 'fout', warning: 'waarschuwing', info: 'info'} as const
export const SEVERITY_PLURAL = {error: 'fouten', warning: 'waarschuwingen', info: 'info'} as const
export const SEVERITY_RANK = {error: 2, warning: 1, info: 0} as const

/** Date and time as a Dutch reader expects them: "1 december 2026 om 23:40". */
export function dutchDate(date: Date, timeZone?: string): string {
  const day = new Intl.DateTimeFormat('nl-NL', {dateStyle: 'long', ...(timeZone ? {timeZone} : {})})
  const time = new Intl.DateTimeFormat('nl-NL', {
    timeStyle: 'short',
    ...(timeZone ? {timeZone} : {}),
  })
  return `${day.format(date)} om ${time.format(date)}`
}
