import {presets, type CheckResult} from '@duidelijk/core'
import {renderReport, type ReportOptions} from '../report/index.js'
import type {FormatterContext} from './context.js'

/**
 * The HTML report for communication teams (`duidelijk rapport`, `--format html`): one
 * self-contained Dutch page with an overview, charts, the trend against an earlier run and every
 * template with its findings in place. See docs/rapport.md.
 */
export function html(results: readonly CheckResult[], context: FormatterContext): string {
  const report = context.report ?? {}
  const options: ReportOptions = {
    version: context.version ?? '0.0.0',
    date: report.date ?? new Date(),
    configSources: report.configSources ?? [],
    targetLevel: report.targetLevel ?? 'B1',
    rules: context.rules,
    ...(context.groups ? {groups: context.groups} : {}),
    fallbackGroups: presets['duidelijk:dronten']?.groups ?? {},
    ...(report.timeZone ? {timeZone: report.timeZone} : {}),
    ...(report.previous ? {previous: report.previous} : {}),
    ...(report.theme ? {theme: report.theme} : {}),
  }
  return renderReport(results, options)
}
