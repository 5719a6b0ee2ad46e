// The d/t check on tags given by hand (nlp/verb-agreement.ts): cases where the tagger's reading of
// one word decides, written down exactly, so the check does not depend on what the model makes of
// a sentence today.
import {describe, expect, it} from 'vitest'
import type {SentenceInfo, WordInfo} from '../src/rule.js'
import {taggedVerbFormErrors} from '../src/nlp/verb-agreement.js'

/** A sentence of space-separated words, each as word/UPOS/XPOS/lemma. */
function sentence(spec: string): SentenceInfo {
  const words: WordInfo[] = []
  let text = ''
  for (const item of spec.split(' ')) {
    const [value, upos, xpos, lemma] = item.split('/') as [string, string, string, string]
    if (text && !/^[.,]$/.test(value)) text += ' '
    const start = text.length
    text += value
    if (upos === 'PUNCT') continue
    words.push({
      value,
      lower: value.toLowerCase(),
      start,
      end: text.length,
      masked: undefined,
      index: words.length,
      tag: {upos, xpos, lemma, feats: {}},
    } as unknown as WordInfo)
  }
  return {text, start: 0, end: text.length, words} as unknown as SentenceInfo
}

describe('taggedVerbFormErrors', () => {
  it('leaves a participle to its worden before a zoals phrase, also when tagged a main verb', () => {
    // The tagger reads 'zoals' as opening a clause and then calls 'worden' a main verb: the
    // participle at the end still belongs to it (issue #15, second held-out sample).
    const passive = sentence(
      'Hier/ADV/BW/hier worden/VERB/WW|pv|tgw|mv/worden producten/NOUN/N|soort/product zoals/SCONJ/VG|onder/zoals stoelen/NOUN/N|soort/stoel ,/PUNCT/LET/, kasten/NOUN/N|soort/kast en/CCONJ/VG|neven/en bedden/NOUN/N|soort/bed vervaardigd/VERB/WW|vd|vrij/vervaardigen ./PUNCT/LET/.',
    )
    expect(taggedVerbFormErrors(passive)).toEqual([])
    // Without an auxiliary before it, the same participle after a singular subject is the
    // finite verb without its t.
    const finite = sentence(
      'Het/DET/LID|bep/het team/NOUN/N|soort/team vervaardigd/VERB/WW|pv|tgw|met-t/vervaardigen stoelen/NOUN/N|soort/stoel ./PUNCT/LET/.',
    )
    expect(taggedVerbFormErrors(finite).map((e) => e.expected)).toEqual(['vervaardigt'])
  })
})
