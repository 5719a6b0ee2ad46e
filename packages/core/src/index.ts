export {createChecker, createCheckerSync, looksLikeLetter} from './checker.js'
export type {
  Checker,
  CheckInput,
  CheckOptions,
  CheckResult,
  CreateCheckerOptions,
} from './checker.js'
export {AnalysisCache} from './analysis-cache.js'
export {resolveConfig, DEFAULT_PRESET, DEFAULT_MAX_FILE_SIZE} from './config/resolve.js'
export type {ConfigFileLoader} from './config/resolve.js'
export {presets} from './config/presets/index.js'
export {buildConfigSchema} from './config/schema.js'
export {SCHEMA_URL, STARTER_CONFIG_FILE, starterConfig} from './config/starter.js'
export {RENAMED_RULES, currentRuleId} from './config/renamed.js'
export {validateConfig} from './config/validate.js'
export type {Config, ResolvedConfig, ResolvedRule, RuleGroup, RuleSetting} from './config/types.js'
export {decodeText, encodeText} from './decode.js'
/** Only the load stage (decode, parse the format): the document without running any rule. */
export {loadStageAsync as loadOnly} from './pipeline/load.js'
export type {Encoding} from './decode.js'
export {DuidelijkError, isDuidelijkError} from './errors.js'
export type {InputErrorCode} from './errors.js'
export {Finding} from './finding.js'
export {redact, redactAnalysedText, redactSource, REDACTION_MARK} from './redact.js'
export type {Redaction, Redactable} from './redact.js'
export {findPersonalData, nationalNumber} from './nlp/personal-data.js'
export type {PersonalDataKind, PersonalDataOptions, PersonalDataSpan} from './nlp/personal-data.js'
export {SEVERITY_RANK, normalizeSeverity, type SeverityInput} from './severity.js'
export {provideData, readDataFile} from './data.js'
export type {DataSource} from './data.js'
export {provideSpelling} from './spelling/hunspell.js'
export type {SpellingSource} from './spelling/hunspell.js'
export type {FindingJSON} from './finding.js'
export {
  formatFromPath,
  formatOf,
  FORMAT_EXTENSIONS,
  loadDocument,
  loadDocumentAsync,
  sniffFormat,
} from './formats/index.js'
export type {Metrics} from './metrics/index.js'
export {levelLabel, MIN_WORDS_FOR_LEVEL, TOO_SHORT_LABEL} from './metrics/index.js'
export {defineRule, ruleUrl} from './rule.js'
export type {
  Rule,
  RuleContext,
  RuleMeta,
  SentenceInfo,
  UnitInfo,
  WordInfo,
  ReportDescriptor,
} from './rule.js'
export {builtinRules} from './rules/index.js'
export {
  activeRuleMetadata,
  allRuleMetadata,
  metadataOf,
  repositoryUrl,
  ruleMetadata,
  ruleSettings,
} from './rule-metadata.js'
export type {RuleCategory, RuleMetadata} from './rule-metadata.js'
export type {SharedAnalyses} from './pipeline/analyses.js'
export type {Passive} from './nlp/passive.js'
export {tagWords} from './nlp/tagger/index.js'
export type {WordTag} from './nlp/tagger/index.js'
export type * from './types.js'
