import {readFile} from 'node:fs/promises'
import {isAbsolute, relative, resolve, sep} from 'node:path'
import type {ResolvedConfig} from '@duidelijk/core'
import type {ReportOptions} from './render.js'
import {loadTheme, ThemeError} from './theme.js'
import {readPreviousReport, TrendError} from './trend.js'

export type ReportExtras = Partial<Pick<ReportOptions, 'date' | 'previous' | 'theme'>>

/**
 * What the report needs from outside: the date (SOURCE_DATE_EPOCH when set, for reproducible
 * reports), the earlier run of --vergelijk and the theme of --thema. A Dutch message on failure.
 */
export async function reportContext(options: {
  cwd: string
  env: Record<string, string | undefined>
  vergelijk?: string | undefined
  thema?: string | undefined
}): Promise<ReportExtras | string> {
  const extras: ReportExtras = {}
  const epoch = options.env.SOURCE_DATE_EPOCH
  extras.date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date()
  if (options.vergelijk !== undefined) {
    let text: string
    try {
      text = await readFile(resolve(options.cwd, options.vergelijk), 'utf8')
    } catch {
      return `--vergelijk ${options.vergelijk}: bestand niet gevonden of niet leesbaar`
    }
    try {
      const previous = readPreviousReport(text)
      extras.previous = {label: options.vergelijk, ...previous}
    } catch (error) {
      if (error instanceof TrendError) return `--vergelijk ${options.vergelijk}: ${error.message}`
      throw error
    }
  }
  if (options.thema !== undefined) {
    try {
      extras.theme = await loadTheme(resolve(options.cwd, options.thema))
    } catch (error) {
      if (error instanceof ThemeError) return `--thema ${options.thema}: ${error.message}`
      throw error
    }
  }
  return extras
}

/** The config as the report names it: its files and presets (paths relative), its target level. */
export function configSummary(
  found: {config: ResolvedConfig; files: readonly string[]},
  cwd: string,
): Pick<ReportOptions, 'configSources' | 'targetLevel'> {
  const shown = (source: string) =>
    isAbsolute(source) ? relative(cwd, source).split(sep).join('/') || source : source
  return {
    configSources: [...new Set([...found.files, ...found.config.sources].map(shown))],
    targetLevel: found.config.targetLevel,
  }
}
