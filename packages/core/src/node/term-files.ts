import {existsSync} from 'node:fs'
import {MAX_LIST_BYTES, readSmallFile} from './small-file.js'
import {dirname, resolve} from 'node:path'
import {DuidelijkError} from '../errors.js'
import {parseJargonTsv} from '../nlp/jargon.js'
import type {ResolvedConfig} from '../config/types.js'

/**
 * Load an organisation's own jargon list (`rules.ambtelijke-taal.options.extraTermsFile`, a TSV in
 * the format of the built-in list) into `extraTerms`. A relative path is relative to the config
 * file, or, without a config file, to `baseDir` (the folder of the checked file); never to the
 * process's working folder. The analysis core does no I/O; this runs at the edges, with config
 * discovery.
 */
export function loadTermFiles(
  config: ResolvedConfig,
  configPath: string | undefined,
  baseDir: string,
): ResolvedConfig {
  const rule = config.rules['ambtelijke-taal']
  const file = rule?.options.extraTermsFile
  if (!rule || typeof file !== 'string' || file === '') return config
  const path = resolve(configPath ? dirname(configPath) : baseDir, file)
  let text: string
  try {
    text = readSmallFile(path, MAX_LIST_BYTES, 'de eigen woordenlijst')
  } catch (error) {
    const missing = !existsSync(path)
    throw new DuidelijkError(
      'config',
      missing
        ? `eigen woordenlijst "${file}" niet gevonden (extraTermsFile)`
        : `extraTermsFile → ${(error as Error).message}`,
      configPath,
    )
  }
  let entries
  try {
    entries = parseJargonTsv(text, file)
  } catch (error) {
    throw new DuidelijkError('config', (error as Error).message, configPath)
  }
  const extra = entries.map((e) => ({
    term: e.term,
    forms: e.forms,
    alternatives: e.alternatives,
    uitleg: e.explanation,
    categorie: e.category,
    fix: e.fix,
  }))
  const existing = Array.isArray(rule.options.extraTerms) ? rule.options.extraTerms : []
  const {extraTermsFile: _file, ...options} = rule.options
  return {
    ...config,
    rules: {
      ...config.rules,
      'ambtelijke-taal': {...rule, options: {...options, extraTerms: [...existing, ...extra]}},
    },
  }
}
