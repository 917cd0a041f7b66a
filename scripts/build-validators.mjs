// Compiles the JSON Schemas ahead of time into dist/validators-fast.cjs and dist/validators-full.cjs
// (ajv standalone code, CommonJS: ajv's ESM output still contains require()), each tagged with a
// hash of the schemas so that a stale file is never used. Runs after tsc in `npm run build`.
import { writeFileSync } from 'node:fs';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { FILE_KINDS, SCHEMA_FILES } from '../dist/model/kinds.js';
import { AJV_MODES, createAjv, PRECOMPILED, readSchemas, SCHEMA_NAMES } from '../dist/validate/schemas.js';

const { schemas, hash } = readSchemas();
for (const mode of /** @type {const} */ (['fast', 'full'])) {
  const ajv = createAjv({ ...AJV_MODES[mode], code: { source: true, esm: false } });
  for (const name of SCHEMA_NAMES) ajv.addSchema(schemas[name]);
  /** @type {Record<string, string>} */
  const exports = { config: /** @type {string} */ (schemas['sup.schema.json']?.$id) };
  for (const kind of FILE_KINDS) exports[kind] = /** @type {string} */ (schemas[SCHEMA_FILES[kind]]?.$id);
  const code = standaloneCode.default(ajv, exports);
  writeFileSync(PRECOMPILED[mode], `${code}\nmodule.exports.schemaHash = ${JSON.stringify(hash)};\n`);
}
console.log(`validators: compiled ahead of time to ${PRECOMPILED.fast} and ${PRECOMPILED.full}`);
