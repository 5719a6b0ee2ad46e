/**
 * Rule ids that were renamed: old id → current id. The old ids still work in config files,
 * `groups` and inline directives; config files that use them get a warning.
 */
export const RENAMED_RULES: Readonly<Record<string, string>> = {
  'en/passive': 'en-passive',
  'en/readability': 'en-readability',
  'en/simplify': 'en-simplify',
}

/** The current id of a rule id that may be an old one. */
export function currentRuleId(id: string): string {
  return Object.hasOwn(RENAMED_RULES, id) ? RENAMED_RULES[id]! : id
}

/** The Dutch warning for a config file that uses an old rule id. */
export function renamedRuleWarning(oldId: string, where: string | undefined): string {
  const message = `regel "${oldId}" heet nu "${currentRuleId(oldId)}"; de oude naam werkt nog, maar verdwijnt in een volgende versie`
  return where ? `${where}: ${message}` : message
}
