/**
 * `@duidelijk/core/node`: everything of `@duidelijk/core` plus what touches the file system or
 * the process — config discovery, organisation term files, file expansion, the data files and the
 * dictionary read from disk, and a checker per config shared by CLI and language server.
 *
 * Importing this module makes the package's data files and dictionary the process's data and
 * spelling source, so `createChecker` from here works without options, as it always has.
 */
import {provideData} from '../data.js'
import {provideSpelling} from '../spelling/hunspell.js'
import {nodeData} from './data.js'
import {nodeSpelling} from './spelling.js'

provideData(nodeData)
provideSpelling(nodeSpelling)

export * from '../index.js'
export {CheckerCache, createNodeChecker} from './checkers.js'
export {
  ConfigLoader,
  CONFIG_FILES,
  findConfigFile,
  readWordsFile,
  loadConfigFile,
  loadConfigFor,
  WORDS_FILE,
} from './config.js'
export type {ConfigLoaderOptions} from './config.js'
export {dataFingerprint, dataFolder, nodeData, readAllDataFiles} from './data.js'
export {expandPaths, readIgnoreFiles} from './files.js'
export {nodeSpelling} from './spelling.js'
export {loadTermFiles} from './term-files.js'
