// Generates TypeScript types from the JSON Schemas in schemas/ into src/model/generated/, one file a
// schema, with json-schema-to-typescript. Runs first in `npm run build` (before tsc); the files are
// committed and test/generated-types.test.ts fails when they differ from a fresh generation.
// `node scripts/build-types.mjs --check [--out DIR]` only compares (with DIR instead of the
// committed folder) and exits 1 on a difference.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

/** @typedef {import('json-schema-to-typescript').JSONSchema} JSONSchema */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_DIR = join(root, 'schemas');
/** Where the generated files go. */
export const OUT_DIR = join(root, 'src', 'model', 'generated');
const SHARED = 'gemensam.schema.json';

/** The name of each file's root type (the schemas' titles are prose, not names). */
const ROOT_NAMES = /** @type {Record<string, string>} */ ({
  'aktivitet.schema.json': 'Aktivitet',
  'arsredovisning.schema.json': 'Arsredovisning',
  'indikator.schema.json': 'Indikator',
  'kommuner.schema.json': 'Kommuner',
  'mal.schema.json': 'Mal',
  'natverk.schema.json': 'Natverk',
  'organisation.schema.json': 'Organisation',
  'program.schema.json': 'Program',
  'sup.schema.json': 'SupYaml',
  'verksamhetsplan.schema.json': 'Verksamhetsplan',
});

/**
 * A type name from a schema key: `ändringar_efter_beslut` → `AndringarEfterBeslut`, folded to ASCII as
 * json-schema-to-typescript folds the names it makes itself, so that references and declarations agree.
 * @param {string} key
 */
function typeName(key) {
  return key
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/**
 * Replaces each `$ref` by a `tsType` naming the type generated for its definition, so that every
 * definition is declared once (shared ones in gemensam.ts, imported) and a `$ref` with its own
 * description does not become a numbered copy (`Uppdrag1`). An unknown `$ref` is an error here
 * rather than a silent `unknown`.
 * @param {unknown} node
 * @param {Set<string>} shared the shared types used, to import
 * @returns {unknown}
 */
function replaceRefs(node, shared) {
  if (Array.isArray(node)) return node.map((n) => replaceRefs(n, shared));
  if (typeof node !== 'object' || node === null) return node;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = replaceRefs(v, shared);
  if (typeof out.$ref === 'string') {
    const m = /^(gemensam\.schema\.json)?#\/\$defs\/([^/]+)$/.exec(out.$ref);
    if (!m || !m[2]) throw new Error(`build-types: okänd $ref ${out.$ref}`);
    const name = typeName(decodeURIComponent(m[2]));
    if (m[1]) shared.add(name);
    delete out.$ref;
    out.tsType = name;
  }
  return out;
}

/** @type {Partial<import('json-schema-to-typescript').Options>} */
const OPTIONS = {
  bannerComment: '',
  additionalProperties: false,
  strictIndexSignatures: true,
  unknownAny: true,
  format: true,
  // Property names that are not ASCII identifiers (mål, ägare, vice_ordförande) stay quoted as the
  // generator writes them: valid everywhere, and greppable as the schema spells them.
  style: { singleQuote: true, printWidth: 120, quoteProps: 'preserve' },
};

/**
 * The generated files by name, from the schemas on disk.
 * @returns {Promise<Record<string, string>>}
 */
export async function generateTypes() {
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.schema.json'))
    .sort();
  /** @type {Record<string, string>} */
  const out = {};
  for (const file of files) {
    const schema = /** @type {Record<string, unknown>} */ (JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')));
    const shared = new Set(/** @type {string[]} */ ([]));
    const { $defs, ...rest } = schema;
    let body = '';
    // Each definition as its own exported type, in the schema's order.
    for (const [key, def] of Object.entries(/** @type {Record<string, object>} */ ($defs ?? {}))) {
      const local = /** @type {JSONSchema} */ (replaceRefs(def, shared));
      body += await compile({ ...local, title: typeName(key) }, typeName(key), OPTIONS);
    }
    const rootName = ROOT_NAMES[file];
    if (rootName) body += await compile({ ...(/** @type {JSONSchema} */ (replaceRefs(rest, shared))), title: rootName }, rootName, OPTIONS);
    else if (file !== SHARED) throw new Error(`build-types: ${file} saknar namn i ROOT_NAMES`);
    const imports =
      file !== SHARED && shared.size ? `import type { ${[...shared].sort().join(', ')} } from './gemensam.js';\n\n` : '';
    out[`${file.replace(/\.schema\.json$/, '')}.ts`] =
      `// GENERERAD FIL – ändra inte för hand. Skapad av scripts/build-types.mjs (json-schema-to-typescript)\n` +
      `// från schemas/${file}; \`npm run build\` skriver om den, och ett test faller om den skiljer sig.\n\n` +
      imports +
      body;
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const generated = await generateTypes();
  const check = process.argv.includes('--check');
  const outAt = process.argv.indexOf('--out');
  const outDir = outAt > 0 && process.argv[outAt + 1] ? process.argv[outAt + 1] : OUT_DIR;
  const stale = [];
  if (!check) mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(generated)) {
    const path = join(outDir, name);
    const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (old === text) continue;
    stale.push(name);
    if (!check) writeFileSync(path, text);
  }
  if (check && stale.length) {
    console.error(`types: ${stale.join(', ')} skiljer sig från schemana; kör npm run build`);
    process.exit(1);
  }
  console.log(
    `types: ${Object.keys(generated).length} files in src/model/generated/ ${check ? 'are current' : `(${stale.length} rewritten)`}`,
  );
}
