// One reader for the CoNLL-U files of the Universal Dependencies treebanks (../shared/data), used by
// the tagger's training (scripts/train-tagger.mjs), its held-out evaluation (scripts/eval-tagger.mjs) and
// the style rules' held-out evaluation (scripts/eval-style-heldout.mjs). Multi-word token lines (`3-4`)
// and empty nodes (`5.1`) are skipped.

/**
 * Sentences of a CoNLL-U file with their `sent_id` and `text` comments and their tokens. Lemmas
 * lose the `_` of compounds (`rawLemma` keeps it).
 */
export function readConlluSentences(text) {
  const sentences = []
  let current = {id: undefined, text: undefined, tokens: []}
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.tokens.length > 0) sentences.push(current)
      current = {id: undefined, text: undefined, tokens: []}
      continue
    }
    if (line.startsWith('# sent_id = ')) current.id = line.slice(12).trim()
    else if (line.startsWith('# text = ')) current.text = line.slice(9)
    if (line.startsWith('#')) continue
    const f = line.split('\t')
    if (!/^\d+$/.test(f[0])) continue
    current.tokens.push({
      id: Number(f[0]),
      form: f[1],
      lemma: f[2].replaceAll('_', ''),
      rawLemma: f[2],
      upos: f[3],
      xpos: f[4],
      feats: f[5],
      head: Number(f[6]),
      deprel: f[7],
    })
  }
  if (current.tokens.length > 0) sentences.push(current)
  return sentences
}

/** Tokens of a CoNLL-U file, grouped by sentence. */
export function readConllu(text) {
  return readConlluSentences(text).map((sentence) => sentence.tokens)
}
