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
