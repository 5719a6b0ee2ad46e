import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import type {RuleContext} from '../rule.js'

/** A retext plugin's transformer: walks the tree and adds messages to the file. */
export type RetextTransformer = (tree: Root, file: VFile) => void

/**
 * Run a retext plugin on the parsed document and report its messages through our rule context,
 * keeping the plugin's reason, matched text and replacements.
 */
export function reportRetextMessages(
  transformer: RetextTransformer,
  tree: Root,
  ctx: RuleContext<unknown>,
  messageId: string,
): void {
  const file = new VFile()
  transformer(tree, file)
  for (const message of file.messages) {
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
    if (start === undefined || end === undefined) continue
    if (ctx.maskedAt(start)) continue
    const expected = message.expected?.filter((value) => value !== '')
    ctx.report({
      start,
      end,
      messageId,
      data: {reason: message.reason},
      ...(expected?.length ? {expected} : {}),
      ...(message.note ? {note: message.note} : {}),
    })
  }
}
