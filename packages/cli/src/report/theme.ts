import {readFile} from 'node:fs/promises'
import {dirname, extname, resolve} from 'node:path'

/** A municipality's own look for the report: name, colours and logo. */
export interface Theme {
  /** Name of the organisation, shown in the page header, e.g. "Gemeente Dronten". */
  name?: string
  /** Main colour (page header, headings, bars), a hex colour like #00689e. */
  primary?: string
  /** Colour of links, a hex colour. */
  link?: string
  /** Logo as a data URI (inlined; the report makes no requests). */
  logo?: string
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i
const IMAGE_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
}
const MAX_LOGO_BYTES = 512 * 1024

/** Relative luminance of a hex colour (WCAG 2.1). */
function luminance(hex: string): number {
  const full =
    hex.length === 4
      ? hex
          .slice(1)
          .split('')
          .map((c) => c + c)
          .join('')
      : hex.slice(1)
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** Contrast ratio of a colour against white. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05)
}

/** A Dutch error about the theme file, naming it. */
export class ThemeError extends Error {}

/**
 * Read a theme file (JSON: `naam`, `kleuren.primair`, `kleuren.link`, `logo`). Colours must be
 * hex colours with a contrast of at least 4.5:1 on white (WCAG 2.1 AA, the report uses them for
 * text); the logo path is relative to the theme file and is inlined as a data URI.
 */
export async function loadTheme(path: string): Promise<Theme> {
  let data: unknown
  try {
    data = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ThemeError(
      code === 'ENOENT' ? 'bestand niet gevonden' : 'geen geldige JSON (zie docs/rapport.md)',
    )
  }
  const raw = data as {naam?: unknown; logo?: unknown; kleuren?: Record<string, unknown>}
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ThemeError('verwacht een object met naam, kleuren en logo')
  const theme: Theme = {}
  if (raw.naam !== undefined) {
    if (typeof raw.naam !== 'string') throw new ThemeError('naam moet tekst zijn')
    theme.name = raw.naam
  }
  for (const [key, field] of [
    ['primair', 'primary'],
    ['link', 'link'],
  ] as const) {
    const value = raw.kleuren?.[key]
    if (value === undefined) continue
    if (typeof value !== 'string' || !HEX.test(value))
      throw new ThemeError(`kleuren.${key} moet een hexkleur zijn, zoals #00689e`)
    const ratio = contrastWithWhite(value)
    if (ratio < 4.5)
      throw new ThemeError(
        `kleuren.${key} (${value}) heeft op wit een contrast van ${ratio.toFixed(1).replace('.', ',')}:1; voor WCAG 2.1 AA is minstens 4,5:1 nodig`,
      )
    theme[field] = value.toLowerCase()
  }
  if (raw.logo !== undefined) {
    if (typeof raw.logo !== 'string') throw new ThemeError('logo moet een bestandsnaam zijn')
    const file = resolve(dirname(path), raw.logo)
    const type = IMAGE_TYPES[extname(file).toLowerCase()]
    if (!type)
      throw new ThemeError(`logo ${raw.logo}: gebruik een .svg-, .png-, .jpg- of .webp-bestand`)
    let bytes: Buffer
    try {
      bytes = await readFile(file)
    } catch {
      throw new ThemeError(`logo ${raw.logo} niet gevonden`)
    }
    if (bytes.length > MAX_LOGO_BYTES) throw new ThemeError(`logo ${raw.logo} is groter dan 512 kB`)
    theme.logo = `data:${type};base64,${bytes.toString('base64')}`
  }
  return theme
}
