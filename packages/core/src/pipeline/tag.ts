import type {Parsed} from '../nlp/parse.js'
import {tagSentence} from '../nlp/tagger/sentence.js'
import type {Language} from '../types.js'

/**
 * Tag stage: part of speech, features and lemma of every word of a Dutch text (`WordInfo.tag`,
 * also `data.tag` on the nlcst WordNode), once per sentence, before any rule runs. The tagger
 * (nlp/tagger) loads its model on first use. English text is left untagged.
 */
export function tagStage(parsed: Parsed, lang: Language): Parsed {
  if (lang === 'nl') for (const sentence of parsed.sentences) tagSentence(sentence)
  return parsed
}
