import {readDataFile} from './frequency.js'
import {readTsv} from './tsv.js'

/** One row of data/afkortingen.tsv: an abbreviation, its full forms, its kind and why it matters. */
export interface Abbreviation {
  abbreviation: string
  expansions: string[]
  /** punt: dotted, replace it; naam: a name, write it out once; bekend: a name everyone knows. */
  kind: 'punt' | 'naam' | 'bekend'
  explanation: string
}

let list: Abbreviation[] | undefined

/** The shipped list (data/afkortingen.tsv), parsed once. */
export function abbreviations(): Abbreviation[] {
  const columns = ['afkorting', 'voluit', 'soort', 'uitleg'] as const
  list ??= readTsv(readDataFile('afkortingen.tsv'), {
    source: 'afkortingen.tsv',
    columns,
    required: 4,
  }).map(({cells}) => ({
    abbreviation: cells.afkorting,
    expansions: cells.voluit.split('|'),
    kind: cells.soort as Abbreviation['kind'],
    explanation: cells.uitleg,
  }))
  return list
}
