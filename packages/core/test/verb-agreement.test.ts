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

  it('reads a participle before an adverb as the finite verb, before an adjective and noun not', () => {
    // "snel" is tagged ADJ like every adverb made from an adjective; the article after it shows
    // that no noun phrase is being described (held-out treebank: "Ron hersteld volledig").
    const finite = sentence(
      'De/DET/LID|bep/de gemeente/NOUN/N|soort|ev/gemeente hersteld/VERB/WW|vd|vrij|zonder/herstellen snel/ADJ/ADJ|vrij|basis|zonder/snel de/DET/LID|bep/de schade/NOUN/N|soort|ev/schade ./PUNCT/LET/.',
    )
    expect(taggedVerbFormErrors(finite).map((e) => [e.index, e.expected])).toEqual([
      [2, 'herstelt'],
    ])
    const atEnd = sentence(
      'Ron/PROPN/N|eigen|ev/Ron hersteld/VERB/WW|vd|vrij|zonder/herstellen volledig/ADJ/ADJ|vrij|basis|zonder/volledig ./PUNCT/LET/.',
    )
    expect(taggedVerbFormErrors(atEnd).map((e) => e.expected)).toEqual(['herstelt'])
    // Before an adjective and its noun the participle describes that noun.
    const attributive = sentence(
      'Het/DET/LID|bep/het project/NOUN/N|soort|ev/project met/ADP/VZ|init/met hernieuwd/VERB/WW|vd|vrij|zonder/hernieuwen groot/ADJ/ADJ|prenom/groot elan/NOUN/N|soort|ev/elan ./PUNCT/LET/.',
    )
    expect(taggedVerbFormErrors(attributive)).toEqual([])
  })

  it("keeps the 'en' of 'tot en met' inside the clause of the auxiliary", () => {
    // Held-out treebank: "was D66 tot en met 29 juni 2006 vertegenwoordigt met twee ministers".
    const passive = sentence(
      'Uw/PRON/VNW|bez/uw aanvraag/NOUN/N|soort|ev/aanvraag was/AUX/WW|pv|verl|ev/zijn tot/ADP/VZ|init/tot en/CCONJ/VG|neven/en met/ADP/VZ|init/met 29/NUM/TW|hoofd/29 juni/PROPN/N|eigen|ev/juni behandelt/VERB/WW|pv|tgw|met-t/behandelen door/ADP/VZ|init/door de/DET/LID|bep/de afdeling/NOUN/N|soort|ev/afdeling ./PUNCT/LET/.',
    )
    expect(taggedVerbFormErrors(passive).map((e) => [e.index, e.expected])).toEqual([
      [8, 'behandeld'],
    ])
    // Another 'en' still opens a clause of its own, with its own finite verb.
    const twoClauses = sentence(
      'De/DET/LID|bep/de balie/NOUN/N|soort|ev/balie is/AUX/WW|pv|tgw|ev/zijn tot/ADP/VZ|init/tot en/CCONJ/VG|neven/en met/ADP/VZ|init/met vrijdag/NOUN/N|soort|ev/vrijdag dicht/ADJ/ADJ|vrij/dicht en/CCONJ/VG|neven/en de/DET/LID|bep/de afdeling/NOUN/N|soort|ev/afdeling behandelt/VERB/WW|pv|tgw|met-t/behandelen de/DET/LID|bep/de post/NOUN/N|soort|ev/post ./PUNCT/LET/.',
    )
    expect(taggedVerbFormErrors(twoClauses)).toEqual([])
  })

  it('gives a participle after a verbless relative clause to the auxiliary still waiting for it', () => {
    // The tagger read 'naderen' as a noun (blind letters, set-ccc: 'belemmerd' got 'belemmert').
    const waiting = sentence(
      'Voorts/ADV/BW/voorts wordt/VERB/WW|pv|tgw|met-t/worden het/DET/LID|bep/het zicht/NOUN/N|soort|ev/zicht van/ADP/VZ|init/van deelnemers/NOUN/N|soort|mv/deelnemer die/PRON/VNW|betr|pron/die de/DET/LID|bep/de rotonde/ADJ/ADJ|prenom/rotonde naderen/NOUN/N|soort|mv/nadering door/ADP/VZ|init/door de/DET/LID|bep/de wagen/NOUN/N|soort|ev/wagen belemmerd/VERB/WW|vd|vrij|zonder/belemmeren ./PUNCT/LET/.',
    )
    expect(taggedVerbFormErrors(waiting)).toEqual([])
    // When the auxiliary has its participle already, the one in the relative clause is its verb.
    const served = sentence(
      'Het/DET/LID|bep/het besluit/NOUN/N|soort|ev/besluit wordt/VERB/WW|pv|tgw|met-t/worden genomen/VERB/WW|vd|vrij|zonder/nemen door/ADP/VZ|init/door de/DET/LID|bep/de commissie/NOUN/N|soort|ev/commissie die/PRON/VNW|betr|pron/die de/DET/LID|bep/de aanvraag/NOUN/N|soort|ev/aanvraag beoordeeld/VERB/WW|vd|vrij|zonder/beoordelen ./PUNCT/LET/.',
    )
    expect(taggedVerbFormErrors(served).map((e) => e.expected)).toEqual(['beoordeelt'])
  })

  it('reads a stem after of or en in a sentence that opens with an imperative as an imperative', () => {
    // Blind letters, set-bbb: "Bel dan … of beantwoord deze e-mail" got 'beantwoordt'.
    const imperative = sentence(
      'Bel/VERB/WW|pv|tgw|ev/bellen ons/PRON/VNW|pr/ons of/CCONJ/VG|neven/of beantwoord/VERB/WW|pv|tgw|ev/beantwoorden deze/DET/VNW|aanw/deze e-mail/NOUN/N|soort|ev/e-mail ./PUNCT/LET/.',
    )
    expect(taggedVerbFormErrors(imperative)).toEqual([])
    const statement = sentence(
      'Daarna/ADV/BW/daarna beantwoord/VERB/WW|pv|tgw|ev/beantwoorden de/DET/LID|bep/de afdeling/NOUN/N|soort|ev/afdeling uw/PRON/VNW|bez/uw vraag/NOUN/N|soort|ev/vraag ./PUNCT/LET/.',
    )
    expect(taggedVerbFormErrors(statement).map((e) => e.expected)).toEqual(['beantwoordt'])
  })
})
