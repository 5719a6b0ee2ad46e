import {builtinRules, createChecker, type CheckResult} from '@duidelijk/core'
import type {FormatterContext} from '../../src/formatters/context.js'

const ON = ['ambtelijke-taal', 'persoonsgegevens']

/**
 * Two checked letters with only the rules in ON switched on, so the formatter tests stay exact
 * while other rules are added to the core.
 */
export async function fixture(): Promise<CheckResult[]> {
  const rules = Object.fromEntries(
    builtinRules.filter((r) => !ON.includes(r.id)).map((r) => [r.id, 'off' as const]),
  )
  const checker = await createChecker({rules})
  return [
    checker.check({
      path: 'brieven/a.txt',
      text: 'Wij hebben uw aanvraag reeds ontvangen.\nIndien u vragen heeft, belt u ons.\n',
    }),
    checker.check({path: 'brieven/b.txt', text: 'Uw burgerservicenummer is 111222333.\n'}),
  ]
}

/** Rule metadata as the CLI passes it to the formatters. */
export const context: FormatterContext = {
  version: '0.1.0',
  rules: [
    {
      id: 'persoonsgegevens',
      description: 'Geen persoonsgegevens.',
      url: 'https://example.org/persoonsgegevens.md',
      severity: 'info',
    },
    {
      id: 'ambtelijke-taal',
      description: 'Schrijf gewone woorden.',
      fullDescription: 'Vervang ambtelijke woorden door gewone woorden.',
      url: 'https://example.org/ambtelijke-taal.md',
      severity: 'warning',
    },
  ],
  groups: {
    vertrouwen: {
      label: 'Vertrouwen',
      description: 'Transparant.',
      rules: ['ambtelijke-taal', 'persoonsgegevens'],
    },
  },
}
