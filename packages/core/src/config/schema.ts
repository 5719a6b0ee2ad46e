import type {Rule} from '../rule.js'
import {SEVERITY_INPUTS} from '../severity.js'
import {RENAMED_RULES} from './renamed.js'

const SEVERITY = {$ref: '#/$defs/severity'}

/** JSON schema of one rule's setting: a severity, `[severity, options]` or `{severity, options}`. */
function ruleSettingSchema(rule: Rule<never>): Record<string, unknown> {
  const options = rule.meta.options
    ? {...rule.meta.options, additionalProperties: false}
    : {type: 'object', maxProperties: 0, description: 'Deze regel heeft geen opties.'}
  const description = `${rule.meta.description} (standaard: ${rule.meta.severity})`
  return {
    description,
    markdownDescription: `${description}\n\n[Documentatie](https://github.com/duidelijk/duidelijk/blob/main/docs/rules/${rule.id}.md)`,
    anyOf: [
      SEVERITY,
      {type: 'array', prefixItems: [SEVERITY, options], items: false, minItems: 1, maxItems: 2},
      {type: 'object', properties: {severity: SEVERITY, options}, additionalProperties: false},
    ],
  }
}

/** Old ids of the given rules that config files may still use. */
function renamedIds(rules: ReadonlyArray<Rule<never>>): string[] {
  return Object.keys(RENAMED_RULES).filter((old) => rules.some((r) => r.id === RENAMED_RULES[old]))
}

/** Old rule ids, marked deprecated so that editors strike them through. */
function renamedRuleSchemas(rules: ReadonlyArray<Rule<never>>): Array<[string, unknown]> {
  return renamedIds(rules).map((old) => {
    const rule = rules.find((r) => r.id === RENAMED_RULES[old])!
    const message = `Deze regel heet nu "${rule.id}".`
    return [old, {...ruleSettingSchema(rule), deprecated: true, deprecationMessage: message}]
  })
}

const CONFIG_PROPERTIES = (rules: ReadonlyArray<Rule<never>>): Record<string, unknown> => ({
  lang: {
    enum: ['nl', 'en', 'auto'],
    default: 'auto',
    description: 'Taal van de teksten; "auto" herkent de taal.',
  },
  targetLevel: {
    enum: ['B1', 'B2'],
    default: 'B1',
    description: 'Streefniveau voor het geschatte taalniveau.',
  },
  letter: {
    enum: ['auto', true, false],
    default: 'auto',
    description:
      'Briefregels aan (true), uit (false) of automatisch bij aanhef, onderwerpregel of e-mail.',
  },
  rules: {
    type: 'object',
    description: 'Regels aan- of uitzetten en instellen.',
    properties: Object.fromEntries([
      ...rules.map((rule) => [rule.id, ruleSettingSchema(rule)]),
      ...renamedRuleSchemas(rules),
    ]),
    additionalProperties: false,
  },
  placeholders: {
    type: 'object',
    description: 'Invulvelden in sjablonen.',
    properties: {
      patterns: {
        type: 'array',
        items: {type: 'string'},
        description: 'Extra reguliere expressies voor invulvelden.',
      },
      defaults: {
        type: 'boolean',
        default: true,
        description: 'De ingebouwde patronen ({{naam}}, «Naam», [naam] …) gebruiken.',
      },
    },
    additionalProperties: false,
  },
  words: {
    type: 'array',
    items: {type: 'string'},
    description: 'Woorden die de spellingcontrole goed rekent.',
  },
  maxFileSize: {
    type: 'integer',
    minimum: 1,
    default: 10485760,
    description: 'Grootste bestand in bytes.',
  },
  ignorePatterns: {
    type: 'array',
    items: {type: 'string'},
    description: 'Bestanden en mappen overslaan (gitignore-stijl).',
  },
  templates: {
    type: 'array',
    items: {type: 'string'},
    description: 'Paden van sjablonen (gitignore-stijl): persoonsgegevens zijn daar een fout.',
  },
  formats: {
    type: 'object',
    description: 'Invoerformaat per padpatroon (gitignore-stijl), bijvoorbeeld {"*.tpl": "html"}.',
    markdownDescription:
      'Invoerformaat per padpatroon (gitignore-stijl), bijvoorbeeld `{"*.tpl": "html"}`.',
    additionalProperties: {enum: ['txt', 'md', 'html', 'eml', 'docx', 'odt']},
  },
  groups: {
    type: 'object',
    description: 'Groepen regels voor het rapport.',
    additionalProperties: {
      type: 'object',
      required: ['label', 'rules'],
      properties: {
        label: {type: 'string', description: 'Naam van de groep in het rapport.'},
        description: {type: 'string', description: 'Eén zin: waar de groep voor staat.'},
        rules: {
          type: 'array',
          items: {type: 'string', enum: [...rules.map((rule) => rule.id), ...renamedIds(rules)]},
          description: 'De regels in deze groep.',
        },
      },
      additionalProperties: false,
    },
  },
})

/**
 * Longer help for the editor's hover (VS Code shows `markdownDescription` instead of
 * `description`), with an example; keys without an entry repeat their description.
 */
const MARKDOWN: Record<string, string> = {
  root: 'Zet op `true` in de bovenste map van uw project: duidelijk zoekt dan niet verder omhoog.\n\n```json\n"root": true\n```',
  extends:
    'Bouw voort op een preset of een ander bestand (pad vanaf dit bestand). Latere items winnen.\n\n```json\n"extends": ["duidelijk:b1", "../gedeeld/huisstijl.json"]\n```',
  lang: 'Taal van de teksten: `nl`, `en` of `auto` (herkennen). Engelse teksten krijgen Engelse regels.',
  targetLevel:
    'Streefniveau voor de schatting van het taalniveau: `B1` (de meeste brieven) of `B2`.',
  letter:
    'Briefregels zoals `aanhef` en `bezwaarclausule`: `auto` zet ze aan bij een aanhef, een onderwerpregel of een e-mail.',
  rules:
    'Per regel een ernst (`"error"`, `"warning"`, `"info"`, `"off"`; zoals in ESLint ook `"warn"`, `0`, `1`, `2`), `[ernst, opties]` of `{"severity", "options"}`.\n\n```json\n"rules": {\n  "spelling": "off",\n  "lange-zin": ["warning", {"info": 15, "warning": 20, "error": 30}]\n}\n```\n\nBij regels die zelf een ernst kiezen (zoals `lange-zin`) is de ernst die u instelt de hoogste.',
  placeholders:
    'Invulvelden in sjablonen tellen als één woord en worden niet op spelling gecontroleerd.\n\n```json\n"placeholders": {"patterns": ["#[A-Z_]+#"]}\n```',
  patterns:
    'Extra patronen (JavaScript-reguliere expressies) voor invulvelden, bijvoorbeeld `"#[A-Z_]+#"` voor `#NAAM#`.',
  defaults:
    'De ingebouwde patronen gebruiken: `{{naam}}`, `{{ aanvrager.naam }}`, `«Naam»`, `[naam]`, `[[naam]]`, `${naam}`, `%NAAM%`.',
  words:
    'Woorden die de spellingcontrole goed rekent, zoals straatnamen en wijken. U kunt ze ook in `.duidelijk-woorden.txt` naast dit bestand zetten (één woord per regel).\n\n```json\n"words": ["Swifterbant", "Biddinghuizen"]\n```',
  maxFileSize:
    'Grootste bestand in bytes (standaard 10 MB). Grotere bestanden krijgen een duidelijke foutmelding.\n\n```json\n"maxFileSize": 20971520\n```',
  ignorePatterns:
    'Bestanden en mappen die de opdrachtregel overslaat (zoals in `.gitignore`).\n\n```json\n"ignorePatterns": ["archief/**"]\n```',
  templates:
    'Paden van sjablonen (zoals in `.gitignore`). Persoonsgegevens in een sjabloon zijn een fout.\n\n```json\n"templates": ["sjablonen/**"]\n```',
  groups:
    'Groepen regels voor het rapport, bijvoorbeeld per ambitie van uw organisatie.\n\n```json\n"groups": {"helder": {"label": "Helder", "description": "Korte zinnen.", "rules": ["lange-zin"]}}\n```',
  overrides:
    'Andere instellingen voor bepaalde paden (vanaf de map van dit bestand).\n\n```json\n"overrides": [{"files": ["sjablonen/**"], "rules": {"persoonsgegevens": "error"}}]\n```',
  files:
    'Paden waarvoor deze instellingen gelden, zoals in `.gitignore`: `["sjablonen/**", "*.md"]`.',
}

/** Give every described property a `markdownDescription` (the editor shows that one). */
function addMarkdown(node: unknown, key?: string): void {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const item of node) addMarkdown(item)
    return
  }
  const record = node as Record<string, unknown>
  if (typeof record.description === 'string' && record.markdownDescription === undefined)
    record.markdownDescription = (key && MARKDOWN[key]) ?? record.description
  for (const [name, value] of Object.entries(record)) {
    if (name === 'properties' && value && typeof value === 'object') {
      for (const [property, schema] of Object.entries(value)) addMarkdown(schema, property)
    } else addMarkdown(value)
  }
}

/** Build the JSON Schema of `.duidelijk.json` / `.duidelijk.yaml` from the rules' metadata. */
export function buildConfigSchema(rules: ReadonlyArray<Rule<never>>): Record<string, unknown> {
  // A copy: the options schemas inside belong to the rules' meta and must stay untouched.
  const schema = structuredClone(buildSchema(rules))
  addMarkdown(schema)
  return schema
}

function buildSchema(rules: ReadonlyArray<Rule<never>>): Record<string, unknown> {
  const shared = CONFIG_PROPERTIES(rules)
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/duidelijk/duidelijk/blob/main/packages/core/schema/duidelijk.schema.json',
    title: 'duidelijk-configuratie',
    description:
      'Instellingen voor duidelijk, de controle op begrijpelijke brieven (.duidelijk.json of .duidelijk.yaml).',
    type: 'object',
    $defs: {
      severity: {
        enum: [...SEVERITY_INPUTS],
        description:
          'Ernst: "error" (fout), "warning" (waarschuwing), "info" of "off" (uit). Zoals in ESLint mag ook "warn" (waarschuwing), 0 (uit), 1 (waarschuwing) of 2 (fout).',
      },
    },
    properties: {
      $schema: {type: 'string', description: 'Adres van dit schema, voor aanvulling in de editor.'},
      root: {
        type: 'boolean',
        default: false,
        description: 'Stop met zoeken naar configuratie in bovenliggende mappen.',
      },
      extends: {
        description:
          'Presets (duidelijk:aanbevolen, duidelijk:b1, duidelijk:strikt, duidelijk:dronten) en bestanden om op voort te bouwen.',
        anyOf: [{type: 'string'}, {type: 'array', items: {type: 'string'}}],
        examples: ['duidelijk:aanbevolen', 'duidelijk:b1', 'duidelijk:strikt', 'duidelijk:dronten'],
      },
      ...shared,
      overrides: {
        type: 'array',
        description: 'Andere instellingen voor bepaalde paden.',
        items: {
          type: 'object',
          required: ['files'],
          properties: {
            files: {
              type: 'array',
              items: {type: 'string'},
              minItems: 1,
              description: 'Paden (gitignore-stijl) waarvoor deze instellingen gelden.',
            },
            ...shared,
            rules: {$ref: '#/properties/rules'},
          },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  }
}
