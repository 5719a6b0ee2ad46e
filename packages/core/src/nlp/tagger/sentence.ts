import {toString} from 'nlcst-to-string'
import type {SentenceInfo} from '../../rule.js'
import {tagTokens} from './index.js'

/**
 * Tag the words of a parsed sentence: every WordInfo gets `tag`, and its nlcst WordNode gets the
 * same object as `data.tag`, as a unified plugin would add it. Tags are shared between sentences
 * with the same tokens and must not be changed. Punctuation is tagged along (the
 * model was trained with it) but only words carry the result; `particle` and `verb` are indexes
 * into `sentence.words`.
 */
export function tagSentence(sentence: SentenceInfo): void {
  const tokens: string[] = []
  const wordOfToken: number[] = []
  const tokenOfWord: number[] = []
  let w = 0
  for (const child of sentence.node.children) {
    if (child.type === 'WhiteSpaceNode') continue
    if (child.type === 'WordNode') {
      tokenOfWord.push(tokens.length)
      wordOfToken.push(w)
      tokens.push(sentence.words[w]?.value ?? toString(child))
      w++
    } else {
      wordOfToken.push(-1)
      tokens.push(toString(child))
    }
  }
  if (tokens.length === 0) return
  // Shared per token sequence: a sentence seen before is not tagged again.
  const tags = tagTokens(tokens)
  for (let i = 0; i < sentence.words.length; i++) {
    // The tag of the token sequence, shared (read-only) unless its links to a particle or verb
    // must become word indexes: a copy per word was a fifth of a long document's tagging memory.
    const shared = tags[tokenOfWord[i]!]!
    let tag = shared
    if (shared.particle !== undefined || shared.verb !== undefined) {
      tag = {...shared}
      if (tag.particle !== undefined) tag.particle = wordOfToken[tag.particle]
      if (tag.verb !== undefined) tag.verb = wordOfToken[tag.verb]
    }
    const word = sentence.words[i]!
    word.tag = tag
    const node = word.node as {data?: Record<string, unknown>}
    node.data = node.data === undefined ? {tag} : {...node.data, tag}
  }
}
