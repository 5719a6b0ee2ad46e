import type {ReportOptions} from '../report/index.js'

/** Groups of rules by id. */
export type RuleGroups = Record<string, {label: string; description?: string; rules: string[]}>

/** What formatters may know about the rules besides the findings. */
export interface FormatterContext {
  rules: ReadonlyArray<{
    id: string
    description: string
    /** Longer Dutch explanation (the "Wat" section of the rule's doc page, plain text). */
    fullDescription?: string
    /** The whole doc page, built into @duidelijk/core, as Markdown and as plain text. */
    help?: {markdown: string; text: string}
    /** The doc page in the project's public repository; absent when there is none. */
    helpUri?: string
    /** Where the HTML report links the rule to. */
    url: string
    severity: string
    /** Dutch category (woordkeus, zinsbouw, …). */
    category?: string
  }>
  /** The folder duidelijk ran in (paths are relative to it): SARIF's `%SRCROOT%`. */
  cwd?: string
  /** The project's public repository, when package.json names one. */
  informationUri?: string
  /**
   * This run's part with --shard i/n: json and sarif record it, so `merge` can tell when a part
   * is missing or given twice.
   */
  shard?: {index: number; count: number}
  /** Version of duidelijk, for reports that name the tool. */
  version?: string
  /** Rule groups from the config (the Dronten profile: its three ambitions). */
  groups?: Record<string, RuleGroups[string]>
  /** Rule groups per checked file, from that file's own config (wins over `groups`). */
  groupsFor?: (path: string | undefined) => RuleGroups | undefined
  /** What only the HTML report uses: date, config sources, earlier run, theme. */
  report?: Partial<
    Pick<
      ReportOptions,
      'date' | 'timeZone' | 'configSources' | 'targetLevel' | 'previous' | 'theme'
    >
  >
}
