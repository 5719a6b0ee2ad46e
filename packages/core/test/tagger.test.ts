import {describe, expect, it} from 'vitest'
import {createCheckerSync, defineRule, tagWords} from '../src/index.js'

const tag = (sentence: string) => {
  const words = sentence.split(' ')
  return tagWords(words).map((t, i) => ({word: words[i], ...t}))
}
const compact = (sentence: string) =>
  tag(sentence)
    .map((t) => `${t.word}/${t.upos}/${t.lemma}`)
    .join(' ')

describe('tagWords', () => {
  it('tags a letter sentence with UD parts of speech and lemmas', () => {
    expect(compact('De gemeente stuurt u binnen twee weken een antwoord .')).toBe(
      'De/DET/de gemeente/NOUN/gemeente stuurt/VERB/sturen u/PRON/u binnen/ADP/binnen ' +
        'twee/NUM/twee weken/NOUN/week een/DET/een antwoord/NOUN/antwoord ./PUNCT/.',
    )
  })

  it('gives the Lassy/CGN tag and the UD features of verbs', () => {
    const [, , stuurt] = tag('De gemeente stuurt u binnen twee weken een antwoord .')
    expect(stuurt).toMatchObject({
      xpos: 'WW|pv|tgw|met-t',
      feats: {Number: 'Sing', Tense: 'Pres', VerbForm: 'Fin'},
    })
    const tags = tag('Het college heeft besloten om de parkeervergunning niet te verlengen .')
    expect(tags.map((t) => [t.word, t.feats.VerbForm ?? '-'])).toEqual([
      ['Het', '-'],
      ['college', '-'],
      ['heeft', 'Fin'],
      ['besloten', 'Part'],
      ['om', '-'],
      ['de', '-'],
      ['parkeervergunning', '-'],
      ['niet', '-'],
      ['te', '-'],
      ['verlengen', 'Inf'],
      ['.', '-'],
    ])
    expect(tags[2]).toMatchObject({upos: 'AUX', lemma: 'hebben'})
    expect(tags[3]).toMatchObject({upos: 'VERB', lemma: 'besluiten', xpos: 'WW|vd|vrij|zonder'})
  })

  it('reads u and uw as the pronouns of a letter', () => {
    const tags = tag('Wij hebben uw aanvraag ontvangen .')
    expect(tags[2]).toMatchObject({upos: 'PRON', lemma: 'uw', feats: {Person: '2', Poss: 'Yes'}})
    expect(tags[4]).toMatchObject({upos: 'VERB', lemma: 'ontvangen', feats: {VerbForm: 'Part'}})
  })

  it('links a separable particle to its verb and joins the lemma', () => {
    const tags = tag('Als u vragen heeft , belt u dan met ons op .')
    expect(tags[5]).toMatchObject({word: 'belt', lemma: 'opbellen', particle: 10})
    expect(tags[10]).toMatchObject({word: 'op', verb: 5})
    const te = tag('Wij proberen het probleem snel op te lossen .')
    expect(te[7]).toMatchObject({word: 'lossen', lemma: 'oplossen', particle: 5})
  })

  it("finds a particle's verb across a list or a remark in brackets", () => {
    const list = tag('Wij sturen u het formulier , de folder en de brochure toe .')
    expect(list[1]).toMatchObject({word: 'sturen', lemma: 'toesturen', particle: 11})
    expect(list[11]).toMatchObject({word: 'toe', verb: 1})
    const remark = tag('Wij nemen ( binnen twee weken ) contact met u op .')
    expect(remark[1]).toMatchObject({word: 'nemen', lemma: 'opnemen', particle: 10})
    // a quoted name in between, and "om" of an "om … te" clause after the particle
    const quoted = tag('Zelf richtte hij in zijn stad de " Kunstkring van Oostende " op .')
    expect(quoted[1]).toMatchObject({word: 'richtte', lemma: 'oprichten', particle: 12})
    const om = tag('Zij lieten de dieren vrij om de natuur te helpen .')
    expect(om[1]).toMatchObject({word: 'lieten', lemma: 'vrijlaten', particle: 4})
    // the nearest finite verb takes the particle, not one before "en"
    const two = tag('Vul het formulier in en stuur het terug .')
    expect(two[0]).toMatchObject({lemma: 'invullen', particle: 3})
    expect(two[5]).toMatchObject({lemma: 'terugsturen', particle: 7})
  })

  it('reads a noun before a particle at the clause end, and a noun after an adjective as no particle', () => {
    const control = tag('Na de verbouwing vindt een controle plaats .')
    expect(control[5]).toMatchObject({word: 'controle', upos: 'NOUN', lemma: 'controle'})
    expect(control[3]).toMatchObject({word: 'vindt', lemma: 'plaatsvinden', particle: 6})
    // "mooie" is an adjective: "plaats" heads the noun phrase
    const place = tag('Wij vinden een mooie plaats .')
    expect(place[1]).toMatchObject({word: 'vinden', lemma: 'vinden'})
    expect(place[1]!.particle).toBeUndefined()
  })

  it('reads a plural verb form as a verb where the dictionary knows no noun of it', () => {
    const birds = tag('De vogels die hier overwinteren , komen uit het noorden .')
    expect(birds[4]).toMatchObject({
      word: 'overwinteren',
      upos: 'VERB',
      lemma: 'overwinteren',
      feats: {VerbForm: 'Fin', Number: 'Plur'},
    })
    // a plural the dictionary has as a noun stays one
    expect(tag('Wij hebben de wetten en de bedrijven bekeken .')[3]).toMatchObject({
      upos: 'NOUN',
      lemma: 'wet',
    })
  })

  it('does not link a preposition that belongs to a noun phrase', () => {
    const tags = tag('Wij wachten op uw antwoord .')
    expect(tags[1]).toMatchObject({lemma: 'wachten'})
    expect(tags[1]!.particle).toBeUndefined()
    expect(tags[2]!.verb).toBeUndefined()
  })

  it('lemmatises words it never saw with the verb table and suffix rules', () => {
    const tags = tag('De door de gemeente in 2024 vastgestelde regels gelden voor iedereen .')
    expect(tags[6]).toMatchObject({upos: 'VERB', lemma: 'vaststellen', feats: {VerbForm: 'Part'}})
    expect(tags[7]).toMatchObject({upos: 'NOUN', lemma: 'regel', feats: {Number: 'Plur'}})
  })

  it('tags the words of a letter: brief, aanvraag, bezwaar, u and uw', () => {
    const upos = (sentence: string) => tag(sentence).map((t) => `${t.word}/${t.upos}`)
    expect(upos('In deze brief leest u ons besluit .')).toEqual([
      'In/ADP',
      'deze/DET',
      'brief/NOUN',
      'leest/VERB',
      'u/PRON',
      'ons/PRON',
      'besluit/NOUN',
      './PUNCT',
    ])
    expect(tag('In deze brief leest u ons besluit .')[3]).toMatchObject({
      lemma: 'lezen',
      feats: {VerbForm: 'Fin'},
    })
    expect(
      upos('Stuur uw bezwaarschrift naar het college van burgemeester en wethouders .'),
    ).toEqual([
      'Stuur/VERB',
      'uw/PRON',
      'bezwaarschrift/NOUN',
      'naar/ADP',
      'het/DET',
      'college/NOUN',
      'van/ADP',
      'burgemeester/NOUN',
      'en/CCONJ',
      'wethouders/NOUN',
      './PUNCT',
    ])
    // "die" before a noun is a determiner; "dat" as subject a pronoun, before a clause a conjunction
    expect(upos('Die brief hebben wij niet ontvangen .')).toEqual([
      'Die/DET',
      'brief/NOUN',
      'hebben/AUX',
      'wij/PRON',
      'niet/ADV',
      'ontvangen/VERB',
      './PUNCT',
    ])
    const dat = tag('Dat betekent dat u de aanvraag opnieuw moet indienen .')
    expect(dat.map((t) => t.upos)).toEqual([
      'PRON',
      'VERB',
      'SCONJ',
      'PRON',
      'DET',
      'NOUN',
      'ADV',
      'AUX',
      'VERB',
      'PUNCT',
    ])
    expect(dat[8]).toMatchObject({lemma: 'indienen', feats: {VerbForm: 'Inf'}})
    // u as the object of a plural verb: the verb stays a verb
    expect(upos('Wij sturen u de nieuwe afvalpassen .')).toEqual([
      'Wij/PRON',
      'sturen/VERB',
      'u/PRON',
      'de/DET',
      'nieuwe/ADJ',
      'afvalpassen/NOUN',
      './PUNCT',
    ])
    const passive = tag('Uw aanvraag is op 4 mei goedgekeurd .')
    expect(passive.slice(0, 3).map((t) => t.upos)).toEqual(['PRON', 'NOUN', 'AUX'])
    expect(passive[6]).toMatchObject({
      upos: 'VERB',
      lemma: 'goedkeuren',
      feats: {VerbForm: 'Part'},
    })
  })

  it('reads an -en form as finite or infinitive by its clause', () => {
    const form = (sentence: string, i: number) => {
      const t = tag(sentence)[i]!
      return `${t.word}/${t.upos}/${t.feats.VerbForm ?? '-'}`
    }
    // before a subject pronoun: the finite verb of an inverted clause
    expect(form('Tot onze spijt moeten wij u laten weten dat de weg dicht blijft .', 3)).toBe(
      'moeten/AUX/Fin',
    )
    expect(form('Daarom sturen wij u een nieuwe pas .', 1)).toBe('sturen/VERB/Fin')
    // after the finite verb of the clause: the infinitive
    expect(form('Kunt u vragen met het formulier op onze website ?', 2)).toBe('vragen/VERB/Inf')
    expect(form('U kunt ons bellen of mailen .', 3)).toBe('bellen/VERB/Inf')
    // after hebben: the participle, not the past plural
    expect(form('Wij hebben besloten uw aanvraag af te wijzen .', 2)).toBe('besloten/VERB/Part')
  })

  it('lemmatises plural nouns and compounds it never saw', () => {
    const lemmas = (sentence: string) => tag(sentence).map((t) => t.lemma)
    expect(lemmas('Wij sturen u de nieuwe afvalpassen en de kentekenbewijzen .')).toEqual([
      'wij',
      'sturen',
      'u',
      'de',
      'nieuw',
      'afvalpas',
      'en',
      'de',
      'kentekenbewijs',
      '.',
    ])
    // A capital inside a sentence stays in the lemma of a name, not of a noun.
    const name = tag('Neem contact op met mevrouw De Jong van de afdeling Vergunningen .')
    expect(name.slice(4, 7).map((t) => `${t.upos}/${t.lemma}`)).toEqual([
      'NOUN/mevrouw',
      'PROPN/De',
      'PROPN/Jong',
    ])
    expect(name[0]).toMatchObject({upos: 'VERB', lemma: 'opnemen'})
    expect(tag('U kunt de Parkeervergunning verlengen .')[3]).toMatchObject({
      upos: 'NOUN',
      lemma: 'parkeervergunning',
    })
  })

  it('reads the kinds of letter Dutch the treebanks hardly have', () => {
    const upos = (sentence: string) =>
      tag(sentence)
        .map((t) => `${t.word}/${t.upos}`)
        .join(' ')
    // prepositions of official Dutch, also with a capital
    expect(upos('Middels deze brief laten wij u weten dat de straat dicht gaat .')).toMatch(
      /^Middels\/ADP /,
    )
    expect(upos('Inzake uw verzoek krachtens artikel 12 volgt een besluit .')).toMatch(
      /^Inzake\/ADP uw\/PRON verzoek\/NOUN krachtens\/ADP /,
    )
    expect(upos('Wij schrijven u namens het college en ingevolge de wet .')).toContain(
      'namens/ADP het/DET college/NOUN en/CCONJ ingevolge/ADP',
    )
    // an imperative at the start, also of a separable verb
    expect(tag('Houd rekening met de nieuwe openingstijden .')[0]).toMatchObject({
      upos: 'VERB',
      lemma: 'houden',
      feats: {VerbForm: 'Fin'},
    })
    expect(tag('Neem voor vragen contact op met de balie .')[0]).toMatchObject({
      upos: 'VERB',
      lemma: 'opnemen',
    })
    // "dan" after a verb at the start is the adverb, in a comparison the conjunction
    expect(upos('Bel dan met het klantcontactcentrum .')).toBe(
      'Bel/VERB dan/ADV met/ADP het/DET klantcontactcentrum/NOUN ./PUNCT',
    )
    expect(tag('De kosten zijn hoger dan vorig jaar .')[4]).toMatchObject({upos: 'SCONJ'})
    // a noun after a possessive, not a finite verb; hebben with a plural noun
    expect(tag('Tot onze spijt moeten wij de aanvraag afwijzen .')[2]).toMatchObject({
      upos: 'NOUN',
    })
    expect(tag('Heeft u vragen over deze brief ?')[2]).toMatchObject({
      upos: 'NOUN',
      lemma: 'vraag',
    })
    // "het" before a preposition at the start: the article of a long noun phrase
    expect(tag('Het in de krant genoemde bedrag klopt niet .')[0]).toMatchObject({upos: 'DET'})
    expect(tag('Het is in de krant genoemd .')[0]).toMatchObject({upos: 'PRON'})
    // a particle with the full stop, as a checker may pass it, still joins its verb
    expect(tagWords(['Dat', 'levert', 'een', 'besparing', 'op.'])[1]).toMatchObject({
      lemma: 'opleveren',
      particle: 4,
    })
    expect(tag('Heeft u het formulier kunnen vinden ?')[5]).toMatchObject({
      upos: 'VERB',
      feats: {VerbForm: 'Inf'},
    })
  })

  it('tags units, percentages and web addresses as symbols and numerals as numbers, as the treebanks do', () => {
    const upos = (sentence: string, word: string) =>
      tag(sentence).find((t) => t.word === word)?.upos
    // the model alone reads these as a noun or an adverb
    expect(
      upos('Lees meer op https://www.dronten.nl/afval .', 'https://www.dronten.nl/afval'),
    ).toBe('SYM')
    expect(upos('Lees meer op www.overheid.nl/wetten .', 'www.overheid.nl/wetten')).toBe('SYM')
    expect(upos('Het perceel is 2 ha groot .', 'ha')).toBe('SYM')
    expect(upos('De route is 12 km lang .', 'km')).toBe('SYM')
    // a number stays a number; a numeral of number parts is one (the model alone: VERB, ADJ)
    expect(upos('De route is 12 km lang .', '12')).toBe('NUM')
    expect(upos('Dat kost vijfentwintigduizend euro .', 'vijfentwintigduizend')).toBe('NUM')
    expect(upos('In negentienhonderdtachtig begon de bouw .', 'negentienhonderdtachtig')).toBe(
      'NUM',
    )
    // a very long run of number parts that is no numeral is not tried in every way (it would
    // not finish: "achttien" is also "acht" + "tien")
    expect(tag(`Dit is ${'achttien'.repeat(2000)}x .`)).toHaveLength(4)
  })

  it('reads an adverb or preposition reading of a noun right after an article as the noun', () => {
    const upos = (sentence: string, word: string) =>
      tag(sentence).find((t) => t.word === word)?.upos
    expect(upos('U kunt de pas gebruiken tot je 23e verjaardag .', 'pas')).toBe('NOUN')
    expect(upos('Neem de pas mee naar de balie .', 'pas')).toBe('NOUN')
    // before what it modifies it stays the adverb
    expect(upos('Dit is de pas geopende winkel .', 'pas')).toBe('ADV')
    expect(upos('Hij kwam pas om tien uur .', 'pas')).toBe('ADV')
    // a preposition before its own noun phrase stays one ("de voor" is also a noun: a furrow)
    expect(
      upos('De voor de renovatie in de begroting gereserveerde gelden zijn op .', 'voor'),
    ).toBe('ADP')
  })

  it('reads hebben and worden without a participle or infinitive as main verbs', () => {
    const upos = (sentence: string, word: string) =>
      tag(sentence).find((t) => t.word === word)?.upos
    // main verbs (UD VERB): no participle or infinitive in the clause
    expect(upos('U heeft recht op een vergoeding .', 'heeft')).toBe('VERB')
    expect(upos('Hij werd in 2020 voorzitter van de raad .', 'werd')).toBe('VERB')
    expect(upos('U wordt eigenaar van de grond .', 'wordt')).toBe('VERB')
    expect(upos('U kunt lid worden van de wijkraad .', 'worden')).toBe('VERB')
    expect(upos('Er waren veel reacties op het plan .', 'waren')).toBe('VERB')
    // auxiliaries stay: a participle later, also after commas, or before in a verb cluster
    expect(upos('Wij hebben uw brief ontvangen .', 'hebben')).toBe('AUX')
    expect(
      upos('Wij hebben , na overleg met de wijkraad , besloten de weg af te sluiten .', 'hebben'),
    ).toBe('AUX')
    expect(upos('Wij worden graag op de hoogte gehouden .', 'worden')).toBe('AUX')
    expect(upos('Uw aanvraag is op 4 mei goedgekeurd .', 'is')).toBe('AUX')
    expect(upos('Wij weten dat het formulier ontvangen is .', 'is')).toBe('AUX')
  })

  it('drops verb readings the verb table rules out', () => {
    // a participle reading of a word the verb table knows, but not as a participle: a noun (and
    // hebben is then the main verb)
    for (const sentence of [
      'Iedere inwoner heeft recht op een uitkering .',
      'U had recht op een vergoeding .',
    ]) {
      const tags = tag(sentence)
      expect(tags.find((t) => t.word === 'recht')).toMatchObject({upos: 'NOUN', lemma: 'recht'})
      expect(tags.find((t) => /^h/.test(t.word!))?.upos).toBe('VERB')
    }
    // an -en form right after a preposition, of a plural of a known noun, is no verb
    expect(tag('Kijk voor antwoorden op uw vragen op de website .')[2]).toMatchObject({
      upos: 'NOUN',
      lemma: 'antwoord',
    })
    expect(tag('Bel ons bij klachten over de afvalinzameling .')[3]).toMatchObject({
      upos: 'NOUN',
    })
    // not a verb of a clause: "op worden verbouwd", "zonder te vragen"
    expect(tag('U kunt de stukken zonder te vragen meenemen .')[6]).toMatchObject({
      upos: 'VERB',
    })
  })

  it('reads hebben with a participle later in its clause as the auxiliary', () => {
    for (const sentence of [
      'Wij hebben uw aanvraag ontvangen .',
      'Wij hebben uw bericht goed ontvangen .',
      'Wij hebben uw brief op 3 mei ontvangen .',
    ]) {
      expect(tag(sentence)[1]?.upos).toBe('AUX')
    }
  })

  it('reads a noun before a verb and a nominalised infinitive before van', () => {
    const words = tag(
      'Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college .',
    )
    expect(words.find((t) => t.word === 'bezwaar')?.upos).toBe('NOUN')
    expect(tag('Het in behandeling nemen van uw aanvraag duurt enkele weken .')[3]).toMatchObject({
      upos: 'VERB',
      feats: {VerbForm: 'Inf'},
    })
  })

  it('finds the finite verb of a sentence that has none after the model', () => {
    const verbForm = (sentence: string, word: string) =>
      tag(sentence).find((t) => t.word === word)?.feats.VerbForm
    // a singular form right after the subject, in a sentence without a finite verb
    expect(verbForm('Het college besluit binnen acht weken over uw bezwaar .', 'besluit')).toBe(
      'Fin',
    )
    expect(verbForm('De afdeling antwoord binnen een week op uw brief .', 'antwoord')).toBe('Fin')
    expect(tag('Het door het college op 3 mei genomen besluit staat online .')[0]?.upos).toBe('DET')
    // a noun after an article stays one
    expect(tag('Het besluit van het college .')[1]?.upos).toBe('NOUN')
    // a subject pronoun and a form that can only be finite
    for (const words of [
      ['Ze', 'mag'],
      ['Het', 'mag'],
      ['Hij', 'kan'],
    ]) {
      expect(tagWords(words)[1]?.feats.VerbForm).toBe('Fin')
    }
    // also after a demonstrative pronoun, not after the determiner of a noun phrase
    expect(tag('Dit mag niet .')[1]).toMatchObject({lemma: 'mogen', feats: {VerbForm: 'Fin'}})
    expect(tag('Dat mag ook .')[1]).toMatchObject({lemma: 'mogen', feats: {VerbForm: 'Fin'}})
    expect(tag('Dit kan pas na de verbouwing .')[1]?.feats.VerbForm).toBe('Fin')
    expect(tag('Dat besluit staat online .')[1]?.upos).toBe('NOUN')
  })

  it('keeps a participle the dictionary lists as an adjective an adjective', () => {
    // bekend is a participle of bekennen in the verb table, and an adjective (flag A) in the
    // dictionary: the correction of participles read as adjectives leaves it alone
    expect(tag('Het is bekend dat de kosten stijgen .')[2]!.upos).toBe('ADJ')
  })

  it('gives a subclause its finite verb', () => {
    const verbForm = (sentence: string, word: string) =>
      tag(sentence).find((t) => t.word === word)?.feats.VerbForm
    expect(verbForm('Wij hopen dat de werkzaamheden snel klaar zijn .', 'zijn')).toBe('Fin')
    expect(verbForm('Het gaat om de kosten die wij in rekening brengen .', 'brengen')).toBe('Fin')
    expect(
      verbForm('Dit geldt voor alle inwoners die in 2026 een uitkering ontvangen .', 'ontvangen'),
    ).toBe('Fin')
    // a subclause continued after a conjunction, when its first part ends in its finite verb
    expect(
      verbForm(
        'Er zijn bewoners die geen formulier invullen maar het werk overlaten .',
        'overlaten',
      ),
    ).toBe('Fin')
    // the first verb of a cluster that it heads, the other stays the infinitive
    const cluster = tag('Wij zoeken bewoners die de nieuwe regels willen toepassen .')
    expect(cluster.slice(7, 9).map((t) => t.feats.VerbForm)).toEqual(['Fin', 'Inf'])
    // participles at the start of the cluster are passed over
    expect(verbForm('Wij weten niet waarom de brieven niet verstuurd zijn .', 'zijn')).toBe('Fin')
    // not after te, not where the clause has its finite verb
    expect(verbForm('Wij vragen u om het formulier in te vullen .', 'vullen')).toBe('Inf')
    expect(verbForm('Wij weten dat u het formulier wilt invullen .', 'invullen')).toBe('Inf')
  })

  it('decides Fin, Inf or Part by the clause after the model (verbform.ts)', () => {
    const feats = (sentence: string, word: string) => {
      const t = tag(sentence).find((w) => w.word === word)!
      return `${t.upos} ${t.xpos} ${t.feats.VerbForm ?? '-'}`
    }
    // the main clause's finite verb right after a subject and its subclause
    expect(feats('Bewoners die de rekening betalen krijgen een korting .', 'krijgen')).toBe(
      'VERB WW|pv|tgw|mv Fin',
    )
    expect(feats('De bewoners die de regels overtreden krijgen een boete .', 'krijgen')).toBe(
      'VERB WW|pv|tgw|mv Fin',
    )
    const aanvragers = tag('Aanvragers die een vergunning hebben moeten de kosten betalen .')
    expect(aanvragers.slice(4, 9).map((t) => t.feats.VerbForm ?? '-')).toEqual([
      'Fin',
      'Fin',
      '-',
      '-',
      'Inf',
    ])
    expect(feats('De stukken die ontvangen zijn worden bewaard .', 'worden')).toBe(
      'AUX WW|pv|tgw|mv Fin',
    )
    // 'zijn' the verb, not the possessive: after a subclause, after a subject pronoun
    expect(feats('De documenten die u ons stuurt zijn compleet .', 'zijn')).toBe(
      'AUX WW|pv|tgw|mv Fin',
    )
    expect(feats('Zij zijn akkoord met het voorstel .', 'zijn')).toBe('AUX WW|pv|tgw|mv Fin')
    // the possessive stays the possessive
    expect(feats('Hij heeft zijn aanvraag ingetrokken .', 'zijn')).toMatch(/^PRON VNW\|bez/)
    // the second infinitive of a modal after "en"
    expect(
      feats('Wij zullen uw aanvraag beoordelen en binnen acht weken beslissen .', 'beslissen'),
    ).toBe('VERB WW|inf|vrij|zonder Inf')
    // a form that is infinitive and participle, by the clause's finite verb
    expect(feats('U moet de woning binnen een week verlaten .', 'verlaten')).toBe(
      'VERB WW|inf|vrij|zonder Inf',
    )
    expect(feats('Het pand is vervangen door een nieuw gebouw .', 'vervangen')).toBe(
      'VERB WW|vd|vrij|zonder Part',
    )
    // an inflected participle before a noun, a finite verb in a relative clause
    expect(feats('De vaak gebruikte formulieren staan op de website .', 'gebruikte')).toBe(
      'VERB WW|vd|prenom|met-e Part',
    )
    expect(feats('De regeling die u verwacht geldt niet meer .', 'verwacht')).toMatch(/ Fin$/)
    // a sentence without a finite verb gets one; a heading-like phrase keeps its infinitive
    expect(feats('Alle bewoners van de wijk ontvangen een brief .', 'ontvangen')).toBe(
      'VERB WW|pv|tgw|mv Fin',
    )
    const scheiden = tag('De inwoners die hun afval scheiden betalen minder .')
    expect(scheiden.slice(5, 7).map((t) => t.feats.VerbForm)).toEqual(['Fin', 'Fin'])
    expect(feats('Informatie over het afval scheiden en de kosten .', 'scheiden')).toBe(
      'VERB WW|inf|vrij|zonder Inf',
    )
    expect(feats('Met vriendelijke groeten , namens de burgemeester .', 'groeten')).toMatch(
      /^NOUN /,
    )
  })

  it('returns an empty list for no words', () => {
    expect(tagWords([])).toEqual([])
  })
})

describe('tags on WordInfo', () => {
  it('gives every word of a Dutch sentence its tag, also on the nlcst node', () => {
    const seen: string[] = []
    const probe = defineRule({
      id: 'proef',
      meta: {description: 'Test.', severity: 'info', fixable: 'none', messages: {m: 'x'}},
      check(_tree, ctx) {
        for (const word of ctx.sentences[0]?.words ?? []) {
          const data = (word.node as {data?: {tag?: unknown}}).data
          seen.push(
            `${word.value}/${word.tag?.upos}/${word.tag?.lemma}/${word.tag?.particle ?? ''}` +
              `${word.tag?.verb ?? ''}/${data?.tag === word.tag}`,
          )
        }
      },
    })
    const checker = createCheckerSync(
      {lang: 'nl', rules: {spelling: 'off', 'moeilijk-woord': 'off'}},
      {rules: [probe as never]},
    )
    checker.check({text: 'Daarom lossen wij het probleem op, zodat u verder kunt.'})
    expect(seen).toEqual([
      'Daarom/ADV/daarom//true',
      'lossen/VERB/oplossen/5/true',
      'wij/PRON/wij//true',
      'het/DET/het//true',
      'probleem/NOUN/probleem//true',
      'op/ADP/op/1/true',
      'zodat/SCONJ/zodat//true',
      'u/PRON/u//true',
      'verder/ADJ/ver//true',
      'kunt/VERB/kunnen//true',
    ])
  })
})

describe('shared tags', () => {
  it('gives words in sentences with the same tokens one tag object, copied where a particle links', () => {
    const sentences: Array<Array<{value: string; tag: unknown}>> = []
    const probe = defineRule({
      id: 'proef',
      meta: {description: 'Test.', severity: 'info', fixable: 'none', messages: {m: 'x'}},
      check(_tree, ctx) {
        for (const sentence of ctx.sentences)
          sentences.push(sentence.words.map((word) => ({value: word.value, tag: word.tag})))
      },
    })
    const checker = createCheckerSync(
      {lang: 'nl', rules: {spelling: 'off', 'moeilijk-woord': 'off'}},
      {rules: [probe as never]},
    )
    checker.check({text: 'Wij lossen het op. Wij lossen het op.'})
    const [first, second] = sentences
    expect(first!.map((word) => word.value)).toEqual(['Wij', 'lossen', 'het', 'op'])
    // 'Wij' and 'het': the same object in both sentences.
    expect(second![0]!.tag).toBe(first![0]!.tag)
    expect(second![2]!.tag).toBe(first![2]!.tag)
    // 'lossen' and 'op' link to each other by word index: a copy per sentence.
    expect(second![1]!.tag).not.toBe(first![1]!.tag)
    expect(second![1]!.tag).toMatchObject({lemma: 'oplossen', particle: 3})
    expect(first![3]!.tag).toMatchObject({verb: 1})
  })
})
