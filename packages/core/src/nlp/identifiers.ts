/** Validators for Dutch personal identifiers. */

/** BSN elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i)
  sum -= Number(digits[8])
  return sum % 11 === 0
}

/** IBAN check digits (ISO 13616, mod 97). */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s+/g, '').toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false
  if (iban.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(iban)) return false
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const code = char.charCodeAt(0)
    const digits = code >= 65 ? String(code - 55) : char
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97
  }
  return remainder === 1
}

/** Show only the last characters of a value: "•••••6789". Never print the whole value. */
export function maskValue(value: string, keep = 3): string {
  const compact = value.replace(/[\s.\-]/g, '')
  const visible = compact.slice(-keep)
  return '•'.repeat(Math.max(3, compact.length - keep)) + visible
}

/** Mask an e-mail address: keep only the top-level domain ("••••••@•••••••••.nl"). */
export function maskEmail(value: string): string {
  const [local = '', domain = ''] = value.split('@')
  const dot = domain.lastIndexOf('.')
  return `${'•'.repeat(Math.max(3, local.length))}@${'•'.repeat(Math.max(3, dot))}${domain.slice(dot)}`
}
