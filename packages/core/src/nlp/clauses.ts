/**
 * Conjunctions and relative words that start a new clause ("… als u niet verhuist"): a negation or
 * verb form after them belongs to another clause than the words before.
 */
export const CLAUSE_STARTERS: ReadonlySet<string> = new Set([
  'als',
  'omdat',
  'dan',
  'maar',
  'en',
  'want',
  'dus',
  'tenzij',
  'wanneer',
  'of',
  'zodat',
  'dat',
  'die',
  'waar',
  'terwijl',
])
