/**
 * Terminal-safe text: every control character except tab and newline (C0, DEL, C1: ESC, OSC, CSI,
 * carriage return, backspace) shown as a visible escape such as `\x1B`, so letter text and file
 * names can never clear the screen, set the window title or leave colours open (issue #19). Text
 * formatters run letter text and paths through this before adding their own colour codes.
 */
export function inert(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, (char) => {
    return `\\x${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  })
}

/**
 * JSON text (from JSON.stringify) without raw C1 control characters: JSON.stringify escapes C0
 * (ESC is written `\u001b`) but writes DEL and U+0080–U+009F (8-bit CSI, OSC) as they are. They
 * can only occur inside JSON strings, so `\u` escapes keep the data identical (json, sarif, gitlab).
 */
export function inertJson(json: string): string {
  return json.replace(/[\u007F-\u009F]/g, (char) => `\\u00${char.charCodeAt(0).toString(16)}`)
}

/**
 * Text for XML 1.0 (junit): control characters shown as visible escapes like `\x1B` (XML 1.0
 * forbids C0 except tab, newline and carriage return, even as character references), lone
 * surrogates and U+FFFE/U+FFFF replaced by U+FFFD, markup characters escaped. In attributes
 * (`attribute: true`) tab and newline become character references, so they survive parsing.
 */
export function xmlText(text: string, attribute = false): string {
  const escaped = inert(text)
    .replace(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g,
      '\ufffd',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
  return attribute ? escaped.replace(/\t/g, '&#9;').replace(/\n/g, '&#10;') : escaped
}
