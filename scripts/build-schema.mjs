// Writes packages/core/schema/duidelijk.schema.json from the built rules' metadata.
// Run after `pnpm build`: node scripts/build-schema.mjs
import {writeFileSync} from 'node:fs'

const {buildConfigSchema, builtinRules} = await import('../packages/core/dist/node/index.js')
const target = new URL('../packages/core/schema/duidelijk.schema.json', import.meta.url)
writeFileSync(target, `${JSON.stringify(buildConfigSchema(builtinRules), null, 2)}\n`)
console.log(`schema geschreven: ${target.pathname}`)
