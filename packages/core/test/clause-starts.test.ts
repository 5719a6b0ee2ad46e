// Shared analyses (pipeline/analyses.ts): where a clause starts in a sentence.
import {describe, expect, it} from 'vitest'
import {createCheckerSync, defineRule} from '../src/index.js'

function starts(text: string): string[] {
  const seen: string[] = []
  const probe = defineRule({
    id: 'proef',
    meta: {description: 'Test.', severity: 'info', fixable: 'none', messages: {m: 'x'}},
    check(_tree, ctx) {
      for (const sentence of ctx.sentences) {
        const flags = ctx.analyses.clauseStarts(sentence)
        sentence.words.forEach((word, i) => {
          if (flags[i]) seen.push(word.value)
        })
      }
    },
  })
  const checker = createCheckerSync(
    {lang: 'nl', rules: {spelling: 'off', 'moeilijk-woord': 'off'}},
    {rules: [probe as never]},
  )
  checker.check({text})
  return seen
}

describe('clauseStarts', () => {
  it('starts a clause after a comma and at a conjunction', () => {
    expect(starts('Wij betalen het terug, maar u wacht nog even.')).toEqual(['Wij', 'maar'])
  })

  it('does not start one inside an amount or a time', () => {
    expect(starts('U betaalt € 412,80 om 9:30 aan de balie.')).toEqual(['U'])
  })
})
