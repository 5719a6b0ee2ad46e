/**
 * Fill a rule message template: `{name}` is replaced by `data.name`; unknown names stay as written
 * (so a message can mention braces when it needs to).
 */
export function formatMessage(
  template: string,
  data: Readonly<Record<string, string | number>> | undefined,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    data && key in data ? String(data[key]) : whole,
  )
}
