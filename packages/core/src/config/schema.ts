import type {Rule} from '../rule.js'

const SEVERITY = {$ref: '#/$defs/severity'}

/** JSON schema of one rule's setting: a severity, `[severity, options]` or `{severity, options}`. */
function ruleSettingSchema(rule: Rule<never>): Record<string, unknown> {
  const options = rule.meta.options
    ? {...rule.meta.options, additionalProperties: false}
    : {type: 'object', maxProperties: 0, description: 'Deze regel heeft geen opties.'}
  const description = `${rule.meta.description} (standaard: ${rule.meta.severity})`
  return {
    description,
    markdownDescription: `${description}\n\n[Documentatie](https://github.com/duidelijk/duidelijk/blob/main/docs/rules/${rule.id.replace('/', '-')}.md)`,
    anyOf: [
      SEVERITY,
      {type: 'array', prefixItems: [SEVERITY, options], items: false, minItems: 1, maxItems: 2},
      {type: 'object', properties: {severity: SEVERITY, options}, additionalProperties: false},
    ],
  }
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
    properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSettingSchema(rule)])),
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
  groups: {
    type: 'object',
    description: 'Groepen regels voor het rapport.',
    additionalProperties: {
      type: 'object',
      required: ['label', 'rules'],
      properties: {
        label: {type: 'string'},
        description: {type: 'string'},
        rules: {type: 'array', items: {type: 'string'}},
      },
      additionalProperties: false,
    },
  },
})

/** Build the JSON Schema of `.duidelijk.json` / `.duidelijk.yaml` from the rules' metadata. */
export function buildConfigSchema(rules: ReadonlyArray<Rule<never>>): Record<string, unknown> {
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
        enum: ['error', 'warning', 'info', 'off'],
        description: 'Ernst: "error" (fout), "warning" (waarschuwing), "info" of "off" (uit).',
      },
    },
    properties: {
      $schema: {type: 'string'},
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
