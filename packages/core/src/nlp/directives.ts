import {currentRuleId} from '../config/renamed.js'
import type {Directive} from '../types.js'

const DIRECTIVE = /^\s*duidelijk-(disable-next-line|disable-line|disable|enable)(?![^\s])(.*)$/s

/**
 * Read an inline control comment body such as `duidelijk-disable-next-line lange-zin, spelling`.
 * Returns undefined for any other text.
 */
export function parseDirective(body: string): Pick<Directive, 'kind' | 'ruleIds'> | undefined {
  const match = DIRECTIVE.exec(body)
  if (!match) return undefined
  // The rule list is the rest of the line: trailing white space (also newlines) is allowed, a
  // second line is not. Done with trim and indexOf, so a long body takes linear time.
  const rest = (match[2] ?? '').trim()
  if (rest.includes('\n')) return undefined
  const dashes = rest.indexOf('--')
  const ids = (dashes === -1 ? rest : rest.slice(0, dashes))
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(currentRuleId)
  return {kind: match[1] as Directive['kind'], ruleIds: ids}
}

/** A findings filter built from a document's directives. */
export interface DirectiveFilter {
  isDisabled(ruleId: string, offset: number, line: number): boolean
}

/**
 * Build a filter: `disable`/`enable` act on source offsets from the comment onwards,
 * `disable-next-line` on the line after the comment, `disable-line` on its own line.
 */
export function createDirectiveFilter(directives: readonly Directive[]): DirectiveFilter {
  const ordered = [...directives].sort((a, b) => a.offset - b.offset)
  const regions = ordered.filter((d) => d.kind === 'disable' || d.kind === 'enable')
  const lineRules = new Map<number, string[] | 'all'>()
  for (const d of ordered) {
    if (d.kind !== 'disable-next-line' && d.kind !== 'disable-line') continue
    const line = d.kind === 'disable-next-line' ? d.line + 1 : d.line
    const previous = lineRules.get(line)
    if (d.ruleIds.length === 0 || previous === 'all') lineRules.set(line, 'all')
    else lineRules.set(line, [...(previous ?? []), ...d.ruleIds])
  }
  return {
    isDisabled(ruleId, offset, line) {
      const onLine = lineRules.get(line)
      if (onLine === 'all' || onLine?.includes(ruleId)) return true
      let disabledAll = false
      const disabled = new Set<string>()
      for (const d of regions) {
        if (d.offset > offset) break
        if (d.kind === 'disable') {
          if (d.ruleIds.length === 0) disabledAll = true
          else for (const id of d.ruleIds) disabled.add(id)
        } else if (d.ruleIds.length === 0) {
          disabledAll = false
          disabled.clear()
        } else {
          for (const id of d.ruleIds) disabled.delete(id)
        }
      }
      return disabledAll || disabled.has(ruleId)
    },
  }
}
