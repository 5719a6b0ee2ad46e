import type {SeverityInput} from '../severity.js'
import type {SeverityOrOff} from '../types.js'

/**
 * How a rule is set in config: a severity, `[severity, options]`, or an object. A severity may
 * also be written the ESLint way: "warn", 0, 1 or 2.
 */
export type RuleSetting =
  | SeverityInput
  | [SeverityInput]
  | [SeverityInput, Record<string, unknown>]
  | {severity?: SeverityInput; options?: Record<string, unknown>}

/** The configuration file (`.duidelijk.json` / `.duidelijk.yaml`) as written by users. */
export interface Config {
  /** Stop searching parent folders for more config files. */
  root?: boolean
  /** Presets (`duidelijk:b1`) and files (relative paths) this config builds on; later wins. */
  extends?: string | string[]
  /** Language of the texts: `nl`, `en`, or `auto` (detect; default). */
  lang?: 'nl' | 'en' | 'auto'
  /** Target reading level for the level estimate. */
  targetLevel?: 'B1' | 'B2'
  /** Treat documents as letters (letter rules on): `auto` detects salutation, subject, e-mail. */
  letter?: 'auto' | boolean
  rules?: Record<string, RuleSetting>
  placeholders?: {
    /** Extra regular expressions (JavaScript syntax) for template fields. */
    patterns?: string[]
    /** Keep the built-in patterns (default true). */
    defaults?: boolean
  }
  /** Words the spelling rule accepts (names, local terms). */
  words?: string[]
  /** Largest file to analyse, in bytes (default 10 MB). */
  maxFileSize?: number
  /** Files and folders the CLI skips (gitignore syntax). */
  ignorePatterns?: string[]
  /** Paths (gitignore syntax) that are templates: personal data there is an error. */
  templates?: string[]
  /** Input format per path pattern (gitignore syntax), e.g. `{"*.tpl": "html"}`. */
  formats?: Record<string, 'txt' | 'md' | 'html' | 'eml' | 'docx' | 'odt'>
  /**
   * Groups of rules for reports (the Dronten profile groups by its three ambitions). Later
   * definitions of a group id replace earlier ones.
   */
  groups?: Record<string, RuleGroup>
  /** Per-path settings (gitignore-style globs in `files`). */
  overrides?: Array<Omit<Config, 'root' | 'extends' | 'overrides'> & {files: string[]}>
}

/** A named group of rules, shown together in reports. */
export interface RuleGroup {
  /** Dutch label, e.g. "Verbinding". */
  label: string
  /** One Dutch sentence: what the group stands for. */
  description: string
  rules: string[]
}

/** A rule's resolved setting. */
export interface ResolvedRule {
  severity: SeverityOrOff
  /** Whether the severity was set explicitly by a preset or config (graded rules cap at it). */
  explicit: boolean
  options: Record<string, unknown>
}

/** Configuration after presets and files are merged. */
export interface ResolvedConfig {
  lang: 'nl' | 'en' | 'auto'
  targetLevel: 'B1' | 'B2'
  letter: 'auto' | boolean
  rules: Record<string, ResolvedRule>
  placeholders: {patterns: string[]; defaults: boolean}
  words: string[]
  maxFileSize: number
  ignorePatterns: string[]
  templates: string[]
  formats: Record<string, 'txt' | 'md' | 'html' | 'eml' | 'docx' | 'odt'>
  groups: Record<string, RuleGroup>
  /** Presets and files that went into this config, in order. */
  sources: string[]
  /**
   * Problems that do not stop the check, in Dutch, each starting with the file it is in (such as
   * an old rule id). Front ends show them once per config: the CLI on stderr, the language server
   * as a warning message.
   */
  warnings: string[]
}
