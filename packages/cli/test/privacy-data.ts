// Random personal data in the notations people write, and letters of every input format that
// carry it; shared by the CLI and language-server privacy tests.
import {strToU8, zipSync} from 'fflate'
import fc from 'fast-check'

/** The personal data injected into one set of letters. */
export interface PersonalData {
  bsn: string
  iban: string
  mobile: string
  landline: string
  email: string
  birth: string
}

const digits = (count: number) =>
  fc.array(fc.integer({min: 0, max: 9}), {minLength: count, maxLength: count})

/** A BSN that passes the elfproef, plain or grouped. */
export const bsn = fc
  .tuple(digits(8), fc.constantFrom('plain', 'dots', 'spaces'))
  .map(([d, style]) => {
    const sum = d.reduce((s, v, i) => s + v * (9 - i), 0)
    const last = sum % 11
    return {d: [...d, last], ok: last < 10 && d.some((v) => v > 0), style}
  })
  .filter(({ok}) => ok)
  .map(({d, style}) => {
    const s = d.join('')
    if (style === 'dots') return `${s.slice(0, 4)}.${s.slice(4, 6)}.${s.slice(6)}`
    if (style === 'spaces') return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`
    return s
  })

function mod97(value: string): number {
  let remainder = 0
  for (const char of value) {
    const code = char.charCodeAt(0)
    const part = code >= 65 ? String(code - 55) : char
    for (const digit of part) remainder = (remainder * 10 + Number(digit)) % 97
  }
  return remainder
}

/** A Dutch IBAN with correct check digits (mod 97), grouped by four or written as one word. */
export const iban = fc
  .tuple(
    fc.constantFrom('ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'BUNQ', 'ASNB'),
    digits(10),
    fc.boolean(),
  )
  .map(([bank, account, grouped]) => {
    const bban = `${bank}${account.join('')}`
    const check = String(98 - mod97(`${bban}NL00`)).padStart(2, '0')
    const value = `NL${check}${bban}`
    return grouped ? value.replace(/(.{4})(?=.)/g, '$1 ') : value
  })

/** A mobile number in one of the common Dutch notations. */
export const mobile = fc
  .tuple(
    fc.integer({min: 1, max: 9}),
    digits(7),
    fc.constantFrom(
      (n: string) => `06${n}`,
      (n: string) => `06-${n}`,
      (n: string) => `06 ${n}`,
      (n: string) => `06 - ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`,
      (n: string) => `06 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`,
      (n: string) => `(06) ${n.slice(0, 4)} ${n.slice(4)}`,
      (n: string) => `(06)-${n}`,
      (n: string) => `+31 6 ${n}`,
      (n: string) => `+31 (0)6 ${n.slice(0, 4)} ${n.slice(4)}`,
      (n: string) => `+316${n}`,
      (n: string) => `+31-6-${n}`,
      (n: string) => `0031 6 ${n}`,
      (n: string) => `06.${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}.${n.slice(6)}`,
    ),
  )
  .map(([first, rest, write]) => write(`${first}${rest.join('')}`))

/** A landline number (area code of two or three digits) in a common notation. */
export const landline = fc
  .tuple(
    fc.constantFrom('10', '13', '20', '30', '33', '38', '40', '43', '50', '70', '71', '72', '79'),
    fc.constantFrom('320', '321', '341', '172', '174', '226', '251', '294', '413', '492', '575'),
    fc.boolean(),
    fc.integer({min: 2, max: 9}),
    digits(6),
    fc.constantFrom(
      (area: string, n: string) => `0${area}-${n}`,
      (area: string, n: string) => `0${area} ${n}`,
      (area: string, n: string) => `0${area} - ${n}`,
      (area: string, n: string) => `(0${area}) ${n}`,
      (area: string, n: string) => `+31 ${area} ${n}`,
      (area: string, n: string) => `+31 (0)${area} ${n}`,
      (area: string, n: string) => `0031 ${area} ${n}`,
    ),
  )
  .map(([two, three, short, first, rest, write]) => {
    const area = short ? two : three
    const number = `${first}${rest.join('')}`.slice(0, 9 - area.length)
    return write(area, number)
  })

const word = fc
  .array(fc.constantFrom(...'abcdefghijklmnoprstuvwz'), {minLength: 3, maxLength: 9})
  .map((letters) => letters.join(''))

/** A personal e-mail address (an initial, a dot and a name: never a general mailbox). */
export const email = fc
  .tuple(fc.constantFrom(...'abcdefghjkmnprstw'), word, word, fc.constantFrom('nl', 'com', 'be'))
  .map(([initial, name, domain, tld]) => `${initial}.${name}@${domain}mail.${tld}`)

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus']

/** A date of birth after the words that announce it. */
export const birth = fc
  .tuple(
    fc.integer({min: 1, max: 28}),
    fc.integer({min: 1, max: 8}),
    fc.integer({min: 1930, max: 2010}),
    fc.constantFrom('-', '/', ' '),
  )
  .map(([day, month, year, sep]) =>
    sep === ' '
      ? `${day} ${MONTHS[month - 1]} ${year}`
      : `${String(day).padStart(2, '0')}${sep}${String(month).padStart(2, '0')}${sep}${year}`,
  )

export const personalData: fc.Arbitrary<PersonalData> = fc.record({
  bsn,
  iban,
  mobile,
  landline,
  email,
  birth,
})

/** The sentences of a letter that carry the data, each next to words other rules report. */
export function sentences(data: PersonalData): string[] {
  return [
    `Middels deze brief delen wij u mede dat het burgerservicenummer ${data.bsn} teneinde uw aanvraag in behandeling te nemen door ons wordt gebruikt.`,
    `Het bedrag wordt reeds binnenkort gestort op rekeningnummer ${data.iban} van mevrouw Jansen.`,
    `Mevrouw Jansen (mobiel ${data.mobile}, thuis ${data.landline}) heeft middels een e-mail aan ${data.email} gevraagd of zij geboren op ${data.birth} is.`,
  ]
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** One letter per input format, all carrying the same data. */
export function letters(data: PersonalData): Record<string, string | Uint8Array> {
  const [one, two, three] = sentences(data)
  const base64 = Buffer.from(
    `Geachte mevrouw Jansen,\r\n\r\n${one}\r\n${two}\r\n\r\n${three}\r\n\r\nMet vriendelijke groet,\r\n\r\nGemeente Dronten\r\n`,
  )
    .toString('base64')
    .replace(/.{76}/g, '$&\r\n')
  return {
    'brief.txt': `Geachte mevrouw Jansen,\n\n${one} ${two}\n\n${three}\n\nMet vriendelijke groet,\n\nGemeente Dronten\n`,
    'brief.md': `# Uw aanvraag voor ${data.bsn}\n\nGeachte mevrouw Jansen,\n\n- ${one}\n- ${two}\n\n${three}\n\nMet vriendelijke groet,\n\nGemeente Dronten\n`,
    'brief.html': `<!doctype html><html lang="nl"><body><p>Geachte mevrouw Jansen,</p><p>${xml(one)}</p><p>${xml(two)}</p><p>${xml(three)} <a href="mailto:${data.email}" title="${data.mobile}">mail</a></p><p>Met vriendelijke groet,</p><p>Gemeente Dronten</p></body></html>\n`,
    'brief.eml': `From: Gemeente Dronten <info@dronten.nl>\r\nTo: ${data.email}\r\nSubject: Uw aanvraag ${data.bsn}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64}\r\n`,
    'brief.docx': zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
      'word/document.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${[
          'Geachte mevrouw Jansen,',
          one,
          two,
        ]
          .map((t) => `<w:p><w:r><w:t xml:space="preserve">${xml(t)}</w:t></w:r></w:p>`)
          .join(
            '',
          )}<w:tbl><w:tr><w:tc><w:p><w:r><w:t xml:space="preserve">${xml(three)}</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`,
      ),
    }),
    'brief.odt': zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), {level: 0}],
      'content.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:text>${[
          'Geachte mevrouw Jansen,',
          one,
          two,
          three,
        ]
          .map((t) => `<text:p>${xml(t)}</text:p>`)
          .join('')}</office:text></office:body></office:document-content>`,
      ),
    }),
  }
}

/**
 * A pattern that finds a value in output however its separators were written or dropped:
 * its letters and digits with any spaces, dots, hyphens, slashes or brackets between them.
 */
export function loosePattern(value: string): RegExp {
  const chars = [...value].filter((c) => /[\p{L}\p{N}@_+%]/u.test(c))
  return new RegExp(chars.map((c) => c.replace(/[+]/g, '\\+')).join(String.raw`[\s.\-()\/]*`), 'iu')
}

/** The values of a data set that a printed output must not contain. */
export function leaks(data: PersonalData, output: string): string[] {
  const values = Object.values(data)
  // Also the number without the international prefix: "+31 6 1234 5678" as "612345678".
  const numbers = [data.mobile, data.landline].map((v) =>
    v
      .replace(/\(0\)/, '')
      .replace(/^(?:\+|00)31/, '')
      .replace(/^\(?0/, ''),
  )
  return [...values, ...numbers].filter((value) => loosePattern(value).test(output))
}
