import {Ajv2020, type ErrorObject} from 'ajv/dist/2020.js'
import {DuidelijkError} from '../errors.js'
import {normalizeSeverity} from '../severity.js'
import type {Rule} from '../rule.js'
import {currentRuleId} from './renamed.js'
import {buildConfigSchema} from './schema.js'
import type {Config} from './types.js'

type Validator = ((data: unknown) => boolean) & {errors?: ErrorObject[] | null}
/**
 * Compiled validators by rule ids. createChecker builds a new rule array on every call, so the
 * array itself is no key; the rules in it are compared one by one.
 */
const cache = new Map<string, {rules: ReadonlyArray<Rule<never>>; validate: Validator}>()

let shared: Ajv2020 | undefined
/** One ajv instance, made on first use (a run without a config to validate never needs it). */
const ajv = () => (shared ??= new Ajv2020({allErrors: true, strict: false, verbose: true}))
const optionValidators = new WeakMap<Rule<never>, Validator>()

/**
 * The whole-file schema, with each rule setting loosened to "anything": rule settings are checked
 * one by one below, because the schema's anyOf (severity | [severity, options] | object) makes ajv
 * report every branch.
 */
function validatorFor(rules: ReadonlyArray<Rule<never>>): Validator {
  const key = rules.map((rule) => rule.id).join('\n')
  const cached = cache.get(key)
  if (cached && cached.rules.every((rule, index) => rule === rules[index])) return cached.validate
  const schema = buildConfigSchema(rules) as {
    $id?: string
    properties: Record<string, {properties?: Record<string, unknown>}>
  }
  // Several rule sets (plugins) get their own validator: the $id would clash in one ajv instance.
  delete schema.$id
  const loosen = (properties: Record<string, unknown> | undefined) => {
    const ruleSchema = properties?.rules as {properties: Record<string, unknown>} | undefined
    if (ruleSchema)
      for (const id of Object.keys(ruleSchema.properties)) ruleSchema.properties[id] = {}
  }
  loosen(schema.properties)
  const validate = ajv().compile(schema) as Validator
  // The compiled function stands alone; ajv's own cache would keep every schema alive.
  ajv().removeSchema(schema)
  cache.set(key, {rules: [...rules], validate})
  return validate
}

function optionsValidator(rule: Rule<never>): Validator {
  let validate = optionValidators.get(rule)
  if (!validate) {
    validate = ajv().compile(
      rule.meta.options
        ? {...rule.meta.options, additionalProperties: false}
        : {type: 'object', maxProperties: 0},
    ) as Validator
    optionValidators.set(rule, validate)
  }
  return validate
}

function checkRuleSettings(
  settings: unknown,
  prefix: string,
  rules: ReadonlyArray<Rule<never>>,
  messages: Set<string>,
): void {
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) return
  for (const [id, setting] of Object.entries(settings)) {
    const rule = rules.find((r) => r.id === currentRuleId(id))
    if (!rule) continue
    const at = `${prefix}rules.${id}`
    let severity: unknown
    let options: unknown
    if (typeof setting === 'string' || typeof setting === 'number') severity = setting
    else if (Array.isArray(setting)) [severity, options] = setting
    else if (setting && typeof setting === 'object')
      ({severity, options} = setting as {severity?: unknown; options?: unknown})
    else {
      messages.add(
        `"${at}" moet een ernst zijn ("error", "warning", "info", "off"), [ernst, opties] of {severity, options}`,
      )
      continue
    }
    if (severity !== undefined && !normalizeSeverity(severity)) {
      messages.add(
        `"${at}" heeft ernst ${JSON.stringify(severity)}; kies uit "error", "warning", "info" of "off"`,
      )
    }
    if (options === undefined) continue
    const validate = optionsValidator(rule)
    if (validate(options)) continue
    for (const error of validate.errors ?? []) {
      const message = describe(
        {
          ...error,
          instancePath: `/${at.replace(/\./g, '/')}/options${error.instancePath}`,
        } as ErrorObject,
        rules,
      )
      if (message)
        messages.add(
          error.keyword === 'maxProperties' ? `"${at}": deze regel heeft geen opties` : message,
        )
    }
  }
}

/** Placeholder patterns are compiled like the checker does (flags `gu`); say which one breaks. */
function checkPatterns(patterns: unknown, prefix: string, messages: Set<string>): void {
  if (!Array.isArray(patterns)) return
  patterns.forEach((pattern, index) => {
    if (typeof pattern !== 'string') return
    try {
      new RegExp(pattern, 'gu')
    } catch (error) {
      const reason = (error as Error).message.replace(/^Invalid regular expression: /, '')
      messages.add(
        `"${prefix}placeholders.patterns.${index}" is geen geldige reguliere expressie (nu: ${JSON.stringify(pattern)}; ${reason})`,
      )
    }
  })
}

/** Levenshtein distance, for "bedoelt u …?" suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]!
}

/** The closest known name, when it is close enough to be a typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const d = distance(name, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined
}

function keyPath(error: ErrorObject): string {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  // rules.<id>.1.<option> (array form) reads better as rules.<id>.options.<option>
  return parts.join('.')
}

function describe(error: ErrorObject, rules: ReadonlyArray<Rule<never>>): string | undefined {
  const path = keyPath(error)
  const at = path ? `"${path}"` : 'de configuratie'
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      const where = path ? `in "${path}" ` : ''
      if (path === 'rules') {
        const suggestion = closest(
          key,
          rules.map((r) => r.id),
        )
        return `onbekende regel "${key}"${suggestion ? `; bedoelt u "${suggestion}"?` : ''}`
      }
      return `onbekende sleutel "${key}" ${where}`.trimEnd()
    }
    case 'type':
    case 'minimum':
    case 'maximum':
      return `${at} moet ${allowed(error.parentSchema as Schema | undefined, String(params.type ?? ''))} zijn (nu: ${JSON.stringify(error.data)})`
    case 'enum': {
      const values = params.allowedValues as unknown[]
      // A long list is a list of rule ids (in groups): suggest one instead of printing them all.
      if (values.length > 8 && typeof error.data === 'string') {
        const suggestion = closest(error.data, values.map(String))
        return `${at}: onbekende regel "${error.data}"${suggestion ? `; bedoelt u "${suggestion}"?` : ''}`
      }
      return `${at} moet een van ${values.map((v) => JSON.stringify(v)).join(', ')} zijn (nu: ${JSON.stringify(error.data)})`
    }
    case 'exclusiveMinimum':
      return `${at} moet groter dan ${String(params.limit)} zijn`
    case 'required':
      return `${at} mist de sleutel "${String(params.missingProperty)}"`
    case 'minItems':
    case 'maxItems':
      return `${at} heeft een verkeerd aantal elementen`
    case 'maxProperties':
      return `${at}: deze regel heeft geen opties`
    case 'anyOf':
    case 'false schema':
    case 'if':
      return undefined
    default:
      return `${at}: ${error.message ?? 'ongeldige waarde'}`
  }
}

interface Schema {
  type?: string | string[]
  minimum?: number
  maximum?: number
}

/** What a schema allows, in words: "een geheel getal ≥ 1", "een getal van 0 tot en met 1". */
function allowed(schema: Schema | undefined, fallbackType: string): string {
  const type = [schema?.type ?? fallbackType].flat()[0] ?? ''
  const name = typeName(type)
  const {minimum, maximum} = schema ?? {}
  if (minimum !== undefined && maximum !== undefined)
    return `${name} van ${minimum} tot en met ${maximum}`
  if (minimum !== undefined) return `${name} ≥ ${minimum}`
  if (maximum !== undefined) return `${name} ≤ ${maximum}`
  return name
}

function typeName(type: string): string {
  return (
    {
      integer: 'een geheel getal',
      number: 'een getal',
      string: 'tekst',
      boolean: 'true of false',
      array: 'een lijst',
      object: 'een object',
    }[type] ?? type
  )
}

/**
 * Validate a config against the schema built from the rules. Throws a DuidelijkError naming the
 * file, each key and what is allowed, in Dutch.
 */
export function validateConfig(
  config: unknown,
  file: string,
  rules: ReadonlyArray<Rule<never>>,
): Config {
  const validate = validatorFor(rules)
  const messages = new Set<string>()
  if (!validate(config)) {
    for (const error of validate.errors ?? []) {
      const message = describe(error, rules)
      if (message) messages.add(message)
    }
  }
  const value = config as Config
  checkRuleSettings(value?.rules, '', rules, messages)
  checkPatterns(value?.placeholders?.patterns, '', messages)
  value?.overrides?.forEach((override, index) => {
    checkRuleSettings(override.rules, `overrides.${index}.`, rules, messages)
    checkPatterns(override.placeholders?.patterns, `overrides.${index}.`, messages)
  })
  if (messages.size === 0) return value
  const list = [...messages]
  throw new DuidelijkError(
    'config',
    list.length === 1 ? list[0]! : `\n  - ${list.join('\n  - ')}`,
    file,
  )
}
