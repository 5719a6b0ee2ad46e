// One reader for the CoNLL-U files of the Universal Dependencies treebanks (../shared/data), used by
// the tagger's training (scripts/train-tagger.mjs) and its held-out evaluation
// (scripts/eval-tagger.mjs). Multi-word token lines (`3-4`) and empty nodes (`5.1`) are skipped.

/** Tokens of a CoNLL-U file, grouped by sentence. Lemmas lose the `_` of compounds (`rawLemma` keeps it). */
export function readConllu(text) {
  const sentences = []
  let tokens = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (tokens.length > 0) sentences.push(tokens)
      tokens = []
      continue
    }
    if (line.startsWith('#')) continue
    const f = line.split('\t')
    if (!/^\d+$/.test(f[0])) continue
    tokens.push({
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
  if (tokens.length > 0) sentences.push(tokens)
  return sentences
}
