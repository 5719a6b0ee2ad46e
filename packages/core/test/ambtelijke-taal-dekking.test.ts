import {describe, expect, it} from 'vitest'
import {
  builtinJargon,
  generatedVerbForms,
  loanVerb,
  toPhraseEntries,
  type JargonEntry,
} from '../src/nlp/jargon.js'
import {loadVerbTable} from '../src/nlp/verbs.js'
import {checkRule} from './helpers.js'

// Issue #15: rows of the jargon list that can never fire. Every row, every form of its `vormen`
// column and every verb form the rule generates is put in a plain carrier sentence built from the
// row's conditions, and the rule must report exactly that span. See docs/rules/ambtelijke-taal.md
// (Dekking) and docs/architecture.md (jargon coverage).

/**
 * Forms exempt from the carrier check, each with the reason. Keep this list short: a row that
 * cannot fire is a bug in the matcher, the rule or the row.
 */
const EXEMPT: Record<string, string> = {
  // The tagger reads 'schort' as the noun (an apron) and links no particle to it; a generated
  // split form needs that link ("Laat het formulier na het invullen achter": 'na' is no particle).
  // 'schorten … op', 'schortte … op' and the joined forms fire.
  'opschorten\tschort ... op': 'tagger: schort is read as a noun',
}

interface Probe {
  entry: JargonEntry
  form: string
  kind: 'term' | 'vorm' | 'vervoeging' | 'scheidbaar'
  text: string
  start: number
  end: number
}

/** A plain carrier sentence for one form, built from the row's own conditions. */
function carrier(entry: JargonEntry, form: string): {text: string; start: number} {
  const tag = entry.conditions.find((c) => c.startsWith('tag:'))
  if (entry.conditions.includes('oorzaak')) {
    const prefix = 'Wij komen later, '
    return {text: `${prefix}${form} wij nog wachten.`, start: prefix.length}
  }
  if (entry.conditions.includes('na-komma')) {
    // Right after a comma: the relative pronoun 'welke' ("de politie, welke geen bezwaar heeft").
    const prefix = 'Wij vroegen de politie, '
    return {text: `${prefix}${form} geen bezwaar heeft.`, start: prefix.length}
  }
  if (entry.conditions.includes('opent-bijzin')) {
    // 'nu' of cause opens a clause after a comma: "…, nu u niet voldoet".
    const prefix = 'Wij wijzen het af, '
    return {text: `${prefix}${form} u niet aan de eisen voldoet.`, start: prefix.length}
  }
  if (entry.conditions.includes('betaling')) {
    // Only where it means paying: money in the sentence, no 'aan' in the clause.
    const prefix = 'De aanslag van € 50: wij '
    return {text: `${prefix}${form} het.`, start: prefix.length}
  }
  if (entry.conditions.includes('alleen-zinsbegin')) {
    // Reported only where it opens a sentence that is no question: "Mocht u vragen hebben, …".
    const capital = form[0]!.toUpperCase() + form.slice(1)
    return {text: `${capital} u vragen hebben, bel ons dan.`, start: 0}
  }
  if (entry.conditions.includes('met-te-of-tot')) {
    // Only with what must be done after it: "U bent gehouden de kosten te betalen".
    const prefix = 'Let op: '
    return {text: `${prefix}${form} de kosten te betalen.`, start: prefix.length}
  }
  if (tag?.includes('VERB')) {
    const prefix = 'De gemeente '
    return {text: `${prefix}${form} het.`, start: prefix.length}
  }
  const prefix = 'Let op: '
  return {text: `${prefix}${form}${form.endsWith('.') ? '' : '.'}`, start: prefix.length}
}

function probes(): Probe[] {
  const result: Probe[] = []
  const entries = builtinJargon()
  const phrase = toPhraseEntries(entries)
  entries.forEach((entry, i) => {
    const seen = new Set<string>()
    const add = (form: string, kind: Probe['kind']) => {
      if (seen.has(form)) return
      seen.add(form)
      if (form.includes('...')) {
        const [head = '', tail = ''] = form.split('...').map((s) => s.trim())
        const prefix = 'Dan '
        const filler = head.split(' ').includes('u') ? 'het' : 'u het'
        const text = `${prefix}${head} ${filler} ${tail}.`
        result.push({
          entry,
          form,
          kind,
          text,
          start: prefix.length,
          end: prefix.length + head.length,
        })
        return
      }
      const {text, start} = carrier(entry, form)
      result.push({entry, form, kind, text, start, end: start + form.length})
    }
    add(entry.term, 'term')
    for (const f of entry.forms) add(f, 'vorm')
    for (const f of phrase[i]!.forms) add(f, 'vervoeging')
    for (const f of phrase[i]!.separable) add(f, 'scheidbaar')
  })
  return result
}

/**
 * Check the probes in batches: each carrier a paragraph of its own. A legal term is explained once
 * per text (at its first use), so its forms are checked one text each.
 */
function missed(all: Probe[]): Probe[] {
  const result: Probe[] = []
  const batches: Probe[][] = all.filter((p) => p.entry.legal).map((p) => [p])
  const rest = all.filter((p) => !p.entry.legal)
  for (let b = 0; b < rest.length; b += 300) batches.push(rest.slice(b, b + 300))
  for (const batch of batches) {
    let text = ''
    const offsets: number[] = []
    for (const probe of batch) {
      offsets.push(text.length)
      text += probe.text + '\n\n'
    }
    const spans = new Set(
      checkRule('ambtelijke-taal', text).map(
        (f) => `${f.range.start.offset}-${f.range.end.offset}`,
      ),
    )
    batch.forEach((probe, k) => {
      const at = offsets[k]!
      if (!spans.has(`${at + probe.start}-${at + probe.end}`)) result.push(probe)
    })
  }
  return result
}

describe('every row of the jargon list fires in a plain carrier sentence', () => {
  it('reports each term and form', () => {
    const all = probes()
    const miss = missed(all)
    const failing = miss.filter((p) => !(`${p.entry.term}\t${p.form}` in EXEMPT))
    const lines = failing.map((p) => `${p.kind}\t${p.entry.term}\t${p.form}\t${p.text}`)
    expect(all.length).toBeGreaterThan(6000)
    expect(lines).toEqual([])
    // An exemption that no longer fails is taken off the list.
    expect(miss.map((p) => `${p.entry.term}\t${p.form}`).sort()).toEqual(Object.keys(EXEMPT).sort())
  }, 600_000)

  it('reports a phrase whose last word ends the sentence (the parser keeps the stop in "al.")', () => {
    const findings = checkRule('ambtelijke-taal', 'Dat weten wij reeds al.')
    expect(findings.map((f) => [f.range.start.offset, f.range.end.offset, f.message])).toEqual([
      [14, 22, '‘reeds al’ is dubbelop. Eén van de twee is genoeg.'],
    ])
    // The replacement leaves the full stop where it is.
    expect(findings[0]!.expected).toEqual(['al'])
  })

  it('reports the split verb when its particle ends the sentence', () => {
    const findings = checkRule('ambtelijke-taal', 'Wij schorten de betaling op.')
    expect(findings.map((f) => [f.range.start.offset, f.range.end.offset, f.message])).toEqual([
      [
        4,
        12,
        '‘schorten … op’ is formeel. Schrijf ‘uitstellen’ of ‘tijdelijk stoppen’; bij een termijn: ‘de termijn staat stil’.',
      ],
    ])
  })

  it('reports a phrase word before the verb that closes the clause, not one that opens a phrase', () => {
    expect(
      checkRule('ambtelijke-taal', 'Wij plannen de afspraak vooraf.').map((f) => f.message),
    ).toEqual(['‘plannen … vooraf’ is dubbelop. Schrijf ‘plannen’.'])
    expect(checkRule('ambtelijke-taal', 'Wij combineren uw vragen samen met de buren.')).toEqual([])
  })

  it('conjugates a loan verb on -eren the verb table lacks', () => {
    const findings = checkRule('ambtelijke-taal', 'Dit ressorteert onder de afdeling Vergunningen.')
    expect(findings.map((f) => [f.range.start.offset, f.range.end.offset, f.expected])).toEqual([
      [4, 21, ['valt onder']],
    ])
  })
})

/**
 * Rows whose term holds an infinitive and whose first alternative is a verb, but that get no verb
 * forms: the verb table (../shared/data/pattern-nl) does not know the verb and it is no regular
 * loan verb on -eren (see `loanVerb`). They match their lemma and the forms in `vormen` only.
 * Adding the forms a row needs to its `vormen` column (or the verb to the table) takes it off.
 */
const NOT_CONJUGATED = [
  'aftikken',
  'alignen',
  'behelzen',
  'bekostigen',
  'benchmarken',
  'beraadslagen',
  'bespoedigen',
  'bestendigen',
  'billijken',
  'challengen',
  'checken',
  'dankzeggen',
  'doorpakken',
  'focussen',
  'focussen op',
  'gedogen',
  'gekant zijn tegen',
  'gerieven',
  'gewaarworden',
  'kennisnemen van',
  'klankborden',
  'kortsluiten',
  'kortwieken',
  'managen',
  'matchen',
  'monitoren',
  'performen',
  'pitchen',
  'retourzenden',
  'reviewen',
  'screenen',
  'supporten',
  'tegemoetzien',
  'tenietdoen',
  'terugkoppelen',
  'terugmelden',
  'tracken',
  'vergewissen',
  'zich beraden',
]

/** Terms the check above takes for verbs but that are none (nouns on -en), or that must not be conjugated. */
const NOT_VERBS = [
  'behoudens bijzondere omstandigheden',
  'bewijsstukken',
  'dwangbevelkosten',
  'facetten',
  // An auxiliary after a participle: its forms would find every passive (see generatedVerbForms).
  'gehouden zijn',
  'hoofdlijnen',
  'modaliteiten',
  'persoonsgebonden budget',
]

describe('verb rows get their verb forms', () => {
  it('lists exactly the rows whose verb is not conjugated', () => {
    const table = loadVerbTable()
    const isVerb = (w: string) => table.forms(w).length > 0 || loanVerb(w) !== undefined
    const missing = builtinJargon()
      .filter((e) => !e.legal && !e.conditions.includes('geen-vervoeging'))
      .filter((e) => generatedVerbForms(e).forms.length === 0)
      .filter((e) => {
        const alternative = (e.alternatives[0] ?? '').toLowerCase().split(/\s+/)
        const infinitive = e.term
          .split(' ')
          .some(
            (w, i, all) =>
              /(?:en|ën)$/.test(w) && w.length > 4 && !isVerb(w) && all[i - 1] !== 'uit',
          )
        return infinitive && alternative.some((w) => table.forms(w).length > 0)
      })
      .map((e) => e.term)
    expect(missing.sort()).toEqual([...NOT_CONJUGATED, ...NOT_VERBS].sort())
  })
})
