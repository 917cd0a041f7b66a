import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ACTIVITY_STATUSES, AGGREGATIONS, ASSESSMENTS, COST_KEYS, DIRECTIONS, MEETING_KINDS, STATEMENT_KINDS, FILE_KINDS, GOAL_LEVELS, SCHEMA_FILES } from '../src/model/kinds.js';
import { getValidators, SCHEMA_DIR } from '../src/validate/schemas.js';

type Schema = Record<string, unknown>;
const schemas: Record<string, Schema> = Object.fromEntries(
  readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8')) as Schema]),
);

/** Every property schema in a schema, with its JSON path. */
function properties(schema: unknown, path = '#'): [string, Schema][] {
  if (typeof schema !== 'object' || schema === null) return [];
  const out: [string, Schema][] = [];
  for (const [key, value] of Object.entries(schema as Schema)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, sub] of Object.entries(value as Schema)) {
        out.push([`${path}/properties/${name}`, sub as Schema]);
        out.push(...properties(sub, `${path}/properties/${name}`));
      }
    } else if (key !== 'if') {
      out.push(...properties(value, `${path}/${key}`));
    }
  }
  return out;
}

function resolveRef(ref: string, from: string): Schema {
  const [file, pointer] = ref.split('#');
  let node: unknown = schemas[file || from];
  for (const part of (pointer ?? '').split('/').filter(Boolean)) node = (node as Schema)[part];
  return node as Schema;
}

describe('JSON Schemas', () => {
  test('one schema per kind, each draft 2020-12 with an $id, a title and a Swedish description', () => {
    expect(Object.keys(schemas).sort()).toEqual(
      ['gemensam.schema.json', 'sup.schema.json', ...Object.values(SCHEMA_FILES)].sort(),
    );
    for (const [name, s] of Object.entries(schemas)) {
      expect(s.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id, name).toBe(`https://sup.example/schemas/v1/${name}`);
      expect(typeof s.title, name).toBe('string');
      expect(String(s.description), name).toMatch(/[åäö]/);
    }
  });

  test('every field has a description, shown by editors while typing', () => {
    const missing: string[] = [];
    for (const [name, s] of Object.entries(schemas)) {
      for (const [path, prop] of properties(s)) {
        const own = typeof prop.description === 'string';
        const viaRef = typeof prop.$ref === 'string' && typeof resolveRef(prop.$ref, name).description === 'string';
        if (!own && !viaRef) missing.push(`${name}${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('each kind schema fixes typ to its kind', () => {
    for (const kind of FILE_KINDS) {
      const s = schemas[SCHEMA_FILES[kind]]!;
      expect((s.properties as Record<string, Schema>).typ!.const).toBe(kind);
      expect(s.required).toContain('typ');
    }
  });

  test("the vocabularies in the schemas are the code's constants", () => {
    const prop = (file: string, ...path: string[]) => {
      let node: unknown = schemas[file];
      for (const p of path) node = (node as Schema)[p];
      return (node as Schema).enum;
    };
    expect(prop('aktivitet.schema.json', 'properties', 'status')).toEqual([...ACTIVITY_STATUSES]);
    expect(prop('mal.schema.json', 'properties', 'nivå')).toEqual([...GOAL_LEVELS]);
    const item = ['properties', 'måluppfyllelse', 'items', 'properties'];
    // "" is the pre-filled, not yet assessed value that sup new årsredovisning writes.
    expect(prop('arsredovisning.schema.json', ...item, 'bedömning')).toEqual([...ASSESSMENTS, '']);
    expect(prop('arsredovisning.schema.json', ...item, 'utveckling')).toEqual([...DIRECTIONS]);
    expect(prop('arsredovisning.schema.json', 'properties', 'sammanträden', 'items', 'properties', 'slag')).toEqual([...MEETING_KINDS]);
    expect(prop('arsredovisning.schema.json', 'properties', 'skrivelser', 'items', 'properties', 'slag')).toEqual([...STATEMENT_KINDS]);
    expect(prop('verksamhetsplan.schema.json', 'properties', 'kostnadsfördelning', 'properties', 'grund')).toEqual([...COST_KEYS]);
    expect(prop('indikator.schema.json', 'properties', 'sammanvägning')).toEqual([...AGGREGATIONS]);
  });

  test('all schemas compile in strict mode', () => {
    expect(() => getValidators()).not.toThrow();
  });
});

describe('docs match the code', () => {
  test('docs/data-model.md names every field of every kind', () => {
    const doc = readFileSync(join(SCHEMA_DIR, '..', 'docs', 'data-model.md'), 'utf8');
    const missing: string[] = [];
    for (const kind of FILE_KINDS) {
      for (const [path] of properties(schemas[SCHEMA_FILES[kind]])) {
        const field = path.split('/').at(-1)!;
        // A nested field is written with its path, as `giltighet.från` or `medlemmar[].kommun`.
        const named = new RegExp('`([^`\\s]*[.\\]])?' + field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '`', 'u');
        if (!named.test(doc)) missing.push(`${kind}: ${field}`);
      }
    }
    expect(missing).toEqual([]);
    expect(doc).toContain('```mermaid');
  });
});

describe('docs/rules.md', () => {
  test('has a section for every rule id, and no section for a rule that does not exist', async () => {
    const { FILE_RULE_IDS, RULES } = await import('../src/check/rules/index.js');
    const doc = readFileSync(join(SCHEMA_DIR, '..', 'docs', 'rules.md'), 'utf8');
    const headings = [...doc.matchAll(/^## `([^`]+)`$/gm)].map((m) => m[1]).sort();
    expect(headings).toEqual([...FILE_RULE_IDS, ...RULES.map((r) => r.id)].sort());
  });
});
