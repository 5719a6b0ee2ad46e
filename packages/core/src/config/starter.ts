// The starter configuration that `duidelijk init` and the VS Code command "Maak
// configuratiebestand" write: one format for both. No imports, so the VS Code extension can bundle
// it (@duidelijk/core/starter) without the checker.

/** The file both write, in the folder with the letters. */
export const STARTER_CONFIG_FILE = '.duidelijk.json'

/**
 * Where editors find the JSON schema for `$schema`: the schema in duidelijk's repository, which a
 * template repository can reach (it has no node_modules). Only an editor hint: duidelijk itself
 * never fetches it. The VS Code extension brings its own copy and needs no `$schema`.
 */
export const SCHEMA_URL =
  'https://raw.githubusercontent.com/duidelijk/duidelijk/main/packages/core/schema/duidelijk.schema.json'

/** The text of a new `.duidelijk.json` for a preset and target level. */
export function starterConfig(preset: string, targetLevel: 'B1' | 'B2' = 'B1'): string {
  const config = {
    $schema: SCHEMA_URL,
    root: true,
    extends: preset,
    targetLevel,
    rules: {},
    words: [],
  }
  return `${JSON.stringify(config, null, 2)}\n`
}
